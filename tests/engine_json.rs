//! The contract's JSON through serde: what is read, what is refused and at which field, how
//! refusals read in English and Spanish, and what is written back.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use resistance_check::clinic::Language;
use resistance_check::date::Date;
use resistance_check::engine::{
    assess, history_from_json, history_from_value, History, InputError, InputProblem, Provider,
};
use resistance_check::i18n::input_error_text;
use serde_json::{json, Value};

fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

fn error_of(text: &str) -> InputError {
    history_from_json(text, today()).unwrap_err()
}

fn english(text: &str) -> String {
    error_of(text).to_string()
}

fn with_treatment(treatment: &str) -> String {
    format!(r#"{{"assessed_on":"2026-11-28","treatments":[{treatment}]}}"#)
}

#[test]
fn reads_a_minimal_history_with_defaults() {
    let history = history_from_json(r#"{"treatments":[]}"#, today()).unwrap();
    assert_eq!(history, History::new(today()));
}

#[test]
fn names_the_field_and_the_reason() {
    let cases = [
        (
            with_treatment(r#"{"date":"2026-02-30","product":"botox","result":"full"}"#),
            "treatments[0].date: 2026-02-30 is not a calendar date",
        ),
        (
            with_treatment(r#"{"date":"2026-02-01","product":"botox","units":"20","result":"full"}"#),
            "treatments[0].units: \"20\" is not a number",
        ),
        (
            with_treatment(r#"{"date":"2026-02-01","product":"botax","result":"full"}"#),
            "treatments[0].product: \"botax\" is not one of botox, dysport, xeomin, jeuveau, daxxify, letybo, other, unknown",
        ),
        (
            with_treatment(r#"{"date":"2026-02-01","product":"botox"}"#),
            "treatments[0].result: required field is missing",
        ),
        (
            with_treatment(r#"{"date":null,"product":"botox","result":"full"}"#),
            "treatments[0].date: required field is missing",
        ),
        (
            with_treatment(r#"{"date":"2026-12","product":"botox","result":"full"}"#),
            "treatments[0].date: 2026-12 is after assessed_on 2026-11-28",
        ),
        (
            with_treatment(r#"{"date":"2026-11-29","product":"botox","result":"full"}"#),
            "treatments[0].date: 2026-11-29 is after assessed_on 2026-11-28",
        ),
        (
            with_treatment(r#"{"date":"2026-13","product":"botox","result":"full"}"#),
            "treatments[0].date: 2026-13 is not a calendar date",
        ),
        (
            with_treatment(r#"{"date":20260201,"product":"botox","result":"full"}"#),
            "treatments[0].date: 20260201 is not a date in the form YYYY-MM-DD or YYYY-MM",
        ),
        (
            with_treatment(r#"{"date":"2026-02-01","product":"botox","result":"full","uneven":"no"}"#),
            "treatments[0].uneven: \"no\" is not true or false",
        ),
        (
            with_treatment(r#"{"date":"2026-02-01","product":"botox","result":"full","areas":["lips"]}"#),
            "treatments[0].areas[0]: \"lips\" is not one of frown_lines, forehead, crows_feet, neck, jaw, other",
        ),
        (
            with_treatment(r#"["2026-02-01","botox"]"#),
            "treatments[0]: […] is not an object",
        ),
        ("[]".into(), "(root): […] is not an object"),
        ("\"history\"".into(), "(root): \"history\" is not an object"),
        ("{}".into(), "treatments: required field is missing"),
        (r#"{"treatments":null}"#.into(), "treatments: required field is missing"),
        (r#"{"treatments":{}}"#.into(), "treatments: {…} is not a list"),
        (
            r#"{"treatments":[],"red_flags":["fever"]}"#.into(),
            "red_flags[0]: \"fever\" is not one of swallowing, breathing, speech, vision, eyelids, weakness, bladder",
        ),
        (
            r#"{"treatments":[],"red_flags":"swallowing"}"#.into(),
            "red_flags: \"swallowing\" is not a list",
        ),
        (
            r#"{"treatments":[],"very_active":"yes"}"#.into(),
            "very_active: \"yes\" is not true or false",
        ),
        (
            r#"{"treatments":[],"autoimmune":1}"#.into(),
            "autoimmune: 1 is not true or false",
        ),
        (
            r#"{"treatments":[],"assessed_on":"2026-11"}"#.into(),
            "assessed_on: \"2026-11\" is not a date in the form YYYY-MM-DD",
        ),
        (
            r#"{"treatments":[],"purpose":"fun"}"#.into(),
            "purpose: \"fun\" is not one of cosmetic, medical",
        ),
        (
            r#"{"treatments":[],"sex":true}"#.into(),
            "sex: true is not one of female, male, unspecified",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(english(&text), message, "{text}");
    }
    assert_eq!(english("{"), "(root): the text is not JSON");
    assert_eq!(error_of("{").problem, InputProblem::NotJson);
}

#[test]
fn refuses_amounts_out_of_range() {
    let units = |units: &str| {
        english(&with_treatment(&format!(
            r#"{{"date":"2026-02-01","product":"botox","units":{units},"result":"full"}}"#
        )))
    };
    assert_eq!(units("0"), "treatments[0].units: 0 is not above zero");
    assert_eq!(units("-5"), "treatments[0].units: -5 is not above zero");
    assert_eq!(units("1000.5"), "treatments[0].units: 1000.5 is over 1000");
    assert_eq!(units("true"), "treatments[0].units: true is not a number");
    assert!(history_from_json(
        &with_treatment(r#"{"date":"2026-02-01","product":"botox","units":1000,"result":"full"}"#),
        today()
    )
    .is_ok());
    let weeks = |weeks: &str| {
        english(&with_treatment(&format!(
            r#"{{"date":"2026-02-01","product":"botox","result":"full","lasted_weeks":{weeks}}}"#
        )))
    };
    assert_eq!(weeks("105"), "treatments[0].lasted_weeks: 105 is over 104");
    assert_eq!(
        weeks("0"),
        "treatments[0].lasted_weeks: 0 is not above zero"
    );
    assert_eq!(
        weeks("\"12\""),
        "treatments[0].lasted_weeks: \"12\" is not a number"
    );
}

#[test]
fn names_the_field_in_spanish_too() {
    let spanish = |text: &str| input_error_text(Language::Es, &error_of(text));
    assert_eq!(
        spanish(&with_treatment(
            r#"{"date":"2026-02-01","product":"botox","units":"20","result":"full"}"#
        )),
        "treatments[0].units: \"20\" no es un número"
    );
    assert_eq!(
        spanish(&with_treatment(
            r#"{"date":"2026-02-01","product":"botox"}"#
        )),
        "treatments[0].result: falta este campo obligatorio"
    );
    assert_eq!(
        spanish(&with_treatment(
            r#"{"date":"2026-12","product":"botox","result":"full"}"#
        )),
        "treatments[0].date: 2026-12 es posterior a assessed_on (2026-11-28)"
    );
    assert_eq!(
        spanish(&with_treatment(
            r#"{"date":"2026-02-01","product":"botox","units":1200,"result":"full"}"#
        )),
        "treatments[0].units: 1200 es mayor que 1000"
    );
    assert_eq!(spanish("[]"), "(raíz): […] no es un objeto");
    assert_eq!(spanish("{"), "(raíz): el texto no es JSON");
    assert_eq!(
        spanish(r#"{"treatments":[],"sex":"x"}"#),
        "sex: \"x\" no es ninguno de estos valores: female, male, unspecified"
    );
}

#[test]
fn null_means_absent_and_extra_fields_are_ignored() {
    let text = with_treatment(
        r#"{"date":"2026-02","product":"botox","units":null,"areas":null,"provider":null,
            "result":"full","lasted_weeks":null,"uneven":null,"touch_up":null,"colour":"blue"}"#,
    );
    let history = history_from_json(&text, today()).unwrap();
    let treatment = &history.treatments[0];
    assert_eq!(treatment.units, None);
    assert_eq!(treatment.provider, Provider::Usual);
    assert_eq!(treatment.date.day.to_string(), "2026-02-15");
    let root = r#"{"assessed_on":null,"purpose":null,"sex":null,"very_active":null,
        "autoimmune":null,"red_flags":null,"treatments":[],"notes":{"a":[1,2]}}"#;
    assert_eq!(
        history_from_json(root, today()).unwrap(),
        History::new(today())
    );
}

#[test]
fn a_month_alone_in_the_month_of_the_assessment_is_never_after_it() {
    let text = r#"{"assessed_on":"2026-11-10","treatments":[
        {"date":"2026-11","product":"botox","result":"not_yet"}]}"#;
    let history = history_from_json(text, today()).unwrap();
    assert_eq!(history.treatments[0].date.day.to_string(), "2026-11-10");
    assert!(history.treatments[0].date.month_only);
    // Written back as the visitor gave it.
    let again = serde_json::to_value(&history).unwrap();
    assert_eq!(again["treatments"][0]["date"], "2026-11");
    // An absent assessed_on is the caller's today.
    let text = r#"{"treatments":[{"date":"2026-11","product":"botox","result":"not_yet"}]}"#;
    let history = history_from_json(text, today()).unwrap();
    assert_eq!(history.treatments[0].date.day.to_string(), "2026-11-15");
}

#[test]
fn writes_the_canonical_form() {
    let text = r#"{"treatments":[{"date":"2026-02-01","product":"dysport","units":50.0,
        "result":"partial","provider":"usual","areas":["frown_lines"],"uneven":false}],
        "purpose":"cosmetic","sex":"male"}"#;
    let history = history_from_json(text, today()).unwrap();
    assert_eq!(
        serde_json::to_string(&history).unwrap(),
        r#"{"assessed_on":"2026-11-28","sex":"male","treatments":[{"date":"2026-02-01","product":"dysport","units":50,"areas":["frown_lines"],"result":"partial"}]}"#
    );
}

/// The value at a contract path (`treatments[2].units`) inside `value`, if there is one.
fn at_path<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    let mut here = value;
    for part in path.split('.') {
        let (name, indexes) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            here = here.get(name)?;
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            here = here.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(here)
}

/// Any JSON value, nested a few levels, with the contract's field names among the keys so
/// that the reader gets past the root often.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|n| json!(n)),
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

    /// Every refusal is a named problem at a path that exists in the input (a missing
    /// field: its object does), and the same in text and in a parsed value.
    #[test]
    fn every_refusal_names_a_real_field(value in any_json()) {
        let from_text = history_from_json(&value.to_string(), today());
        let from_value = history_from_value(&value, today());
        // The same refusal either way (serde_json's text parser may round a long number
        // one step differently from the number it wrote, so values found can differ).
        let kind = |read: &Result<History, InputError>| read.as_ref().map_err(|error| {
            (error.path.clone(), std::mem::discriminant(&error.problem))
        }).err();
        prop_assert_eq!(kind(&from_text), kind(&from_value));
        if let Err(error) = from_value {
            prop_assert_ne!(&error.problem, &InputProblem::Unreadable, "{}", error);
            let (parent, _) = error.path.rsplit_once('.').unwrap_or(("", &error.path));
            let located = if error.problem == InputProblem::Missing {
                at_path(&value, parent).is_some()
            } else {
                error.path.is_empty() || at_path(&value, &error.path).is_some()
            };
            prop_assert!(located, "{} not in {}", error, value);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,60}") {
        let _ = history_from_json(&text, today());
    }
}

/// Every vignette's history reads, writes back and reads again to the same history.
#[test]
fn every_vignette_history_round_trips() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut compared = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let vignette: Value = serde_json::from_str(&text).unwrap();
        let Ok(history) = history_from_value(&vignette["history"], today()) else {
            continue;
        };
        let written = serde_json::to_string_pretty(&history).unwrap();
        assert_eq!(history_from_json(&written, today()).unwrap(), history);
        let assessment = serde_json::to_value(assess(&history)).unwrap();
        assert!(assessment["verdict"].is_string());
        compared += 1;
    }
    assert!(compared >= 40, "only {compared} vignettes compared");
}
