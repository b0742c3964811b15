//! The first step rendered natively to HTML, as the build's prerender step does: the safety
//! screen in each language and for each choice of paths, from the same components as the
//! wasm, with nothing of any clinic in it and nothing a strict CSP would refuse.
#![cfg(not(target_arch = "wasm32"))]

use resistance_check::clinic::{Language, OfferedPaths};
use resistance_check::date::Date;
use resistance_check::engine::model::RedFlag;
use resistance_check::form::state::FormState;
use resistance_check::i18n::{fill, Catalog};
use resistance_check::ui::first_step_html;

const PATHS: [OfferedPaths; 3] = [
    OfferedPaths {
        quick: true,
        detailed: true,
    },
    OfferedPaths {
        quick: true,
        detailed: false,
    },
    OfferedPaths {
        quick: false,
        detailed: true,
    },
];

/// Text as the renderer escapes it in HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#x27;")
}

/// Whether any tag carries an `on...=` attribute (an inline script).
fn has_event_handler_attribute(html: &str) -> bool {
    html.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or_default();
        tag.split_whitespace()
            .skip(1)
            .any(|attribute| attribute.starts_with("on") && attribute.contains('='))
    })
}

#[test]
fn the_safety_screen_in_each_language_with_its_step_count() {
    for language in [Language::En, Language::Es] {
        let text = Catalog::for_language(language);
        for paths in PATHS {
            let html = first_step_html(language, paths);
            let (_, steps) = FormState::new(language, paths, Date::from_days(0)).progress();
            // The root says its language, and each language option its own.
            assert!(
                html.starts_with(&format!("<div lang=\"{}\" ", language.code())),
                "{html}"
            );
            assert!(html.contains("<option lang=\"es\" value=\"es\""), "{html}");
            // A count only once the path is known: here, when the clinic offers one path.
            let progress = match steps {
                Some(steps) => fill(text.progress, &["1", &steps.to_string()]),
                None => fill(text.progress_open, &["1"]),
            };
            assert!(
                html.contains(&format!(
                    "<span id=\"rc-progress-text\">{}</span>",
                    escaped(&progress)
                )),
                "{progress} in {html}"
            );
            // The heading's name begins with the step it is.
            assert!(
                html.contains("aria-labelledby=\"rc-progress-text rc-step-heading\""),
                "{html}"
            );
            match steps {
                Some(steps) => assert!(html.contains(&format!("max=\"{steps}\"")), "{html}"),
                None => assert!(!html.contains("<progress"), "{html}"),
            }
            for wording in [
                text.safety_heading,
                // The prerender knows no clinic, so it names no emergency number.
                text.safety_emergency_local,
                text.safety_intro,
                text.safety_none,
                text.privacy_note,
            ] {
                assert!(
                    html.contains(&escaped(wording)),
                    "{wording:?} missing from {html}"
                );
            }
            for flag in RedFlag::ALL {
                let id = format!("id=\"rc-flag-{}\"", flag.id());
                assert!(html.contains(&id), "{id} missing");
                assert!(html.contains(&escaped(text.red_flags[*flag as usize])));
            }
            // Nothing ticked, and the one button is the step's own.
            assert!(!html.contains("checked"), "{html}");
            assert_eq!(html.matches("<button").count(), 1, "{html}");
        }
    }
}

#[test]
fn no_clinic_value_and_nothing_a_strict_csp_refuses() {
    // The demo page's clinic (index.html): the widget itself has no clinic values.
    let demo = [
        "Dr. Alex Aesthetics",
        "Dr. Alex",
        "(555) 010-0199",
        "5550100199",
        "https://example.com/book",
        "Encino, CA",
    ];
    for language in [Language::En, Language::Es] {
        for paths in PATHS {
            let html = first_step_html(language, paths);
            for value in demo {
                assert!(
                    !html.contains(value),
                    "{value:?} in the first paint: {html}"
                );
            }
            assert!(
                !html.contains("<a "),
                "no link before the wasm has checked the clinic's: {html}"
            );
            for refused in ["style=", "<style", "<script"] {
                assert!(!html.contains(refused), "{refused:?} in {html}");
            }
            assert!(
                !has_event_handler_attribute(&html),
                "an inline handler in {html}"
            );
            // Not hydratable: no marker comments, and the live widget's data-ready is absent.
            assert!(!html.contains("<!--"), "{html}");
            assert!(html.contains("data-prerendered=\"true\"") && !html.contains("data-ready"));
            assert!(
                html.contains("class=\"rc-contact-pending\""),
                "the contact panel's place"
            );
        }
    }
}

/// The hand-over's names (`resistance_check::handover`) that the loader looks for in the
/// prerendered first step are there: the language switch, one navigation with one button,
/// and a privacy line of several sentences whose later ones the loader can drop.
#[test]
fn the_first_step_has_what_the_loader_looks_for() {
    use resistance_check::handover;
    for language in [Language::En, Language::Es] {
        for paths in PATHS {
            let html = first_step_html(language, paths);
            let id = format!("id=\"{}\"", handover::LANGUAGE_SWITCH);
            assert_eq!(html.matches(&id).count(), 1, "{html}");
            let nav = format!("class=\"{} ", handover::NAV);
            assert_eq!(html.matches(&nav).count(), 1, "{html}");
            let after_nav = &html[html.find(&nav).unwrap()..];
            let nav_end = after_nav.find("</div>").unwrap();
            assert_eq!(after_nav[..nav_end].matches("<button").count(), 1, "{html}");
            let line = format!("<p class=\"{}\">", handover::PRIVACY_LINE);
            let after_line = &html[html.find(&line).expect("a privacy line")..];
            let line_end = after_line.find("</p>").unwrap();
            assert!(
                after_line[..line_end].matches("<span>").count() >= 2,
                "{html}"
            );
        }
    }
}
