//! Runs the contract's vignettes: every `*.json` in `tests/vignettes/`, in
//! `../shared/vignettes/` when it exists, and in each folder of `EXTRA_VIGNETTES`
//! (colon-separated). Prints each vignette that falls short and ends with
//! `vignettes: N passed, M failed`; exits non-zero when any failed or none was found.

use std::path::{Path, PathBuf};

use resistance_check::date::Date;
use resistance_check::engine::{assess, history_from_value, Assessment};
use serde_json::Value;

/// The day that stands in for `assessed_on` when a vignette leaves it out.
const FIXED_TODAY: &str = "2026-11-28";

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = vec![root.join("tests/vignettes")];
    let shared = root.join("../shared/vignettes");
    if shared.is_dir() {
        folders.push(shared);
    }
    if let Ok(extra) = std::env::var("EXTRA_VIGNETTES") {
        folders.extend(
            extra
                .split(':')
                .filter(|part| !part.is_empty())
                .map(PathBuf::from),
        );
    }

    let today = Date::parse_iso(FIXED_TODAY).expect("fixed date");
    let (mut passed, mut failed) = (0usize, 0usize);
    for folder in &folders {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(folder) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                .collect(),
            Err(error) => {
                println!("{}: cannot read folder: {error}", folder.display());
                failed += 1;
                continue;
            }
        };
        files.sort();
        for file in files {
            match check(&file, today) {
                Ok(()) => passed += 1,
                Err(problem) => {
                    failed += 1;
                    println!("FAIL {}: {problem}", file.display());
                }
            }
        }
    }
    println!("vignettes: {passed} passed, {failed} failed");
    if failed > 0 || passed == 0 {
        std::process::exit(1);
    }
}

/// Checks one vignette file against its `expect`.
fn check(file: &Path, today: Date) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|error| format!("unreadable: {error}"))?;
    let vignette: Value =
        serde_json::from_str(&text).map_err(|error| format!("not JSON: {error}"))?;
    let name = vignette["name"].as_str().unwrap_or("(no name)");
    let expect = &vignette["expect"];
    let wants_error = expect["error"].as_bool().unwrap_or(false);

    let history = match history_from_value(&vignette["history"], today) {
        Ok(history) if wants_error => {
            return Err(format!(
                "{name}: expected an error, got {}",
                summary(&assess(&history))
            ))
        }
        Ok(history) => history,
        Err(_) if wants_error => return Ok(()),
        Err(error) => return Err(format!("{name}: expected an assessment, got error {error}")),
    };
    let assessment = assess(&history);
    let verdict = assessment.verdict.id();
    let causes: Vec<&str> = assessment
        .causes
        .iter()
        .map(|cause| cause.id.id())
        .collect();
    let risks: Vec<&str> = assessment
        .risk_factors
        .iter()
        .map(|risk| risk.id())
        .collect();

    let mut shortfalls = Vec::new();
    if let Some(want) = expect["verdict"].as_str() {
        if want != verdict {
            shortfalls.push(format!("verdict {want}"));
        }
    }
    if let Some(any) = strings(&expect["verdict_any"]) {
        if !any.contains(&verdict) {
            shortfalls.push(format!("verdict one of {any:?}"));
        }
    }
    for want in strings(&expect["causes_include"]).unwrap_or_default() {
        if !causes.contains(&want) {
            shortfalls.push(format!("cause {want}"));
        }
    }
    if let Some(any) = strings(&expect["causes_include_any"]) {
        if !any.iter().any(|want| causes.contains(want)) {
            shortfalls.push(format!("a cause of {any:?}"));
        }
    }
    for unwanted in strings(&expect["causes_exclude"]).unwrap_or_default() {
        if causes.contains(&unwanted) {
            shortfalls.push(format!("no cause {unwanted}"));
        }
    }
    for want in strings(&expect["risk_factors_include"]).unwrap_or_default() {
        if !risks.contains(&want) {
            shortfalls.push(format!("risk factor {want}"));
        }
    }
    if shortfalls.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{name}: expected {}; got {}",
            shortfalls.join(", "),
            summary(&assessment)
        ))
    }
}

fn strings(value: &Value) -> Option<Vec<&str>> {
    value
        .as_array()
        .map(|list| list.iter().filter_map(Value::as_str).collect())
}

fn summary(assessment: &Assessment) -> String {
    let causes: Vec<String> = assessment
        .causes
        .iter()
        .map(|cause| format!("{}({})", cause.id.id(), cause.strength.id()))
        .collect();
    let risks: Vec<&str> = assessment
        .risk_factors
        .iter()
        .map(|risk| risk.id())
        .collect();
    format!(
        "verdict {} causes [{}] risk factors [{}]",
        assessment.verdict.id(),
        causes.join(", "),
        risks.join(", ")
    )
}
