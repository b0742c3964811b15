//! A small JSON reader for what the widget reads (contract histories, office hours): text
//! in, a tree of [`Json`] values out, and the compact JSON text of a value back for error
//! messages.
//!
//! It replaces serde_json's parser and `Value` in the browser build, where they, the
//! `BTreeMap` behind `Value` and the float formatting their messages pull in cost about a
//! tenth of the wasm. Numbers keep the text they were written as, so a message repeats
//! what the visitor typed and no float ever needs formatting.

/// Deeper nesting than this is refused rather than risking the stack on hostile input.
pub const MAX_DEPTH: usize = 128;

/// A parsed JSON value. Object members keep their order; where a key repeats, the last
/// one counts (as in serde_json).
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The value and the text it was written as (`1e3`), when it came from text.
    Number(f64, Option<Box<str>>),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses a whole JSON text; surrounding whitespace is allowed, anything else is not.
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0)?;
        reader.skip_whitespace();
        if reader.at < reader.bytes.len() {
            return Err(reader.error("trailing characters"));
        }
        Ok(value)
    }

    /// The member `name` of an object (the last one if it repeats); `None` for a non-object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members
                .iter()
                .rev()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// Compact JSON text, as in an error message.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    fn write_to(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(true) => out.push_str("true"),
            Json::Bool(false) => out.push_str("false"),
            Json::Number(_, Some(text)) => out.push_str(text),
            Json::Number(value, None) => write_number(*value, out),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write_to(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_to(out);
                }
                out.push('}');
            }
        }
    }
}

/// A serde_json value as a [`Json`], for callers that already hold one (the browser export,
/// the vignettes, the property tests). Numbers keep no text: messages write them out.
impl From<&serde_json::Value> for Json {
    fn from(value: &serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(flag) => Json::Bool(*flag),
            Value::Number(number) => Json::Number(number.as_f64().unwrap_or(f64::NAN), None),
            Value::String(text) => Json::String(text.clone()),
            Value::Array(items) => Json::Array(items.iter().map(Json::from).collect()),
            Value::Object(members) => Json::Object(
                members
                    .iter()
                    .map(|(key, value)| (key.clone(), Json::from(value)))
                    .collect(),
            ),
        }
    }
}

/// A number that came without its text: whole numbers as integers, others as the
/// platform writes them (JavaScript's `toString` in the browser, serde_json's natively),
/// so no float formatting code is carried in the wasm.
pub fn write_number(value: f64, out: &mut String) {
    // Below 2^53 every whole double is an exact i64.
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        out.push_str(&(value as i64).to_string());
        return;
    }
    #[cfg(target_arch = "wasm32")]
    if let Ok(text) = js_sys::Number::from(value).to_string_with_radix(10) {
        out.push_str(&String::from(text));
    }
    #[cfg(not(target_arch = "wasm32"))]
    match serde_json::Number::from_f64(value) {
        Some(number) => out.push_str(&number.to_string()),
        None => out.push_str("null"),
    }
}

/// A JSON string literal, escaped as serde_json escapes it.
pub fn write_string(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Powers of ten that a double holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A decimal number (`-12.5`, `3e2`; JSON's syntax, which the caller has checked) as the
/// nearest double, as Rust's and JavaScript's parsers round it.
///
/// Numbers a person types (at most 15 significant digits, exponents within ±22) take an
/// exact fast path: the digits as an integer, times or divided by an exact power of ten,
/// is one correctly rounded operation. Anything else goes to the full parser: Rust's
/// natively, the browser's `parseFloat` in the wasm build, because Rust's carries a 10 KB
/// table of powers of five into the wasm.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], unsigned[at + 1..].parse::<i32>().ok()),
        None => (unsigned, Some(0)),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    for byte in whole.bytes().chain(fraction.bytes()) {
        if !byte.is_ascii_digit() {
            return None;
        }
        if mantissa == 0 && byte == b'0' {
            continue; // leading zeros are not significant
        }
        digits += 1;
        if digits > 15 {
            return parse_decimal_fully(text);
        }
        mantissa = mantissa * 10 + u64::from(byte - b'0');
    }
    let Some(scale) = exponent.and_then(|e| e.checked_sub(fraction.len() as i32)) else {
        return parse_decimal_fully(text);
    };
    // Below 10^15 < 2^53 every mantissa is an exact double.
    let magnitude = mantissa as f64;
    let value = match usize::try_from(scale.unsigned_abs()) {
        _ if mantissa == 0 => 0.0,
        Ok(power) if power < EXACT_POWERS_OF_TEN.len() && scale >= 0 => {
            magnitude * EXACT_POWERS_OF_TEN[power]
        }
        Ok(power) if power < EXACT_POWERS_OF_TEN.len() => magnitude / EXACT_POWERS_OF_TEN[power],
        _ => return parse_decimal_fully(text),
    };
    Some(if negative { -value } else { value })
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_decimal_fully(text: &str) -> Option<f64> {
    text.parse().ok()
}

#[cfg(target_arch = "wasm32")]
fn parse_decimal_fully(text: &str) -> Option<f64> {
    let value = js_sys::parse_float(text);
    (!value.is_nan()).then_some(value)
}

/// Why a text is not JSON, and the byte offset where reading stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub reason: &'static str,
    pub offset: usize,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at character {}", self.reason, self.offset + 1)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, reason: &'static str) -> JsonError {
        JsonError {
            reason,
            offset: self.at,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.at += 1;
        }
    }

    /// Consumes `word` (after its first byte was seen) or fails.
    fn keyword(&mut self, word: &'static [u8], value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.keyword(b"null", Json::Null),
            Some(b't') => self.keyword(b"true", Json::Bool(true)),
            Some(b'f') => self.keyword(b"false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.skip_whitespace();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_whitespace();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.error("expected , or ]")),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                self.skip_whitespace();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.skip_whitespace();
                    if self.peek() != Some(b'"') {
                        return Err(self.error("expected a member name"));
                    }
                    let key = self.string()?;
                    self.skip_whitespace();
                    if self.peek() != Some(b':') {
                        return Err(self.error("expected :"));
                    }
                    self.at += 1;
                    let value = self.value(depth + 1)?;
                    members.push((key, value));
                    self.skip_whitespace();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(members));
                        }
                        _ => return Err(self.error("expected , or }")),
                    }
                }
            }
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, as RFC 8259 has it.
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while let Some(b'0'..=b'9') = reader.peek() {
                reader.at += 1;
            }
            reader.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let integer_start = self.at;
        match digits(self) {
            0 => return Err(self.error("expected a digit")),
            1 => {}
            _ if self.bytes[integer_start] == b'0' => return Err(self.error("leading zero")),
            _ => {}
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.error("expected a digit"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("expected a digit"));
            }
        }
        // The slice is ASCII by construction. Like serde_json, a number too large for a
        // double is refused.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("0");
        match parse_decimal(text) {
            Some(value) if value.is_finite() => Ok(Json::Number(value, Some(text.into()))),
            _ => Err(JsonError {
                reason: "number out of range",
                offset: start,
            }),
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run_start = self.at;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so it is UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[run_start..self.at]).unwrap_or(""));
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self
                        .peek()
                        .ok_or_else(|| self.error("unterminated string"))?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return Err(self.error("unknown escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("short \\u escape"))?;
        let mut code = 0;
        for &digit in digits {
            let value = (digit as char)
                .to_digit(16)
                .ok_or_else(|| self.error("bad \\u escape"))?;
            code = code * 16 + value;
        }
        self.at += 4;
        Ok(code)
    }

    /// After `\u`: one code unit, or a surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err(self.error("lone surrogate"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone surrogate"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone surrogate")),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error("bad \\u escape"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_serde(text: &str) {
        let ours = Json::parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(ours), Ok(theirs)) => {
                let theirs = Json::from(theirs);
                assert_eq!(
                    ours.to_text(),
                    strip_number_texts(&theirs, ours).to_text(),
                    "{text}"
                );
            }
            (Err(_), Err(_)) => {}
            _ => panic!("{text}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    /// serde_json's value with our number texts, so that only structure and values compare.
    fn strip_number_texts(theirs: &Json, ours: &Json) -> Json {
        match (theirs, ours) {
            (Json::Number(a, _), Json::Number(b, text)) => {
                assert!(a == b || (a.is_nan() && b.is_nan()), "{a} != {b}");
                Json::Number(*b, text.clone())
            }
            (Json::Array(a), Json::Array(b)) => Json::Array(
                a.iter()
                    .zip(b)
                    .map(|(a, b)| strip_number_texts(a, b))
                    .collect(),
            ),
            (Json::Object(a), Json::Object(b)) => Json::Object(
                a.iter()
                    .zip(b)
                    .map(|((key, a), (_, b))| (key.clone(), strip_number_texts(a, b)))
                    .collect(),
            ),
            _ => theirs.clone(),
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        for text in [
            "null",
            " true ",
            "false",
            "0",
            "-0",
            "12",
            "-5",
            "1000.5",
            "1e3",
            "2.5E-3",
            "1e400",
            "[]",
            "[1,[2,[3]]]",
            "{}",
            r#"{"a":1,"b":[true,null],"c":{"d":"e"}}"#,
            r#""tab\there \u00e9 \ud83d\ude00 \/ \" \\ \b\f\n\r""#,
            "\"caf\u{e9}\"",
            "01",
            "1.",
            ".5",
            "-",
            "+1",
            "1e",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "[1 2]",
            "nul",
            "truex",
            "\"unterminated",
            "\"bad \\x escape\"",
            "\"lone \\ud800\"",
            "\"control \u{1} char\"",
            "[] []",
            "",
            "   ",
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn reads_decimals_as_rust_does() {
        for text in [
            "0",
            "-0",
            "20",
            "12.5",
            "0.1",
            "0.3",
            "-5",
            "1000.5",
            "1e3",
            "2.5E-3",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "123456789012345",
            "1234567890123456789",
            "0.000001",
            "9007199254740993",
            "1.7976931348623157e308",
            "5e-324",
            "1e400",
            "00012.50",
            "3.14159265358979323846",
            "1e2147483647",
            "1e-2147483648",
        ] {
            let ours = parse_decimal(text).unwrap();
            let rust: f64 = text.parse().unwrap();
            assert_eq!(ours.to_bits(), rust.to_bits(), "{text}");
        }
    }

    #[test]
    fn keeps_number_text_and_the_last_of_repeated_keys() {
        let value = Json::parse(r#"{"units": 1e3, "units": 20.50}"#).unwrap();
        assert_eq!(
            value.get("units"),
            Some(&Json::Number(20.5, Some("20.50".into())))
        );
        assert_eq!(value.to_text(), r#"{"units":1e3,"units":20.50}"#);
    }

    #[test]
    fn refuses_deep_nesting_without_overflowing() {
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(Json::parse(&deep).unwrap_err().reason, "nested too deeply");
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(Json::parse(&ok).is_ok());
    }

    #[test]
    fn escapes_strings_as_serde_json_does() {
        for text in ["plain", "quote \" and \\", "\u{1}\u{1f}\n\t", "é😀"] {
            let mut ours = String::new();
            write_string(text, &mut ours);
            assert_eq!(ours, serde_json::to_string(text).unwrap());
        }
    }
}
