// The first step before the wasm arrives, through the release build: the loader shows the
// HTML the build rendered from the Rust components, and the wasm takes it over. The wasm's
// response is held back (Playwright routing) so that each test can act on the prerendered
// step first: its structure against the live one's, boxes ticked and the button pressed
// early, focus, the language switch, a strict CSP with a clinic's (and a hostile) attributes,
// and a wasm that never comes.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, holdWasm, launchBrowser, openPage, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

const FALLBACK =
  '<p>Questions about your Botox? Call <a href="tel:+15550104444">(555) 010-4444</a> or ' +
  '<a href="https://clinic.example/book">book a free consultation</a>.</p>';

const page = ({ title = "Clinic page", body }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  `<script type="module" async src="/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>${title}</h1>${body}<p id="after">Text under the widget.</p></main></body></html>`;

const widget = (attributes = "") => `<resistance-check id="w" ${attributes}>${FALLBACK}</resistance-check>`;

// A clinic whose values the wasm must check first: the booking address is refused there.
const CLINIC =
  'clinic-name="Clínica Sol" doctor="Dra. Sol" phone="(555) 010-4444" booking-url="javascript:alert(1)" ' +
  'primary-color="#7a1f5c" corner-radius="0"';

const STRICT_CSP = { "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" };

const PAGES = {
  "/plain.html": page({ body: widget() }),
  "/spanish.html": page({ body: widget('lang="es-MX"') }),
  "/quick-only.html": page({ body: widget('paths="quick"') }),
  "/detailed-only.html": page({ body: widget('paths=" Detailed, fast"') }),
  "/french.html": page({ body: widget('lang="fr"') }),
  "/level-3.html": page({ body: widget('heading-level="3"') }),
  "/level-h1.html": page({ body: widget('heading-level=" H1 "') }),
  "/strict-clinic.html": page({ title: "Strict CSP clinic", body: widget(`lang="es" ${CLINIC}`) }),
};

let server;
let browser;
before(async () => {
  server = await serveDist({ pages: PAGES, headersFor: (path) => (path === "/strict-clinic.html" ? STRICT_CSP : {}) });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` with the wasm held back until `release()` (or refused, with `fail`), and
 * records CSP violations, host events and layout shifts from the start.
 */
async function openHeld(path, { fail = false, locale = null } = {}) {
  const context = locale ? (await launchBrowser({ locale })).context : browser.context;
  const opened = await openPage(context);
  const release = await holdWasm(opened.page, { fail });
  await opened.page.addInitScript(() => {
    window.cspViolations = [];
    window.hostEvents = [];
    window.shifts = [];
    document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(event.violatedDirective));
    for (const name of ["ready", "start", "result"]) {
      document.addEventListener(`resistance-check:${name}`, (event) => window.hostEvents.push({ type: name, detail: event.detail }));
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    }).observe({ type: "layout-shift", buffered: true });
  });
  await opened.page.goto(`${server.address}${path}`);
  await opened.page.waitForFunction(() => document.querySelector("#w").shadowRoot?.querySelector(".rc[data-rc-static] #rc-step-heading"));
  const close = async () => {
    await opened.page.close();
    if (locale) await context.close();
  };
  return { ...opened, release, close };
}

/** The widget's tree under `.rc`: tags, attributes and text, the contact panel's place as one mark. */
function structureOf() {
  const root = document.querySelector("#w").shadowRoot.querySelector(".rc");
  // Markers of which side rendered it, and the loader's busy mark; boolean attributes by name.
  const ignored = new Set(["data-rc-static", "data-prerendered", "data-ready", "aria-busy"]);
  const booleans = new Set(["selected", "checked", "disabled"]);
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent.trim() ? `text: ${node.textContent.trim()}` : null;
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    if (node.matches(".rc-contact, .rc-contact-pending")) return "(the contact panel's place)";
    const attributes = [...node.attributes]
      .filter((attribute) => !ignored.has(attribute.name))
      .map((attribute) => (booleans.has(attribute.name) ? attribute.name : `${attribute.name}=${attribute.value}`))
      .sort();
    return { tag: node.localName, attributes, children: [...node.childNodes].map(walk).filter(Boolean) };
  };
  return walk(root);
}

const inShadow = (page, script, arg) => page.evaluate(script, arg);
const liveReady = (page) => widgetReady(page, "#w");

for (const [path, locale, lang, steps, headingTag = "h2"] of [
  // Both paths offered: no count is promised before one is chosen.
  ["/plain.html", "en-US", "en", null],
  ["/plain.html", "es-ES", "es", null],
  ["/spanish.html", "en-US", "es", null],
  ["/french.html", "es-AR", "es", null],
  ["/quick-only.html", "en-US", "en", 10],
  ["/detailed-only.html", "en-US", "en", 4],
  // The host's heading level, before the wasm as after it.
  ["/level-3.html", "en-US", "en", null, "h3"],
  ["/level-h1.html", "es-ES", "es", null, "h1"],
]) {
  test(`the prerendered first step has the live one's structure (${path}, browser ${locale}: ${lang}, ${steps ?? "no count of"} steps)`, async () => {
    const { page, release, pageErrors, close } = await openHeld(path, { locale });
    const prerendered = await page.evaluate(structureOf);
    assert.equal(prerendered.children[0].attributes.find((a) => a.startsWith("lang=")), `lang=${lang}`);
    const tag = await inShadow(page, () => document.querySelector("#w").shadowRoot.getElementById("rc-step-heading").localName);
    assert.equal(tag, headingTag, "the step's heading at the host's level before the wasm");
    const progress = await inShadow(page, () => document.querySelector("#w").shadowRoot.querySelector(".rc-progress progress")?.max ?? null);
    assert.equal(progress, steps);
    release();
    await liveReady(page);
    const live = await page.evaluate(structureOf);
    assert.deepEqual(live, prerendered, "the live first step differs from the prerendered one");
    assert.equal(await inShadow(page, () => document.querySelector("#w").shadowRoot.querySelectorAll(".rc").length), 1);
    assert.deepEqual(pageErrors, []);
    await close();
  });
}

test("boxes ticked before the wasm stay ticked, and focus stays on the box", async () => {
  const { page, release, pageErrors, close } = await openHeld("/plain.html");
  const host = page.locator("#w");
  await host.locator("#rc-flag-vision").check();
  await host.locator("#rc-flag-bladder").check();
  await host.locator("#rc-flag-bladder").focus();
  release();
  await liveReady(page);
  const after = await inShadow(page, () => {
    const shadow = document.querySelector("#w").shadowRoot;
    return {
      ticked: [...shadow.querySelectorAll("input:checked")].map((input) => input.id),
      focused: shadow.activeElement?.id ?? null,
      button: shadow.querySelector(".rc-nav button").textContent,
    };
  });
  assert.deepEqual(after.ticked, ["rc-flag-vision", "rc-flag-bladder"]);
  assert.equal(after.focused, "rc-flag-bladder");
  // The live widget knows them: its button now reads as for ticked boxes, and they lead on.
  assert.equal(after.button, "Continue");
  await host.locator(".rc-nav button").click();
  await page.waitForFunction(() => window.hostEvents.some((event) => event.type === "result"));
  const result = await page.evaluate(() => window.hostEvents.find((event) => event.type === "result").detail.verdict);
  assert.equal(result, "seek_care");
  assert.deepEqual(pageErrors, []);
  await close();
});

// The choice of path fits the space reserved for the first step, so nothing below moves. The
// seek-care result is taller: after an early press the text below it moves down once, when
// the answer arrives (README, "Embed it").
for (const [ticks, verdictOrStep, fits] of [
  [[], "the choice of path", true],
  [["rc-flag-breathing"], "seek_care", false],
]) {
  test(`a press of the button before the wasm is kept: busy, then on to ${verdictOrStep}${fits ? "; nothing moves" : ""}`, async () => {
    const { page, release, pageErrors, close } = await openHeld("/plain.html");
    const host = page.locator("#w");
    for (const id of ticks) await host.locator(`#${id}`).check();
    const heading = await host.locator("#rc-step-heading").textContent();
    await host.locator(".rc-nav button").click();
    assert.equal(await host.locator(".rc-nav button").getAttribute("aria-busy"), "true");
    await screenshot(page, `prerender-pressed-early${ticks.length ? "-with-symptom" : ""}`);
    // A second press while waiting is the same press.
    await host.locator(".rc-nav button").click();
    const top = await page.locator("#after").boundingBox();
    // Well past the 500 ms after the press in which a shift would count as the visitor's.
    await page.waitForTimeout(700);
    release();
    await page.waitForFunction(
      (before) => {
        const shadow = document.querySelector("#w").shadowRoot;
        return shadow.querySelector("[data-ready]") && shadow.querySelector("#rc-step-heading")?.textContent !== before;
      },
      heading,
    );
    const state = await inShadow(page, () => {
      const shadow = document.querySelector("#w").shadowRoot;
      return { focused: shadow.activeElement?.id ?? null, checks: shadow.querySelectorAll(".rc-checks").length };
    });
    assert.equal(state.checks, 0, "the widget went on past the first step");
    assert.equal(state.focused, "rc-step-heading", "focus moves to the new step's heading, as after any press");
    const events = await page.evaluate(() => window.hostEvents.map((event) => event.type));
    assert.equal(events.filter((type) => type === "start").length, 1, events.join());
    if (verdictOrStep === "seek_care") {
      const verdict = await page.evaluate(() => window.hostEvents.find((event) => event.type === "result")?.detail.verdict);
      assert.equal(verdict, "seek_care");
    } else {
      assert.equal(await host.locator(".rc-path").count(), 2);
    }
    // The text under the widget has not moved, and no shift counted.
    await settle(page);
    if (fits) {
      assert.deepEqual(await page.locator("#after").boundingBox(), top);
      const shifts = await page.evaluate(() => window.shifts.filter((shift) => !shift.hadRecentInput));
      assert.deepEqual(shifts, []);
    }
    await assertAccessible(assert, page, "after an early press");
    assert.deepEqual(pageErrors, []);
    await close();
  });
}

test("the language switched before the wasm stays, with the boxes ticked", async () => {
  const { page, release, pageErrors, close } = await openHeld("/plain.html");
  const host = page.locator("#w");
  await host.locator("#rc-flag-speech").check();
  await host.locator("#rc-language").selectOption("es");
  assert.equal(await host.locator("[lang]").first().getAttribute("lang"), "es");
  assert.ok(await host.locator("#rc-flag-speech").isChecked());
  const spanishHeading = await host.locator("#rc-step-heading").textContent();
  release();
  await liveReady(page);
  assert.equal(await host.locator("[data-ready]").getAttribute("lang"), "es");
  assert.equal(await host.locator("#rc-step-heading").textContent(), spanishHeading);
  assert.ok(await host.locator("#rc-flag-speech").isChecked());
  assert.equal(await inShadow(page, () => document.querySelector("#w").shadowRoot.activeElement?.id), "rc-language");
  assert.deepEqual(pageErrors, []);
  await close();
});

test("under a strict CSP, in Spanish with a clinic's attributes: no violation, and nothing unchecked shows first", async () => {
  const { page, release, pageErrors, consoleMessages, close } = await openHeld("/strict-clinic.html");
  const host = page.locator("#w");
  const before = await inShadow(page, () => document.querySelector("#w").shadowRoot.innerHTML);
  for (const value of ["Clínica Sol", "Dra. Sol", "010-4444", "javascript:", "Dr. Alex", "Encino", "010-0199", "example.com"]) {
    assert.ok(!before.includes(value), `${value} in the first paint`);
  }
  const links = await inShadow(page, () => document.querySelector("#w").shadowRoot.querySelectorAll("a").length);
  assert.equal(links, 0, "no link before the wasm has checked the clinic's values");
  assert.equal(await host.locator("[lang]").first().getAttribute("lang"), "es");
  // Styled from the first paint: the constructed stylesheet applies.
  const button = await inShadow(page, () => getComputedStyle(document.querySelector("#w").shadowRoot.querySelector(".rc-nav button")).minHeight);
  assert.equal(button, "44px");
  await assertAccessible(assert, page, "prerendered first step, strict CSP");
  release();
  await liveReady(page);
  // The refused booking address never becomes a link; the clinic's phone does.
  assert.equal(await host.locator("a[href^='javascript:']").count(), 0);
  // No time zone given: the widget cannot place the number, so its link keeps the digits.
  assert.equal(await host.locator("a.rc-call").getAttribute("href"), "tel:5550104444");
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(consoleMessages.filter((message) => /Refused|Content Security Policy/i.test(message.text)), []);
  assert.deepEqual(pageErrors, []);
  await close();
});

test("if the wasm fails, the element's own contact shows and the first step stays readable", async () => {
  const { page, release, close } = await openHeld("/plain.html", { fail: true });
  release();
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector("slot"));
  const host = page.locator("#w");
  assert.ok(await page.locator("#w > p a[href^='tel:']").isVisible());
  assert.ok(await page.locator("#w > p a[href*='book']").isVisible());
  assert.ok(await host.locator("#rc-step-heading").isVisible());
  assert.ok(await host.locator(".rc-main > p").first().isVisible());
  assert.ok(await host.locator(".rc-nav button").isDisabled(), "nothing would answer the button now");
  assert.equal(await page.evaluate(() => document.querySelector("#w").style.minHeight), "");
  await screenshot(page, "prerender-wasm-failed");
  await assertAccessible(assert, page, "wasm failed after the first step was shown");
  await close();
});
