//! The office's country from its time zone, and the emergency number the widget names for
//! trouble breathing or swallowing: the clinic's `emergency-number`, else the country's.
//! Where neither tells, the widget says "your local emergency number" and links nothing.

/// The countries whose time zones the widget places, for their emergency number and their
/// telephone numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Country {
    UnitedStates,
    Canada,
    Mexico,
    /// Any member state of the European Union: they share 112.
    EuropeanUnion,
    UnitedKingdom,
    Australia,
}

impl Country {
    /// The number to call for an emergency.
    pub fn emergency_number(self) -> &'static str {
        match self {
            Country::UnitedStates | Country::Canada | Country::Mexico => "911",
            Country::EuropeanUnion => "112",
            Country::UnitedKingdom => "999",
            Country::Australia => "000",
        }
    }

    /// A ten-digit number there is a +1 number (the North American Numbering Plan's two
    /// largest members; Mexico's ten digits mean something else).
    pub fn dials_plus_one(self) -> bool {
        matches!(self, Country::UnitedStates | Country::Canada)
    }
}

/// Time zones (IANA names, or prefixes ending in "/") by country.
const ZONES: &[(Country, &[&str])] = &[
    (
        Country::UnitedStates,
        &[
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "America/Phoenix",
            "America/Anchorage",
            "America/Juneau",
            "America/Sitka",
            "America/Metlakatla",
            "America/Yakutat",
            "America/Nome",
            "America/Adak",
            "America/Boise",
            "America/Detroit",
            "America/Menominee",
            "America/Indiana/",
            "America/Kentucky/",
            "America/North_Dakota/",
            "America/Puerto_Rico",
            "Pacific/Honolulu",
            "US/",
        ],
    ),
    (
        Country::Canada,
        &[
            "America/Toronto",
            "America/Vancouver",
            "America/Edmonton",
            "America/Winnipeg",
            "America/Regina",
            "America/Swift_Current",
            "America/Halifax",
            "America/Glace_Bay",
            "America/Moncton",
            "America/Goose_Bay",
            "America/St_Johns",
            "America/Whitehorse",
            "America/Dawson",
            "America/Dawson_Creek",
            "America/Fort_Nelson",
            "America/Creston",
            "America/Cambridge_Bay",
            "America/Inuvik",
            "America/Iqaluit",
            "America/Rankin_Inlet",
            "America/Resolute",
            "America/Atikokan",
            "America/Blanc-Sablon",
            "America/Thunder_Bay",
            "America/Montreal",
            "Canada/",
        ],
    ),
    (
        Country::Mexico,
        &[
            "America/Mexico_City",
            "America/Cancun",
            "America/Merida",
            "America/Monterrey",
            "America/Matamoros",
            "America/Chihuahua",
            "America/Ciudad_Juarez",
            "America/Ojinaga",
            "America/Mazatlan",
            "America/Bahia_Banderas",
            "America/Hermosillo",
            "America/Tijuana",
            "America/Ensenada",
            "Mexico/",
        ],
    ),
    (
        Country::EuropeanUnion,
        &[
            // The 27 member states, with their islands.
            "Europe/Vienna",
            "Europe/Brussels",
            "Europe/Sofia",
            "Europe/Zagreb",
            "Europe/Nicosia",
            "Asia/Nicosia",
            "Asia/Famagusta",
            "Europe/Prague",
            "Europe/Copenhagen",
            "Europe/Tallinn",
            "Europe/Helsinki",
            "Europe/Mariehamn",
            "Europe/Paris",
            "Europe/Berlin",
            "Europe/Busingen",
            "Europe/Athens",
            "Europe/Budapest",
            "Europe/Dublin",
            "Europe/Rome",
            "Europe/Riga",
            "Europe/Vilnius",
            "Europe/Luxembourg",
            "Europe/Malta",
            "Europe/Amsterdam",
            "Europe/Warsaw",
            "Europe/Lisbon",
            "Atlantic/Madeira",
            "Atlantic/Azores",
            "Europe/Bucharest",
            "Europe/Bratislava",
            "Europe/Ljubljana",
            "Europe/Madrid",
            "Africa/Ceuta",
            "Atlantic/Canary",
            "Europe/Stockholm",
        ],
    ),
    (
        Country::UnitedKingdom,
        &["Europe/London", "Europe/Belfast", "GB"],
    ),
    (Country::Australia, &["Australia/"]),
];

/// Whether `zone` is `name`, or lies under it when `name` is a prefix ending in "/".
fn zone_matches(zone: &str, name: &str) -> bool {
    if name.ends_with('/') {
        zone.starts_with(name)
    } else {
        zone == name
    }
}

/// The time zones the table places in `country` (names, or prefixes ending in "/").
pub fn zones_of(country: Country) -> &'static [&'static str] {
    ZONES
        .iter()
        .find(|(listed, _)| *listed == country)
        .map_or(&[], |(_, zones)| zones)
}

/// The country of `time_zone`, where the table knows it.
pub fn country_of(time_zone: &str) -> Option<Country> {
    ZONES
        .iter()
        .find(|(_, zones)| zones.iter().any(|name| zone_matches(time_zone, name)))
        .map(|(country, _)| *country)
}

/// The emergency number of the country of `time_zone`, where the table knows it.
pub fn number_for_time_zone(time_zone: &str) -> Option<&'static str> {
    country_of(time_zone).map(Country::emergency_number)
}

/// The emergency number to name: the clinic's own (already checked by
/// `rules::emergency_number`), else the country's from the time zone, else none.
pub fn emergency_number(own: Option<&str>, time_zone: Option<&str>) -> Option<String> {
    own.map(str::to_string)
        .or_else(|| time_zone.and_then(number_for_time_zone).map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_cover_their_zones_and_names_only_themselves() {
        assert_eq!(number_for_time_zone("America/Indiana/Knox"), Some("911"));
        assert_eq!(number_for_time_zone("Australia/Perth"), Some("000"));
        // "America/Denver" is a name, not a prefix of "America/Denverish".
        assert_eq!(number_for_time_zone("America/Denverish"), None);
        assert_eq!(number_for_time_zone("Europe/Zurich"), None);
    }
}
