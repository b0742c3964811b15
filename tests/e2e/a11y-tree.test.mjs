// The widget as assistive technology gets it: Chromium's computed accessibility tree (the
// DevTools protocol's Accessibility.getFullAXTree, which sees into the shadow root), on
// every screen of both paths, the seek-care screen, an error state of the detailed path
// and the results, in English and in Spanish on an English page. On each screen: every
// control has a role and a name in the visitor's language; headings go down one level at a
// time from the host's `heading-level` (2 by default); a question's heading names its step;
// the live region exists, empty, until the result, whose announcement is short; no ARIA or
// label reference leaves the shadow root; every text carries the widget's `lang`; and axe
// (with its WCAG 2.2 AA rules) finds nothing. The detailed path's error summary is announced
// and links to each field in error.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, quickResultByFirstAnswers, serveDist, widgetReady } from "./harness.mjs";

const CONTACTS =
  'clinic-name="Sunset Skin" doctor="Dr. Rivera" phone="(818) 555-0142" booking-url="https://clinic.example/book" time-zone="America/Los_Angeles" address="Encino, CA"';
const page = (attributes, { h1 = "Clinic", around = "" } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${h1}</title>` +
  `<script type="module" async src="/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>${h1}</h1>${around}<resistance-check ${CONTACTS} ${attributes}><p>Call ` +
  `<a href="tel:8185550142">(818) 555-0142</a>.</p></resistance-check></main></body></html>`;

let server;
let browser;
before(async () => {
  server = await serveDist({
    pages: {
      "/en.html": page('lang="en"'),
      "/es.html": page('lang="es"', { h1: "Our clinic" }),
      "/level-3.html": page('lang="en" heading-level="3"', { around: "<h2>Is your Botox still working?</h2>" }),
    },
  });
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Roles a visitor operates: each needs a name that says what it does.
const CONTROLS = new Set(["button", "toggleButton", "ToggleButton", "PopUpButton", "link", "checkbox", "radio", "combobox", "textbox", "spinbutton", "slider", "switch", "tab", "menuitem"]);
// Names that are the same in both languages: brands, numbers, and each language's own name.
const SAME_IN_BOTH = /^(Botox|Dysport|Xeomin|Jeuveau|Daxxify|Letybo|English|Español|[\d\s().:+-]+)$/;

async function open(path) {
  const tab = await browser.context.newPage();
  const errors = [];
  tab.on("pageerror", (error) => errors.push(String(error)));
  await tab.goto(`${server.address}${path}`);
  await widgetReady(tab);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Accessibility.enable");
  return { tab, cdp, errors, widget: tab.locator("resistance-check") };
}

const axValue = (node, name) => node.properties?.find((property) => property.name === name)?.value?.value;

/**
 * The widget's part of the full accessibility tree, in tree order: each node that is not
 * ignored, with its role, name, heading level and live setting.
 */
async function widgetTree(tab, cdp) {
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "resistance-check" });
  const { node: host } = await cdp.send("DOM.describeNode", { nodeId });
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const start = nodes.find((node) => node.backendDOMNodeId === host.backendNodeId);
  assert.ok(start, "the widget's host is in the accessibility tree");
  const out = [];
  const walk = (node) => {
    if (!node.ignored) {
      out.push({
        role: node.role?.value,
        name: (node.name?.value ?? "").trim(),
        level: axValue(node, "level"),
        live: axValue(node, "live"),
      });
    }
    for (const child of node.childIds ?? []) if (byId.has(child)) walk(byId.get(child));
  };
  walk(start);
  return out;
}

/** DOM facts that the tree does not carry: references, lang, the live region's text. */
const domFacts = (tab) =>
  tab.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const rc = [...shadow.querySelectorAll(".rc")].find((element) => element.getClientRects().length > 0);
    const broken = [];
    for (const attribute of ["aria-labelledby", "aria-describedby", "aria-controls", "aria-errormessage", "aria-owns", "aria-details", "aria-activedescendant", "for"]) {
      for (const element of rc.querySelectorAll(`[${attribute}]`)) {
        for (const id of element.getAttribute(attribute).split(/\s+/).filter(Boolean)) {
          if (!shadow.getElementById(id)) broken.push(`${element.localName}[${attribute}=${id}]`);
        }
      }
    }
    const layout = rc.querySelector(".rc-layout");
    const wrongLang = [];
    const walker = document.createTreeWalker(rc, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.data.trim()) continue;
      const owner = text.parentElement.closest("[lang]");
      const own = owner?.localName === "option" && owner.lang === owner.value;
      if (owner !== layout && !own) wrongLang.push(`${text.parentElement.localName}: ${text.data.trim().slice(0, 30)}`);
    }
    const live = rc.querySelector("[aria-live]");
    return {
      lang: layout.lang,
      broken,
      wrongLang,
      options: [...rc.querySelectorAll("#rc-language option")].map((option) => `${option.value}:${option.lang}`),
      liveText: live ? live.textContent : null,
      stepHeading: shadow.getElementById("rc-step-heading")?.localName,
    };
  });

/**
 * Checks one screen; returns its controls' names (for the comparison of languages).
 * `question` is true where the screen is a question step, whose heading names the step.
 */
async function checkScreen(screen, { tab, cdp }, { language, level = 2, question = true, result = false }) {
  const tree = await widgetTree(tab, cdp);
  const facts = await domFacts(tab);
  const controls = tree.filter((node) => CONTROLS.has(node.role));
  assert.ok(controls.length > 0, `${screen}: controls in the tree`);
  for (const control of controls) {
    assert.ok(control.name.length > 1, `${screen}: a ${control.role} without a name`);
    assert.doesNotMatch(control.name, /^(button|link|click here|here|more|undefined|null)$/i, `${screen}: "${control.name}" says what it does`);
  }
  const buttons = controls.filter((node) => node.role === "button").map((node) => node.name);
  assert.deepEqual(buttons.filter((name, at) => buttons.indexOf(name) !== at), [], `${screen}: two buttons with one name`);

  const headings = tree.filter((node) => node.role === "heading");
  assert.ok(headings.length > 0, `${screen}: headings`);
  assert.equal(headings[0].level, level, `${screen}: the first heading is at the host's level ${level}`);
  assert.equal(facts.stepHeading, `h${level}`, `${screen}: the step's heading is an h${level}`);
  for (const [at, heading] of headings.entries()) {
    assert.ok(heading.level >= level, `${screen}: "${heading.name}" (level ${heading.level}) is not above the widget's level`);
    if (at > 0) {
      assert.ok(heading.level <= headings[at - 1].level + 1, `${screen}: "${heading.name}" skips from level ${headings[at - 1].level} to ${heading.level}`);
    }
  }
  if (question) {
    const step = language === "es" ? /^Paso \d+( de \d+)? \S/ : /^Step \d+( of \d+)? \S/;
    assert.match(headings[0].name, step, `${screen}: the heading names its step`);
  }

  const live = tree.filter((node) => node.live === "polite");
  assert.equal(facts.liveText === null, false, `${screen}: the live region exists`);
  if (result) {
    assert.ok(facts.liveText.length > 0 && facts.liveText.length <= 90, `${screen}: the announcement is short: "${facts.liveText}"`);
    assert.ok(live.length > 0, `${screen}: the live region is in the tree`);
  } else {
    assert.equal(facts.liveText, "", `${screen}: the live region is empty before anything is announced`);
  }

  assert.deepEqual(facts.broken, [], `${screen}: references that leave the shadow root`);
  assert.equal(facts.lang, language, `${screen}: the widget's root says its language`);
  assert.deepEqual(facts.wrongLang, [], `${screen}: text outside the widget's lang`);
  assert.deepEqual(facts.options, ["en:en", "es:es"], `${screen}: each language option carries its own lang`);
  await assertAccessible(assert, tab, screen, { include: "resistance-check" });
  return controls.map((node) => node.name);
}

/** Every screen of the quick path (first answers), then its result. */
async function walkQuick(opened, language, options = {}) {
  const names = [];
  await quickResultByFirstAnswers(opened.tab, {
    onScreen: async (screen) => {
      const result = screen === "result";
      const checked = await checkScreen(`${language} ${screen}`, opened, { language, question: !result, result, ...options });
      names.push(...checked);
    },
  });
  return names;
}

test("the quick path in English and in Spanish: roles, names in the visitor's language, headings, live region, lang", async () => {
  const english = await open("/en.html");
  const englishNames = await walkQuick(english, "en");
  const spanish = await open("/es.html");
  const spanishNames = await walkQuick(spanish, "es");
  const shared = spanishNames.filter((name) => englishNames.includes(name) && !SAME_IN_BOTH.test(name));
  assert.deepEqual([...new Set(shared)], [], "controls named in English on a Spanish widget");
  assert.deepEqual([...english.errors, ...spanish.errors], []);
  await english.tab.close();
  await spanish.tab.close();
});

test("the language switch changes the root's lang, and each option names itself in its own language", async () => {
  const opened = await open("/en.html");
  const { widget, tab } = opened;
  await widget.locator("#rc-language").selectOption("es");
  await tab.waitForFunction(() => document.querySelector("resistance-check").shadowRoot.querySelector("[data-ready][lang=es]"));
  await checkScreen("switched to Spanish", opened, { language: "es" });
  const options = await widget.locator("#rc-language option").evaluateAll((all) => all.map((option) => `${option.lang}:${option.textContent}`));
  assert.deepEqual(options, ["en:English", "es:Español"]);
  await tab.close();
});

test("headings start at the host's heading-level and go down one level at a time, on the questions and the result", async () => {
  const opened = await open("/level-3.html");
  await walkQuick(opened, "en", { level: 3 });
  // The page's own outline: its h1, its h2, then the widget's h3 and below.
  const levels = await opened.tab.evaluate(() => [...document.querySelectorAll("h1, h2")].map((h) => h.localName));
  assert.deepEqual(levels, ["h1", "h2"]);
  await opened.tab.close();
});

test("the detailed path: its screens, the error summary announced with a link to each field, the chart's result", async () => {
  const opened = await open("/en.html");
  const { widget, tab } = opened;
  await widget.locator(".rc-nav .rc-next").click();
  await widget.locator(".rc-path").nth(1).click();
  await widget.locator("#rc-v0-month").waitFor();
  await checkScreen("detailed treatments", opened, { language: "en" });

  // A failed Next: the summary is an alert, and each of its links focuses its field.
  await widget.locator("#rc-v0-month").selectOption("2");
  await widget.locator("#rc-v0-year").selectOption("2025");
  await widget.locator("#rc-v0-day").selectOption("30");
  await widget.locator("#rc-v0-units").fill("twenty");
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.locator(".rc-error-summary").waitFor();
  await checkScreen("detailed errors", opened, { language: "en" });
  const tree = await widgetTree(tab, opened.cdp);
  const alert = tree.find((node) => node.role === "alert");
  assert.ok(alert, "the error summary is an alert");
  assert.match(alert.name + (await widget.locator(".rc-error-summary [role=alert]").innerText()), /need another look/);
  const links = widget.locator(".rc-error-summary a");
  const targets = await links.evaluateAll((all) => all.map((link) => link.getAttribute("href").slice(1)));
  assert.deepEqual([...targets].sort(), ["rc-v0-month", "rc-v0-product", "rc-v0-result-0", "rc-v0-units"], "a link to each field in error");
  for (const [at, target] of targets.entries()) {
    await links.nth(at).click();
    const focused = await tab.evaluate(() => document.querySelector("resistance-check").shadowRoot.activeElement?.id);
    assert.equal(focused, target, `the summary's link to ${target} focuses it`);
  }

  await widget.locator("#rc-v0-day").selectOption("10");
  await widget.locator("#rc-v0-product").selectOption("botox");
  await widget.locator("#rc-v0-units").fill("20");
  await widget.locator("#rc-v0-result-1").check();
  await widget.locator("#rc-v0-lasted").fill("8");
  await widget.getByRole("button", { name: "Add another treatment" }).click();
  await widget.locator("#rc-v1-month").selectOption("6");
  await widget.locator("#rc-v1-year").selectOption("2025");
  await widget.locator("#rc-v1-product").selectOption("botox");
  await widget.locator("#rc-v1-units").fill("20");
  await widget.locator("#rc-v1-result-1").check();
  await widget.locator("#rc-v1-lasted").fill("6");
  await checkScreen("detailed two treatments", opened, { language: "en" });
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).waitFor();
  await checkScreen("detailed about you", opened, { language: "en" });
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
  await checkScreen("detailed result", opened, { language: "en", question: false, result: true });
  assert.deepEqual(opened.errors, []);
  await tab.close();
});

test("the seek-care screen in Spanish: its alert, its call links named, headings and lang", async () => {
  const opened = await open("/es.html");
  const { widget } = opened;
  await widget.locator(".rc-check input").first().check();
  await widget.locator(".rc-nav .rc-next").click();
  await widget.locator("[data-verdict=seek_care]").waitFor();
  const names = await checkScreen("es seek care", opened, { language: "es", question: false, result: true });
  assert.ok(names.some((name) => /911/.test(name)), "the emergency call link is named");
  const tree = await widgetTree(opened.tab, opened.cdp);
  assert.ok(tree.some((node) => node.role === "alert"), "the call for help is an alert");
  await opened.tab.close();
});
