//! The widget's words: one catalog per language, every visitor-facing string in it. A
//! missing string in either language is a compile error, because both fill one struct.
//! Lists follow the order of the engine's and the form's enums (`ALL`, declaration order).

mod en;
mod es;

use crate::clinic::Language;
use crate::date::{Date, Weekday};
use crate::engine::model::VisitDate;

pub use en::EN;
pub use es::ES;

/// Every visitor-facing string of the widget. `{}` marks where a value goes (see `fill`).
pub struct Catalog {
    pub language_name: &'static str,
    pub language_switch_label: &'static str,
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
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
    /// In `RedFlag` order: swallowing, breathing, speech, vision, eyelids, weakness, bladder.
    pub red_flags: [&'static str; 7],
    pub safety_none: &'static str,
    pub safety_some: &'static str,
    pub privacy_note: &'static str,

    // Choosing a path.
    pub path_heading: &'static str,
    pub path_quick: &'static str,
    pub path_quick_hint: &'static str,
    pub path_detailed: &'static str,
    pub path_detailed_hint: &'static str,

    // The quick check: each question, then its options in the enum's order.
    pub q_how_long: &'static str,
    pub how_long: [&'static str; 5],
    pub q_how_often: &'static str,
    pub how_often: [&'static str; 4],
    pub q_product: &'static str,
    /// In `Product` order: botox, dysport, xeomin, jeuveau, daxxify, letybo, other, unknown.
    pub products: [&'static str; 8],
    pub q_dose: &'static str,
    pub dose: [&'static str; 4],
    pub q_effect: &'static str,
    pub effect: [&'static str; 8],
    pub q_last: &'static str,
    pub last: [&'static str; 5],
    pub q_injector: &'static str,
    pub injector: [&'static str; 3],
    pub about_heading: &'static str,
    pub about_hint: &'static str,
    pub sex_label: &'static str,
    /// Female, male, unspecified.
    pub sexes: [&'static str; 3],
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
    pub areas: [&'static str; 6],
    pub field_new_injector: &'static str,
    pub field_result: &'static str,
    /// In `Outcome` order: full, partial, none, not yet.
    pub outcomes: [&'static str; 4],
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
    pub verdict_headlines: [&'static str; 6],
    pub verdict_summaries: [&'static str; 6],
    pub causes_heading: &'static str,
    /// In `CauseId` order: too early, low dose, strong muscles, fast metabolism,
    /// placement, product issue, resistance, never worked.
    pub cause_titles: [&'static str; 8],
    pub cause_explanations: [&'static str; 8],
    pub strength_likely: &'static str,
    pub strength_possible: &'static str,
    pub risks_heading: &'static str,
    pub risks_intro: &'static str,
    /// In `RiskFactor` order: short interval, touch-up, high dose, medical use, autoimmune.
    pub risk_titles: [&'static str; 5],
    pub risk_explanations: [&'static str; 5],
    pub steps_heading: &'static str,
    /// In `NextStep` order (see `engine::model::NextStep`).
    pub next_steps: [&'static str; 16],
    pub units_note: &'static str,
    pub disclaimer: &'static str,
    pub emergency_now: &'static str,
    pub emergency_then: &'static str,
    pub change_answers: &'static str,
    pub start_over: &'static str,
    pub print: &'static str,
    pub print_heading: &'static str,
    pub print_prepared: &'static str,
    pub print_answers: &'static str,
    pub print_visits: &'static str,
    pub print_symptoms: &'static str,
    pub print_none: &'static str,
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
    pub ev_less: &'static str,
    pub ev_no_effect: &'static str,
    pub ev_units_suffix: &'static str,
    pub ev_weeks_suffix: &'static str,
    // Evidence from the quick check, which has no real dates or doses to quote.
    pub evq_too_soon: &'static str,
    pub evq_lower_dose: &'static str,
    pub evq_partial: &'static str,
    pub evq_short: &'static str,
    pub evq_new_injector: &'static str,
    pub evq_sudden_failure: &'static str,
    pub evq_full_before: &'static str,
    pub evq_less: &'static str,
    pub evq_no_effect: &'static str,

    // The history chart (detailed path).
    pub chart_heading: &'static str,
    pub chart_dose_axis: &'static str,
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
    pub chart_weeks: &'static str,
    pub note_new_injector: &'static str,
    pub note_touch_up: &'static str,
    pub note_short_interval: &'static str,
    pub note_product_change: &'static str,
    pub note_flagged: &'static str,
    pub summary_one: &'static str,
    pub summary_many: &'static str,
    pub summary_lasted: &'static str,
    pub summary_same_dose: &'static str,
    pub summary_dose_changed: &'static str,

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
    pub load_done: &'static str,

    // The contact panel.
    pub contact_heading: &'static str,
    pub book_cta: &'static str,
    pub call_cta: &'static str,
    pub hours_caption: &'static str,
    pub hours_day: &'static str,
    pub hours_hours: &'static str,
    pub closed: &'static str,
    pub today_marker: &'static str,
    pub open_now_until: &'static str,
    pub closed_now_opens_today: &'static str,
    pub closed_now_opens_tomorrow: &'static str,
    pub closed_now_opens_on: &'static str,
    pub closed_now: &'static str,
    pub special_hours_note: &'static str,
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

    /// Both catalogs take the same values in the same places, and leave none empty.
    #[test]
    fn catalogs_agree_on_placeholders() {
        let marks = |text: &str| text.matches("{}").count();
        let pairs: Vec<(&str, &str)> = catalog_strings(&EN)
            .into_iter()
            .zip(catalog_strings(&ES))
            .collect();
        assert!(pairs.len() > 150, "{}", pairs.len());
        for (en, es) in pairs {
            assert!(
                !en.trim().is_empty() && !es.trim().is_empty(),
                "empty: {en:?} / {es:?}"
            );
            assert_eq!(marks(en), marks(es), "placeholders differ: {en:?} / {es:?}");
        }
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

    fn catalog_strings(c: &Catalog) -> Vec<&'static str> {
        let mut all = vec![
            c.language_name,
            c.language_switch_label,
            c.date_full,
            c.date_month,
            c.widget_title,
            c.progress,
            c.back,
            c.next,
            c.dont_know,
            c.safety_heading,
            c.safety_intro,
            c.safety_none,
            c.safety_some,
            c.privacy_note,
            c.path_heading,
            c.path_quick,
            c.path_quick_hint,
            c.path_detailed,
            c.path_detailed_hint,
            c.q_how_long,
            c.q_how_often,
            c.q_product,
            c.q_dose,
            c.q_effect,
            c.q_last,
            c.q_injector,
            c.about_heading,
            c.about_hint,
            c.sex_label,
            c.very_active,
            c.autoimmune,
            c.medical,
            c.see_result,
            c.selected,
            c.visits_heading,
            c.visits_intro,
            c.visit_legend,
            c.field_month,
            c.field_year,
            c.field_day,
            c.choose,
            c.day_unknown,
            c.field_product,
            c.field_units,
            c.units_hint,
            c.field_areas,
            c.field_new_injector,
            c.field_result,
            c.field_lasted,
            c.field_uneven,
            c.field_touch_up,
            c.add_visit,
            c.remove_visit,
            c.error_summary,
            c.error_date_missing,
            c.error_no_such_day,
            c.error_after_today,
            c.error_product_missing,
            c.error_not_a_number,
            c.error_not_positive,
            c.error_too_large,
            c.error_result_missing,
            c.causes_heading,
            c.strength_likely,
            c.strength_possible,
            c.risks_heading,
            c.risks_intro,
            c.steps_heading,
            c.units_note,
            c.disclaimer,
            c.emergency_now,
            c.emergency_then,
            c.change_answers,
            c.start_over,
            c.print,
            c.print_heading,
            c.print_prepared,
            c.print_answers,
            c.print_visits,
            c.print_symptoms,
            c.print_none,
            c.yes,
            c.no,
            c.ev_too_soon,
            c.ev_dose_drop,
            c.ev_below_label,
            c.ev_male,
            c.ev_partial,
            c.ev_partial_dose,
            c.ev_very_active,
            c.ev_short_duration,
            c.ev_new_injector,
            c.ev_uneven,
            c.ev_sudden_failure,
            c.ev_product_change,
            c.ev_full,
            c.ev_less,
            c.ev_no_effect,
            c.ev_units_suffix,
            c.ev_weeks_suffix,
            c.evq_too_soon,
            c.evq_lower_dose,
            c.evq_partial,
            c.evq_short,
            c.evq_new_injector,
            c.evq_sudden_failure,
            c.evq_full_before,
            c.evq_less,
            c.evq_no_effect,
            c.contact_heading,
            c.book_cta,
            c.call_cta,
            c.hours_caption,
            c.hours_day,
            c.hours_hours,
            c.closed,
            c.today_marker,
            c.open_now_until,
            c.closed_now_opens_today,
            c.closed_now_opens_tomorrow,
            c.closed_now_opens_on,
            c.closed_now,
            c.special_hours_note,
        ];
        for list in [
            &c.weekdays[..],
            &c.months,
            &c.red_flags,
            &c.how_long,
            &c.how_often,
            &c.products,
            &c.dose,
            &c.effect,
            &c.last,
            &c.injector,
            &c.sexes,
            &c.areas,
            &c.outcomes,
            &c.verdict_headlines,
            &c.verdict_summaries,
            &c.cause_titles,
            &c.cause_explanations,
            &c.risk_titles,
            &c.risk_explanations,
            &c.next_steps,
        ] {
            all.extend_from_slice(list);
        }
        all
    }
}
