//! Reading a history: the serde derives in `model` give the contract's JSON shape; the
//! deserializers here hold its rules for each field (null is absent, booleans are
//! booleans, numbers are numbers and in range, ids are known, dates are real), and
//! [`read_history`] applies the rules that need `assessed_on`. Any serde data format feeds
//! it: serde_json natively, serde-wasm-bindgen over a JavaScript value in the browser.
//!
//! A refusal is an [`InputError`]: the field path in the contract's form
//! (`treatments[2].units`, from serde_path_to_error) and a [`InputProblem`] with its data, which
//! `i18n` words in the visitor's language.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::model::{History, HistoryInput, Treatment, VisitDate};
use crate::date::Date;

/// Units above this are refused as absurd (contract).
pub const MAX_UNITS: f64 = 1000.0;
/// An effect said to last longer than two years is refused (contract).
pub const MAX_LASTED_WEEKS: f64 = 104.0;

/// Why an input was refused, and where: `path` is the field in the contract's form
/// (`treatments[2].date`), empty for the history as a whole. `i18n` words it; its
/// `Display` is the English wording, `path: what is wrong`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub problem: InputProblem,
}

impl std::error::Error for InputError {}

/// What is wrong with a value. `found` is the value as the input had it, short and
/// JSON-like (`"20"`, `-5`, `[…]`), so that a message can repeat it in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// The text is not JSON at all.
    NotJson,
    /// A required field is absent (or `null`).
    Missing,
    NotAnObject {
        found: String,
    },
    NotAList {
        found: String,
    },
    NotTrueOrFalse {
        found: String,
    },
    NotANumber {
        found: String,
    },
    /// Not a date in the form `YYYY-MM-DD` (or `YYYY-MM` where `month_allowed`).
    NotADate {
        found: String,
        month_allowed: bool,
    },
    /// In the right form, but no such day or month (`2026-02-30`).
    NotACalendarDate {
        date: String,
    },
    /// Not one of the contract's ids for the field.
    UnknownId {
        found: String,
        choices: &'static [&'static str],
    },
    NotAboveZero {
        found: String,
    },
    OverMaximum {
        found: String,
        max: u16,
    },
    /// A treatment dated after the day of the assessment.
    AfterAssessment {
        date: VisitDate,
        assessed_on: Date,
    },
    /// Something the reader could not take at all (say, a JavaScript function).
    Unreadable,
}

/// Reads a contract history from any serde deserializer; `today` stands in for an absent
/// `assessed_on`.
pub fn read_history<'de, D: Deserializer<'de>>(
    input: D,
    today: Date,
) -> Result<History, InputError> {
    REFUSAL.with(|refusal| refusal.borrow_mut().take());
    let mut track = serde_path_to_error::Track::new();
    let tracked = serde_path_to_error::Deserializer::new(input, &mut track);
    match Object::<HistoryInput>::deserialize(tracked) {
        Ok(Object(history)) => resolve(history, today),
        Err(error) => Err(located(track.path(), &error.to_string())),
    }
}

/// Reads contract JSON text.
pub fn history_from_json(text: &str, today: Date) -> Result<History, InputError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| InputError {
        path: String::new(),
        problem: InputProblem::NotJson,
    })?;
    history_from_value(&value, today)
}

/// Reads a value serde_json already parsed.
pub fn history_from_value(value: &serde_json::Value, today: Date) -> Result<History, InputError> {
    read_history(value, today)
}

/// The rules that need `assessed_on`: its default, month-only dates in its month, and no
/// treatment after it.
fn resolve(input: HistoryInput, today: Date) -> Result<History, InputError> {
    let assessed_on = input.assessed_on.unwrap_or(today);
    let mut treatments = input.treatments;
    for (index, treatment) in treatments.iter_mut().enumerate() {
        treatment.date = treatment.date.resolved(assessed_on);
        if treatment.date.day > assessed_on {
            return Err(InputError {
                path: format!("treatments[{index}].date"),
                problem: InputProblem::AfterAssessment {
                    date: treatment.date,
                    assessed_on,
                },
            });
        }
    }
    Ok(History {
        assessed_on,
        purpose: input.purpose,
        sex: input.sex,
        very_active: input.very_active,
        autoimmune: input.autoimmune,
        red_flags: input.red_flags,
        treatments,
    })
}

thread_local! {
    /// The problem behind the latest refusal. serde's error types carry text alone, so a
    /// field's deserializer leaves its structured problem here for `read_history`, which
    /// takes it back with the path of the error. serde stops at the first error, so the
    /// latest refusal is the one that ended the read.
    static REFUSAL: RefCell<Option<InputProblem>> = const { RefCell::new(None) };
}

fn refuse<E: de::Error>(problem: InputProblem) -> E {
    REFUSAL.with(|refusal| *refusal.borrow_mut() = Some(problem));
    E::custom("refused by the assessment contract")
}

/// The error at `path`: the refusal a field left, or one serde raised itself.
fn located(path: serde_path_to_error::Path, message: &str) -> InputError {
    let mut path = path.to_string();
    if path == "." {
        path.clear();
    }
    if let Some(problem) = REFUSAL.with(|refusal| refusal.borrow_mut().take()) {
        return InputError { path, problem };
    }
    // serde's derive reports an absent field at its object, as "missing field `name`".
    if let Some(name) = missing_field_name(message) {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(name);
        return InputError {
            path,
            problem: InputProblem::Missing,
        };
    }
    InputError {
        path,
        problem: InputProblem::Unreadable,
    }
}

fn missing_field_name(message: &str) -> Option<&str> {
    let rest = &message[message.find("missing field `")? + "missing field `".len()..];
    rest.split('`').next()
}

/// A value as a visitor saw it.
enum Seen<'a> {
    Text(&'a str),
    Number(f64),
    Flag(bool),
    Null,
    List,
    Object,
    Other,
}

impl Seen<'_> {
    /// The value as a message repeats it: JSON-like, clipped.
    fn shown(&self) -> String {
        match self {
            Seen::Text(text) => format!("\"{}\"", clip(text)),
            Seen::Number(number) => number_text(*number),
            Seen::Flag(flag) => flag.to_string(),
            Seen::Null => "null".into(),
            Seen::List => "[…]".into(),
            Seen::Object => "{…}".into(),
            Seen::Other => "?".into(),
        }
    }
}

/// Whole numbers without a fraction (`20`), others as Rust writes them (`1000.5`), and
/// the very small or large with an exponent (`1e-300`).
fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 9.0e15 {
        (number as i64).to_string()
    } else if number.is_finite() && (number.abs() < 1e-6 || number.abs() >= 9.0e15) {
        format!("{number:e}")
    } else {
        number.to_string()
    }
}

fn clip(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A visitor that hands whatever it sees to a check; a `InputProblem` becomes a refusal.
struct Check<F>(F);

fn check<T, F: FnOnce(Seen<'_>) -> Result<T, InputProblem>>(check: F) -> Check<F> {
    Check(check)
}

impl<F> Check<F> {
    fn see<T, E: de::Error>(self, seen: Seen<'_>) -> Result<T, E>
    where
        F: FnOnce(Seen<'_>) -> Result<T, InputProblem>,
    {
        (self.0)(seen).map_err(refuse)
    }
}

impl<'de, T, F: FnOnce(Seen<'_>) -> Result<T, InputProblem>> Visitor<'de> for Check<F> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a value of the assessment contract")
    }
    fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
        self.see(Seen::Flag(value))
    }
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        self.see(Seen::Number(value as f64))
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        self.see(Seen::Number(value as f64))
    }
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        self.see(Seen::Number(value))
    }
    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        self.see(Seen::Text(value))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<T, E> {
        self.see(Seen::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.see(Seen::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.see(Seen::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        self.see(Seen::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        self.see(Seen::Object)
    }
}

/// An optional `true`/`false`; `null` or absent is false.
pub(crate) fn flag<'de, D: Deserializer<'de>>(input: D) -> Result<bool, D::Error> {
    input.deserialize_any(check(|seen| match seen {
        Seen::Flag(flag) => Ok(flag),
        Seen::Null => Ok(false),
        other => Err(InputProblem::NotTrueOrFalse {
            found: other.shown(),
        }),
    }))
}

/// Optional units: a number above zero and at most [`MAX_UNITS`].
pub(crate) fn units<'de, D: Deserializer<'de>>(input: D) -> Result<Option<f64>, D::Error> {
    amount(input, MAX_UNITS)
}

/// An optional duration in weeks: above zero and at most [`MAX_LASTED_WEEKS`].
pub(crate) fn lasted_weeks<'de, D: Deserializer<'de>>(input: D) -> Result<Option<f64>, D::Error> {
    amount(input, MAX_LASTED_WEEKS)
}

fn amount<'de, D: Deserializer<'de>>(input: D, max: f64) -> Result<Option<f64>, D::Error> {
    input.deserialize_any(check(|seen| match seen {
        Seen::Null => Ok(None),
        // A JavaScript caller can pass NaN or Infinity, which no JSON text holds.
        Seen::Number(number) if !number.is_finite() => Err(InputProblem::NotANumber {
            found: number_text(number),
        }),
        Seen::Number(number) if number <= 0.0 => Err(InputProblem::NotAboveZero {
            found: number_text(number),
        }),
        Seen::Number(number) if number > max => Err(InputProblem::OverMaximum {
            found: number_text(number),
            max: max as u16,
        }),
        Seen::Number(number) => Ok(Some(number)),
        other => Err(InputProblem::NotANumber {
            found: other.shown(),
        }),
    }))
}

/// A contract id of a closed set; `null` for a required one is a missing field.
pub(crate) fn id<'de, D: Deserializer<'de>, T>(
    input: D,
    from_id: fn(&str) -> Option<T>,
    choices: &'static [&'static str],
) -> Result<T, D::Error> {
    input.deserialize_any(check(|seen| match seen {
        Seen::Null => Err(InputProblem::Missing),
        Seen::Text(text) => from_id(text).ok_or_else(|| InputProblem::UnknownId {
            found: Seen::Text(text).shown(),
            choices,
        }),
        other => Err(InputProblem::UnknownId {
            found: other.shown(),
            choices,
        }),
    }))
}

/// An optional field whose `null` or absence means its default (`provider`, `purpose`).
pub(crate) fn or_default<'de, D, T>(input: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(input).map(Option::unwrap_or_default)
}

/// An optional list of ids (`areas`, `red_flags`); `null` or absent is empty.
pub(crate) fn id_list<'de, D, T>(input: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    input.deserialize_any(ListOf::<T> {
        required: false,
        item: PhantomData,
    })
}

/// The required list of treatments, each an object.
pub(crate) fn treatments<'de, D: Deserializer<'de>>(input: D) -> Result<Vec<Treatment>, D::Error> {
    let list = input.deserialize_any(ListOf::<Object<Treatment>> {
        required: true,
        item: PhantomData,
    })?;
    Ok(list
        .into_iter()
        .map(|Object(treatment)| treatment)
        .collect())
}

struct ListOf<T> {
    /// Whether `null` is a missing field rather than an empty list.
    required: bool,
    item: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListOf<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Vec<T>, A::Error> {
        let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0).min(64));
        while let Some(item) = items.next_element()? {
            list.push(item);
        }
        Ok(list)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Vec<T>, E> {
        if self.required {
            Err(refuse(InputProblem::Missing))
        } else {
            Ok(Vec::new())
        }
    }
    fn visit_none<E: de::Error>(self) -> Result<Vec<T>, E> {
        self.visit_unit()
    }
    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Vec<T>, E> {
        Err(not_a_list(Seen::Flag(value)))
    }
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Vec<T>, E> {
        Err(not_a_list(Seen::Number(value as f64)))
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Vec<T>, E> {
        Err(not_a_list(Seen::Number(value as f64)))
    }
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Vec<T>, E> {
        Err(not_a_list(Seen::Number(value)))
    }
    fn visit_str<E: de::Error>(self, value: &str) -> Result<Vec<T>, E> {
        Err(not_a_list(Seen::Text(value)))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Vec<T>, A::Error> {
        Err(not_a_list(Seen::Object))
    }
}

fn not_a_list<E: de::Error>(seen: Seen<'_>) -> E {
    refuse(InputProblem::NotAList {
        found: seen.shown(),
    })
}

/// `T` read from an object and nothing else. serde's derived structs also read lists
/// (as tuples); the contract's objects must be JSON objects.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        input.deserialize_any(ObjectVisitor(PhantomData))
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = Object<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Object)
    }
    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Flag(value)))
    }
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Number(value as f64)))
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Number(value as f64)))
    }
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Number(value)))
    }
    fn visit_str<E: de::Error>(self, value: &str) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Text(value)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<Object<T>, E> {
        Err(not_an_object(Seen::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Object<T>, A::Error> {
        Err(not_an_object(Seen::List))
    }
}

fn not_an_object<E: de::Error>(seen: Seen<'_>) -> E {
    refuse(InputProblem::NotAnObject {
        found: seen.shown(),
    })
}

/// `assessed_on`: a whole day, `YYYY-MM-DD`.
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(input: D) -> Result<Date, D::Error> {
        input.deserialize_any(check(|seen| match read_date(&seen, false)? {
            DateText::Day(day) => Ok(day),
            // Not produced: read_date refuses a month alone when it is not allowed.
            DateText::Month(..) => Err(InputProblem::Unreadable),
        }))
    }
}

/// A treatment's date: `YYYY-MM-DD`, or `YYYY-MM` (its 15th until [`VisitDate::resolved`]
/// places it against `assessed_on`).
impl<'de> Deserialize<'de> for VisitDate {
    fn deserialize<D: Deserializer<'de>>(input: D) -> Result<VisitDate, D::Error> {
        input.deserialize_any(check(|seen| match read_date(&seen, true)? {
            DateText::Day(day) => Ok(VisitDate::exact(day)),
            DateText::Month(year, month) => {
                VisitDate::in_month(year, month).ok_or_else(|| InputProblem::NotACalendarDate {
                    date: format!("{year:04}-{month:02}"),
                })
            }
        }))
    }
}

enum DateText {
    Day(Date),
    Month(i32, u8),
}

/// `YYYY-MM-DD`, or `YYYY-MM` where `month_allowed`; `null` is a missing field.
fn read_date(seen: &Seen<'_>, month_allowed: bool) -> Result<DateText, InputProblem> {
    let bad_form = || InputProblem::NotADate {
        found: seen.shown(),
        month_allowed,
    };
    let text = match seen {
        Seen::Null => return Err(InputProblem::Missing),
        Seen::Text(text) => *text,
        _ => return Err(bad_form()),
    };
    let bytes = text.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let shaped = |len: usize| {
        bytes.len() == len
            && digits_at(0..4)
            && bytes[4] == b'-'
            && digits_at(5..7)
            && (len == 7 || (bytes[7] == b'-' && digits_at(8..10)))
    };
    let not_calendar = || InputProblem::NotACalendarDate { date: clip(text) };
    if shaped(10) {
        return Date::parse_iso(text)
            .map(DateText::Day)
            .ok_or_else(not_calendar);
    }
    if month_allowed && shaped(7) {
        // The shape check guarantees ASCII digits, so these parses cannot fail.
        let year = text[0..4].parse().unwrap_or(0);
        let month = text[5..7].parse().unwrap_or(0);
        if (1..=12).contains(&month) {
            return Ok(DateText::Month(year, month));
        }
        return Err(not_calendar());
    }
    Err(bad_form())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_field_name_from_serdes_missing_field_message() {
        assert_eq!(missing_field_name("missing field `date`"), Some("date"));
        assert_eq!(
            missing_field_name("Error: missing field `treatments` at line 1 column 2"),
            Some("treatments")
        );
        assert_eq!(missing_field_name("invalid type: string"), None);
    }

    #[test]
    fn shows_values_short_and_json_like() {
        assert_eq!(Seen::Text("20").shown(), "\"20\"");
        assert_eq!(Seen::Number(20.0).shown(), "20");
        assert_eq!(Seen::Number(1000.5).shown(), "1000.5");
        assert_eq!(Seen::Number(-5.0).shown(), "-5");
        assert_eq!(Seen::Number(1e-300).shown(), "1e-300");
        assert_eq!(Seen::Number(f64::NAN).shown(), "NaN");
        let long = "x".repeat(200);
        assert!(Seen::Text(&long).shown().chars().count() < 45);
    }
}
