//! The widget's words: one catalog per language, every visitor-facing string in it. A
//! missing string in either language is a compile error, because both fill one struct.

mod en;
mod es;

use crate::clinic::Language;
use crate::date::Weekday;

pub use en::EN;
pub use es::ES;

/// Every visitor-facing string of the widget. `{}` marks where a value goes (see `fill`).
pub struct Catalog {
    pub language_name: &'static str,
    pub language_switch_label: &'static str,
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],

    // The contact panel.
    pub contact_heading: &'static str,
    pub book_cta: &'static str,
    pub call_cta: &'static str,
    pub hours_caption: &'static str,
    pub hours_day: &'static str,
    pub hours_hours: &'static str,
    pub closed: &'static str,
    pub today_marker: &'static str,
    pub open_now_until: &'static str,
    pub closed_now_opens_today: &'static str,
    pub closed_now_opens_tomorrow: &'static str,
    pub closed_now_opens_on: &'static str,
    pub closed_now: &'static str,
    pub special_hours_note: &'static str,
    pub time_zone_note: &'static str,
}

impl Catalog {
    pub fn for_language(language: Language) -> &'static Catalog {
        match language {
            Language::En => &EN,
            Language::Es => &ES,
        }
    }

    pub fn weekday(&self, day: Weekday) -> &'static str {
        self.weekdays[day.index()]
    }
}

/// Puts `values` into the `{}` marks of `template`, in order. Extra marks stay empty and
/// extra values are dropped, so a catalog slip can never panic.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or_default());
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_places_values_in_order() {
        assert_eq!(
            fill("Open until {} on {}", &["5:00 pm", "Monday"]),
            "Open until 5:00 pm on Monday"
        );
        assert_eq!(fill("{} and {}", &["one"]), "one and ");
        assert_eq!(fill("no marks", &["x"]), "no marks");
    }
}
