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

/** The level of the step's heading (src/clinic/rules.rs, heading_level): 1 to 4, as a digit or "h2"; else 2. */
export const headingLevelOf = (value) => /^[hH]?\+?0*([1-4])$/.exec((value ?? "").trim())?.[1] ?? "2";

/** How the element appears: "dialog" or "launcher" when named so, else "inline" (today's widget on the page). */
export function modeOf(mode) {
  const word = (mode ?? "").trim().toLowerCase();
  return word === "dialog" || word === "launcher" ? word : "inline";
}

/** The launcher's corner: "bottom-left" when named so, else "bottom-right". */
export const launcherCornerOf = (position) => ((position ?? "").trim().toLowerCase() === "bottom-left" ? "bottom-left" : "bottom-right");

// The relative luminance of an sRGB channel value (WCAG 2.2).
const linear = (v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
const luminance = (rgb) => 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
// The widget's pale panel, which the colour is also text on (src/clinic/rules.rs).
const PANEL = [0xf7, 0xfa, 0xfa];

/**
 * The clinic's colour as the widget uses it (src/clinic/rules.rs, primary_color): a #rgb or
 * #rrggbb colour that white text, and the pale panel, are readable against at 4.5:1, as
 * lowercase #rrggbb; null for anything else, whose shade only the wasm works out (until
 * then the default colour shows).
 */
export function colorOf(value) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? "").trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  const rgb = [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16));
  const readable = Math.min(contrast(rgb, [255, 255, 255]), contrast(rgb, PANEL)) >= 4.5;
  return readable ? `#${digits.toLowerCase()}` : null;
}
