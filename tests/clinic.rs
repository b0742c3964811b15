//! The clinic module through its public API: office hours and the booking link, as the
//! embed layer and the UI use them (the configuration's rules: tests/config.rs). Native only.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::clinic::config::DEFAULT_UTM_PARAMS;
use resistance_check::clinic::{
    booking_href, contrast_ratio, ClinicClock, ConfigWarning, HourCycle, NextOpening, OfficeStatus,
    WeeklyHours,
};
use resistance_check::date::{Date, Weekday};

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn at(day: &str, hh: u16, mm: u16) -> ClinicClock {
    ClinicClock {
        date: date(day),
        minutes: hh * 60 + mm,
    }
}

fn next_open(status: OfficeStatus) -> NextOpening {
    match status {
        OfficeStatus::Closed {
            next_open: Some(next),
        } => next,
        other => panic!("expected closed with a next opening, got {other:?}"),
    }
}

// 2026-11-30 is a Monday; 2026-12-04 a Friday; 2026-12-24 a Thursday.

#[test]
fn default_hours_are_the_demo_clinic() {
    let hours = WeeklyHours::default();
    for day in [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
    ] {
        assert_eq!(hours.regular(day), &[(600, 1020)], "{day:?}");
    }
    assert_eq!(hours.regular(Weekday::Friday), &[(600, 960)]);
    assert!(hours.regular(Weekday::Saturday).is_empty());
    assert!(hours.regular(Weekday::Sunday).is_empty());
    assert!(hours.specials().is_empty());
}

#[test]
fn open_from_opening_minute_until_before_closing() {
    let hours = WeeklyHours::default();
    assert_eq!(
        hours.status(at("2026-11-30", 10, 0)),
        OfficeStatus::Open { closes_at: 1020 }
    );
    assert_eq!(
        hours.status(at("2026-11-30", 16, 59)),
        OfficeStatus::Open { closes_at: 1020 }
    );
    let before = next_open(hours.status(at("2026-11-30", 9, 59)));
    assert!(before.is_today && !before.is_tomorrow);
    assert_eq!(before.opens_at, 600);
    let after = next_open(hours.status(at("2026-11-30", 17, 0)));
    assert_eq!(after.date, date("2026-12-01"));
    assert_eq!(after.weekday, Weekday::Tuesday);
    assert!(after.is_tomorrow && !after.is_today);
}

#[test]
fn friday_closes_at_four() {
    let hours = WeeklyHours::default();
    assert_eq!(
        hours.status(at("2026-12-04", 15, 59)),
        OfficeStatus::Open { closes_at: 960 }
    );
    let next = next_open(hours.status(at("2026-12-04", 16, 0)));
    assert_eq!(next.date, date("2026-12-07"));
    assert_eq!(next.weekday, Weekday::Monday);
    assert!(!next.is_tomorrow);
}

#[test]
fn weekend_next_opening_is_monday_ten() {
    let hours = WeeklyHours::default();
    for clock in [at("2026-12-05", 11, 0), at("2026-12-06", 23, 59)] {
        let next = next_open(hours.status(clock));
        assert_eq!(next.date, date("2026-12-07"));
        assert_eq!(next.weekday, Weekday::Monday);
        assert_eq!(next.opens_at, 600);
        assert_eq!(next.is_tomorrow, clock.date == date("2026-12-06"));
    }
}

#[test]
fn special_closure_on_a_weekday_moves_next_opening() {
    let (hours, warnings) = WeeklyHours::from_json(
        r#"{"openingHoursSpecification":[
              {"dayOfWeek":["Monday","Tuesday","Wednesday","Thursday"],"opens":"10:00","closes":"17:00"},
              {"dayOfWeek":"Friday","opens":"10:00","closes":"16:00"}],
            "specialOpeningHoursSpecification":[
              {"validFrom":"2026-12-01","opens":"00:00","closes":"00:00","name":"Staff training"}]}"#,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        hours.status(at("2026-12-01", 11, 0)),
        OfficeStatus::Closed {
            next_open: Some(NextOpening {
                date: date("2026-12-02"),
                weekday: Weekday::Wednesday,
                opens_at: 600,
                is_today: false,
                is_tomorrow: true,
            })
        }
    );
    let next = next_open(hours.status(at("2026-11-30", 17, 0)));
    assert_eq!(next.date, date("2026-12-02"));
    assert!(!next.is_tomorrow);
}

#[test]
fn multi_day_closure_and_special_hours_in_the_week_table() {
    let (hours, warnings) = WeeklyHours::from_json(
        r#"{"openingHoursSpecification":[
              {"dayOfWeek":["https://schema.org/Monday","Tue","wednesday","Thursday"],"opens":"10:00","closes":"17:00"},
              {"dayOfWeek":"Friday","opens":"10:00:00","closes":"16:00:00"}],
            "specialOpeningHoursSpecification":[
              {"validFrom":"2026-12-24","validThrough":"2027-01-01","name":"Holidays"},
              {"validFrom":"2026-12-23","opens":"10:00","closes":"13:00"}]}"#,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    // Closed from Thursday 24 December through Friday 1 January: next opening Monday 4th.
    let next = next_open(hours.status(at("2026-12-23", 13, 0)));
    assert_eq!(next.date, date("2027-01-04"));
    assert_eq!(next.weekday, Weekday::Monday);
    assert_eq!(
        hours.status(at("2026-12-23", 12, 59)),
        OfficeStatus::Open { closes_at: 780 }
    );

    let week = hours.week(date("2026-12-23"));
    assert_eq!(week.len(), 7);
    let days: Vec<Weekday> = week.iter().map(|d| d.weekday).collect();
    assert_eq!(days, Weekday::ALL.to_vec());
    assert_eq!(week[0].date, date("2026-12-21"));
    assert_eq!(week[6].date, date("2026-12-27"));
    let today: Vec<bool> = week.iter().map(|d| d.is_today).collect();
    assert_eq!(today, [false, false, true, false, false, false, false]);
    assert_eq!(week[0].intervals, vec![(600, 1020)]);
    assert_eq!(week[0].special, None);
    assert_eq!(week[2].intervals, vec![(600, 780)]);
    assert_eq!(week[2].special.as_deref(), Some(""));
    assert!(week[3].intervals.is_empty());
    assert_eq!(week[3].special.as_deref(), Some("Holidays"));
    assert_eq!(week[4].special.as_deref(), Some("Holidays"));
    // The weekend is closed anyway, but it is inside the holiday range too.
    assert_eq!(week[5].special.as_deref(), Some("Holidays"));

    // A Sunday's week starts the Monday before.
    let week = hours.week(date("2026-11-29"));
    assert_eq!(week[0].date, date("2026-11-23"));
    assert!(week[6].is_today);
}

#[test]
fn long_closure_has_no_next_opening_within_search() {
    let (hours, _) = WeeklyHours::from_json(
        r#"{"openingHoursSpecification":[{"dayOfWeek":"Monday","opens":"10:00","closes":"17:00"}],
            "specialOpeningHoursSpecification":[{"validFrom":"2026-01-01","validThrough":"2027-12-31","opens":"00:00","closes":"00:00"}]}"#,
    );
    assert_eq!(
        hours.status(at("2026-06-01", 11, 0)),
        OfficeStatus::Closed { next_open: None }
    );
}

fn attributes(of: &WarnList) -> Vec<&str> {
    of.iter().map(|w| w.attribute.as_str()).collect()
}

type WarnList = Vec<ConfigWarning>;

#[test]
fn bad_hours_entries_are_skipped_and_reported() {
    let (hours, warnings) = WeeklyHours::from_json(
        r#"{"openingHoursSpecification":[
              {"dayOfWeek":"Monday","opens":"10:00","closes":"17:00"},
              {"dayOfWeek":"Tuesday","opens":"25:00","closes":"17:00"},
              {"dayOfWeek":["Wednesday","Funday"],"opens":"10:00","closes":"12:00"},
              {"dayOfWeek":"Thursday","opens":"17:00","closes":"10:00"},
              {"opens":"10:00","closes":"17:00"},
              {"dayOfWeek":"Friday","opens":"10:00"}],
            "specialOpeningHoursSpecification":[
              {"validFrom":"2026-12-32"},
              {"validFrom":"2026-12-24","validThrough":"2026-12-20"},
              {"validFrom":"2026-12-24","opens":"9am","closes":"12:00"}]}"#,
    );
    assert_eq!(
        attributes(&warnings),
        [
            "hours.openingHoursSpecification[1].opens",
            "hours.openingHoursSpecification[2].dayOfWeek[1]",
            "hours.openingHoursSpecification[3].closes",
            "hours.openingHoursSpecification[4].dayOfWeek",
            "hours.openingHoursSpecification[5].closes",
            "hours.specialOpeningHoursSpecification[0].validFrom",
            "hours.specialOpeningHoursSpecification[1].validThrough",
            "hours.specialOpeningHoursSpecification[2].opens",
        ]
    );
    assert_eq!(warnings[0].value.as_deref(), Some("25:00"));
    assert_eq!(warnings[0].used.value(), "entry skipped");
    assert_eq!(warnings[1].value.as_deref(), Some("Funday"));
    assert_eq!(
        warnings[2].to_string(),
        "attribute \"hours.openingHoursSpecification[3].closes\": \"10:00\" is not valid \
         (closes must be after opens); using \"entry skipped\""
    );
    assert_eq!(hours.regular(Weekday::Monday), &[(600, 1020)]);
    assert!(hours.regular(Weekday::Tuesday).is_empty());
    assert_eq!(hours.regular(Weekday::Wednesday), &[(600, 720)]);
    assert!(hours.regular(Weekday::Thursday).is_empty());
    assert!(hours.regular(Weekday::Friday).is_empty());
    assert!(hours.specials().is_empty());
}

#[test]
fn unusable_hours_json_falls_back_to_defaults() {
    for text in [
        "{not json",
        "[]",
        r#"{"openingHoursSpecification":[]}"#,
        r#"{"openingHoursSpecification":[{"dayOfWeek":"Someday","opens":"10:00","closes":"17:00"}]}"#,
    ] {
        let (hours, warnings) = WeeklyHours::from_json(text);
        assert_eq!(hours, WeeklyHours::default(), "{text}");
        let last = warnings.last().unwrap();
        assert!(last.attribute.starts_with("hours"), "{last}");
        assert_eq!(last.used.value(), "Mon-Thu 10:00-17:00, Fri 10:00-16:00");
    }
    // Special entries survive when only the regular week is missing.
    let (hours, warnings) = WeeklyHours::from_json(
        r#"{"specialOpeningHoursSpecification":{"validFrom":"2026-12-24","opens":"00:00","closes":"00:00"}}"#,
    );
    assert_eq!(warnings.len(), 1);
    assert_eq!(hours.specials().len(), 1);
    assert!(hours.intervals_on(date("2026-12-24")).is_empty());
    assert_eq!(hours.intervals_on(date("2026-12-23")), vec![(600, 1020)]);
}

#[test]
fn end_of_day_closing_times() {
    let (hours, warnings) = WeeklyHours::from_json(
        r#"{"openingHoursSpecification":[
              {"dayOfWeek":"Saturday","opens":"00:00","closes":"23:59"},
              {"dayOfWeek":"Sunday","opens":"12:00","closes":"24:00"}]}"#,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(hours.regular(Weekday::Saturday), &[(0, 1440)]);
    assert_eq!(
        hours.status(at("2026-12-06", 23, 59)),
        OfficeStatus::Open { closes_at: 1440 }
    );
}

fn params(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

#[test]
fn utm_parameters_pass_through() {
    let utm = params(&DEFAULT_UTM_PARAMS);
    let base = "https://example.com/book";
    assert_eq!(
        booking_href(
            base,
            "?utm_source=google&x=1&utm_campaign=spring%20sale&answer=3",
            &utm,
            None
        ),
        "https://example.com/book?utm_source=google&utm_campaign=spring%20sale"
    );
    assert_eq!(
        booking_href(base, "gclid=Cj0K-_x&fbclid=IwAR", &utm, Some("likely")),
        "https://example.com/book?gclid=Cj0K-_x&fbclid=IwAR&rc_verdict=likely"
    );
    // Unsafe characters are encoded; the base's own query and fragment stay intact.
    assert_eq!(
        booking_href(
            "https://example.com/book?loc=encino#form",
            "?utm_term=botox \"resistance\"&utm_content=<b>",
            &utm,
            None
        ),
        "https://example.com/book?loc=encino&utm_term=botox%20%22resistance%22&utm_content=%3Cb%3E#form"
    );
    // Only the configured names.
    assert_eq!(
        booking_href(
            base,
            "?utm_source=a&utm_medium=b",
            &params(&["utm_medium"]),
            None
        ),
        "https://example.com/book?utm_medium=b"
    );
    assert_eq!(booking_href(base, "?utm_source=a", &[], None), base);
    // Names match exactly.
    assert_eq!(
        booking_href(base, "?UTM_SOURCE=a&utm_source2=b", &utm, None),
        base
    );
    // No verdict unless the caller passes one.
    assert_eq!(booking_href(base, "", &utm, None), base);
    assert_eq!(
        booking_href(base, "", &utm, Some("no-resistance")),
        "https://example.com/book?rc_verdict=no-resistance"
    );
}

#[test]
fn contrast_ratio_known_values() {
    assert!((contrast_ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast_ratio("#fff", "#000") - 21.0).abs() < 1e-9);
    assert!((contrast_ratio("#777777", "#777") - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
    let pass = contrast_ratio("#767676", "#ffffff");
    let fail = contrast_ratio("#777777", "#ffffff");
    assert!((pass - 4.54).abs() < 0.01, "{pass}");
    assert!((fail - 4.48).abs() < 0.01, "{fail}");
    assert_eq!(contrast_ratio("not a colour", "#fff"), 1.0);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn on_any_hours_text(text in "\\PC{0,200}") {
            let _ = WeeklyHours::from_json(&text);
        }

        #[test]
        fn on_hours_shaped_json(
            day in "[A-Za-z/:]{0,12}",
            opens in "[0-9:]{0,9}",
            closes in "[0-9:]{0,9}",
            from in "[0-9T:-]{0,12}",
            minutes in 0u16..2000,
        ) {
            let text = format!(
                r#"{{"openingHoursSpecification":[{{"dayOfWeek":"{day}","opens":"{opens}","closes":"{closes}"}}],
                   "specialOpeningHoursSpecification":[{{"validFrom":"{from}","opens":"{opens}","closes":"{closes}"}}]}}"#
            );
            let (hours, _) = WeeklyHours::from_json(&text);
            let clock = ClinicClock { date: date("2026-12-24"), minutes };
            let _ = hours.status(clock);
            prop_assert_eq!(hours.week(clock.date).len(), 7);
        }

        #[test]
        fn booking_href_only_adds_listed_parameters(
            query in "[a-z_=&%?# <\"é0-9]{0,80}",
            verdict in proptest::option::of("[a-z-]{0,12}"),
        ) {
            let utm = params(&["utm_source", "gclid", "a"]);
            let href = booking_href("https://x.test/b?k=1#f", &query, &utm, verdict.as_deref());
            prop_assert!(href.starts_with("https://x.test/b?k=1"));
            prop_assert!(href.ends_with("#f"));
            let added = &href["https://x.test/b?k=1".len()..href.len() - 2];
            for pair in added.split('&').filter(|p| !p.is_empty()) {
                let key = pair.split('=').next().unwrap_or_default();
                prop_assert!(["utm_source", "gclid", "a", "rc_verdict"].contains(&key), "{}", href);
                prop_assert!(!pair.contains(['#', ' ', '<', '"', 'é']), "{}", href);
            }
            prop_assert_eq!(href.contains("rc_verdict="), verdict.is_some_and(|v| !v.is_empty()));
        }
    }
}

#[test]
fn the_open_now_line_gives_a_spanish_hour_its_article() {
    use resistance_check::i18n::hours::status_text;
    use resistance_check::i18n::{EN, ES};
    let open_until = |minutes| OfficeStatus::Open { closes_at: minutes };
    let one_pm = 13 * 60;
    assert_eq!(
        status_text(&ES, HourCycle::H12, open_until(one_pm)).1,
        "Abierto ahora, hasta la 1:00 p.\u{a0}m."
    );
    assert_eq!(
        status_text(&ES, HourCycle::H12, open_until(17 * 60)).1,
        "Abierto ahora, hasta las 5:00 p.\u{a0}m."
    );
    assert_eq!(
        status_text(&ES, HourCycle::H23, open_until(one_pm)).1,
        "Abierto ahora, hasta las 13:00"
    );
    let opens = OfficeStatus::Closed {
        next_open: Some(NextOpening {
            date: Date::parse_iso("2026-12-08").unwrap(),
            weekday: Weekday::Tuesday,
            opens_at: 60,
            is_today: false,
            is_tomorrow: true,
        }),
    };
    assert_eq!(
        status_text(&ES, HourCycle::H23, opens).1,
        "Cerrado ahora. Abre mañana a la 01:00"
    );
    assert_eq!(
        status_text(&EN, HourCycle::H12, open_until(one_pm)),
        (true, "Open now, until 1:00 pm".to_string())
    );
}
