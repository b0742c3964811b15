//! The attribute table (src/clinic/attributes.rs) against the widget's own reading of the
//! element (src/clinic/config.rs): the same names, the same defaults, the same required
//! ones. It writes the table for the other surfaces: `integrations/wordpress/attributes.json`
//! (the snippet builder, the WordPress plugin) and the README's attribute table, and fails
//! when either is stale; `UPDATE_ATTRIBUTES=1 cargo test --test attributes` rewrites them.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::path::PathBuf;

use resistance_check::clinic::attributes::{Attribute, Kind, Section, Text, ATTRIBUTES, FALLBACK};
use resistance_check::clinic::{ClinicConfig, OwnContacts};
use serde_json::{json, Value};

mod stand_in;
use stand_in::StandIn;
mod stored;
use stored::used;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const JSON_FILE: &str = "integrations/wordpress/attributes.json";
const README_START: &str = "<!-- attributes: generated from src/clinic/attributes.rs by tests/attributes.rs (UPDATE_ATTRIBUTES=1 cargo test --test attributes); do not edit by hand -->";
const README_END: &str = "<!-- /attributes -->";

/// The configuration from these attributes alone (no hours, no own contacts).
fn read(get: &dyn Fn(&str) -> Option<String>) -> (ClinicConfig, Vec<String>) {
    let (config, warnings) =
        ClinicConfig::from_attributes(get, None, &OwnContacts::default(), &StandIn);
    (config, warnings.into_iter().map(|w| w.attribute).collect())
}

#[test]
fn the_table_names_every_attribute_the_widget_reads() {
    let asked = RefCell::new(Vec::<String>::new());
    let get = |name: &str| {
        asked.borrow_mut().push(name.to_string());
        None
    };
    read(&get);
    let mut asked = asked.into_inner();
    asked.sort();
    asked.dedup();
    let mut declared: Vec<String> = ATTRIBUTES.iter().map(|a| a.name.to_string()).collect();
    declared.sort();
    assert_eq!(asked, declared);
}

#[test]
fn each_default_is_what_the_widget_uses_without_the_attribute() {
    let (config, _) = read(&|_| None);
    for attribute in ATTRIBUTES {
        assert_eq!(
            used(&config, attribute.name),
            attribute.default,
            "{}",
            attribute.name
        );
    }
}

#[test]
fn required_ones_are_exactly_those_whose_absence_the_widget_reports() {
    // Every other attribute given a good value, so that the only report is the absent one's.
    let good = |attribute: &Attribute| match attribute.kind {
        Kind::Phone => "(818) 555-0142",
        Kind::Url => "https://clinic.example/book",
        Kind::TimeZone => "America/Los_Angeles",
        _ => "Sunset Skin",
    };
    for absent in ATTRIBUTES {
        let get = |name: &str| {
            let attribute = ATTRIBUTES.iter().find(|a| a.name == name)?;
            (attribute.required && attribute.name != absent.name)
                .then(|| good(attribute).to_string())
        };
        let (_, reported) = read(&get);
        assert_eq!(
            reported.contains(&absent.name.to_string()),
            absent.required,
            "{}: {reported:?}",
            absent.name
        );
    }
}

#[test]
fn limits_and_choices_fit_their_kind() {
    for attribute in ATTRIBUTES {
        let limited = matches!(
            attribute.kind,
            Kind::Text | Kind::Radius | Kind::EmergencyNumber | Kind::HeadingLevel
        );
        assert_eq!(attribute.max > 0, limited, "{}", attribute.name);
        assert!(!attribute.label.en.is_empty() && !attribute.label.es.is_empty());
        assert!(!attribute.readme_value.is_empty() && !attribute.readme_default.is_empty());
        if attribute.kind == Kind::Text {
            assert!(
                attribute.default.chars().count() <= usize::from(attribute.max),
                "{}",
                attribute.name
            );
        }
        if !attribute.choices.is_empty() && !matches!(attribute.kind, Kind::Paths) {
            assert!(
                attribute
                    .choices
                    .iter()
                    .any(|c| c.value == attribute.default),
                "{}: its default is one of its choices",
                attribute.name
            );
        }
    }
}

fn text(text: Text) -> Value {
    json!({ "en": text.en, "es": text.es })
}

/// The table as the other surfaces read it.
fn attributes_json() -> String {
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            let mut entry = json!({
                "name": a.name,
                "kind": a.kind.name(),
                "section": a.section.id(),
                "required": a.required,
                "default": a.default,
                "label": text(a.label),
                "help": text(a.help),
                "placeholder": text(a.placeholder),
            });
            if a.max > 0 {
                entry["max"] = a.max.into();
            }
            if matches!(
                a.kind,
                Kind::Radius | Kind::EmergencyNumber | Kind::HeadingLevel
            ) {
                entry["min"] = a.min.into();
            }
            if !a.choices.is_empty() {
                let choices = a
                    .choices
                    .iter()
                    .map(|c| json!({ "value": c.value, "label": text(c.label) }));
                entry["choices"] = Value::Array(choices.collect());
            }
            entry
        })
        .collect();
    let sections: Vec<Value> = Section::ALL
        .iter()
        .map(|s| json!({ "id": s.id(), "title": text(s.title()) }))
        .collect();
    let file = json!({
        "about": "Generated from src/clinic/attributes.rs by tests/attributes.rs; do not edit by hand (UPDATE_ATTRIBUTES=1 cargo test --test attributes rewrites it). Read by web/builder.mjs, integrations/wordpress/includes/fields.php and the block editor.",
        "fallback": text(FALLBACK),
        "sections": sections,
        "attributes": attributes,
    });
    serde_json::to_string_pretty(&file).unwrap() + "\n"
}

/// The README's attribute table.
fn readme_table() -> String {
    let mut out = String::from("| attribute | value | default |\n|---|---|---|\n");
    for a in ATTRIBUTES {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            a.name, a.readme_value, a.readme_default
        ));
    }
    out
}

/// The README with its generated section as the table makes it today.
fn readme_with_table(readme: &str) -> Option<String> {
    let start = readme.find(README_START)? + README_START.len();
    let end = readme[start..].find(README_END)? + start;
    Some(format!(
        "{}\n{}{}",
        &readme[..start],
        readme_table(),
        &readme[end..]
    ))
}

#[test]
fn generated_files_are_current() {
    let json_path = root().join(JSON_FILE);
    let readme_path = root().join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let fresh_readme = readme_with_table(&readme)
        .unwrap_or_else(|| panic!("README.md has no {README_START} … {README_END} section"));
    let fresh_json = attributes_json();
    if std::env::var_os("UPDATE_ATTRIBUTES").is_some() {
        std::fs::write(&json_path, &fresh_json).unwrap();
        std::fs::write(&readme_path, &fresh_readme).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&json_path).unwrap_or_default();
    assert!(
        committed == fresh_json && readme == fresh_readme,
        "{JSON_FILE} or README.md's attribute table is out of date with src/clinic/attributes.rs: \
         rewrite them with UPDATE_ATTRIBUTES=1 cargo test --test attributes"
    );
}
