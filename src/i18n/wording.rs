//! How an assessment becomes sentences: the verdict's summary, each cause's evidence and
//! each next step, worded for what this visitor said. Pure, so both languages are tested
//! natively; the result component only places the strings.

use crate::clinic::Language;
use crate::engine::model::{
    Amount, Evidence, History, NextStep, Outcome, Product, Stated, Verdict, VisitDate,
};
use crate::form::quick::{HowLong, QuickAnswers};

use super::{fill, number, Catalog};

/// A year, for "a history shorter than a year".
const DAYS_IN_A_YEAR: i64 = 365;

/// What the wording of a result depends on, beyond the assessment itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultContext {
    pub language: Language,
    /// Some dose had to be converted to Botox-equivalent units to be compared (Dysport,
    /// Daxxify): the result says how, beside the doses quoted as entered.
    pub converted: bool,
    /// The product of the newest treatment, where known.
    pub latest_product: Option<Product>,
    /// The history is one treatment.
    pub single_treatment: bool,
    /// The treatments go back less than a year.
    pub short_history: bool,
}

impl ResultContext {
    /// The context of a detailed history.
    pub fn of_history(language: Language, history: &History) -> ResultContext {
        let treatments = &history.treatments;
        let first = treatments.iter().map(|t| t.date.day).min();
        let last = treatments.iter().max_by_key(|t| t.date.day);
        let span = match (first, last) {
            (Some(first), Some(last)) => last.date.day.days_since(first),
            _ => 0,
        };
        ResultContext {
            language,
            converted: converted(history),
            latest_product: last.map(|t| t.product),
            single_treatment: treatments.len() == 1,
            short_history: !treatments.is_empty() && span < DAYS_IN_A_YEAR,
        }
    }

    /// The context of the quick check's answers.
    pub fn of_quick(language: Language, answers: &QuickAnswers) -> ResultContext {
        ResultContext {
            language,
            converted: false,
            latest_product: answers.product,
            single_treatment: answers.how_long == Some(HowLong::FirstTreatment),
            short_history: matches!(
                answers.how_long,
                Some(HowLong::FirstTreatment | HowLong::UnderAYear)
            ),
        }
    }
}

/// Some dose of `history` is in units that must be converted to be compared (Dysport,
/// Daxxify): the result and the chart say how.
pub fn converted(history: &History) -> bool {
    history
        .treatments
        .iter()
        .any(|t| t.units.is_some() && matches!(t.product, Product::Dysport | Product::Daxxify))
}

/// A person or clinic as a sentence names them after "with": in Spanish a doctor's title
/// takes its article ("con el Dr. Alex", "con la Dra. Sol"); a name without one takes none.
pub fn named(language: Language, name: &str) -> String {
    const SPANISH_TITLES: [(&str, &str); 4] = [
        ("Dra.", "la"),
        ("Dr.", "el"),
        ("Doctora ", "la"),
        ("Doctor ", "el"),
    ];
    if language == Language::Es {
        for (title, article) in SPANISH_TITLES {
            let has_title = name
                .get(..title.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(title));
            if has_title {
                return format!("{article} {name}");
            }
        }
    }
    name.to_string()
}

/// Who the consultation is with, as "Talk it over with …" and "Book … with …" name them:
/// the doctor (or the clinic, which stands in for one), or "our team" when neither is named.
pub fn consultation_with(text: &Catalog, language: Language, doctor: &str) -> String {
    if doctor.is_empty() {
        text.our_team.to_string()
    } else {
        named(language, doctor)
    }
}

/// `template` filled with `values`, its first letter a capital: templates may open with a
/// date phrase ("on March 9, 2026").
pub fn sentence(template: &str, values: &[&str]) -> String {
    let filled = fill(template, values);
    let mut chars = filled.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => filled,
    }
}

/// "1 day", "3 days": `forms` is the catalog's one-and-several pair.
pub fn count(language: Language, forms: [&str; 2], n: f64) -> String {
    let form = if n == 1.0 { forms[0] } else { forms[1] };
    fill(form, &[&number(language, n)])
}

/// A dose as the visitor gave it: "20 units of Botox", "20 units of Botox plus 10 units of
/// Dysport" for a visit and a touch-up of another product.
pub fn given_text(text: &Catalog, language: Language, given: &[Amount]) -> String {
    given
        .iter()
        .map(|amount| {
            fill(
                text.amount,
                &[
                    &count(language, text.count_units, amount.units),
                    text.products_in_sentence[amount.product as usize],
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(text.amount_joiner)
}

/// Whether two doses as given are of different products, so that comparing them needs
/// Botox-equivalent units.
pub fn across_brands(a: &[Amount], b: &[Amount]) -> bool {
    let products = |given: &[Amount]| {
        given
            .iter()
            .map(|amount| amount.product)
            .collect::<Vec<_>>()
    };
    products(a) != products(b)
}

/// A visit's date inside a sentence: "on March 9, 2026", or "in March 2026" for a month.
pub fn when(text: &Catalog, date: VisitDate) -> String {
    let template = if date.month_only {
        text.when_month
    } else {
        text.when_day
    };
    template
        .replace("{m}", text.month(date.day.month()))
        .replace("{d}", &date.day.day().to_string())
        .replace("{y}", &date.day.year().to_string())
}

/// The verdict's summary: its paragraph, and a tempering sentence where the history calls
/// for one.
pub fn verdict_summary(text: &Catalog, verdict: Verdict, ctx: &ResultContext) -> Vec<&'static str> {
    match verdict {
        Verdict::NoConcern if ctx.single_treatment => vec![text.summary_no_concern_one],
        Verdict::PossibleResistance if ctx.short_history => {
            vec![text.verdict_summary(verdict), text.summary_resistance_early]
        }
        _ => vec![text.verdict_summary(verdict)],
    }
}

/// A next step for this visitor: no brand suggested that the visitor is already on.
pub fn next_step_text(text: &Catalog, step: NextStep, ctx: &ResultContext) -> &'static str {
    match step {
        NextStep::DifferentNeuromodulator if ctx.latest_product == Some(Product::Xeomin) => {
            text.next_step_brand_on_xeomin
        }
        _ => text.next_step(step),
    }
}

/// The answer the quick check quotes.
pub fn stated_text(text: &Catalog, answer: Stated) -> &'static str {
    text.stated[answer as usize]
}

/// One fact behind a cause, in the visitor's language, with the visitor's own dates and
/// doses (or, from the quick check, the visitor's own answer).
pub fn evidence_text(text: &Catalog, evidence: &Evidence, ctx: &ResultContext) -> String {
    let language = ctx.language;
    let at = |d: VisitDate| when(text, d);
    let num = |n: f64| number(language, n);
    let weeks = |n: f64| count(language, text.count_weeks, n);
    match evidence {
        Evidence::Stated { answer } => stated_text(text, *answer).to_string(),
        Evidence::TooSoon { date, days } => fill(
            text.ev_too_soon,
            &[&at(*date), &count(language, text.count_days, *days as f64)],
        ),
        Evidence::DoseDrop {
            date,
            units,
            before,
            before_date,
            given,
            before_given,
        } => {
            let mut line = sentence(
                text.ev_dose_drop,
                &[
                    &given_text(text, language, before_given),
                    &at(*before_date),
                    &given_text(text, language, given),
                    &at(*date),
                ],
            );
            if across_brands(before_given, given) {
                line.push_str(&fill(text.ev_dose_compared, &[&num(*before), &num(*units)]));
            }
            line
        }
        Evidence::BelowLabel {
            date,
            product,
            units,
            label,
            worked_before,
        } => {
            let mut line = sentence(
                text.ev_below_label,
                &[
                    &num(*units),
                    text.product(*product),
                    &at(*date),
                    &num(*label),
                ],
            );
            if let Some(before) = worked_before {
                line.push_str(&fill(text.ev_below_label_worked, &[&at(*before)]));
            }
            line
        }
        Evidence::NoBetterAfterSwitch { date, from, to } => sentence(
            text.ev_no_better_after_switch,
            &[&at(*date), text.product(*from), text.product(*to)],
        ),
        Evidence::Male => text.ev_male.to_string(),
        Evidence::PartialResponse {
            date,
            product,
            units: Some(units),
            label: Some(label),
        } => {
            let given = [Amount {
                product: *product,
                units: *units,
            }];
            sentence(
                text.ev_partial_dose,
                &[
                    &at(*date),
                    &given_text(text, language, &given),
                    &num(*label),
                ],
            )
        }
        Evidence::PartialResponse { date, .. } => sentence(text.ev_partial, &[&at(*date)]),
        Evidence::VeryActive => text.ev_very_active.to_string(),
        Evidence::ShortDuration {
            date,
            lasted_weeks,
            expected_weeks,
        } => sentence(
            text.ev_short_duration,
            &[&at(*date), &weeks(*lasted_weeks), &weeks(*expected_weeks)],
        ),
        Evidence::NewInjector { date } => sentence(text.ev_new_injector, &[&at(*date)]),
        Evidence::Uneven { date } => sentence(text.ev_uneven, &[&at(*date)]),
        Evidence::SuddenFailure { date, full_before } => sentence(
            text.ev_sudden_failure,
            &[
                &at(*date),
                &count(language, text.count_visits, *full_before as f64),
            ],
        ),
        Evidence::ProductChange { date, from, to } => sentence(
            text.ev_product_change,
            &[&at(*date), text.product(*from), text.product(*to)],
        ),
        Evidence::FullResponse {
            date,
            given,
            lasted_weeks,
            ..
        } => with_dose_and_duration(
            text,
            language,
            sentence(text.ev_full, &[&at(*date)]),
            given,
            *lasted_weeks,
        ),
        Evidence::LessResponse {
            date,
            result,
            given,
            lasted_weeks,
            ..
        } => {
            let template = text.ev_less[*result as usize];
            let line = sentence(template, &[&at(*date)]);
            // A visit with no effect has no dose-and-duration story to tell.
            if *result == Outcome::NoEffect {
                with_dose_and_duration(text, language, line, given, None)
            } else {
                with_dose_and_duration(text, language, line, given, *lasted_weeks)
            }
        }
        Evidence::NoEffect { date } => sentence(text.ev_no_effect, &[&at(*date)]),
    }
}

/// `line` with ", at 20 units of Botox" (the dose as given) and ", lasting N weeks" where
/// known, and a full stop.
fn with_dose_and_duration(
    text: &Catalog,
    language: Language,
    mut line: String,
    given: &[Amount],
    weeks: Option<f64>,
) -> String {
    if !given.is_empty() {
        let dose = given_text(text, language, given);
        line.push_str(&fill(text.ev_units_suffix, &[&dose]));
    }
    if let Some(weeks) = weeks {
        let span = count(language, text.count_weeks, weeks);
        line.push_str(&fill(text.ev_weeks_suffix, &[&span]));
    }
    line.push('.');
    line
}
