//! A detailed-history field's problem as the sentence shown under that field.

use super::{fill, number, Catalog};
use crate::clinic::Language;
use crate::form::visits::{Field, Problem};

/// A field's problem in the visitor's language, its example fitting the field.
pub fn problem_text(text: &Catalog, language: Language, field: Field, problem: &Problem) -> String {
    match problem {
        Problem::DateMissing => text.error_date_missing.to_string(),
        Problem::NoSuchDay { day, month, year } => fill(
            text.error_no_such_day,
            &[text.month(*month), &year.to_string(), &day.to_string()],
        ),
        Problem::AfterToday => text.error_after_today.to_string(),
        Problem::ProductMissing => text.error_product_missing.to_string(),
        Problem::NotANumber(typed) => {
            let example = if field == Field::LastedWeeks {
                "12"
            } else {
                "20"
            };
            fill(text.error_not_a_number, &[typed, example])
        }
        Problem::NotPositive => text.error_not_positive.to_string(),
        Problem::TooLarge { max } => fill(text.error_too_large, &[&number(language, *max)]),
        Problem::ResultMissing => text.error_result_missing.to_string(),
    }
}
