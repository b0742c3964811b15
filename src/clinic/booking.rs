//! The booking link: the clinic's booking URL plus the host page's campaign parameters and,
//! only when marketing opted in, the verdict id. Nothing else from the visitor leaves. Also
//! the address's directions link, made of the clinic's own name and address alone.

use super::rules::VERDICT_PARAM;

/// `base` (an already validated booking URL) with the parameters named in `utm_params`
/// copied from `page_query` (the host page's `location.search`, with or without "?"),
/// then `rc_verdict=<verdict>` when `verdict` is `Some`. Values stay percent-encoded as
/// they came; anything unsafe in them is encoded. A parameter the base already has is not
/// added again, and of repeated page parameters the first wins. Parameters go before the
/// base's `#fragment`.
pub fn booking_href(
    base: &str,
    page_query: &str,
    utm_params: &[String],
    verdict: Option<&str>,
) -> String {
    let (before_fragment, fragment) = base.split_at(base.find('#').unwrap_or(base.len()));
    let base_query = before_fragment.split_once('?').map_or("", |(_, q)| q);
    let mut present: Vec<&str> = pairs(base_query).map(|(key, _)| key).collect();

    let page_query = page_query.split('#').next().unwrap_or_default();
    let page_query = page_query.strip_prefix('?').unwrap_or(page_query);
    let mut added = String::new();
    for (key, value) in pairs(page_query) {
        let wanted = utm_params.iter().any(|p| p == key);
        // The verdict is never taken from the page: only the opt-in below may set it.
        if !wanted || key == VERDICT_PARAM || value.is_empty() || present.contains(&key) {
            continue;
        }
        present.push(key);
        push_param(&mut added, key, value);
    }
    if let Some(id) = verdict.filter(|id| !id.is_empty()) {
        if !present.contains(&VERDICT_PARAM) {
            push_param(&mut added, VERDICT_PARAM, id);
        }
    }

    if added.is_empty() {
        return base.to_string();
    }
    let separator = if !before_fragment.contains('?') {
        "?"
    } else if before_fragment.ends_with(['?', '&']) {
        ""
    } else {
        "&"
    };
    format!("{before_fragment}{separator}{added}{fragment}")
}

/// `key=value` pairs of a query string, raw (still percent-encoded).
fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// A maps link to `name, address`: Google Maps' documented cross-platform search URL, which
/// opens the phone's maps app where one is installed and the web map elsewhere.
pub fn directions_href(name: &str, address: &str) -> String {
    let mut out = String::from("https://www.google.com/maps/search/?api=1&query=");
    let place: Vec<&str> = [name, address]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    encode_into(&mut out, &place.join(", "));
    out
}

fn push_param(out: &mut String, key: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    encode_into(out, key);
    out.push('=');
    encode_into(out, value);
}

/// Copies `text`, keeping unreserved characters, `+` (a form-encoded space) and existing
/// `%XX` escapes, and percent-encoding every other byte, so a value cannot end the
/// parameter (`&`, `=`, `#`) or carry markup or spaces into the link.
fn encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let is_escape = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'+') || is_escape {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utm() -> Vec<String> {
        ["utm_source", "utm_campaign", "gclid"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn directions_search_for_the_clinic_by_name_and_address() {
        assert_eq!(
            directions_href("Dr. Alex Aesthetics", "Encino, CA"),
            "https://www.google.com/maps/search/?api=1&query=Dr.%20Alex%20Aesthetics%2C%20Encino%2C%20CA"
        );
        assert_eq!(
            directions_href("A&B", "#2"),
            "https://www.google.com/maps/search/?api=1&query=A%26B%2C%20%232"
        );
    }

    #[test]
    fn encodes_only_what_is_unsafe() {
        let mut out = String::new();
        encode_into(&mut out, "spring%20sale+2026 a&b=c#d<é>%zz%4");
        assert_eq!(
            out,
            "spring%20sale+2026%20a%26b%3Dc%23d%3C%C3%A9%3E%25zz%254"
        );
    }

    #[test]
    fn appends_to_plain_base() {
        assert_eq!(
            booking_href(
                "https://x.test/book",
                "?utm_source=google&x=1",
                &utm(),
                None
            ),
            "https://x.test/book?utm_source=google"
        );
    }

    #[test]
    fn keeps_query_and_fragment_of_base() {
        assert_eq!(
            booking_href(
                "https://x.test/book?clinic=7#slots",
                "utm_campaign=spring%20sale",
                &utm(),
                Some("likely-resistance")
            ),
            "https://x.test/book?clinic=7&utm_campaign=spring%20sale&rc_verdict=likely-resistance#slots"
        );
        assert_eq!(
            booking_href("https://x.test/book?", "?gclid=abc", &utm(), None),
            "https://x.test/book?gclid=abc"
        );
    }

    #[test]
    fn nothing_to_add_returns_base_unchanged() {
        let base = "https://x.test/book#top";
        assert_eq!(booking_href(base, "", &utm(), None), base);
        assert_eq!(
            booking_href(base, "?x=1&utm_source=", &utm(), Some("")),
            base
        );
        assert_eq!(booking_href(base, "?utm_source=a", &[], None), base);
    }

    #[test]
    fn base_and_first_page_value_win() {
        assert_eq!(
            booking_href(
                "https://x.test/b?utm_source=site",
                "?utm_source=google&gclid=1&gclid=2",
                &utm(),
                None
            ),
            "https://x.test/b?utm_source=site&gclid=1"
        );
    }

    #[test]
    fn verdict_only_from_the_caller() {
        let mut params = utm();
        params.push("rc_verdict".into());
        assert_eq!(
            booking_href("https://x.test/b", "?rc_verdict=forged", &params, None),
            "https://x.test/b"
        );
        assert_eq!(
            booking_href("https://x.test/b?rc_verdict=set", "", &params, Some("v")),
            "https://x.test/b?rc_verdict=set"
        );
    }
}
