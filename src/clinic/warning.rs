//! A configuration value that could not be used: what the widget logs in the console and
//! what the snippet builder shows at the field, from one record.

use std::fmt;

/// `text` quoted as a JSON string, as the WordPress plugin's PHP quotes it.
fn quoted(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// What the widget does instead of using a bad or missing value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Replacement {
    /// Uses this value instead (a default, the element's own link, a readable colour).
    Value(String),
    /// Shows nothing in its place, e.g. "call link": never a placeholder contact.
    Nothing(&'static str),
}

impl Replacement {
    /// The value used, or the empty string when nothing is shown.
    pub fn value(&self) -> &str {
        match self {
            Replacement::Value(value) => value,
            Replacement::Nothing(_) => "",
        }
    }
}

/// A configuration value that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The attribute name, or a path into the hours JSON.
    pub attribute: String,
    /// The bad value as given (shortened when long); `None` when the attribute is missing.
    pub value: Option<String>,
    /// What the widget does instead.
    pub used: Replacement,
    /// Why the value was refused, worded for a person: a clause without a final full stop.
    pub reason: Option<String>,
    /// A corrected value that passes the same rule, when one can be guessed.
    pub suggestion: Option<String>,
    /// An error (a contact the visitor will not see), rather than a warning.
    pub is_error: bool,
}

/// Longest bad value a warning repeats: enough to recognise it, not a flood in the console.
const MAX_SHOWN_VALUE_CHARS: usize = 80;

impl ConfigWarning {
    /// `value` of `attribute` was refused; `used` is shown instead.
    pub fn new(
        attribute: impl Into<String>,
        value: impl Into<String>,
        used: impl Into<String>,
    ) -> ConfigWarning {
        ConfigWarning::instead(
            attribute,
            Some(value.into()),
            Replacement::Value(used.into()),
        )
    }

    /// `value` (`None`: the attribute is missing) could not be used; `used` happens instead.
    pub fn instead(
        attribute: impl Into<String>,
        value: Option<String>,
        used: Replacement,
    ) -> ConfigWarning {
        let value = value.map(|mut value| {
            if let Some((cut, _)) = value.char_indices().nth(MAX_SHOWN_VALUE_CHARS) {
                value.truncate(cut);
                value.push('…');
            }
            value
        });
        ConfigWarning {
            attribute: attribute.into(),
            value,
            used,
            reason: None,
            suggestion: None,
            is_error: false,
        }
    }

    pub fn because(mut self, reason: impl Into<String>) -> ConfigWarning {
        self.reason = Some(reason.into());
        self
    }

    pub fn suggesting(mut self, suggestion: Option<String>) -> ConfigWarning {
        self.suggestion = suggestion;
        self
    }

    pub fn as_error(mut self) -> ConfigWarning {
        self.is_error = true;
        self
    }

    /// The sentence the snippet builder shows at the field: the reason, capitalised, or a
    /// plain "cannot be used" when the rule gave none.
    pub fn message(&self) -> String {
        let reason = self.reason.as_deref().unwrap_or(match self.value {
            Some(_) => "this value cannot be used",
            None => "this is required",
        });
        let mut chars = reason.chars();
        let mut text: String = chars
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default();
        text.push_str(chars.as_str());
        text.push('.');
        text
    }

    /// What the widget does about it, for the builder: "The widget shows no call link."
    pub fn consequence(&self) -> String {
        match &self.used {
            Replacement::Nothing(what) => format!("The widget shows no {what}."),
            Replacement::Value(value) => format!("The widget uses {} instead.", quoted(value)),
        }
    }
}

impl fmt::Display for ConfigWarning {
    /// `attribute "primary-color": "blue-ish" is not valid (it is not a colour of the form
    /// #rrggbb); using "#1f6f78"`, or `attribute "phone" is missing; showing no call link`.
    /// Values are quoted as JSON strings, which escape control characters, so a hidden tab
    /// in a value shows as `\t`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::from("attribute ");
        text.push_str(&quoted(&self.attribute));
        match &self.value {
            Some(value) => {
                text.push_str(": ");
                text.push_str(&quoted(value));
                text.push_str(" is not valid");
            }
            None => text.push_str(" is missing"),
        }
        if let Some(reason) = &self.reason {
            text.push_str(" (");
            text.push_str(reason);
            text.push(')');
        }
        match &self.used {
            Replacement::Value(value) => {
                text.push_str("; using ");
                text.push_str(&quoted(value));
            }
            Replacement::Nothing(what) => {
                text.push_str("; showing no ");
                text.push_str(what);
            }
        }
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warning_escapes_hidden_characters() {
        let w = ConfigWarning::new("booking-url", "java\tscript:x", "https://clinic.test/book");
        assert_eq!(
            w.to_string(),
            r#"attribute "booking-url": "java\tscript:x" is not valid; using "https://clinic.test/book""#
        );
        let long = ConfigWarning::new("hours", "x".repeat(500), "");
        assert_eq!(
            long.value.map(|v| v.chars().count()),
            Some(MAX_SHOWN_VALUE_CHARS + 1)
        );
    }

    #[test]
    fn a_missing_contact_reads_as_nothing_shown() {
        let w = ConfigWarning::instead("phone", None, Replacement::Nothing("call link"))
            .because("visitors need a number to call")
            .as_error();
        assert_eq!(
            w.to_string(),
            r#"attribute "phone" is missing (visitors need a number to call); showing no call link"#
        );
        assert_eq!(w.message(), "Visitors need a number to call.");
        assert_eq!(w.consequence(), "The widget shows no call link.");
    }
}
