//! Renders the widget's first step to HTML at build time, from the same Yew components the
//! wasm renders, for each language and each choice of paths (they set "step 1 of N"), and
//! prints them as one JSON object keyed `<language>:<paths>`, e.g. `"es:quick"`, for the
//! loader to carry (scripts/finalize-dist.mjs). Run natively: `cargo run --bin prerender`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use resistance_check::clinic::{Language, OfferedPaths};
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
    println!("{}", serde_json::Value::Object(variants));
}

// The wasm build has no server renderer; this binary is for the build machine only.
#[cfg(target_arch = "wasm32")]
fn main() {}
