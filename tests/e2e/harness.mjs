// Shared set-up of the end-to-end tests: Debian's Chromium driven by playwright-core with a
// fresh profile per test file, the release build served on 127.0.0.1, axe-core checks and
// screenshots.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/perf.mjs";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "artifacts", "screenshots");



/** A fresh Chromium profile; close() also removes it. */
export async function launchBrowser({ viewport = { width: 1280, height: 900 }, locale = "en-US", ...rest } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "rc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
    ...rest,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Serves dist/ (and any extra test pages) on a free port of 127.0.0.1. */
export const serveDist = (options = {}) => startServer({ root: DIST, ...options });

/** Opens a page and records what it logs and requests. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const consoleMessages = [];
  const pageErrors = [];
  const requests = [];
  page.on("console", (message) =>
    consoleMessages.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? "" }),
  );
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("request", (request) => requests.push({ url: request.url(), method: request.method(), postData: request.postData() }));
  if (url) await page.goto(url);
  return { page, consoleMessages, pageErrors, requests };
}

/**
 * Holds the page's wasm request back until the returned function is called (then it goes
 * on, or is refused with `fail`), so that a test sees the loader's first step alone.
 */
export async function holdWasm(page, { fail = false } = {}) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    if (fail) await route.abort();
    else await route.continue();
  });
  return release;
}

/** Waits until the widget in `host` (a locator or selector) has mounted. */
export async function widgetReady(page, selector = "resistance-check") {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((host) => host.shadowRoot?.querySelector(".rc:not([hidden]) [data-ready]")),
    selector,
    { timeout: 20_000 },
  );
}

const require = createRequire(import.meta.url);
let axeSource = null;

/**
 * Runs axe-core on the page, shadow roots included, or only on the elements matching
 * `include` (e.g. the widget on a test page whose own styles are deliberately bad), with the
 * rules in `disabledRules` off; returns its violations.
 */
export async function axeViolations(page, { include = null, disabledRules = [] } = {}) {
  axeSource ??= await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  const present = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!present) await page.evaluate(axeSource);
  const violations = await page.evaluate(async ([include, disabledRules]) => {
    const context = include ? { include: [[include]] } : document;
    const result = await window.axe.run(context, {
      rules: Object.fromEntries(disabledRules.map((id) => [id, { enabled: false }])),
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => JSON.stringify(node.target)).slice(0, 5),
    }));
  }, [include, disabledRules]);
  return violations;
}

/** Fails with a readable list when axe finds anything (options as for axeViolations). */
export async function assertAccessible(assert, page, state, options = {}) {
  const violations = await axeViolations(page, options);
  assert.deepEqual(violations, [], `axe-core violations in state "${state}":\n${JSON.stringify(violations, null, 2)}`);
}

/** Waits two frames, so that a resize's layout and the observers it triggers have run. */
export const settle = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Saves a screenshot of the page under artifacts/screenshots/. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * The elements of the widget in `host` (a selector) that stick out of the element they are
 * in, sideways, or that hide part of their content behind a sideways scroll; empty when
 * everything fits. Hidden elements, screen-reader-only ones (clipped to a pixel) and the
 * inside of drawings (checked as a whole) are left out.
 */
export function elementsWiderThanTheirContainer(page, host = "resistance-check") {
  return page.evaluate((host) => {
    const shadow = document.querySelector(host).shadowRoot;
    const name = (element) =>
      `${element.localName}${element.id ? `#${element.id}` : ""}${element.classList.length ? `.${[...element.classList].join(".")}` : ""}`;
    const found = [];
    const clipped = (element) => {
      for (let at = element; at; at = at.parentElement) if (getComputedStyle(at).clip !== "auto") return true;
      return false;
    };
    for (const element of shadow.querySelectorAll(".rc, .rc *")) {
      if (element.parentElement?.closest("svg") || clipped(element)) continue;
      if (element.getClientRects().length === 0) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      const outer = (element.parentElement ?? shadow.host).getBoundingClientRect();
      if (box.left < outer.left - 1 || box.right > outer.right + 1) {
        found.push(`${name(element)} (${Math.round(box.left)}..${Math.round(box.right)} in ${Math.round(outer.left)}..${Math.round(outer.right)})`);
      }
      if (getComputedStyle(element).overflowX !== "visible" && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)} scrolls sideways (${element.scrollWidth} in ${element.clientWidth})`);
      }
    }
    return found;
  }, host);
}

/** Page-wide checks of the layout: no sideways scroll, and nothing sticks out of its box. */
export async function assertFits(assert, page, state, host = "resistance-check") {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(sideways <= 0, `${state}: the page scrolls sideways by ${sideways} px`);
  assert.deepEqual(await elementsWiderThanTheirContainer(page, host), [], `${state}: elements wider than their container`);
}


/**
 * Goes on from the step the widget shows to a quick-check result, in whatever language it
 * speaks, by the first answer of each question (those lead to a result with a call to
 * action) or, while there are any, by the `answers` named in order; `onScreen` is called with each screen's name ("safety", "choice of path",
 * "quick step 3", ..., "result") before it is answered.
 */
export async function quickResultByFirstAnswers(page, { onScreen = async () => {}, host = "resistance-check", answers = [] } = {}) {
  const widget = page.locator(host);
  const named = [...answers];
  for (let screens = 0; ; screens += 1) {
    if (screens > 14) throw new Error("the quick check did not reach a result in 14 screens");
    if (await widget.locator("[data-verdict]").count()) break;
    const [paths, choices, flags] = await Promise.all([".rc-path", ".rc-choice", "[id^=rc-flag-]"].map((s) => widget.locator(s).count()));
    await onScreen(flags ? "safety" : paths ? "choice of path" : `quick step ${screens + 1}`);
    const asked = await widget.locator("#rc-step-heading").innerText();
    if (paths) await widget.locator(".rc-path").first().click();
    else if (choices && named.length) await widget.getByRole("button", { name: named.shift(), exact: true }).click();
    else if (choices) await widget.locator(".rc-choice").first().click();
    else await widget.locator(".rc-nav .rc-next").click();
    await page.waitForFunction(
      ([host, asked]) => {
        const shadow = document.querySelector(host).shadowRoot;
        return shadow.querySelector("[data-verdict]") || shadow.getElementById("rc-step-heading")?.innerText !== asked;
      },
      [host, asked],
    );
  }
  await onScreen("result");
}
