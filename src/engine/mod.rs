//! The assessment engine: a treatment history in, an assessment out. Pure Rust.
//!
//! `model` defines the contract's types and, through serde's derives, its JSON shape;
//! `input` holds the rules a history must meet to be read; `reading` derives visits, doses
//! and intervals from it; `rules` decides the verdict, causes, risk factors and next steps.
//! Types follow `assessment-contract.md`; `docs/rules.md` grounds each rule.

pub mod input;
pub mod model;
pub mod reading;
pub mod rules;
pub mod sample;

pub use input::{history_from_json, history_from_value, read_history, InputError, InputProblem};
pub use model::{
    Area, Assessment, Cause, CauseId, Evidence, History, HistoryInput, HistoryOf, NextStep,
    Outcome, Product, Provider, Purpose, RedFlag, RiskFactor, Sex, Strength, Treatment, Verdict,
    VisitDate,
};
pub use rules::assess;
