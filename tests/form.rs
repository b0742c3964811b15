//! The form layer natively: the quick check's answers reach each verdict through the real
//! engine, the detailed path keeps what was typed and names each problem, and the state
//! machine keeps every answer on Back, language switches and "change my answers".
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::clinic::{Language, OfferedPaths};
use resistance_check::date::Date;
use resistance_check::engine::model::{CauseId, Outcome, Product, RedFlag, Sex, Verdict};
use resistance_check::form::quick::{
    AboutYou, DoseChange, EffectChange, HowLong, HowOften, LastTreatment, NewInjector, Question,
    QuickAnswer, QuickAnswers,
};
use resistance_check::form::state::{Action, FormState, PathKind, Step};
use resistance_check::form::visits::{build_history, Field, FieldProblem, VisitDraft, VisitEdit};

fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

struct Quick {
    how_long: HowLong,
    how_often: HowOften,
    product: Product,
    dose: DoseChange,
    effect: EffectChange,
    last: LastTreatment,
    injector: NewInjector,
}

impl Default for Quick {
    fn default() -> Self {
        Quick {
            how_long: HowLong::OneToThreeYears,
            how_often: HowOften::ThreeMonthsOrMore,
            product: Product::Botox,
            dose: DoseChange::Same,
            effect: EffectChange::Same,
            last: LastTreatment::SixWeeksToFourMonths,
            injector: NewInjector::No,
        }
    }
}

fn assess_quick(quick: Quick, about: AboutYou) -> resistance_check::engine::Assessment {
    let answers = QuickAnswers {
        how_long: Some(quick.how_long),
        how_often: Some(quick.how_often),
        product: Some(quick.product),
        dose: Some(quick.dose),
        effect: Some(quick.effect),
        last: Some(quick.last),
        injector: Some(quick.injector),
    };
    let (history, assessment) = answers.assess(&about, &[], today());
    // The history holds the about-you answers and no invented treatments.
    assert!(history.treatments.is_empty());
    assessment
}

#[test]
fn steady_answers_say_no_concern() {
    let a = assess_quick(Quick::default(), AboutYou::default());
    assert_eq!(a.verdict, Verdict::NoConcern, "{a:?}");
}

#[test]
fn a_fading_effect_at_the_same_dose_looks_like_resistance() {
    for how_long in [
        HowLong::OneToThreeYears,
        HowLong::OverThreeYears,
        HowLong::UnderAYear,
        HowLong::DontKnow,
    ] {
        let a = assess_quick(
            Quick {
                how_long,
                effect: EffectChange::WorseOverSeveral,
                ..Quick::default()
            },
            AboutYou::default(),
        );
        assert_eq!(
            a.verdict,
            Verdict::PossibleResistance,
            "{how_long:?}: {a:?}"
        );
        assert!(a.has_cause(CauseId::Resistance));
    }
}

#[test]
fn a_lower_last_dose_is_correctable() {
    let a = assess_quick(
        Quick {
            dose: DoseChange::Lower,
            effect: EffectChange::WorseLastTime,
            ..Quick::default()
        },
        AboutYou::default(),
    );
    assert_eq!(a.verdict, Verdict::Correctable, "{a:?}");
    assert!(a.has_cause(CauseId::LowDose));
    assert!(!a.has_cause(CauseId::Resistance));
}

#[test]
fn a_new_injector_with_a_weaker_result_points_to_placement() {
    let a = assess_quick(
        Quick {
            injector: NewInjector::Yes,
            effect: EffectChange::WorseLastTime,
            ..Quick::default()
        },
        AboutYou::default(),
    );
    assert_eq!(a.verdict, Verdict::Correctable, "{a:?}");
    assert!(a.has_cause(CauseId::Placement));
}

#[test]
fn no_effect_after_a_good_record_is_correctable_not_resistance() {
    let a = assess_quick(
        Quick {
            effect: EffectChange::NothingLastTime,
            ..Quick::default()
        },
        AboutYou::default(),
    );
    assert_eq!(a.verdict, Verdict::Correctable, "{a:?}");
    assert!(!a.has_cause(CauseId::Resistance));
}

#[test]
fn a_man_partly_helped_from_the_start_needs_a_larger_dose() {
    let about = AboutYou {
        sex: Some(Sex::Male),
        ..AboutYou::default()
    };
    let a = assess_quick(
        Quick {
            effect: EffectChange::AlwaysPartial,
            ..Quick::default()
        },
        about,
    );
    assert_eq!(a.verdict, Verdict::Correctable, "{a:?}");
    assert!(a.has_cause(CauseId::StrongMuscles) || a.has_cause(CauseId::LowDose));
}

#[test]
fn an_active_person_whose_effect_always_fades_fast_is_correctable() {
    let about = AboutYou {
        very_active: true,
        ..AboutYou::default()
    };
    let a = assess_quick(
        Quick {
            effect: EffectChange::AlwaysShort,
            ..Quick::default()
        },
        about,
    );
    assert_eq!(a.verdict, Verdict::Correctable, "{a:?}");
    assert!(a.has_cause(CauseId::FastMetabolism));
}

#[test]
fn never_working_is_unclear() {
    let a = assess_quick(
        Quick {
            effect: EffectChange::NeverWorked,
            ..Quick::default()
        },
        AboutYou::default(),
    );
    assert_eq!(a.verdict, Verdict::Unclear, "{a:?}");
    assert!(a.has_cause(CauseId::NeverWorked));
}

#[test]
fn a_recent_treatment_not_yet_working_is_too_early() {
    for how_long in [HowLong::FirstTreatment, HowLong::OneToThreeYears] {
        let a = assess_quick(
            Quick {
                how_long,
                last: LastTreatment::UnderTwoWeeks,
                effect: EffectChange::NothingLastTime,
                ..Quick::default()
            },
            AboutYou::default(),
        );
        assert_eq!(a.verdict, Verdict::TooEarly, "{how_long:?}: {a:?}");
    }
}

#[test]
fn frequent_treatments_and_touch_ups_raise_risk_factors() {
    let a = assess_quick(
        Quick {
            how_often: HowOften::MoreOften,
            ..Quick::default()
        },
        AboutYou::default(),
    );
    assert!(
        a.risk_factors.iter().any(|r| r.id() == "short_interval"),
        "{a:?}"
    );
    let a = assess_quick(
        Quick {
            how_often: HowOften::WithTouchUps,
            ..Quick::default()
        },
        AboutYou::default(),
    );
    assert!(a.risk_factors.iter().any(|r| r.id() == "touch_up"), "{a:?}");
    let about = AboutYou {
        medical: true,
        autoimmune: true,
        ..AboutYou::default()
    };
    let a = assess_quick(Quick::default(), about);
    let ids: Vec<_> = a.risk_factors.iter().map(|r| r.id()).collect();
    assert!(
        ids.contains(&"medical_use") && ids.contains(&"autoimmune"),
        "{ids:?}"
    );
}

#[test]
fn unknown_answers_still_give_a_valid_assessment() {
    let answers = QuickAnswers::default();
    let (_, a) = answers.assess(&AboutYou::default(), &[], today());
    assert_eq!(a.verdict, Verdict::Unclear, "{a:?}");
    assert!(a.causes.is_empty(), "not knowing adds no cause: {a:?}");
    assert_ne!(
        a.verdict,
        Verdict::PossibleResistance,
        "not knowing is no evidence of resistance"
    );
}

#[test]
fn a_first_treatment_skips_the_questions_that_do_not_apply() {
    let mut answers = QuickAnswers::default();
    assert_eq!(answers.questions().len(), 8);
    answers.set(QuickAnswer::HowLong(HowLong::FirstTreatment));
    let questions = answers.questions();
    assert_eq!(questions.len(), 5);
    assert!(!questions.contains(&Question::Dose));
}

fn draft(year: &str, month: &str, day: &str, units: &str, result: Option<Outcome>) -> VisitDraft {
    VisitDraft {
        year: year.into(),
        month: month.into(),
        day: day.into(),
        product: Some(Product::Botox),
        units: units.into(),
        result,
        ..VisitDraft::default()
    }
}

#[test]
fn the_detailed_path_names_every_problem_by_field() {
    let drafts = vec![
        draft("2026", "2", "30", "abc", Some(Outcome::Full)),
        draft("2026", "", "", "0", None),
        draft("2027", "1", "", "2000", Some(Outcome::Full)),
    ];
    let errors = build_history(&drafts, &AboutYou::default(), &[], today()).unwrap_err();
    let find = |visit, field| {
        errors
            .iter()
            .find(|e| e.visit == visit && e.field == field)
            .map(|e| e.problem.clone())
    };
    assert_eq!(
        find(0, Field::Date),
        Some(FieldProblem::NoSuchDay {
            day: 30,
            month: 2,
            year: 2026
        })
    );
    assert_eq!(
        find(0, Field::Units),
        Some(FieldProblem::NotANumber("abc".into()))
    );
    assert_eq!(find(1, Field::Date), Some(FieldProblem::DateMissing));
    assert_eq!(find(1, Field::Units), Some(FieldProblem::NotPositive));
    assert_eq!(find(1, Field::Result), Some(FieldProblem::ResultMissing));
    assert_eq!(find(2, Field::Date), Some(FieldProblem::AfterToday));
    assert_eq!(
        find(2, Field::Units),
        Some(FieldProblem::TooLarge { max: 1000.0 })
    );
}

#[test]
fn the_detailed_path_builds_the_contract_history() {
    let drafts = vec![
        draft("2025", "1", "5", "24", Some(Outcome::Full)),
        draft("2025", "5", "", "24", Some(Outcome::Full)),
        draft("2026", "2", "1", "12,5", Some(Outcome::Partial)),
    ];
    let history =
        build_history(&drafts, &AboutYou::default(), &[RedFlag::Vision], today()).unwrap();
    let json = serde_json::to_value(&history).unwrap();
    assert_eq!(json["treatments"][1]["date"], "2025-05");
    assert_eq!(json["treatments"][0]["units"], 24);
    assert_eq!(json["treatments"][2]["units"], 12.5);
    assert_eq!(json["red_flags"][0], "vision");
}

fn answer_quick(state: &mut FormState, answers: &[QuickAnswer]) {
    for answer in answers {
        state.apply(Action::Answer(*answer));
    }
}

#[test]
fn back_and_language_switches_keep_every_answer() {
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::ToggleRedFlag(RedFlag::Vision, true));
    state.apply(Action::ToggleRedFlag(RedFlag::Vision, false));
    state.apply(Action::FinishSafety);
    assert_eq!(state.step, Step::ChoosePath);
    state.apply(Action::ChoosePath(PathKind::Quick));
    answer_quick(
        &mut state,
        &[
            QuickAnswer::HowLong(HowLong::OverThreeYears),
            QuickAnswer::HowOften(HowOften::MoreOften),
        ],
    );
    assert_eq!(state.step, Step::Quick(2));
    // The quick path's own steps: safety, choice, eight questions, result.
    assert_eq!(state.progress(), (5, Some(11)));
    state.apply(Action::SetLanguage(Language::Es));
    state.apply(Action::Back);
    state.apply(Action::Back);
    assert_eq!(state.step, Step::Quick(0));
    assert_eq!(state.quick.how_long, Some(HowLong::OverThreeYears));
    assert_eq!(state.quick.how_often, Some(HowOften::MoreOften));
    assert_eq!(state.language, Language::Es);
    state.apply(Action::Next);
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Quick(2));
}

#[test]
fn red_flags_go_straight_to_seek_care_and_back_returns_to_safety() {
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::ToggleRedFlag(RedFlag::Breathing, true));
    state.apply(Action::FinishSafety);
    assert_eq!(state.verdict(), Some(Verdict::SeekCare));
    state.apply(Action::Back);
    assert_eq!(state.step, Step::Safety);
    assert_eq!(state.red_flags, vec![RedFlag::Breathing]);
}

#[test]
fn change_my_answers_keeps_them_and_start_over_clears_them() {
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::FinishSafety);
    state.apply(Action::ChoosePath(PathKind::Detailed));
    state.apply(Action::EditVisit(0, VisitEdit::Year("2026".into())));
    state.apply(Action::EditVisit(0, VisitEdit::Month("3".into())));
    state.apply(Action::EditVisit(
        0,
        VisitEdit::Product(Some(Product::Xeomin)),
    ));
    state.apply(Action::EditVisit(0, VisitEdit::Units("abc".into())));
    state.apply(Action::Next);
    // Units and result are wrong or missing: the step stays, the typed text stays.
    assert_eq!(state.step, Step::Visits);
    assert_eq!(state.errors.len(), 2);
    assert_eq!(state.visits[0].units, "abc");
    state.apply(Action::EditVisit(0, VisitEdit::Units("20".into())));
    state.apply(Action::EditVisit(0, VisitEdit::Result(Outcome::Full)));
    state.apply(Action::Next);
    assert_eq!(state.step, Step::About);
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Result);
    state.apply(Action::ChangeAnswers);
    assert_eq!(state.step, Step::Visits);
    assert_eq!(state.visits[0].units, "20");
    state.apply(Action::StartOver);
    assert_eq!(state.step, Step::Safety);
    assert_eq!(state.visits[0].units, "");
}

#[test]
fn only_one_offered_path_skips_the_choice() {
    let offered = OfferedPaths {
        quick: false,
        detailed: true,
    };
    let mut state = FormState::new(Language::En, offered, today());
    state.apply(Action::FinishSafety);
    assert_eq!(state.step, Step::Visits);
    assert_eq!(state.progress(), (2, Some(4)));
}

#[test]
fn no_step_count_is_promised_before_a_path_is_chosen() {
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    assert_eq!(state.progress(), (1, None));
    state.apply(Action::FinishSafety);
    assert_eq!(state.progress(), (2, None));
    state.apply(Action::ChoosePath(PathKind::Detailed));
    assert_eq!(
        state.progress(),
        (3, Some(5)),
        "safety, choice, visits, about you, result"
    );
    state.apply(Action::Back);
    state.apply(Action::ChoosePath(PathKind::Quick));
    assert_eq!(state.progress(), (3, Some(11)));
    // A first treatment skips questions: the count follows the path as it is now.
    state.apply(Action::Answer(QuickAnswer::HowLong(
        HowLong::FirstTreatment,
    )));
    assert_eq!(state.progress(), (4, Some(8)));
}

#[test]
fn amounts_read_as_people_type_them() {
    use resistance_check::form::visits::parse_amount;
    for (typed, value) in [
        ("20", 20.0),
        (" 12,5 ", 12.5),
        ("12.5", 12.5),
        ("5.", 5.0),
        (".5", 0.5),
        ("007", 7.0),
    ] {
        assert_eq!(parse_amount(typed, 1000.0), Ok(Some(value)), "{typed:?}");
    }
    assert_eq!(parse_amount("", 1000.0), Ok(None));
    assert_eq!(parse_amount("-5", 1000.0), Err(FieldProblem::NotPositive));
    assert_eq!(parse_amount("0", 1000.0), Err(FieldProblem::NotPositive));
    assert_eq!(
        parse_amount("1001", 1000.0),
        Err(FieldProblem::TooLarge { max: 1000.0 })
    );
    for typed in ["twenty", "1.2.3", "+5", "1e3", ".", "inf", "NaN", "12 u"] {
        assert_eq!(
            parse_amount(typed, 1000.0),
            Err(FieldProblem::NotANumber(typed.trim().into())),
            "{typed:?}"
        );
    }
}

#[test]
fn a_number_followed_by_its_unit_is_read() {
    use resistance_check::form::visits::{parse_amount_with_unit, UNIT_WORDS, WEEK_WORDS};
    // Each field's own limit: 1000 units, 104 weeks.
    for (typed, limit, words, value) in [
        ("20 units", 1000.0, UNIT_WORDS, 20.0),
        ("20U", 1000.0, UNIT_WORDS, 20.0),
        ("12,5 unidades", 1000.0, UNIT_WORDS, 12.5),
        ("20 IU", 1000.0, UNIT_WORDS, 20.0),
        ("12 weeks", 104.0, WEEK_WORDS, 12.0),
        ("12 Wks", 104.0, WEEK_WORDS, 12.0),
        ("8 semanas", 104.0, WEEK_WORDS, 8.0),
        ("1 week", 104.0, WEEK_WORDS, 1.0),
    ] {
        assert_eq!(
            parse_amount_with_unit(typed, limit, words),
            Ok(Some(value)),
            "{typed:?}"
        );
    }
    // Another field's unit, a word alone, or words before the number are still refused,
    // quoting what was typed.
    for (typed, words) in [
        ("12 weeks", UNIT_WORDS),
        ("20 units", WEEK_WORDS),
        ("units", UNIT_WORDS),
        ("about 20 u", UNIT_WORDS),
    ] {
        assert_eq!(
            parse_amount_with_unit(typed, 1000.0, words),
            Err(FieldProblem::NotANumber(typed.into())),
            "{typed:?}"
        );
    }
    assert_eq!(
        parse_amount_with_unit("0 units", 1000.0, UNIT_WORDS),
        Err(FieldProblem::NotPositive)
    );
}

#[test]
fn the_detailed_path_accepts_units_and_weeks_written_out() {
    let mut visit = draft("2025", "3", "", "20 units", Some(Outcome::Full));
    visit.lasted_weeks = "12 weeks".into();
    let history = build_history(&[visit], &AboutYou::default(), &[], today()).unwrap();
    assert_eq!(history.treatments[0].units, Some(20.0));
    assert_eq!(history.treatments[0].lasted_weeks, Some(12.0));
}

/// A state on the detailed path with one complete treatment entered.
fn one_treatment_entered() -> FormState {
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::FinishSafety);
    state.apply(Action::ChoosePath(PathKind::Detailed));
    for edit in [
        VisitEdit::Month("3".into()),
        VisitEdit::Year("2026".into()),
        VisitEdit::Product(Some(Product::Dysport)),
        VisitEdit::Units("50".into()),
        VisitEdit::Result(Outcome::Full),
    ] {
        state.apply(Action::EditVisit(0, edit));
    }
    state
}

#[test]
fn adding_a_treatment_folds_the_complete_ones_and_marks_its_guesses() {
    let mut state = one_treatment_entered();
    assert!(!state.visits[0].folded);
    state.apply(Action::AddVisit);
    assert!(
        state.visits[0].folded,
        "the complete treatment folds into its line"
    );
    let guessed = state.visits[1].guessed;
    assert!(
        guessed.date && guessed.product && guessed.units,
        "{guessed:?}"
    );
    // Changing a guessed field makes it the visitor's; confirming clears the rest.
    state.apply(Action::EditVisit(1, VisitEdit::Units("40".into())));
    assert!(!state.visits[1].guessed.units && state.visits[1].guessed.product);
    state.apply(Action::EditVisit(1, VisitEdit::ConfirmGuesses));
    assert!(!state.visits[1].guessed.any());
    // An incomplete treatment stays open when another is added; a folded one reopens.
    state.apply(Action::AddVisit);
    assert!(
        !state.visits[1].folded,
        "no result chosen yet: it stays open"
    );
    state.apply(Action::EditVisit(0, VisitEdit::Fold(false)));
    assert!(!state.visits[0].folded);
}

#[test]
fn a_folded_treatment_with_a_problem_opens_on_next() {
    let mut state = one_treatment_entered();
    state.apply(Action::AddVisit);
    state.apply(Action::EditVisit(0, VisitEdit::Units("lots".into())));
    state.visits[0].folded = true;
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Visits);
    assert!(
        !state.visits[0].folded,
        "the treatment in error is shown whole"
    );
}

#[test]
fn start_over_can_be_undone_until_the_first_screen_is_left() {
    let mut state = one_treatment_entered();
    let before = state.clone();
    state.apply(Action::StartOver);
    assert_eq!(state.step, Step::Safety);
    assert_eq!(state.visits.len(), 1);
    assert!(
        state.undo.is_some(),
        "entries were cleared: undo is offered"
    );
    state.apply(Action::Undo);
    assert_eq!(state, before, "undo brings everything back");
    // Without entries, nothing to undo; once past the first screen, the offer is gone.
    let mut fresh = FormState::new(Language::En, OfferedPaths::default(), today());
    fresh.apply(Action::StartOver);
    assert!(fresh.undo.is_none());
    state.apply(Action::StartOver);
    state.apply(Action::FinishSafety);
    assert!(state.undo.is_none());
}

#[test]
fn a_kept_place_returns_the_visitor_there_behind_the_safety_screen_in_their_language() {
    use resistance_check::form::state::Place;
    let place = Place {
        path: PathKind::Detailed,
        step: Step::About,
        language: Language::Es,
    };
    assert_eq!(place.to_text().as_deref(), Some("about:es"));
    assert_eq!(Place::from_text("about:es"), Some(place));
    for bad in ["", "about", "safety:en", "about:fr", "result:"] {
        assert_eq!(Place::from_text(bad), None, "{bad:?}");
    }
    let kept = {
        let mut state = one_treatment_entered();
        state.apply(Action::Next);
        assert_eq!(state.step, Step::About);
        state.outcome = None;
        build_history(&state.visits, &state.about, &[], today()).unwrap()
    };
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::RestoreHistory(kept));
    state.apply(Action::RestorePlace(Place::from_text("result:es").unwrap()));
    assert_eq!(
        (state.step, state.language),
        (Step::Safety, Language::Es),
        "the safety screen first"
    );
    state.apply(Action::FinishSafety);
    assert_eq!(state.step, Step::Result);
    assert!(state.outcome.is_some());
    // A symptom ticked on the way still leads to getting help.
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::RestorePlace(place));
    state.apply(Action::ToggleRedFlag(RedFlag::Breathing, true));
    state.apply(Action::FinishSafety);
    assert_eq!(state.verdict(), Some(Verdict::SeekCare));
}

/// Typed, the weeks read, the note in English and in Spanish (`None`: plain weeks, no note).
type WeeksCase = (&'static str, f64, Option<(&'static str, &'static str)>);

#[test]
fn weeks_read_as_people_say_them_and_say_back_what_was_read() {
    use resistance_check::form::weeks::read_weeks;
    use resistance_check::i18n::problems::weeks_read_text;
    use resistance_check::i18n::{EN, ES};
    let both = |en: &'static str, es: &'static str| Some((en, es));
    let cases: &[WeeksCase] = &[
        ("12", 12.0, None),
        ("12 weeks", 12.0, None),
        ("12,5 semanas", 12.5, None),
        (
            "about 12",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "~12",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "around 12 wks",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "12ish",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "12 or so weeks",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "12-14",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "12 to 14",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "12 – 14 weeks",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "between 12 and 14 weeks",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "about 12-14",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "12-13",
            12.5,
            both(
                "12 to 13 weeks, read as 12.5 weeks, the middle.",
                "De 12 a 13 semanas: se cuenta como 12,5 semanas, el punto medio.",
            ),
        ),
        (
            "14-12",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "3 months",
            13.0,
            both(
                "3 months, read as 13 weeks.",
                "3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "three months",
            13.0,
            both(
                "3 months, read as 13 weeks.",
                "3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "3 mo",
            13.0,
            both(
                "3 months, read as 13 weeks.",
                "3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "Three Months",
            13.0,
            both(
                "3 months, read as 13 weeks.",
                "3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "a month",
            4.0,
            both(
                "1 month, read as 4 weeks.",
                "1 mes: se cuenta como 4 semanas.",
            ),
        ),
        (
            "6 months",
            26.0,
            both(
                "6 months, read as 26 weeks.",
                "6 meses: se cuenta como 26 semanas.",
            ),
        ),
        (
            "about 3 months",
            13.0,
            both(
                "About 3 months, read as 13 weeks.",
                "Alrededor de 3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "3-4 months",
            15.0,
            both(
                "3 to 4 months, read as 15 weeks, the middle.",
                "De 3 a 4 meses: se cuenta como 15 semanas, el punto medio.",
            ),
        ),
        (
            "twelve",
            12.0,
            both("Read as 12 weeks.", "Se cuenta como 12 semanas."),
        ),
        (
            "twenty-four weeks",
            24.0,
            both("Read as 24 weeks.", "Se cuenta como 24 semanas."),
        ),
        (
            "unos 12",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "más o menos 12 semanas",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "alrededor de 12 semanas",
            12.0,
            both(
                "About 12 weeks, read as 12 weeks.",
                "Alrededor de 12 semanas: se cuenta como 12 semanas.",
            ),
        ),
        (
            "12 a 14",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "de 12 a 14 semanas",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "entre 12 y 14",
            13.0,
            both(
                "12 to 14 weeks, read as 13 weeks, the middle.",
                "De 12 a 14 semanas: se cuenta como 13 semanas, el punto medio.",
            ),
        ),
        (
            "3 meses",
            13.0,
            both(
                "3 months, read as 13 weeks.",
                "3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "tres meses",
            13.0,
            both(
                "3 months, read as 13 weeks.",
                "3 meses: se cuenta como 13 semanas.",
            ),
        ),
        (
            "un mes",
            4.0,
            both(
                "1 month, read as 4 weeks.",
                "1 mes: se cuenta como 4 semanas.",
            ),
        ),
        (
            "doce semanas",
            12.0,
            both("Read as 12 weeks.", "Se cuenta como 12 semanas."),
        ),
        (
            "dieciséis semanas",
            16.0,
            both("Read as 16 weeks.", "Se cuenta como 16 semanas."),
        ),
        (
            "treinta y dos",
            32.0,
            both("Read as 32 weeks.", "Se cuenta como 32 semanas."),
        ),
    ];
    for (typed, weeks, notes) in cases {
        let read = read_weeks(typed).unwrap_or_else(|problem| panic!("{typed:?}: {problem:?}"));
        let read = read.unwrap_or_else(|| panic!("{typed:?} read as empty"));
        assert_eq!(read.weeks, *weeks, "{typed:?}");
        let said = (
            weeks_read_text(&EN, Language::En, &read),
            weeks_read_text(&ES, Language::Es, &read),
        );
        let wanted = notes.map(|(en, es)| (en.to_string(), es.to_string()));
        assert_eq!(
            (said.0, said.1),
            wanted.map_or((None, None), |(en, es)| (Some(en), Some(es))),
            "{typed:?}"
        );
    }
    assert_eq!(
        read_weeks("  "),
        Ok(None),
        "an empty field is no answer, not an error"
    );
}

#[test]
fn weeks_that_cannot_be_read_are_refused_naming_what_is_wrong() {
    use resistance_check::form::weeks::read_weeks;
    use resistance_check::i18n::problems::field_problem_text;
    use resistance_check::i18n::{EN, ES};
    let cases: &[(&str, FieldProblem, &str, &str)] = &[
        (
            "a while",
            FieldProblem::NotWeeks("a while".into()),
            "\"a while\" has no number of weeks in it. Write it like 12, about 12, 12 to 14 or 3 months, or leave it empty.",
            "\"a while\" no indica un número de semanas. Escríbalo así: 12, unas 12, de 12 a 14 o 3 meses, o deje el espacio en blanco.",
        ),
        (
            "90 days",
            FieldProblem::UnreadableWord("days".into()),
            "\"days\" could not be read here. Write the weeks like 12, about 12, 12 to 14 or 3 months.",
            "No se pudo entender \"days\" aquí. Escriba las semanas así: 12, unas 12, de 12 a 14 o 3 meses.",
        ),
        (
            "12 Días",
            FieldProblem::UnreadableWord("Días".into()),
            "\"Días\" could not be read here. Write the weeks like 12, about 12, 12 to 14 or 3 months.",
            "No se pudo entender \"Días\" aquí. Escriba las semanas así: 12, unas 12, de 12 a 14 o 3 meses.",
        ),
        (
            "more than 12",
            FieldProblem::UnreadableWord("more".into()),
            "\"more\" could not be read here. Write the weeks like 12, about 12, 12 to 14 or 3 months.",
            "No se pudo entender \"more\" aquí. Escriba las semanas así: 12, unas 12, de 12 a 14 o 3 meses.",
        ),
        (
            "12 to",
            FieldProblem::UnreadableWord("to".into()),
            "\"to\" could not be read here. Write the weeks like 12, about 12, 12 to 14 or 3 months.",
            "No se pudo entender \"to\" aquí. Escriba las semanas así: 12, unas 12, de 12 a 14 o 3 meses.",
        ),
        (
            "10 weeks to 3 months",
            FieldProblem::MixedUnits,
            "Give both ends in the same unit, such as 12 to 14 weeks or 3 to 4 months.",
            "Use la misma unidad en los dos extremos, por ejemplo de 12 a 14 semanas o de 3 a 4 meses.",
        ),
        (
            "-5",
            FieldProblem::NotPositive,
            "Enter a number above zero, or leave it empty.",
            "Escriba un número mayor que cero, o deje el espacio en blanco.",
        ),
        (
            "0 weeks",
            FieldProblem::NotPositive,
            "Enter a number above zero, or leave it empty.",
            "Escriba un número mayor que cero, o deje el espacio en blanco.",
        ),
    ];
    for (typed, problem, en, es) in cases {
        assert_eq!(read_weeks(typed).as_ref(), Err(problem), "{typed:?}");
        assert_eq!(
            field_problem_text(&EN, Language::En, Field::LastedWeeks, problem),
            *en,
            "{typed:?}"
        );
        assert_eq!(
            field_problem_text(&ES, Language::Es, Field::LastedWeeks, problem),
            *es,
            "{typed:?}"
        );
    }
    // Read, but longer than the contract allows: refused at the field, in weeks.
    let mut visit = draft("2025", "3", "", "20", Some(Outcome::Full));
    visit.lasted_weeks = "30 months".into();
    let errors = build_history(&[visit.clone()], &AboutYou::default(), &[], today()).unwrap_err();
    assert_eq!(errors[0].problem, FieldProblem::TooLarge { max: 104.0 });
    assert_eq!(
        field_problem_text(&EN, Language::En, Field::LastedWeeks, &errors[0].problem),
        "That is more than 104 weeks. Please check the number."
    );
    assert_eq!(visit.lasted_weeks, "30 months", "the typed text is kept");
}

/// The story of issue 23 up to its last treatment: Botox, 20 units, every three months, each
/// lasting 12 to 13 weeks.
fn botox_every_three_months() -> FormState {
    let mut state = FormState::new(Language::En, OfferedPaths::default(), today());
    state.apply(Action::FinishSafety);
    state.apply(Action::ChoosePath(PathKind::Detailed));
    for (index, month) in ["3", "6"].into_iter().enumerate() {
        if index > 0 {
            state.apply(Action::AddVisit);
        }
        for edit in [
            VisitEdit::Month(month.into()),
            VisitEdit::Year("2023".into()),
            VisitEdit::Product(Some(Product::Botox)),
            VisitEdit::Units("20".into()),
            VisitEdit::Area(resistance_check::engine::model::Area::FrownLines, true),
            VisitEdit::Result(Outcome::Full),
            VisitEdit::LastedWeeks("12 to 13".into()),
        ] {
            state.apply(Action::EditVisit(index, edit));
        }
    }
    state
}

#[test]
fn nothing_is_chosen_for_the_visitor_and_guesses_stay_marked() {
    use resistance_check::engine::model::Area;
    let state = FormState::new(Language::En, OfferedPaths::default(), today());
    assert!(
        state.visits[0].areas.is_empty(),
        "no area ticked on a first treatment"
    );
    assert!(!state.visits[0].guessed.any());
    assert_eq!(state.visits[0].product, None);

    let mut state = botox_every_three_months();
    state.apply(Action::AddVisit);
    let added = &state.visits[2];
    assert_eq!(added.areas, vec![Area::FrownLines]);
    assert!(
        added.guessed.areas,
        "areas copied from the treatment before are a marked guess"
    );
    state.apply(Action::EditVisit(2, VisitEdit::Area(Area::Forehead, true)));
    assert!(!state.visits[2].guessed.areas);
    assert!(
        state.visits[2].guessed.units,
        "the other guesses stay marked"
    );
}

#[test]
fn a_guessed_dose_does_not_survive_a_change_of_brand() {
    // (what the visitor does on the new card, units after, units still marked a guess)
    let cases: &[(&[VisitEdit], &str, bool)] = &[
        (&[VisitEdit::Product(Some(Product::Dysport))], "", false),
        (&[VisitEdit::Product(Some(Product::Xeomin))], "", false),
        (&[VisitEdit::Product(None)], "", false),
        (&[VisitEdit::Month("9".into())], "20", true),
        (
            &[
                VisitEdit::ConfirmGuesses,
                VisitEdit::Product(Some(Product::Dysport)),
            ],
            "20",
            false,
        ),
        (
            &[
                VisitEdit::Units("20".into()),
                VisitEdit::Product(Some(Product::Dysport)),
            ],
            "20",
            false,
        ),
        (
            &[
                VisitEdit::Product(Some(Product::Dysport)),
                VisitEdit::Units("50".into()),
            ],
            "50",
            false,
        ),
    ];
    for (edits, units, guessed) in cases {
        let mut state = botox_every_three_months();
        state.apply(Action::AddVisit);
        assert_eq!(
            (
                state.visits[2].units.as_str(),
                state.visits[2].guessed.units
            ),
            ("20", true)
        );
        for edit in *edits {
            state.apply(Action::EditVisit(2, edit.clone()));
        }
        let visit = &state.visits[2];
        assert_eq!(
            (visit.units.as_str(), visit.guessed.units),
            (*units, *guessed),
            "{edits:?}"
        );
    }
    // The engine never reads a carried guess as a dose drop: the Dysport visit has no dose
    // until the visitor gives one.
    let mut state = botox_every_three_months();
    state.apply(Action::AddVisit);
    for edit in [
        VisitEdit::Product(Some(Product::Dysport)),
        VisitEdit::Result(Outcome::Full),
        VisitEdit::LastedWeeks("about 5".into()),
    ] {
        state.apply(Action::EditVisit(2, edit));
    }
    let history = build_history(&state.visits, &state.about, &[], today()).unwrap();
    let last = &history.treatments[2];
    assert_eq!(
        (last.product, last.units, last.lasted_weeks),
        (Product::Dysport, None, Some(5.0))
    );
    assert_eq!(
        history.treatments[0].lasted_weeks,
        Some(12.5),
        "12 to 13 weeks, its middle"
    );
}

#[test]
fn a_flagged_field_loses_its_message_as_soon_as_its_value_is_right() {
    let mut state = botox_every_three_months();
    state.apply(Action::EditVisit(
        1,
        VisitEdit::LastedWeeks("a while".into()),
    ));
    state.apply(Action::EditVisit(1, VisitEdit::Units("lots".into())));
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Visits);
    assert_eq!(state.failed_checks, 1);
    let flagged = |state: &FormState| -> Vec<(usize, Field, FieldProblem)> {
        state
            .errors
            .iter()
            .map(|e| (e.visit, e.field, e.problem.clone()))
            .collect()
    };
    assert_eq!(
        flagged(&state),
        vec![
            (1, Field::Units, FieldProblem::NotANumber("lots".into())),
            (
                1,
                Field::LastedWeeks,
                FieldProblem::NotWeeks("a while".into())
            ),
        ]
    );
    // Still wrong: the message follows what is typed now.
    state.apply(Action::EditVisit(
        1,
        VisitEdit::LastedWeeks("12 days".into()),
    ));
    assert_eq!(
        flagged(&state)[1],
        (
            1,
            Field::LastedWeeks,
            FieldProblem::UnreadableWord("days".into())
        )
    );
    // Fixed: its message goes at once, the other stays.
    state.apply(Action::EditVisit(
        1,
        VisitEdit::LastedWeeks("3 months".into()),
    ));
    assert_eq!(
        flagged(&state),
        vec![(1, Field::Units, FieldProblem::NotANumber("lots".into()))]
    );
    // A field not flagged is not flagged while typing, even when wrong.
    state.apply(Action::EditVisit(
        0,
        VisitEdit::LastedWeeks("a while".into()),
    ));
    assert_eq!(state.errors.len(), 1);
    state.apply(Action::EditVisit(1, VisitEdit::Units("20 units".into())));
    assert!(state.errors.is_empty());
    assert_eq!(
        state.visits[1].lasted_weeks, "3 months",
        "kept exactly as typed"
    );
    state.apply(Action::EditVisit(0, VisitEdit::LastedWeeks("12-13".into())));
    state.apply(Action::Next);
    assert_eq!((state.step, state.failed_checks), (Step::About, 1));
}

#[test]
fn places_are_kept_for_both_paths_and_old_ones_still_read() {
    use resistance_check::form::state::Place;
    let place = |path, step, language| Place {
        path,
        step,
        language,
    };
    for (text, kept) in [
        (
            "visits:en",
            place(PathKind::Detailed, Step::Visits, Language::En),
        ),
        (
            "about:es",
            place(PathKind::Detailed, Step::About, Language::Es),
        ),
        (
            "result:es",
            place(PathKind::Detailed, Step::Result, Language::Es),
        ),
        (
            "quick-0:en",
            place(PathKind::Quick, Step::Quick(0), Language::En),
        ),
        (
            "quick-7:es",
            place(PathKind::Quick, Step::Quick(7), Language::Es),
        ),
        (
            "quick-result:en",
            place(PathKind::Quick, Step::Result, Language::En),
        ),
    ] {
        assert_eq!(Place::from_text(text), Some(kept), "{text}");
        assert_eq!(kept.to_text().as_deref(), Some(text));
    }
    for bad in [
        "quick-:en",
        "quick-+1:en",
        "quick- 1:en",
        "quick-x:en",
        "quick-result:fr",
        "quick:en",
    ] {
        assert_eq!(Place::from_text(bad), None, "{bad:?}");
    }
    assert_eq!(
        place(PathKind::Quick, Step::About, Language::En).to_text(),
        None
    );
    assert_eq!(
        place(PathKind::Detailed, Step::Quick(1), Language::En).to_text(),
        None
    );
}

#[test]
fn quick_answers_kept_on_the_device_read_back_exactly() {
    use resistance_check::form::kept::{quick_from_text, quick_text};
    let answers = QuickAnswers {
        how_long: Some(HowLong::OverThreeYears),
        how_often: Some(HowOften::ThreeMonthsOrMore),
        product: Some(Product::Dysport),
        dose: Some(DoseChange::Same),
        effect: Some(EffectChange::WorseOverSeveral),
        last: None,
        injector: Some(NewInjector::No),
    };
    let about = AboutYou {
        sex: Some(Sex::Female),
        very_active: true,
        autoimmune: false,
        medical: true,
    };
    let text = quick_text(&answers, &about);
    assert_eq!(
        text,
        "how_long=OverThreeYears;how_often=ThreeMonthsOrMore;product=Dysport;dose=Same;\
         effect=WorseOverSeveral;injector=No;sex=Female;very_active=1;autoimmune=0;medical=1"
    );
    assert_eq!(quick_from_text(&text), Some((answers, about)));
    let blank = quick_text(&QuickAnswers::default(), &AboutYou::default());
    assert_eq!(
        quick_from_text(&blank),
        Some((QuickAnswers::default(), AboutYou::default()))
    );
    for bad in [
        "how_long=Forever",
        "how_long",
        "colour=Blue",
        "very_active=yes",
        "effect=worse_over_several",
        "{\"treatments\":[]}",
    ] {
        assert_eq!(quick_from_text(bad), None, "{bad:?}");
    }
}

#[test]
fn kept_quick_answers_come_back_behind_the_safety_screen_at_their_step() {
    use resistance_check::form::state::Place;
    let answered = [
        QuickAnswer::HowLong(HowLong::OverThreeYears),
        QuickAnswer::HowOften(HowOften::ThreeMonthsOrMore),
        QuickAnswer::Product(Product::Botox),
        QuickAnswer::Dose(DoseChange::Same),
        QuickAnswer::Effect(EffectChange::WorseOverSeveral),
        QuickAnswer::Last(LastTreatment::SixWeeksToFourMonths),
        QuickAnswer::Injector(NewInjector::No),
    ];
    let mut before = FormState::new(Language::En, OfferedPaths::default(), today());
    before.apply(Action::FinishSafety);
    before.apply(Action::ChoosePath(PathKind::Quick));
    answer_quick(&mut before, &answered);
    before.apply(Action::Next);
    assert_eq!(before.step, Step::Result);
    let kept_place = before.place().unwrap();
    assert_eq!(kept_place.to_text().as_deref(), Some("quick-result:en"));
    // (the place kept, the step after the safety screen)
    for (place, step) in [
        (kept_place, Step::Result),
        (
            Place {
                step: Step::Quick(4),
                ..kept_place
            },
            Step::Quick(4),
        ),
        (
            Place {
                step: Step::Quick(40),
                ..kept_place
            },
            Step::Quick(7),
        ),
        (
            Place {
                path: PathKind::Detailed,
                step: Step::About,
                ..kept_place
            },
            Step::ChoosePath,
        ),
    ] {
        let mut state = FormState::new(Language::Es, OfferedPaths::default(), today());
        state.apply(Action::RestoreQuick(
            before.quick.clone(),
            before.about.clone(),
        ));
        state.apply(Action::RestorePlace(place));
        assert!(state.restored && state.remember);
        assert_eq!(state.step, Step::Safety, "the safety screen first");
        state.apply(Action::FinishSafety);
        assert_eq!(state.step, step, "{place:?}");
        assert_eq!(state.quick, before.quick);
        assert_eq!(state.language, Language::En);
        if step == Step::Result {
            assert_eq!(state.verdict(), before.verdict());
        }
    }
    // A clinic that no longer offers the quick check: the visitor chooses again.
    let detailed_only = OfferedPaths {
        quick: false,
        detailed: true,
    };
    let mut state = FormState::new(Language::En, detailed_only, today());
    state.apply(Action::RestoreQuick(
        before.quick.clone(),
        before.about.clone(),
    ));
    state.apply(Action::RestorePlace(kept_place));
    state.apply(Action::FinishSafety);
    assert_eq!(state.step, Step::Visits);
}
