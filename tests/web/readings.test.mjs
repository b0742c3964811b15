// The loader's readings of the host's attributes (web/loader/readings.js) over the cases the
// widget's own Rust rules give (tests/web/readings-cases.json, from tests/wordpress_rules.rs):
// the first step the loader shows is in the language and for the paths the wasm then uses,
// and its privacy line never claims less sharing than the wasm's configuration has.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { colorOf, headingLevelOf, languageOf, launcherCornerOf, modeOf, optedIn, optsIn, pathsOf, spoken } from "../../web/loader/readings.js";

const cases = JSON.parse(await readFile(new URL("readings-cases.json", import.meta.url), "utf8"));

test("the cases cover absent, accepted and refused values of each reading", () => {
  for (const reading of ["lang", "paths", "opt-ins", "primary-color", "heading-level"]) {
    assert.ok(cases[reading].some((c) => c.value === null), `${reading}: absent`);
    assert.ok(cases[reading].some((c) => c.refused), `${reading}: refused`);
    assert.ok(cases[reading].some((c) => c.value !== null && !c.refused), `${reading}: accepted`);
  }
});

for (const browser of ["en-US", "es-MX", "fr-FR", undefined]) {
  test(`lang: the widget's language for every case, with a ${browser ?? "missing"} browser language`, () => {
    for (const { value, uses } of cases.lang) {
      const wanted = uses ?? spoken(browser) ?? "en";
      assert.equal(languageOf(value, browser), wanted, `lang=${JSON.stringify(value)}`);
    }
  });
}

test("paths: the widget's paths for every case", () => {
  for (const { value, uses } of cases.paths) assert.equal(pathsOf(value), uses, `paths=${JSON.stringify(value)}`);
});

test("opt-ins: on wherever the widget's is on, off wherever it accepts off; a refused value errs on saying less", () => {
  for (const { attribute, value, on, refused } of cases["opt-ins"]) {
    const label = `${attribute}=${JSON.stringify(value)}`;
    if (on) assert.equal(optedIn(value), true, label);
    else if (!refused) assert.equal(optedIn(value), false, label);
    else assert.equal(optedIn(value), true, `${label}: refused, so the privacy line says less and more space is kept`);
  }
});

test("a host opts in when either attribute does", () => {
  const host = (attributes) => ({ getAttribute: (name) => attributes[name] ?? null });
  assert.equal(optsIn(host({})), false);
  assert.equal(optsIn(host({ "share-verdict": "" })), true);
  assert.equal(optsIn(host({ "analytics-verdict": "true", "share-verdict": "false" })), true);
  assert.equal(optsIn(host({ "analytics-verdict": "false", "share-verdict": "false" })), false);
});

test("primary-color: the launcher's colour is the widget's wherever the widget accepts the value, else the default until the wasm's shade", () => {
  for (const { value, uses, refused } of cases["primary-color"]) {
    const label = `primary-color=${JSON.stringify(value)}`;
    if (value !== null && !refused) assert.equal(colorOf(value), uses, label);
    else assert.equal(colorOf(value), null, label);
  }
});

test("mode and launcher-position: named values are read in any case and spacing, anything else is the default", () => {
  assert.deepEqual(["dialog", " Launcher ", "inline", "popup", "", null].map(modeOf), ["dialog", "launcher", "inline", "inline", "inline", "inline"]);
  assert.deepEqual(["bottom-left", "BOTTOM-LEFT ", "bottom-right", "top-left", null].map(launcherCornerOf), ["bottom-left", "bottom-left", "bottom-right", "bottom-right", "bottom-right"]);
});

test("heading-level: the prerendered heading's level is the widget's for every case", () => {
  for (const { value, uses } of cases["heading-level"]) assert.equal(headingLevelOf(value), uses, `heading-level=${JSON.stringify(value)}`);
});
