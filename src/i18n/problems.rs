//! A detailed-history field's problem as the sentence shown under that field.

use super::{fill, number, Catalog};
use crate::clinic::Language;
use crate::form::visits::Problem;

/// A field's problem in the visitor's language.
pub fn problem_text(text: &Catalog, language: Language, problem: &Problem) -> String {
    match problem {
        Problem::DateMissing => text.error_date_missing.to_string(),
        Problem::NoSuchDay { day, month, year } => fill(
            text.error_no_such_day,
            &[text.month(*month), &year.to_string(), &day.to_string()],
        ),
        Problem::AfterToday => text.error_after_today.to_string(),
        Problem::ProductMissing => text.error_product_missing.to_string(),
        Problem::NotANumber(typed) => fill(text.error_not_a_number, &[typed]),
        Problem::NotPositive => text.error_not_positive.to_string(),
        Problem::TooLarge { max } => fill(text.error_too_large, &[&number(language, *max)]),
        Problem::ResultMissing => text.error_result_missing.to_string(),
    }
}
