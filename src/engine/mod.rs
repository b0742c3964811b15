//! The assessment engine: a treatment history in, an assessment out. Pure Rust.
//!
//! `parse` validates contract JSON into a [`History`]; `reading` derives visits, doses and
//! intervals from it; `rules` decides the verdict, causes, risk factors and next steps.
//! Types follow `assessment-contract.md`; `docs/rules.md` grounds each rule.

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
/// `assessed_on`.
pub fn assess_json(text: &str, today: Date) -> Result<String, InputError> {
    let history = history_from_json(text, today)?;
    let assessment = assess(&history);
    // Serialising these plain types cannot fail; say so rather than panic if it ever did.
    serde_json::to_string(&assessment).map_err(|error| InputError {
        path: "(root)".into(),
        message: format!("assessment not serialisable: {error}"),
    })
}
