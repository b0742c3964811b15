//! Office hours in words: a time of day in the language's usual clock, and a day's opening
//! hours as one line ("10:00 am – 5:00 pm", "Closed", "10:00 am – 1:00 pm (Holiday)").

use super::Catalog;
use crate::clinic::{format_time_12h, format_time_24h, DayHours, HourCycle};

/// A time of day on the clinic's clock, in the catalog's language: "5:00 pm",
/// "5:00 p. m." (12 hours) or "17:00" (24 hours).
pub fn time_text(text: &Catalog, clock: HourCycle, minutes: u16) -> String {
    match clock {
        HourCycle::H12 => format_time_12h(minutes, text.day_periods),
        HourCycle::H23 => format_time_24h(minutes),
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
