// The layout follows the widget's own current width (CSS container queries), not the
// window's, through the release build in Chromium: a widget in a column that narrows and
// widens while the window stays 1280 px wide, a window narrowed from 1280 to 320 px and
// widened to 900, a phone rotated both ways; each time with no sideways scroll, no blank
// space kept below the widget, no element wider than its container, and the chart's text at
// least 12 px.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertFits, launchBrowser, openPage, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

const COLUMN_PAGE =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A column</title>` +
  `<script type="module" async src="/resistance-check.js"></script>` +
  `<style>body { margin: 0; } #column { width: 900px; margin: 0 auto; }</style></head>` +
  `<body><main><h1>A column of a wide page</h1><div id="column">` +
  `<resistance-check clinic-name="Sunset Skin" phone="(818) 555-0142" booking-url="https://clinic.example/book" time-zone="America/Los_Angeles">` +
  `<p>Call <a href="tel:8185550142">(818) 555-0142</a>.</p></resistance-check></div></main></body></html>`;

let server;
let browser;
before(async () => {
  server = await serveDist({ pages: { "/column.html": COLUMN_PAGE } });
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The widget's layout now: its columns, its padding, and what pokes out of its box. */
const layoutNow = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const rc = [...shadow.querySelectorAll(".rc")].find((element) => element.getClientRects().length > 0);
    const box = rc.getBoundingClientRect();
    const wider = [...rc.querySelectorAll("*")]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
      })
      .map((element) => `${element.localName}.${element.className}`);
    return {
      width: Math.round(box.width),
      columns: getComputedStyle(rc.querySelector(".rc-columns")).gridTemplateColumns.split(" ").length,
      padding: getComputedStyle(rc.querySelector(".rc-layout")).paddingLeft,
      wider,
    };
  });


test("a column narrowed from 900 to 320 px and widened to 700 re-lays the widget out, the window unchanged", async () => {
  const { page, pageErrors } = await openPage(browser.context, `${server.address}/column.html`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  const expected = [
    [900, 2, "20px"],
    [320, 1, "14px"],
    [500, 1, "20px"],
    [700, 2, "20px"],
  ];
  for (const [width, columns, padding] of expected) {
    await page.evaluate((w) => (document.getElementById("column").style.width = `${w}px`), width);
    await settle(page);
    const now = await layoutNow(page);
    // The widget is as wide as its column, up to its own 720 px.
    assert.equal(now.width, Math.min(width, 720), `the widget's width in a ${width} px column`);
    assert.equal(now.columns, columns, `${columns} column(s) in a ${width} px column of a 1280 px window`);
    assert.equal(now.padding, padding, `padding ${padding} in a ${width} px column`);
    assert.deepEqual(now.wider, [], `nothing wider than the widget in a ${width} px column`);
    assert.equal(await page.evaluate(() => window.innerWidth), 1280, "the window keeps its width");
    await screenshot(page, `layout-column-${width}`);
  }
  await assertAccessible(assert, page, "widget in a narrowed column", { include: "resistance-check" });
  assert.deepEqual(pageErrors, []);
  await page.close();
});

const FADING = {
  treatments: [
    { date: "2021-02-10", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 14 },
    { date: "2021-06-15", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 14 },
    { date: "2021-10-20", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 13 },
    { date: "2022-07-12", product: "dysport", units: 50, areas: ["frown_lines"], result: "partial", lasted_weeks: 10 },
    { date: "2022-11-20", product: "botox", units: 20, areas: ["frown_lines"], result: "partial", lasted_weeks: 8, provider: "new" },
    { date: "2023-04", product: "botox", units: 20, areas: ["frown_lines"], result: "partial", lasted_weeks: 6 },
  ],
};

/** The widget's layout as it is now: columns, the hours' fold, blank space kept below it. */
const foldsNow = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("resistance-check");
    const shadow = host.shadowRoot;
    const shown = (selector) => {
      const element = shadow.querySelector(selector);
      return Boolean(element && element.getClientRects().length > 0);
    };
    return {
      columns: getComputedStyle(shadow.querySelector(".rc-columns")).gridTemplateColumns.split(" ").length,
      hoursToggle: shown(".rc-hours-toggle"),
      hoursTable: shown("table.rc-hours"),
      blankBelow: host.getBoundingClientRect().height - shadow.querySelector(".rc").getBoundingClientRect().height,
    };
  });

/** The smallest on-screen font size of the chart's drawn text, in px. */
const smallestChartText = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const svg = [...shadow.querySelectorAll("svg.rc-chart-svg")].find((s) => s.getClientRects().length > 0);
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });

async function toDetailedResult(widget) {
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("button", { name: /^Detailed history/ }).click();
  await widget.locator("#rc-load").setInputFiles({
    name: "history.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(FADING)),
  });
  await widget.locator("#rc-load-message").waitFor();
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
  await widget.getByRole("button", { name: "Show as a table" }).click();
}

test("narrowing a window from 1280 to 320 px and widening it to 900 re-lays the widget out each time", async () => {
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.address}/`);
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    const atLoad = await foldsNow(page);
    assert.deepEqual([atLoad.columns, atLoad.hoursToggle, atLoad.hoursTable], [2, false, true]);
    await assertFits(assert, page, "first step at 1280");

    // The first step, still under the loader's reservation, narrowed: no blank space.
    await page.setViewportSize({ width: 320, height: 640 });
    await settle(page);
    let now = await foldsNow(page);
    assert.equal(now.columns, 1, "one column at 320 px");
    assert.ok(now.hoursToggle && !now.hoursTable, "the hours fold under their button at 320 px");
    assert.ok(Math.abs(now.blankBelow) <= 1, `blank space below the first step: ${now.blankBelow} px`);
    await assertFits(assert, page, "first step narrowed to 320");
    await screenshot(page, "layout-first-step-1280-to-320");

    await page.setViewportSize({ width: 1280, height: 900 });
    await toDetailedResult(widget);
    for (const [width, columns] of [[1280, 2], [320, 1], [900, 2]]) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
      await settle(page);
      now = await foldsNow(page);
      assert.equal(now.columns, columns, `${columns} column(s) at ${width} px`);
      assert.equal(now.hoursToggle, columns === 1, `the hours' button only in one column (${width} px)`);
      if (columns === 1) {
        await widget.locator(".rc-hours-toggle").click();
        assert.ok((await foldsNow(page)).hoursTable, "the button unfolds the hours");
      }
      assert.ok(Math.abs(now.blankBelow) <= 1, `blank space below the result at ${width}: ${now.blankBelow} px`);
      const text = await smallestChartText(page);
      assert.ok(text >= 12, `the chart's text is ${text.toFixed(1)} px at ${width} px`);
      await assertFits(assert, page, `detailed result, table and hours shown, at ${width}`);
      await screenshot(page, `layout-result-resized-to-${width}`);
    }
    await assertAccessible(assert, page, "detailed result after resizing");
    await page.close();
  } finally {
    await browser.close();
  }
});

test("rotating a phone between 375×812 and 812×375 leaves no blank space and nothing sideways", async () => {
  const browser = await launchBrowser({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.address}/`);
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    await assertFits(assert, page, "first step, portrait");
    for (const [width, height, columns] of [[812, 375, 2], [375, 812, 1], [812, 375, 2]]) {
      await page.setViewportSize({ width, height });
      await settle(page);
      const now = await foldsNow(page);
      assert.equal(now.columns, columns, `${columns} column(s) at ${width}×${height}`);
      assert.ok(Math.abs(now.blankBelow) <= 1, `blank space below the first step at ${width}×${height}: ${now.blankBelow} px`);
      await assertFits(assert, page, `first step at ${width}×${height}`);
    }
    await toDetailedResult(widget);
    for (const [width, height] of [[812, 375], [375, 812]]) {
      await page.setViewportSize({ width, height });
      await settle(page);
      const text = await smallestChartText(page);
      assert.ok(text >= 12, `the chart's text is ${text.toFixed(1)} px at ${width}×${height}`);
      await assertFits(assert, page, `detailed result at ${width}×${height}`);
      await screenshot(page, `layout-result-rotated-${width}x${height}`);
    }
    await page.close();
  } finally {
    await browser.close();
  }
});
