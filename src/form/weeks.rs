//! How long an effect lasted, read as people say it: "12", "about 12", "12-14" or
//! "12 to 14" (a range, read as its middle), "3 months" (months as weeks), "twelve", and the
//! Spanish "unos 12", "12 a 14", "3 meses", "doce semanas". What was read is returned with
//! the weeks, so the field can show it back; what cannot be read is refused naming the part
//! that could not. `docs/rules.md` ("Reading a history") gives the rule and its source.

use super::visits::{parse_amount, FieldProblem, WEEK_WORDS};

/// What people write after a number of months: "3 months", "3 mo", "3 meses".
pub const MONTH_WORDS: &[&str] = &[
    "months", "month", "mos", "mo", "mths", "mth", "meses", "mes",
];

/// The unit a duration was given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Weeks,
    Months,
}

/// A duration as the visitor said it, and the weeks it was read as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeeksRead {
    /// The duration in weeks, as the engine takes it.
    pub weeks: f64,
    /// The amount said, in `unit`: one number, or a range's lower end.
    pub low: f64,
    /// A range's upper end.
    pub high: Option<f64>,
    pub unit: TimeUnit,
    /// A word of approximation ("about", "~", "unos") was dropped.
    pub about: bool,
    /// A number was written as a word ("twelve", "doce", "a month").
    pub in_words: bool,
}

impl WeeksRead {
    /// Whether the reading is more than the digits typed, so it is worth showing back.
    pub fn worth_showing(&self) -> bool {
        self.high.is_some() || self.unit == TimeUnit::Months || self.about || self.in_words
    }
}

/// Months as weeks, to the nearest week: 52 weeks in 12 months, so 3 months are 13 weeks.
pub fn months_to_weeks(months: f64) -> f64 {
    (months * 13.0 / 3.0).round()
}

/// The duration `text` says, or what is wrong with it; `None` for an empty field. The limit
/// is the caller's to check, so that an over-long reading can still be shown back.
pub fn read_weeks(text: &str) -> Result<Option<WeeksRead>, FieldProblem> {
    let typed = text.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let tokens = tokens(typed)?;
    if !has_amount(&tokens) {
        return Err(FieldProblem::NotWeeks(typed.to_string()));
    }
    let said = Reader { tokens, at: 0 }.said()?;
    said.read().map(Some)
}

/// One piece of the typed text.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(f64),
    /// Letters: `key` lower-case with accents folded ("dieciséis" as "dieciseis") and a
    /// trailing point dropped, to compare; `typed` as typed, to quote.
    Word {
        key: String,
        typed: String,
    },
    Dash,
    /// "~" or "≈".
    Tilde,
    /// Anything else, as typed.
    Other(String),
}

/// Whether the tokens hold a number at all: digits, a number word, or an article before a
/// unit ("a month").
fn has_amount(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(at, token)| match token {
        Token::Number(_) => true,
        Token::Word { key, .. } if number_word(key).is_some() => true,
        Token::Word { key, .. } => {
            ARTICLES.contains(&key.as_str())
                && matches!(tokens.get(at + 1), Some(Token::Word { key, .. }) if unit_of(key).is_some())
        }
        _ => false,
    })
}

impl Token {
    /// How an error names this piece.
    fn text(&self) -> String {
        match self {
            Token::Number(value) => super::visits::number_text(*value),
            Token::Word { typed, .. } | Token::Other(typed) => typed.clone(),
            Token::Dash => "-".to_string(),
            Token::Tilde => "~".to_string(),
        }
    }
}

fn tokens(typed: &str) -> Result<Vec<Token>, FieldProblem> {
    let chars: Vec<char> = typed.chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    let is_number_char = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    while at < chars.len() {
        let c = chars[at];
        let start = at;
        if c.is_whitespace() {
            at += 1;
        } else if c.is_ascii_digit()
            || (is_number_char(c) && chars.get(at + 1).is_some_and(char::is_ascii_digit))
        {
            while at < chars.len() && is_number_char(chars[at]) {
                at += 1;
            }
            // A full stop or comma after the number ends a sentence: "about 12."
            let run: String = chars[start..at].iter().collect();
            let run = run.trim_end_matches(['.', ',']);
            match parse_amount(run, f64::MAX) {
                Ok(Some(value)) => tokens.push(Token::Number(value)),
                Ok(None) => {}
                Err(FieldProblem::NotPositive) => return Err(FieldProblem::NotPositive),
                Err(_) => return Err(FieldProblem::UnreadableWord(run.to_string())),
            }
        } else if c.is_alphabetic() {
            while at < chars.len() && (chars[at].is_alphabetic() || chars[at] == '.') {
                at += 1;
            }
            let run: String = chars[start..at].iter().collect();
            let typed = run.trim_end_matches('.');
            tokens.push(Token::Word {
                key: fold_accents(&typed.to_lowercase()),
                typed: typed.to_string(),
            });
        } else {
            at += 1;
            tokens.push(match c {
                '-' | '‐' | '‑' | '–' | '—' => Token::Dash,
                '~' | '≈' => Token::Tilde,
                other => Token::Other(other.to_string()),
            });
        }
    }
    Ok(tokens)
}

fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// A number said in words, in English or Spanish (accents folded), from one to a hundred;
/// compounds ("twenty-four", "treinta y dos") are joined by `Reader::amount`.
fn number_word(word: &str) -> Option<u32> {
    #[rustfmt::skip]
    const WORDS: &[(&str, u32)] = &[
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
        ("ninety", 90), ("hundred", 100),
        ("uno", 1), ("una", 1), ("un", 1), ("dos", 2), ("tres", 3), ("cuatro", 4),
        ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10),
        ("once", 11), ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15),
        ("dieciseis", 16), ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19),
        ("veinte", 20), ("veintiuno", 21), ("veintiun", 21), ("veintiuna", 21),
        ("veintidos", 22), ("veintitres", 23), ("veinticuatro", 24), ("veinticinco", 25),
        ("veintiseis", 26), ("veintisiete", 27), ("veintiocho", 28), ("veintinueve", 29),
        ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("sesenta", 60),
        ("setenta", 70), ("ochenta", 80), ("noventa", 90), ("cien", 100),
    ];
    WORDS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, value)| *value)
}

/// Words that make a number approximate, alone or as a phrase, before or after it.
#[rustfmt::skip]
const ABOUT_BEFORE: &[&[&str]] = &[
    &["about"], &["around"], &["approximately"], &["approx"], &["roughly"], &["circa"],
    &["ca"], &["almost"], &["nearly"], &["maybe"], &["probably"], &["perhaps"],
    &["more", "or", "less"], &["unos"], &["unas"], &["aproximadamente"], &["aprox"],
    &["casi"], &["como"], &["quizas"], &["quiza"], &["tal", "vez"], &["alrededor", "de"],
    &["cerca", "de"], &["mas", "o", "menos"],
];
#[rustfmt::skip]
const ABOUT_AFTER: &[&[&str]] = &[
    &["ish"], &["or", "so"], &["more", "or", "less"], &["give", "or", "take"],
    &["approximately"], &["approx"], &["roughly"], &["mas", "o", "menos"], &["o", "asi"],
    &["aproximadamente"], &["aprox"],
];
/// Words that open a range: "between 12 and 14", "from 12 to 14", "entre 12 y 14", "de 12 a 14".
const RANGE_OPENERS: &[&str] = &["between", "from", "entre", "de"];
/// Words between a range's ends (a dash is one too).
const RANGE_JOINS: &[&str] = &["to", "or", "and", "through", "a", "o", "u", "y", "al"];
/// "a month", "an extra week", "un mes", "una semana": one, before a unit.
const ARTICLES: &[&str] = &["a", "an", "un", "una"];

/// The parts of a duration, as said.
struct Said {
    first: f64,
    first_unit: Option<TimeUnit>,
    second: Option<(f64, Option<TimeUnit>)>,
    about: bool,
    in_words: bool,
}

impl Said {
    fn read(self) -> Result<WeeksRead, FieldProblem> {
        let unit = match (self.first_unit, self.second.and_then(|(_, unit)| unit)) {
            (Some(first), Some(second)) if first != second => return Err(FieldProblem::MixedUnits),
            (first, second) => second.or(first).unwrap_or(TimeUnit::Weeks),
        };
        let (low, high) = match self.second {
            Some((second, _)) if second != self.first => {
                (self.first.min(second), Some(self.first.max(second)))
            }
            _ => (self.first, None),
        };
        let amount = high.map_or(low, |high| (low + high) / 2.0);
        let weeks = match unit {
            TimeUnit::Weeks => amount,
            TimeUnit::Months => months_to_weeks(amount),
        };
        if weeks <= 0.0 {
            return Err(FieldProblem::NotPositive);
        }
        Ok(WeeksRead {
            weeks,
            low,
            high,
            unit,
            about: self.about,
            in_words: self.in_words,
        })
    }
}

/// Reads the tokens in order: [about] [between] amount [unit] [to amount [unit]] [about] [unit].
struct Reader {
    tokens: Vec<Token>,
    at: usize,
}

impl Reader {
    fn said(mut self) -> Result<Said, FieldProblem> {
        let mut about = self.about(ABOUT_BEFORE);
        // "between 12 and 14"; "between 12" alone says no more than "12".
        self.word_in(RANGE_OPENERS);
        let mut in_words = false;
        let first = self.amount(&mut in_words)?;
        let mut first_unit = self.unit();
        about |= self.about(ABOUT_AFTER);
        let second = if self.range_join() {
            let second = self.amount(&mut in_words)?;
            Some((second, self.unit()))
        } else {
            None
        };
        about |= self.about(ABOUT_AFTER);
        // "12 or so weeks": the unit after the approximation.
        if first_unit.is_none() && second.is_none() {
            first_unit = self.unit();
        }
        if let Some(token) = self.tokens.get(self.at) {
            return Err(FieldProblem::UnreadableWord(token.text()));
        }
        Ok(Said {
            first,
            first_unit,
            second,
            about,
            in_words,
        })
    }

    /// The comparable form of the word `offset` tokens ahead, if that token is a word.
    fn word(&self, offset: usize) -> Option<&str> {
        match self.tokens.get(self.at + offset) {
            Some(Token::Word { key, .. }) => Some(key),
            _ => None,
        }
    }

    /// Takes the next word if it is one of `words`.
    fn word_in(&mut self, words: &[&str]) -> bool {
        let found = self.word(0).is_some_and(|word| words.contains(&word));
        if found {
            self.at += 1;
        }
        found
    }

    /// Takes every approximation at this point ("~", "about", "more or less").
    fn about(&mut self, phrases: &[&[&str]]) -> bool {
        let mut found = false;
        loop {
            if self.tokens.get(self.at) == Some(&Token::Tilde) {
                self.at += 1;
                found = true;
                continue;
            }
            // "12-ish": the dash belongs to the approximation.
            if self.tokens.get(self.at) == Some(&Token::Dash) && self.word(1) == Some("ish") {
                self.at += 2;
                found = true;
                continue;
            }
            let phrase = phrases.iter().find(|phrase| {
                phrase
                    .iter()
                    .enumerate()
                    .all(|(offset, word)| self.word(offset) == Some(*word))
            });
            match phrase {
                Some(phrase) => {
                    self.at += phrase.len();
                    found = true;
                }
                None => return found,
            }
        }
    }

    /// A number, in digits or in words.
    fn amount(&mut self, in_words: &mut bool) -> Result<f64, FieldProblem> {
        match self.tokens.get(self.at).cloned() {
            Some(Token::Number(value)) => {
                self.at += 1;
                Ok(value)
            }
            // "-5": a sign, not a range.
            Some(Token::Dash) if matches!(self.tokens.get(self.at + 1), Some(Token::Number(_))) => {
                Err(FieldProblem::NotPositive)
            }
            Some(Token::Word { key, typed }) => {
                let article = ARTICLES.contains(&key.as_str())
                    && self.word(1).is_some_and(|next| unit_of(next).is_some());
                let value = if article { Some(1) } else { number_word(&key) };
                let Some(value) = value else {
                    return Err(FieldProblem::UnreadableWord(typed));
                };
                self.at += 1;
                *in_words = true;
                Ok(f64::from(value + self.compound_rest(value)))
            }
            Some(token) => Err(FieldProblem::UnreadableWord(token.text())),
            None => Err(FieldProblem::UnreadableWord(
                self.tokens.last().map(Token::text).unwrap_or_default(),
            )),
        }
    }

    /// The ones after a tens word: "twenty-four", "twenty four", "treinta y dos".
    fn compound_rest(&mut self, tens: u32) -> u32 {
        // In integers: a float remainder would bring its software routine into the wasm.
        if !(20..100).contains(&tens) || tens % 10 != 0 {
            return 0;
        }
        let joined =
            matches!(self.tokens.get(self.at), Some(Token::Dash)) || self.word(0) == Some("y");
        let skip = usize::from(joined);
        let ones = self
            .word(skip)
            .and_then(number_word)
            .filter(|ones| (1..10).contains(ones));
        match ones {
            Some(ones) => {
                self.at += skip + 1;
                ones
            }
            None => 0,
        }
    }

    fn unit(&mut self) -> Option<TimeUnit> {
        let unit = self.word(0).and_then(unit_of);
        if unit.is_some() {
            self.at += 1;
        }
        unit
    }

    fn range_join(&mut self) -> bool {
        if self.tokens.get(self.at) == Some(&Token::Dash) {
            self.at += 1;
            return true;
        }
        self.word_in(RANGE_JOINS)
    }
}

fn unit_of(word: &str) -> Option<TimeUnit> {
    if WEEK_WORDS.contains(&word) {
        Some(TimeUnit::Weeks)
    } else if MONTH_WORDS.contains(&word) {
        Some(TimeUnit::Months)
    } else {
        None
    }
}
