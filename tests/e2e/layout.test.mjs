// The layout follows the widget's own current width (CSS container queries), not the
// window's: a widget in a column that narrows and widens while the window stays 1280 px
// wide, through the release build in Chromium, re-lays itself out each time, and nothing
// inside it is ever wider than its container.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, openPage, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

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
