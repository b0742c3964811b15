//! The clinic's `tel:` link in its international form where the number allows it, so that
//! a tap dials the office from a phone registered abroad too (`tel:+15550100199`).

use super::emergency::{country_of, Country};

/// `href` (a `tel:` link of digits, with "+" when the number had one) in international
/// form: kept when it has its "+", "+1…" for eleven digits starting with 1 or for ten
/// digits in a US or Canadian time zone, else kept as it is (a local number the widget
/// cannot place).
pub fn international_tel(href: &str, time_zone: &str) -> String {
    let Some(digits) = href.strip_prefix("tel:") else {
        return href.to_string();
    };
    let plus_one = country_of(time_zone).is_some_and(Country::dials_plus_one);
    match digits.len() {
        _ if digits.starts_with('+') => href.to_string(),
        11 if digits.starts_with('1') => format!("tel:+{digits}"),
        10 if plus_one && !digits.starts_with(['0', '1']) => format!("tel:+1{digits}"),
        _ => href.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn north_american_numbers_get_their_country_code() {
        let la = "America/Los_Angeles";
        assert_eq!(international_tel("tel:5550100199", la), "tel:+15550100199");
        assert_eq!(
            international_tel("tel:18185550100", "Europe/Madrid"),
            "tel:+18185550100"
        );
        assert_eq!(
            international_tel("tel:+34912345678", la),
            "tel:+34912345678"
        );
        assert_eq!(
            international_tel("tel:5550100199", "America/Indiana/Knox"),
            "tel:+15550100199"
        );
    }

    #[test]
    fn numbers_the_widget_cannot_place_stay_as_typed() {
        // Mexico City and Madrid: ten or nine digits that are not +1 numbers.
        assert_eq!(
            international_tel("tel:5512345678", "America/Mexico_City"),
            "tel:5512345678"
        );
        assert_eq!(
            international_tel("tel:912345678", "Europe/Madrid"),
            "tel:912345678"
        );
        // A ten-digit number starting with 0 or 1 is not a North American one.
        assert_eq!(
            international_tel("tel:0201234567", "America/New_York"),
            "tel:0201234567"
        );
        assert_eq!(
            international_tel("tel:5550100", "America/New_York"),
            "tel:5550100"
        );
    }
}
