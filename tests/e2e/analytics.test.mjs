// What the page's analytics learn, through the release build: after each verdict (the
// seek-care screen included) `window.dataLayer` is read in the default mode, where no push
// carries a verdict or anything else from the answers, and with `analytics-verdict`, where
// the result push carries the verdict id except seek_care's. The page's own result event
// keeps the verdict; no request or URL carries an answer; the first screen's privacy line
// says what each configuration lets out; share-verdict never links seek_care.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { DIST, assertAccessible, holdWasm, launchBrowser, openPage, serveDist, widgetReady } from "./harness.mjs";

const VERDICTS = ["seek_care", "too_early", "correctable", "possible_resistance", "unclear", "no_concern"];

const FALLBACK =
  '<p>Call <a href="tel:+15550100199">(555) 010-0199</a> or <a href="https://clinic.example/book">book a consultation</a>.</p>';
const page = (attributes) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Analytics page</title>` +
  `<script>window.dataLayer = [];</script>` +
  `<script type="module" async src="/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>Analytics page</h1><resistance-check id="w" booking-url="https://clinic.example/book" ${attributes}>` +
  `${FALLBACK}</resistance-check></main></body></html>`;

const MODES = {
  default: { path: "/default.html", attributes: "", verdictCounted: false },
  "analytics-verdict": { path: "/opted-in.html", attributes: "analytics-verdict", verdictCounted: true },
};
const PAGES = {
  [MODES.default.path]: page(MODES.default.attributes),
  [MODES["analytics-verdict"].path]: page(MODES["analytics-verdict"].attributes),
  "/sharing.html": page("share-verdict"),
};

const isoDaysAgo = (days) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const visit = (date, units, result, lasted_weeks, product = "botox") => ({
  date, product, units, areas: ["frown_lines"], result, ...(lasted_weeks ? { lasted_weeks } : {}),
});

// Histories in the contract's form, loaded as a file, with answers that would stand out
// anywhere they leaked (27.5 units, dysport, "male", "autoimmune", the dates).
const HISTORIES = {
  too_early: { treatments: [visit(isoDaysAgo(5), 27.5, "not_yet")] },
  correctable: {
    sex: "male",
    treatments: [
      visit("2025-01-05", 27.5, "full", 13, "dysport"),
      visit("2025-05-10", 27.5, "full", 13, "dysport"),
      visit("2025-09-14", 27.5, "full", 12, "dysport"),
      visit("2026-02-01", 12.5, "partial", 6, "dysport"),
    ],
  },
  possible_resistance: {
    autoimmune: true,
    treatments: [
      visit("2022-01-10", 27.5, "full", 14),
      visit("2022-05", 27.5, "full", 13),
      visit("2022-09", 27.5, "full", 13),
      visit("2023-01", 27.5, "partial", 9),
      visit("2023-05", 27.5, "partial", 6),
    ],
  },
  unclear: { treatments: [visit("2025-03", 27.5, "none"), visit("2025-08", 31.5, "none")] },
  no_concern: {
    treatments: [
      visit("2025-06", 27.5, "full", 13, "xeomin"),
      visit("2025-10", 27.5, "full", 13, "xeomin"),
      visit("2026-02", 27.5, "full", 14, "xeomin"),
    ],
  },
};
// Values of the histories above that must appear in no push, event, URL or request.
const ANSWERS = ["27.5", "12.5", "31.5", "dysport", "xeomin", "botox", "male", "autoimmune", "2025-", "2022-", "frown"];

let server;
let browser;
let widgetFiles;
before(async () => {
  server = await serveDist({ pages: PAGES });
  browser = await launchBrowser();
  widgetFiles = (await readdir(DIST)).filter(
    (name) => name === "resistance-check.js" || /^(resistance-check-[0-9a-f]+(_bg\.wasm|\.js)|widget-[0-9a-f]+\.css)$/.test(name),
  );
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` with the page's result events logged and link clicks kept on the page. */
async function open(path) {
  const opened = await openPage(browser.context);
  await opened.page.addInitScript(() => {
    window.resultEvents = [];
    document.addEventListener("resistance-check:result", (event) => window.resultEvents.push(event.detail));
    document.addEventListener("click", (event) => {
      if (event.composedPath().some((node) => node.localName === "a")) event.preventDefault();
    });
  });
  await opened.page.goto(`${server.address}${path}`);
  await widgetReady(opened.page, "#w");
  return { ...opened, widget: opened.page.locator("#w") };
}

/** Reaches `verdict`: a symptom on the safety screen for seek_care, else a loaded history. */
async function reach(widget, verdict) {
  if (verdict === "seek_care") {
    await widget.getByLabel("Trouble breathing").check();
    await widget.getByRole("button", { name: "Continue", exact: true }).click();
  } else {
    await widget.getByRole("button", { name: "None of these, continue" }).click();
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    const file = JSON.stringify(HISTORIES[verdict]);
    await widget.locator("#rc-load").setInputFiles({ name: "history.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await widget.locator("#rc-load-message").waitFor();
    await widget.getByRole("button", { name: "Next", exact: true }).click();
    await widget.getByRole("button", { name: "See my result" }).click();
  }
  await widget.locator("[data-verdict]").waitFor();
  assert.equal(await widget.locator("[data-verdict]").getAttribute("data-verdict"), verdict);
}

/** The quick check answered with each question's last option ("I don't know", "I'm not
 * sure") throughout; returns the verdict it gave. */
async function quickCheckNotKnowing(widget) {
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("button", { name: /^Quick check/ }).click();
  const result = widget.locator("[data-verdict]");
  const seeResult = widget.getByRole("button", { name: "See my result" });
  const heading = widget.locator("#rc-step-heading");
  for (let question = 0; question < 12 && !(await seeResult.isVisible()); question++) {
    const asked = await heading.innerText();
    await widget.locator(".rc-choices button.rc-choice").last().click();
    await widget.page().waitForFunction(
      ([host, asked]) => document.querySelector(host).shadowRoot.querySelector("#rc-step-heading")?.innerText !== asked,
      ["#w", asked],
    );
  }
  await seeResult.click();
  await result.waitFor();
  return result.getAttribute("data-verdict");
}

/** Everything the page's analytics hold, as pushed and as one string. */
async function dataLayerOf(page) {
  const dataLayer = await page.evaluate(() => window.dataLayer);
  return { dataLayer, serialized: JSON.stringify(dataLayer) };
}

/** The dataLayer after a result reads as `mode` allows, and so does the page's own event. */
async function assertAnalyticsAfter(page, mode, verdict) {
  const { dataLayer, serialized } = await dataLayerOf(page);
  const counted = MODES[mode].verdictCounted && verdict !== "seek_care";
  assert.deepEqual(
    dataLayer.map((push) => push.event),
    ["resistance_check_ready", "resistance_check_start", "resistance_check_result"],
    `${mode}, ${verdict}: opened, started, finished`,
  );
  assert.deepEqual(
    dataLayer.at(-1),
    counted ? { event: "resistance_check_result", verdict } : { event: "resistance_check_result" },
    `${mode}, ${verdict}: the result push`,
  );
  for (const id of VERDICTS) {
    const expected = counted && id === verdict;
    assert.equal(serialized.includes(id), expected, `${mode}, ${verdict}: "${id}" in the dataLayer: ${serialized}`);
  }
  if (!counted) assert.doesNotMatch(serialized, /verdict/, `${mode}, ${verdict}: no verdict key`);
  // The page's own event keeps the verdict, and says which may leave the page (the same rule).
  const own = counted ? { verdict, analyticsVerdict: verdict } : { verdict };
  assert.deepEqual(await page.evaluate(() => window.resultEvents), [own], "the page's own event keeps the verdict");
}

for (const mode of Object.keys(MODES)) {
  describe(`dataLayer, ${mode}`, () => {
    for (const verdict of VERDICTS) {
      test(`after ${verdict}`, async () => {
        const { page, widget, pageErrors } = await open(MODES[mode].path);
        await reach(widget, verdict);
        await assertAnalyticsAfter(page, mode, verdict);
        assert.deepEqual(pageErrors, []);
        await page.close();
      });
    }

    test("after the quick check, then booking and call clicks; no request or URL carries an answer", async () => {
      const { page, widget, requests } = await open(MODES[mode].path);
      const verdict = await quickCheckNotKnowing(widget);
      await assertAnalyticsAfter(page, mode, verdict);
      await widget.locator("a.rc-call").first().click();
      await widget.locator("a.rc-book").first().click();
      await page.waitForFunction(() => window.dataLayer.some((push) => push.event === "generate_lead"));
      const { dataLayer } = await dataLayerOf(page);
      assert.deepEqual(dataLayer.slice(3), [
        { event: "resistance_check_call_click" },
        { event: "resistance_check_booking_click" },
        { event: "generate_lead", lead_source: "resistance_check" },
      ]);
      // A loaded history's answers, after the quick check's, in the same page.
      await widget.getByRole("button", { name: "Start over" }).click();
      await reach(widget, "correctable");
      await page.waitForLoadState("networkidle");
      const everything = JSON.stringify({
        dataLayer: await page.evaluate(() => window.dataLayer),
        url: await page.evaluate(() => location.href),
        requests,
      });
      for (const answer of ANSWERS) assert.ok(!everything.includes(answer), `"${answer}" left the widget: ${everything}`);
      const allowed = new Set([`${server.address}${MODES[mode].path}`, ...widgetFiles.map((name) => `${server.address}/${name}`)]);
      assert.deepEqual(
        requests.filter((request) => !allowed.has(request.url) || request.method !== "GET" || request.postData),
        [],
        "requests other than the page and the widget's own files",
      );
      await page.close();
    });
  });
}

describe("what the visitor is told, and the booking link", () => {
  const lineOf = (widget) => widget.locator(".rc-privacy").innerText();

  test("the default privacy line: answers stay, the site may count the check but never answers or result", async () => {
    const { page, widget } = await open(MODES.default.path);
    const line = await lineOf(widget);
    assert.match(line, /^Your answers stay in this browser/);
    assert.match(line, /may count that this check was opened, started and finished, but never your answers or your result\.$/);
    assert.doesNotMatch(line, /kind of result|Booking/);
    await widget.getByRole("combobox", { name: "Language" }).selectOption("es");
    assert.match(await lineOf(widget), /pero nunca sus respuestas ni su resultado\.$/);
    await assertAccessible(assert, page, "safety screen, Spanish, default privacy line");
    await page.close();
  });

  test("with analytics-verdict the line says the kind of result may be counted, never an urgent-care one", async () => {
    const { page, widget } = await open(MODES["analytics-verdict"].path);
    const line = await lineOf(widget);
    assert.match(line, /and the kind of result you got \(never one that says to get medical help now\), but never your answers\.$/);
    assert.doesNotMatch(line, /Booking/);
    await page.close();
  });

  test("with share-verdict the line names the booking link, which never carries seek_care", async () => {
    const { page, widget } = await open("/sharing.html");
    assert.match(await lineOf(widget), /your result\. Booking from your result tells the clinic the kind of result you got\.$/);
    await reach(widget, "seek_care");
    const hrefs = await widget.locator("a[href]").evaluateAll((links) => links.map((link) => link.href));
    assert.ok(hrefs.length > 0, "the seek-care screen keeps its phone links");
    assert.deepEqual(hrefs.filter((href) => href.includes("rc_verdict")), [], "no link carries seek_care");
    assert.equal(await widget.locator("a.rc-book").count(), 0, "no booking pitch on the seek-care screen");
    // The sharing itself still works for the other verdicts, and the dataLayer stays quiet.
    await widget.getByRole("button", { name: "Start over" }).click();
    await page.evaluate(() => { window.dataLayer.length = 0; window.resultEvents.length = 0; });
    await reach(widget, "possible_resistance");
    const booking = new URL(await widget.locator("a.rc-book").first().getAttribute("href"));
    assert.equal(booking.searchParams.get("rc_verdict"), "possible_resistance");
    assert.doesNotMatch(JSON.stringify(await page.evaluate(() => window.dataLayer)), /verdict|possible_resistance/);
    await page.close();
  });
});

describe("the prerendered first step's privacy line", () => {
  /** Opens `path` with the wasm held back until `release()`: the loader's first step shows. */
  async function openHeld(path) {
    const opened = await openPage(browser.context);
    const release = await holdWasm(opened.page);
    await opened.page.goto(`${server.address}${path}`);
    await opened.page.waitForFunction(() => document.querySelector("#w").shadowRoot?.querySelector(".rc[data-rc-static] .rc-privacy"));
    return { ...opened, release };
  }
  const line = (page) => page.evaluate(() => document.querySelector("#w").shadowRoot.querySelector(".rc-privacy").textContent.trim());

  for (const [path, before, after] of [
    [MODES.default.path, /^Your answers stay in this browser\. The clinic's site may count .* never your answers or your result\.$/, /never your answers or your result\.$/],
    [MODES["analytics-verdict"].path, /^Your answers stay in this browser\.$/, /the kind of result you got \(never one that says to get medical help now\), but never your answers\.$/],
    ["/sharing.html", /^Your answers stay in this browser\.$/, /Booking from your result tells the clinic the kind of result you got\.$/],
  ]) {
    test(`before the wasm, the line claims nothing the configuration does not keep (${path})`, async () => {
      const { page, release } = await openHeld(path);
      assert.match(await line(page), before);
      release();
      await widgetReady(page, "#w");
      assert.match(await line(page), after);
      await page.close();
    });
  }
});
