//! Office hours in words: a time of day in the language's usual clock, and a day's opening
//! hours as one line ("10:00 am – 5:00 pm", "Closed", "10:00 am – 1:00 pm (Holiday)").

use super::{fill, Catalog};
use crate::clinic::{format_time_12h, format_time_24h, DayHours, HourCycle, OfficeStatus};

/// A time of day on the clinic's clock, in the catalog's language: "5:00 pm",
/// "5:00 p. m." (12 hours) or "17:00" (24 hours).
pub fn time_text(text: &Catalog, clock: HourCycle, minutes: u16) -> String {
    match clock {
        HourCycle::H12 => format_time_12h(minutes, text.day_periods),
        HourCycle::H23 => format_time_24h(minutes),
    }
}

/// A time as a sentence names it after "at" or "until": in Spanish the hour takes its
/// article, "la 1:00 p. m." but "las 10:00 a. m." (`time_with_article`).
fn time_phrase(text: &Catalog, clock: HourCycle, minutes: u16) -> String {
    let hour = minutes / 60;
    let shown_hour = match clock {
        HourCycle::H12 => (hour + 11) % 12 + 1,
        HourCycle::H23 => hour,
    };
    let form = text.time_with_article[usize::from(shown_hour != 1)];
    fill(form, &[&time_text(text, clock, minutes)])
}

/// Whether the office is open now, and when it opens next, in words: "Open now, until
/// 5:00 pm", "Closed now. Opens tomorrow at 10:00 am". `true` when it is open.
pub fn status_text(text: &Catalog, clock: HourCycle, status: OfficeStatus) -> (bool, String) {
    match status {
        OfficeStatus::Open { closes_at } => (
            true,
            fill(text.open_now_until, &[&time_phrase(text, clock, closes_at)]),
        ),
        OfficeStatus::Closed {
            next_open: Some(next),
        } => {
            let at = time_phrase(text, clock, next.opens_at);
            let words = if next.is_today {
                fill(text.closed_now_opens_today, &[&at])
            } else if next.is_tomorrow {
                fill(text.closed_now_opens_tomorrow, &[&at])
            } else {
                fill(text.closed_now_opens_on, &[text.weekday(next.weekday), &at])
            };
            (false, words)
        }
        OfficeStatus::Closed { next_open: None } => (false, text.closed_now.to_string()),
    }
}

/// One day's hours: its intervals, or "Closed"; with `mark_special`, special hours carry
/// their name (or "special hours") in brackets.
pub fn day_hours_text(
    text: &Catalog,
    clock: HourCycle,
    day: &DayHours,
    mark_special: bool,
) -> String {
    let mut line = if day.intervals.is_empty() {
        text.closed.to_string()
    } else {
        let spans: Vec<String> = day
            .intervals
            .iter()
            .map(|&(opens, closes)| {
                let (opens, closes) = (
                    time_text(text, clock, opens),
                    time_text(text, clock, closes),
                );
                format!("{opens} – {closes}")
            })
            .collect();
        spans.join(", ")
    };
    match &day.special {
        Some(name) if mark_special && !name.is_empty() => line.push_str(&format!(" ({name})")),
        Some(_) if mark_special => line.push_str(&format!(" ({})", text.special_hours_note)),
        _ => {}
    }
    line
}
