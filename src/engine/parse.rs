//! Validation: contract JSON in, a `History` or an error naming the field path out.
//!
//! The JSON value is walked by hand rather than through serde's derive so that every
//! refusal says which field and why, that `null` can mean "absent", and that nothing a
//! visitor or host page sends can make the engine panic. Text is read by the engine's own
//! small reader (`json`), not serde_json, which the browser build would otherwise carry.

use std::fmt;

use super::json::Json;
use super::model::{
    Area, History, Outcome, Product, Provider, Purpose, RedFlag, Sex, Treatment, VisitDate,
};
use crate::date::Date;

/// Units above this are refused as absurd (contract).
pub const MAX_UNITS: f64 = 1000.0;
/// An effect said to last longer than two years is refused (contract).
pub const MAX_LASTED_WEEKS: f64 = 104.0;

/// Why an input was refused: the field path (`treatments[2].date`, or `(root)`) and the
/// reason. Displays as `path: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

impl InputError {
    fn new(path: Path<'_>, message: String) -> InputError {
        InputError {
            path: path.text(),
            message,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for InputError {}

/// Where a value sits in the history. It is written out only when an error names it:
/// formatting every field's path up front cost more than the rest of reading together.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'static str),
    Item(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    fn field(&'a self, name: &'static str) -> Path<'a> {
        Path::Field(self, name)
    }

    fn item(&'a self, index: usize) -> Path<'a> {
        Path::Item(self, index)
    }

    /// `treatments[2].date`, or `(root)` for the root.
    fn text(self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        if out.is_empty() {
            out.push_str("(root)");
        }
        out
    }

    fn write(self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Path::Item(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

/// Parses contract JSON text; `today` stands in for an absent `assessed_on`.
pub fn history_from_json(text: &str, today: Date) -> Result<History, InputError> {
    let value = Json::parse(text)
        .map_err(|error| InputError::new(Path::Root, format!("not JSON: {error}")))?;
    history_from_tree(&value, today)
}

/// Validates a value serde_json already parsed; `today` stands in for an absent
/// `assessed_on`.
pub fn history_from_value(value: &serde_json::Value, today: Date) -> Result<History, InputError> {
    history_from_tree(&Json::from(value), today)
}

/// Validates a parsed JSON value; `today` stands in for an absent `assessed_on`.
pub fn history_from_tree(value: &Json, today: Date) -> Result<History, InputError> {
    let root = Path::Root;
    if !value.is_object() {
        return Err(InputError::new(
            root,
            format!("{} is not an object", show(value)),
        ));
    }

    let at = root.field("assessed_on");
    let assessed_on = match present(value, "assessed_on") {
        None => today,
        Some(date) => match read_date(date, false, at)? {
            DateText::Day(day) => day,
            // Not produced: read_date refuses a month alone when it is not allowed.
            DateText::Month(..) => return Err(not_calendar(date, at)),
        },
    };

    let mut history = History::new(assessed_on);
    if let Some(purpose) = present(value, "purpose") {
        history.purpose = read_id(
            purpose,
            root.field("purpose"),
            Purpose::ALL,
            Purpose::id,
            Purpose::from_id,
        )?;
    }
    if let Some(sex) = present(value, "sex") {
        let at = root.field("sex");
        history.sex = Some(read_id(sex, at, Sex::ALL, Sex::id, Sex::from_id)?);
    }
    history.very_active = read_flag(value, root, "very_active")?;
    history.autoimmune = read_flag(value, root, "autoimmune")?;
    if let Some(flags) = present(value, "red_flags") {
        history.red_flags = read_ids(
            flags,
            root.field("red_flags"),
            RedFlag::ALL,
            RedFlag::id,
            RedFlag::from_id,
        )?;
    }

    let at = root.field("treatments");
    let treatments = required(value, root, "treatments")?;
    let list = treatments
        .as_array()
        .ok_or_else(|| InputError::new(at, format!("{} is not a list", show(treatments))))?;
    history.treatments = list
        .iter()
        .enumerate()
        .map(|(index, treatment)| read_treatment(treatment, at.item(index), assessed_on))
        .collect::<Result<_, _>>()?;
    Ok(history)
}

fn read_treatment(
    value: &Json,
    path: Path<'_>,
    assessed_on: Date,
) -> Result<Treatment, InputError> {
    if !value.is_object() {
        return Err(InputError::new(
            path,
            format!("{} is not an object", show(value)),
        ));
    }
    let date_path = path.field("date");
    let date_value = required(value, path, "date")?;
    let date = match read_date(date_value, true, date_path)? {
        DateText::Day(day) => VisitDate::exact(day),
        DateText::Month(year, month) => VisitDate::month_only(year, month, assessed_on)
            .ok_or_else(|| not_calendar(date_value, date_path))?,
    };
    if date.day > assessed_on {
        let text = date_text(date_value);
        return Err(InputError::new(
            date_path,
            format!("{text} is after assessed_on {assessed_on}"),
        ));
    }

    let product = read_id(
        required(value, path, "product")?,
        path.field("product"),
        Product::ALL,
        Product::id,
        Product::from_id,
    )?;
    let units = match present(value, "units") {
        None => None,
        Some(units) => Some(read_amount(units, path.field("units"), MAX_UNITS)?),
    };
    let areas = match present(value, "areas") {
        None => Vec::new(),
        Some(areas) => read_ids(
            areas,
            path.field("areas"),
            Area::ALL,
            Area::id,
            Area::from_id,
        )?,
    };
    let provider = match present(value, "provider") {
        None => Provider::Usual,
        Some(provider) => read_id(
            provider,
            path.field("provider"),
            Provider::ALL,
            Provider::id,
            Provider::from_id,
        )?,
    };
    let result = read_id(
        required(value, path, "result")?,
        path.field("result"),
        Outcome::ALL,
        Outcome::id,
        Outcome::from_id,
    )?;
    let lasted_weeks = match present(value, "lasted_weeks") {
        None => None,
        Some(weeks) => Some(read_amount(
            weeks,
            path.field("lasted_weeks"),
            MAX_LASTED_WEEKS,
        )?),
    };
    Ok(Treatment {
        date,
        product,
        units,
        areas,
        provider,
        result,
        lasted_weeks,
        uneven: read_flag(value, path, "uneven")?,
        touch_up: read_flag(value, path, "touch_up")?,
    })
}

/// A field's value, treating `null` as absent.
fn present<'a>(object: &'a Json, name: &str) -> Option<&'a Json> {
    object.get(name).filter(|value| !value.is_null())
}

fn required<'a>(
    object: &'a Json,
    path: Path<'_>,
    name: &'static str,
) -> Result<&'a Json, InputError> {
    present(object, name)
        .ok_or_else(|| InputError::new(path.field(name), "required field is missing".into()))
}

fn read_flag(object: &Json, path: Path<'_>, name: &'static str) -> Result<bool, InputError> {
    match present(object, name) {
        None => Ok(false),
        Some(Json::Bool(flag)) => Ok(*flag),
        Some(other) => Err(InputError::new(
            path.field(name),
            format!("{} is not true or false", show(other)),
        )),
    }
}

/// A number above zero and at most `max`.
fn read_amount(value: &Json, path: Path<'_>, max: f64) -> Result<f64, InputError> {
    let number = match value {
        Json::Number(number, _) => Some(*number),
        _ => None,
    }
    .filter(|number| number.is_finite())
    .ok_or_else(|| InputError::new(path, format!("{} is not a number", show(value))))?;
    if number <= 0.0 {
        return Err(InputError::new(
            path,
            format!("{} is not above zero", show(value)),
        ));
    }
    if number > max {
        // The limits are whole numbers: formatting them as integers keeps float formatting
        // (about 10 KB of wasm) out of the build.
        let max = max as i64;
        return Err(InputError::new(
            path,
            format!("{} is over {max}", show(value)),
        ));
    }
    Ok(number)
}

fn read_id<T: Copy>(
    value: &Json,
    path: Path<'_>,
    all: &[T],
    id: fn(T) -> &'static str,
    from_id: fn(&str) -> Option<T>,
) -> Result<T, InputError> {
    value.as_str().and_then(from_id).ok_or_else(|| {
        let choices: Vec<&str> = all.iter().map(|item| id(*item)).collect();
        InputError::new(
            path,
            format!("{} is not one of {}", show(value), choices.join(", ")),
        )
    })
}

fn read_ids<T: Copy>(
    value: &Json,
    path: Path<'_>,
    all: &[T],
    id: fn(T) -> &'static str,
    from_id: fn(&str) -> Option<T>,
) -> Result<Vec<T>, InputError> {
    let list = value
        .as_array()
        .ok_or_else(|| InputError::new(path, format!("{} is not a list", show(value))))?;
    list.iter()
        .enumerate()
        .map(|(index, item)| read_id(item, path.item(index), all, id, from_id))
        .collect()
}

enum DateText {
    Day(Date),
    Month(i32, u8),
}

/// `YYYY-MM-DD`, or `YYYY-MM` where `month_allowed`.
fn read_date(value: &Json, month_allowed: bool, path: Path<'_>) -> Result<DateText, InputError> {
    let form = if month_allowed {
        "YYYY-MM-DD or YYYY-MM"
    } else {
        "YYYY-MM-DD"
    };
    let bad_form = || {
        InputError::new(
            path,
            format!("{} is not a date in the form {form}", show(value)),
        )
    };
    let text = value.as_str().ok_or_else(bad_form)?;
    let bytes = text.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let shaped = |len: usize| {
        bytes.len() == len
            && digits_at(0..4)
            && bytes[4] == b'-'
            && digits_at(5..7)
            && (len == 7 || (bytes[7] == b'-' && digits_at(8..10)))
    };
    if shaped(10) {
        return Date::parse_iso(text)
            .map(DateText::Day)
            .ok_or_else(|| not_calendar(value, path));
    }
    if month_allowed && shaped(7) {
        // The shape check guarantees ASCII digits, so these parses cannot fail.
        let year = text[0..4].parse().unwrap_or(0);
        let month = text[5..7].parse().unwrap_or(0);
        if (1..=12).contains(&month) {
            return Ok(DateText::Month(year, month));
        }
        return Err(not_calendar(value, path));
    }
    Err(bad_form())
}

fn not_calendar(value: &Json, path: Path<'_>) -> InputError {
    InputError::new(path, format!("{} is not a calendar date", date_text(value)))
}

/// A date string as the visitor typed it, unquoted, as in `2026-02-30 is not a calendar date`.
fn date_text(value: &Json) -> String {
    value.as_str().map_or_else(|| show(value), clip)
}

/// A short rendering of a value for an error message: JSON, clipped.
fn show(value: &Json) -> String {
    clip(&value.to_text())
}

fn clip(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse_iso("2026-11-28").unwrap()
    }

    fn error_of(text: &str) -> String {
        history_from_json(text, today()).unwrap_err().to_string()
    }

    fn with_treatment(treatment: &str) -> String {
        format!(r#"{{"assessed_on":"2026-11-28","treatments":[{treatment}]}}"#)
    }

    #[test]
    fn reads_a_minimal_history_with_defaults() {
        let history = history_from_json(r#"{"treatments":[]}"#, today()).unwrap();
        assert_eq!(history, History::new(today()));
    }

    #[test]
    fn names_the_field_and_the_reason() {
        assert_eq!(
            error_of(&with_treatment(
                r#"{"date":"2026-02-30","product":"botox","result":"full"}"#
            )),
            "treatments[0].date: 2026-02-30 is not a calendar date"
        );
        assert_eq!(
            error_of(&with_treatment(
                r#"{"date":"2026-02-01","product":"botox","units":"20","result":"full"}"#
            )),
            "treatments[0].units: \"20\" is not a number"
        );
        assert_eq!(
            error_of(&with_treatment(r#"{"date":"2026-02-01","product":"botax","result":"full"}"#)),
            "treatments[0].product: \"botax\" is not one of botox, dysport, xeomin, jeuveau, daxxify, letybo, other, unknown"
        );
        assert_eq!(
            error_of(&with_treatment(
                r#"{"date":"2026-02-01","product":"botox"}"#
            )),
            "treatments[0].result: required field is missing"
        );
        assert_eq!(
            error_of(&with_treatment(
                r#"{"date":"2026-12","product":"botox","result":"full"}"#
            )),
            "treatments[0].date: 2026-12 is after assessed_on 2026-11-28"
        );
        assert!(error_of("{").starts_with("(root): not JSON: "));
        assert_eq!(error_of("[]"), "(root): [] is not an object");
        assert_eq!(error_of("{}"), "treatments: required field is missing");
        assert_eq!(
            error_of(r#"{"treatments":[],"red_flags":["fever"]}"#),
            "red_flags[0]: \"fever\" is not one of swallowing, breathing, speech, vision, eyelids, weakness, bladder"
        );
        assert_eq!(
            error_of(r#"{"treatments":[],"very_active":"yes"}"#),
            "very_active: \"yes\" is not true or false"
        );
        assert_eq!(
            error_of(r#"{"treatments":[],"assessed_on":"2026-11"}"#),
            "assessed_on: \"2026-11\" is not a date in the form YYYY-MM-DD"
        );
    }

    #[test]
    fn refuses_amounts_out_of_range() {
        let units = |units: &str| {
            error_of(&with_treatment(&format!(
                r#"{{"date":"2026-02-01","product":"botox","units":{units},"result":"full"}}"#
            )))
        };
        assert_eq!(units("0"), "treatments[0].units: 0 is not above zero");
        assert_eq!(units("-5"), "treatments[0].units: -5 is not above zero");
        assert_eq!(units("1000.5"), "treatments[0].units: 1000.5 is over 1000");
        let weeks = error_of(&with_treatment(
            r#"{"date":"2026-02-01","product":"botox","result":"full","lasted_weeks":105}"#,
        ));
        assert_eq!(weeks, "treatments[0].lasted_weeks: 105 is over 104");
    }

    #[test]
    fn null_means_absent_and_extra_fields_are_ignored() {
        let text = with_treatment(
            r#"{"date":"2026-02","product":"botox","units":null,"areas":null,"provider":null,
                "result":"full","lasted_weeks":null,"uneven":null,"touch_up":null,"colour":"blue"}"#,
        );
        let history = history_from_json(&text, today()).unwrap();
        let treatment = &history.treatments[0];
        assert_eq!(treatment.units, None);
        assert_eq!(treatment.provider, Provider::Usual);
        assert_eq!(treatment.date.day.to_string(), "2026-02-15");
    }

    #[test]
    fn clips_long_values() {
        let long = "x".repeat(200);
        let message = error_of(&format!(r#"{{"treatments":[],"sex":"{long}"}}"#));
        assert!(message.len() < 160, "{message}");
    }
}
