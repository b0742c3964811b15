//! The sentences a result shows, natively in both languages: counted nouns, dates inside
//! sentences, one-visit histories, the quick check's quoted answers and the wording that
//! depends on what the visitor said.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::clinic::Language;
use resistance_check::date::Date;
use resistance_check::engine::model::{
    Amount, CauseId, Evidence, NextStep, Outcome, Product, Stated, Strength, Verdict, VisitDate,
};
use resistance_check::engine::{assess, history_from_json};
use resistance_check::form::quick::{EffectChange, HowLong, Question, QuickAnswers};
use resistance_check::i18n::chart_summary::summary_sentence;
use resistance_check::i18n::questions::quick_question;
use resistance_check::i18n::wording::{
    count, evidence_text, next_step_text, verdict_summary, when, ResultContext,
};
use resistance_check::i18n::{Catalog, EN, ES};

fn day(text: &str) -> VisitDate {
    VisitDate::exact(Date::parse_iso(text).unwrap())
}

fn context(language: Language) -> ResultContext {
    ResultContext {
        language,
        converted: false,
        latest_product: Some(Product::Botox),
        single_treatment: false,
        short_history: false,
    }
}

fn both() -> [(Language, &'static Catalog); 2] {
    [(Language::En, &EN), (Language::Es, &ES)]
}

#[test]
fn counted_nouns_agree_with_their_number() {
    assert_eq!(count(Language::En, EN.count_days, 1.0), "1 day");
    assert_eq!(count(Language::En, EN.count_days, 5.0), "5 days");
    assert_eq!(count(Language::En, EN.count_visits, 1.0), "1 visit");
    assert_eq!(count(Language::Es, ES.count_visits, 1.0), "1 visita");
    assert_eq!(count(Language::Es, ES.count_weeks, 12.5), "12,5 semanas");
    let soon = Evidence::TooSoon {
        date: day("2026-11-27"),
        days: 1,
    };
    assert_eq!(
        evidence_text(&EN, &soon, &context(Language::En)),
        "Your last treatment was on November 27, 2026, 1 day ago."
    );
    assert_eq!(
        evidence_text(&ES, &soon, &context(Language::Es)),
        "Su último tratamiento fue el 27 de noviembre de 2026, hace 1 día."
    );
    let sudden = Evidence::SuddenFailure {
        date: day("2026-03-09"),
        full_before: 1,
    };
    let text = evidence_text(&EN, &sudden, &context(Language::En));
    assert!(text.contains("after 1 visit in a row"), "{text}");
    assert!(text.starts_with("On March 9, 2026 "), "{text}");
}

#[test]
fn dates_inside_sentences_read_naturally_for_days_and_months() {
    let month = VisitDate {
        day: Date::parse_iso("2026-03-15").unwrap(),
        month_only: true,
    };
    assert_eq!(when(&EN, day("2026-03-09")), "on March 9, 2026");
    assert_eq!(when(&EN, month), "in March 2026");
    assert_eq!(when(&ES, day("2026-03-09")), "el 9 de marzo de 2026");
    assert_eq!(when(&ES, month), "en marzo de 2026");
    let partial = Evidence::PartialResponse {
        date: month,
        product: Product::Botox,
        units: None,
        label: None,
    };
    assert_eq!(
        evidence_text(&ES, &partial, &context(Language::Es)),
        "En marzo de 2026 solo funcionó en parte."
    );
    assert_eq!(
        evidence_text(&EN, &partial, &context(Language::En)),
        "In March 2026 it worked only partly."
    );
}

#[test]
fn a_weaker_visit_is_worded_by_its_result_in_both_languages() {
    for (language, text) in both() {
        for result in [Outcome::Full, Outcome::Partial, Outcome::NoEffect] {
            let less = Evidence::LessResponse {
                date: day("2026-03-09"),
                result,
                units: Some(20.0),
                given: vec![Amount {
                    product: Product::Botox,
                    units: 20.0,
                }],
                lasted_weeks: Some(6.0),
                best_weeks: Some(14.0),
            };
            let line = evidence_text(text, &less, &context(language));
            assert!(
                !line.contains("not at all") && !line.contains("funcionó nada"),
                "{line}"
            );
            assert!(line.ends_with('.'), "{line}");
            // No duration is told for a visit without any effect.
            let weeks = count(language, text.count_weeks, 6.0);
            assert_eq!(
                line.contains(&weeks),
                result != Outcome::NoEffect,
                "{language:?} {result:?}: {line}"
            );
        }
    }
}

fn amount(product: Product, units: f64) -> Vec<Amount> {
    vec![Amount { product, units }]
}

#[test]
fn a_dose_drop_quotes_each_dose_as_given_and_compares_across_brands() {
    let same_brand = Evidence::DoseDrop {
        date: day("2026-06-01"),
        units: 12.0,
        before: 20.0,
        before_date: day("2026-01-05"),
        given: amount(Product::Botox, 12.0),
        before_given: amount(Product::Botox, 20.0),
    };
    assert_eq!(
        evidence_text(&EN, &same_brand, &context(Language::En)),
        "Your dose went from 20 units of Botox on January 5, 2026 to 12 units of Botox on June 1, 2026."
    );
    let across = Evidence::DoseDrop {
        date: day("2026-06-01"),
        units: 12.0,
        before: 20.0,
        before_date: day("2026-01-05"),
        given: amount(Product::Dysport, 30.0),
        before_given: amount(Product::Botox, 20.0),
    };
    assert_eq!(
        evidence_text(&EN, &across, &context(Language::En)),
        "Your dose went from 20 units of Botox on January 5, 2026 to 30 units of Dysport on June 1, 2026. \
         Compared in Botox-equivalent units, that is 20 down to 12."
    );
    assert_eq!(
        evidence_text(&ES, &across, &context(Language::Es)),
        "Su dosis bajó de 20 unidades de Botox el 5 de enero de 2026 a 30 unidades de Dysport el 1 de junio de 2026. \
         En unidades equivalentes a Botox, bajó de 20 a 12."
    );
}

/// The story of issue 23: Botox 20 units every three months for years, lasting 12 to 13
/// weeks; the last two wore off after about 5 weeks, the last one Dysport 50 units.
const BRAND_SWITCHER: &str = r#"{"assessed_on":"2026-11-28","treatments":[
  {"date":"2023-01-10","product":"botox","units":20,"areas":["frown_lines","forehead"],"result":"full","lasted_weeks":13},
  {"date":"2023-04-11","product":"botox","units":20,"areas":["frown_lines","forehead"],"result":"full","lasted_weeks":12},
  {"date":"2023-07-12","product":"botox","units":20,"areas":["frown_lines","forehead"],"result":"full","lasted_weeks":13},
  {"date":"2025-12-02","product":"botox","units":20,"areas":["frown_lines","forehead"],"result":"full","lasted_weeks":12},
  {"date":"2026-03-03","product":"botox","units":20,"areas":["frown_lines","forehead"],"result":"full","lasted_weeks":5},
  {"date":"2026-06-09","product":"dysport","units":50,"areas":["frown_lines","forehead"],"result":"full","lasted_weeks":5}]}"#;

#[test]
fn a_brand_switcher_is_quoted_as_entered_and_the_switch_counts_toward_resistance() {
    let history =
        history_from_json(BRAND_SWITCHER, Date::parse_iso("2026-11-28").unwrap()).unwrap();
    let assessment = assess(&history);
    assert_eq!(assessment.verdict, Verdict::PossibleResistance);
    assert!(
        !assessment.has_cause(CauseId::ProductIssue),
        "{assessment:?}"
    );
    for (language, text) in both() {
        let ctx = ResultContext::of_history(language, &history);
        let lines: Vec<String> = assessment
            .causes
            .iter()
            .flat_map(|cause| cause.evidence.iter())
            .map(|evidence| evidence_text(text, evidence, &ctx))
            .collect();
        let all = lines.join(" ");
        let dysport = if language == Language::En {
            "50 units of Dysport"
        } else {
            "50 unidades de Dysport"
        };
        assert!(all.contains(dysport), "{all}");
        // The Dysport visit is never quoted in Botox-equivalent units as if entered.
        assert!(
            !all.contains("20 units of Dysport") && !all.contains("20 unidades de Dysport"),
            "{all}"
        );
        let summary = summary_sentence(text, language, &history);
        assert!(summary.contains(dysport), "{summary}");
    }
    // The dose below the label, where the same dose worked before, is no likely cause, and
    // says why.
    let low = assessment
        .causes
        .iter()
        .find(|cause| cause.id == CauseId::LowDose);
    let low = low.expect("20 units of Botox is below the label dose of 40 for these areas");
    assert_eq!(low.strength, Strength::Possible);
    let ctx = ResultContext::of_history(Language::En, &history);
    let line = evidence_text(&EN, &low.evidence[0], &ctx);
    assert!(
        line.contains("worked fully for you on December 2, 2025"),
        "{line}"
    );
}

#[test]
fn quick_evidence_quotes_the_answer_in_each_language() {
    for (language, text) in both() {
        for answer in Stated::ALL {
            let line = evidence_text(
                text,
                &Evidence::Stated { answer: *answer },
                &context(language),
            );
            let opening = if language == Language::En {
                "You said"
            } else {
                "Usted indicó"
            };
            assert!(line.starts_with(opening), "{answer:?}: {line}");
        }
    }
}

#[test]
fn one_visit_working_is_not_called_steady_from_visit_to_visit() {
    let history = history_from_json(
        r#"{"assessed_on":"2026-11-28","treatments":[{"date":"2026-06-01","product":"botox","result":"full","lasted_weeks":14}]}"#,
        Date::parse_iso("2026-11-28").unwrap(),
    )
    .unwrap();
    let assessment = assess(&history);
    assert_eq!(assessment.verdict, Verdict::NoConcern);
    for (language, text) in both() {
        let ctx = ResultContext::of_history(language, &history);
        assert!(ctx.single_treatment && ctx.short_history);
        let summary = verdict_summary(text, Verdict::NoConcern, &ctx).join(" ");
        assert_eq!(summary, text.summary_no_concern_one);
    }
}

#[test]
fn resistance_after_a_short_history_is_tempered() {
    let answers = QuickAnswers {
        how_long: Some(HowLong::UnderAYear),
        ..QuickAnswers::default()
    };
    for (language, text) in both() {
        let ctx = ResultContext::of_quick(language, &answers);
        let summary = verdict_summary(text, Verdict::PossibleResistance, &ctx);
        assert_eq!(
            summary,
            vec![
                text.verdict_summary(Verdict::PossibleResistance),
                text.summary_resistance_early
            ]
        );
        let years = ResultContext::of_quick(
            language,
            &QuickAnswers {
                how_long: Some(HowLong::OverThreeYears),
                ..QuickAnswers::default()
            },
        );
        assert_eq!(
            verdict_summary(text, Verdict::PossibleResistance, &years).len(),
            1
        );
    }
}

#[test]
fn a_xeomin_user_is_not_told_to_try_xeomin() {
    for (language, text) in both() {
        let on_xeomin = ResultContext {
            latest_product: Some(Product::Xeomin),
            ..context(language)
        };
        let step = next_step_text(text, NextStep::DifferentNeuromodulator, &on_xeomin);
        assert!(!step.contains("Xeomin"), "{step}");
        let step = next_step_text(text, NextStep::DifferentNeuromodulator, &context(language));
        assert!(step.contains("Xeomin"), "{step}");
    }
}

#[test]
fn a_first_treatment_is_asked_only_what_one_treatment_can_show() {
    let first = QuickAnswers {
        how_long: Some(HowLong::FirstTreatment),
        ..QuickAnswers::default()
    };
    for (_, text) in both() {
        let (heading, options) = quick_question(text, Question::Effect, &first);
        assert_eq!(heading, text.q_effect_first);
        assert_eq!(options.len(), EffectChange::FIRST_TREATMENT.len());
        let (heading, options) = quick_question(text, Question::Effect, &QuickAnswers::default());
        assert_eq!(heading, text.q_effect);
        assert_eq!(options.len(), EffectChange::ALL.len());
    }
}

#[test]
fn a_spanish_sentence_gives_a_doctor_s_title_its_article() {
    use resistance_check::i18n::fill;
    use resistance_check::i18n::wording::consultation_with;
    let book = |doctor: &str| {
        fill(
            ES.book_cta,
            &[&consultation_with(&ES, Language::Es, doctor)],
        )
    };
    assert_eq!(
        book("Dr. Alex"),
        "Reserve una consulta gratis con el Dr. Alex"
    );
    assert_eq!(
        book("Dra. Sol"),
        "Reserve una consulta gratis con la Dra. Sol"
    );
    assert_eq!(
        book("doctora Ruiz"),
        "Reserve una consulta gratis con la doctora Ruiz"
    );
    assert_eq!(
        book("Sunset Skin"),
        "Reserve una consulta gratis con Sunset Skin"
    );
    assert_eq!(
        book("Drake Clinic"),
        "Reserve una consulta gratis con Drake Clinic"
    );
    assert_eq!(book(""), "Reserve una consulta gratis con nuestro equipo");
    let english = fill(
        EN.book_cta,
        &[&consultation_with(&EN, Language::En, "Dr. Alex")],
    );
    assert_eq!(english, "Book a free consultation with Dr. Alex");
}
