//! The widget's attribute and office-hours checks, run on sample values and written to
//! `tests/wordpress/rules-cases.json`: what the widget uses for each value, or the warning it
//! gives. The WordPress plugin checks settings in PHP before saving them, and
//! `tests/wordpress/conformance.php` runs these cases through it, so the two sets of rules
//! cannot drift apart unnoticed. It also writes `tests/web/readings-cases.json`, what the
//! widget reads from `lang`, `paths` and the opt-ins, for the loader's own readings
//! (tests/web/readings.test.mjs). These tests fail when a file is not what the Rust code
//! says today; `RC_WRITE_WORDPRESS_CASES=1 cargo test --test wordpress_rules` rewrites both.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::clinic::attributes::{attribute, ATTRIBUTES};
use resistance_check::clinic::emergency::{zones_of, Country};
use resistance_check::clinic::{ClinicConfig, OwnContacts, WeeklyHours};
use serde_json::{json, Map, Value};

mod stand_in;
use stand_in::StandIn;
mod stored;
use stored::used;

/// A clinic that gives its name, contacts and time zone, correctly: each sample replaces one
/// of these (or joins them), so that its own warning is the only one.
const COMPLETE: &[(&str, &str)] = &[
    ("clinic-name", "Sunset Skin"),
    ("phone", "(818) 555-0142"),
    ("booking-url", "https://sunsetskin.test/book"),
    ("time-zone", "America/Los_Angeles"),
];

const CASES_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/wordpress/rules-cases.json"
);

/// Sample values per attribute: each rule's edges, from the native tests and the README.
fn attribute_samples() -> Vec<(&'static str, Vec<String>)> {
    let s = |values: &[&str]| values.iter().map(|v| v.to_string()).collect::<Vec<_>>();
    // Free text at and past the table's limit (src/clinic/attributes.rs).
    let text = |name: &str| {
        let max = attribute(name).map_or(0, |attribute| usize::from(attribute.max));
        let mut values = s(&[
            "Encino Skin",
            "  two\n  lines ",
            "a\u{7}b",
            "",
            "   ",
            "\"><script>alert(1)</script>",
        ]);
        values.extend(["x".repeat(max), "x".repeat(max + 1), "é".repeat(max)]);
        values
    };
    vec![
        ("clinic-name", text("clinic-name")),
        ("doctor", text("doctor")),
        ("address", text("address")),
        ("cta-text", text("cta-text")),
        ("cta-text-en", text("cta-text-en")),
        ("cta-text-es", text("cta-text-es")),
        (
            "hour-cycle",
            s(&["h12", "h23", "H24", "h11", " h23 ", "24", "24h", ""]),
        ),
        (
            "phone",
            s(&[
                "(555) 010-0199",
                "818-555-O142",
                "818-555-0I42",
                "555-CALL-NOW",
                "+1 818+555 0100",
                "818/555/0100",
                " +1 (818) 555-0100 ",
                "818.555.0100",
                "+34 912 345 678",
                "555-01",
                "555-010",
                "555-0100",
                "+123 456 789 012 345",
                "1+818 555 0100",
                "818 555 0100 x12",
                "1234567890123456",
                "",
            ]),
        ),
        (
            "booking-url",
            s(&[
                "https://clinic.example/book",
                "sunsetskin.com/book",
                "https:clinic.example",
                "https:///clinic.example",
                "HTTPS://Clinic.example/Book?x=1#y",
                "http://localhost:8080/x",
                " https://clinic.example/book ",
                "https://exámple.com/",
                "java\tscript:alert(1)",
                "javascript:alert(1)",
                "data:text/html,x",
                "/book",
                "//clinic.example/book",
                "https://user:pw@evil.example/",
                "https://clinic.example:99999/",
                "https://clinic.example:/",
                "https://exa mple.com",
                "https://clinic.example\\@evil",
                "https://",
                "https://-/",
                "https://a.example/\"><script>",
            ]),
        ),
        (
            "time-zone",
            s(&[
                "America/Los_Angeles",
                "America/Argentina/Buenos_Aires",
                "Etc/GMT+5",
                "utc",
                "Europe/Madrid",
                "",
                "PST",
                "Los Angeles",
                "America/",
                "/UTC",
                "America/Los Angeles",
                "a/b/c/d",
                "America/<b>",
                "Mars/Olympus_Mons",
            ]),
        ),
        (
            "lang",
            s(&["en", "es", "es-MX", "EN_us", "auto", "AUTO", "fr", "", "e"]),
        ),
        (
            "primary-color",
            s(&[
                "#1f6f78",
                "#1F4E99",
                "#000",
                "#abc",
                "#ffff00",
                "#ffff66",
                "#FC0",
                "blue",
                "#1f6f7",
                "#1f6f78ff",
                "",
            ]),
        ),
        (
            "corner-radius",
            s(&[
                "12", " 0px ", "24", "08", "25", "-1", "8.5", "px", "", "+8", "008",
            ]),
        ),
        (
            "paths",
            s(&[
                "quick",
                "detailed",
                "Quick, detailed",
                "detailed quick",
                "fast",
                "quick fast",
                "",
            ]),
        ),
        (
            "utm-params",
            s(&[
                "utm_source gclid",
                "utm_source,utm_source",
                "",
                "rc_verdict",
                "utm_source rc_verdict",
                "a b<c",
                &"x".repeat(41),
            ]),
        ),
        (
            "share-verdict",
            s(&["", "true", "TRUE", "share-verdict", "false", "yes"]),
        ),
        (
            "directions",
            s(&[
                "",
                "on",
                " OFF ",
                "off",
                "true",
                "false",
                "no",
                "directions",
            ]),
        ),
        (
            "mailing-list-url",
            s(&[
                "https://clinic.example/newsletter",
                " HTTPS://Clinic.example/News?x=1 ",
                "clinic.example/newsletter",
                "javascript:alert(1)",
                "/newsletter",
                "",
            ]),
        ),
        (
            "analytics-verdict",
            s(&["", "true", "TRUE", "analytics-verdict", "false", "yes"]),
        ),
        (
            "heading-level",
            s(&["2", " h3 ", "H1", "4", "5", "0", "two", ""]),
        ),
        (
            "emergency-number",
            s(&["112", " 000 ", "911", "9-1-1", "1", "1234567", "", "abc"]),
        ),
    ]
}

/// A warning as the plugin shows it: the widget's text without "; using …" or "; showing
/// no …" (nothing is used: the typed value stays in the form).
fn refused(warning: &impl ToString) -> String {
    let text = warning.to_string();
    let cut = ["; using ", "; showing no "]
        .iter()
        .filter_map(|tail| text.rfind(tail))
        .max();
    cut.map_or(text.clone(), |at| text[..at].to_string())
}

fn attribute_cases() -> Vec<Value> {
    let mut cases = Vec::new();
    for (attribute, values) in attribute_samples() {
        for value in values {
            let get = |name: &str| {
                if name == attribute {
                    return Some(value.clone());
                }
                let complete = COMPLETE.iter().find(|(complete, _)| *complete == name);
                complete.map(|(_, good)| good.to_string())
            };
            let (config, warnings) =
                ClinicConfig::from_attributes(&get, None, &OwnContacts::default(), &StandIn);
            let own: Vec<_> = warnings
                .iter()
                .filter(|w| w.attribute == attribute)
                .collect();
            assert_eq!(
                own.len(),
                warnings.len(),
                "{attribute}={value:?}: {warnings:?}"
            );
            cases.push(match own.first() {
                None => json!({ "attribute": attribute, "value": value, "uses": used(&config, attribute) }),
                Some(warning) => json!({ "attribute": attribute, "value": value, "refused": refused(warning) }),
            });
        }
    }
    cases
}

/// Form rows as schema.org entries: `keys` maps each form field to its JSON name, and a field
/// is left out when nothing was typed in it (so that a missing time is reported as missing),
/// unless it is one of `always`.
fn entries(rows: &Value, keys: &[(&str, &str)], always: &[&str]) -> Vec<Value> {
    let entry = |row: &Value| {
        let mut out = Map::new();
        for (field, name) in keys {
            let empty = match &row[*field] {
                Value::String(text) => text.is_empty(),
                Value::Array(items) => items.is_empty(),
                other => other.is_null(),
            };
            if !empty || always.contains(field) {
                out.insert(name.to_string(), row[*field].clone());
            }
        }
        Value::Object(out)
    };
    rows.as_array().unwrap().iter().map(entry).collect()
}

/// The rows of the settings form as the JSON the widget reads.
fn hours_json(weekly: &Value, special: &Value) -> String {
    let week = entries(
        weekly,
        &[
            ("days", "dayOfWeek"),
            ("opens", "opens"),
            ("closes", "closes"),
        ],
        &[],
    );
    let special_keys = [
        ("from", "validFrom"),
        ("through", "validThrough"),
        ("opens", "opens"),
        ("closes", "closes"),
        ("name", "name"),
    ];
    let specials = entries(special, &special_keys, &["from"]);
    json!({ "openingHoursSpecification": week, "specialOpeningHoursSpecification": specials })
        .to_string()
}

fn hours_cases() -> Vec<Value> {
    let day = |days: &[&str], opens: &str, closes: &str| json!({ "days": days, "opens": opens, "closes": closes });
    let special = |from: &str, through: &str, opens: &str, closes: &str, name: &str| json!({ "from": from, "through": through, "opens": opens, "closes": closes, "name": name });
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday"];
    let samples = [
        (
            json!([
                day(&weekdays, "10:00", "17:00"),
                day(&["Friday"], "10:00", "16:00")
            ]),
            json!([]),
        ),
        (
            json!([
                day(&["Saturday"], "", ""),
                day(&["Sunday"], "00:00", "00:00"),
                day(&["Friday"], "09:00", "24:00")
            ]),
            json!([]),
        ),
        (json!([day(&weekdays, "17:00", "10:00")]), json!([])),
        (json!([day(&weekdays, "10:00", "")]), json!([])),
        (json!([day(&weekdays, "", "17:00")]), json!([])),
        (json!([day(&weekdays, "24:00", "17:00")]), json!([])),
        (json!([day(&weekdays, "10:00", "17:60")]), json!([])),
        (json!([day(&[], "10:00", "17:00")]), json!([])),
        (json!([]), json!([])),
        (
            json!([day(&weekdays, "10:00", "17:00")]),
            json!([
                special("2026-12-24", "2026-12-26", "", "", "Holidays"),
                special("2026-12-31", "", "10:00", "13:00", "New Year's Eve")
            ]),
        ),
        (
            json!([day(&weekdays, "10:00", "17:00")]),
            json!([special("2026-02-30", "", "", "", "")]),
        ),
        (
            json!([day(&weekdays, "10:00", "17:00")]),
            json!([special("2026-12-26", "2026-12-24", "", "", "")]),
        ),
        (
            json!([day(&weekdays, "10:00", "17:00")]),
            json!([special("", "", "", "", "Closed")]),
        ),
        (
            json!([day(&weekdays, "10:00", "17:00")]),
            json!([special("2026-12-31", "", "13:00", "10:00", "")]),
        ),
    ];
    samples
        .into_iter()
        .map(|(weekly, special)| {
            let (_, warnings) = WeeklyHours::from_json(&hours_json(&weekly, &special));
            let refused: Vec<String> = warnings.iter().map(refused).collect();
            json!({ "weekly": weekly, "special": special, "refused": refused })
        })
        .collect()
}

/// The call link the widget makes of a phone in an office's time zone (its international
/// form where the zone places the number), which the plugin's fallback link must equal.
fn tel_cases() -> Vec<Value> {
    let phones = [
        "(818) 555-0142",
        "1 818 555 0142",
        "+34 912 345 678",
        "55 1234 5678",
        "555-0100",
        "020 123 4567",
    ];
    // Every zone the widget places in the United States or Canada (a prefix by a zone under
    // it), so the plugin's copy of that list is held to the widget's, and a few outside.
    let mut zones: Vec<String> = [Country::UnitedStates, Country::Canada]
        .into_iter()
        .flat_map(|country| zones_of(country).iter())
        .map(|zone| match zone.strip_suffix('/') {
            Some(prefix) => format!("{prefix}/Somewhere"),
            None => zone.to_string(),
        })
        .collect();
    zones.extend(["America/Mexico_City", "Europe/Madrid", ""].map(String::from));
    let mut cases = Vec::new();
    for phone in phones {
        for zone in &zones {
            let get = |name: &str| match name {
                "phone" => Some(phone.to_string()),
                "time-zone" => (!zone.is_empty()).then(|| zone.to_string()),
                _ => None,
            };
            let (config, _) =
                ClinicConfig::from_attributes(&get, None, &OwnContacts::default(), &StandIn);
            let href = config.phone.map(|phone| phone.href).unwrap_or_default();
            cases.push(json!({ "phone": phone, "time_zone": zone, "href": href }));
        }
    }
    cases
}

#[test]
fn plugin_cases_match_the_widgets_rules() {
    let cases = json!({
        "about": "Generated by tests/wordpress_rules.rs from the widget's own checks; checked against the WordPress plugin by tests/wordpress/conformance.php.",
        "attributes": attribute_cases(),
        "hours": hours_cases(),
        "tel": tel_cases(),
    });
    assert_current(
        CASES_FILE,
        &cases,
        "the WordPress stage's conformance check (php tests/wordpress/conformance.php)",
    );
}

/// Fails unless `path` holds `cases` (rewrites it first with RC_WRITE_WORDPRESS_CASES);
/// `then` says what to run after a rewrite.
fn assert_current(path: &str, cases: &Value, then: &str) {
    let text = serde_json::to_string_pretty(cases).unwrap() + "\n";
    if std::env::var_os("RC_WRITE_WORDPRESS_CASES").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == text,
        "{path} is not what the widget's rules give today: run RC_WRITE_WORDPRESS_CASES=1 cargo test --test wordpress_rules, then {then}"
    );
}

#[test]
fn every_attribute_of_the_table_has_samples() {
    let sampled: Vec<&str> = attribute_samples().iter().map(|(name, _)| *name).collect();
    for declared in ATTRIBUTES {
        assert!(
            sampled.contains(&declared.name),
            "{} (src/clinic/attributes.rs) has no samples here",
            declared.name
        );
    }
    assert_eq!(sampled.len(), ATTRIBUTES.len(), "{sampled:?}");
}

const READINGS_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/web/readings-cases.json");

/// The widget's configuration with `attribute` set to `value` (`None`: absent) on the
/// complete clinic, and whether it refused the value.
fn read_one(attribute: &str, value: Option<&str>) -> (ClinicConfig, bool) {
    let get = |name: &str| {
        if name == attribute {
            return value.map(str::to_string);
        }
        let complete = COMPLETE.iter().find(|(complete, _)| *complete == name);
        complete.map(|(_, good)| good.to_string())
    };
    let (config, warnings) =
        ClinicConfig::from_attributes(&get, None, &OwnContacts::default(), &StandIn);
    let refused = warnings.iter().any(|w| w.attribute == attribute);
    (config, refused)
}

/// What the wasm reads from `lang`, `paths`, the two opt-ins and `primary-color`, for every sample value and
/// for the attribute's absence: the cases tests/web/readings.test.mjs runs the loader's own
/// readings over (web/loader/readings.js), so that the first step it shows is the wasm's.
fn readings_cases() -> Value {
    let samples = attribute_samples();
    let values = |name: &str| {
        let given = samples.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        let mut values: Vec<Option<String>> = vec![None];
        values.extend(given.into_iter().flatten().cloned().map(Some));
        values
    };
    let lang: Vec<Value> = values("lang")
        .into_iter()
        .map(|value| {
            let (config, refused) = read_one("lang", value.as_deref());
            let uses = config.language.map(|language| language.code());
            json!({ "value": value, "uses": uses, "refused": refused })
        })
        .collect();
    let paths: Vec<Value> = values("paths")
        .into_iter()
        .map(|value| {
            let (config, refused) = read_one("paths", value.as_deref());
            json!({ "value": value, "uses": used(&config, "paths"), "refused": refused })
        })
        .collect();
    let mut opt_ins = Vec::new();
    for attribute in ["analytics-verdict", "share-verdict"] {
        for value in values(attribute) {
            let (config, refused) = read_one(attribute, value.as_deref());
            let on = used(&config, attribute) == "1";
            opt_ins.push(
                json!({ "attribute": attribute, "value": value, "on": on, "refused": refused }),
            );
        }
    }
    // The launcher shows in the clinic's colour before the wasm has come (web/loader/modes/).
    let colors: Vec<Value> = values("primary-color")
        .into_iter()
        .map(|value| {
            let (config, refused) = read_one("primary-color", value.as_deref());
            json!({ "value": value, "uses": config.primary_color, "refused": refused })
        })
        .collect();
    // The prerendered step's heading shows at the host's level before the wasm has come.
    let heading_levels: Vec<Value> = values("heading-level")
        .into_iter()
        .map(|value| {
            let (config, refused) = read_one("heading-level", value.as_deref());
            json!({ "value": value, "uses": config.heading_level.to_string(), "refused": refused })
        })
        .collect();
    json!({
        "about": "Generated by tests/wordpress_rules.rs from the widget's own reading of the element; `uses` null: the browser's language. Run over the loader's readings by tests/web/readings.test.mjs.",
        "lang": lang,
        "paths": paths,
        "opt-ins": opt_ins,
        "primary-color": colors,
        "heading-level": heading_levels,
    })
}

#[test]
fn loader_reading_cases_are_the_widgets() {
    assert_current(READINGS_FILE, &readings_cases(), "node --test tests/web/");
}
