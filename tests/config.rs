//! The configuration's rules and `checkConfig`'s answer, natively: the WHATWG URL parser of
//! the `url` crate and a short list of time zones stand in for the browser's own.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use resistance_check::clinic::check::{check_config, ConfigCheck};
use resistance_check::clinic::config::DEFAULT_UTM_PARAMS;
use resistance_check::clinic::rules::{
    self, booking_url, contrast_ratio, phone, time_zone, DEFAULT_PRIMARY_COLOR, MIN_TEXT_CONTRAST,
};
use resistance_check::clinic::{
    booking_href, ClinicConfig, ConfigWarning, HourCycle, Language, OfferedPaths, OwnContacts,
    Replacement, WeeklyHours,
};
use resistance_check::date::Weekday;
use resistance_check::engine::model::Verdict;

mod stand_in;
use stand_in::StandIn;

fn getter(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name| map.get(name).cloned()
}

/// A clinic that gives everything, correctly.
const COMPLETE: &[(&str, &str)] = &[
    ("clinic-name", "Sunset Skin"),
    ("phone", "(818) 555-0142"),
    ("booking-url", "https://sunsetskin.test/book"),
    ("time-zone", "America/Los_Angeles"),
];

/// `COMPLETE` with `changes` in place of its values or beside them.
fn complete_with<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut pairs: Vec<(&str, &str)> = COMPLETE
        .iter()
        .filter(|(name, _)| !changes.iter().any(|(changed, _)| changed == name))
        .copied()
        .collect();
    pairs.extend_from_slice(changes);
    pairs
}

fn config_from(pairs: &[(&str, &str)]) -> (ClinicConfig, Vec<ConfigWarning>) {
    ClinicConfig::from_attributes(&getter(pairs), None, &OwnContacts::default(), &StandIn)
}

fn attributes(of: &[ConfigWarning]) -> Vec<&str> {
    of.iter().map(|w| w.attribute.as_str()).collect()
}

#[test]
fn a_complete_clinic_has_no_warnings() {
    let (config, warnings) = config_from(COMPLETE);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.name, "Sunset Skin");
    // No doctor named: the consultation is with the clinic.
    assert_eq!(config.doctor, "Sunset Skin");
    assert_eq!(config.address, "");
    assert_eq!(
        config.phone.map(|p| p.href).as_deref(),
        Some("tel:+18185550142")
    );
    assert_eq!(config.time_zone.as_deref(), Some("America/Los_Angeles"));
}

#[test]
fn no_attributes_give_no_placeholder_at_all() {
    let (config, warnings) = config_from(&[]);
    assert_eq!(config, ClinicConfig::default());
    assert_eq!(config.phone, None);
    assert_eq!(config.booking_url, None);
    assert_eq!(config.time_zone, None);
    assert_eq!(
        (
            config.name.as_str(),
            config.doctor.as_str(),
            config.address.as_str()
        ),
        ("", "", "")
    );
    assert_eq!(
        attributes(&warnings),
        ["clinic-name", "phone", "booking-url", "time-zone"]
    );
    // A missing contact is an error; the rest are warnings.
    let errors: Vec<_> = warnings
        .iter()
        .filter(|w| w.is_error)
        .map(|w| w.attribute.as_str())
        .collect();
    assert_eq!(errors, ["phone", "booking-url"]);
    assert_eq!(
        warnings[1].to_string(),
        r#"attribute "phone" is missing (visitors need the clinic's number to call it); showing no call link"#
    );
    assert_eq!(warnings[2].used, Replacement::Nothing("booking button"));
}

#[test]
fn good_attributes_are_used() {
    let (config, warnings) = ClinicConfig::from_attributes(
        &getter(&[
            ("clinic-name", "  Valley\n  Skin Clinic "),
            ("doctor", "Dr. Rivera"),
            ("phone", "+1 (818) 555-0142"),
            (
                "booking-url",
                "  HTTPS://book.valley.test/consult?src=web#top ",
            ),
            ("address", "1 Ventura Blvd, Encino, CA"),
            ("time-zone", "America/New_York"),
            ("lang", "es-MX"),
            ("cta-text", "Reserve su consulta"),
            ("primary-color", "#075"),
            ("corner-radius", "12px"),
            ("heading-level", "3"),
            ("paths", "quick"),
            ("utm-params", "utm_source, utm_campaign gclid"),
            ("share-verdict", ""),
            ("analytics-verdict", " TRUE "),
        ]),
        Some(
            r#"{"openingHoursSpecification":[{"dayOfWeek":"Saturday","opens":"09:00","closes":"13:00"}]}"#,
        ),
        // The element's own links lose to good attributes.
        &OwnContacts {
            booking_url: Some("https://elsewhere.test/book".into()),
            phone: Some("(818) 555-0199".into()),
        },
        &StandIn,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.name, "Valley Skin Clinic");
    assert_eq!(config.doctor, "Dr. Rivera");
    let phone = config.phone.unwrap();
    assert_eq!(
        (phone.text.as_str(), phone.href.as_str()),
        ("+1 (818) 555-0142", "tel:+18185550142")
    );
    assert_eq!(
        config.booking_url.as_deref(),
        Some("https://book.valley.test/consult?src=web#top")
    );
    assert_eq!(config.address, "1 Ventura Blvd, Encino, CA");
    assert_eq!(config.time_zone.as_deref(), Some("America/New_York"));
    assert_eq!(config.language, Some(Language::Es));
    assert_eq!(config.cta_text.as_deref(), Some("Reserve su consulta"));
    assert_eq!(config.primary_color, "#007755");
    assert_eq!(config.corner_radius_px, 12);
    assert_eq!(config.heading_level, 3);
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
}

/// The issue's bad values: each refused with a reason a person can act on, the contacts
/// left out (never a placeholder), the colour replaced by its readable shade.
#[test]
fn the_bad_values_marketing_typed_are_refused_with_reasons() {
    let (config, warnings) = config_from(&complete_with(&[("phone", "818-555-O142")]));
    assert_eq!(config.phone, None);
    let w = &warnings[0];
    assert!(w.is_error);
    assert_eq!(
        w.message(),
        "It has the letter \"O\" where a digit belongs (did you mean 0?)."
    );
    assert_eq!(w.suggestion.as_deref(), Some("818-555-0142"));

    let (config, warnings) = config_from(&complete_with(&[("phone", "555-CALL-NOW")]));
    assert_eq!(config.phone, None);
    assert!(
        warnings[0].message().contains("letters"),
        "{}",
        warnings[0].message()
    );
    assert_eq!(warnings[0].suggestion, None);

    let (config, warnings) = config_from(&complete_with(&[("booking-url", "sunsetskin.com/book")]));
    assert_eq!(config.booking_url, None);
    assert!(
        warnings[0].message().contains("https://"),
        "{}",
        warnings[0].message()
    );
    assert_eq!(
        warnings[0].suggestion.as_deref(),
        Some("https://sunsetskin.com/book")
    );

    let (config, warnings) = config_from(&complete_with(&[("booking-url", "javascript:alert(1)")]));
    assert_eq!(config.booking_url, None);
    assert!(warnings[0].is_error);
    assert!(
        warnings[0].message().contains("\"javascript:\""),
        "{}",
        warnings[0].message()
    );

    let (config, warnings) = config_from(&complete_with(&[("time-zone", "Pacific")]));
    assert_eq!(config.time_zone, None);
    assert!(warnings[0].message().contains("America/Los_Angeles"));
    assert!(!warnings[0].is_error);

    let (config, warnings) = config_from(&complete_with(&[("primary-color", "#ffff66")]));
    let shade = warnings[0].suggestion.clone().unwrap();
    assert_eq!(shade, "#76762f");
    assert!(
        contrast_ratio(&shade, "#fff") >= MIN_TEXT_CONTRAST,
        "{shade}"
    );
    assert_eq!(
        config.primary_color, shade,
        "the widget uses the readable shade"
    );
    assert!(
        warnings[0].message().starts_with(
            "White text on it (and it as text on the widget's pale panel) has a contrast of 1:1,"
        ),
        "{}",
        warnings[0].message()
    );
}

#[test]
fn every_bad_attribute_is_warned_with_what_is_used_instead() {
    let long = "x".repeat(201);
    let cases: &[(&str, &str, &str)] = &[
        ("clinic-name", "   ", ""),
        ("doctor", "\u{0}\u{7}", ""),
        ("address", &long, ""),
        ("phone", "call us!", ""),
        ("phone", "123", ""),
        ("booking-url", "javascript:alert(1)", ""),
        ("time-zone", "Pacific Time", ""),
        ("time-zone", "Mars/Olympus_Mons", ""),
        ("lang", "fr", "the browser's language"),
        ("cta-text", "", "the default text"),
        ("primary-color", "blue-ish", DEFAULT_PRIMARY_COLOR),
        ("corner-radius", "40px", "8px"),
        ("heading-level", "h7", "2"),
        ("heading-level", "second", "2"),
        ("paths", "fast", "quick detailed"),
        ("paths", "detailed sideways", "detailed"),
        ("paths", "", "quick detailed"),
        ("utm-params", "utm_source <script> rc_verdict", "utm_source"),
        ("share-verdict", "maybe", "false"),
        ("analytics-verdict", "yes please", "false"),
        (
            "cta-text-es",
            &"x".repeat(81),
            "cta-text, or the default text",
        ),
        ("hour-cycle", "24-hour", "h12"),
        ("directions", "sometimes", "on"),
        (
            "mailing-list-url",
            "javascript:alert(1)",
            "no mailing list link",
        ),
        ("mailing-list-url", "/newsletter", "no mailing list link"),
    ];
    for &(attribute, value, used) in cases {
        let (_, warnings) = config_from(&complete_with(&[(attribute, value)]));
        assert_eq!(warnings.len(), 1, "{attribute}={value:?}: {warnings:?}");
        let warning = &warnings[0];
        assert_eq!(warning.attribute, attribute);
        assert_eq!(warning.used.value(), used, "{attribute}={value:?}");
        assert!(warning.reason.is_some(), "{attribute}={value:?} says why");
        if value.chars().count() <= 80 {
            assert_eq!(warning.value.as_deref(), Some(value));
        }
    }
}

#[test]
fn directions_are_on_unless_switched_off_and_a_mailing_list_link_is_taken_when_valid() {
    let (config, warnings) = config_from(COMPLETE);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(config.directions);
    assert_eq!(config.mailing_list_url, None);
    let (config, warnings) = config_from(&complete_with(&[
        ("directions", " OFF "),
        (
            "mailing-list-url",
            " https://clinic.test/newsletter?src=widget ",
        ),
    ]));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!config.directions);
    assert_eq!(
        config.mailing_list_url.as_deref(),
        Some("https://clinic.test/newsletter?src=widget")
    );
    // The maps search carries the clinic's own name and address, nothing of the visitor's.
    assert_eq!(
        resistance_check::clinic::directions_href("Sunset Skin", "1 Ventura Blvd, Encino, CA"),
        "https://www.google.com/maps/search/?api=1&query=Sunset%20Skin%2C%201%20Ventura%20Blvd%2C%20Encino%2C%20CA"
    );
    assert_eq!(
        resistance_check::clinic::directions_href("", "Encino, CA"),
        "https://www.google.com/maps/search/?api=1&query=Encino%2C%20CA"
    );
}

#[test]
fn the_call_link_takes_the_international_form_where_the_time_zone_places_the_number() {
    let href = |pairs: &[(&str, &str)]| config_from(&complete_with(pairs)).0.phone.unwrap().href;
    assert_eq!(href(&[]), "tel:+18185550142");
    assert_eq!(href(&[("phone", "1 818 555 0142")]), "tel:+18185550142");
    assert_eq!(
        href(&[("phone", "+34 912 345 678"), ("time-zone", "Europe/Madrid")]),
        "tel:+34912345678"
    );
    // Ten digits in Mexico City are not a +1 number; nor is a local number without a zone.
    assert_eq!(
        href(&[
            ("phone", "55 1234 5678"),
            ("time-zone", "America/Mexico_City")
        ]),
        "tel:5512345678"
    );
    let (config, _) = config_from(&[("phone", "(818) 555-0142")]);
    assert_eq!(config.phone.unwrap().href, "tel:8185550142");
}

#[test]
fn warnings_read_well_in_the_console() {
    let (_, warnings) = config_from(&complete_with(&[("primary-color", "blue-ish")]));
    assert_eq!(
        warnings[0].to_string(),
        r##"attribute "primary-color": "blue-ish" is not valid (it is not a colour written as # and six (or three) hexadecimal digits, such as #1f6f78); using "#1f6f78""##
    );
    let (_, warnings) = config_from(&complete_with(&[("booking-url", "htps://x.test")]));
    assert_eq!(
        warnings[0].to_string(),
        r#"attribute "booking-url": "htps://x.test" is not valid (only web addresses starting with https:// (or http://) can be used, and this one starts with "htps:"); showing no booking button"#
    );
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
        "book",
        "https:evil.test",
        "https://",
        "https:///path",
        "https://user:pass@evil.test/",
        "https://clinic.test@evil.test/",
        "https:\\\\evil.test",
        "https://evil.test\\@clinic.test",
        "https://clinic.test/a b",
        "https://clinic.test:99999/",
        "ftp://clinic.test/",
        "",
    ] {
        assert!(booking_url(bad, &StandIn).is_err(), "{bad:?}");
        let (config, warnings) = config_from(&complete_with(&[("booking-url", bad)]));
        assert_eq!(config.booking_url, None, "{bad:?}");
        assert_eq!(attributes(&warnings), ["booking-url"], "{bad:?}");
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
            booking_url(good, &StandIn).ok().as_deref(),
            Some(stored),
            "{good:?}"
        );
    }
}

#[test]
fn phones_and_time_zones() {
    let ok = phone(" +1 (818) 555-0100 ").unwrap();
    assert_eq!(
        (ok.text.as_str(), ok.href.as_str()),
        ("+1 (818) 555-0100", "tel:+18185550100")
    );
    assert_eq!(phone("818.555.0100").unwrap().href, "tel:8185550100");
    for (bad, why) in [
        ("555-01", "it has 5 digits"),
        ("1+818 555 0100", "\"+\" can only come first"),
        ("818 555 0100 x12", "letters"),
        ("818/555/0100", "it has \"/\""),
        ("1234567890123456", "16 digits"),
        ("", "empty"),
    ] {
        let reason = phone(bad).unwrap_err().reason;
        assert!(reason.contains(why), "{bad:?}: {reason}");
    }
    for zone in [
        "America/Los_Angeles",
        "America/Argentina/Buenos_Aires",
        "Etc/GMT+5",
        "America/Port-au-Prince",
    ] {
        assert_eq!(time_zone(zone, &StandIn).ok().as_deref(), Some(zone));
    }
    assert_eq!(time_zone("utc", &StandIn).ok().as_deref(), Some("UTC"));
    for bad in [
        "",
        "PST",
        "Pacific",
        "Los Angeles",
        "America/",
        "/UTC",
        "a/b/c/d",
        "America/<b>",
        "Europe/Atlantis",
    ] {
        assert!(time_zone(bad, &StandIn).is_err(), "{bad}");
    }
}

#[test]
fn the_element_s_own_links_stand_in_and_nothing_else_does() {
    let own = OwnContacts {
        booking_url: Some("https://clinic.test/book?from=site".into()),
        phone: Some(" (818) 555-0100 ".into()),
    };
    let typo = getter(&[
        ("clinic-name", "C"),
        ("time-zone", "UTC"),
        ("booking-url", "htps://clinic.test/book"),
    ]);
    let (config, warnings) = ClinicConfig::from_attributes(&typo, None, &own, &StandIn);
    assert_eq!(
        config.booking_url.as_deref(),
        Some("https://clinic.test/book?from=site")
    );
    assert_eq!(
        config.phone.map(|p| p.text).as_deref(),
        Some("(818) 555-0100")
    );
    // Reported, as a warning (visitors still get a booking link), naming the stand-in.
    assert_eq!(attributes(&warnings), ["booking-url"]);
    assert!(!warnings[0].is_error);
    assert_eq!(
        warnings[0].used.value(),
        "https://clinic.test/book?from=site"
    );

    // Links that would not pass as attributes do not pass as stand-ins either.
    let unusable = OwnContacts {
        booking_url: Some("javascript:alert(1)".into()),
        phone: Some("call us".into()),
    };
    let (config, warnings) = ClinicConfig::from_attributes(&getter(&[]), None, &unusable, &StandIn);
    assert_eq!((config.booking_url, config.phone), (None, None));
    assert!(
        warnings.iter().filter(|w| w.is_error).count() == 2,
        "{warnings:?}"
    );
}

#[test]
fn hours_warnings_join_attribute_warnings() {
    let (config, warnings) = ClinicConfig::from_attributes(
        &getter(&complete_with(&[("corner-radius", "big")])),
        Some(r#"{"openingHoursSpecification": 7}"#),
        &OwnContacts::default(),
        &StandIn,
    );
    assert_eq!(
        attributes(&warnings),
        [
            "corner-radius",
            "hours.openingHoursSpecification[0]",
            "hours.openingHoursSpecification"
        ]
    );
    assert_eq!(warnings[1].value.as_deref(), Some("7"));
    assert_eq!(config.hours, WeeklyHours::default());
}

fn check(pairs: &[(&str, &str)]) -> ConfigCheck {
    check_config(&getter(pairs), None, &StandIn)
}

#[test]
fn check_config_gives_the_widget_s_warnings_worded_for_a_person() {
    let pairs = complete_with(&[
        ("phone", "818-555-O142"),
        ("booking-url", "sunsetskin.com/book"),
        ("primary-color", "#ffff66"),
        ("time-zone", "Pacific"),
    ]);
    let answer = check(&pairs);
    let (_, warnings) = config_from(&pairs);
    // The same list, in the same order, as the widget logs: the console lines match.
    let console: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    let problems: Vec<String> = answer.problems.iter().map(|p| p.console.clone()).collect();
    assert_eq!(problems, console);
    let by_attribute = |name: &str| {
        answer
            .problems
            .iter()
            .find(|p| p.attribute == name)
            .unwrap()
    };
    let phone = by_attribute("phone");
    assert_eq!(phone.level, "error");
    assert_eq!(phone.value.as_deref(), Some("818-555-O142"));
    assert_eq!(phone.consequence, "The widget shows no call link.");
    assert_eq!(phone.suggestion.as_deref(), Some("818-555-0142"));
    assert_eq!(
        by_attribute("booking-url").suggestion.as_deref(),
        Some("https://sunsetskin.com/book")
    );
    assert_eq!(by_attribute("time-zone").level, "warning");
    for problem in &answer.problems {
        assert!(problem.message.ends_with('.'), "{}", problem.message);
        assert!(
            problem.message.starts_with(char::is_uppercase),
            "{}",
            problem.message
        );
    }
    // Nothing that failed is offered for the snippet's fallback links.
    assert_eq!((answer.phone_href, answer.booking_url), (None, None));
}

#[test]
fn check_config_passes_a_complete_clinic_and_hands_back_its_links() {
    let answer = check(COMPLETE);
    assert!(answer.problems.is_empty(), "{:?}", answer.problems);
    assert_eq!(answer.phone_href.as_deref(), Some("tel:+18185550142"));
    assert_eq!(
        answer.booking_url.as_deref(),
        Some("https://sunsetskin.test/book")
    );
    // The suggested fixes pass the same check.
    let fixed = check(&complete_with(&[
        ("phone", "818-555-0142"),
        ("booking-url", "https://sunsetskin.com/book"),
    ]));
    assert!(fixed.problems.is_empty(), "{:?}", fixed.problems);
}

#[test]
fn check_config_requires_the_name_and_both_contacts() {
    let answer = check(&[]);
    let required: Vec<(&str, &str)> = answer
        .problems
        .iter()
        .map(|p| (p.attribute.as_str(), p.level))
        .collect();
    assert_eq!(
        required,
        [
            ("clinic-name", "warning"),
            ("phone", "error"),
            ("booking-url", "error"),
            ("time-zone", "warning")
        ]
    );
    assert!(answer.problems.iter().all(|p| p.value.is_none()));
    // Hours problems come through with their JSON path.
    let hours = check_config(&getter(COMPLETE), Some("{not json"), &StandIn);
    assert_eq!(hours.problems.len(), 1);
    assert_eq!(hours.problems[0].attribute, "hours");
}

#[test]
fn default_utm_list_and_colour() {
    assert_eq!(ClinicConfig::default().utm_params, DEFAULT_UTM_PARAMS);
    assert_eq!(
        rules::primary_color("#1F6F78"),
        Ok(DEFAULT_PRIMARY_COLOR.to_string())
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn accepted_urls_are_http_with_a_host(url in "\\PC{0,40}") {
            if let Ok(clean) = booking_url(&url, &StandIn) {
                prop_assert!(clean.starts_with("https://") || clean.starts_with("http://"));
                prop_assert!(!clean.chars().any(|c| c.is_control() || c.is_whitespace()));
            }
        }

        #[test]
        fn suggestions_pass_their_own_rule(text in "[a-zA-Z0-9 ()./:#-]{0,20}") {
            let (_, warnings) = config_from(&[("phone", &text), ("booking-url", &text), ("primary-color", &text)]);
            for warning in warnings {
                if let Some(fixed) = warning.suggestion {
                    let (_, again) = config_from(&[(warning.attribute.as_str(), fixed.as_str())]);
                    prop_assert!(again.iter().all(|w| w.attribute != warning.attribute), "{} -> {}", text, fixed);
                }
            }
        }
    }
}

#[test]
fn hours_problems_say_how_to_write_times_and_dates() {
    let answer = check_config(
        &getter(COMPLETE),
        Some(
            r#"{"openingHoursSpecification":[{"dayOfWeek":"Monday","opens":"","closes":"17:00"}],
                "specialOpeningHoursSpecification":[{"validFrom":"Christmas"}]}"#,
        ),
        &StandIn,
    );
    let lines: Vec<(&str, &str)> = answer
        .problems
        .iter()
        .map(|p| (p.attribute.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "hours.openingHoursSpecification[0].opens",
                "A time is written HH:MM on a 24-hour clock, such as 09:30 or 17:00."
            ),
            (
                "hours.openingHoursSpecification",
                "No entry of the regular week could be used."
            ),
            (
                "hours.specialOpeningHoursSpecification[0].validFrom",
                "A date is written YYYY-MM-DD, such as 2026-12-24."
            ),
        ]
    );
    // A week with no opening at all is reported too.
    let closed = check_config(
        &getter(COMPLETE),
        Some(
            r#"{"openingHoursSpecification":[{"dayOfWeek":["Monday","Sunday"],"opens":"00:00","closes":"00:00"}]}"#,
        ),
        &StandIn,
    );
    assert_eq!(closed.problems.len(), 1);
    assert!(closed.problems[0].message.contains("never open"));
}

#[test]
fn the_booking_text_can_be_given_per_language() {
    let (config, warnings) = config_from(&complete_with(&[
        ("cta-text", "Book your visit"),
        ("cta-text-es", "  Reserve su   visita "),
    ]));
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
        let (config, warnings) = config_from(&complete_with(&[("hour-cycle", value)]));
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
            let (config, warnings) = config_from(&complete_with(&[(attribute, value)]));
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
    let (config, _) = config_from(&complete_with(&[("share-verdict", "")]));
    let url = config.booking_url.clone().unwrap();
    let link = |verdict: Verdict| {
        booking_href(
            &url,
            "?utm_source=news",
            &config.utm_params,
            config.verdict_for_booking(verdict),
        )
    };
    assert_eq!(link(Verdict::SeekCare), format!("{url}?utm_source=news"));
    for &verdict in Verdict::ALL.iter().filter(|&&v| v != Verdict::SeekCare) {
        assert_eq!(
            link(verdict),
            format!("{url}?utm_source=news&rc_verdict={}", verdict.id())
        );
    }
}

#[test]
fn the_emergency_number_is_the_clinic_s_else_its_country_s_else_none() {
    // Each listed country, by the office's time zone.
    for (zone, number) in [
        ("America/Los_Angeles", "911"),
        ("America/New_York", "911"),
        ("America/Indiana/Indianapolis", "911"),
        ("Pacific/Honolulu", "911"),
        ("America/Toronto", "911"),
        ("America/Mexico_City", "911"),
        ("Europe/Madrid", "112"),
        ("Atlantic/Canary", "112"),
        ("Europe/Paris", "112"),
        ("Europe/Berlin", "112"),
        ("Europe/Dublin", "112"),
        ("Europe/London", "999"),
        ("Australia/Sydney", "000"),
        ("Australia/Perth", "000"),
    ] {
        let (config, warnings) = config_from(&complete_with(&[("time-zone", zone)]));
        assert!(warnings.is_empty(), "{zone}: {warnings:?}");
        assert_eq!(config.emergency_number().as_deref(), Some(number), "{zone}");
    }
    // A country the table does not list, a zone the browser does not know, or none: the
    // generic wording, no number.
    for zone in ["Europe/Zurich", "Asia/Tokyo", "Mars/Olympus_Mons"] {
        let (config, _) = config_from(&complete_with(&[("time-zone", zone)]));
        assert_eq!(config.emergency_number(), None, "{zone}");
    }
    let (config, _) = config_from(&[("clinic-name", "Sunset Skin")]);
    assert_eq!(config.emergency_number(), None);
    // The clinic's own number wins, whatever the zone.
    let (config, warnings) = config_from(&complete_with(&[("emergency-number", " 112 ")]));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.emergency_number().as_deref(), Some("112"));
    // A mistyped one is refused with its reason, and the country's is used.
    let (config, warnings) = config_from(&complete_with(&[("emergency-number", "9-1-1")]));
    assert_eq!(attributes(&warnings), ["emergency-number"]);
    assert!(
        warnings[0].to_string().contains("2 to 6 digits"),
        "{}",
        warnings[0]
    );
    assert_eq!(config.emergency_number().as_deref(), Some("911"));
}
