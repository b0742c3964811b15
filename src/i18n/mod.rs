//! The widget's words: one catalog per language, every visitor-facing string in it. A
//! missing string in either language is a compile error, because both fill one struct.
//! Lists follow the order of the engine's and the form's enums (`ALL`, declaration order).

pub mod chart_summary;
mod en;
mod es;
pub mod hours;
mod input_errors;
pub mod print;
mod privacy;
pub mod problems;
pub mod questions;
pub mod sources;
pub mod wording;

use crate::clinic::Language;
use crate::date::{Date, Weekday};
use crate::engine::model::{
    Area, CauseId, NextStep, Outcome, Product, RedFlag, RiskFactor, Sex, Stated, Verdict, VisitDate,
};
use crate::form::quick::{DoseChange, EffectChange, HowLong, HowOften, LastTreatment, NewInjector};

pub use en::EN;
pub use en::INPUT_EN;
pub use es::ES;
pub use es::INPUT_ES;
pub use input_errors::{input_error_text, input_problem_text, InputWords};

/// Twelve: the length of the catalogs' list of month names.
pub const MONTHS: usize = 12;

/// One string of a catalog, named by its field (and its place, for a list): how tests and
/// `docs/sentences.md` refer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatalogString {
    pub field: &'static str,
    /// The place in the field's list, `None` for a field holding one string.
    pub index: Option<usize>,
    pub text: &'static str,
}

impl CatalogString {
    /// `field` or `field[index]`, as written in `sources.rs`.
    pub fn key(&self) -> String {
        match self.index {
            Some(index) => format!("{}[{index}]", self.field),
            None => self.field.to_string(),
        }
    }
}

/// A catalog field's strings, one or a list, flattened for `Catalog::strings`.
pub trait CatalogField {
    fn collect(&'static self, field: &'static str, out: &mut Vec<CatalogString>);
}

impl CatalogField for &'static str {
    fn collect(&'static self, field: &'static str, out: &mut Vec<CatalogString>) {
        out.push(CatalogString {
            field,
            index: None,
            text: self,
        });
    }
}

impl<const N: usize> CatalogField for [&'static str; N] {
    fn collect(&'static self, field: &'static str, out: &mut Vec<CatalogString>) {
        out.extend(self.iter().enumerate().map(|(index, text)| CatalogString {
            field,
            index: Some(index),
            text,
        }));
    }
}

/// Declares `Catalog` and `Catalog::strings` from one list of fields, so a new field is in
/// every test that walks the catalogs as soon as it is declared.
macro_rules! catalog {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$field_meta:meta])* pub $field:ident: $kind:ty,)+
    }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $kind,)+
        }

        impl $name {
            /// Every string of the catalog, in declaration order, lists flattened.
            pub fn strings(&'static self) -> Vec<CatalogString> {
                let mut out = Vec::with_capacity(256);
                $(CatalogField::collect(&self.$field, stringify!($field), &mut out);)+
                out
            }
        }
    };
}

catalog! {
/// Every visitor-facing string of the widget. `{}` marks where a value goes (see `fill`).
pub struct Catalog {
    pub language_name: &'static str,
    pub language_switch_label: &'static str,
    pub weekdays: [&'static str; Weekday::COUNT],
    pub months: [&'static str; MONTHS],
    /// A full date, with `{d}`, `{m}` and `{y}` marks: "{m} {d}, {y}".
    pub date_full: &'static str,
    /// A month alone, with `{m}` and `{y}` marks: "{m} {y}".
    pub date_month: &'static str,

    // The frame of every step.
    pub widget_title: &'static str,
    pub progress: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub dont_know: &'static str,

    // The safety screen.
    pub safety_heading: &'static str,
    pub safety_intro: &'static str,
    /// Shown above the symptoms: an emergency comes before ticking anything. `{}` is the
    /// emergency number (a link); `_local` is for a clinic whose country is not known.
    pub safety_emergency: &'static str,
    pub safety_emergency_local: &'static str,
    /// In `RedFlag` order: swallowing, breathing, speech, vision, eyelids, weakness, bladder.
    pub red_flags: [&'static str; RedFlag::COUNT],
    pub safety_none: &'static str,
    pub safety_some: &'static str,
    /// The safety screen's privacy line is `privacy_note`, then `privacy_counted` or (with
    /// `analytics-verdict`) `privacy_counted_verdict`, then (with `share-verdict`)
    /// `privacy_booking_verdict`: see `privacy.rs`.
    pub privacy_note: &'static str,
    pub privacy_counted: &'static str,
    pub privacy_counted_verdict: &'static str,
    pub privacy_booking_verdict: &'static str,

    // Choosing a path.
    pub path_heading: &'static str,
    pub path_quick: &'static str,
    pub path_quick_hint: &'static str,
    pub path_detailed: &'static str,
    pub path_detailed_hint: &'static str,

    // The quick check: each question, then its options in the enum's order.
    pub q_how_long: &'static str,
    pub how_long: [&'static str; HowLong::COUNT],
    pub q_how_often: &'static str,
    pub how_often: [&'static str; HowOften::COUNT],
    pub q_product: &'static str,
    /// In `Product` order: botox, dysport, xeomin, jeuveau, daxxify, letybo, other, unknown.
    pub products: [&'static str; Product::COUNT],
    pub q_dose: &'static str,
    pub dose: [&'static str; DoseChange::COUNT],
    pub q_effect: &'static str,
    pub effect: [&'static str; EffectChange::COUNT],
    /// The effect question after a first treatment, and its options in
    /// `EffectChange::FIRST_TREATMENT` order.
    pub q_effect_first: &'static str,
    pub effect_first: [&'static str; EffectChange::FIRST_TREATMENT.len()],
    pub q_last: &'static str,
    pub last: [&'static str; LastTreatment::COUNT],
    pub q_injector: &'static str,
    pub injector: [&'static str; NewInjector::COUNT],
    pub about_heading: &'static str,
    pub about_hint: &'static str,
    pub sex_label: &'static str,
    /// Female, male, unspecified.
    pub sexes: [&'static str; Sex::COUNT],
    pub very_active: &'static str,
    pub autoimmune: &'static str,
    pub medical: &'static str,
    pub see_result: &'static str,
    pub selected: &'static str,

    // The detailed history.
    pub visits_heading: &'static str,
    pub visits_intro: &'static str,
    pub visit_legend: &'static str,
    pub field_month: &'static str,
    pub field_year: &'static str,
    pub field_day: &'static str,
    pub choose: &'static str,
    pub day_unknown: &'static str,
    pub field_product: &'static str,
    pub field_units: &'static str,
    pub units_hint: &'static str,
    pub field_areas: &'static str,
    /// In `Area` order: frown lines, forehead, crow's feet, neck, jaw, other.
    pub areas: [&'static str; Area::COUNT],
    pub field_new_injector: &'static str,
    pub field_result: &'static str,
    /// In `Outcome` order: full, partial, none, not yet.
    pub outcomes: [&'static str; Outcome::COUNT],
    pub field_lasted: &'static str,
    pub field_uneven: &'static str,
    pub field_touch_up: &'static str,
    pub add_visit: &'static str,
    pub remove_visit: &'static str,
    pub error_summary: &'static str,
    pub error_date_missing: &'static str,
    pub error_no_such_day: &'static str,
    pub error_after_today: &'static str,
    pub error_product_missing: &'static str,
    pub error_not_a_number: &'static str,
    pub error_not_positive: &'static str,
    pub error_too_large: &'static str,
    pub error_result_missing: &'static str,

    // The result.
    /// In `Verdict` order: seek care, too early, correctable, possible resistance,
    /// unclear, no concern.
    pub verdict_headlines: [&'static str; Verdict::COUNT],
    pub verdict_summaries: [&'static str; Verdict::COUNT],
    /// `no_concern` after a single treatment, which has no "visit to visit" to hold.
    pub summary_no_concern_one: &'static str,
    /// Added to `possible_resistance` when the treatments go back less than a year.
    pub summary_resistance_early: &'static str,
    pub causes_heading: &'static str,
    /// In `CauseId` order: too early, low dose, strong muscles, fast metabolism,
    /// placement, product issue, resistance, never worked.
    pub cause_titles: [&'static str; CauseId::COUNT],
    pub cause_explanations: [&'static str; CauseId::COUNT],
    pub strength_likely: &'static str,
    pub strength_possible: &'static str,
    pub risks_heading: &'static str,
    pub risks_intro: &'static str,
    /// In `RiskFactor` order: short interval, touch-up, high dose, medical use, autoimmune.
    pub risk_titles: [&'static str; RiskFactor::COUNT],
    pub risk_explanations: [&'static str; RiskFactor::COUNT],
    pub steps_heading: &'static str,
    /// In `NextStep` order (see `engine::model::NextStep`).
    pub next_steps: [&'static str; NextStep::COUNT],
    /// `different_neuromodulator` for a visitor last treated with Xeomin.
    pub next_step_brand_on_xeomin: &'static str,
    pub units_note: &'static str,
    pub disclaimer: &'static str,
    /// `{}` is the emergency number (a link); `_local` names none.
    pub emergency_now: &'static str,
    pub emergency_now_local: &'static str,
    pub emergency_then: &'static str,
    /// `emergency_then` without the office's number, for a clinic that gave none.
    pub emergency_then_no_phone: &'static str,
    pub change_answers: &'static str,
    pub start_over: &'static str,
    pub print: &'static str,
    pub print_heading: &'static str,
    pub print_prepared: &'static str,
    pub print_answers: &'static str,
    pub print_visits: &'static str,
    pub print_symptoms: &'static str,
    pub print_none: &'static str,
    pub print_clinic: &'static str,
    pub print_phone: &'static str,
    pub print_booking: &'static str,
    /// How long a treatment's effect lasted (`count_weeks`).
    pub print_lasted: &'static str,
    pub print_uneven: &'static str,
    pub print_touch_up: &'static str,
    pub yes: &'static str,
    pub no: &'static str,

    // Evidence, worded with the visitor's own dates and doses (detailed path).
    pub ev_too_soon: &'static str,
    pub ev_dose_drop: &'static str,
    pub ev_below_label: &'static str,
    pub ev_male: &'static str,
    pub ev_partial: &'static str,
    pub ev_partial_dose: &'static str,
    pub ev_very_active: &'static str,
    pub ev_short_duration: &'static str,
    pub ev_new_injector: &'static str,
    pub ev_uneven: &'static str,
    pub ev_sudden_failure: &'static str,
    pub ev_product_change: &'static str,
    pub ev_full: &'static str,
    /// A visit that worked less, by its result (a full result: one that was shorter).
    pub ev_less: [&'static str; Outcome::COUNT],
    pub ev_no_effect: &'static str,
    /// `ev_dose_drop` across brands: the same drop in comparable units, from and to.
    pub ev_dose_compared: &'static str,
    /// Added to `ev_below_label` when a dose no larger worked fully before (its date).
    pub ev_below_label_worked: &'static str,
    /// A change of brand after the effect had begun to fall short, that did not help.
    pub ev_no_better_after_switch: &'static str,
    /// `{}` is the dose as given (`amount`).
    pub ev_units_suffix: &'static str,
    pub ev_weeks_suffix: &'static str,
    /// "on March 9, 2026" and "in March 2026": a visit's date inside a sentence, with the
    /// marks of `date_full`.
    pub when_day: &'static str,
    pub when_month: &'static str,
    /// A dose as the visitor gave it: the units (`count_units`), then the product
    /// (`products_in_sentence`): "20 units of Botox".
    pub amount: &'static str,
    /// Between the amounts of a visit given in two products (a touch-up of another).
    pub amount_joiner: &'static str,
    /// In `Product` order, as a sentence names them after `amount`.
    pub products_in_sentence: [&'static str; Product::COUNT],
    /// Counted nouns: one, then several (`{}` is the number).
    pub count_days: [&'static str; 2],
    pub count_visits: [&'static str; 2],
    pub count_weeks: [&'static str; 2],
    pub count_units: [&'static str; 2],
    /// Evidence from the quick check: the visitor's own answers, in `Stated` order.
    pub stated: [&'static str; Stated::COUNT],

    // The history chart (detailed path).
    pub chart_heading: &'static str,
    pub chart_dose_axis: &'static str,
    /// The dose axis when some dose was converted: heights compare, labels quote.
    pub chart_dose_axis_compared: &'static str,
    pub chart_time_axis: &'static str,
    pub chart_legend_full: &'static str,
    pub chart_legend_partial: &'static str,
    pub chart_legend_none: &'static str,
    pub chart_legend_pending: &'static str,
    pub chart_legend_lasted: &'static str,
    pub chart_legend_flagged: &'static str,
    pub chart_legend_short: &'static str,
    pub chart_legend_new: &'static str,
    pub chart_legend_product: &'static str,
    pub chart_show_table: &'static str,
    pub chart_hide_table: &'static str,
    pub chart_col_date: &'static str,
    pub chart_col_product: &'static str,
    pub chart_col_dose: &'static str,
    pub chart_col_result: &'static str,
    pub chart_col_lasted: &'static str,
    pub chart_col_notes: &'static str,
    pub chart_unknown: &'static str,
    pub note_new_injector: &'static str,
    pub note_touch_up: &'static str,
    pub note_short_interval: &'static str,
    pub note_product_change: &'static str,
    pub note_flagged: &'static str,
    /// One visit, with its date as `when` words it ("on March 9, 2026", "in March 2026").
    pub summary_one: &'static str,
    /// `{}` marks: the visits (`count_visits`), the first and the last date as `when`
    /// words them ("on March 9, 2026", "in March 2026").
    pub summary_many: &'static str,
    /// `{}` marks: the first and the last duration (`count_weeks`).
    pub summary_lasted: &'static str,
    /// One visit's duration (`count_weeks`).
    pub summary_lasted_once: &'static str,
    pub summary_same_dose: &'static str,
    /// The same dose in comparable units, given in different products: first, last.
    pub summary_same_compared: &'static str,
    pub summary_dose_changed: &'static str,
    /// `summary_dose_changed` across brands: from, to, then both in comparable units.
    pub summary_dose_changed_compared: &'static str,

    // Keeping answers on this device, and files.
    pub remember: &'static str,
    pub remember_hint: &'static str,
    pub saved_note: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    pub download: &'static str,
    pub load_label: &'static str,
    pub load_hint: &'static str,
    pub load_error: &'static str,
    /// One treatment loaded, then several.
    pub load_done: [&'static str; 2],

    // The contact panel.
    pub contact_heading: &'static str,
    pub book_cta: &'static str,
    pub call_cta: &'static str,
    pub hours_caption: &'static str,
    /// The hours table's caption when the clinic gives no address.
    pub hours_caption_plain: &'static str,
    /// Who the consultation is with when the clinic names neither a doctor nor itself.
    pub our_team: &'static str,
    pub hours_day: &'static str,
    pub hours_hours: &'static str,
    pub closed: &'static str,
    pub today_marker: &'static str,
    /// A time after "at" or "until": with an hour of 1, then any other ("la {}", "las {}").
    pub time_with_article: [&'static str; 2],
    pub open_now_until: &'static str,
    pub closed_now_opens_today: &'static str,
    pub closed_now_opens_tomorrow: &'static str,
    pub closed_now_opens_on: &'static str,
    pub closed_now: &'static str,
    pub special_hours_note: &'static str,
    /// Before and after noon on a 12-hour clock: "am", "pm".
    pub day_periods: [&'static str; 2],

    // The seek-care screen's emergency call.
    /// `{}` is the emergency number; without one there is no such button.
    pub call_emergency: &'static str,

    // The detailed history on a phone: folded treatments, guessed values, undo.
    pub visit_edit: &'static str,
    pub visit_edit_label: &'static str,
    pub visit_guessed: &'static str,
    pub visit_keep_guesses: &'static str,
    pub undo_note: &'static str,
    pub undo: &'static str,

    // The contact panel's location and mailing list.
    pub directions: &'static str,
    pub mailing_list: &'static str,

    // The progress line before a path is chosen.
    pub progress_open: &'static str,

    // How many weeks an effect lasted, read as people say it (`form::weeks`): what was
    // read, shown beside the field, and what could not be.
    /// One month, then several (`{}` is the number).
    pub count_months: [&'static str; 2],
    /// What was said (`weeks_about`, or `count_months`), then the weeks it was read as.
    pub weeks_read: &'static str,
    /// A range (`weeks_range`), then the weeks at its middle.
    pub weeks_read_middle: &'static str,
    /// Plain weeks written in words ("twelve"): the weeks read.
    pub weeks_read_plain: &'static str,
    /// An approximate amount (`count_weeks` or `count_months`): "about 12 weeks".
    pub weeks_about: &'static str,
    /// A range's lower end, then its upper end with its unit: "12 to 14 weeks".
    pub weeks_range: &'static str,
    /// Typed text with no number in it.
    pub error_weeks_unread: &'static str,
    /// The part of the typed text that could not be read.
    pub error_weeks_word: &'static str,
    pub error_weeks_mixed: &'static str,
}
}

impl Catalog {
    pub fn for_language(language: Language) -> &'static Catalog {
        match language {
            Language::En => &EN,
            Language::Es => &ES,
        }
    }

    pub fn weekday(&self, day: Weekday) -> &'static str {
        self.weekdays[day.index()]
    }

    pub fn verdict_headline(&self, verdict: Verdict) -> &'static str {
        self.verdict_headlines[verdict as usize]
    }

    pub fn verdict_summary(&self, verdict: Verdict) -> &'static str {
        self.verdict_summaries[verdict as usize]
    }

    pub fn cause_title(&self, cause: CauseId) -> &'static str {
        self.cause_titles[cause as usize]
    }

    pub fn cause_explanation(&self, cause: CauseId) -> &'static str {
        self.cause_explanations[cause as usize]
    }

    pub fn risk_title(&self, risk: RiskFactor) -> &'static str {
        self.risk_titles[risk as usize]
    }

    pub fn risk_explanation(&self, risk: RiskFactor) -> &'static str {
        self.risk_explanations[risk as usize]
    }

    pub fn next_step(&self, step: NextStep) -> &'static str {
        self.next_steps[step as usize]
    }

    pub fn product(&self, product: Product) -> &'static str {
        self.products[product as usize]
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        self.outcomes[outcome as usize]
    }

    pub fn area(&self, area: Area) -> &'static str {
        self.areas[area as usize]
    }

    pub fn red_flag(&self, flag: RedFlag) -> &'static str {
        self.red_flags[flag as usize]
    }

    pub fn sex(&self, sex: Sex) -> &'static str {
        self.sexes[sex as usize]
    }

    /// A month's name, 1 for January; out-of-range months clamp rather than panic.
    pub fn month(&self, month: u8) -> &'static str {
        self.months[usize::from(month.clamp(1, 12) - 1)]
    }

    /// A month and year short enough to label a chart's axis: "Mar 2021", "mar 2021" (the
    /// month's first three letters, the usual abbreviation in English and Spanish).
    pub fn month_year_short(&self, date: Date) -> String {
        let month: String = self.month(date.month()).chars().take(3).collect();
        format!("{month} {}", date.year())
    }

    /// A calendar date in this language.
    pub fn date(&self, date: Date) -> String {
        self.date_full
            .replace("{m}", self.months[usize::from(date.month() - 1)])
            .replace("{d}", &date.day().to_string())
            .replace("{y}", &date.year().to_string())
    }

    /// A visit's date as the visitor gave it: the day, or the month alone.
    pub fn visit_date(&self, date: VisitDate) -> String {
        if date.month_only {
            self.date_month
                .replace("{m}", self.months[usize::from(date.day.month() - 1)])
                .replace("{y}", &date.day.year().to_string())
        } else {
            self.date(date.day)
        }
    }
}

/// Puts `values` into the `{}` marks of `template`, in order. Extra marks stay empty and
/// extra values are dropped, so a catalog slip can never panic.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or_default());
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// A number as people write it: "20", "12.5" (or "12,5" in Spanish).
pub fn number(language: Language, value: f64) -> String {
    // Integer tenths: float formatting would carry its tables into the wasm.
    let text = tenths_text((value * 10.0).round() as i64);
    match language {
        Language::En => text,
        Language::Es => text.replace('.', ","),
    }
}

/// `tenths` / 10 written with one decimal when it has one: 125 -> "12.5", 200 -> "20".
pub fn tenths_text(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_without_float_formatting() {
        assert_eq!(tenths_text(125), "12.5");
        assert_eq!(tenths_text(200), "20");
        assert_eq!(tenths_text(-35), "-3.5");
        assert_eq!(number(Language::En, 13.04), "13");
    }

    #[test]
    fn fill_places_values_in_order() {
        assert_eq!(
            fill("Open until {} on {}", &["5:00 pm", "Monday"]),
            "Open until 5:00 pm on Monday"
        );
        assert_eq!(fill("{} and {}", &["one"]), "one and ");
        assert_eq!(fill("no marks", &["x"]), "no marks");
    }

    /// The marks of a template, `{}` and named ones like `{m}`, sorted (a language may
    /// put named marks in another order).
    fn marks(text: &str) -> Vec<&str> {
        let mut marks = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            marks.push(&rest[open..open + close + 1]);
            rest = &rest[open + close + 1..];
        }
        marks.sort_unstable();
        marks
    }

    /// Both catalogs take the same values in the same places, and leave none empty. The
    /// strings come from `Catalog::strings`, which the struct's own declaration generates,
    /// so a new field is checked without being listed here.
    #[test]
    fn catalogs_agree_on_placeholders() {
        let (en, es) = (EN.strings(), ES.strings());
        assert_eq!(en.len(), es.len());
        for (en, es) in en.iter().zip(&es) {
            assert_eq!(en.key(), es.key());
            assert!(
                !en.text.trim().is_empty() && !es.text.trim().is_empty(),
                "{} is empty: {:?} / {:?}",
                en.key(),
                en.text,
                es.text
            );
            assert_eq!(
                marks(en.text),
                marks(es.text),
                "{}: placeholders differ: {:?} / {:?}",
                en.key(),
                en.text,
                es.text
            );
        }
    }

    #[test]
    fn strings_walk_every_field_and_every_list_entry() {
        let strings = EN.strings();
        let count = |field: &str| strings.iter().filter(|s| s.field == field).count();
        assert_eq!(count("next_steps"), NextStep::COUNT);
        assert_eq!(count("verdict_headlines"), Verdict::COUNT);
        assert_eq!(count("effect"), EffectChange::COUNT);
        assert_eq!(count("weekdays"), Weekday::COUNT);
        assert_eq!(count("language_name"), 1);
        assert_eq!(count("day_periods"), 2, "the last field");
        let first = strings.first().map(CatalogString::key);
        assert_eq!(first.as_deref(), Some("language_name"));
        let list = strings.iter().find(|s| s.field == "verdict_headlines");
        let headline = list.map(|s| (s.key(), s.text));
        assert_eq!(
            headline,
            Some((
                "verdict_headlines[0]".into(),
                EN.verdict_headline(Verdict::SeekCare)
            ))
        );
    }

    #[test]
    fn typed_accessors_follow_the_enums() {
        assert_eq!(EN.cause_title(CauseId::LowDose), EN.cause_titles[1]);
        assert_eq!(EN.product(Product::Dysport), "Dysport");
        assert_eq!(ES.month(1), "enero");
        assert_eq!(EN.month(0), "January", "clamped, not a panic");
        assert_eq!(EN.month(13), "December");
    }

    #[test]
    fn dates_read_naturally() {
        let date = Date::new(2026, 3, 9).unwrap();
        assert_eq!(EN.date(date), "March 9, 2026");
        assert_eq!(ES.date(date), "9 de marzo de 2026");
        let month = VisitDate {
            day: date,
            month_only: true,
        };
        assert_eq!(EN.visit_date(month), "March 2026");
        assert_eq!(number(Language::Es, 12.5), "12,5");
        assert_eq!(number(Language::En, 20.0), "20");
    }
}
