//! The browser's parts for native tests: the WHATWG URL parser of the `url` crate and a
//! short list of IANA time zones stand in for `web_sys::Url` and `Intl`.

use resistance_check::clinic::{Browser, ParsedUrl};

/// The browser's parts, natively: a WHATWG URL parser and a few IANA zones.
pub struct StandIn;

impl Browser for StandIn {
    fn parse_url(&self, text: &str) -> Option<ParsedUrl> {
        let url = url::Url::parse(text).ok()?;
        Some(ParsedUrl {
            protocol: format!("{}:", url.scheme()),
            username: url.username().to_string(),
            password: url.password().unwrap_or_default().to_string(),
            hostname: url.host_str().unwrap_or_default().to_string(),
        })
    }

    fn knows_time_zone(&self, zone: &str) -> bool {
        // Every zone the widget places in a country (`clinic::emergency`), and a few more.
        resistance_check::clinic::emergency::country_of(zone).is_some()
            || [
                "America/Los_Angeles",
                "America/New_York",
                "America/Argentina/Buenos_Aires",
                "America/Port-au-Prince",
                "Etc/GMT+5",
                "Europe/Madrid",
                "America/Mexico_City",
                "America/Toronto",
                "America/Indiana/Indianapolis",
                "Pacific/Honolulu",
                "Europe/Paris",
                "Europe/Berlin",
                "Europe/Dublin",
                "Atlantic/Canary",
                "Europe/London",
                "Australia/Sydney",
                "Australia/Perth",
                "Europe/Zurich",
                "Asia/Tokyo",
            ]
            .contains(&zone)
    }
}
