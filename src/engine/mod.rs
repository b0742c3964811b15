//! The assessment engine: a treatment history in, an assessment out. Pure Rust.
//!
//! `json` reads JSON text; `parse` validates contract JSON into a [`History`]; `reading`
//! derives visits, doses and intervals from it; `rules` decides the verdict, causes, risk
//! factors and next steps; `export` writes the assessment as JSON. Types follow
//! `assessment-contract.md`; `docs/rules.md` grounds each rule.

pub mod export;
pub mod json;
pub mod model;
pub mod parse;
pub mod reading;
pub mod rules;
pub mod sample;

pub use model::{
    Area, Assessment, Cause, CauseId, Evidence, History, NextStep, Outcome, Product, Provider,
    Purpose, RedFlag, RiskFactor, Sex, Strength, Treatment, Verdict, VisitDate,
};
pub use parse::{history_from_json, history_from_tree, history_from_value, InputError};
pub use rules::assess;

use crate::date::Date;

/// Contract JSON text in, assessment JSON text out; `today` stands in for an absent
/// `assessed_on`. This path uses no serde: the smallest and fastest way into the engine from
/// JavaScript (`JSON.stringify` before, `JSON.parse` after).
pub fn assess_json(text: &str, today: Date) -> Result<String, InputError> {
    let history = history_from_json(text, today)?;
    Ok(export::assessment_json(&assess(&history)))
}
