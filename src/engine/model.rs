//! The contract's data types: a visitor's history coming in, the assessment going out.
//!
//! The serde derives here are the one definition of the contract's JSON shape, natively
//! (serde_json) and in the browser (serde-wasm-bindgen). Ids are spelled exactly as
//! `assessment-contract.md` spells them; the rules each field's value must meet are the
//! deserializers of `input`. A history serialises in canonical form: fields left at their
//! default are omitted, month-only dates stay `YYYY-MM`, and whole numbers print without a
//! fraction, so an exported history re-imports to the same value.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::input;
use crate::date::Date;

/// Defines a closed set of contract ids: the enum, `ALL`, `COUNT`, `IDS`, `id()`,
/// `from_id()`, and serde impls that write the id and read only a known one, so the spelling
/// lives in one place.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every id, in the contract's order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// How many values there are: the length of every catalog list indexed by them.
            pub const COUNT: usize = $name::ALL.len();

            /// The contract id.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The value for a contract id, `None` for an unknown id.
            pub fn from_id(id: &str) -> Option<$name> {
                match id {
                    $($id => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(input: D) -> Result<$name, D::Error> {
                input::id(input, $name::from_id, $name::IDS)
            }
        }
    };
}

id_enum! {
    /// Why the visitor has treatments.
    #[derive(Default)]
    Purpose { #[default] Cosmetic = "cosmetic", Medical = "medical" }
}

id_enum! {
    Sex { Female = "female", Male = "male", Unspecified = "unspecified" }
}

id_enum! {
    /// Symptoms of toxin spread beyond the treated area (US boxed warning).
    RedFlag {
        Swallowing = "swallowing",
        Breathing = "breathing",
        Speech = "speech",
        Vision = "vision",
        Eyelids = "eyelids",
        Weakness = "weakness",
        Bladder = "bladder",
    }
}

id_enum! {
    /// The brand injected.
    Product {
        Botox = "botox",
        Dysport = "dysport",
        Xeomin = "xeomin",
        Jeuveau = "jeuveau",
        Daxxify = "daxxify",
        Letybo = "letybo",
        Other = "other",
        Unknown = "unknown",
    }
}

id_enum! {
    /// A treated area.
    Area {
        FrownLines = "frown_lines",
        Forehead = "forehead",
        CrowsFeet = "crows_feet",
        Neck = "neck",
        Jaw = "jaw",
        Other = "other",
    }
}

id_enum! {
    /// Whether the injector or clinic was one the visitor had used before.
    #[derive(Default)]
    Provider { #[default] Usual = "usual", New = "new" }
}

id_enum! {
    /// A treatment's `result`: the effect at its best.
    Outcome {
        Full = "full",
        Partial = "partial",
        NoEffect = "none",
        /// Too soon to judge when the visitor filled the form.
        NotYet = "not_yet",
    }
}

id_enum! {
    Verdict {
        SeekCare = "seek_care",
        TooEarly = "too_early",
        Correctable = "correctable",
        PossibleResistance = "possible_resistance",
        Unclear = "unclear",
        NoConcern = "no_concern",
    }
}

id_enum! {
    /// Cause ids, in the contract's order (which is also the order `causes` lists them).
    CauseId {
        TooEarly = "too_early",
        LowDose = "low_dose",
        StrongMuscles = "strong_muscles",
        FastMetabolism = "fast_metabolism",
        Placement = "placement",
        ProductIssue = "product_issue",
        Resistance = "resistance",
        NeverWorked = "never_worked",
    }
}

id_enum! {
    Strength { Likely = "likely", Possible = "possible" }
}

id_enum! {
    /// What makes neutralizing antibodies more likely, in the contract's order.
    RiskFactor {
        ShortInterval = "short_interval",
        TouchUp = "touch_up",
        HighDose = "high_dose",
        MedicalUse = "medical_use",
        Autoimmune = "autoimmune",
    }
}

id_enum! {
    /// What the visitor can do next; `docs/rules.md` says when each is given.
    NextStep {
        SeekMedicalHelpNow = "seek_medical_help_now",
        /// For medical use: the doctor who treats the condition comes first.
        SeeTreatingDoctor = "see_treating_doctor",
        WaitTwoWeeks = "wait_two_weeks",
        ContactInjector = "contact_injector",
        DoseReview = "dose_review",
        ReturnToUsualInjector = "return_to_usual_injector",
        PlacementReview = "placement_review",
        CheckProductSource = "check_product_source",
        TestInjection = "test_injection",
        HigherDoseLessOften = "higher_dose_less_often",
        DifferentNeuromodulator = "different_neuromodulator",
        TakeABreak = "take_a_break",
        CollagenTreatments = "collagen_treatments",
        SpaceTreatments = "space_treatments",
        AvoidTouchUps = "avoid_touch_ups",
        BookConsultation = "book_consultation",
        KeepSchedule = "keep_schedule",
    }
}

id_enum! {
    /// An answer of the quick check, quoted back as the visitor gave it: the quick check
    /// has no dates or doses, so its evidence is only what the visitor said.
    Stated {
        FirstTreatment = "first_treatment",
        UnderAYear = "under_a_year",
        OneToThreeYears = "one_to_three_years",
        OverThreeYears = "over_three_years",
        DoseSame = "dose_same",
        DoseLower = "dose_lower",
        DoseHigher = "dose_higher",
        WorseLastTime = "worse_last_time",
        WorseLastFew = "worse_last_few",
        WorseOverSeveral = "worse_over_several",
        NothingLastTime = "nothing_last_time",
        AlwaysShort = "always_short",
        AlwaysPartial = "always_partial",
        NeverWorked = "never_worked",
        LastUnderTwoWeeks = "last_under_two_weeks",
        NewInjector = "new_injector",
    }
}

/// A treatment date as the visitor gave it: a whole day, or a month alone.
///
/// `day` is always the day the engine reckons with: for a month alone its 15th, or
/// `assessed_on` when that is earlier in the same month (see [`VisitDate::month_only`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VisitDate {
    pub day: Date,
    pub month_only: bool,
}

impl VisitDate {
    /// A date given to the day.
    pub fn exact(day: Date) -> VisitDate {
        VisitDate {
            day,
            month_only: false,
        }
    }

    /// A date given as a month alone, before it is placed against the assessment: its
    /// 15th. `None` when the month does not exist.
    pub fn in_month(year: i32, month: u8) -> Option<VisitDate> {
        Some(VisitDate {
            day: Date::new(year, month, 15)?,
            month_only: true,
        })
    }

    /// A date given as a month alone, resolved against the day of the assessment.
    /// `None` when the month does not exist.
    pub fn month_only(year: i32, month: u8, assessed_on: Date) -> Option<VisitDate> {
        VisitDate::in_month(year, month).map(|date| date.resolved(assessed_on))
    }

    /// The contract's rule for a month alone in the month of the assessment: the earlier
    /// of its 15th and `assessed_on`. Other dates stay as they are.
    pub fn resolved(self, assessed_on: Date) -> VisitDate {
        let same_month =
            assessed_on.year() == self.day.year() && assessed_on.month() == self.day.month();
        if self.month_only && same_month {
            VisitDate {
                day: self.day.min(assessed_on),
                month_only: true,
            }
        } else {
            self
        }
    }
}

/// The contract's form: `YYYY-MM-DD`, or `YYYY-MM` for a month alone.
impl fmt::Display for VisitDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.month_only {
            write!(f, "{:04}-{:02}", self.day.year(), self.day.month())
        } else {
            write!(f, "{}", self.day)
        }
    }
}

impl Serialize for VisitDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `YYYY-MM-DD`.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One treatment as entered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Treatment {
    pub date: VisitDate,
    pub product: Product,
    /// Total units at that visit, in the product's own units.
    #[serde(
        default,
        deserialize_with = "input::units",
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_opt_number"
    )]
    pub units: Option<f64>,
    #[serde(
        default,
        deserialize_with = "input::id_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub areas: Vec<Area>,
    #[serde(
        default,
        deserialize_with = "input::or_default",
        skip_serializing_if = "is_usual"
    )]
    pub provider: Provider,
    pub result: Outcome,
    #[serde(
        default,
        deserialize_with = "input::lasted_weeks",
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_opt_number"
    )]
    pub lasted_weeks: Option<f64>,
    #[serde(
        default,
        deserialize_with = "input::flag",
        skip_serializing_if = "is_false"
    )]
    pub uneven: bool,
    #[serde(
        default,
        deserialize_with = "input::flag",
        skip_serializing_if = "is_false"
    )]
    pub touch_up: bool,
}

/// A visitor's history with `assessed_on` of type `AssessedOn`: a [`History`] once read,
/// a [`HistoryInput`] as the contract's JSON gives it. One struct for both, so the JSON
/// shape is written once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryOf<AssessedOn> {
    #[serde(default)]
    pub assessed_on: AssessedOn,
    #[serde(
        default,
        deserialize_with = "input::or_default",
        skip_serializing_if = "is_cosmetic"
    )]
    pub purpose: Purpose,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    #[serde(
        default,
        deserialize_with = "input::flag",
        skip_serializing_if = "is_false"
    )]
    pub very_active: bool,
    #[serde(
        default,
        deserialize_with = "input::flag",
        skip_serializing_if = "is_false"
    )]
    pub autoimmune: bool,
    #[serde(
        default,
        deserialize_with = "input::id_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub red_flags: Vec<RedFlag>,
    /// In the order given; the engine sorts a copy by date.
    #[serde(deserialize_with = "input::treatments")]
    pub treatments: Vec<Treatment>,
}

/// A visitor's history, validated (see `input::read_history`).
pub type History = HistoryOf<Date>;

/// A history as the contract's JSON has it: `assessed_on` may be absent (the caller's
/// today stands in), and month-only dates are not yet placed against it.
pub type HistoryInput = HistoryOf<Option<Date>>;

impl History {
    /// An empty history assessed on `assessed_on`, every optional field at its default.
    pub fn new(assessed_on: Date) -> History {
        History {
            assessed_on,
            purpose: Purpose::Cosmetic,
            sex: None,
            very_active: false,
            autoimmune: false,
            red_flags: Vec::new(),
            treatments: Vec::new(),
        }
    }
}

/// The engine's answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    pub causes: Vec<Cause>,
    pub risk_factors: Vec<RiskFactor>,
    /// Ordered by relevance to the verdict, most relevant first.
    pub next_steps: Vec<NextStep>,
}

impl Assessment {
    /// Whether the causes include `id`.
    pub fn has_cause(&self, id: CauseId) -> bool {
        self.causes.iter().any(|cause| cause.id == id)
    }
}

/// A cause the history gives evidence for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cause {
    pub id: CauseId,
    pub strength: Strength,
    /// Facts from the visitor's own history; never empty.
    pub evidence: Vec<Evidence>,
}

/// Units of one product, as the visitor gave them: how a dose is quoted back.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Amount {
    pub product: Product,
    #[serde(serialize_with = "serialize_number")]
    pub units: f64,
}

/// One fact from the history behind a cause: data for the widget to word in the visitor's
/// language. `units` and `before` are comparable units (Botox-equivalent, see `reading`)
/// unless the variant says otherwise; `given` holds the same dose as the visitor entered it
/// (one amount a product, a touch-up of another product adding one), and is what the widget
/// quotes. Dates are the visit's date as the visitor gave it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// The newest treatment was `days` days before the assessment.
    TooSoon { date: VisitDate, days: i64 },
    /// A visit's dose was a fifth or more below the dose of the last visit that fully worked.
    DoseDrop {
        date: VisitDate,
        #[serde(serialize_with = "serialize_number")]
        units: f64,
        #[serde(serialize_with = "serialize_number")]
        before: f64,
        before_date: VisitDate,
        given: Vec<Amount>,
        before_given: Vec<Amount>,
    },
    /// A visit's dose, in the product's own units, was below the label dose for its areas.
    /// `worked_before`: an earlier visit at the same or a smaller dose fully worked, so the
    /// low dose alone does not explain the change.
    BelowLabel {
        date: VisitDate,
        product: Product,
        #[serde(serialize_with = "serialize_number")]
        units: f64,
        #[serde(serialize_with = "serialize_number")]
        label: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        worked_before: Option<VisitDate>,
    },
    /// The visitor is a man.
    Male,
    /// A visit that worked only partly, with its dose in the product's own units and the
    /// label dose for its areas, where known.
    PartialResponse {
        date: VisitDate,
        product: Product,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        units: Option<f64>,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        label: Option<f64>,
    },
    /// The visitor is very active.
    VeryActive,
    /// An effect that lasted markedly less than the product usually lasts.
    ShortDuration {
        date: VisitDate,
        #[serde(serialize_with = "serialize_number")]
        lasted_weeks: f64,
        #[serde(serialize_with = "serialize_number")]
        expected_weeks: f64,
    },
    /// A visit with an injector or clinic the visitor had not used before.
    NewInjector { date: VisitDate },
    /// A visit where one side or area worked and another did not.
    Uneven { date: VisitDate },
    /// No effect at all right after `full_before` visits in a row that fully worked.
    SuddenFailure { date: VisitDate, full_before: usize },
    /// A visit with a different product from the visit before.
    ProductChange {
        date: VisitDate,
        from: Product,
        to: Product,
    },
    /// A first visit on another brand, made after the effect had begun to fall short, that
    /// fell short too.
    NoBetterAfterSwitch {
        date: VisitDate,
        from: Product,
        to: Product,
    },
    /// The last visit that fully worked: the baseline the later visits fall short of.
    FullResponse {
        date: VisitDate,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        units: Option<f64>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        given: Vec<Amount>,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        lasted_weeks: Option<f64>,
    },
    /// A visit that worked less: a weaker peak, or an effect shorter than the best before.
    LessResponse {
        date: VisitDate,
        result: Outcome,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        units: Option<f64>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        given: Vec<Amount>,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        lasted_weeks: Option<f64>,
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_opt_number"
        )]
        best_weeks: Option<f64>,
    },
    /// A visit with no effect at all.
    NoEffect { date: VisitDate },
    /// An answer the visitor gave in the quick check.
    Stated { answer: Stated },
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_usual(provider: &Provider) -> bool {
    *provider == Provider::Usual
}

fn is_cosmetic(purpose: &Purpose) -> bool {
    *purpose == Purpose::Cosmetic
}

/// Whole numbers as JSON integers (`20`, not `20.0`), so exported histories read as typed.
fn serialize_number<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    // Below 2^53 every whole f64 is an exact i64.
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

fn serialize_opt_number<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(number) => serialize_number(number, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for product in Product::ALL {
            assert_eq!(Product::from_id(product.id()), Some(*product));
        }
        assert_eq!(Outcome::from_id("none"), Some(Outcome::NoEffect));
        assert_eq!(Area::from_id("lips"), None);
    }

    #[test]
    fn month_only_dates_resolve_to_the_15th_or_the_assessment_day() {
        let assessed = Date::parse_iso("2026-11-10").unwrap();
        let same = VisitDate::month_only(2026, 11, assessed).unwrap();
        assert_eq!(same.day, assessed);
        let before = VisitDate::month_only(2026, 10, assessed).unwrap();
        assert_eq!(before.day.to_string(), "2026-10-15");
        assert_eq!(serde_json::to_string(&same).unwrap(), "\"2026-11\"");
        assert!(VisitDate::month_only(2026, 13, assessed).is_none());
    }

    #[test]
    fn evidence_serialises_as_tagged_data() {
        let date = VisitDate::exact(Date::parse_iso("2026-02-01").unwrap());
        let before_date = VisitDate::exact(Date::parse_iso("2025-09-14").unwrap());
        let amount = |units| {
            vec![Amount {
                product: Product::Botox,
                units,
            }]
        };
        let evidence = Evidence::DoseDrop {
            date,
            units: 12.0,
            before: 24.0,
            before_date,
            given: amount(12.0),
            before_given: amount(24.0),
        };
        assert_eq!(
            serde_json::to_string(&evidence).unwrap(),
            r#"{"kind":"dose_drop","date":"2026-02-01","units":12,"before":24,"before_date":"2025-09-14","given":[{"product":"botox","units":12}],"before_given":[{"product":"botox","units":24}]}"#
        );
        assert_eq!(
            serde_json::to_string(&Evidence::Male).unwrap(),
            r#"{"kind":"male"}"#
        );
    }
}
