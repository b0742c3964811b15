// The host's configuration as the loader reads it before the wasm arrives: the language and
// paths that choose which prerendered first step to show, and whether an opt-in lengthens
// its privacy line. Pure functions of attribute values (null: absent), so that
// tests/web/readings.test.mjs runs them over the cases the Rust rules generate
// (tests/web/readings-cases.json, from tests/wordpress_rules.rs) and they cannot drift.

/** "en" or "es" when the tag's primary subtag is a language the widget speaks, else null. */
export const spoken = (tag) => {
  const primary = (tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
  return primary === "en" || primary === "es" ? primary : null;
};

/** The widget's language (src/clinic/config.rs): the element's lang, else the browser's, else English. */
export const languageOf = (lang, browserLanguage) => spoken(lang) ?? spoken(browserLanguage) ?? "en";

/** "quick", "detailed" or "quick detailed": the offered paths as the widget reads them, both unless one alone is named. */
export function pathsOf(paths) {
  const words = (paths ?? "").toLowerCase().split(/[\s,]+/);
  const quick = words.includes("quick");
  const detailed = words.includes("detailed");
  return quick === detailed ? "quick detailed" : quick ? "quick" : "detailed";
}

/** The opt-ins whose privacy line is longer. */
export const OPT_INS = ["analytics-verdict", "share-verdict"];

/**
 * Whether an opt-in is set. Any value but "false" counts, so that a mistyped opt-in errs on
 * the side of saying less and reserving more; the widget, which refuses it, then says more.
 */
export const optedIn = (value) => (value ?? "false").trim().toLowerCase() !== "false";

/** Whether the host (anything with getAttribute) sets either opt-in. */
export const optsIn = (host) => OPT_INS.some((name) => optedIn(host.getAttribute(name)));
