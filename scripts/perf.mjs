// Measurements shared by the benchmark (scripts/bench.mjs) and the budget tests
// (tests/e2e/budgets.test.mjs): fresh page loads in headless Chromium timed to the widget's
// first step being shown and to its answer to an early press, the bytes before the first
// step, layout shift, Lighthouse, and the engine in the browser.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without these Debian's Chromium, run as root on a closed network, refuses to start or
// floods the network with background requests.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * What the test command holds the widget to (tests/e2e/budgets.test.mjs; the size report
 * stage of scripts/test.sh checks the same size), over the brotli copies the server sends.
 *
 * firstStepSlow: on the slow phone connection (SLOW_NETWORK), the median time until the
 * first step is shown should be at most the floor page's (web/floor.html: the step as
 * static HTML) times `factor`, plus one round trip: the loader's own request, which a page
 * that links a script cannot avoid (the test command holds it pair by pair with a sign test,
 * `firstStepSlowVerdict`, and scripts/bench.mjs reports it). bytesBeforeFirstStep: what may
 * arrive before the first step is shown (the demo page, its stylesheet and the loader),
 * which the test command holds, since bytes do not vary with the machine's load. brotliCeiling is a ceiling just above the size after the
 * first step was prerendered (issue 15), issue 11's print summary, counted phrases, clinic
 * clock and per-language button text (162,021), and the contract's serde derives in the
 * wasm (204,616 with the loader of ae38335; docs/decisions.md), then the analytics opt-in
 * (204,903), then the snippet builder's validator moved into the wasm (issue 13: 209,288), then
 * issue 12's call to action, lighter history, chart, contact links and step context (224,175 after the review), then
 * issue 23's entries (weeks as people say them, the quick check remembered: 232,246)
 * and the rest of issue 23 with issue 26's accessibility work (the emergency numbers, doses
 * quoted as entered, heading-level, the error summary's links, the minute that keeps "open
 * now" current: 240,757), so that
 * no change grows the widget unnoticed;
 * issue 6's 110,000-byte goal is retired, time to the first step replaces it.
 */
export const BUDGETS = {
  brotliCeiling: 241_200,
  layoutShift: 0,
  accessibility: 100,
  firstStepSlow: { factor: 1.3, roundTrips: 1 },
  bytesBeforeFirstStep: 6_200,
};

/** A desktop window and the phone Lighthouse emulates (Moto G Power). */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 412, height: 823 },
};

/**
 * What "the first step is shown" means: the first step's primary button (the safety
 * screen's "None of these, continue") is in the document or in the widget's shadow root, not
 * disabled, and shown: where the widget links its stylesheet (no constructed stylesheets),
 * it keeps its root hidden until the file has loaded. Before the wasm it is the loader's
 * prerendered step, whose button keeps a press for the wasm. The widget has *answered* a
 * press when its live root (data-ready) shows a step without the safety screen's boxes.
 */
export const FIRST_STEP = {
  primary: ".rc-main button:not(:disabled)",
  hiddenRoot: ".rc[hidden]",
  answered: "[data-ready] .rc-main",
  firstStepOnly: ".rc-checks",
};

/**
 * Runs in the page before any of its scripts. It watches the document and every shadow root
 * as it is attached, and the moment (the microtask after the DOM change) the first step
 * matches FIRST_STEP it sets `performance.mark("rc-first-step-shown")`: its startTime
 * is milliseconds since navigation start. With `press`, it then presses the widget's button
 * at once (a static page has nothing to answer with, so there the press is not made) and
 * marks "rc-press-answered" when the widget shows the next step. It also records every
 * layout shift, including those before it ran (buffered). No polling and no timers.
 */
function probe({ primary, hiddenRoot, answered, firstStepOnly, press }) {
  const roots = [document];
  const options = { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "hidden", "data-ready"] };
  let pressedIn = null;
  const check = () => {
    if (pressedIn) {
      if (pressedIn.querySelector(answered) && !pressedIn.querySelector(firstStepOnly)) {
        performance.mark("rc-press-answered");
        observer.disconnect();
      }
      return;
    }
    for (const root of roots) {
      const button = root.querySelector(primary);
      if (!button || root.querySelector(hiddenRoot)) continue;
      performance.mark("rc-first-step-shown", { detail: root === document ? "document" : "shadow root" });
      if (press && root !== document) {
        pressedIn = root;
        button.click();
        check();
      } else {
        observer.disconnect();
      }
      return;
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    roots.push(shadow);
    observer.observe(shadow, options);
    return shadow;
  };
  window.__rcShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__rcShifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: (entry.sources ?? []).map((source) => {
          const node = source.node;
          const name = node ? `${node.nodeName.toLowerCase()}${node.className ? `.${String(node.className).trim().replace(/\s+/g, ".")}` : ""}` : "?";
          return `${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`;
        }),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/**
 * A slow phone connection for `loadOnce`'s `network` option, applied by Chromium itself
 * (DevTools network emulation): 150 ms round trips, 1.6 Mbps down, 750 kbps up.
 */
export const SLOW_NETWORK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** One Chromium for many loads; each load gets its own context: an empty cache and profile. */
export async function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Loads `url` in a fresh context and returns the milliseconds from navigation start to the
 * first step being shown (`shownMs`), where it was found, the bytes (response bodies as
 * sent) of every file that had fully arrived by then, and, with `press`, when the widget
 * answered a press of its button made the moment it was shown (`answeredMs`; a static page
 * answers at once: its `shownMs`); with `settle`, the layout shifts once the page and the
 * widget have finished loading.
 */
export async function loadOnce(browser, url, { viewport = VIEWPORTS.desktop, settle = false, network = null, press = false } = {}) {
  const context = await browser.newContext({ viewport, locale: "en-US" });
  try {
    const page = await context.newPage();
    if (network) {
      const devtools = await context.newCDPSession(page);
      await devtools.send("Network.enable");
      await devtools.send("Network.emulateNetworkConditions", { offline: false, ...network });
    }
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.addInitScript(probe, { ...FIRST_STEP, press });
    await page.goto(url, { waitUntil: "load" });
    const marked = (name) =>
      page.waitForFunction(
        (name) => {
          const [entry] = performance.getEntriesByName(name);
          return entry ? { at: entry.startTime, via: entry.detail } : null;
        },
        name,
        { timeout: 30_000 },
      ).then((handle) => handle.jsonValue());
    const { at, via } = await marked("rc-first-step-shown");
    const answeredMs = press && via !== "document" ? (await marked("rc-press-answered")).at : press ? at : null;
    if (settle || press) await page.waitForLoadState("networkidle");
    const bytesBeforeShown = await page.evaluate((shownAt) => {
      const files = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
        .filter((entry) => entry.responseEnd <= shownAt)
        .map((entry) => ({ name: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
      return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
    }, at);
    let shifts = null;
    if (settle) {
      // Nothing left to load, then two frames so that the last layout is reported.
      shifts = await page.evaluate(
        () =>
          new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__rcShifts)))),
      );
    }
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join("; ")}`);
    return { shownMs: at, via, answeredMs, bytesBeforeShown, shifts };
  } finally {
    await context.close();
  }
}

/**
 * Fresh loads of the demo page (`demoUrl`) and of the floor (`floorUrl`), interleaved so
 * that a slow moment of a shared machine hits both alike, after one uncounted load of each
 * (the server and the disk cache warm up). Options as for `loadOnce`; returns both lists.
 */
export async function interleavedLoads(browser, demoUrl, floorUrl, loads, options = {}) {
  await loadOnce(browser, demoUrl, options);
  await loadOnce(browser, floorUrl, options);
  const demo = [];
  const floor = [];
  for (let i = 0; i < loads; i += 1) {
    demo.push(await loadOnce(browser, demoUrl, options));
    floor.push(await loadOnce(browser, floorUrl, options));
  }
  return { demo, floor };
}

/** The slow-connection budget for the first step, from the floor's time. */
const firstStepSlowBudgetMs = (floorMs) =>
  floorMs * BUDGETS.firstStepSlow.factor + BUDGETS.firstStepSlow.roundTrips * SLOW_NETWORK.latency;

/**
 * How the slow-connection budget fared over interleaved loads (`interleavedLoads`): the
 * medians and the budget from the floor's median, and, pair by pair (a demo load and the
 * floor load right after it, which a slow moment of the machine hits alike), how many demo
 * loads met the budget from their own floor load. `chance` is a one-sided sign test: how
 * likely so few pairs would meet it if the demo's median sat exactly on the budget, so a
 * small `chance` (under 0.05) means the demo is over the budget beyond the noise of the
 * measurement.
 */
export function firstStepSlowVerdict(demo, floor) {
  const demoMs = median(demo.map((load) => load.shownMs));
  const floorMs = median(floor.map((load) => load.shownMs));
  const pairs = demo.length;
  const met = demo.filter((load, i) => load.shownMs <= firstStepSlowBudgetMs(floor[i].shownMs)).length;
  return { demoMs, floorMs, budgetMs: firstStepSlowBudgetMs(floorMs), pairs, met, chance: binomialAtMost(met, pairs) };
}

/** P(X <= k) for X ~ Binomial(n, 1/2): the sign test's one-sided p-value. */
function binomialAtMost(k, n) {
  let choose = 1;
  let sum = 0;
  for (let i = 0; i <= k; i += 1) {
    sum += choose;
    choose = (choose * (n - i)) / (i + 1);
  }
  return sum / 2 ** n;
}

/** The sum of the layout shift values: at least the page's CLS, and 0 exactly when CLS is 0. */
export const layoutShift = (shifts) => shifts.reduce((sum, shift) => sum + shift.value, 0);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Lighthouse (default: mobile, simulated throttling) on `url`, driving Debian's Chromium
 * through chrome-launcher with a fresh profile. Returns the category scores (0–100), the
 * main metrics and the ids of failed audits.
 */
export async function runLighthouse(url, categories = ["performance", "accessibility"]) {
  const userDataDir = await mkdtemp(join(tmpdir(), "rc-lighthouse-"));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    userDataDir,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: categories, logLevel: "error", output: "json" });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]));
    const metrics = {};
    for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"]) {
      if (lhr.audits[id]) metrics[id] = lhr.audits[id].displayValue;
    }
    const failed = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode))
      .map((audit) => audit.id);
    return { scores, metrics, failed, warnings: lhr.runWarnings };
  } finally {
    await chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/**
 * The median time of `window.ResistanceCheck.assess(history)` on the demo page, in
 * milliseconds: batches of calls, because the browser's clock is coarse (100 µs).
 */
export async function engineInBrowser(browser, url, history, { batches = 31, perBatch = 10 } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(
      async ({ history, batches, perBatch }) => {
        const assess = window.ResistanceCheck.assess;
        const first = await assess(history);
        if (!first || typeof first.verdict !== "string") throw new Error("assess gave no verdict");
        for (let i = 0; i < 20; i += 1) await assess(history);
        const times = [];
        for (let batch = 0; batch < batches; batch += 1) {
          const start = performance.now();
          for (let i = 0; i < perBatch; i += 1) await assess(history);
          times.push((performance.now() - start) / perBatch);
        }
        times.sort((a, b) => a - b);
        return { medianMs: times[times.length >> 1], verdict: first.verdict };
      },
      { history, batches, perBatch },
    );
  } finally {
    await context.close();
  }
}
