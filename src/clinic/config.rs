//! The clinic's configuration, read from the embed element's attributes: every bad value is
//! reported and replaced by its default, so the widget always has a complete configuration.

use std::fmt;

use super::hours::{HourCycle, WeeklyHours};

/// The colour the demo uses; white text on it has a contrast of about 5.9:1.
pub const DEFAULT_PRIMARY_COLOR: &str = "#1f6f78";
/// WCAG AA minimum for normal-size text: button labels are white on the primary colour.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;
pub const MAX_CORNER_RADIUS_PX: u8 = 24;
/// The query parameter `booking_href` adds for the verdict; never copied from the page.
pub const VERDICT_PARAM: &str = "rc_verdict";
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

/// Which assessment paths the widget offers; at least one is always on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfferedPaths {
    pub quick: bool,
    pub detailed: bool,
}

impl Default for OfferedPaths {
    fn default() -> Self {
        OfferedPaths {
            quick: true,
            detailed: true,
        }
    }
}

/// A configuration value that could not be used, for the browser console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The attribute name, or a path into the hours JSON.
    pub attribute: String,
    /// The bad value as given (shortened when long).
    pub value: String,
    /// What the widget uses instead.
    pub used: String,
    /// Why a well-formed value was still refused, when "not valid" alone would puzzle.
    pub reason: Option<&'static str>,
}

/// Longest bad value a warning repeats: enough to recognise it, not a flood in the console.
const MAX_SHOWN_VALUE_CHARS: usize = 80;

impl ConfigWarning {
    pub fn new(
        attribute: impl Into<String>,
        value: impl Into<String>,
        used: impl Into<String>,
    ) -> ConfigWarning {
        let mut value = value.into();
        if let Some((cut, _)) = value.char_indices().nth(MAX_SHOWN_VALUE_CHARS) {
            value.truncate(cut);
            value.push('…');
        }
        ConfigWarning {
            attribute: attribute.into(),
            value,
            used: used.into(),
            reason: None,
        }
    }

    pub fn because(mut self, reason: &'static str) -> ConfigWarning {
        self.reason = Some(reason);
        self
    }
}

impl fmt::Display for ConfigWarning {
    /// `attribute "primary-color": "blue-ish" is not valid; using "#1f6f78"`. Values are
    /// quoted as JSON strings (as the WordPress plugin's PHP quotes them), which escape
    /// control characters, so a hidden tab in a value shows as `\t`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted = |text: &str| serde_json::Value::from(text).to_string();
        let (attribute, value) = (quoted(&self.attribute), quoted(&self.value));
        write!(f, "attribute {attribute}: {value} is not valid")?;
        if let Some(reason) = self.reason {
            write!(f, " ({reason})")?;
        }
        write!(f, "; using {}", quoted(&self.used))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicConfig {
    pub name: String,
    pub doctor: String,
    /// As displayed, e.g. "(555) 010-0199".
    pub phone: String,
    /// The `tel:` link: digits, with the leading "+" when the number has one.
    pub phone_href: String,
    /// Always an absolute `https:` or `http:` URL with a host.
    pub booking_url: String,
    pub address: String,
    /// An IANA name such as "America/Los_Angeles"; the browser layer checks it with Intl.
    pub time_zone: String,
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
    pub paths: OfferedPaths,
    pub hours: WeeklyHours,
    pub utm_params: Vec<String>,
    /// Whether the booking link carries the verdict id (marketing's opt-in).
    pub share_verdict: bool,
    /// Whether the dataLayer's result push carries the verdict id (analytics' opt-in; a
    /// verdict is health information, so it is off unless asked for).
    pub analytics_verdict: bool,
}

impl Default for ClinicConfig {
    /// The demo clinic. Its phone (a 555 number) and booking address (example.com) are
    /// placeholders: the clinic's article gives neither.
    fn default() -> Self {
        ClinicConfig {
            name: "Dr. Alex Aesthetics".into(),
            doctor: "Dr. Alex".into(),
            phone: "(555) 010-0199".into(),
            phone_href: "tel:5550100199".into(),
            booking_url: "https://example.com/book".into(),
            address: "Encino, CA".into(),
            time_zone: "America/Los_Angeles".into(),
            language: None,
            cta_text: None,
            cta_text_by_language: Vec::new(),
            hour_cycle: HourCycle::H12,
            primary_color: DEFAULT_PRIMARY_COLOR.into(),
            corner_radius_px: 8,
            paths: OfferedPaths::default(),
            hours: WeeklyHours::default(),
            utm_params: DEFAULT_UTM_PARAMS.iter().map(|p| p.to_string()).collect(),
            share_verdict: false,
            analytics_verdict: false,
        }
    }
}

impl ClinicConfig {
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

/// What an attribute reader says about a value: usable, or not, with what to use instead
/// (`None`: the default).
type Read<T> = Result<T, Option<T>>;

/// Reads attributes through the browser layer's getter and collects the warnings.
struct AttributeReader<'a> {
    get: &'a dyn Fn(&str) -> Option<String>,
    warnings: Vec<ConfigWarning>,
}

impl AttributeReader<'_> {
    /// The attribute's value, or `default` when it is absent; a bad value is reported
    /// with `show` of whatever is used instead.
    fn read<T>(
        &mut self,
        name: &str,
        default: T,
        parse: impl Fn(&str) -> Read<T>,
        show: impl Fn(&T) -> String,
    ) -> T {
        let Some(raw) = (self.get)(name) else {
            return default;
        };
        match parse(&raw) {
            Ok(value) => value,
            Err(fallback) => {
                let used = fallback.unwrap_or(default);
                self.warnings
                    .push(ConfigWarning::new(name, raw, show(&used)));
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
            |raw| clean_text(raw, 80).map(Some).ok_or(None),
            |_| instead.to_string(),
        )
    }

    /// A yes/no opt-in: present without a value, `true` or its own name mean yes.
    fn opt_in(&mut self, name: &str, default: bool) -> bool {
        self.read(
            name,
            default,
            |raw| match raw.trim().to_ascii_lowercase().as_str() {
                "" | "true" => Ok(true),
                "false" => Ok(false),
                word if word == name => Ok(true),
                _ => Err(None),
            },
            |on| on.to_string(),
        )
    }

    fn text(&mut self, name: &str, default: String, max_chars: usize) -> String {
        self.read(
            name,
            default,
            |raw| clean_text(raw, max_chars).ok_or(None),
            String::clone,
        )
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
    /// hours JSON, if any, and the contacts its own content links to. A missing or unusable
    /// `booking-url` or `phone` falls back to those contacts before the demo placeholders,
    /// so that a typo never sends a clinic's visitors to example.com or a 555 number.
    pub fn from_attributes(
        get: &dyn Fn(&str) -> Option<String>,
        hours_json: Option<&str>,
        own: &OwnContacts,
    ) -> (ClinicConfig, Vec<ConfigWarning>) {
        let mut d = ClinicConfig::default();
        if let Some(url) = own.booking_url.as_deref().and_then(sanitize_booking_url) {
            d.booking_url = url;
        }
        if let Some((phone, href)) = own.phone.as_deref().and_then(phone_with_href) {
            (d.phone, d.phone_href) = (phone, href);
        }
        let mut r = AttributeReader {
            get,
            warnings: Vec::new(),
        };
        let name = r.text("clinic-name", d.name, 80);
        let doctor = r.text("doctor", d.doctor, 80);
        let address = r.text("address", d.address, 200);
        let (phone, phone_href) = r.read(
            "phone",
            (d.phone, d.phone_href),
            |raw| phone_with_href(raw).ok_or(None),
            |(phone, _)| phone.clone(),
        );
        let booking_url = r.read(
            "booking-url",
            d.booking_url,
            |raw| sanitize_booking_url(raw).ok_or(None),
            String::clone,
        );
        let time_zone = r.read(
            "time-zone",
            d.time_zone,
            |raw| time_zone(raw).ok_or(None),
            String::clone,
        );
        let language = r.read(
            "lang",
            d.language,
            |raw| match raw.trim() {
                t if t.eq_ignore_ascii_case("auto") => Ok(None),
                t => Language::from_tag(t).map(Some).ok_or(None),
            },
            |lang| match lang {
                Some(lang) => lang.code().to_string(),
                None => "the browser's language".to_string(),
            },
        );
        let cta_text = r.optional_text("cta-text", "the default text");
        let mut cta_text_by_language = Vec::new();
        for language in Language::ALL {
            let name = format!("cta-text-{}", language.code());
            let text = r.optional_text(&name, "cta-text, or the default text");
            cta_text_by_language.extend(text.map(|text| (language, text)));
        }
        let hour_cycle = r.read(
            "hour-cycle",
            d.hour_cycle,
            |raw| HourCycle::from_name(raw).ok_or(None),
            |clock| clock.name().to_string(),
        );
        let primary_color = primary_color(&mut r);
        let corner_radius_px = r.read(
            "corner-radius",
            d.corner_radius_px,
            |raw| corner_radius(raw).ok_or(None),
            |px| format!("{px}px"),
        );
        let paths = r.read("paths", d.paths, offered_paths, |paths| {
            match (paths.quick, paths.detailed) {
                (true, false) => "quick",
                (false, true) => "detailed",
                _ => "quick detailed",
            }
            .to_string()
        });
        let utm_params = r.read("utm-params", d.utm_params, param_names, |names| {
            if names.is_empty() {
                "(none)".to_string()
            } else {
                names.join(" ")
            }
        });
        let share_verdict = r.opt_in("share-verdict", d.share_verdict);
        let analytics_verdict = r.opt_in("analytics-verdict", d.analytics_verdict);
        let hours = match hours_json {
            Some(text) => {
                let (hours, warnings) = WeeklyHours::from_json(text);
                r.warnings.extend(warnings);
                hours
            }
            None => d.hours,
        };
        let config = ClinicConfig {
            name,
            doctor,
            phone,
            phone_href,
            booking_url,
            address,
            time_zone,
            language,
            cta_text,
            cta_text_by_language,
            hour_cycle,
            primary_color,
            corner_radius_px,
            paths,
            hours,
            utm_params,
            share_verdict,
            analytics_verdict,
        };
        (config, r.warnings)
    }
}

/// Free text with whitespace runs (line breaks from the HTML) collapsed and control
/// characters dropped; `None` when empty or longer than `max_chars`.
fn clean_text(raw: &str, max_chars: usize) -> Option<String> {
    let words: Vec<String> = raw
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect())
        .filter(|w: &String| !w.is_empty())
        .collect();
    let text = words.join(" ");
    (!text.is_empty() && text.chars().count() <= max_chars).then_some(text)
}

/// The phone as displayed (trimmed) and its `tel:` link, when it has 7 to 15 digits and
/// nothing but digits, spaces, `( ) - .` and a leading `+`.
pub fn phone_with_href(raw: &str) -> Option<(String, String)> {
    let phone = raw.trim();
    let mut digits = String::new();
    for (i, c) in phone.char_indices() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '(' | ')' | '-' | '.' => {}
            '+' if i == 0 => {}
            _ => return None,
        }
    }
    if !(7..=15).contains(&digits.len()) {
        return None;
    }
    let plus = if phone.starts_with('+') { "+" } else { "" };
    Some((phone.to_string(), format!("tel:{plus}{digits}")))
}

/// The booking URL, when it is an absolute `http:` or `https:` URL with a host; `None`
/// for `javascript:`, `data:`, relative and otherwise odd URLs.
pub fn sanitize_booking_url(raw: &str) -> Option<String> {
    // Browsers (the WHATWG URL parser) delete tabs and newlines anywhere in a URL and trim
    // C0 controls and spaces at its ends, so "java\tscript:" runs as javascript:. Do the
    // same before reading the scheme.
    let without_breaks: String = raw
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let url = without_breaks.trim_matches(|c: char| c <= ' ');
    // Anything else odd is refused rather than guessed at: browsers read "\" as "/" in
    // http URLs, and spaces or controls have no business in a link marketing pastes.
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let after_slashes = rest.strip_prefix("//")?;
    let authority = after_slashes
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) => {
            let port_ok = !port.is_empty()
                && port.len() <= 5
                && port.bytes().all(|b| b.is_ascii_digit())
                && port.parse::<u32>().is_ok_and(|p| p <= 65_535);
            if !port_ok {
                return None;
            }
            host
        }
        None => authority,
    };
    // No user:password@ part: it is a classic way to disguise the real host.
    let host_ok = host.chars().any(|c| c.is_alphanumeric())
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || !c.is_ascii());
    host_ok.then(|| format!("{scheme}:{rest}"))
}

/// "UTC" or an IANA-shaped `Area/Location[/Sub]` name.
fn time_zone(raw: &str) -> Option<String> {
    let zone = raw.trim();
    if zone.eq_ignore_ascii_case("utc") {
        return Some("UTC".into());
    }
    let parts: Vec<&str> = zone.split('/').collect();
    let part_ok = |part: &&str| {
        part.len() <= 30
            && part.starts_with(|c: char| c.is_ascii_alphabetic())
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
    };
    ((2..=3).contains(&parts.len()) && parts.iter().all(part_ok)).then(|| zone.to_string())
}

/// `#rgb` or `#rrggbb`, as lowercase `#rrggbb`.
pub fn normalize_hex_color(raw: &str) -> Option<String> {
    let hex = raw.trim().strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}

fn rgb(color: &str) -> Option<[u8; 3]> {
    let hex = normalize_hex_color(color)?;
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([channel(1)?, channel(3)?, channel(5)?])
}

/// WCAG 2 relative luminance of an sRGB colour.
fn relative_luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// `base` to the power 2.4 for `base` in (0, 1]: `base² · (base^⅕)²`, the fifth root by
/// Newton's method. `powf` would bring libm's `pow` (1.4 KB) into the wasm for this alone.
fn pow_2_4(base: f64) -> f64 {
    if base <= 0.0 {
        return 0.0;
    }
    // From above the root Newton's steps fall monotonically onto it; for the bases sRGB
    // gives (above 0.09) twelve steps reach full double precision.
    let mut root: f64 = 1.0;
    for _ in 0..12 {
        let fourth = root * root * root * root;
        root = (4.0 * root + base / fourth) / 5.0;
    }
    base * base * root * root
}

/// The WCAG contrast ratio of two `#rgb`/`#rrggbb` colours, from 1 to 21. A colour that
/// cannot be read counts as no contrast (1.0), so it never passes a check.
pub fn contrast_ratio(hex_a: &str, hex_b: &str) -> f64 {
    let (Some(a), Some(b)) = (rgb(hex_a), rgb(hex_b)) else {
        return 1.0;
    };
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn primary_color(r: &mut AttributeReader<'_>) -> String {
    let Some(raw) = (r.get)("primary-color") else {
        return DEFAULT_PRIMARY_COLOR.into();
    };
    let Some(color) = normalize_hex_color(&raw) else {
        r.warnings.push(ConfigWarning::new(
            "primary-color",
            raw,
            DEFAULT_PRIMARY_COLOR,
        ));
        return DEFAULT_PRIMARY_COLOR.into();
    };
    // Button labels are white on this colour: refuse one they would be unreadable on.
    if contrast_ratio(&color, "#ffffff") < MIN_TEXT_CONTRAST {
        r.warnings.push(
            ConfigWarning::new("primary-color", raw, DEFAULT_PRIMARY_COLOR)
                .because("white text on it is below the WCAG AA contrast of 4.5:1"),
        );
        return DEFAULT_PRIMARY_COLOR.into();
    }
    color
}

/// A whole number of pixels from 0 to 24, with an optional "px".
fn corner_radius(raw: &str) -> Option<u8> {
    let text = raw.trim();
    let number = text.strip_suffix("px").unwrap_or(text);
    if number.is_empty() || number.len() > 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok().filter(|&px| px <= MAX_CORNER_RADIUS_PX)
}

/// Words of a space- or comma-separated list.
fn words(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
}

/// "quick", "detailed" or both; unknown words are reported, and no known word at all
/// means both.
fn offered_paths(raw: &str) -> Read<OfferedPaths> {
    let mut paths = OfferedPaths {
        quick: false,
        detailed: false,
    };
    let mut unknown = false;
    for word in words(raw) {
        match word.to_ascii_lowercase().as_str() {
            "quick" => paths.quick = true,
            "detailed" => paths.detailed = true,
            _ => unknown = true,
        }
    }
    match (paths.quick || paths.detailed, unknown) {
        (false, _) => Err(None),
        (true, true) => Err(Some(paths)),
        (true, false) => Ok(paths),
    }
}

/// Query parameter names to pass on. An empty list is a deliberate "pass nothing". Names
/// are limited to letters, digits, `_ . -`, and never the verdict parameter, which only
/// the opt-in may add.
fn param_names(raw: &str) -> Read<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let mut bad = false;
    for word in words(raw) {
        let ok = word.len() <= 40
            && word != VERDICT_PARAM
            && word
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
        if !ok {
            bad = true;
        } else if !names.iter().any(|n| n == word) {
            names.push(word.to_string());
        }
    }
    if bad {
        Err(Some(names))
    } else {
        Ok(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_on_every_channel_value() {
        for v in 0..=255u8 {
            let base = (f64::from(v) / 255.0 + 0.055) / 1.055;
            let want = base.powf(2.4);
            assert!(
                (pow_2_4(base) - want).abs() <= 1e-15,
                "{v}: {} vs {want}",
                pow_2_4(base)
            );
        }
    }

    #[test]
    fn default_colour_is_readable_under_white_text() {
        let ratio = contrast_ratio(DEFAULT_PRIMARY_COLOR, "#fff");
        assert!(ratio >= MIN_TEXT_CONTRAST, "{ratio}");
    }

    #[test]
    fn default_phone_link_matches_phone() {
        let d = ClinicConfig::default();
        assert_eq!(phone_with_href(&d.phone), Some((d.phone, d.phone_href)));
    }

    #[test]
    fn normalizes_colours() {
        assert_eq!(normalize_hex_color("#ABC").as_deref(), Some("#aabbcc"));
        assert_eq!(normalize_hex_color(" #1F6F78 ").as_deref(), Some("#1f6f78"));
        for bad in ["1f6f78", "#1f6f7", "#ggg", "blue", "#", "#1f6f78ff", "#é12"] {
            assert_eq!(normalize_hex_color(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_phones() {
        assert_eq!(
            phone_with_href(" +1 (818) 555-0100 "),
            Some(("+1 (818) 555-0100".into(), "tel:+18185550100".into()))
        );
        assert_eq!(
            phone_with_href("818.555.0100").map(|p| p.1),
            Some("tel:8185550100".into())
        );
        for bad in [
            "555-01",
            "1+818 555 0100",
            "818 555 0100 x12",
            "1234567890123456",
            "",
        ] {
            assert_eq!(phone_with_href(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_time_zones() {
        for ok in [
            "America/Los_Angeles",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+5",
            "America/Port-au-Prince",
        ] {
            assert_eq!(time_zone(ok).as_deref(), Some(ok));
        }
        assert_eq!(time_zone("utc").as_deref(), Some("UTC"));
        for bad in [
            "",
            "PST",
            "Los Angeles",
            "America/",
            "/UTC",
            "America/Los Angeles",
            "a/b/c/d",
            "America/<b>",
        ] {
            assert_eq!(time_zone(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_corner_radius_and_paths() {
        assert_eq!(corner_radius("12"), Some(12));
        assert_eq!(corner_radius(" 0px "), Some(0));
        for bad in ["25", "-1", "8.5", "px", "", "+8", "008"] {
            assert_eq!(corner_radius(bad), None, "{bad}");
        }
        assert_eq!(
            offered_paths("Quick, detailed"),
            Ok(OfferedPaths {
                quick: true,
                detailed: true
            })
        );
        assert_eq!(
            offered_paths("detailed"),
            Ok(OfferedPaths {
                quick: false,
                detailed: true
            })
        );
        assert_eq!(offered_paths("fast"), Err(None));
        assert_eq!(
            offered_paths("quick fast"),
            Err(Some(OfferedPaths {
                quick: true,
                detailed: false
            }))
        );
    }

    #[test]
    fn warning_escapes_hidden_characters() {
        let w = ConfigWarning::new("booking-url", "java\tscript:x", "https://example.com/book");
        assert_eq!(
            w.to_string(),
            r#"attribute "booking-url": "java\tscript:x" is not valid; using "https://example.com/book""#
        );
        let long = ConfigWarning::new("hours", "x".repeat(500), "");
        assert_eq!(long.value.chars().count(), MAX_SHOWN_VALUE_CHARS + 1);
    }
}
