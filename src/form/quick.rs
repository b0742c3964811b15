//! The quick check: at most eight one-tap questions, and how their answers become a
//! contract history for the same engine the detailed path uses.
//!
//! The visitor gives patterns, not numbers, so the history drawn from them is a sketch: a
//! plausible series of visits that carries exactly what the answers say (how many visits,
//! how far apart, whether the dose or the effect changed, and when) and nothing more. Doses
//! are the label dose of the product, scaled when the visitor says it changed.

use crate::date::Date;
use crate::engine::model::{
    Area, History, Outcome, Product, Provider, Purpose, RedFlag, Sex, Treatment, VisitDate,
};
use crate::engine::reading::{expected_weeks, label_dose};

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
    WorseOverSeveral,
    NothingLastTime,
    AlwaysShort,
    AlwaysPartial,
    NeverWorked,
    DontKnow,
}

impl EffectChange {
    /// Every answer, in the order the question lists them.
    pub const ALL: [EffectChange; 8] = [
        EffectChange::Same,
        EffectChange::WorseLastTime,
        EffectChange::WorseOverSeveral,
        EffectChange::NothingLastTime,
        EffectChange::AlwaysShort,
        EffectChange::AlwaysPartial,
        EffectChange::NeverWorked,
        EffectChange::DontKnow,
    ];

    /// How many answers there are: the length of the catalog's list of them.
    pub const COUNT: usize = EffectChange::ALL.len();
}

/// How long ago the last treatment was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastTreatment {
    UnderTwoWeeks,
    TwoToSixWeeks,
    TwoToFourMonths,
    OverFourMonths,
    DontKnow,
}

impl LastTreatment {
    /// Every answer, in the order the question lists them.
    pub const ALL: [LastTreatment; 5] = [
        LastTreatment::UnderTwoWeeks,
        LastTreatment::TwoToSixWeeks,
        LastTreatment::TwoToFourMonths,
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

    /// The history these answers describe, assessed on `today`. Unanswered questions read
    /// as "I don't know".
    pub fn to_history(&self, about: &AboutYou, red_flags: &[RedFlag], today: Date) -> History {
        let how_long = self.how_long.unwrap_or(HowLong::DontKnow);
        let first = how_long == HowLong::FirstTreatment;
        let visits = match how_long {
            HowLong::FirstTreatment => 1,
            HowLong::UnderAYear => 3,
            HowLong::OneToThreeYears => 6,
            HowLong::OverThreeYears => 10,
            HowLong::DontKnow => 4,
        };
        let how_often = if first {
            HowOften::ThreeMonthsOrMore
        } else {
            self.how_often.unwrap_or(HowOften::DontKnow)
        };
        // Sixteen weeks apart unless the visitor says more often (eight weeks): an unknown
        // schedule must not raise the short-interval risk on its own.
        let gap_days: i64 = if how_often == HowOften::MoreOften {
            56
        } else {
            112
        };
        let last_days_ago: i64 = match self.last.unwrap_or(LastTreatment::DontKnow) {
            LastTreatment::UnderTwoWeeks => 7,
            LastTreatment::TwoToSixWeeks => 28,
            LastTreatment::TwoToFourMonths => 90,
            LastTreatment::OverFourMonths => 150,
            LastTreatment::DontKnow => 60,
        };
        let product = self.product.unwrap_or(Product::Unknown);
        let areas = vec![Area::FrownLines];
        let usual_units = label_dose(product, &areas);
        let usual_weeks = expected_weeks(product).round();
        let dose = if first {
            DoseChange::Same
        } else {
            self.dose.unwrap_or(DoseChange::DontKnow)
        };
        let effect = self.effect.unwrap_or(EffectChange::DontKnow);
        let recent = last_days_ago < 14;

        let mut treatments = Vec::with_capacity(visits + 1);
        for index in 0..visits {
            let from_last = (visits - 1 - index) as i64;
            let day = today.add_days(-(last_days_ago + from_last * gap_days));
            let is_last = from_last == 0;
            // The visits that fell short: the last, or the last few for a trend.
            let trend_len = if visits >= 6 { 3 } else { 2 }.min(visits);
            let in_trend = (from_last as usize) < trend_len;
            let (result, lasted) = match effect {
                EffectChange::Same => (Outcome::Full, Some(usual_weeks)),
                EffectChange::WorseLastTime if is_last => {
                    (Outcome::Partial, Some((usual_weeks * 0.5).round()))
                }
                EffectChange::WorseOverSeveral if in_trend => {
                    // Each visit of the trend a little weaker and shorter than the one before.
                    let step = (trend_len - from_last as usize) as f64;
                    let share = 1.0 - 0.2 * step;
                    (
                        Outcome::Partial,
                        Some((usual_weeks * share).round().max(2.0)),
                    )
                }
                EffectChange::NothingLastTime if is_last => (Outcome::NoEffect, None),
                EffectChange::AlwaysShort => (Outcome::Full, Some((usual_weeks * 0.5).round())),
                EffectChange::AlwaysPartial => {
                    (Outcome::Partial, Some((usual_weeks * 0.6).round()))
                }
                EffectChange::NeverWorked => (Outcome::NoEffect, None),
                EffectChange::DontKnow if is_last => (Outcome::Partial, None),
                _ => (Outcome::Full, Some(usual_weeks)),
            };
            // Too soon to judge a last treatment that has not shown its full effect yet.
            let (result, lasted) = if is_last && recent && result != Outcome::Full {
                (Outcome::NotYet, None)
            } else if is_last && lasted.is_some_and(|weeks| weeks * 7.0 > last_days_ago as f64) {
                // An effect cannot have lasted longer than the time since the treatment.
                (result, None)
            } else {
                (result, lasted)
            };
            let units = match (usual_units, dose) {
                (Some(units), DoseChange::Lower) if is_last => Some((units * 0.6).round()),
                (Some(units), DoseChange::Higher) if is_last => Some((units * 1.5).round()),
                (Some(_), DoseChange::DontKnow) => None,
                (units, _) => units,
            };
            let provider = match self.injector {
                Some(NewInjector::Yes) if is_last && visits > 1 => Provider::New,
                _ => Provider::Usual,
            };
            treatments.push(Treatment {
                date: VisitDate::exact(day),
                product,
                units,
                areas: areas.clone(),
                provider,
                result,
                lasted_weeks: lasted,
                uneven: false,
                touch_up: false,
            });
        }
        if how_often == HowOften::WithTouchUps && visits > 1 {
            // A top-up two weeks after the visit before the last one.
            let topped = &treatments[visits - 2];
            let touch_up = Treatment {
                date: VisitDate::exact(topped.date.day.add_days(14)),
                units: topped.units.map(|units| (units * 0.25).round().max(2.0)),
                lasted_weeks: None,
                touch_up: true,
                ..topped.clone()
            };
            treatments.insert(visits - 1, touch_up);
        }

        about.history(today, red_flags, treatments)
    }
}
