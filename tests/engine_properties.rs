//! Property tests of the engine: no input makes it panic, every valid history's
//! assessment serialises and keeps the contract's verdict precedence, and a history
//! serialised and parsed again is the same history.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use resistance_check::date::Date;
use resistance_check::engine::{
    assess, history_from_json, history_from_value, Area, Assessment, CauseId, History,
    InputProblem, Outcome, Product, Provider, Purpose, RedFlag, RiskFactor, Sex, Treatment,
    Verdict, VisitDate,
};
use serde_json::{json, Value};

fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|n| json!(n)),
        any::<i64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A field value that is right as often as it is wrong.
fn maybe(valid: impl Strategy<Value = Value> + 'static) -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => valid,
        1 => any_json(),
        1 => Just(Value::Null),
    ]
}

fn id_of<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
    id: fn(T) -> &'static str,
) -> impl Strategy<Value = Value> {
    pick(all).prop_map(move |item| json!(id(item)))
}

fn date_text() -> impl Strategy<Value = Value> {
    prop_oneof![
        (2015i32..2027, 1u8..13, 1u8..32)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        (2015i32..2027, 0u8..14).prop_map(|(y, m)| json!(format!("{y:04}-{m:02}"))),
    ]
}

/// Structurally plausible treatment objects with values that are often invalid.
fn plausible_treatment() -> impl Strategy<Value = Value> {
    (
        maybe(date_text()),
        maybe(id_of(Product::ALL, Product::id)),
        maybe((-5.0f64..1100.0).prop_map(|n| json!(n))),
        maybe(prop::collection::vec(id_of(Area::ALL, Area::id), 0..4).prop_map(Value::Array)),
        maybe(id_of(Provider::ALL, Provider::id)),
        maybe(id_of(Outcome::ALL, Outcome::id)),
        maybe((-1.0f64..110.0).prop_map(|n| json!(n))),
        maybe(any::<bool>().prop_map(Value::Bool)),
        maybe(any::<bool>().prop_map(Value::Bool)),
    )
        .prop_map(
            |(date, product, units, areas, provider, result, weeks, uneven, touch_up)| {
                json!({"date": date, "product": product, "units": units, "areas": areas,
                   "provider": provider, "result": result, "lasted_weeks": weeks,
                   "uneven": uneven, "touch_up": touch_up})
            },
        )
}

fn plausible_history() -> impl Strategy<Value = Value> {
    (
        maybe(date_text()),
        maybe(id_of(Purpose::ALL, Purpose::id)),
        maybe(id_of(Sex::ALL, Sex::id)),
        maybe(any::<bool>().prop_map(Value::Bool)),
        maybe(prop::collection::vec(id_of(RedFlag::ALL, RedFlag::id), 0..3).prop_map(Value::Array)),
        maybe(prop::collection::vec(plausible_treatment(), 0..6).prop_map(Value::Array)),
    )
        .prop_map(|(assessed_on, purpose, sex, active, flags, treatments)| {
            json!({"assessed_on": assessed_on, "purpose": purpose, "sex": sex,
                   "very_active": active, "autoimmune": active, "red_flags": flags,
                   "treatments": treatments})
        })
}

fn treatment(assessed_on: Date) -> impl Strategy<Value = Treatment> {
    (
        (0i64..2500, any::<bool>()),
        pick(Product::ALL),
        prop::option::of((1u32..=4000).prop_map(|q| f64::from(q) / 4.0)),
        prop::collection::vec(pick(Area::ALL), 0..3),
        pick(Provider::ALL),
        pick(Outcome::ALL),
        prop::option::of((1u32..=208).prop_map(|h| f64::from(h) / 2.0)),
        any::<bool>(),
        prop::bool::weighted(0.15),
    )
        .prop_map(
            move |(
                (back, month_only),
                product,
                units,
                areas,
                provider,
                result,
                lasted_weeks,
                uneven,
                touch_up,
            )| {
                let day = assessed_on.add_days(-back);
                let date = if month_only {
                    VisitDate::month_only(day.year(), day.month(), assessed_on).unwrap()
                } else {
                    VisitDate::exact(day)
                };
                Treatment {
                    date,
                    product,
                    units,
                    areas,
                    provider,
                    result,
                    lasted_weeks,
                    uneven,
                    touch_up,
                }
            },
        )
}

/// Valid histories with random values.
fn valid_history() -> impl Strategy<Value = History> {
    (0i64..4000).prop_flat_map(|offset| {
        let assessed_on = Date::parse_iso("2018-01-01").unwrap().add_days(offset);
        (
            pick(Purpose::ALL),
            prop::option::of(pick(Sex::ALL)),
            any::<bool>(),
            any::<bool>(),
            prop::collection::vec(pick(RedFlag::ALL), 0..2),
            prop::collection::vec(treatment(assessed_on), 0..9),
        )
            .prop_map(
                move |(purpose, sex, very_active, autoimmune, red_flags, treatments)| History {
                    assessed_on,
                    purpose,
                    sex,
                    very_active,
                    autoimmune,
                    red_flags,
                    treatments,
                },
            )
    })
}

/// The contract's precedence and the engine's own promises about an assessment.
fn check_invariants(history: &History, assessment: &Assessment) {
    let has = |id| assessment.has_cause(id);
    let verdict = assessment.verdict;
    assert_eq!(verdict == Verdict::SeekCare, !history.red_flags.is_empty());
    if verdict != Verdict::SeekCare {
        assert_eq!(verdict == Verdict::TooEarly, has(CauseId::TooEarly));
        if !has(CauseId::TooEarly) {
            assert_eq!(
                verdict == Verdict::PossibleResistance,
                has(CauseId::Resistance)
            );
        }
    }
    if verdict == Verdict::Correctable {
        assert!(assessment.causes.iter().any(|cause| !matches!(
            cause.id,
            CauseId::Resistance | CauseId::NeverWorked | CauseId::TooEarly
        )));
    }
    if verdict == Verdict::NoConcern {
        assert!(assessment.causes.is_empty());
    }
    if history.treatments.is_empty() {
        assert!(matches!(verdict, Verdict::Unclear | Verdict::SeekCare));
    }
    // Causes and risk factors appear once each, in the contract's order, with evidence.
    assert!(assessment
        .causes
        .windows(2)
        .all(|pair| pair[0].id < pair[1].id));
    assert!(assessment
        .causes
        .iter()
        .all(|cause| !cause.evidence.is_empty()));
    assert!(assessment
        .risk_factors
        .windows(2)
        .all(|pair| pair[0] < pair[1]));
    assert_eq!(
        assessment.risk_factors.contains(&RiskFactor::MedicalUse),
        history.purpose == Purpose::Medical
    );
    assert_eq!(
        assessment.risk_factors.contains(&RiskFactor::Autoimmune),
        history.autoimmune
    );
    let steps = &assessment.next_steps;
    assert!(!steps.is_empty());
    assert!(steps
        .iter()
        .enumerate()
        .all(|(i, step)| !steps[..i].contains(step)));
    let text = serde_json::to_string(assessment).expect("assessment serialises");
    assert!(text.contains(&format!("\"verdict\":\"{}\"", verdict.id())));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,80}") {
        if let Ok(history) = history_from_json(&text, today()) {
            check_invariants(&history, &assess(&history));
        }
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        if let Ok(history) = history_from_value(&value, today()) {
            check_invariants(&history, &assess(&history));
        }
    }

    #[test]
    fn plausible_histories_never_panic(value in plausible_history()) {
        match history_from_value(&value, today()) {
            Ok(history) => {
                check_invariants(&history, &assess(&history));
                let again = serde_json::to_value(&history).unwrap();
                prop_assert_eq!(history_from_value(&again, today()).unwrap(), history);
            }
            // Every field of a plausible history is inside the root object.
            Err(error) => prop_assert!(
                !error.path.is_empty() && error.problem != InputProblem::Unreadable,
                "{}",
                error
            ),
        }
    }

    #[test]
    fn valid_histories_assess_and_round_trip(history in valid_history()) {
        let assessment = assess(&history);
        check_invariants(&history, &assessment);

        let text = serde_json::to_string(&history).unwrap();
        // Any "today" will do: the exported history carries its own assessed_on.
        let parsed = history_from_json(&text, Date::parse_iso("2000-01-01").unwrap()).unwrap();
        prop_assert_eq!(&parsed, &history);
        prop_assert_eq!(serde_json::to_string(&parsed).unwrap(), text);
    }

    #[test]
    fn order_of_entry_does_not_matter(history in valid_history()) {
        let mut days: Vec<Date> = history.treatments.iter().map(|t| t.date.day).collect();
        days.sort();
        days.dedup();
        prop_assume!(days.len() == history.treatments.len());
        let mut reversed = history.clone();
        reversed.treatments.reverse();
        prop_assert_eq!(assess(&reversed), assess(&history));
    }
}
