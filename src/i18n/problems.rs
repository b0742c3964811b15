//! A detailed-history field's problem as the sentence shown under that field, and what a
//! field's typed words were read as, shown beside it.

use super::wording::count;
use super::{fill, number, Catalog};
use crate::clinic::Language;
use crate::form::visits::{Field, FieldProblem};
use crate::form::weeks::{TimeUnit, WeeksRead};

/// A field's problem in the visitor's language, its example fitting the field.
pub fn field_problem_text(
    text: &Catalog,
    language: Language,
    field: Field,
    problem: &FieldProblem,
) -> String {
    match problem {
        FieldProblem::DateMissing => text.error_date_missing.to_string(),
        FieldProblem::NoSuchDay { day, month, year } => fill(
            text.error_no_such_day,
            &[text.month(*month), &year.to_string(), &day.to_string()],
        ),
        FieldProblem::AfterToday => text.error_after_today.to_string(),
        FieldProblem::ProductMissing => text.error_product_missing.to_string(),
        FieldProblem::NotANumber(typed) => {
            let example = if field == Field::LastedWeeks {
                "12"
            } else {
                "20"
            };
            fill(text.error_not_a_number, &[typed, example])
        }
        FieldProblem::NotWeeks(typed) => fill(text.error_weeks_unread, &[typed]),
        FieldProblem::UnreadableWord(word) => fill(text.error_weeks_word, &[word]),
        FieldProblem::MixedUnits => text.error_weeks_mixed.to_string(),
        FieldProblem::NotPositive => text.error_not_positive.to_string(),
        FieldProblem::TooLarge { max } if field == Field::LastedWeeks => fill(
            text.error_too_large,
            &[&count(language, text.count_weeks, *max)],
        ),
        FieldProblem::TooLarge { max } => fill(text.error_too_large, &[&number(language, *max)]),
        FieldProblem::ResultMissing => text.error_result_missing.to_string(),
    }
}

/// What a duration's words were read as, for the note beside the field: "3 months, read
/// as 13 weeks."; `None` when the visitor typed plain weeks, which need no note.
pub fn weeks_read_text(text: &Catalog, language: Language, read: &WeeksRead) -> Option<String> {
    if !read.worth_showing() {
        return None;
    }
    let weeks = count(language, text.count_weeks, read.weeks);
    let forms = match read.unit {
        TimeUnit::Weeks => text.count_weeks,
        TimeUnit::Months => text.count_months,
    };
    let note = match read.high {
        Some(high) => {
            let range = fill(
                text.weeks_range,
                &[&number(language, read.low), &count(language, forms, high)],
            );
            fill(text.weeks_read_middle, &[&range, &weeks])
        }
        None if read.about => {
            let about = fill(text.weeks_about, &[&count(language, forms, read.low)]);
            fill(text.weeks_read, &[&about, &weeks])
        }
        None if read.unit == TimeUnit::Months => fill(
            text.weeks_read,
            &[&count(language, forms, read.low), &weeks],
        ),
        // Plain weeks in words ("twelve"): only the number is worth saying back.
        None => fill(text.weeks_read_plain, &[&weeks]),
    };
    Some(capitalized(&note))
}

/// `sentence` with its first letter upper-case: a template may open on a value.
fn capitalized(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
