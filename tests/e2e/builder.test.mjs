// The snippet builder: marketing fills in the clinic, sees the live widget change, and the
// snippet it copies (at most three lines) works when pasted into a blank page elsewhere.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";
import { DIST, assertAccessible, launchBrowser, openPage, screenshot, serveDist, widgetReady } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser({ permissions: ["clipboard-read", "clipboard-write"] });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const inPreview = (page, selector) => page.locator(`#preview resistance-check ${selector}`);

test("the builder's snippet, pasted into a blank page on another origin, shows the configured widget", async () => {
  const { page, pageErrors } = await openPage(browser.context, `${server.address}/builder.html`);
  await widgetReady(page, "#preview resistance-check");
  await assertAccessible(assert, page, "snippet builder");

  await page.getByLabel("Clinic name", { exact: true }).fill("Valley Skin Studio");
  await page.getByLabel("Doctor", { exact: true }).fill("Dr. Rivera");
  await page.getByLabel("Phone", { exact: true }).fill("(555) 010-7777");
  await page.getByLabel("Booking page", { exact: true }).fill("https://valley.example/consult?src=web");
  await page.getByLabel("Address", { exact: true }).fill("Sherman Oaks, CA");
  await page.getByLabel("Main colour", { exact: true }).fill("#7a1f5c");
  await page.getByLabel("Open on Saturday", { exact: true }).check();
  await page.getByLabel("Saturday opens", { exact: true }).fill("09:00");
  await page.getByLabel("Saturday closes", { exact: true }).fill("13:00");
  await page.getByLabel(/Closed days/).fill("2026-12-24..2026-12-26 Holidays");
  await page.locator("#lang").selectOption("en");
  await page.getByLabel("Button text for Spanish visitors", { exact: false }).fill("Reserve con Dr. Rivera");

  // The live preview follows the form.
  await page.waitForFunction(() =>
    document.querySelector("#preview resistance-check")?.shadowRoot?.querySelector("a.rc-call")?.textContent.includes("010-7777"),
  );
  assert.equal(await inPreview(page, "a.rc-book").getAttribute("href"), "https://valley.example/consult?src=web");
  assert.match(await inPreview(page, "table.rc-hours").innerText(), /Saturday(\s+\(today\))?\s+9:00 am\s*[–-]\s*1:00 pm/);
  assert.equal(await page.locator("#preview resistance-check").count(), 1, "one preview widget at a time");

  const snippet = await page.locator("#snippet").inputValue();
  const lines = snippet.split("\n");
  assert.ok(lines.length <= 3, `at most three lines:\n${snippet}`);
  assert.match(snippet, /cta-text-es="Reserve con Dr\. Rivera"/);
  assert.doesNotMatch(snippet, /hour-cycle/, "the default clock is left out");
  await page.getByRole("button", { name: "Copy snippet" }).click();
  await page.getByText("Copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  await assertAccessible(assert, page, "snippet builder, filled in");
  await screenshot(page, "builder-filled-in");
  assert.deepEqual(pageErrors, []);

  const blankSite = await startServer({
    root: DIST,
    pages: {
      "/blank.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>\n${snippet}\n</body></html>`,
    },
  });
  const pasted = await openPage(browser.context, `${blankSite.address}/blank.html`);
  try {
    await widgetReady(pasted.page);
    const widget = (selector) => pasted.page.locator(`resistance-check ${selector}`);
    assert.equal(await widget("a.rc-book").getAttribute("href"), "https://valley.example/consult?src=web");
    assert.equal(await widget("a.rc-call").getAttribute("href"), "tel:5550107777");
    assert.match(await widget("a.rc-book").innerText(), /Dr\. Rivera/);
    assert.match(await widget("table.rc-hours").innerText(), /Saturday(\s+\(today\))?\s+9:00 am\s*[–-]\s*1:00 pm/);
    await pasted.page.waitForFunction(
      () => getComputedStyle(document.querySelector("resistance-check").shadowRoot.querySelector("a.rc-book")).backgroundColor === "rgb(122, 31, 92)",
    );
    // Every value was valid: the widget had nothing to warn about.
    const warnings = pasted.consoleMessages.filter((message) => message.type === "warning" || message.type === "error");
    assert.deepEqual(warnings.filter((message) => !message.url.endsWith("/favicon.ico")), []);
    assert.deepEqual(pasted.pageErrors, []);
    // The blank page has no heading or main landmark of its own: only the widget is checked.
    await assertAccessible(assert, pasted.page, "pasted snippet", { include: "resistance-check" });
  } finally {
    await pasted.page.close();
    await blankSite.close();
  }
  await page.close();
});

test("the builder flags a bad booking address and a bad closed-days line", async () => {
  const { page } = await openPage(browser.context, `${server.address}/builder.html`);
  await widgetReady(page, "#preview resistance-check");
  await page.getByLabel("Booking page", { exact: true }).fill("javascript:alert(1)");
  await page.getByLabel(/Closed days/).fill("Christmas");
  const problems = page.locator("#form-problems");
  await problems.filter({ hasText: "Booking page" }).waitFor();
  assert.match(await problems.innerText(), /Closed days: "Christmas"/);
  await page.close();
});
