// The loader's reserved space follows the widget's width, through the release build in
// Chromium: a phone rotated either way, or a window narrowed and widened, leaves no blank
// space kept below the widget (issue 12), while the first load still shifts nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

let server;
before(async () => {
  server = await serveDist();
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
      assert.notEqual((await blankBelow(page)).reserved, "", "the first step's space is reserved at load");
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
