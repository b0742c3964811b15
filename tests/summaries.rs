//! The chart's summary sentence, the print summary and field problems in both languages,
//! natively: counted units and weeks, dates, one-visit histories.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::clinic::rules::Phone;
use resistance_check::clinic::{ClinicConfig, HourCycle, Language};
use resistance_check::date::Date;
use resistance_check::engine::{assess, history_from_json, History};
use resistance_check::form::quick::{
    DoseChange, EffectChange, HowLong, HowOften, LastTreatment, NewInjector, QuickAnswers,
};
use resistance_check::form::state::{Assessed, PathKind};
use resistance_check::form::visits::{Field, FieldProblem};
use resistance_check::i18n::chart_summary::summary_sentence;
use resistance_check::i18n::hours::time_text;
use resistance_check::i18n::print::{print_summary, PrintSummary};
use resistance_check::i18n::problems::field_problem_text;
use resistance_check::i18n::wording::count;
use resistance_check::i18n::{Catalog, EN, ES};

fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

fn history(json: &str) -> History {
    history_from_json(json, today()).unwrap()
}

fn both(json: &str) -> (String, String) {
    let h = history(json);
    (
        summary_sentence(&EN, Language::En, &h),
        summary_sentence(&ES, Language::Es, &h),
    )
}

#[test]
fn counted_units_and_loaded_treatments_agree_with_their_number() {
    assert_eq!(count(Language::En, EN.count_units, 1.0), "1 unit");
    assert_eq!(count(Language::Es, ES.count_units, 20.0), "20 unidades");
    assert_eq!(count(Language::Es, ES.count_units, 12.5), "12,5 unidades");
    assert_eq!(
        count(Language::En, EN.load_done, 1.0),
        "Loaded 1 treatment from the file. Please check it below."
    );
    assert_eq!(
        count(Language::Es, ES.load_done, 2.0),
        "Se cargaron 2 tratamientos del archivo. Revíselos abajo, por favor."
    );
}

#[test]
fn one_visit_on_a_day_or_in_a_month() {
    let (en, es) = both(
        r#"{"treatments":[{"date":"2025-01-05","product":"botox","units":20,"result":"full"}]}"#,
    );
    assert_eq!(en, "One visit, on January 5, 2025.");
    assert_eq!(es, "Una visita, el 5 de enero de 2025.");
    let (en, es) = both(
        r#"{"treatments":[{"date":"2025-01","product":"botox","result":"full","lasted_weeks":1}]}"#,
    );
    assert_eq!(en, "One visit, in January 2025. The effect lasted 1 week.");
    assert_eq!(es, "Una visita, en enero de 2025. El efecto duró 1 semana.");
}

#[test]
fn several_visits_read_with_counts_durations_and_doses() {
    let (en, es) = both(
        r#"{"treatments":[
        {"date":"2024-02-10","product":"botox","units":20,"result":"full","lasted_weeks":14},
        {"date":"2024-06","product":"botox","units":20,"result":"partial","lasted_weeks":1}]}"#,
    );
    assert_eq!(
        en,
        "2 visits, the first on February 10, 2024 and the last in June 2024. The effect lasted \
         14 weeks at first and 1 week at the last visit, at the same dose of 20 units of Botox."
    );
    assert_eq!(
        es,
        "2 visitas: la primera el 10 de febrero de 2024 y la última en junio de 2024. El efecto \
         duró 14 semanas al principio y 1 semana en la última visita, con la misma dosis de 20 \
         unidades de Botox."
    );
    let (en, es) = both(
        r#"{"treatments":[
        {"date":"2024-02-10","product":"botox","units":24,"result":"full","lasted_weeks":14},
        {"date":"2024-06-01","product":"botox","units":12.5,"result":"partial","lasted_weeks":8}]}"#,
    );
    assert!(
        en.ends_with(", while the dose went from 24 units of Botox to 12.5 units of Botox."),
        "{en}"
    );
    assert!(
        es.ends_with(", mientras la dosis pasó de 24 unidades de Botox a 12,5 unidades de Botox."),
        "{es}"
    );
    for sentence in [en, es] {
        assert!(!sentence.contains("1 visits") && !sentence.contains("1 weeks"));
    }
}

#[test]
fn no_visits_give_no_sentence() {
    let (en, es) = both(r#"{"treatments":[]}"#);
    assert_eq!((en.as_str(), es.as_str()), ("", ""));
}

#[test]
fn field_problems_name_what_is_wrong_in_both_languages() {
    let no_day = FieldProblem::NoSuchDay {
        day: 30,
        month: 2,
        year: 2025,
    };
    let cases: [(Field, FieldProblem, &str, &str); 6] = [
        (
            Field::Date,
            no_day,
            "February 2025 has no day 30.",
            "El mes de febrero de 2025 no tiene día 30.",
        ),
        (
            Field::Units,
            FieldProblem::NotANumber("twenty".into()),
            "\"twenty\" is not a number. Use digits, such as 20.",
            "twenty",
        ),
        // Each example fits its field: weeks are not units.
        (
            Field::LastedWeeks,
            FieldProblem::NotANumber("a while".into()),
            "\"a while\" is not a number. Use digits, such as 12.",
            "12",
        ),
        (
            Field::Units,
            FieldProblem::TooLarge { max: 1000.0 },
            "That is more than 1000. Please check the number.",
            "1000",
        ),
        (
            Field::Date,
            FieldProblem::AfterToday,
            EN.error_after_today,
            ES.error_after_today,
        ),
        (
            Field::Result,
            FieldProblem::ResultMissing,
            EN.error_result_missing,
            ES.error_result_missing,
        ),
    ];
    for (field, problem, en, es) in cases {
        assert_eq!(field_problem_text(&EN, Language::En, field, &problem), en);
        let spanish = field_problem_text(&ES, Language::Es, field, &problem);
        assert!(spanish.contains(es), "{spanish}");
        assert_ne!(
            spanish,
            field_problem_text(&EN, Language::En, field, &problem)
        );
    }
}

fn detailed(json: &str) -> Assessed {
    let history = history(json);
    Assessed {
        assessment: assess(&history),
        history,
        path: Some(PathKind::Detailed),
    }
}

/// A clinic that gave its name, address and both contacts.
fn clinic() -> ClinicConfig {
    ClinicConfig {
        name: "Sunset Skin".into(),
        doctor: "Dr. Rivera".into(),
        address: "Sherman Oaks, CA".into(),
        phone: Some(Phone {
            text: "(818) 555-0142".into(),
            href: "tel:8185550142".into(),
        }),
        booking_url: Some("https://sunsetskin.test/book".into()),
        ..ClinicConfig::default()
    }
}

fn summary(language: Language, outcome: &Assessed, quick: &QuickAnswers) -> PrintSummary {
    print_summary(language, outcome, quick, &clinic(), today())
}

/// Every value of every row, with its label: "label: value".
fn lines(summary: &PrintSummary) -> Vec<String> {
    let rows = summary.tables.iter().flat_map(|table| table.rows.iter());
    rows.map(|(label, value)| format!("{label}: {value}"))
        .collect()
}

const TWO_VISITS: &str = r#"{"sex":"male","very_active":true,"treatments":[
    {"date":"2026-06","product":"dysport","units":50,"result":"partial","lasted_weeks":1,
     "provider":"new","uneven":true},
    {"date":"2026-02-03","product":"botox","units":1,"result":"full"}]}"#;

#[test]
fn the_print_summary_lists_treatments_in_date_order_with_counted_units_and_weeks() {
    let outcome = detailed(TWO_VISITS);
    let en = lines(&summary(Language::En, &outcome, &QuickAnswers::default()));
    let first = en.iter().position(|l| l.starts_with("February 3, 2026: "));
    let second = en.iter().position(|l| l.starts_with("June 2026: "));
    assert!(first < second && first.is_some(), "{en:#?}");
    assert!(
        en.contains(&"February 3, 2026: Botox · 1 unit · Fully".to_string()),
        "{en:#?}"
    );
    assert!(
        en.contains(
            &"June 2026: Dysport · 50 units · Partly · lasted 1 week · new injector · uneven result"
                .to_string()
        ),
        "{en:#?}"
    );
    assert!(en.contains(&"Sex: Male".to_string()), "{en:#?}");
    assert!(en.contains(&format!("{}: Yes", EN.very_active)), "{en:#?}");
    assert!(en.contains(&"Symptoms since the last treatment: None".to_string()));
    let es = lines(&summary(Language::Es, &outcome, &QuickAnswers::default()));
    assert!(
        es.iter()
            .any(|l| l.starts_with("3 de febrero de 2026: Botox · 1 unidad")),
        "{es:#?}"
    );
    assert!(es.iter().any(|l| l.contains("duró 1 semana")), "{es:#?}");
}

#[test]
fn the_print_summary_gives_the_contact_details_once_with_the_office_hours() {
    let outcome = detailed(TWO_VISITS);
    for language in [Language::En, Language::Es] {
        let text = Catalog::for_language(language);
        let printed = summary(language, &outcome, &QuickAnswers::default());
        let all = lines(&printed);
        let count = |needle: &str| all.iter().filter(|line| line.contains(needle)).count();
        assert_eq!(count("(818) 555-0142"), 1, "{all:#?}");
        assert_eq!(count("https://sunsetskin.test/book"), 1, "{all:#?}");
        assert!(all.contains(&format!(
            "{}: Sunset Skin, Sherman Oaks, CA",
            text.print_clinic
        )));
        let hours = printed.tables.last().unwrap();
        assert_eq!(hours.rows.len(), 7);
        assert_eq!(
            hours.rows[6],
            (text.weekdays[6].to_string(), text.closed.to_string())
        );
        let monday = &hours.rows[0].1;
        match language {
            Language::En => assert_eq!(monday, "10:00 am – 5:00 pm"),
            Language::Es => assert_eq!(monday, "10:00 a.\u{a0}m. – 5:00 p.\u{a0}m."),
        }
    }
}

#[test]
fn the_seek_care_print_keeps_the_phone_and_drops_the_booking_link() {
    let outcome = detailed(
        r#"{"red_flags":["swallowing","vision"],"treatments":[
        {"date":"2026-11-20","product":"botox","units":20,"result":"full"}]}"#,
    );
    let all = lines(&summary(Language::En, &outcome, &QuickAnswers::default()));
    assert!(all.contains(
        &"Symptoms since the last treatment: Trouble swallowing; Double or blurred vision"
            .to_string()
    ));
    assert!(all.iter().any(|l| l.contains("(818) 555-0142")));
    assert!(
        !all.iter().any(|l| l.contains("sunsetskin.test")),
        "{all:#?}"
    );
}

#[test]
fn a_clinic_that_gave_no_contact_prints_none_and_no_placeholder() {
    let outcome = detailed(TWO_VISITS);
    let printed = print_summary(
        Language::En,
        &outcome,
        &QuickAnswers::default(),
        &ClinicConfig::default(),
        today(),
    );
    let contact = &printed.tables[printed.tables.len() - 2];
    assert!(contact.rows.is_empty(), "{:#?}", contact.rows);
    assert_eq!(
        contact.caption,
        format!("Talk it over with {}", EN.our_team)
    );
    assert!(
        printed.prepared.contains(EN.our_team),
        "{}",
        printed.prepared
    );
}

#[test]
fn the_quick_print_lists_each_answered_question_with_the_option_chosen() {
    let quick = QuickAnswers {
        how_long: Some(HowLong::OneToThreeYears),
        how_often: Some(HowOften::ThreeMonthsOrMore),
        dose: Some(DoseChange::Same),
        effect: Some(EffectChange::WorseOverSeveral),
        last: Some(LastTreatment::OverFourMonths),
        injector: Some(NewInjector::No),
        ..QuickAnswers::default()
    };
    let history = history(r#"{"treatments":[]}"#);
    let outcome = Assessed {
        assessment: assess(&history),
        history,
        path: Some(PathKind::Quick),
    };
    for (language, text) in [(Language::En, &EN), (Language::Es, &ES)] {
        let all = lines(&summary(language, &outcome, &quick));
        let effect = format!("{}: {}", text.q_effect, text.effect[3]);
        assert!(all.contains(&effect), "{all:#?}");
        assert!(all.contains(&format!("{}: {}", text.q_how_long, text.how_long[2])));
        // The product was not answered, so it is not listed.
        assert!(
            !all.iter().any(|l| l.starts_with(text.q_product)),
            "{all:#?}"
        );
        let treatments = summary(language, &outcome, &quick).tables;
        assert!(!treatments.iter().any(|t| t.caption == text.print_visits));
    }
}

#[test]
fn times_follow_the_clinic_clock_in_each_language() {
    let (five_pm, noon, ten_am) = (17 * 60, 12 * 60, 10 * 60);
    assert_eq!(time_text(&EN, HourCycle::H12, five_pm), "5:00 pm");
    assert_eq!(time_text(&ES, HourCycle::H12, five_pm), "5:00 p.\u{a0}m.");
    assert_eq!(time_text(&ES, HourCycle::H12, noon), "12:00 p.\u{a0}m.");
    assert_eq!(time_text(&ES, HourCycle::H12, ten_am), "10:00 a.\u{a0}m.");
    assert_eq!(time_text(&ES, HourCycle::H23, five_pm), "17:00");
    assert_eq!(time_text(&EN, HourCycle::H23, ten_am), "10:00");
    // The print summary's hours take the clinic's clock too.
    let config = ClinicConfig {
        hour_cycle: HourCycle::H23,
        ..clinic()
    };
    let outcome = detailed(TWO_VISITS);
    let quick = QuickAnswers::default();
    let printed = print_summary(Language::Es, &outcome, &quick, &config, today());
    let hours = printed.tables.last().unwrap();
    assert_eq!(hours.rows[4].1, "10:00 – 16:00", "Friday");
}
