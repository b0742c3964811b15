//! The clinic module through its public API: office hours, configuration from attributes,
//! and the booking link, as the embed layer and the UI use them. Native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use resistance_check::clinic::config::{sanitize_booking_url, DEFAULT_PRIMARY_COLOR};
use resistance_check::clinic::{
    booking_href, contrast_ratio, ClinicClock, ClinicConfig, ConfigWarning, HourCycle, Language,
    NextOpening, OfferedPaths, OfficeStatus, OwnContacts, WeeklyHours,
};
use resistance_check::date::{Date, Weekday};
use resistance_check::engine::model::Verdict;

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
    assert_eq!(warnings[0].value, "25:00");
    assert_eq!(warnings[0].used, "entry skipped");
    assert_eq!(warnings[1].value, "Funday");
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
        assert_eq!(last.used, "Mon-Thu 10:00-17:00, Fri 10:00-16:00");
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

fn config_from(pairs: &[(&str, &str)]) -> (ClinicConfig, Vec<ConfigWarning>) {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    ClinicConfig::from_attributes(
        &|name| map.get(name).cloned(),
        None,
        &OwnContacts::default(),
    )
}

#[test]
fn no_attributes_give_the_demo_clinic() {
    let (config, warnings) = config_from(&[]);
    assert!(warnings.is_empty());
    assert_eq!(config, ClinicConfig::default());
    assert_eq!(config.doctor, "Dr. Alex");
    assert_eq!(config.address, "Encino, CA");
    assert!(config.phone.starts_with("(555)"));
    assert_eq!(config.phone_href, "tel:5550100199");
    assert_eq!(config.booking_url, "https://example.com/book");
    assert_eq!(config.time_zone, "America/Los_Angeles");
    assert_eq!(config.language, None);
    assert_eq!(config.paths, OfferedPaths::default());
    assert_eq!(config.utm_params.len(), 7);
    assert!(!config.share_verdict);
    assert!(!config.analytics_verdict);
}

#[test]
fn good_attributes_are_used() {
    let (config, warnings) = ClinicConfig::from_attributes(
        &|name| {
            let value = match name {
                "clinic-name" => "  Valley\n  Skin Clinic ",
                "doctor" => "Dr. Rivera",
                "phone" => "+1 (818) 555-0142",
                "booking-url" => "  HTTPS://book.valley.test/consult?src=web#top ",
                "address" => "1 Ventura Blvd, Encino, CA",
                "time-zone" => "America/New_York",
                "lang" => "es-MX",
                "cta-text" => "Reserve su consulta",
                "primary-color" => "#075",
                "corner-radius" => "12px",
                "paths" => "quick",
                "utm-params" => "utm_source, utm_campaign gclid",
                "share-verdict" => "",
                "analytics-verdict" => " TRUE ",
                _ => return None,
            };
            Some(value.to_string())
        },
        Some(
            r#"{"openingHoursSpecification":[{"dayOfWeek":"Saturday","opens":"09:00","closes":"13:00"}]}"#,
        ),
        // The element's own links lose to good attributes.
        &OwnContacts {
            booking_url: Some("https://elsewhere.test/book".into()),
            phone: Some("(818) 555-0199".into()),
        },
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.name, "Valley Skin Clinic");
    assert_eq!(config.doctor, "Dr. Rivera");
    assert_eq!(config.phone, "+1 (818) 555-0142");
    assert_eq!(config.phone_href, "tel:+18185550142");
    assert_eq!(
        config.booking_url,
        "https://book.valley.test/consult?src=web#top"
    );
    assert_eq!(config.time_zone, "America/New_York");
    assert_eq!(config.language, Some(Language::Es));
    assert_eq!(config.cta_text.as_deref(), Some("Reserve su consulta"));
    assert_eq!(config.corner_radius_px, 12);
    assert_eq!(
        config.paths,
        OfferedPaths {
            quick: true,
            detailed: false
        }
    );
    assert_eq!(config.utm_params, ["utm_source", "utm_campaign", "gclid"]);
    assert!(config.share_verdict);
    assert!(config.analytics_verdict);
    assert_eq!(config.hours.regular(Weekday::Saturday), &[(540, 780)]);
    assert!(config.hours.regular(Weekday::Monday).is_empty());
    assert_eq!(config.primary_color, "#007755");
}

#[test]
fn every_bad_attribute_is_warned_with_the_value_used() {
    let cases: &[(&str, &str, &str)] = &[
        ("clinic-name", "   ", "Dr. Alex Aesthetics"),
        ("doctor", "\u{0}\u{7}", "Dr. Alex"),
        ("address", &"x".repeat(201), "Encino, CA"),
        ("phone", "call us!", "(555) 010-0199"),
        ("phone", "123", "(555) 010-0199"),
        (
            "booking-url",
            "javascript:alert(1)",
            "https://example.com/book",
        ),
        ("time-zone", "Pacific Time", "America/Los_Angeles"),
        ("lang", "fr", "the browser's language"),
        ("cta-text", "", "the default text"),
        ("primary-color", "blue-ish", DEFAULT_PRIMARY_COLOR),
        ("primary-color", "#ffcc00", DEFAULT_PRIMARY_COLOR),
        ("corner-radius", "40px", "8px"),
        ("paths", "fast", "quick detailed"),
        ("paths", "detailed sideways", "detailed"),
        ("paths", "", "quick detailed"),
        ("utm-params", "utm_source <script> rc_verdict", "utm_source"),
        ("share-verdict", "maybe", "false"),
        (
            "cta-text-es",
            &"x".repeat(81),
            "cta-text, or the default text",
        ),
        ("hour-cycle", "24-hour", "h12"),
        ("analytics-verdict", "yes please", "false"),
    ];
    for &(attribute, value, used) in cases {
        let (config, warnings) = config_from(&[(attribute, value)]);
        assert_eq!(warnings.len(), 1, "{attribute}={value:?}: {warnings:?}");
        let warning = &warnings[0];
        assert_eq!(warning.attribute, attribute);
        assert_eq!(warning.used, used, "{attribute}={value:?}");
        if value.chars().count() <= 80 {
            assert_eq!(warning.value, value);
        }
        // Whatever was refused, the rest of the configuration is the demo clinic's.
        let mut expected = ClinicConfig::default();
        match attribute {
            "paths" if used == "detailed" => expected.paths.quick = false,
            "utm-params" => expected.utm_params = vec!["utm_source".into()],
            _ => {}
        }
        assert_eq!(config, expected, "{attribute}={value:?}");
    }
}

#[test]
fn warning_reads_well_in_the_console() {
    let (_, warnings) = config_from(&[("primary-color", "blue-ish")]);
    assert_eq!(
        warnings[0].to_string(),
        r##"attribute "primary-color": "blue-ish" is not valid; using "#1f6f78""##
    );
    let (_, warnings) = config_from(&[("primary-color", "#FC0")]);
    assert_eq!(
        warnings[0].to_string(),
        r##"attribute "primary-color": "#FC0" is not valid (white text on it is below the WCAG AA contrast of 4.5:1); using "#1f6f78""##
    );
}

#[test]
fn colours_are_normalised_and_language_tags_read() {
    let (config, warnings) = config_from(&[("primary-color", " #1A4D8F "), ("lang", "EN-us")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.primary_color, "#1a4d8f");
    assert_eq!(config.language, Some(Language::En));
    let (config, warnings) = config_from(&[("primary-color", "#000"), ("lang", "auto")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.primary_color, "#000000");
    assert_eq!(config.language, None);
}

#[test]
fn script_and_odd_urls_are_refused() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " \u{1}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/book",
        "//evil.test/book",
        "book.html",
        "https:evil.test",
        "https://",
        "https:///path",
        "https://user:pass@evil.test/",
        "https://clinic.test@evil.test/",
        "https:\\\\evil.test",
        "https://evil.test\\@clinic.test",
        "https://clinic.test/a b",
        "https://clinic.test:99999/",
        "https://clinic.test:/",
        "ftp://clinic.test/",
        "",
    ] {
        assert_eq!(sanitize_booking_url(bad), None, "{bad:?}");
        let (config, warnings) = config_from(&[("booking-url", bad)]);
        assert_eq!(config.booking_url, "https://example.com/book", "{bad:?}");
        assert_eq!(warnings.len(), 1, "{bad:?}");
    }
    for (good, stored) in [
        ("https://book.clinic.test", "https://book.clinic.test"),
        (
            "HTTP://clinic.test:8080/book",
            "http://clinic.test:8080/book",
        ),
        (
            "\t https://clinic.test/b?x=1#y \n",
            "https://clinic.test/b?x=1#y",
        ),
        ("https://clinic.te\tst/book", "https://clinic.test/book"),
        (
            "https://clínica.test/reservar",
            "https://clínica.test/reservar",
        ),
    ] {
        assert_eq!(
            sanitize_booking_url(good).as_deref(),
            Some(stored),
            "{good:?}"
        );
    }
}

#[test]
fn hours_warnings_join_attribute_warnings() {
    let (config, warnings) = ClinicConfig::from_attributes(
        &|name| (name == "corner-radius").then(|| "big".to_string()),
        Some(r#"{"openingHoursSpecification": 7}"#),
        &OwnContacts::default(),
    );
    assert_eq!(
        attributes(&warnings),
        [
            "corner-radius",
            "hours.openingHoursSpecification[0]",
            "hours.openingHoursSpecification"
        ]
    );
    assert_eq!(warnings[1].value, "7");
    assert_eq!(config.hours, WeeklyHours::default());
    assert_eq!(config.corner_radius_px, 8);
}

fn params(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

#[test]
fn utm_parameters_pass_through() {
    let utm = ClinicConfig::default().utm_params;
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
        fn accepted_urls_are_http_with_a_host(url in "\\PC{0,40}") {
            if let Some(clean) = sanitize_booking_url(&url) {
                prop_assert!(clean.starts_with("https://") || clean.starts_with("http://"));
                prop_assert!(!clean.chars().any(|c| c.is_control() || c.is_whitespace()));
            }
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
fn the_element_s_own_links_stand_in_for_a_missing_or_unusable_booking_url_and_phone() {
    let own = OwnContacts {
        booking_url: Some("https://clinic.test/book?from=site".into()),
        phone: Some(" (818) 555-0100 ".into()),
    };
    let typo = |name: &str| (name == "booking-url").then(|| "htps://clinic.test/book".to_string());
    let (config, warnings) = ClinicConfig::from_attributes(&typo, None, &own);
    assert_eq!(config.booking_url, "https://clinic.test/book?from=site");
    assert_eq!(config.phone, "(818) 555-0100");
    assert_eq!(config.phone_href, "tel:8185550100");
    // The warning names what is used instead: the element's own link, not a placeholder.
    assert_eq!(attributes(&warnings), ["booking-url"]);
    assert!(
        warnings[0]
            .to_string()
            .contains("\"https://clinic.test/book?from=site\""),
        "{}",
        warnings[0]
    );

    // Links that would not pass as attributes do not pass as stand-ins either.
    let unusable = OwnContacts {
        booking_url: Some("javascript:alert(1)".into()),
        phone: Some("call us".into()),
    };
    let (config, _) = ClinicConfig::from_attributes(&|_| None, None, &unusable);
    assert_eq!(config.booking_url, ClinicConfig::default().booking_url);
    assert_eq!(config.phone_href, ClinicConfig::default().phone_href);
}

#[test]
fn the_booking_text_can_be_given_per_language() {
    let (config, warnings) = config_from(&[
        ("cta-text", "Book your visit"),
        ("cta-text-es", "  Reserve su   visita "),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.cta_text_in(Language::Es), Some("Reserve su visita"));
    assert_eq!(config.cta_text_in(Language::En), Some("Book your visit"));
    // Only a language's own text: English keeps the catalog's when only Spanish is given.
    let (config, _) = config_from(&[("cta-text-es", "Reserve ahora")]);
    assert_eq!(config.cta_text_in(Language::En), None);
    assert_eq!(config.cta_text_in(Language::Es), Some("Reserve ahora"));
    let (config, _) = config_from(&[("cta-text-en", "Book now")]);
    assert_eq!(config.cta_text_in(Language::En), Some("Book now"));
    assert_eq!(config.cta_text_in(Language::Es), None);
}

#[test]
fn the_clinic_clock_is_twelve_hours_unless_the_clinic_says_otherwise() {
    assert_eq!(ClinicConfig::default().hour_cycle, HourCycle::H12);
    for (value, cycle) in [
        ("h23", HourCycle::H23),
        (" H24 ", HourCycle::H23),
        ("h12", HourCycle::H12),
        ("h11", HourCycle::H12),
    ] {
        let (config, warnings) = config_from(&[("hour-cycle", value)]);
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
        assert_eq!(config.hour_cycle, cycle, "{value}");
    }
}

#[test]
fn opt_ins_read_present_true_or_their_own_name_and_false() {
    for attribute in ["share-verdict", "analytics-verdict"] {
        for (value, on) in [
            ("", true),
            ("true", true),
            (attribute, true),
            ("False", false),
        ] {
            let (config, warnings) = config_from(&[(attribute, value)]);
            assert!(warnings.is_empty(), "{attribute}={value:?}: {warnings:?}");
            let got = match attribute {
                "share-verdict" => (config.share_verdict, config.analytics_verdict),
                _ => (config.analytics_verdict, config.share_verdict),
            };
            assert_eq!(got, (on, false), "{attribute}={value:?}");
        }
    }
}

#[test]
fn share_verdict_never_puts_seek_care_in_the_booking_link() {
    let (config, _) = config_from(&[("share-verdict", "")]);
    let link = |verdict: Verdict| {
        booking_href(
            &config.booking_url,
            "?utm_source=news",
            &config.utm_params,
            config.verdict_for_booking(verdict),
        )
    };
    assert_eq!(
        link(Verdict::SeekCare),
        "https://example.com/book?utm_source=news"
    );
    for &verdict in Verdict::ALL.iter().filter(|&&v| v != Verdict::SeekCare) {
        assert_eq!(
            link(verdict),
            format!(
                "https://example.com/book?utm_source=news&rc_verdict={}",
                verdict.id()
            )
        );
    }
}
