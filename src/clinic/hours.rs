//! Weekly office hours with special closures, read from schema.org-shaped JSON, and what
//! they mean at a given clinic-local date and minute (open now, next opening, this week).

use serde_json::Value as Json;

use super::warning::ConfigWarning;
use crate::date::{Date, Weekday};

/// Minutes in a day: a closing time of 1440 means "at midnight, end of the day".
pub const END_OF_DAY: u16 = 24 * 60;

/// How far ahead `status` looks for the next opening: long enough to get past any
/// holiday season, short enough that a clinic closed "forever" costs little to check.
pub const NEXT_OPENING_SEARCH_DAYS: i64 = 60;

/// A half-open interval `[opens, closes)` of minutes after local midnight.
pub type Interval = (u16, u16);

/// Hours that replace the regular ones on every date from `from` through `through`
/// (schema.org `specialOpeningHoursSpecification`). No intervals means closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecialHours {
    pub from: Date,
    /// Inclusive, like schema.org's `validThrough`.
    pub through: Date,
    pub intervals: Vec<Interval>,
    pub name: Option<String>,
}

impl SpecialHours {
    pub fn covers(&self, date: Date) -> bool {
        self.from <= date && date <= self.through
    }
}

/// The office's regular week plus special hours and closures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeeklyHours {
    /// Indexed by `Weekday::index`; each list sorted, merged, every interval non-empty.
    days: [Vec<Interval>; 7],
    specials: Vec<SpecialHours>,
}

/// The clinic's local date and minute of the day (0..1440), computed by the browser
/// layer in the clinic's time zone: "today" is the clinic's today, not the visitor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClinicClock {
    pub date: Date,
    pub minutes: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeStatus {
    /// Open now; closes at `closes_at` minutes after midnight today (1440 = midnight).
    Open { closes_at: u16 },
    /// Closed now; `None` when there is no opening within `NEXT_OPENING_SEARCH_DAYS`.
    Closed { next_open: Option<NextOpening> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextOpening {
    pub date: Date,
    pub weekday: Weekday,
    pub opens_at: u16,
    pub is_today: bool,
    pub is_tomorrow: bool,
}

/// One row of the hours table the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayHours {
    pub weekday: Weekday,
    pub date: Date,
    /// Empty when closed that day.
    pub intervals: Vec<Interval>,
    pub is_today: bool,
    /// `Some` when special hours replace the regular ones that day: the special entry's
    /// name, or an empty string when it has none.
    pub special: Option<String>,
}

impl Default for WeeklyHours {
    /// The demo clinic: Monday to Thursday 10:00–17:00, Friday 10:00–16:00, weekends closed.
    fn default() -> Self {
        let ten_to_five = vec![(10 * 60, 17 * 60)];
        WeeklyHours {
            days: [
                ten_to_five.clone(),
                ten_to_five.clone(),
                ten_to_five.clone(),
                ten_to_five,
                vec![(10 * 60, 16 * 60)],
                Vec::new(),
                Vec::new(),
            ],
            specials: Vec::new(),
        }
    }
}

/// What a warning says was used when the whole hours configuration is dropped.
const DEFAULT_HOURS_TEXT: &str = "Mon-Thu 10:00-17:00, Fri 10:00-16:00";
const ENTRY_SKIPPED: &str = "entry skipped";
const TIME_FORM: &str = "a time is written HH:MM on a 24-hour clock, such as 09:30 or 17:00";

impl WeeklyHours {
    /// Hours from a regular week (indexed Monday first) and special entries. Empty,
    /// reversed or out-of-range intervals are dropped; overlapping ones are merged.
    pub fn new(days: [Vec<Interval>; 7], specials: Vec<SpecialHours>) -> WeeklyHours {
        let mut days = days;
        for day in &mut days {
            normalize(day);
        }
        let mut specials = specials;
        for special in &mut specials {
            normalize(&mut special.intervals);
        }
        WeeklyHours { days, specials }
    }

    /// The regular (non-special) intervals of a weekday.
    pub fn regular(&self, weekday: Weekday) -> &[Interval] {
        &self.days[weekday.index()]
    }

    pub fn specials(&self) -> &[SpecialHours] {
        &self.specials
    }

    /// The open intervals on a date. Special entries covering the date replace the
    /// regular hours; several covering entries add up (schema.org needs one entry per
    /// interval to express split hours), and a closure contributes none.
    pub fn intervals_on(&self, date: Date) -> Vec<Interval> {
        let mut special: Option<Vec<Interval>> = None;
        for entry in self.specials.iter().filter(|s| s.covers(date)) {
            special
                .get_or_insert_with(Vec::new)
                .extend_from_slice(&entry.intervals);
        }
        match special {
            Some(mut intervals) => {
                normalize(&mut intervals);
                intervals
            }
            None => self.days[date.weekday().index()].clone(),
        }
    }

    /// Open or closed at `now`; intervals are half-open, so the office is open at 10:00
    /// when it opens at 10:00 and closed at 17:00 when it closes at 17:00.
    pub fn status(&self, now: ClinicClock) -> OfficeStatus {
        let minute = now.minutes;
        let today = self.intervals_on(now.date);
        if let Some(&(_, closes)) = today.iter().find(|&&(o, c)| o <= minute && minute < c) {
            return OfficeStatus::Open { closes_at: closes };
        }
        let later_today = today
            .iter()
            .find(|&&(o, _)| o > minute)
            .map(|&(o, _)| (0, o));
        let next = later_today.or_else(|| {
            (1..=NEXT_OPENING_SEARCH_DAYS).find_map(|offset| {
                let first = self
                    .intervals_on(now.date.add_days(offset))
                    .first()
                    .copied();
                first.map(|(o, _)| (offset, o))
            })
        });
        let next_open = next.map(|(offset, opens_at)| {
            let date = now.date.add_days(offset);
            NextOpening {
                date,
                weekday: date.weekday(),
                opens_at,
                is_today: offset == 0,
                is_tomorrow: offset == 1,
            }
        });
        OfficeStatus::Closed { next_open }
    }

    /// The seven rows, Monday to Sunday, of the week containing `today`.
    pub fn week(&self, today: Date) -> Vec<DayHours> {
        let monday = today.add_days(-(today.weekday().index() as i64));
        (0..7)
            .map(|offset| {
                let date = monday.add_days(offset);
                let special = self
                    .specials
                    .iter()
                    .find(|s| s.covers(date))
                    .map(|s| s.name.clone().unwrap_or_default());
                DayHours {
                    weekday: date.weekday(),
                    date,
                    intervals: self.intervals_on(date),
                    is_today: date == today,
                    special,
                }
            })
            .collect()
    }

    /// Reads schema.org-shaped JSON (`openingHoursSpecification` and
    /// `specialOpeningHoursSpecification`). Bad entries are skipped and reported; text
    /// that is not JSON, or has no usable regular entry, gives the default week (special
    /// entries that did parse are kept). Never panics.
    pub fn from_json(text: &str) -> (WeeklyHours, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let root = match serde_json::from_str::<Json>(text) {
            Ok(root) if root.is_object() => root,
            _ => {
                let warning = ConfigWarning::new("hours", text, DEFAULT_HOURS_TEXT);
                warnings.push(warning.because("it is not a JSON object"));
                return (WeeklyHours::default(), warnings);
            }
        };

        let mut days: [Vec<Interval>; 7] = Default::default();
        let mut regular_entries = 0;
        let key = "openingHoursSpecification";
        for (i, entry) in entries(root.get(key)).iter().enumerate() {
            let path = format!("hours.{key}[{i}]");
            if !entry.is_object() {
                warnings.push(ConfigWarning::new(path, show(entry), ENTRY_SKIPPED));
                continue;
            }
            let Some(weekdays) = read_days(entry, &path, &mut warnings) else {
                continue;
            };
            let Some(span) = read_span(entry, &path, &mut warnings) else {
                continue;
            };
            regular_entries += 1;
            for day in weekdays {
                days[day.index()].extend(span);
            }
        }
        if regular_entries == 0 {
            let value = root.get(key).map(show).unwrap_or_default();
            warnings.push(
                ConfigWarning::new(format!("hours.{key}"), value, DEFAULT_HOURS_TEXT)
                    .because("no entry of the regular week could be used"),
            );
            days = WeeklyHours::default().days;
        }

        let mut specials = Vec::new();
        let key = "specialOpeningHoursSpecification";
        for (i, entry) in entries(root.get(key)).iter().enumerate() {
            let path = format!("hours.{key}[{i}]");
            if !entry.is_object() {
                warnings.push(ConfigWarning::new(path, show(entry), ENTRY_SKIPPED));
                continue;
            }
            if let Some(special) = read_special(entry, &path, &mut warnings) {
                specials.push(special);
            }
        }
        let hours = WeeklyHours::new(days, specials);
        let never_open = hours.days.iter().all(Vec::is_empty)
            && hours.specials.iter().all(|s| s.intervals.is_empty());
        if never_open {
            let warning =
                ConfigWarning::new("hours.openingHoursSpecification", "", "closed every day");
            warnings.push(warning.because("no day has opening hours, so the office is never open"));
        }
        (hours, warnings)
    }
}

/// Sorts intervals and merges touching ones, so that 10:00–12:00 plus 12:00–17:00 is
/// reported as open until 17:00, not 12:00.
fn normalize(intervals: &mut Vec<Interval>) {
    intervals.retain(|&(o, c)| o < c && c <= END_OF_DAY);
    crate::sorting::sort_by_key(intervals, |&interval| interval);
    let mut merged: Vec<Interval> = Vec::with_capacity(intervals.len());
    for &(o, c) in intervals.iter() {
        match merged.last_mut() {
            Some(last) if o <= last.1 => last.1 = last.1.max(c),
            _ => merged.push((o, c)),
        }
    }
    *intervals = merged;
}

/// schema.org allows a single object where a list is expected.
fn entries(value: Option<&Json>) -> &[Json] {
    match value {
        Some(Json::Array(items)) => items,
        Some(single) => std::slice::from_ref(single),
        None => &[],
    }
}

/// A JSON value as a warning shows it: strings without quotes, anything else as JSON.
fn show(value: &Json) -> String {
    match value {
        Json::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn read_days(entry: &Json, path: &str, warnings: &mut Vec<ConfigWarning>) -> Option<Vec<Weekday>> {
    let field = entry.get("dayOfWeek");
    let names: Vec<&Json> = match field {
        Some(Json::Array(items)) => items.iter().collect(),
        Some(single @ Json::String(_)) => vec![single],
        other => {
            let value = other.map(show).unwrap_or_default();
            let warning = ConfigWarning::new(format!("{path}.dayOfWeek"), value, ENTRY_SKIPPED);
            warnings.push(warning.because("expected a day name or a list of them"));
            return None;
        }
    };
    let is_list = matches!(field, Some(Json::Array(_)));
    let mut days = Vec::new();
    for (j, name) in names.into_iter().enumerate() {
        match name.as_str().and_then(Weekday::parse) {
            Some(day) => days.push(day),
            None => {
                let attribute = if is_list {
                    format!("{path}.dayOfWeek[{j}]")
                } else {
                    format!("{path}.dayOfWeek")
                };
                warnings.push(ConfigWarning::new(attribute, show(name), "day skipped"));
            }
        }
    }
    (!days.is_empty()).then_some(days)
}

/// The entry's opening span: `Some(None)` when it says closed (both times absent or both
/// "00:00"), `Some(Some(interval))` when open, `None` (with a warning) when unusable.
fn read_span(
    entry: &Json,
    path: &str,
    warnings: &mut Vec<ConfigWarning>,
) -> Option<Option<Interval>> {
    let opens = entry.get("opens");
    let closes = entry.get("closes");
    let (opens, closes) = match (opens, closes) {
        (None, None) => return Some(None),
        (Some(o), Some(c)) => (o, c),
        (Some(_), None) | (None, Some(_)) => {
            let missing = if opens.is_some() { "closes" } else { "opens" };
            let warning = ConfigWarning::new(format!("{path}.{missing}"), "", ENTRY_SKIPPED);
            warnings.push(warning.because("missing"));
            return None;
        }
    };
    let Some(open) = opens.as_str().and_then(|t| parse_time(t, false)) else {
        warnings.push(
            ConfigWarning::new(format!("{path}.opens"), show(opens), ENTRY_SKIPPED)
                .because(TIME_FORM),
        );
        return None;
    };
    let Some(close) = closes.as_str().and_then(|t| parse_time(t, true)) else {
        warnings.push(
            ConfigWarning::new(format!("{path}.closes"), show(closes), ENTRY_SKIPPED)
                .because(TIME_FORM),
        );
        return None;
    };
    // "00:00" to "00:00" is how schema.org (and Google) spell "closed all day".
    if open == 0 && close == 0 {
        return Some(None);
    }
    if close <= open {
        // Past-midnight hours (closes before opens) are not supported: rare for a clinic.
        warnings.push(
            ConfigWarning::new(format!("{path}.closes"), show(closes), ENTRY_SKIPPED)
                .because("closes must be after opens"),
        );
        return None;
    }
    Some(Some((open, close)))
}

fn read_special(
    entry: &Json,
    path: &str,
    warnings: &mut Vec<ConfigWarning>,
) -> Option<SpecialHours> {
    let from_field = entry.get("validFrom");
    let Some(from) = from_field.and_then(Json::as_str).and_then(parse_date) else {
        let value = from_field.map(show).unwrap_or_default();
        warnings.push(
            ConfigWarning::new(format!("{path}.validFrom"), value, ENTRY_SKIPPED)
                .because("a date is written YYYY-MM-DD, such as 2026-12-24"),
        );
        return None;
    };
    let through = match entry.get("validThrough") {
        None => from,
        Some(field) => match field.as_str().and_then(parse_date) {
            Some(through) if through >= from => through,
            _ => {
                warnings.push(
                    ConfigWarning::new(format!("{path}.validThrough"), show(field), ENTRY_SKIPPED)
                        .because("the last day is a date written YYYY-MM-DD, not before the first"),
                );
                return None;
            }
        },
    };
    let span = read_span(entry, path, warnings)?;
    let name = entry
        .get("name")
        .and_then(Json::as_str)
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from);
    Some(SpecialHours {
        from,
        through,
        intervals: span.into_iter().collect(),
        name,
    })
}

/// A schema.org Date, or the date part of a DateTime ("2026-12-24T00:00:00").
fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let date = text.get(..10)?;
    match text.as_bytes().get(10) {
        None | Some(b'T') => Date::parse_iso(date),
        Some(_) => None,
    }
}

/// `HH:MM` or `HH:MM:SS` (seconds ignored) as minutes after midnight. For a closing
/// time, "24:00" and "23:59" mean the end of the day (1440), as schema.org writes it.
pub fn parse_time(text: &str, closing: bool) -> Option<u16> {
    let mut parts = text.trim().split(':');
    let hour = number(parts.next()?, 1..=2)?;
    let minute = number(parts.next()?, 2..=2)?;
    if let Some(second) = parts.next() {
        if number(second, 2..=2)? > 59 {
            return None;
        }
    }
    if parts.next().is_some() || minute > 59 {
        return None;
    }
    match (hour, minute) {
        (24, 0) | (23, 59) if closing => Some(END_OF_DAY),
        (0..=23, _) => Some(hour * 60 + minute),
        _ => None,
    }
}

/// ASCII digits only, with a length in `len`.
fn number(text: &str, len: std::ops::RangeInclusive<usize>) -> Option<u16> {
    if !len.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The clinic's clock: how its times are written, in every language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HourCycle {
    /// "5:00 pm", "5:00 p. m.": what visitors in the United States expect, in either
    /// language.
    #[default]
    H12,
    /// "17:00".
    H23,
}

impl HourCycle {
    /// The `hour-cycle` attribute's value, by Intl's names: `h12` (or `h11`) for 12 hours,
    /// `h23` (or `h24`) for 24. `None` for anything else.
    pub fn from_name(raw: &str) -> Option<HourCycle> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "h12" | "h11" => Some(HourCycle::H12),
            "h23" | "h24" => Some(HourCycle::H23),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            HourCycle::H12 => "h12",
            HourCycle::H23 => "h23",
        }
    }
}

/// "10:00 am", "5:00 pm", "12:00 pm" for noon, "12:00 am" for midnight (also 1440), with
/// the language's words for before and after noon (`day_periods`: ["am", "pm"]).
pub fn format_time_12h(minutes: u16, day_periods: [&str; 2]) -> String {
    let hour = (minutes / 60) % 24;
    let suffix = day_periods[usize::from(hour >= 12)];
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    format!("{hour12}:{:02} {suffix}", minutes % 60)
}

/// "17:00"; the end of the day (1440) is "24:00", unambiguous as a closing time.
pub fn format_time_24h(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    fn at(day: &str, hh: u16, mm: u16) -> ClinicClock {
        ClinicClock {
            date: date(day),
            minutes: hh * 60 + mm,
        }
    }

    #[test]
    fn parses_times() {
        assert_eq!(parse_time("10:00", false), Some(600));
        assert_eq!(parse_time("9:30", false), Some(570));
        assert_eq!(parse_time("17:00:00", true), Some(1020));
        assert_eq!(parse_time("24:00", true), Some(END_OF_DAY));
        assert_eq!(parse_time("23:59", true), Some(END_OF_DAY));
        assert_eq!(parse_time("23:59:59", true), Some(END_OF_DAY));
        assert_eq!(parse_time("23:59", false), Some(1439));
        assert_eq!(parse_time("24:00", false), None);
        for bad in [
            "25:00",
            "10:60",
            "10",
            "10:0",
            "ten",
            "",
            "10:00:61",
            "1:2:3:4",
            "-1:00",
            "１０:００",
        ] {
            assert_eq!(parse_time(bad, true), None, "{bad}");
        }
    }

    #[test]
    fn normalizes_and_merges_intervals() {
        let mut v = vec![(720, 1020), (600, 720), (0, 0), (900, 800), (1300, 2000)];
        normalize(&mut v);
        assert_eq!(v, vec![(600, 1020)]);
    }

    #[test]
    fn formats_times() {
        let periods = ["am", "pm"];
        assert_eq!(format_time_12h(600, periods), "10:00 am");
        assert_eq!(format_time_12h(1020, periods), "5:00 pm");
        assert_eq!(format_time_12h(720, periods), "12:00 pm");
        assert_eq!(format_time_12h(0, periods), "12:00 am");
        assert_eq!(format_time_12h(END_OF_DAY, periods), "12:00 am");
        assert_eq!(format_time_12h(570, periods), "9:30 am");
        assert_eq!(format_time_12h(1020, ["a. m.", "p. m."]), "5:00 p. m.");
        assert_eq!(format_time_24h(1020), "17:00");
        assert_eq!(format_time_24h(545), "09:05");
    }

    #[test]
    fn split_hours_from_several_entries() {
        let (hours, warnings) = WeeklyHours::from_json(
            r#"{"openingHoursSpecification":[
                {"dayOfWeek":"Monday","opens":"09:00","closes":"12:00"},
                {"dayOfWeek":"Mon","opens":"13:00:00","closes":"18:00:00"}]}"#,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(hours.regular(Weekday::Monday), &[(540, 720), (780, 1080)]);
        assert!(hours.regular(Weekday::Friday).is_empty());
        // 2026-11-30 is a Monday: closed over lunch, next opening 13:00 today.
        match hours.status(at("2026-11-30", 12, 30)) {
            OfficeStatus::Closed {
                next_open: Some(next),
            } => {
                assert!(next.is_today);
                assert_eq!(next.opens_at, 780);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn overlapping_specials_add_up() {
        let (hours, warnings) = WeeklyHours::from_json(
            r#"{"openingHoursSpecification":{"dayOfWeek":["Thursday"],"opens":"10:00","closes":"17:00"},
                "specialOpeningHoursSpecification":[
                {"validFrom":"2026-12-24","opens":"09:00","closes":"11:00"},
                {"validFrom":"2026-12-24T00:00:00","opens":"14:00","closes":"15:00"}]}"#,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            hours.intervals_on(date("2026-12-24")),
            vec![(540, 660), (840, 900)]
        );
        assert_eq!(hours.intervals_on(date("2026-12-31")), vec![(600, 1020)]);
    }

    #[test]
    fn never_open_has_no_next_opening() {
        let hours = WeeklyHours::new(Default::default(), Vec::new());
        assert_eq!(
            hours.status(at("2026-11-30", 10, 0)),
            OfficeStatus::Closed { next_open: None }
        );
    }

    #[test]
    fn odd_json_never_panics() {
        for text in [
            "", "null", "[]", "{}", "{\"openingHoursSpecification\":null}",
            "{\"openingHoursSpecification\":[1,\"x\",[],{}]}",
            "{\"specialOpeningHoursSpecification\":[{\"validFrom\":\"2026-12-2é\"}]}",
            "{\"openingHoursSpecification\":[{\"dayOfWeek\":[\"Monday\"],\"opens\":10,\"closes\":true}]}",
        ] {
            let (hours, warnings) = WeeklyHours::from_json(text);
            assert!(!warnings.is_empty(), "{text}");
            assert_eq!(hours.regular(Weekday::Monday), &[(600, 1020)], "{text}");
        }
    }
}
