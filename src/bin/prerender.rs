//! Renders the widget's first step to HTML at build time, from the same Yew components the
//! wasm renders, for each language and each choice of paths (they set "step 1 of N"), and
//! prints them for the loader to carry (scripts/finalize-dist.mjs) as one JSON object:
//! `steps`, keyed `<language>:<paths>`, e.g. `"es:quick"`, and `handover`, the DOM names
//! the loader and the wasm share (`resistance_check::handover`). Run natively:
//! `cargo run --bin prerender`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use resistance_check::clinic::{Language, OfferedPaths};
    use resistance_check::handover;
    use resistance_check::ui::first_step_html;

    let mut variants = serde_json::Map::new();
    for language in [Language::En, Language::Es] {
        for (name, quick, detailed) in [
            ("quick detailed", true, true),
            ("quick", true, false),
            ("detailed", false, true),
        ] {
            let html = first_step_html(language, OfferedPaths { quick, detailed });
            variants.insert(format!("{}:{name}", language.code()), html.into());
        }
    }
    let names = handover::names()
        .into_iter()
        .map(|(key, name)| (key.to_string(), name.into()))
        .collect::<serde_json::Map<_, _>>();
    let out = serde_json::json!({ "steps": variants, "handover": names });
    println!("{out}");
}

// The wasm build has no server renderer; this binary is for the build machine only.
#[cfg(target_arch = "wasm32")]
fn main() {}
