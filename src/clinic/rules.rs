//! The rule of every attribute value, with the reason a value is refused worded for a
//! person: the widget logs these reasons and the snippet builder shows them at the field
//! (through the wasm's `checkConfig`). The WordPress plugin's port of them
//! (integrations/wordpress/includes/rules.php) is held to these by the cases
//! tests/wordpress_rules.rs generates; the attributes' names, kinds and limits are declared
//! in `attributes`.

use super::hours::HourCycle;

/// What only the browser can tell: its own URL parser and its time-zone database. The wasm
/// passes the real ones (`web_sys::Url`, `Intl`); native tests pass stand-ins.
pub trait Browser {
    /// The URL as the browser's parser (WHATWG URL) reads it, or `None` when it cannot.
    fn parse_url(&self, url: &str) -> Option<ParsedUrl>;
    /// Whether `Intl` knows `zone` as a time zone.
    fn knows_time_zone(&self, zone: &str) -> bool;
}

/// The parts of a parsed URL the booking rule looks at, as `URL` names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedUrl {
    /// With its colon: "https:".
    pub protocol: String,
    pub username: String,
    pub password: String,
    pub hostname: String,
}

/// Why a value was refused (a clause for a person), a corrected value that passes the same
/// rule when one can be guessed, and what of the value the widget can still use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal<T> {
    pub reason: String,
    pub suggestion: Option<String>,
    pub usable: Option<T>,
}

impl<T> Refusal<T> {
    pub fn because(reason: impl Into<String>) -> Refusal<T> {
        Refusal {
            reason: reason.into(),
            suggestion: None,
            usable: None,
        }
    }

    fn suggesting(mut self, suggestion: Option<String>) -> Refusal<T> {
        self.suggestion = suggestion;
        self
    }

    fn using(mut self, usable: T) -> Refusal<T> {
        self.usable = Some(usable);
        self
    }
}

/// A rule's verdict on one value.
pub type Checked<T> = Result<T, Refusal<T>>;

/// The colour the widget uses without one; white text on it has a contrast of about 5.9:1.
pub const DEFAULT_PRIMARY_COLOR: &str = "#1f6f78";
/// WCAG AA minimum for normal-size text: button labels are white on the primary colour.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;
pub const MAX_CORNER_RADIUS_PX: u8 = 24;
/// The level of the widget's step headings where the host says nothing: under the page's
/// own `h1`, as a section of it.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;
/// The query parameter `booking_href` adds for the verdict; never copied from the page.
pub const VERDICT_PARAM: &str = "rc_verdict";

/// Free text with whitespace runs (line breaks from the HTML) collapsed and control
/// characters dropped; refused when empty or longer than `max_chars`.
pub fn clean_text(raw: &str, max_chars: usize) -> Checked<String> {
    let words: Vec<String> = raw
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect())
        .filter(|w: &String| !w.is_empty())
        .collect();
    let text = words.join(" ");
    let length = text.chars().count();
    if text.is_empty() {
        Err(Refusal::because("it is empty"))
    } else if length > max_chars {
        Err(Refusal::because(format!(
            "it is {length} characters long, and at most {max_chars} fit"
        )))
    } else {
        Ok(text)
    }
}

/// A phone number as displayed and as its `tel:` link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As the clinic wrote it, trimmed: "(818) 555-0142".
    pub text: String,
    /// Digits, with the leading "+" when the number has one: "tel:8185550142".
    pub href: String,
}

/// A phone number of 7 to 15 digits with nothing but digits, spaces, `( ) - .` and a
/// leading `+`.
pub fn phone(raw: &str) -> Checked<Phone> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Refusal::because("it is empty"));
    }
    if text.chars().any(char::is_alphabetic) {
        return Err(phone_with_letters(text));
    }
    let mut digits = String::new();
    for (i, c) in text.char_indices() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '(' | ')' | '-' | '.' => {}
            '+' if i == 0 => {}
            '+' => return Err(Refusal::because("a \"+\" can only come first")),
            other => {
                return Err(Refusal::because(format!(
                    "it has \"{other}\", and a phone number has only digits, spaces, ( ) - . and a leading +"
                )))
            }
        }
    }
    let count = digits.len();
    if !(7..=15).contains(&count) {
        return Err(Refusal::because(format!(
            "it has {count} digits, and a phone number has 7 to 15"
        )));
    }
    let plus = if text.starts_with('+') { "+" } else { "" };
    Ok(Phone {
        text: text.to_string(),
        href: format!("tel:{plus}{digits}"),
    })
}

/// Letters in a phone number: the letter O (or I, l) typed for a digit gets the number with
/// the digit as a suggestion; words ("555-CALL-NOW") are refused, since not every visitor's
/// phone has letters on its keys.
fn phone_with_letters(text: &str) -> Refusal<Phone> {
    let as_digit = |c: char| match c {
        'O' | 'o' => Some('0'),
        'I' | 'l' => Some('1'),
        _ => None,
    };
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.iter().all(|&c| as_digit(c).is_some()) {
        let fixed: String = text.chars().map(|c| as_digit(c).unwrap_or(c)).collect();
        if let Ok(fixed) = phone(&fixed) {
            let digit = as_digit(letters[0]).unwrap_or('0');
            return Refusal::because(format!(
                "it has the letter \"{}\" where a digit belongs (did you mean {digit}?)",
                letters[0]
            ))
            .suggesting(Some(fixed.text));
        }
    }
    Refusal::because("it has letters in it: give the number in digits, as visitors dial it")
}

/// A booking URL: an absolute `https:` or `http:` URL with a host, as the browser's own
/// parser reads it. Refused: `javascript:`, `data:` and other schemes, relative URLs,
/// addresses without "https://", hidden user names, spaces and backslashes. What is
/// returned is the URL as given, with breaks and outer spaces removed.
pub fn booking_url(raw: &str, browser: &dyn Browser) -> Checked<String> {
    // Browsers (the WHATWG URL parser) delete tabs and newlines anywhere in a URL and trim
    // C0 controls and spaces at its ends, so "java\tscript:" runs as javascript:. Do the
    // same before reading the scheme.
    let without_breaks: String = raw
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let url = without_breaks.trim_matches(|c: char| c <= ' ');
    if url.is_empty() {
        return Err(Refusal::because("it is empty"));
    }
    // Anything else odd is refused rather than guessed at: browsers read "\" as "/" in
    // http URLs, and spaces or controls have no business in a link marketing pastes.
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Refusal::because(
            "it has a space or an invisible character in it",
        ));
    }
    if url.contains('\\') {
        return Err(Refusal::because(
            "it has a backslash (\\), which browsers read as a slash",
        ));
    }
    let scheme = url.split_once(':').filter(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    });
    let Some((scheme, rest)) = scheme else {
        return Err(without_scheme(url, browser));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(Refusal::because(format!(
            "only web addresses starting with https:// (or http://) can be used, and this one starts with \"{scheme}:\""
        )));
    }
    if !rest.starts_with("//") {
        return Err(Refusal::because(format!(
            "\"{scheme}:\" must be followed by \"//\" and the site's name"
        )));
    }
    // Browsers skip extra slashes ("https:///x" goes to the site "x"): refuse the guess.
    if rest.starts_with("///") {
        return Err(Refusal::because("it has no site name after \"//\""));
    }
    let Some(parsed) = browser.parse_url(url) else {
        return Err(Refusal::because(
            "the browser cannot read it as a web address",
        ));
    };
    if !parsed.username.is_empty() || !parsed.password.is_empty() {
        return Err(Refusal::because(
            "it has a name and \"@\" before the site's name, which hides where the link really goes",
        ));
    }
    if parsed.hostname.is_empty() || !matches!(parsed.protocol.as_str(), "https:" | "http:") {
        return Err(Refusal::because("it has no site name after \"//\""));
    }
    Ok(format!("{scheme}:{rest}"))
}

/// An address without a scheme: a bare "sunsetskin.com/book" gets "https://" suggested;
/// a path ("/book") is only part of an address.
fn without_scheme(url: &str, browser: &dyn Browser) -> Refusal<String> {
    let site = url.split(['/', '?', '#']).next().unwrap_or_default();
    if site.contains('.') && !site.starts_with('.') {
        let with_https = format!("https://{url}");
        let suggestion = booking_url(&with_https, browser).ok();
        return Refusal::because(
            "it does not start with https://, so browsers would read it as a page of whatever site it is pasted into",
        )
        .suggesting(suggestion);
    }
    Refusal::because(
        "it is only part of a web address: give the whole address, starting with https:// and the site's name",
    )
}

/// "UTC" or an IANA time zone (`Area/Location[/Sub]`) that the browser knows.
pub fn time_zone(raw: &str, browser: &dyn Browser) -> Checked<String> {
    let zone = raw.trim();
    if zone.eq_ignore_ascii_case("utc") {
        return Ok("UTC".into());
    }
    let parts: Vec<&str> = zone.split('/').collect();
    let part_ok = |part: &&str| {
        part.len() <= 30
            && part.starts_with(|c: char| c.is_ascii_alphabetic())
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
    };
    if (2..=3).contains(&parts.len()) && parts.iter().all(part_ok) && browser.knows_time_zone(zone)
    {
        return Ok(zone.to_string());
    }
    Err(Refusal::because(
        "it is not a time zone the browser knows: use a region and city name such as America/Los_Angeles or Europe/Madrid",
    ))
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

fn hex([r, g, b]: [u8; 3]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::from("#");
    for v in [r, g, b] {
        text.push(char::from(DIGITS[usize::from(v >> 4)]));
        text.push(char::from(DIGITS[usize::from(v & 0xf)]));
    }
    text
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

fn contrast_of(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The WCAG contrast ratio of two `#rgb`/`#rrggbb` colours, from 1 to 21. A colour that
/// cannot be read counts as no contrast (1.0), so it never passes a check.
pub fn contrast_ratio(hex_a: &str, hex_b: &str) -> f64 {
    match (rgb(hex_a), rgb(hex_b)) {
        (Some(a), Some(b)) => contrast_of(a, b),
        _ => 1.0,
    }
}

/// The contact panel's background, on which links are in the primary colour: a shade
/// darker than white, so a colour readable there is readable under white text too.
const PANEL_BACKGROUND: [u8; 3] = [0xf7, 0xfa, 0xfa];

/// The contrast that decides whether a primary colour is readable: white text on it, and it
/// as link text on the contact panel, whichever is lower (the panel's, being darker).
fn text_contrast(color: [u8; 3]) -> f64 {
    contrast_of(color, [255, 255, 255]).min(contrast_of(color, PANEL_BACKGROUND))
}

/// The lightest shade of `color` (its channels scaled down together, so the hue stays)
/// that is readable: white text on it, and it as text on the panel, at 4.5:1 or more.
pub fn readable_shade(color: [u8; 3]) -> [u8; 3] {
    let shade = |scale: u32| color.map(|v| ((u32::from(v) * scale + 127) / 255) as u8);
    // Scale 0 is black (about 20:1); find the largest scale out of 255 that still passes.
    let (mut passes, mut fails) = (0u32, 256u32);
    while fails - passes > 1 {
        let mid = (passes + fails) / 2;
        if text_contrast(shade(mid)) >= MIN_TEXT_CONTRAST {
            passes = mid;
        } else {
            fails = mid;
        }
    }
    shade(passes)
}

/// A `#rgb`/`#rrggbb` colour that white text is readable on, as lowercase `#rrggbb`. One
/// too light is refused with its readable shade suggested, and the widget uses that shade.
pub fn primary_color(raw: &str) -> Checked<String> {
    let Some(color) = rgb(raw) else {
        return Err(Refusal::because(
            "it is not a colour written as # and six (or three) hexadecimal digits, such as #1f6f78",
        ));
    };
    let ratio = text_contrast(color);
    if ratio < MIN_TEXT_CONTRAST {
        let shade = hex(readable_shade(color));
        // Rounded down, so that a ratio just under 4.5 never reads as 4.5.
        let shown = crate::i18n::tenths_text((ratio * 10.0) as i64);
        return Err(Refusal::because(format!(
            "white text on it (and it as text on the widget's pale panel) has a contrast of {shown}:1, and readable text needs at least 4.5:1: the darker {shade} keeps its hue and passes"
        ))
        .suggesting(Some(shade.clone()))
        .using(shade));
    }
    Ok(hex(color))
}

/// A whole number of pixels from 0 to 24, with an optional "px".
pub fn corner_radius(raw: &str) -> Checked<u8> {
    let text = raw.trim();
    let number = text.strip_suffix("px").unwrap_or(text);
    let ok = !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| number.parse().ok())
        .flatten()
        .filter(|&px| px <= MAX_CORNER_RADIUS_PX)
        .ok_or_else(|| Refusal::because("it must be a whole number of pixels from 0 to 24"))
}

/// An emergency number as it is dialled: 2 to 6 digits ("911", "112", "000").
pub fn emergency_number(raw: &str) -> Checked<Option<String>> {
    let number = raw.trim();
    let ok = (2..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| Some(number.to_string())).ok_or_else(|| {
        Refusal::because(
            "it must be the number as it is dialled: 2 to 6 digits, such as 911 or 112",
        )
    })
}

/// The level of the widget's step headings on the host's page: 1 to 4 (`2`, or `h2`), so
/// that the headings under them, two levels deeper at most, stay within `h6`.
pub fn heading_level(raw: &str) -> Checked<u8> {
    let text = raw.trim();
    let digit = text
        .strip_prefix(['h', 'H'])
        .unwrap_or(text)
        .parse::<u8>()
        .ok();
    digit
        .filter(|level| (1..=4).contains(level))
        .ok_or_else(|| {
            Refusal::because("it must be a heading level from 1 to 4 (2 for h2 headings)")
        })
}

/// Words of a space- or comma-separated list.
fn words(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
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

/// "quick", "detailed" or both; unknown words are refused (the known ones stay usable),
/// and no known word at all means both.
pub fn offered_paths(raw: &str) -> Checked<OfferedPaths> {
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
    let refusal = || Refusal::because("the paths are \"quick\", \"detailed\" or both");
    match (paths.quick || paths.detailed, unknown) {
        (false, _) => Err(refusal()),
        (true, true) => Err(refusal().using(paths)),
        (true, false) => Ok(paths),
    }
}

/// Query parameter names to pass on. An empty list is a deliberate "pass nothing". Names
/// are limited to letters, digits, `_ . -`, and never the verdict parameter, which only
/// the opt-in may add; the good names of a list with a bad one stay usable.
pub fn param_names(raw: &str) -> Checked<Vec<String>> {
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
        Err(Refusal::because(
            "parameter names have only letters, digits, _ . and -, and rc_verdict is added only by share-verdict",
        )
        .using(names))
    } else {
        Ok(names)
    }
}

/// A boolean attribute: present (empty, "true" or its own name) or "false".
pub fn switch(raw: &str, name: &str) -> Checked<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "true" => Ok(true),
        "false" => Ok(false),
        other if other == name => Ok(true),
        _ => Err(Refusal::because(
            "it is either present (empty, or \"true\") or \"false\"",
        )),
    }
}

/// A feature that is on unless switched off: "on", "true" or empty, else "off" or "false".
pub fn on_off(raw: &str) -> Checked<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "on" | "true" => Ok(true),
        "off" | "false" => Ok(false),
        _ => Err(Refusal::because("it is \"on\" or \"off\"")),
    }
}

/// The office's clock, by Intl's names.
pub fn hour_cycle(raw: &str) -> Checked<HourCycle> {
    HourCycle::from_name(raw).ok_or_else(|| Refusal::because("it is \"h12\" or \"h23\""))
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
    fn normalizes_colours() {
        assert_eq!(normalize_hex_color("#ABC").as_deref(), Some("#aabbcc"));
        assert_eq!(normalize_hex_color(" #1F6F78 ").as_deref(), Some("#1f6f78"));
        for bad in ["1f6f78", "#1f6f7", "#ggg", "blue", "#", "#1f6f78ff", "#é12"] {
            assert_eq!(normalize_hex_color(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_readable_shade_is_the_lightest_that_passes() {
        for color in [
            [255, 255, 102],
            [255, 255, 255],
            [255, 204, 0],
            [0, 200, 255],
        ] {
            let shade = readable_shade(color);
            assert!(
                contrast_of(shade, [255; 3]) >= MIN_TEXT_CONTRAST,
                "{color:?}"
            );
            assert!(
                contrast_of(shade, PANEL_BACKGROUND) >= MIN_TEXT_CONTRAST,
                "{color:?}"
            );
            let lighter = shade.map(|v| v.saturating_add(3));
            assert!(text_contrast(lighter) < MIN_TEXT_CONTRAST, "{color:?}");
        }
    }

    #[test]
    fn reads_corner_radius_and_paths() {
        assert_eq!(corner_radius("12"), Ok(12));
        assert_eq!(corner_radius(" 0px "), Ok(0));
        for bad in ["25", "-1", "8.5", "px", "", "+8", "008"] {
            assert!(corner_radius(bad).is_err(), "{bad}");
        }
        assert_eq!(heading_level("3"), Ok(3));
        assert_eq!(heading_level(" H4 "), Ok(4));
        for bad in ["0", "5", "h7", "two", "", "2.5", "-1"] {
            assert!(heading_level(bad).is_err(), "{bad}");
        }
        assert_eq!(
            offered_paths("Quick, detailed"),
            Ok(OfferedPaths::default())
        );
        let only_quick = OfferedPaths {
            quick: true,
            detailed: false,
        };
        assert_eq!(offered_paths("fast").map_err(|r| r.usable), Err(None));
        assert_eq!(
            offered_paths("quick fast").map_err(|r| r.usable),
            Err(Some(only_quick))
        );
    }
}
