//! The quick check: at most eight one-tap questions, and how their answers become a
//! contract history for the same engine the detailed path uses.
//!
//! The visitor gives patterns, not numbers, so the quick check does not invent a history
//! of dates and doses for the engine: it applies the contract's verdict rules to the
//! answers themselves (`Facts`), and every piece of evidence is an answer the visitor gave
//! (`Evidence::Stated`). "I don't know" and "I'm not sure" add no evidence and no cause.
//! `docs/rules.md` ("The quick check") lists each rule with its source.

use crate::date::Date;
use crate::engine::model::{
    Assessment, Cause, CauseId, Evidence, History, Product, Purpose, RedFlag, RiskFactor, Sex,
    Stated, Strength, Treatment, Verdict,
};
use crate::engine::rules::{next_steps, verdict_in_order};

/// How long the visitor has been having treatments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HowLong {
    FirstTreatment,
    UnderAYear,
    OneToThreeYears,
    OverThreeYears,
    DontKnow,
}

impl HowLong {
    /// Every answer, in the order the question lists them.
    pub const ALL: [HowLong; 5] = [
        HowLong::FirstTreatment,
        HowLong::UnderAYear,
        HowLong::OneToThreeYears,
        HowLong::OverThreeYears,
        HowLong::DontKnow,
    ];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = HowLong::ALL.len();
}

/// How far apart the treatments are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HowOften {
    ThreeMonthsOrMore,
    MoreOften,
    WithTouchUps,
    DontKnow,
}

impl HowOften {
    /// Every answer, in the order the question lists them.
    pub const ALL: [HowOften; 4] = [
        HowOften::ThreeMonthsOrMore,
        HowOften::MoreOften,
        HowOften::WithTouchUps,
        HowOften::DontKnow,
    ];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = HowOften::ALL.len();
}

/// Whether the last dose differed from the ones before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseChange {
    Same,
    Lower,
    Higher,
    DontKnow,
}

impl DoseChange {
    /// Every answer, in the order the question lists them.
    pub const ALL: [DoseChange; 4] = [
        DoseChange::Same,
        DoseChange::Lower,
        DoseChange::Higher,
        DoseChange::DontKnow,
    ];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = DoseChange::ALL.len();
}

/// How the effect has changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EffectChange {
    Same,
    WorseLastTime,
    /// The last two or three treatments: more than one visit, without a steady decline.
    WorseLastFew,
    WorseOverSeveral,
    NothingLastTime,
    AlwaysShort,
    AlwaysPartial,
    NeverWorked,
    DontKnow,
}

impl EffectChange {
    /// Every answer, in the order the question lists them.
    pub const ALL: [EffectChange; 9] = [
        EffectChange::Same,
        EffectChange::WorseLastTime,
        EffectChange::WorseLastFew,
        EffectChange::WorseOverSeveral,
        EffectChange::NothingLastTime,
        EffectChange::AlwaysShort,
        EffectChange::AlwaysPartial,
        EffectChange::NeverWorked,
        EffectChange::DontKnow,
    ];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = EffectChange::ALL.len();

    /// The answers that make sense after a single treatment, in the order offered: nothing
    /// can have changed "over several visits" or "only the last time".
    pub const FIRST_TREATMENT: [EffectChange; 5] = [
        EffectChange::Same,
        EffectChange::AlwaysShort,
        EffectChange::AlwaysPartial,
        EffectChange::NeverWorked,
        EffectChange::DontKnow,
    ];

    /// Whether this answer needs more than one treatment to be true.
    pub fn needs_several_visits(self) -> bool {
        !EffectChange::FIRST_TREATMENT.contains(&self)
    }
}

/// How long ago the last treatment was. The first line is the engine's too-early window
/// (`TOO_EARLY_DAYS`, two weeks); the ranges leave no gap between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastTreatment {
    UnderTwoWeeks,
    TwoToSixWeeks,
    SixWeeksToFourMonths,
    OverFourMonths,
    DontKnow,
}

impl LastTreatment {
    /// Every answer, in the order the question lists them.
    pub const ALL: [LastTreatment; 5] = [
        LastTreatment::UnderTwoWeeks,
        LastTreatment::TwoToSixWeeks,
        LastTreatment::SixWeeksToFourMonths,
        LastTreatment::OverFourMonths,
        LastTreatment::DontKnow,
    ];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = LastTreatment::ALL.len();
}

/// Whether the last treatment was with an injector or clinic new to the visitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewInjector {
    Yes,
    No,
    DontKnow,
}

impl NewInjector {
    /// Every answer, in the order the question lists them.
    pub const ALL: [NewInjector; 3] = [NewInjector::Yes, NewInjector::No, NewInjector::DontKnow];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = NewInjector::ALL.len();
}

/// A little about the visitor; shared with the detailed path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AboutYou {
    pub sex: Option<Sex>,
    pub very_active: bool,
    pub autoimmune: bool,
    pub medical: bool,
}

impl AboutYou {
    /// The contract history of these answers, the symptoms and `treatments`, on `today`.
    pub fn history(
        &self,
        today: Date,
        red_flags: &[RedFlag],
        treatments: Vec<Treatment>,
    ) -> History {
        let mut history = History::new(today);
        history.purpose = if self.medical {
            Purpose::Medical
        } else {
            Purpose::Cosmetic
        };
        history.sex = self.sex;
        history.very_active = self.very_active;
        history.autoimmune = self.autoimmune;
        history.red_flags = red_flags.to_vec();
        history.treatments = treatments;
        history
    }

    /// The about-you answers a history carries.
    pub fn from_history(history: &History) -> AboutYou {
        AboutYou {
            sex: history.sex,
            very_active: history.very_active,
            autoimmune: history.autoimmune,
            medical: history.purpose == Purpose::Medical,
        }
    }
}

/// The quick check's questions, in the order asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    HowLong,
    HowOften,
    Product,
    Dose,
    Effect,
    Last,
    Injector,
    About,
}

/// One answer to one question, as a leaf component emits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuickAnswer {
    HowLong(HowLong),
    HowOften(HowOften),
    Product(Product),
    Dose(DoseChange),
    Effect(EffectChange),
    Last(LastTreatment),
    Injector(NewInjector),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuickAnswers {
    pub how_long: Option<HowLong>,
    pub how_often: Option<HowOften>,
    pub product: Option<Product>,
    pub dose: Option<DoseChange>,
    pub effect: Option<EffectChange>,
    pub last: Option<LastTreatment>,
    pub injector: Option<NewInjector>,
}

impl QuickAnswers {
    /// The questions that apply: a first treatment has no schedule, dose change or
    /// change of injector to ask about.
    pub fn questions(&self) -> Vec<Question> {
        let first = self.how_long == Some(HowLong::FirstTreatment);
        [
            Question::HowLong,
            Question::HowOften,
            Question::Product,
            Question::Dose,
            Question::Effect,
            Question::Last,
            Question::Injector,
            Question::About,
        ]
        .into_iter()
        .filter(|q| {
            !(first && matches!(q, Question::HowOften | Question::Dose | Question::Injector))
        })
        .collect()
    }

    pub fn set(&mut self, answer: QuickAnswer) {
        match answer {
            QuickAnswer::HowLong(value) => self.how_long = Some(value),
            QuickAnswer::HowOften(value) => self.how_often = Some(value),
            QuickAnswer::Product(value) => self.product = Some(value),
            QuickAnswer::Dose(value) => self.dose = Some(value),
            QuickAnswer::Effect(value) => self.effect = Some(value),
            QuickAnswer::Last(value) => self.last = Some(value),
            QuickAnswer::Injector(value) => self.injector = Some(value),
        }
    }

    /// Whether `question` has an answer (the about-you question always has one).
    pub fn answered(&self, question: Question) -> bool {
        match question {
            Question::HowLong => self.how_long.is_some(),
            Question::HowOften => self.how_often.is_some(),
            Question::Product => self.product.is_some(),
            Question::Dose => self.dose.is_some(),
            Question::Effect => self.effect.is_some(),
            Question::Last => self.last.is_some(),
            Question::Injector => self.injector.is_some(),
            Question::About => true,
        }
    }

    /// What these answers show, assessed on `today`, with the history they stand for:
    /// the about-you answers and the symptoms, and no treatments, because the quick check
    /// has no dates or doses to give. Unanswered questions read as "I don't know".
    pub fn assess(
        &self,
        about: &AboutYou,
        red_flags: &[RedFlag],
        today: Date,
    ) -> (History, Assessment) {
        let history = about.history(today, red_flags, Vec::new());
        let facts = Facts::of(self, about);
        let causes = facts.causes();
        let risk_factors = facts.risk_factors();
        let verdict = facts.verdict(red_flags, &causes);
        let next_steps = next_steps(verdict, &causes, &risk_factors, history.purpose);
        let assessment = Assessment {
            verdict,
            causes,
            risk_factors,
            next_steps,
        };
        (history, assessment)
    }
}

/// The quick answers as facts the rules can use: "I don't know", an unanswered question, and
/// an answer that cannot hold for a first treatment all read as nothing known.
struct Facts {
    how_long: HowLong,
    first: bool,
    how_often: HowOften,
    dose: DoseChange,
    effect: EffectChange,
    recent: bool,
    new_injector: bool,
    sex: Option<Sex>,
    very_active: bool,
    autoimmune: bool,
    medical: bool,
}

impl Facts {
    fn of(answers: &QuickAnswers, about: &AboutYou) -> Facts {
        let how_long = answers.how_long.unwrap_or(HowLong::DontKnow);
        let first = how_long == HowLong::FirstTreatment;
        let effect = answers.effect.unwrap_or(EffectChange::DontKnow);
        let effect = if first && effect.needs_several_visits() {
            EffectChange::DontKnow
        } else {
            effect
        };
        Facts {
            how_long,
            first,
            // A first treatment has no schedule, earlier dose or earlier injector.
            how_often: if first {
                HowOften::DontKnow
            } else {
                answers.how_often.unwrap_or(HowOften::DontKnow)
            },
            dose: if first {
                DoseChange::DontKnow
            } else {
                answers.dose.unwrap_or(DoseChange::DontKnow)
            },
            effect,
            recent: answers.last == Some(LastTreatment::UnderTwoWeeks),
            new_injector: !first && answers.injector == Some(NewInjector::Yes),
            sex: about.sex,
            very_active: about.very_active,
            autoimmune: about.autoimmune,
            medical: about.medical,
        }
    }

    /// The effect is not, or not yet, what it should be now.
    fn shortfall_now(&self) -> bool {
        matches!(
            self.effect,
            EffectChange::WorseLastTime
                | EffectChange::WorseLastFew
                | EffectChange::WorseOverSeveral
                | EffectChange::NothingLastTime
                | EffectChange::AlwaysPartial
                | EffectChange::NeverWorked
                | EffectChange::DontKnow
        )
    }

    /// The answer about the effect, as evidence; none for "I'm not sure" or "as always".
    fn effect_stated(&self) -> Option<Evidence> {
        let answer = match self.effect {
            EffectChange::WorseLastTime => Stated::WorseLastTime,
            EffectChange::WorseLastFew => Stated::WorseLastFew,
            EffectChange::WorseOverSeveral => Stated::WorseOverSeveral,
            EffectChange::NothingLastTime => Stated::NothingLastTime,
            EffectChange::AlwaysShort => Stated::AlwaysShort,
            EffectChange::AlwaysPartial => Stated::AlwaysPartial,
            EffectChange::NeverWorked => Stated::NeverWorked,
            EffectChange::Same | EffectChange::DontKnow => return None,
        };
        Some(said(answer))
    }

    /// The answer about how long, as evidence where it says something.
    fn how_long_stated(&self) -> Option<Evidence> {
        let answer = match self.how_long {
            HowLong::FirstTreatment => Stated::FirstTreatment,
            HowLong::UnderAYear => Stated::UnderAYear,
            HowLong::OneToThreeYears => Stated::OneToThreeYears,
            HowLong::OverThreeYears => Stated::OverThreeYears,
            HowLong::DontKnow => return None,
        };
        Some(said(answer))
    }

    /// It worked and then worked less: the effect answers that say so.
    fn fell_short_after_working(&self) -> bool {
        matches!(
            self.effect,
            EffectChange::WorseLastTime
                | EffectChange::WorseLastFew
                | EffectChange::WorseOverSeveral
                | EffectChange::NothingLastTime
        )
    }

    /// It fell short at more than one treatment: the contract's "over more than one visit".
    fn fell_short_more_than_once(&self) -> bool {
        matches!(
            self.effect,
            EffectChange::WorseLastFew | EffectChange::WorseOverSeveral
        )
    }

    fn causes(&self) -> Vec<Cause> {
        [
            self.too_early(),
            self.low_dose(),
            self.strong_muscles(),
            self.fast_metabolism(),
            self.placement(),
            self.product_issue(),
            self.resistance(),
            self.never_worked(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Treated under two weeks ago and not (yet) working as it should.
    fn too_early(&self) -> Option<Cause> {
        (self.recent && self.shortfall_now()).then(|| {
            cause(
                CauseId::TooEarly,
                true,
                vec![said(Stated::LastUnderTwoWeeks)],
            )
        })
    }

    /// A lower last dose, and then a weaker or shorter effect.
    fn low_dose(&self) -> Option<Cause> {
        let evidence = [Some(said(Stated::DoseLower)), self.effect_stated()];
        (self.dose == DoseChange::Lower && self.fell_short_after_working()).then(|| {
            cause(
                CauseId::LowDose,
                true,
                evidence.into_iter().flatten().collect(),
            )
        })
    }

    /// Only ever partly working: larger or stronger muscles than a standard dose is sized
    /// for; likely for a man. An effect that was always short is the same dose question
    /// for anyone not very active (a very active visitor gets `fast_metabolism` instead).
    fn strong_muscles(&self) -> Option<Cause> {
        let male = self.sex == Some(Sex::Male);
        let fits = match self.effect {
            EffectChange::AlwaysPartial => true,
            EffectChange::AlwaysShort => !self.very_active,
            _ => false,
        };
        if !fits {
            return None;
        }
        let mut evidence: Vec<Evidence> = self.effect_stated().into_iter().collect();
        if male {
            evidence.push(Evidence::Male);
        }
        let likely = male && self.effect == EffectChange::AlwaysPartial;
        Some(cause(CauseId::StrongMuscles, likely, evidence))
    }

    /// Very active, and the effect has always worn off quickly.
    fn fast_metabolism(&self) -> Option<Cause> {
        (self.very_active && self.effect == EffectChange::AlwaysShort).then(|| {
            let evidence = vec![Evidence::VeryActive, said(Stated::AlwaysShort)];
            cause(CauseId::FastMetabolism, !self.first, evidence)
        })
    }

    /// A new injector at the last treatment, and then a weaker or shorter effect. Likely
    /// when only that treatment fell short; possible when the fall began before it.
    fn placement(&self) -> Option<Cause> {
        (self.new_injector && self.fell_short_after_working()).then(|| {
            let likely = !self.fell_short_more_than_once();
            let evidence = [Some(said(Stated::NewInjector)), self.effect_stated()];
            cause(
                CauseId::Placement,
                likely,
                evidence.into_iter().flatten().collect(),
            )
        })
    }

    /// One treatment that suddenly did less, or nothing, after it had worked, with no lower
    /// dose to explain it: a bad batch or vial. Likely for no effect at all after years of
    /// treatment, or with a new injector; possible otherwise.
    fn product_issue(&self) -> Option<Cause> {
        let single = matches!(
            self.effect,
            EffectChange::WorseLastTime | EffectChange::NothingLastTime
        );
        if !single || self.dose == DoseChange::Lower {
            return None;
        }
        let years = matches!(
            self.how_long,
            HowLong::OneToThreeYears | HowLong::OverThreeYears
        );
        let likely = self.effect == EffectChange::NothingLastTime && (years || self.new_injector);
        let evidence = [
            self.effect_stated(),
            self.how_long_stated().filter(|_| years),
        ];
        Some(cause(
            CauseId::ProductIssue,
            likely,
            evidence.into_iter().flatten().collect(),
        ))
    }

    /// Weaker or shorter at more than one treatment (the last two or three, or a little more
    /// each time), at a dose the visitor did not call lower: the contract's pattern of
    /// resistance. Likely only when the dose stayed the same or rose and the treatments go
    /// back a year or more (resistance builds over years, the article says); possible with
    /// an unknown dose, a short history, or a new injector.
    fn resistance(&self) -> Option<Cause> {
        if !self.fell_short_more_than_once() || self.dose == DoseChange::Lower {
            return None;
        }
        let dose = match self.dose {
            DoseChange::Same => Some(said(Stated::DoseSame)),
            DoseChange::Higher => Some(said(Stated::DoseHigher)),
            DoseChange::Lower | DoseChange::DontKnow => None,
        };
        let years = matches!(
            self.how_long,
            HowLong::OneToThreeYears | HowLong::OverThreeYears
        );
        let likely = dose.is_some() && years && !self.new_injector;
        let evidence = [self.effect_stated(), dose, self.how_long_stated()];
        Some(cause(
            CauseId::Resistance,
            likely,
            evidence.into_iter().flatten().collect(),
        ))
    }

    /// It has never worked: likely when that covers several treatments.
    fn never_worked(&self) -> Option<Cause> {
        (self.effect == EffectChange::NeverWorked).then(|| {
            let evidence = [self.effect_stated(), self.how_long_stated()];
            cause(
                CauseId::NeverWorked,
                !self.first,
                evidence.into_iter().flatten().collect(),
            )
        })
    }

    fn risk_factors(&self) -> Vec<RiskFactor> {
        [
            (
                RiskFactor::ShortInterval,
                self.how_often == HowOften::MoreOften,
            ),
            (
                RiskFactor::TouchUp,
                self.how_often == HowOften::WithTouchUps,
            ),
            (RiskFactor::MedicalUse, self.medical),
            (RiskFactor::Autoimmune, self.autoimmune),
        ]
        .into_iter()
        .filter_map(|(factor, present)| present.then_some(factor))
        .collect()
    }

    /// The first verdict that fits, in the contract's order. Without a cause, an effect
    /// "as always" is no concern, and anything else (not sure, an unexplained shortfall)
    /// is unclear: a quick answer that the effect fell short is never "working as expected".
    fn verdict(&self, red_flags: &[RedFlag], causes: &[Cause]) -> Verdict {
        let working = self.effect == EffectChange::Same;
        verdict_in_order(!red_flags.is_empty(), causes, working)
    }
}

fn said(answer: Stated) -> Evidence {
    Evidence::Stated { answer }
}

fn cause(id: CauseId, likely: bool, evidence: Vec<Evidence>) -> Cause {
    let strength = if likely {
        Strength::Likely
    } else {
        Strength::Possible
    };
    Cause {
        id,
        strength,
        evidence,
    }
}
