// The demo clinic page through the release build: the widget mounts in its shadow root,
// shows the call to action and the office hours, passes axe-core, and falls back to the
// element's own content when the wasm cannot load.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, openPage, screenshot, serveDist, widgetReady } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const clinicWeekday = () =>
  new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "America/Los_Angeles" }).format(new Date());

test("the demo page mounts the widget with its call to action", async () => {
  const { page, pageErrors } = await openPage(browser.context, `${server.address}/`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  const booking = widget.getByRole("link", { name: /book a free consultation/i });
  assert.match(await booking.getAttribute("href"), /^https:\/\/example\.com\/book/);
  const call = widget.getByRole("link", { name: /call/i }).first();
  assert.match(await call.getAttribute("href"), /^tel:\+?[0-9]+$/);
  assert.deepEqual(pageErrors, []);
  await assertAccessible(assert, page, "demo page");
  await screenshot(page, "demo-page-1280");
  await page.close();
});

test("the office hours table marks today in the clinic's time zone", async () => {
  const { page } = await openPage(browser.context, `${server.address}/`);
  await widgetReady(page);
  const rows = page.locator("resistance-check table.rc-hours tbody tr");
  assert.equal(await rows.count(), 7);
  const today = page.locator("resistance-check table.rc-hours tr.rc-today");
  assert.equal(await today.count(), 1);
  assert.match(await today.innerText(), new RegExp(clinicWeekday()));
  assert.match(await rows.nth(0).innerText(), /Monday(\s+\(today\))?\s+10:00\sam\s*[–-]\s*5:00\spm/);
  assert.match(await rows.nth(4).innerText(), /Friday(\s+\(today\))?\s+10:00\sam\s*[–-]\s*4:00\spm/);
  assert.match(await rows.nth(6).innerText(), /Sunday(\s+\(today\))?\s+Closed/);
  await page.close();
});

test("a page whose wasm cannot load keeps the fallback content and says why", async () => {
  const page = await browser.context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  const explained = page.waitForEvent("console", {
    predicate: (message) => message.type() === "error" && /^resistance-check \d+\.\d+\.\d+: the widget could not start/.test(message.text()),
  });
  await page.goto(`${server.address}/`);
  await explained;
  // The fallback is ordinary light-DOM content: visible, with the phone and booking links.
  assert.ok(await page.locator("resistance-check > p a[href^='tel:']").isVisible());
  assert.ok(await page.locator("resistance-check > p a[href*='book']").isVisible());
  await page.close();
});
