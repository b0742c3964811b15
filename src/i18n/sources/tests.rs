//! The source table's checks, and the generation of `docs/sentences.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::*;
use crate::i18n::{EN, ES};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The line a missing key needs, so adding a source is copying one line.
fn missing_line(string: &CatalogString) -> String {
    format!("    (\"{}\", &[...]),  // {:?}", key(string), string.text)
}

#[test]
fn every_string_has_a_source() {
    let missing: Vec<String> = EN
        .strings()
        .iter()
        .filter(|string| sources_of(string).is_empty())
        .map(missing_line)
        .collect();
    assert!(
        missing.is_empty(),
        "these catalog strings have no source; add a line for each to SOURCES in \
         src/i18n/sources.rs (A, F \"section\", C \"section\", W \"README section\", or UI \
         for interface text that makes no claim), then run \
         UPDATE_SENTENCES=1 cargo test --lib sentences:\n{}",
        missing.join("\n")
    );
}

#[test]
fn result_sentences_rest_on_more_than_interface_text() {
    let unsourced: Vec<String> = EN
        .strings()
        .iter()
        .filter(|string| is_result_sentence(string.field))
        .filter(|string| sources_of(string).iter().all(|source| *source == UI))
        .map(missing_line)
        .collect();
    assert!(
        unsourced.is_empty(),
        "these result sentences need a source other than UI in src/i18n/sources.rs \
         (the article A, a clinical-facts.md section F, a contract section C, or the \
         README section W that documents the widget's behaviour):\n{}",
        unsourced.join("\n")
    );
}

#[test]
fn every_source_entry_names_a_string() {
    let strings = EN.strings();
    let stale: Vec<&str> = SOURCES
        .iter()
        .map(|(wanted, _)| *wanted)
        .filter(|wanted| {
            !strings
                .iter()
                .any(|string| string.field == *wanted || key(string) == *wanted)
        })
        .collect();
    assert!(
        stale.is_empty(),
        "SOURCES in src/i18n/sources.rs names keys no catalog has (renamed or removed?): {stale:?}"
    );
    let mut keys: Vec<&str> = SOURCES.iter().map(|(key, _)| *key).collect();
    keys.sort_unstable();
    let before = keys.len();
    keys.dedup();
    assert_eq!(before, keys.len(), "a key is listed twice in SOURCES");
}

/// The headings (`#`, `##`, ...) of a markdown file, without their marks.
fn headings(path: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    let lines = text.lines().filter(|line| line.starts_with('#'));
    Some(
        lines
            .map(|line| line.trim_start_matches('#').trim().to_string())
            .collect(),
    )
}

/// Each F, C and W source names a heading its document has. The shared documents are
/// beside the repository (`../shared/`) where CI and the main checkout run; the README is
/// always there.
#[test]
fn sources_name_real_sections() {
    let shared = root().join("../shared");
    let documents = [
        ("F", shared.join("clinical-facts.md")),
        ("C", shared.join("assessment-contract.md")),
        ("W", root().join("README.md")),
    ];
    let mut checked = 0;
    for (kind, path) in documents {
        let Some(headings) = headings(&path) else {
            println!(
                "{} is not here: its sections are not checked",
                path.display()
            );
            continue;
        };
        for source in SOURCES.iter().flat_map(|(_, sources)| sources.iter()) {
            let section = match (kind, source) {
                ("F", Source::Facts(section))
                | ("C", Source::Contract(section))
                | ("W", Source::Widget(section)) => section,
                _ => continue,
            };
            assert!(
                headings.iter().any(|heading| heading == section),
                "{} has no section {section:?}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 0);
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn table(out: &mut String, rows: &[(CatalogString, CatalogString)]) {
    out.push_str("| key | English | Spanish | source |\n|---|---|---|---|\n");
    for (en, es) in rows {
        let sources: Vec<String> = sources_of(en).iter().map(|s| s.label()).collect();
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            key(en),
            cell(en.text),
            cell(es.text),
            cell(&sources.join("; "))
        );
    }
}

/// `docs/sentences.md` as the catalogs and `SOURCES` make it today.
fn sentences_table() -> String {
    let rows: Vec<(CatalogString, CatalogString)> =
        EN.strings().into_iter().zip(ES.strings()).collect();
    let (results, rest): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|(en, _)| is_result_sentence(en.field));
    let mut out = String::from(
        "# Every sentence the widget can show, with its source\n\n\
         Generated from `src/i18n/en.rs`, `es.rs` and `sources.rs` by \
         `cargo test --lib sentences`, which fails when this file is out of date; \
         `UPDATE_SENTENCES=1 cargo test --lib sentences` rewrites it. Do not edit it by hand.\n\n\
         Sources: **A** = the clinic's article (`shared/seed/clinic-article.txt`); \
         **F \"…\"** = that section of `shared/clinical-facts.md`; \
         **C \"…\"** = that section of `shared/assessment-contract.md`; \
         **W \"…\"** = what the widget itself does, as that section of `README.md` documents it; \
         **UI** = interface text that makes no claim. `{}` marks a value filled in at run \
         time (a date, a number, a product, the clinic's name); `{m}`, `{d}`, `{y}` are a \
         date's month, day and year. A key `field.id` is one entry of a list in the \
         contract's order of that id.\n\n\
         ## Result sentences\n\n\
         Verdicts, causes, risk factors, next steps, evidence, the chart's summary and the \
         notes around a result. Each needs a source other than UI.\n\n",
    );
    table(&mut out, &results);
    out.push_str("\n## The rest of the widget's text\n\n");
    table(&mut out, &rest);
    out
}

#[test]
fn sentences_table_is_current() {
    let path = root().join("docs/sentences.md");
    let fresh = sentences_table();
    if std::env::var_os("UPDATE_SENTENCES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let first_difference = committed
        .lines()
        .zip(fresh.lines())
        .find(|(old, new)| old != new);
    assert!(
        committed == fresh,
        "docs/sentences.md is out of date with the catalogs or src/i18n/sources.rs \
         (first difference: {first_difference:?}); rewrite it with \
         UPDATE_SENTENCES=1 cargo test --lib sentences"
    );
}

#[test]
fn result_sentences_table_holds_both_languages() {
    let table = sentences_table();
    let row = table
        .lines()
        .find(|line| line.starts_with("| `verdict_headlines.seek_care`"));
    let row = row.unwrap_or_default();
    assert!(
        row.contains(EN.verdict_headline(Verdict::SeekCare)),
        "{row}"
    );
    assert!(
        row.contains(ES.verdict_headline(Verdict::SeekCare)),
        "{row}"
    );
    assert!(row.contains("F \"Red flags"), "{row}");
}
