//! Calendar dates without a time zone: parsing, day arithmetic and weekdays, shared by
//! the engine (visit dates) and the clinic (office hours, closures).

use std::fmt;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days of the week, Monday first as in ISO 8601.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// All days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Seven: the length of the catalogs' list of day names.
    pub const COUNT: usize = Weekday::ALL.len();

    /// 0 for Monday up to 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The day after this one.
    pub fn next(self) -> Weekday {
        Weekday::ALL[(self.index() + 1) % 7]
    }

    /// The English name, as schema.org and most configuration files spell it.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    /// Reads a day name in English, case-insensitively, whole or as its first three letters.
    pub fn parse(text: &str) -> Option<Weekday> {
        let lower = text.trim().to_ascii_lowercase();
        // schema.org also spells days as URLs such as "https://schema.org/Monday".
        let name = lower.rsplit('/').next().unwrap_or(&lower);
        Weekday::ALL.into_iter().find(|day| {
            let full = day.name().to_ascii_lowercase();
            name == full || (name.len() == 3 && full.starts_with(name))
        })
    }
}

impl Date {
    /// A date from its parts, or `None` when it is not a real calendar day.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = digits(&text[0..4])? as i32;
        let month = digits(&text[5..7])? as u8;
        let day = digits(&text[8..10])? as u8;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil: exact for every year an i32 holds.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `days` (negative moves back).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Whole days from `earlier` to `self`.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.to_days() - earlier.to_days()
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[(self.to_days() + 3).rem_euclid(7) as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The number of days in a month of a year, 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// An ASCII decimal number, refusing signs, spaces and empty text.
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days_across_centuries() {
        for days in (-800_000..800_000).step_by(997) {
            let date = Date::from_days(days);
            assert_eq!(date.to_days(), days, "{date}");
            assert!(Date::new(date.year(), date.month(), date.day()).is_some());
        }
    }

    #[test]
    fn parses_only_real_days() {
        assert_eq!(
            Date::parse_iso("2024-02-29").map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(Date::parse_iso("2026-02-29"), None);
        assert_eq!(Date::parse_iso("2026-02-30"), None);
        assert_eq!(Date::parse_iso("2026-13-01"), None);
        assert_eq!(Date::parse_iso("2026-1-01"), None);
        assert_eq!(Date::parse_iso("+026-01-01"), None);
        assert_eq!(Date::parse_iso("1900-02-29"), None);
        assert!(Date::parse_iso("2000-02-29").is_some());
    }

    #[test]
    fn knows_weekdays_and_intervals() {
        let d = Date::parse_iso("2026-11-28").unwrap();
        assert_eq!(d.weekday(), Weekday::Saturday);
        assert_eq!(
            Date::parse_iso("1970-01-01").unwrap().weekday(),
            Weekday::Thursday
        );
        let later = d.add_days(84);
        assert_eq!(later.to_string(), "2027-02-20");
        assert_eq!(later.days_since(d), 84);
    }

    #[test]
    fn reads_weekday_names() {
        assert_eq!(Weekday::parse("mon"), Some(Weekday::Monday));
        assert_eq!(Weekday::parse(" Sunday "), Some(Weekday::Sunday));
        assert_eq!(
            Weekday::parse("https://schema.org/Friday"),
            Some(Weekday::Friday)
        );
        assert_eq!(Weekday::parse("Funday"), None);
    }
}
