//! The answer of the wasm's `checkConfig`: every problem the widget would log for a set of
//! attributes, each worded for the person filling in the snippet builder, and the links the
//! snippet's fallback may carry (only ones that passed the same rules).

use serde::Serialize;

use super::config::{ClinicConfig, OwnContacts};
use super::rules::Browser;
use super::warning::ConfigWarning;

/// One value the widget cannot use, for the builder to show at its field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigProblem {
    /// The attribute ("phone"), or a path into the hours JSON ("hours.openingHoursSpecification[0]").
    pub attribute: String,
    /// The value as given; `None` when it is missing.
    pub value: Option<String>,
    /// Why it cannot be used, as a sentence: "It has the letter "O" where a digit belongs (did you mean 0?)."
    pub message: String,
    /// What the widget does about it: "The widget shows no call link."
    pub consequence: String,
    /// "error" when visitors lose a contact, else "warning".
    pub level: &'static str,
    /// A corrected value that passes the same rule, when one can be guessed.
    pub suggestion: Option<String>,
    /// The line the widget logs in the console for it, after "resistance-check <version>: ".
    pub console: String,
}

impl From<&ConfigWarning> for ConfigProblem {
    fn from(warning: &ConfigWarning) -> ConfigProblem {
        ConfigProblem {
            attribute: warning.attribute.clone(),
            value: warning.value.clone(),
            message: warning.message(),
            consequence: warning.consequence(),
            level: if warning.is_error { "error" } else { "warning" },
            suggestion: warning.suggestion.clone(),
            console: warning.to_string(),
        }
    }
}

/// Every problem of a configuration, and the checked contacts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigCheck {
    pub problems: Vec<ConfigProblem>,
    /// The `tel:` link of a usable phone.
    pub phone_href: Option<String>,
    /// A usable booking URL.
    pub booking_url: Option<String>,
}

/// Checks attributes (`get`, as for `ClinicConfig::from_attributes`) and an hours JSON text
/// exactly as the widget reads them, on an element without fallback links of its own.
pub fn check_config(
    get: &dyn Fn(&str) -> Option<String>,
    hours_json: Option<&str>,
    browser: &dyn Browser,
) -> ConfigCheck {
    let (config, warnings) =
        ClinicConfig::from_attributes(get, hours_json, &OwnContacts::default(), browser);
    ConfigCheck {
        problems: warnings.iter().map(ConfigProblem::from).collect(),
        phone_href: config.phone.map(|phone| phone.href),
        booking_url: config.booking_url,
    }
}
