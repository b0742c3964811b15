// The loader's reserved space follows the widget's width, through the release build in
// Chromium: a phone rotated either way, or a window narrowed and widened, leaves no blank
// space kept below the widget (issue 12), while the first load still shifts nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { holdWasm, launchBrowser, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

// A clinic with less to show than the demo's (no address, no doctor, no hours): its live
// first step is shorter than the one measured at build time.
const SHORT_CLINIC =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Clinic</title><script type="module" async src="/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>Clinic</h1><resistance-check clinic-name="Skin" phone="(818) 555-0142" booking-url="https://clinic.example/book">` +
  `<p>Call <a href="tel:8185550142">(818) 555-0142</a>.</p></resistance-check><p id="below">The page goes on.</p></main></body></html>`;

let server;
before(async () => {
  server = await serveDist({ pages: { "/short.html": SHORT_CLINIC } });
});
after(async () => {
  await server?.close();
});

/** Blank space the host keeps below its widget, in px, and the reservation left on it. */
const blankBelow = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("resistance-check");
    const widget = [...host.shadowRoot.querySelectorAll(".rc")].find((rc) => rc.getClientRects().length > 0);
    return {
      blank: host.getBoundingClientRect().height - widget.getBoundingClientRect().height,
      reserved: host.style.minHeight,
    };
  });


for (const [label, start, sizes] of [
  ["rotating a phone 375×812 → 812×375 → 375×812", { width: 375, height: 812 }, [[812, 375], [375, 812]]],
  ["narrowing a window 1280 → 320 → 900", { width: 1280, height: 900 }, [[320, 640], [900, 900]]],
]) {
  test(`${label} leaves no blank reserved space below the widget`, async () => {
    const mobile = start.width < 600;
    const browser = await launchBrowser({ viewport: start, isMobile: mobile, hasTouch: mobile });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.address}/`);
      await widgetReady(page);
      const loaded = await blankBelow(page);
      assert.equal(loaded.reserved, "", "the widget, once there, has its own height");
      assert.ok(Math.abs(loaded.blank) <= 1, `${loaded.blank} px of blank space below the loaded widget`);
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        await settle(page);
        const now = await blankBelow(page);
        assert.equal(now.reserved, "", `the reservation is released at ${width}×${height}`);
        assert.ok(Math.abs(now.blank) <= 1, `${now.blank} px of blank space below the widget at ${width}×${height}`);
      }
      await screenshot(page, `reservation-${start.width}-after-resizing`);
      await page.close();
    } finally {
      await browser.close();
    }
  });
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
  test(`at ${viewport.width} px, a clinic whose live first step is shorter than the measured one gets no blank band below the widget once it is there`, async () => {
    const mobile = viewport.width < 600;
    const browser = await launchBrowser({ viewport, isMobile: mobile, hasTouch: mobile });
    try {
      const page = await browser.context.newPage();
      // The reservation the loader made, seen before the wasm arrives.
      const release = await holdWasm(page);
      await page.goto(`${server.address}/short.html`);
      await page.waitForFunction(() => document.querySelector("resistance-check").style.minHeight !== "");
      const reserved = await page.evaluate(() => parseFloat(document.querySelector("resistance-check").style.minHeight));
      release();
      await widgetReady(page);
      await settle(page);
      const now = await blankBelow(page);
      const live = await page.evaluate(() =>
        [...document.querySelector("resistance-check").shadowRoot.querySelectorAll(".rc")].find((rc) => rc.getClientRects().length > 0).getBoundingClientRect().height,
      );
      assert.ok(live < reserved - 20, `the live first step (${live} px) is shorter than the reservation (${reserved} px), so the case is real`);
      assert.equal(now.reserved, "");
      assert.ok(Math.abs(now.blank) <= 1, `${now.blank} px of blank space below the widget`);
    } finally {
      await browser.close();
    }
  });
}
