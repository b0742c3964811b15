//! The wording of a refused history (`engine::InputError`): the field path as the contract
//! names it (`treatments[2].units`), then what is wrong, in the visitor's language. The
//! words are in `en.rs` and `es.rs` (`INPUT_EN`, `INPUT_ES`).

use std::fmt;

use super::{fill, Language, INPUT_EN, INPUT_ES};
use crate::engine::{InputError, InputProblem};

/// The sentences for each `InputProblem`; `{}` marks where values go (see `fill`).
pub struct InputWords {
    /// Stands for the path of the history as a whole: "(root)".
    pub root: &'static str,
    /// The path, then what is wrong: "{}: {}".
    pub located: &'static str,
    pub not_json: &'static str,
    pub missing: &'static str,
    pub unreadable: &'static str,
    /// Each of these takes the value found.
    pub not_an_object: &'static str,
    pub not_a_list: &'static str,
    pub not_true_or_false: &'static str,
    pub not_a_number: &'static str,
    pub not_a_day: &'static str,
    pub not_a_day_or_month: &'static str,
    pub not_a_calendar_date: &'static str,
    /// The value found, then the ids allowed.
    pub unknown_id: &'static str,
    pub not_above_zero: &'static str,
    /// The value found, then the maximum.
    pub over_maximum: &'static str,
    /// The treatment's date, then `assessed_on`.
    pub after_assessment: &'static str,
}

impl InputWords {
    pub fn for_language(language: Language) -> &'static InputWords {
        match language {
            Language::En => &INPUT_EN,
            Language::Es => &INPUT_ES,
        }
    }
}

/// `treatments[2].units: "20" is not a number`, in `language`.
pub fn input_error_text(language: Language, error: &InputError) -> String {
    let words = InputWords::for_language(language);
    let path = if error.path.is_empty() {
        words.root
    } else {
        &error.path
    };
    fill(
        words.located,
        &[path, &input_problem_text(language, &error.problem)],
    )
}

/// What is wrong, without the path: `"20" is not a number`.
pub fn input_problem_text(language: Language, problem: &InputProblem) -> String {
    let words = InputWords::for_language(language);
    match problem {
        InputProblem::NotJson => words.not_json.to_string(),
        InputProblem::Missing => words.missing.to_string(),
        InputProblem::Unreadable => words.unreadable.to_string(),
        InputProblem::NotAnObject { found } => fill(words.not_an_object, &[found]),
        InputProblem::NotAList { found } => fill(words.not_a_list, &[found]),
        InputProblem::NotTrueOrFalse { found } => fill(words.not_true_or_false, &[found]),
        InputProblem::NotANumber { found } => fill(words.not_a_number, &[found]),
        InputProblem::NotADate {
            found,
            month_allowed: false,
        } => fill(words.not_a_day, &[found]),
        InputProblem::NotADate {
            found,
            month_allowed: true,
        } => fill(words.not_a_day_or_month, &[found]),
        InputProblem::NotACalendarDate { date } => fill(words.not_a_calendar_date, &[date]),
        InputProblem::UnknownId { found, choices } => {
            fill(words.unknown_id, &[found, &choices.join(", ")])
        }
        InputProblem::NotAboveZero { found } => fill(words.not_above_zero, &[found]),
        InputProblem::OverMaximum { found, max } => {
            fill(words.over_maximum, &[found, &max.to_string()])
        }
        InputProblem::AfterAssessment { date, assessed_on } => fill(
            words.after_assessment,
            &[&date.to_string(), &assessed_on.to_string()],
        ),
    }
}

/// The English wording: what the JavaScript API throws and the console shows.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&input_error_text(Language::En, self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(words: &InputWords) -> [&'static str; 16] {
        [
            words.root,
            words.located,
            words.not_json,
            words.missing,
            words.unreadable,
            words.not_an_object,
            words.not_a_list,
            words.not_true_or_false,
            words.not_a_number,
            words.not_a_day,
            words.not_a_day_or_month,
            words.not_a_calendar_date,
            words.unknown_id,
            words.not_above_zero,
            words.over_maximum,
            words.after_assessment,
        ]
    }

    #[test]
    fn both_languages_take_the_same_values() {
        for (en, es) in all(&INPUT_EN).into_iter().zip(all(&INPUT_ES)) {
            assert!(!en.trim().is_empty() && !es.trim().is_empty());
            assert_eq!(
                en.matches("{}").count(),
                es.matches("{}").count(),
                "{en} / {es}"
            );
            // The path's separator is the same in both languages.
            assert!(en != es || en == "{}: {}", "not translated: {en}");
        }
    }
}
