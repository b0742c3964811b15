//! The engine's own JSON reader against serde_json: it accepts and refuses the same texts,
//! and a history read through it is the history read through serde_json, refused at the
//! same field when refused.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use resistance_check::date::Date;
use resistance_check::engine::json::Json;
use resistance_check::engine::{assess, export, history_from_json, history_from_value};
use serde_json::{json, Value};

fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

/// Any JSON value, nested a few levels, with the contract's field names among the keys so
/// that the history reader gets past the root often.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|n| json!(n)),
        any::<i64>().prop_map(|n| json!(n)),
        (0u32..1200).prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(&["botox", "full", "2026-01-05", "2026-02", "frown_lines"][..])
            .prop_map(|text| json!(text)),
    ];
    let key = prop_oneof![
        ".{0,8}",
        prop::sample::select(
            &[
                "treatments",
                "date",
                "product",
                "units",
                "result",
                "areas",
                "assessed_on",
                "lasted_weeks",
                "red_flags",
                "sex",
            ][..]
        )
        .prop_map(String::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn accepts_and_refuses_what_serde_json_does(text in r#"[\[\]{}",:0-9eE.+\- a-z\\/u]{0,24}"#) {
        prop_assert_eq!(
            Json::parse(&text).is_ok(),
            serde_json::from_str::<Value>(&text).is_ok(),
            "{}", text
        );
    }

    #[test]
    fn reads_decimals_to_the_same_double_as_rust(
        number in prop_oneof![any::<f64>(), (0u32..100_000u32, 0u32..4).prop_map(|(n, p)| f64::from(n) / 10f64.powi(p as i32))],
        digits in 0usize..18,
    ) {
        prop_assume!(number.is_finite());
        for text in [format!("{number}"), format!("{number:e}"), format!("{number:.digits$}")] {
            let ours = resistance_check::engine::json::parse_decimal(&text);
            prop_assert_eq!(ours.map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,60}") {
        let _ = Json::parse(&text);
    }

    #[test]
    fn reads_histories_as_the_serde_json_path_does(value in any_json()) {
        let text = value.to_string();
        match (history_from_json(&text, today()), history_from_value(&value, today())) {
            (Ok(ours), Ok(theirs)) => prop_assert_eq!(ours, theirs),
            (Err(ours), Err(theirs)) => prop_assert_eq!(ours.path, theirs.path),
            (ours, theirs) => prop_assert!(false, "{}: ours {:?}, serde_json {:?}", text, ours, theirs),
        }
    }

    #[test]
    fn reads_back_the_text_it_writes(value in any_json()) {
        let text = value.to_string();
        let parsed = Json::parse(&text).unwrap();
        prop_assert_eq!(Json::parse(&parsed.to_text()).unwrap(), parsed);
    }
}

/// Every vignette's history and assessment, written by hand, are the texts serde_json writes.
#[test]
fn the_hand_written_json_is_serde_jsons_on_every_vignette() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut compared = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let vignette: Value = serde_json::from_str(&text).unwrap();
        let Ok(history) = history_from_value(&vignette["history"], today()) else {
            continue;
        };
        let assessment = assess(&history);
        assert_eq!(
            export::assessment_json(&assessment),
            serde_json::to_string(&assessment).unwrap()
        );
        assert_eq!(
            export::history_json(&history),
            serde_json::to_string(&history).unwrap()
        );
        assert_eq!(
            export::history_json_pretty(&history),
            serde_json::to_string_pretty(&history).unwrap()
        );
        compared += 1;
    }
    assert!(compared >= 40, "only {compared} vignettes compared");
}
