//! Every combination of the quick check's answers, with every about-you option, against the
//! invariants that keep its result faithful to what the visitor said. Prints how many
//! combinations it checked.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::date::Date;
use resistance_check::engine::model::{
    Assessment, CauseId, Evidence, NextStep, Product, RedFlag, Sex, Stated, Strength, Verdict,
};
use resistance_check::form::quick::{
    AboutYou, DoseChange, EffectChange, HowLong, HowOften, LastTreatment, NewInjector, QuickAnswers,
};

fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

/// Every about-you combination: sex unanswered or each option, and each box on or off.
fn every_about() -> Vec<AboutYou> {
    let sexes = [
        None,
        Some(Sex::Female),
        Some(Sex::Male),
        Some(Sex::Unspecified),
    ];
    let mut all = Vec::new();
    for sex in sexes {
        for bits in 0..8u8 {
            all.push(AboutYou {
                sex,
                very_active: bits & 1 != 0,
                autoimmune: bits & 2 != 0,
                medical: bits & 4 != 0,
            });
        }
    }
    all
}

/// Calls `check` for every combination of answers (each question's options, and
/// unanswered for the questions a first treatment skips) and every about-you option.
fn for_every_combination(mut check: impl FnMut(&QuickAnswers, &AboutYou, &Assessment)) -> usize {
    let abouts = every_about();
    let mut count = 0;
    for how_long in HowLong::ALL {
        let first = how_long == HowLong::FirstTreatment;
        let how_often: Vec<Option<HowOften>> = if first {
            vec![None]
        } else {
            HowOften::ALL.into_iter().map(Some).collect()
        };
        let doses: Vec<Option<DoseChange>> = if first {
            vec![None]
        } else {
            DoseChange::ALL.into_iter().map(Some).collect()
        };
        let injectors: Vec<Option<NewInjector>> = if first {
            vec![None]
        } else {
            NewInjector::ALL.into_iter().map(Some).collect()
        };
        // Every effect answer even for a first treatment: a stale answer kept from before
        // the visitor changed "how long" must not count either.
        for &often in &how_often {
            for &product in Product::ALL {
                for &dose in &doses {
                    for effect in EffectChange::ALL {
                        for last in LastTreatment::ALL {
                            for &injector in &injectors {
                                let answers = QuickAnswers {
                                    how_long: Some(how_long),
                                    how_often: often,
                                    product: Some(product),
                                    dose,
                                    effect: Some(effect),
                                    last: Some(last),
                                    injector,
                                };
                                for about in &abouts {
                                    let (history, assessment) = answers.assess(about, &[], today());
                                    assert!(history.treatments.is_empty());
                                    check(&answers, about, &assessment);
                                    count += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    count
}

/// The answer a piece of quick evidence quotes was really given.
fn stated_was_given(answer: Stated, answers: &QuickAnswers) -> bool {
    let first = answers.how_long == Some(HowLong::FirstTreatment);
    let effect =
        |e: EffectChange| answers.effect == Some(e) && !(first && e.needs_several_visits());
    match answer {
        Stated::FirstTreatment => first,
        Stated::UnderAYear => answers.how_long == Some(HowLong::UnderAYear),
        Stated::OneToThreeYears => answers.how_long == Some(HowLong::OneToThreeYears),
        Stated::OverThreeYears => answers.how_long == Some(HowLong::OverThreeYears),
        Stated::DoseSame => answers.dose == Some(DoseChange::Same),
        Stated::DoseLower => answers.dose == Some(DoseChange::Lower),
        Stated::DoseHigher => answers.dose == Some(DoseChange::Higher),
        Stated::WorseLastTime => effect(EffectChange::WorseLastTime),
        Stated::WorseLastFew => effect(EffectChange::WorseLastFew),
        Stated::WorseOverSeveral => effect(EffectChange::WorseOverSeveral),
        Stated::NothingLastTime => effect(EffectChange::NothingLastTime),
        Stated::AlwaysShort => effect(EffectChange::AlwaysShort),
        Stated::AlwaysPartial => effect(EffectChange::AlwaysPartial),
        Stated::NeverWorked => effect(EffectChange::NeverWorked),
        Stated::LastUnderTwoWeeks => answers.last == Some(LastTreatment::UnderTwoWeeks),
        Stated::NewInjector => !first && answers.injector == Some(NewInjector::Yes),
    }
}

fn check_invariants(answers: &QuickAnswers, about: &AboutYou, a: &Assessment) {
    let first = answers.how_long == Some(HowLong::FirstTreatment);
    let effect = answers.effect.unwrap_or(EffectChange::DontKnow);
    let effect = if first && effect.needs_several_visits() {
        EffectChange::DontKnow
    } else {
        effect
    };
    let context = || format!("{answers:?} {about:?} -> {a:?}");
    let has = |id: CauseId| a.has_cause(id);

    assert_ne!(a.verdict, Verdict::SeekCare, "no symptoms: {}", context());
    // Said the effect changed, is short, partial or absent (or is unsure): never "working
    // as expected".
    if effect != EffectChange::Same {
        assert_ne!(a.verdict, Verdict::NoConcern, "{}", context());
    }
    // A lower dose cause only when the visitor said the dose was lower.
    if has(CauseId::LowDose) {
        assert_eq!(answers.dose, Some(DoseChange::Lower), "{}", context());
    }
    // Placement only with a new injector (the quick check asks nothing about evenness).
    if has(CauseId::Placement) {
        assert_eq!(answers.injector, Some(NewInjector::Yes), "{}", context());
    }
    // A first treatment gets no cause that needs several visits.
    if first {
        for id in [
            CauseId::Resistance,
            CauseId::ProductIssue,
            CauseId::Placement,
            CauseId::LowDose,
        ] {
            assert!(!has(id), "first treatment got {id:?}: {}", context());
        }
    }
    // "I'm not sure" about the effect adds no cause but the one its date gives.
    if effect == EffectChange::DontKnow {
        assert!(
            a.causes.iter().all(|c| c.id == CauseId::TooEarly),
            "{}",
            context()
        );
    }
    // Too early only for a treatment under two weeks old.
    if a.verdict == Verdict::TooEarly {
        assert_eq!(
            answers.last,
            Some(LastTreatment::UnderTwoWeeks),
            "{}",
            context()
        );
    }
    // Resistance only for a fall at more than one visit (the last two or three, or a
    // little more each time) at a dose not called lower.
    let more_than_once = matches!(
        effect,
        EffectChange::WorseLastFew | EffectChange::WorseOverSeveral
    );
    if a.verdict == Verdict::PossibleResistance {
        assert!(more_than_once, "{}", context());
        assert_ne!(answers.dose, Some(DoseChange::Lower), "{}", context());
    }
    // And such a fall, at the same dose after a year or more with the usual injector, is the
    // contract's pattern of resistance, whichever of the two answers tells it.
    let years = matches!(
        answers.how_long,
        Some(HowLong::OneToThreeYears | HowLong::OverThreeYears)
    );
    if more_than_once
        && years
        && answers.dose == Some(DoseChange::Same)
        && answers.injector == Some(NewInjector::No)
        && answers.last != Some(LastTreatment::UnderTwoWeeks)
    {
        assert_eq!(a.verdict, Verdict::PossibleResistance, "{}", context());
        let resistance = a.causes.iter().find(|c| c.id == CauseId::Resistance);
        assert_eq!(
            resistance.map(|c| c.strength),
            Some(Strength::Likely),
            "{}",
            context()
        );
    }
    // The contract's order: resistance before correctable, correctable needs its cause.
    if has(CauseId::Resistance) && a.verdict != Verdict::TooEarly {
        assert_eq!(a.verdict, Verdict::PossibleResistance, "{}", context());
    }
    if a.verdict == Verdict::Correctable {
        assert!(
            a.causes.iter().any(|c| !matches!(
                c.id,
                CauseId::Resistance | CauseId::NeverWorked | CauseId::TooEarly
            )),
            "{}",
            context()
        );
    }
    // Evidence quotes the visitor's own answers only, and every cause has some.
    for cause in &a.causes {
        assert!(!cause.evidence.is_empty(), "{}", context());
        for evidence in &cause.evidence {
            match evidence {
                Evidence::Stated { answer } => {
                    assert!(
                        stated_was_given(*answer, answers),
                        "{answer:?}: {}",
                        context()
                    )
                }
                Evidence::Male => assert_eq!(about.sex, Some(Sex::Male), "{}", context()),
                Evidence::VeryActive => assert!(about.very_active, "{}", context()),
                other => panic!("quick evidence with invented data {other:?}: {}", context()),
            }
        }
    }
    // Risk factors only from what was said.
    for factor in &a.risk_factors {
        let said = match factor.id() {
            "short_interval" => answers.how_often == Some(HowOften::MoreOften) && !first,
            "touch_up" => answers.how_often == Some(HowOften::WithTouchUps) && !first,
            "medical_use" => about.medical,
            "autoimmune" => about.autoimmune,
            _ => false,
        };
        assert!(said, "{factor:?}: {}", context());
    }
    // Medical use: the treating doctor first, no collagen care.
    if about.medical && a.verdict != Verdict::NoConcern {
        assert_eq!(
            a.next_steps.first(),
            Some(&NextStep::SeeTreatingDoctor),
            "{}",
            context()
        );
    }
    if about.medical {
        assert!(
            !a.next_steps.contains(&NextStep::CollagenTreatments),
            "{}",
            context()
        );
    }
    // Never "keep to your plan" beside advice to change the plan's spacing.
    if a.next_steps.contains(&NextStep::KeepSchedule) {
        assert!(
            !a.next_steps
                .iter()
                .any(|s| matches!(s, NextStep::SpaceTreatments | NextStep::AvoidTouchUps)),
            "{}",
            context()
        );
    }
}

#[test]
fn every_combination_of_quick_answers_keeps_to_what_the_visitor_said() {
    let count = for_every_combination(check_invariants);
    println!("quick check: {count} combinations of answers checked");
    assert!(count > 1_000_000, "{count}");
}

#[test]
fn any_symptom_makes_every_combination_seek_care() {
    let answers = QuickAnswers {
        how_long: Some(HowLong::OverThreeYears),
        effect: Some(EffectChange::WorseOverSeveral),
        dose: Some(DoseChange::Same),
        ..QuickAnswers::default()
    };
    for flag in RedFlag::ALL {
        let (history, a) = answers.assess(&AboutYou::default(), &[*flag], today());
        assert_eq!(a.verdict, Verdict::SeekCare);
        assert_eq!(history.red_flags, vec![*flag]);
        assert_eq!(a.next_steps.first(), Some(&NextStep::SeekMedicalHelpNow));
    }
}

#[test]
fn the_three_reported_faces_of_invented_facts_are_gone() {
    let base = QuickAnswers {
        how_long: Some(HowLong::OneToThreeYears),
        how_often: Some(HowOften::ThreeMonthsOrMore),
        product: Some(Product::Botox),
        dose: Some(DoseChange::Same),
        effect: Some(EffectChange::Same),
        last: Some(LastTreatment::SixWeeksToFourMonths),
        injector: Some(NewInjector::No),
    };
    let about = AboutYou::default();
    // Always worn off quickly, not very active: a dose question, not "working as expected".
    let short = QuickAnswers {
        effect: Some(EffectChange::AlwaysShort),
        ..base.clone()
    };
    let (_, a) = short.assess(&about, &[], today());
    assert_eq!(a.verdict, Verdict::Correctable, "{a:?}");
    assert!(a.next_steps.contains(&NextStep::DoseReview));
    // Not sure how the result changed: no cause, no quoted weaker result.
    let unsure = QuickAnswers {
        effect: Some(EffectChange::DontKnow),
        ..base.clone()
    };
    let (_, a) = unsure.assess(&about, &[], today());
    assert_eq!(a.verdict, Verdict::Unclear, "{a:?}");
    assert!(a.causes.is_empty());
    // Touch-ups at the same dose: no lower dose.
    let touch_ups = QuickAnswers {
        how_often: Some(HowOften::WithTouchUps),
        effect: Some(EffectChange::WorseOverSeveral),
        ..base
    };
    let (_, a) = touch_ups.assess(&about, &[], today());
    assert!(!a.has_cause(CauseId::LowDose), "{a:?}");
    assert_eq!(a.verdict, Verdict::PossibleResistance);
}
