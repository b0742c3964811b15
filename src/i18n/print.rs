//! What goes on paper for the consultation, as rows of words: the answers, the treatments,
//! and the clinic's contact details and office hours (printed here once; the contact panel
//! itself is not printed). `ui::result` only lays the rows out.

use super::hours::day_hours_text;
use super::questions::quick_answer_rows;
use super::wording::{consultation_with, count};
use super::{fill, Catalog};
use crate::clinic::{ClinicConfig, Language};
use crate::date::Date;
use crate::engine::model::{History, Provider, Treatment, Verdict};
use crate::form::quick::QuickAnswers;
use crate::form::state::{Assessed, PathKind};

/// A captioned table of (label, value) rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintTable {
    pub caption: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintSummary {
    pub heading: &'static str,
    /// "Prepared on {date} with the Resistance Check of {clinic}."
    pub prepared: String,
    pub tables: Vec<PrintTable>,
}

/// The print summary of `outcome` (the quick path's `quick` answers), on `today`.
pub fn print_summary(
    language: Language,
    outcome: &Assessed,
    quick: &QuickAnswers,
    config: &ClinicConfig,
    today: Date,
) -> PrintSummary {
    let text = Catalog::for_language(language);
    let history = &outcome.history;
    let mut answers = vec![(text.print_symptoms.to_string(), symptoms(text, history))];
    if outcome.path == Some(PathKind::Quick) {
        answers.extend(quick_answer_rows(text, quick));
    }
    answers.extend(about_rows(text, history));
    let mut tables = vec![PrintTable {
        caption: text.print_answers.to_string(),
        rows: answers,
    }];
    if outcome.path != Some(PathKind::Quick) && !history.treatments.is_empty() {
        let mut treatments = history.treatments.clone();
        crate::sorting::sort_by_key(&mut treatments, |t| t.date);
        let rows = treatments
            .iter()
            .map(|t| (text.visit_date(t.date), treatment_line(text, language, t)));
        tables.push(PrintTable {
            caption: text.print_visits.to_string(),
            rows: rows.collect(),
        });
    }
    tables.push(contact_table(
        text,
        language,
        config,
        outcome.assessment.verdict,
    ));
    tables.push(hours_table(text, config, today));
    PrintSummary {
        heading: text.print_heading,
        prepared: fill(
            text.print_prepared,
            &[&text.date(today), or_our_team(text, &config.name)],
        ),
        tables,
    }
}

fn symptoms(text: &Catalog, history: &History) -> String {
    if history.red_flags.is_empty() {
        return text.print_none.to_string();
    }
    let flags: Vec<&str> = history
        .red_flags
        .iter()
        .map(|f| text.red_flag(*f))
        .collect();
    flags.join("; ")
}

/// The about-you answers the visitor gave: sex when chosen, each ticked statement.
fn about_rows(text: &Catalog, history: &History) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    if let Some(sex) = history.sex {
        rows.push((text.sex_label.to_string(), text.sex(sex).to_string()));
    }
    let ticked = [
        (history.very_active, text.very_active),
        (history.autoimmune, text.autoimmune),
        (
            history.purpose == crate::engine::model::Purpose::Medical,
            text.medical,
        ),
    ];
    for (said, statement) in ticked {
        if said {
            rows.push((statement.to_string(), text.yes.to_string()));
        }
    }
    rows
}

/// "Botox · 20 units · Fully · lasted 14 weeks · new injector".
fn treatment_line(text: &Catalog, language: Language, treatment: &Treatment) -> String {
    let mut parts = vec![text.product(treatment.product).to_string()];
    if let Some(units) = treatment.units {
        parts.push(count(language, text.count_units, units));
    }
    parts.push(text.outcome(treatment.result).to_string());
    if let Some(weeks) = treatment.lasted_weeks {
        let weeks = count(language, text.count_weeks, weeks);
        parts.push(fill(text.print_lasted, &[&weeks]));
    }
    let flags = [
        (treatment.provider == Provider::New, text.note_new_injector),
        (treatment.uneven, text.print_uneven),
        (treatment.touch_up, text.print_touch_up),
    ];
    parts.extend(
        flags
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, word)| word.to_string()),
    );
    parts.join(" · ")
}

/// The clinic, its phone and (except on the seek-care result) its booking link.
fn contact_table(
    text: &Catalog,
    language: Language,
    config: &ClinicConfig,
    verdict: Verdict,
) -> PrintTable {
    let place = [config.name.as_str(), config.address.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    // Only what the clinic gave: a row without a value is left out, never a placeholder.
    let mut rows = Vec::new();
    if !place.is_empty() {
        rows.push((text.print_clinic.to_string(), place));
    }
    if let Some(phone) = &config.phone {
        rows.push((text.print_phone.to_string(), phone.text.clone()));
    }
    if let (Some(url), true) = (&config.booking_url, verdict != Verdict::SeekCare) {
        rows.push((text.print_booking.to_string(), url.clone()));
    }
    PrintTable {
        caption: fill(
            text.contact_heading,
            &[&consultation_with(text, language, &config.doctor)],
        ),
        rows,
    }
}

/// A name the clinic gave, or "our team" when it gave none.
fn or_our_team<'a>(text: &'a Catalog, name: &'a str) -> &'a str {
    if name.is_empty() {
        text.our_team
    } else {
        name
    }
}

/// The week of `today`, special hours marked.
fn hours_table(text: &Catalog, config: &ClinicConfig, today: Date) -> PrintTable {
    let rows = config.hours.week(today).into_iter().map(|day| {
        let hours = day_hours_text(text, config.hour_cycle, &day, true);
        (text.weekday(day.weekday).to_string(), hours)
    });
    PrintTable {
        caption: if config.address.is_empty() {
            text.hours_caption_plain.to_string()
        } else {
            fill(text.hours_caption, &[&config.address])
        },
        rows: rows.collect(),
    }
}
