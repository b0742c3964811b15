//! Where each catalog string comes from: the clinic's article, a section of
//! `clinical-facts.md` or of the assessment contract, the widget's own documented
//! behaviour, or plain interface text. `docs/sentences.md` is generated from this table and
//! the catalogs by this module's tests, which fail when a string has no source, when a
//! result sentence rests on interface text alone, or when the committed table is stale.

use super::CatalogString;
use crate::engine::model::{Area, CauseId, NextStep, Outcome, Product, RedFlag, RiskFactor};
use crate::engine::model::{Sex, Verdict};

/// One source of a catalog string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The clinic's article, `../shared/seed/clinic-article.txt`.
    Article,
    /// A section of `../shared/clinical-facts.md`, by its heading.
    Facts(&'static str),
    /// A section of `../shared/assessment-contract.md`, by its heading.
    Contract(&'static str),
    /// What the widget itself does, as the README's section of that heading documents it.
    Widget(&'static str),
    /// Interface text that makes no claim: a label, a heading, a button, an option.
    Ui,
}

impl Source {
    /// How `docs/sentences.md` writes it: `A`, `F "…"`, `C "…"`, `W "…"`, `UI`.
    pub fn label(self) -> String {
        match self {
            Source::Article => "A".to_string(),
            Source::Facts(section) => format!("F \"{section}\""),
            Source::Contract(section) => format!("C \"{section}\""),
            Source::Widget(section) => format!("W \"{section}\""),
            Source::Ui => "UI".to_string(),
        }
    }
}

use Source::{Article as A, Ui as UI};

const RESISTANCE: Source = Source::Facts("What resistance is");
const COMMON: Source = Source::Facts("How common");
const RISK: Source = Source::Facts("What raises the risk");
const CORRECTABLE: Source = Source::Facts("Correctable causes");
const DOSES: Source = Source::Facts("Usual doses (US labels, units of that product)");
const RED_FLAGS: Source =
    Source::Facts("Red flags: distant spread of toxin effect (US boxed warning)");
const SUSPECTED: Source = Source::Facts("When resistance is suspected");
const INPUT: Source = Source::Contract("Input: a history");
const OUTPUT: Source = Source::Contract("Output: an assessment");
const READING: Source = Source::Contract("How a history is read");
const VISITOR: Source = Source::Widget("What the visitor gets");
const ANALYTICS: Source = Source::Widget("Events and analytics");

/// Fields whose strings are result sentences (or claims shown beside a result): each needs
/// a source other than `UI`. A field is one when its name starts with a prefix here.
const RESULT_PREFIXES: &[&str] = &[
    "verdict_",
    "cause_",
    "risk_",
    "next_steps",
    "ev_",
    "evq_",
    "emergency_",
    "summary_",
    "disclaimer",
    "privacy_",
    "units_note",
    "remember_hint",
    "safety_intro",
    "red_flags",
];

/// The source of each string, by key: `field` for every string of a field, `field.id` for
/// one entry of a list indexed by a contract enum, `field[i]` for one entry of another list.
/// The most specific key wins.
pub const SOURCES: &[(&str, &[Source])] = &[
    ("language_name", &[UI]),
    ("language_switch_label", &[UI]),
    ("weekdays", &[UI]),
    ("months", &[UI]),
    ("date_full", &[UI]),
    ("date_month", &[UI]),
    ("widget_title", &[UI]),
    ("progress", &[UI]),
    ("back", &[UI]),
    ("next", &[UI]),
    ("dont_know", &[UI]),
    // The safety screen.
    ("safety_heading", &[UI]),
    ("safety_intro", &[RED_FLAGS]),
    ("safety_emergency", &[RED_FLAGS]),
    ("safety_emergency_local", &[RED_FLAGS]),
    ("red_flags", &[RED_FLAGS, INPUT]),
    ("safety_none", &[UI]),
    ("safety_some", &[UI]),
    ("privacy_note", &[VISITOR, ANALYTICS]),
    ("privacy_counted", &[ANALYTICS]),
    ("privacy_counted_verdict", &[ANALYTICS]),
    (
        "privacy_booking_verdict",
        &[Source::Widget("Attributes"), ANALYTICS],
    ),
    // Choosing a path and the quick check's questions and options.
    ("path_heading", &[UI]),
    ("path_quick", &[UI]),
    ("path_quick_hint", &[UI]),
    ("path_detailed", &[UI]),
    ("path_detailed_hint", &[UI]),
    ("q_how_long", &[UI]),
    ("how_long", &[UI]),
    ("q_how_often", &[UI]),
    ("how_often", &[UI]),
    ("q_product", &[UI]),
    ("products", &[UI]),
    ("q_dose", &[UI]),
    ("dose", &[UI]),
    ("q_effect", &[UI]),
    ("effect", &[UI]),
    ("q_effect_first", &[UI]),
    ("effect_first", &[UI]),
    ("q_last", &[UI]),
    ("last", &[UI]),
    ("q_injector", &[UI]),
    ("injector", &[UI]),
    ("about_heading", &[UI]),
    ("about_hint", &[A, CORRECTABLE, RISK]),
    ("sex_label", &[UI]),
    ("sexes", &[UI]),
    ("very_active", &[INPUT]),
    ("autoimmune", &[INPUT]),
    ("medical", &[INPUT]),
    ("see_result", &[UI]),
    ("selected", &[UI]),
    // The detailed history's fields and their problems.
    ("visits_heading", &[UI]),
    ("visits_intro", &[UI]),
    ("visit_legend", &[UI]),
    ("field_month", &[UI]),
    ("field_year", &[UI]),
    ("field_day", &[UI]),
    ("choose", &[UI]),
    ("day_unknown", &[UI]),
    ("field_product", &[UI]),
    ("field_units", &[UI]),
    ("units_hint", &[UI]),
    ("field_areas", &[UI]),
    ("areas", &[UI]),
    ("field_new_injector", &[UI]),
    ("field_result", &[UI]),
    ("outcomes", &[UI]),
    ("field_lasted", &[UI]),
    ("field_uneven", &[UI]),
    ("field_touch_up", &[UI]),
    ("add_visit", &[UI]),
    ("remove_visit", &[UI]),
    ("error_summary", &[UI]),
    ("error_date_missing", &[UI]),
    ("error_no_such_day", &[UI]),
    ("error_after_today", &[INPUT]),
    ("error_product_missing", &[UI]),
    ("error_not_a_number", &[UI]),
    ("error_not_positive", &[INPUT]),
    ("error_too_large", &[INPUT]),
    ("error_result_missing", &[UI]),
    // The verdict.
    ("verdict_headlines", &[OUTPUT]),
    ("verdict_headlines.seek_care", &[OUTPUT, RED_FLAGS]),
    ("verdict_summaries.seek_care", &[RED_FLAGS, OUTPUT]),
    ("verdict_summaries.too_early", &[A, CORRECTABLE, OUTPUT]),
    (
        "verdict_summaries.correctable",
        &[A, CORRECTABLE, COMMON, OUTPUT],
    ),
    (
        "verdict_summaries.possible_resistance",
        &[A, RESISTANCE, OUTPUT],
    ),
    ("verdict_summaries.unclear", &[RESISTANCE, OUTPUT]),
    ("verdict_summaries.no_concern", &[OUTPUT]),
    ("summary_no_concern_one", &[OUTPUT]),
    ("summary_resistance_early", &[A, RESISTANCE]),
    // Causes.
    ("causes_heading", &[UI]),
    ("cause_titles", &[OUTPUT]),
    ("cause_explanations.too_early", &[A, CORRECTABLE]),
    ("cause_explanations.low_dose", &[A, CORRECTABLE, DOSES]),
    ("cause_explanations.strong_muscles", &[A, CORRECTABLE]),
    ("cause_explanations.fast_metabolism", &[A, CORRECTABLE]),
    ("cause_explanations.placement", &[A, CORRECTABLE]),
    ("cause_explanations.product_issue", &[A, CORRECTABLE]),
    ("cause_explanations.resistance", &[A, RESISTANCE, COMMON]),
    ("cause_explanations.never_worked", &[RESISTANCE]),
    ("strength_likely", &[OUTPUT]),
    ("strength_possible", &[OUTPUT]),
    // Risk factors.
    ("risks_heading", &[RISK]),
    ("risks_intro", &[RISK, COMMON]),
    ("risk_titles", &[OUTPUT, RISK]),
    ("risk_explanations.short_interval", &[A, RISK]),
    ("risk_explanations.touch_up", &[RISK]),
    ("risk_explanations.high_dose", &[RISK, READING]),
    ("risk_explanations.medical_use", &[A, RISK, COMMON]),
    ("risk_explanations.autoimmune", &[A, RISK]),
    // Next steps.
    ("steps_heading", &[UI]),
    ("next_steps.seek_medical_help_now", &[RED_FLAGS]),
    ("next_steps.see_treating_doctor", &[A, COMMON]),
    ("next_steps.wait_two_weeks", &[A, CORRECTABLE]),
    ("next_steps.contact_injector", &[A, RED_FLAGS]),
    ("next_steps.dose_review", &[A, CORRECTABLE]),
    ("next_steps.return_to_usual_injector", &[A, CORRECTABLE]),
    ("next_steps.placement_review", &[A, CORRECTABLE]),
    ("next_steps.check_product_source", &[A, CORRECTABLE]),
    ("next_steps.test_injection", &[SUSPECTED, A]),
    ("next_steps.higher_dose_less_often", &[A]),
    ("next_steps.different_neuromodulator", &[A, SUSPECTED]),
    ("next_steps.take_a_break", &[A, SUSPECTED]),
    ("next_steps.collagen_treatments", &[A, SUSPECTED]),
    ("next_steps.space_treatments", &[A, RISK, DOSES]),
    ("next_steps.avoid_touch_ups", &[RISK]),
    ("next_steps.book_consultation", &[A, RESISTANCE]),
    ("next_steps.keep_schedule", &[DOSES, OUTPUT]),
    ("next_step_brand_on_xeomin", &[A, SUSPECTED]),
    // Notes around the result.
    ("units_note", &[READING, DOSES]),
    ("disclaimer", &[VISITOR]),
    ("emergency_now", &[RED_FLAGS]),
    ("emergency_now_local", &[RED_FLAGS]),
    ("emergency_then", &[RED_FLAGS]),
    ("emergency_then_no_phone", &[RED_FLAGS]),
    ("change_answers", &[UI]),
    ("start_over", &[UI]),
    ("print", &[UI]),
    ("print_heading", &[UI]),
    ("print_prepared", &[UI]),
    ("print_answers", &[UI]),
    ("print_visits", &[UI]),
    ("print_symptoms", &[UI]),
    ("print_none", &[UI]),
    ("print_clinic", &[UI]),
    ("print_phone", &[UI]),
    ("print_booking", &[UI]),
    ("print_lasted", &[UI]),
    ("print_uneven", &[UI]),
    ("print_touch_up", &[UI]),
    ("yes", &[UI]),
    ("no", &[UI]),
    // Evidence from the detailed history: the visitor's own entries, as the rules read them.
    ("ev_too_soon", &[READING, A]),
    ("ev_dose_drop", &[READING]),
    ("ev_below_label", &[DOSES, READING]),
    ("ev_male", &[A, CORRECTABLE]),
    ("ev_partial", &[READING]),
    ("ev_partial_dose", &[READING, DOSES]),
    ("ev_very_active", &[INPUT]),
    ("ev_short_duration", &[DOSES, READING]),
    ("ev_new_injector", &[INPUT]),
    ("ev_uneven", &[INPUT]),
    ("ev_sudden_failure", &[READING, CORRECTABLE]),
    ("ev_product_change", &[INPUT]),
    ("ev_full", &[READING]),
    ("ev_less", &[READING]),
    ("ev_no_effect", &[READING]),
    ("ev_dose_compared", &[READING]),
    ("ev_below_label_worked", &[READING, RESISTANCE]),
    ("ev_no_better_after_switch", &[SUSPECTED, RESISTANCE]),
    ("ev_units_suffix", &[INPUT]),
    ("ev_weeks_suffix", &[INPUT]),
    ("when_day", &[UI]),
    ("when_month", &[UI]),
    ("amount", &[INPUT]),
    ("amount_joiner", &[UI]),
    ("products_in_sentence", &[UI]),
    ("count_days", &[UI]),
    ("count_visits", &[UI]),
    ("count_weeks", &[UI]),
    ("count_units", &[UI]),
    // Evidence from the quick check: the visitor's own answers, quoted back.
    ("stated", &[INPUT, VISITOR]),
    // The history chart: labels, and a summary that restates the visitor's entries.
    ("chart_heading", &[UI]),
    ("chart_dose_axis", &[UI]),
    ("chart_dose_axis_compared", &[READING]),
    ("chart_time_axis", &[UI]),
    ("chart_legend_full", &[UI]),
    ("chart_legend_partial", &[UI]),
    ("chart_legend_none", &[UI]),
    ("chart_legend_pending", &[UI]),
    ("chart_legend_lasted", &[UI]),
    ("chart_legend_flagged", &[UI]),
    ("chart_legend_short", &[UI]),
    ("chart_legend_new", &[UI]),
    ("chart_legend_product", &[UI]),
    ("chart_show_table", &[UI]),
    ("chart_hide_table", &[UI]),
    ("chart_col_date", &[UI]),
    ("chart_col_product", &[UI]),
    ("chart_col_dose", &[UI]),
    ("chart_col_result", &[UI]),
    ("chart_col_lasted", &[UI]),
    ("chart_col_notes", &[UI]),
    ("chart_unknown", &[UI]),
    ("note_new_injector", &[UI]),
    ("note_touch_up", &[UI]),
    ("note_short_interval", &[UI]),
    ("note_product_change", &[UI]),
    ("note_flagged", &[UI]),
    ("summary_one", &[INPUT]),
    ("summary_many", &[INPUT]),
    ("summary_lasted", &[INPUT]),
    ("summary_lasted_once", &[INPUT]),
    ("summary_same_dose", &[INPUT, READING]),
    ("summary_same_compared", &[INPUT, READING]),
    ("summary_dose_changed", &[INPUT, READING]),
    ("summary_dose_changed_compared", &[INPUT, READING]),
    // Keeping answers and files.
    ("remember", &[UI]),
    ("remember_hint", &[VISITOR]),
    ("saved_note", &[UI]),
    ("forget", &[UI]),
    ("forgotten", &[UI]),
    ("download", &[UI]),
    ("load_label", &[UI]),
    ("load_hint", &[UI]),
    ("load_error", &[UI]),
    ("load_done", &[UI]),
    // The contact panel: the clinic's own details.
    ("contact_heading", &[UI]),
    ("book_cta", &[UI]),
    ("call_cta", &[UI]),
    ("hours_caption", &[UI]),
    ("hours_caption_plain", &[UI]),
    ("our_team", &[UI]),
    ("hours_day", &[UI]),
    ("hours_hours", &[UI]),
    ("closed", &[UI]),
    ("today_marker", &[UI]),
    ("time_with_article", &[UI]),
    ("open_now_until", &[UI]),
    ("closed_now_opens_today", &[UI]),
    ("closed_now_opens_tomorrow", &[UI]),
    ("closed_now_opens_on", &[UI]),
    ("closed_now", &[UI]),
    ("special_hours_note", &[UI]),
    ("day_periods", &[UI]),
    // The seek-care screen's emergency call.
    ("call_emergency", &[RED_FLAGS]),
    // The detailed history on a phone: folded treatments, guessed values, undo.
    ("visit_edit", &[UI]),
    ("visit_edit_label", &[UI]),
    ("visit_guessed", &[UI]),
    ("visit_keep_guesses", &[UI]),
    ("undo_note", &[UI]),
    ("undo", &[UI]),
    // The contact panel's location and mailing list.
    ("directions", &[UI]),
    ("mailing_list", &[UI]),
    ("progress_open", &[UI]),
    // Weeks as people say them: what the field read, and what it could not.
    ("count_months", &[UI]),
    ("weeks_read", &[INPUT]),
    ("weeks_read_middle", &[INPUT]),
    ("weeks_read_plain", &[INPUT]),
    ("weeks_about", &[UI]),
    ("weeks_range", &[UI]),
    ("error_weeks_unread", &[UI]),
    ("error_weeks_word", &[UI]),
    ("error_weeks_mixed", &[UI]),
];

/// Whether a field's strings are result sentences (see `RESULT_PREFIXES`).
pub fn is_result_sentence(field: &str) -> bool {
    RESULT_PREFIXES
        .iter()
        .any(|prefix| field.starts_with(prefix))
}

/// The contract ids of a list indexed by a contract enum, so its keys read `field.id`.
fn list_ids(field: &str) -> Option<Vec<&'static str>> {
    fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Option<Vec<&'static str>> {
        Some(all.iter().map(|value| id(*value)).collect())
    }
    match field {
        "verdict_headlines" | "verdict_summaries" => ids(Verdict::ALL, Verdict::id),
        "cause_titles" | "cause_explanations" => ids(CauseId::ALL, CauseId::id),
        "risk_titles" | "risk_explanations" => ids(RiskFactor::ALL, RiskFactor::id),
        "next_steps" => ids(NextStep::ALL, NextStep::id),
        "red_flags" => ids(RedFlag::ALL, RedFlag::id),
        "products" => ids(Product::ALL, Product::id),
        "areas" => ids(Area::ALL, Area::id),
        "outcomes" => ids(Outcome::ALL, Outcome::id),
        "sexes" => ids(Sex::ALL, Sex::id),
        _ => None,
    }
}

/// A string's key: `field`, `field.id` (a list indexed by a contract enum) or `field[i]`.
pub fn key(string: &CatalogString) -> String {
    let id = string
        .index
        .and_then(|index| list_ids(string.field)?.get(index).copied());
    match id {
        Some(id) => format!("{}.{id}", string.field),
        None => string.key(),
    }
}

/// The sources of a string: its own key's entry, or else its field's. Empty when neither
/// has one.
pub fn sources_of(string: &CatalogString) -> &'static [Source] {
    let own = key(string);
    let find = |wanted: &str| SOURCES.iter().find(|(key, _)| *key == wanted);
    find(&own)
        .or_else(|| find(string.field))
        .map(|(_, sources)| *sources)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
