//! The clinic's configuration, read from the embed element's attributes with the rules of
//! `rules`: every bad or missing value is reported, and the widget renders with what it can
//! use. A contact it cannot use is left out rather than replaced by a placeholder.

use super::hours::{HourCycle, WeeklyHours};
use super::rules::{self, Browser, Checked, OfferedPaths, Phone};
use super::warning::{ConfigWarning, Replacement};
use super::{emergency, phone};

/// Host-page query parameters passed on to the booking URL unless configured otherwise.
pub const DEFAULT_UTM_PARAMS: [&str; 7] = [
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "gclid",
    "fbclid",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Es,
}

impl Language {
    /// The widget's languages.
    pub const ALL: [Language; 2] = [Language::En, Language::Es];

    /// Reads a BCP 47 tag by its primary subtag: "es", "es-MX", "EN_us".
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Language::En),
            "es" => Some(Language::Es),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicConfig {
    /// Empty when the element names no clinic.
    pub name: String,
    /// Who the consultation is with: the clinic's name when no doctor is named; empty when
    /// neither is (the wording then speaks of "our team").
    pub doctor: String,
    /// `None`: no usable number, so no call link.
    pub phone: Option<Phone>,
    /// Always an absolute `https:` or `http:` URL with a host; `None`: no booking button.
    pub booking_url: Option<String>,
    /// Empty when the element gives none.
    pub address: String,
    /// An IANA name such as "America/Los_Angeles" that the browser knows; `None`: the
    /// widget cannot tell whether the office is open now.
    pub time_zone: Option<String>,
    /// `None`: follow the visitor's browser language.
    pub language: Option<Language>,
    /// `None`: the widget's own wording in the chosen language.
    pub cta_text: Option<String>,
    /// `cta-text-<lang>`: the booking button's text for visitors in that language.
    pub cta_text_by_language: Vec<(Language, String)>,
    /// `hour-cycle`: the clinic's clock, for every language.
    pub hour_cycle: HourCycle,
    /// Lowercase `#rrggbb`, readable under white text.
    pub primary_color: String,
    pub corner_radius_px: u8,
    /// `heading-level`: the level of the step headings on the host's page (1 to 4).
    pub heading_level: u8,
    pub paths: OfferedPaths,
    pub hours: WeeklyHours,
    pub utm_params: Vec<String>,
    /// Whether the booking link carries the verdict id (marketing's opt-in).
    pub share_verdict: bool,
    /// Whether the dataLayer's result push carries the verdict id (analytics' opt-in; a
    /// verdict is health information, so it is off unless asked for).
    pub analytics_verdict: bool,
    /// Whether the address links to directions in a maps app (on unless `directions="off"`).
    pub directions: bool,
    /// A "Join our mailing list" link, checked as the booking page is; a link only.
    pub mailing_list_url: Option<String>,
    /// `emergency-number`, as the clinic gave it (checked); see `emergency_number()`.
    pub own_emergency_number: Option<String>,
}

impl Default for ClinicConfig {
    /// A clinic that gave nothing: no name, no contact, the default look, both paths and
    /// the default week. Nothing in it belongs to a real or demo clinic.
    fn default() -> Self {
        ClinicConfig {
            name: String::new(),
            doctor: String::new(),
            phone: None,
            booking_url: None,
            address: String::new(),
            time_zone: None,
            language: None,
            cta_text: None,
            cta_text_by_language: Vec::new(),
            hour_cycle: HourCycle::H12,
            primary_color: rules::DEFAULT_PRIMARY_COLOR.into(),
            corner_radius_px: 8,
            heading_level: rules::DEFAULT_HEADING_LEVEL,
            paths: OfferedPaths::default(),
            hours: WeeklyHours::default(),
            utm_params: DEFAULT_UTM_PARAMS.iter().map(|p| p.to_string()).collect(),
            share_verdict: false,
            analytics_verdict: false,
            directions: true,
            mailing_list_url: None,
            own_emergency_number: None,
        }
    }
}

impl ClinicConfig {
    /// The number named for an emergency: `emergency-number`, else the country's from the
    /// time zone; `None`: "your local emergency number".
    pub fn emergency_number(&self) -> Option<String> {
        emergency::emergency_number(
            self.own_emergency_number.as_deref(),
            self.time_zone.as_deref(),
        )
    }

    /// The booking button's text for a visitor in `language`: `cta-text-<lang>`, else
    /// `cta-text`; `None` for the catalog's own.
    pub fn cta_text_in(&self, language: Language) -> Option<&str> {
        let own = self
            .cta_text_by_language
            .iter()
            .find(|(l, _)| *l == language);
        own.map(|(_, text)| text.as_str())
            .or(self.cta_text.as_deref())
    }
}

/// Reads attributes through the browser layer's getter and collects the warnings.
struct AttributeReader<'a> {
    get: &'a dyn Fn(&str) -> Option<String>,
    warnings: Vec<ConfigWarning>,
}

impl AttributeReader<'_> {
    /// The attribute's value, or `default` when it is absent; a bad value is reported with
    /// `show` of whatever is used instead (what the rule could still use, else `default`).
    fn read<T>(
        &mut self,
        name: &str,
        default: T,
        check: impl Fn(&str) -> Checked<T>,
        show: impl Fn(&T) -> String,
    ) -> T {
        let Some(raw) = (self.get)(name) else {
            return default;
        };
        match check(&raw) {
            Ok(value) => value,
            Err(refusal) => {
                let used = refusal.usable.unwrap_or(default);
                self.warnings.push(
                    ConfigWarning::new(name, raw, show(&used))
                        .because(refusal.reason)
                        .suggesting(refusal.suggestion),
                );
                used
            }
        }
    }

    /// Up to 80 characters of text, `None` when absent; a bad value warns that `instead`
    /// is used. One reader for every such attribute keeps the wasm small.
    fn optional_text(&mut self, name: &str, instead: &'static str) -> Option<String> {
        self.read(
            name,
            None,
            |raw| rules::clean_text(raw, 80).map(Some).map_err(none_usable),
            |_| instead.to_string(),
        )
    }

    /// Free text of at most `max_chars`; a bad one is reported and left out (`shown`
    /// names what the widget shows without it).
    fn text(&mut self, name: &str, max_chars: usize, shown: &'static str) -> Option<String> {
        let raw = (self.get)(name)?;
        match rules::clean_text(&raw, max_chars) {
            Ok(text) => Some(text),
            Err(refusal) => {
                let used = Replacement::Nothing(shown);
                self.warnings
                    .push(ConfigWarning::instead(name, Some(raw), used).because(refusal.reason));
                None
            }
        }
    }

    /// A value the widget shows nothing for when it has none: the attribute's if usable,
    /// else `stand_in` (the element's own link), else nothing, reported as an error when
    /// `needed` (a contact). A missing attribute with a stand-in is not reported.
    fn or_nothing<T>(
        &mut self,
        name: &str,
        stand_in: Option<T>,
        check: impl Fn(&str) -> Checked<T>,
        show: impl Fn(&T) -> String,
        (nothing, missing_reason, needed): (&'static str, &'static str, bool),
    ) -> Option<T> {
        let raw = (self.get)(name);
        let refused = match raw.as_deref().map(&check) {
            Some(Ok(value)) => return Some(value),
            Some(Err(refusal)) => Some(refusal),
            None if stand_in.is_some() => return stand_in,
            None => None,
        };
        let used = match &stand_in {
            Some(value) => Replacement::Value(show(value)),
            None => Replacement::Nothing(nothing),
        };
        let mut warning = ConfigWarning::instead(name, raw, used);
        warning = match refused {
            Some(refusal) => warning
                .because(refusal.reason)
                .suggesting(refusal.suggestion),
            None => warning.because(missing_reason),
        };
        if needed && stand_in.is_none() {
            warning = warning.as_error();
        }
        self.warnings.push(warning);
        stand_in
    }
}

fn none_usable<T>(refusal: rules::Refusal<T>) -> rules::Refusal<Option<T>> {
    rules::Refusal {
        reason: refusal.reason,
        suggestion: refusal.suggestion,
        usable: None,
    }
}

/// The contacts that the embed element's own content (the fallback the snippet puts inside
/// it) links to, as the browser layer finds them: the first web link and the first `tel:`
/// link's text. Raw: `from_attributes` checks them as it checks the attributes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OwnContacts {
    pub booking_url: Option<String>,
    pub phone: Option<String>,
}

impl ClinicConfig {
    /// Builds the configuration from the embed element's attributes (`get` returns an
    /// attribute's value, `Some("")` for one present without a value), the text of its
    /// hours JSON, if any, and the contacts its own content links to, checking URLs and
    /// time zones with `browser`. A missing or unusable `booking-url` or `phone` falls back
    /// to those contacts, and without them the widget shows no booking button or call link
    /// (an error in the list), so that a typo never sends visitors to a placeholder.
    pub fn from_attributes(
        get: &dyn Fn(&str) -> Option<String>,
        hours_json: Option<&str>,
        own: &OwnContacts,
        browser: &dyn Browser,
    ) -> (ClinicConfig, Vec<ConfigWarning>) {
        let mut r = AttributeReader {
            get,
            warnings: Vec::new(),
        };
        // Read in the README's order, which is the order of the warnings.
        let mut config = r.contacts(own, browser);
        r.wording_and_look(&mut config);
        r.sharing(&mut config, browser);
        if let Some(text) = hours_json {
            let (hours, warnings) = WeeklyHours::from_json(text);
            r.warnings.extend(warnings);
            config.hours = hours;
        }
        (config, r.warnings)
    }
}

impl AttributeReader<'_> {
    /// The clinic's name, doctor, address, phone, booking page and time zone, on a
    /// configuration that is otherwise the default.
    fn contacts(&mut self, own: &OwnContacts, browser: &dyn Browser) -> ClinicConfig {
        let clinic_name = self.or_nothing(
            "clinic-name",
            None,
            |raw| rules::clean_text(raw, 80),
            String::clone,
            (
                "clinic name",
                "the clinic's name is shown beside its hours",
                false,
            ),
        );
        let name = clinic_name.unwrap_or_default();
        let doctor = self
            .text("doctor", 80, "doctor's name")
            .unwrap_or_else(|| name.clone());
        let address = self.text("address", 200, "address").unwrap_or_default();
        let own_phone = own.phone.as_deref().and_then(|raw| rules::phone(raw).ok());
        let phone = self.or_nothing(
            "phone",
            own_phone,
            rules::phone,
            |phone| phone.text.clone(),
            (
                "call link",
                "visitors need the clinic's number to call it",
                true,
            ),
        );
        let own_booking = own
            .booking_url
            .as_deref()
            .and_then(|raw| rules::booking_url(raw, browser).ok());
        let booking_url = self.or_nothing(
            "booking-url",
            own_booking,
            |raw| rules::booking_url(raw, browser),
            String::clone,
            (
                "booking button",
                "visitors need the clinic's booking page to book",
                true,
            ),
        );
        let time_zone = self.or_nothing(
            "time-zone",
            None,
            |raw| rules::time_zone(raw, browser),
            String::clone,
            (
                "open-now line",
                "without the office's time zone the widget cannot tell whether it is open now",
                false,
            ),
        );
        // A tap on the call link dials the office from a phone registered abroad too, so the
        // link takes its international form where the time zone places the number.
        let phone = phone.map(|phone| Phone {
            href: phone::international_tel(&phone.href, time_zone.as_deref().unwrap_or("")),
            ..phone
        });
        let own_emergency_number =
            self.read("emergency-number", None, rules::emergency_number, |_| {
                "the number of the office's country, from its time zone".to_string()
            });
        ClinicConfig {
            name,
            doctor,
            phone,
            booking_url,
            address,
            time_zone,
            own_emergency_number,
            ..ClinicConfig::default()
        }
    }

    /// The language, the booking button's text, the clock, the colour, the corners, the
    /// headings' level and the paths offered.
    fn wording_and_look(&mut self, config: &mut ClinicConfig) {
        let language = self.read("lang", config.language, language, |lang| match lang {
            Some(lang) => lang.code().to_string(),
            None => "the browser's language".to_string(),
        });
        let cta_text = self.optional_text("cta-text", "the default text");
        let mut cta_text_by_language = Vec::new();
        for language in Language::ALL {
            let name = format!("cta-text-{}", language.code());
            let text = self.optional_text(&name, "cta-text, or the default text");
            cta_text_by_language.extend(text.map(|text| (language, text)));
        }
        let hour_cycle = self.read(
            "hour-cycle",
            config.hour_cycle,
            rules::hour_cycle,
            |clock| clock.name().to_string(),
        );
        let primary_color = self.read(
            "primary-color",
            config.primary_color.clone(),
            rules::primary_color,
            String::clone,
        );
        let corner_radius_px = self.read(
            "corner-radius",
            config.corner_radius_px,
            rules::corner_radius,
            |px| format!("{px}px"),
        );
        let heading_level = self.read(
            "heading-level",
            config.heading_level,
            rules::heading_level,
            u8::to_string,
        );
        let paths = self.read("paths", config.paths, rules::offered_paths, |paths| {
            match (paths.quick, paths.detailed) {
                (true, false) => "quick",
                (false, true) => "detailed",
                _ => "quick detailed",
            }
            .to_string()
        });
        config.language = language;
        config.cta_text = cta_text;
        config.cta_text_by_language = cta_text_by_language;
        config.hour_cycle = hour_cycle;
        config.primary_color = primary_color;
        config.corner_radius_px = corner_radius_px;
        config.heading_level = heading_level;
        config.paths = paths;
    }

    /// What the booking link and analytics may carry, and the contact panel's extra links.
    fn sharing(&mut self, config: &mut ClinicConfig, browser: &dyn Browser) {
        let utm_params = self.read(
            "utm-params",
            std::mem::take(&mut config.utm_params),
            rules::param_names,
            |names| {
                if names.is_empty() {
                    "(none)".to_string()
                } else {
                    names.join(" ")
                }
            },
        );
        let share_verdict = self.read(
            "share-verdict",
            config.share_verdict,
            |raw| rules::switch(raw, "share-verdict"),
            |on| on.to_string(),
        );
        let analytics_verdict = self.read(
            "analytics-verdict",
            config.analytics_verdict,
            |raw| rules::switch(raw, "analytics-verdict"),
            |on| on.to_string(),
        );
        let directions = self.read("directions", config.directions, rules::on_off, |on| {
            if *on { "on" } else { "off" }.to_string()
        });
        let mailing_list_url = self.read(
            "mailing-list-url",
            None,
            |raw| {
                rules::booking_url(raw, browser)
                    .map(Some)
                    .map_err(none_usable)
            },
            |_| "no mailing list link".to_string(),
        );
        config.utm_params = utm_params;
        config.share_verdict = share_verdict;
        config.analytics_verdict = analytics_verdict;
        config.directions = directions;
        config.mailing_list_url = mailing_list_url;
    }
}

/// "auto", or a language tag the widget speaks.
fn language(raw: &str) -> Checked<Option<Language>> {
    match raw.trim() {
        t if t.eq_ignore_ascii_case("auto") => Ok(None),
        t => Language::from_tag(t).map(Some).ok_or_else(|| {
            rules::Refusal::because(
                "the widget speaks English (en) and Spanish (es), or follows the visitor's browser (auto)",
            )
        }),
    }
}
