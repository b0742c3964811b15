//! What the widget uses for each attribute, written as the WordPress plugin stores it: the
//! form the generated rule cases (tests/wordpress_rules.rs) and the attribute table's
//! defaults (tests/attributes.rs) are compared in.

use resistance_check::clinic::{ClinicConfig, Language};

/// What the widget uses for an attribute, in the form the plugin stores it.
pub fn used(config: &ClinicConfig, attribute: &str) -> String {
    match attribute {
        "clinic-name" => config.name.clone(),
        "doctor" => config.doctor.clone(),
        "address" => config.address.clone(),
        "cta-text" => config.cta_text.clone().unwrap_or_default(),
        "cta-text-en" => config
            .cta_text_in(Language::En)
            .unwrap_or_default()
            .to_string(),
        "cta-text-es" => config
            .cta_text_in(Language::Es)
            .unwrap_or_default()
            .to_string(),
        "hour-cycle" => config.hour_cycle.name().to_string(),
        "phone" => config
            .phone
            .as_ref()
            .map(|phone| phone.text.clone())
            .unwrap_or_default(),
        "booking-url" => config.booking_url.clone().unwrap_or_default(),
        "time-zone" => config.time_zone.clone().unwrap_or_default(),
        "lang" => config
            .language
            .map_or("auto", |lang| lang.code())
            .to_string(),
        "primary-color" => config.primary_color.clone(),
        "corner-radius" => config.corner_radius_px.to_string(),
        "paths" => [
            ("quick", config.paths.quick),
            ("detailed", config.paths.detailed),
        ]
        .iter()
        .filter(|(_, on)| *on)
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(" "),
        "utm-params" => config.utm_params.join(" "),
        "share-verdict" => if config.share_verdict { "1" } else { "" }.to_string(),
        "analytics-verdict" => if config.analytics_verdict { "1" } else { "" }.to_string(),
        "directions" => if config.directions { "on" } else { "off" }.to_string(),
        "mailing-list-url" => config.mailing_list_url.clone().unwrap_or_default(),
        "heading-level" => config.heading_level.to_string(),
        "emergency-number" => config.own_emergency_number.clone().unwrap_or_default(),
        other => panic!("no sample reader for {other}"),
    }
}
