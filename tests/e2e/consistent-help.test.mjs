// Help in the same place and no time limits, through the release build in Chromium. The
// clinic's contact panel comes after the step on every screen (WCAG 3.2.6): beside it in a
// wide widget, at the same place on each screen, and under it in a narrow one, on the
// seek-care screen too. A widget left open for an hour still works and says whether the
// office is open as it is then (Playwright's clock, moved on an hour while the page is open).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, quickResultByFirstAnswers, serveDist, widgetReady } from "./harness.mjs";

const HOURS = `{"openingHoursSpecification":[{"dayOfWeek":["Monday","Tuesday","Wednesday","Thursday","Friday"],"opens":"10:00","closes":"17:00"}]}`;
const CLINIC_PAGE =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>` +
  `<script type="module" async src="/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>Clinic</h1><resistance-check clinic-name="Sunset Skin" phone="(818) 555-0142" ` +
  `booking-url="https://clinic.example/book" time-zone="America/Los_Angeles" address="Encino, CA">` +
  `<script type="application/json">${HOURS}</script><p>Call <a href="tel:8185550142">(818) 555-0142</a>.</p>` +
  `</resistance-check></main></body></html>`;

let server;
before(async () => {
  server = await serveDist({ pages: { "/clinic.html": CLINIC_PAGE } });
});
after(async () => {
  await server?.close();
});

/** Where the step and the contact panel are, and whether the panel follows the step. */
const placeOfHelp = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const rc = [...shadow.querySelectorAll(".rc")].find((element) => element.getClientRects().length > 0);
    const main = rc.querySelector(".rc-main");
    const contact = rc.querySelector(".rc-contact");
    if (!contact) return null;
    const [m, c] = [main.getBoundingClientRect(), contact.getBoundingClientRect()];
    return {
      follows: Boolean(main.compareDocumentPosition(contact) & Node.DOCUMENT_POSITION_FOLLOWING),
      beside: c.left >= m.right - 1,
      below: c.top >= m.bottom - 1,
      left: Math.round(c.left - rc.getBoundingClientRect().left),
      heading: contact.querySelector("[id=rc-contact-title]")?.textContent,
    };
  });

for (const [width, where] of [
  [1280, "beside"],
  [375, "below"],
]) {
  test(`at ${width} px the contact panel is ${where} the step on every screen, the seek-care screen too`, async () => {
    const browser = await launchBrowser({ viewport: { width, height: 900 } });
    const page = await browser.context.newPage();
    const seen = [];
    const check = async (screen) => {
      const place = await placeOfHelp(page);
      assert.ok(place, `${screen}: the contact panel is there`);
      assert.ok(place.follows, `${screen}: the contact panel follows the step`);
      assert.ok(place[where], `${screen}: the contact panel is ${where} the step`);
      seen.push(place);
    };
    await page.goto(`${server.address}/clinic.html`);
    await widgetReady(page);
    await quickResultByFirstAnswers(page, { onScreen: check });
    await page.reload();
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    await widget.locator(".rc-check input").first().check();
    await widget.locator(".rc-nav .rc-next").click();
    await widget.locator("[data-verdict=seek_care]").waitFor();
    await check("seek care");
    assert.equal(new Set(seen.map((place) => place.left)).size, 1, "the panel keeps its place from screen to screen");
    assert.equal(new Set(seen.map((place) => place.heading)).size, 1, "the panel keeps its heading");
    await browser.close();
  });
}

test("a widget left open for an hour still works, and its open-now line follows the office's clock", async () => {
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  try {
  const page = await browser.context.newPage();
  // A Monday, 4:30 pm in Encino: open until 5.
  await page.clock.install({ time: new Date("2026-03-02T16:30:00-08:00") });
  await page.goto(`${server.address}/clinic.html`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  const status = widget.locator(".rc-status");
  assert.match(await status.innerText(), /open now, until 5:00/i);
  await widget.locator(".rc-nav .rc-next").click();
  await widget.locator(".rc-path").first().waitFor();

  await page.clock.fastForward("01:00:00");
  await page.waitForFunction(() => /closed/i.test(document.querySelector("resistance-check").shadowRoot.querySelector(".rc-status")?.textContent ?? ""));
  assert.match(await status.innerText(), /closed now.*tomorrow/i, "an hour later the office has closed");
  // The visitor carries on where they were.
  await quickResultByFirstAnswers(page);
  assert.ok(await widget.locator("[data-verdict]").count(), "the result comes an hour later");
  } finally {
    await browser.close();
  }
});
