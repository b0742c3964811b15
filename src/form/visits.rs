//! The detailed path: visits as the visitor types them, checked field by field, and turned
//! into a contract history. What was typed is kept as typed, so a mistake never loses it.

use crate::date::{days_in_month, Date};
use crate::engine::input::{MAX_LASTED_WEEKS, MAX_UNITS};
use crate::engine::model::{
    Area, History, Outcome, Product, Provider, RedFlag, Treatment, VisitDate,
};
use crate::sorting::set_membership;

use super::quick::AboutYou;
use super::weeks::read_weeks;

/// One visit as entered: free text where the visitor types, choices where they pick.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VisitDraft {
    /// Four digits, or empty.
    pub year: String,
    /// "1" to "12", or empty.
    pub month: String,
    /// "1" to "31", or empty: a month is enough.
    pub day: String,
    pub product: Option<Product>,
    pub units: String,
    pub areas: Vec<Area>,
    pub new_injector: bool,
    pub result: Option<Outcome>,
    pub lasted_weeks: String,
    pub uneven: bool,
    pub touch_up: bool,
    /// Fields filled in by guessing from the treatment before, until the visitor changes or
    /// confirms them.
    pub guessed: Guessed,
    /// Shown as a one-line summary (a complete treatment the visitor has moved past).
    pub folded: bool,
}

/// Which of a visit's fields were guessed from the treatment before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Guessed {
    pub date: bool,
    pub product: bool,
    pub units: bool,
    pub areas: bool,
}

impl Guessed {
    pub fn any(self) -> bool {
        self.date || self.product || self.units || self.areas
    }
}

/// A change to one field of a visit, as a leaf component emits it.
#[derive(Clone, Debug, PartialEq)]
pub enum VisitEdit {
    Year(String),
    Month(String),
    Day(String),
    Product(Option<Product>),
    Units(String),
    Area(Area, bool),
    NewInjector(bool),
    Result(Outcome),
    LastedWeeks(String),
    Uneven(bool),
    TouchUp(bool),
    /// The visitor keeps the guessed values as they are.
    ConfirmGuesses,
    /// Folds the visit into its summary line, or opens it again.
    Fold(bool),
}

impl VisitDraft {
    pub fn apply(&mut self, edit: VisitEdit) {
        // A field the visitor has set is theirs, no longer a guess.
        match &edit {
            VisitEdit::Year(_) | VisitEdit::Month(_) | VisitEdit::Day(_) => {
                self.guessed.date = false
            }
            VisitEdit::Product(product) => {
                // A guessed dose is in the units of the product before: under another
                // brand's it would read as a dose the visitor never had. It goes.
                if self.guessed.units && *product != self.product {
                    self.units.clear();
                    self.guessed.units = false;
                }
                self.guessed.product = false
            }
            VisitEdit::Units(_) => self.guessed.units = false,
            VisitEdit::Area(..) => self.guessed.areas = false,
            _ => {}
        }
        match edit {
            VisitEdit::Year(value) => self.year = value,
            VisitEdit::Month(value) => self.month = value,
            VisitEdit::Day(value) => self.day = value,
            VisitEdit::Product(value) => self.product = value,
            VisitEdit::Units(value) => self.units = value,
            VisitEdit::ConfirmGuesses => self.guessed = Guessed::default(),
            VisitEdit::Fold(folded) => self.folded = folded,
            VisitEdit::Area(area, on) => set_membership(&mut self.areas, area, on),
            VisitEdit::NewInjector(value) => self.new_injector = value,
            VisitEdit::Result(value) => self.result = Some(value),
            VisitEdit::LastedWeeks(value) => self.lasted_weeks = value,
            VisitEdit::Uneven(value) => self.uneven = value,
            VisitEdit::TouchUp(value) => self.touch_up = value,
        }
    }

    /// A visit filled from a treatment of a history (to edit a loaded or restored one).
    pub fn from_treatment(treatment: &Treatment) -> VisitDraft {
        let day = treatment.date.day;
        VisitDraft {
            year: day.year().to_string(),
            month: day.month().to_string(),
            day: if treatment.date.month_only {
                String::new()
            } else {
                day.day().to_string()
            },
            product: Some(treatment.product),
            units: treatment.units.map(number_text).unwrap_or_default(),
            areas: treatment.areas.clone(),
            new_injector: treatment.provider == Provider::New,
            result: Some(treatment.result),
            lasted_weeks: treatment.lasted_weeks.map(number_text).unwrap_or_default(),
            uneven: treatment.uneven,
            touch_up: treatment.touch_up,
            guessed: Guessed::default(),
            folded: true,
        }
    }

    /// The treatment this visit describes, or each field's problem.
    pub fn check(&self, today: Date) -> Result<Treatment, Vec<(Field, FieldProblem)>> {
        let mut problems = Vec::new();
        let date = visit_date(self, today)
            .map_err(|problem| problems.push((Field::Date, problem)))
            .ok();
        if self.product.is_none() {
            problems.push((Field::Product, FieldProblem::ProductMissing));
        }
        let units = parse_amount_with_unit(&self.units, MAX_UNITS, UNIT_WORDS)
            .map_err(|problem| problems.push((Field::Units, problem)))
            .unwrap_or_default();
        if self.result.is_none() {
            problems.push((Field::Result, FieldProblem::ResultMissing));
        }
        let lasted = read_weeks(&self.lasted_weeks)
            .and_then(|read| match read {
                Some(read) if read.weeks > MAX_LASTED_WEEKS => Err(FieldProblem::TooLarge {
                    max: MAX_LASTED_WEEKS,
                }),
                read => Ok(read.map(|read| read.weeks)),
            })
            .map_err(|problem| problems.push((Field::LastedWeeks, problem)))
            .unwrap_or_default();
        match (date, self.product, self.result) {
            (Some(date), Some(product), Some(result)) if problems.is_empty() => Ok(Treatment {
                date,
                product,
                units,
                areas: self.areas.clone(),
                provider: if self.new_injector {
                    Provider::New
                } else {
                    Provider::Usual
                },
                result,
                lasted_weeks: lasted,
                uneven: self.uneven,
                touch_up: self.touch_up,
            }),
            _ => Err(problems),
        }
    }
}

/// The next visit to offer, prefilled from the one before: the same product, dose and
/// areas, about four months later (never after today), each marked as a guess; its result
/// is left to the visitor. A first visit is blank: nothing is chosen for the visitor.
pub fn next_draft(previous: Option<&VisitDraft>, today: Date) -> VisitDraft {
    let Some(previous) = previous else {
        return VisitDraft::default();
    };
    let (year, month) = match (previous.year.parse::<i32>(), previous.month.parse::<u8>()) {
        (Ok(year), Ok(month)) if (1..=12).contains(&month) => {
            let total = year * 12 + i32::from(month - 1) + 4;
            let today_total = today.year() * 12 + i32::from(today.month() - 1);
            let total = total.min(today_total);
            (
                (total.div_euclid(12)).to_string(),
                (total.rem_euclid(12) + 1).to_string(),
            )
        }
        _ => (String::new(), String::new()),
    };
    let guessed = Guessed {
        date: !year.is_empty(),
        product: previous.product.is_some(),
        units: !previous.units.trim().is_empty(),
        areas: !previous.areas.is_empty(),
    };
    VisitDraft {
        year,
        month,
        day: String::new(),
        product: previous.product,
        units: previous.units.clone(),
        areas: previous.areas.clone(),
        guessed,
        ..VisitDraft::default()
    }
}

/// Which field of a visit a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Date,
    Product,
    Units,
    Result,
    LastedWeeks,
}

/// What is wrong with a field, for the widget to word.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldProblem {
    DateMissing,
    /// The day does not exist in that month (e.g. 30 in February).
    NoSuchDay {
        day: u8,
        month: u8,
        year: i32,
    },
    AfterToday,
    ProductMissing,
    /// Typed text that is not a number.
    NotANumber(String),
    /// A duration typed with no number in it at all ("a while").
    NotWeeks(String),
    /// The part of a typed duration that could not be read ("days" in "90 days").
    UnreadableWord(String),
    /// A range whose ends are in different units ("10 weeks to 3 months").
    MixedUnits,
    NotPositive,
    TooLarge {
        max: f64,
    },
    ResultMissing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub visit: usize,
    pub field: Field,
    pub problem: FieldProblem,
}

/// The history the visits describe, or every problem found, each tied to its field.
pub fn build_history(
    drafts: &[VisitDraft],
    about: &AboutYou,
    red_flags: &[RedFlag],
    today: Date,
) -> Result<History, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut treatments = Vec::with_capacity(drafts.len());
    for (visit, draft) in drafts.iter().enumerate() {
        match draft.check(today) {
            Ok(treatment) => treatments.push(treatment),
            Err(problems) => {
                errors.extend(problems.into_iter().map(|(field, problem)| FieldError {
                    visit,
                    field,
                    problem,
                }))
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(about.history(today, red_flags, treatments))
}

fn visit_date(draft: &VisitDraft, today: Date) -> Result<VisitDate, FieldProblem> {
    let year = draft
        .year
        .trim()
        .parse::<i32>()
        .map_err(|_| FieldProblem::DateMissing)?;
    let month = draft
        .month
        .trim()
        .parse::<u8>()
        .map_err(|_| FieldProblem::DateMissing)?;
    if !(1..=12).contains(&month) || !(1900..=9999).contains(&year) {
        return Err(FieldProblem::DateMissing);
    }
    let day_text = draft.day.trim();
    let date = if day_text.is_empty() {
        VisitDate::month_only(year, month, today).ok_or(FieldProblem::DateMissing)?
    } else {
        let day = day_text
            .parse::<u8>()
            .map_err(|_| FieldProblem::DateMissing)?;
        let date =
            Date::new(year, month, day).ok_or(FieldProblem::NoSuchDay { day, month, year })?;
        VisitDate::exact(date)
    };
    // A month-only date in a later month, or a day after today.
    let first_of_month = Date::new(year, month, 1).ok_or(FieldProblem::DateMissing)?;
    if date.day > today || first_of_month > today {
        return Err(FieldProblem::AfterToday);
    }
    debug_assert!(days_in_month(year, month) >= date.day.day());
    Ok(date)
}

/// What people write after a dose: "20 units", "20 U", "20 unidades".
pub const UNIT_WORDS: &[&str] = &[
    "units", "unit", "iu", "ui", "u", "unidades", "unidad", "uds", "ud",
];
/// What people write after a duration: "12 weeks", "12 wks", "12 semanas".
pub const WEEK_WORDS: &[&str] = &[
    "weeks", "week", "wks", "wk", "w", "semanas", "semana", "sem",
];

/// `parse_amount` of `text` with one of `words` (its unit, any case) allowed after the
/// number: "20 units", "12weeks". Anything else after the number is still not a number.
pub fn parse_amount_with_unit(
    text: &str,
    max: f64,
    words: &[&str],
) -> Result<Option<f64>, FieldProblem> {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let number = words.iter().find_map(|word| {
        let before = lower.strip_suffix(word)?.trim_end();
        before
            .ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            .then_some(before)
    });
    match number {
        // The typed text, unit and all, is what an error quotes back.
        Some(number) => parse_amount(number, max).map_err(|problem| match problem {
            FieldProblem::NotANumber(_) => FieldProblem::NotANumber(trimmed.to_string()),
            other => other,
        }),
        None => parse_amount(trimmed, max),
    }
}

/// An optional positive amount up to `max`, as a person types it: digits with at most one
/// decimal point or comma ("12,5"). Signs, exponents and words are not numbers here.
pub fn parse_amount(text: &str, max: f64) -> Result<Option<f64>, FieldProblem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let not_a_number = || FieldProblem::NotANumber(trimmed.to_string());
    if trimmed.starts_with('-')
        && trimmed.len() > 1
        && parse_amount(&trimmed[1..], f64::MAX).is_ok()
    {
        return Err(FieldProblem::NotPositive);
    }
    let decimal = trimmed.replace(',', ".");
    let well_formed = decimal.bytes().any(|b| b.is_ascii_digit())
        && decimal.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && decimal.matches('.').count() <= 1;
    if !well_formed {
        return Err(not_a_number());
    }
    // Digits with at most one point ("5.", ".5" included): what Rust's parser reads.
    let value: f64 = decimal.parse().map_err(|_| not_a_number())?;
    if value <= 0.0 {
        return Err(FieldProblem::NotPositive);
    }
    if value > max {
        return Err(FieldProblem::TooLarge { max });
    }
    Ok(Some(value))
}

/// A number as a visitor would type it: "20", "12.5".
pub fn number_text(value: f64) -> String {
    // Rust writes whole doubles without a fraction: 20.0 as "20".
    value.to_string()
}
