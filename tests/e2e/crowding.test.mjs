// Nothing sticky crowds the screen (WCAG 1.4.10, 2.4.11): the result's call / book bar,
// which stays at the bottom of the screen in a one-column widget, through the release
// build in Chromium. Scrolled through the whole result at 400% zoom (320 x 256), a phone held
// sideways with the widget in one column (812 x 375), and phone screens upright: wherever
// the bar sticks it takes at most a quarter of the screen's height; it never sticks while
// the result's own booking button and call link (after the summary) are on screen; and
// keyboard focus, moved through the result, never lands under it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, quickResultByFirstAnswers, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

// A column as wide as the screen, up to `--column`: one column of the widget below 640 px.
const COLUMN_PAGE =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Clinic</title><script type="module" async src="/resistance-check.js" blocking="render"></script>` +
  `<style>body { margin: 0; } #column { max-width: var(--column, 100%); margin: 0 auto; }</style></head>` +
  `<body><main><h1>Clinic</h1><div id="column"><resistance-check clinic-name="Sunset Skin" doctor="Dr. Rivera" ` +
  `phone="(818) 555-0142" booking-url="https://clinic.example/book" time-zone="America/Los_Angeles" address="Encino, CA">` +
  `<p>Call <a href="tel:8185550142">(818) 555-0142</a>.</p></resistance-check></div>` +
  `<p>The clinic's page goes on below the widget.</p></main></body></html>`;

let server;
before(async () => {
  server = await serveDist({ pages: { "/column.html": COLUMN_PAGE } });
});
after(async () => {
  await server?.close();
});

/** Where the bar and the result's first call to action are now, in viewport pixels. */
const barNow = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const box = (selector) => {
      const rect = shadow.querySelector(selector).getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: rect.height };
    };
    const result = box(".rc-result");
    const bar = box(".rc-cta-end");
    const first = box(".rc-result-cta:not(.rc-cta-end)");
    const height = window.innerHeight;
    return {
      height,
      bar,
      // In its place the bar ends the result (its margin falls outside); stuck, it sits
      // at the bottom of the screen above the rest of the result.
      stuck: result.bottom - bar.bottom > 1 && bar.top < height,
      firstOnScreen: first.bottom > 0 && first.top < height,
    };
  });

// Answers whose result is long (several causes), so that there is a middle to read.
const LONG_RESULT = [
  "More than 3 years",
  "Every 3 months or less often",
  "Botox",
  "About the same",
  "Weaker or shorter, a bit more each time over several visits",
  "6 weeks to 4 months ago",
  "No",
];

/** Opens the column page at `viewport`, with the widget's column at most `column` wide. */
async function resultAt(viewport, column = null) {
  const browser = await launchBrowser({ viewport, isMobile: true, hasTouch: true });
  const page = await browser.context.newPage();
  await page.goto(`${server.address}/column.html`);
  if (column) await page.evaluate((w) => document.getElementById("column").style.setProperty("--column", `${w}px`), column);
  await widgetReady(page);
  await quickResultByFirstAnswers(page, { answers: LONG_RESULT });
  await page.locator("resistance-check .rc-cta-end").waitFor();
  return { browser, page };
}

const SIZES = [
  { name: "400% zoom", viewport: { width: 320, height: 256 } },
  { name: "a phone held sideways, the widget in one column", viewport: { width: 812, height: 375 }, column: 420 },
  { name: "a small phone", viewport: { width: 320, height: 568 } },
  { name: "a narrow phone", viewport: { width: 280, height: 653 } },
  { name: "a narrow tall phone", viewport: { width: 280, height: 800 }, sticks: true },
  { name: "a phone", viewport: { width: 375, height: 667 }, sticks: true },
  { name: "a large phone", viewport: { width: 412, height: 915 }, sticks: true },
];

for (const { name, viewport, column, sticks } of SIZES) {
  test(`${name} (${viewport.width} x ${viewport.height}): the bar takes at most a quarter of the screen, and never beside the result's own buttons`, async () => {
    const { browser, page } = await resultAt(viewport, column);
    try {
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    let everStuck = false;
    for (let y = 0; y <= total; y += Math.round(viewport.height / 4)) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await settle(page);
      const now = await barNow(page);
      if (!now.stuck) continue;
      everStuck = true;
      assert.ok(now.bar.height <= now.height / 4, `at scroll ${y}: the stuck bar is ${Math.round(now.bar.height)} px of a ${now.height} px screen`);
      assert.equal(now.firstOnScreen, false, `at scroll ${y}: the bar sticks while the result's own booking button is on screen`);
    }
    if (sticks) assert.ok(everStuck, "on a phone's screen the bar stays in view while the result is read");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `crowding-${viewport.width}x${viewport.height}`);
    } finally {
      await browser.close();
    }
  });
}

/** Where the focus is in the result and whether the stuck bar covers it. */
const focusNow = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const focused = shadow.activeElement;
    const bar = shadow.querySelector(".rc-cta-end");
    const result = shadow.querySelector(".rc-result").getBoundingClientRect();
    const barBox = bar.getBoundingClientRect();
    const stuck = result.bottom - barBox.bottom > 1 && barBox.top < window.innerHeight;
    if (!focused || !focused.closest(".rc-result")) return { done: true };
    const box = focused.getBoundingClientRect();
    const under = stuck && !bar.contains(focused) && box.bottom > barBox.top && box.top < barBox.bottom;
    return { done: false, what: `${focused.localName} "${focused.textContent.trim().slice(0, 40)}"`, under, stuck };
  });

test("keyboard focus moved through the result, forwards and back, never lands under the bar, on phones where the bar sticks", async () => {
  let stuckBesideFocus = 0;
  for (const viewport of [{ width: 375, height: 667 }, { width: 280, height: 800 }, { width: 412, height: 915 }]) {
    const { browser, page } = await resultAt(viewport);
    try {
      let checked = 0;
      for (const key of ["Tab", "Shift+Tab"]) {
        for (let press = 0; press < 60; press += 1) {
          await page.keyboard.press(key);
          await settle(page);
          const now = await focusNow(page);
          if (now.done) break;
          checked += 1;
          if (now.stuck) stuckBesideFocus += 1;
          assert.equal(now.under, false, `${viewport.width} x ${viewport.height}, ${key}: ${now.what} is focused under the bar`);
        }
        if (key === "Tab") {
          // From the end of the result back up through it.
          await page.locator("resistance-check .rc-cta-end a, resistance-check .rc-cta-end button").last().focus();
        }
      }
      assert.ok(checked >= 10, `${viewport.width} x ${viewport.height}: focus went through the result's controls (${checked})`);
    } finally {
      await browser.close();
    }
  }
  // The check above means something only where the bar was stuck while a control had focus.
  assert.ok(stuckBesideFocus >= 3, `the bar was stuck beside the focus ${stuckBesideFocus} times`);
});
