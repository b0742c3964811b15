// The snippet builder, as marketing uses it: fields start empty, every bad value gets its
// error at its field (from the widget's own rules, through the wasm's checkConfig), Copy and
// download stay blocked until all is right, the page fits a 320 px phone, the snippet works
// when pasted into a page on another origin, and "Test the install" says why it would not.
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
const field = (page, label) => page.getByLabel(label, { exact: true });

async function openBuilder(context = browser.context) {
  const opened = await openPage(context, `${server.address}/builder.html`);
  // The first check has run once the summary lists what is missing.
  await opened.page.locator("#problems li").first().waitFor();
  return opened;
}

/** Fills in a complete, valid clinic. */
async function fillValid(page) {
  await field(page, "Clinic name (required)").fill("Sunset Skin Clinic");
  await field(page, "Doctor").fill("Dr. Rivera");
  await field(page, "Phone (required)").fill("(818) 555-0142");
  await field(page, "Booking page (required)").fill("https://sunsetskin.example/book?src=web");
  await field(page, "Address").fill("Sherman Oaks, CA");
  await field(page, "Time zone (required)").selectOption("America/Los_Angeles");
  await page.getByLabel("Monday", { exact: true }).check();
  await field(page, "Monday opens").fill("10:00");
  await field(page, "Monday closes").fill("17:00");
  for (const day of ["Tuesday", "Wednesday", "Thursday"]) await page.getByLabel(day, { exact: true }).check();
  await page.getByLabel("Saturday", { exact: true }).check();
  await field(page, "Saturday opens").fill("09:00");
  await field(page, "Saturday closes").fill("13:00");
  await snippetReady(page);
}

const snippetReady = (page) => page.waitForFunction(() => document.querySelector("#snippet").value.startsWith("<script"));
const copyBlocked = async (page) => {
  assert.equal(await page.locator("#copy").isDisabled(), true, "Copy is disabled");
  assert.equal(await page.locator("#download").isDisabled(), true, "Download is disabled");
  assert.equal(await page.locator("#snippet").inputValue(), "", "no snippet to copy");
};

test("fields start empty with examples as placeholders, and nothing can be copied yet", async () => {
  const { page, pageErrors } = await openBuilder();
  for (const label of ["Clinic name (required)", "Doctor", "Phone (required)", "Booking page (required)", "Address"]) {
    assert.equal(await field(page, label).inputValue(), "", `${label} starts empty`);
    assert.match(await field(page, label).getAttribute("placeholder"), /^e\.g\. /, `${label} shows an example`);
  }
  assert.equal(await field(page, "Time zone (required)").inputValue(), "");
  await copyBlocked(page);
  const summary = await page.locator("#problems").innerText();
  for (const name of ["Clinic name", "Phone", "Booking page", "Time zone", "Office hours"]) {
    assert.match(summary, new RegExp(`${name}:`), `the summary lists ${name}`);
  }
  // The preview shows no placeholder contact either.
  await widgetReady(page, "#preview resistance-check");
  assert.equal(await inPreview(page, "a.rc-call").count(), 0);
  assert.equal(await inPreview(page, "a.rc-book").count(), 0);
  // Leaving a required field empty marks it there.
  await field(page, "Phone (required)").focus();
  await page.keyboard.press("Tab");
  await page.locator("#e-phone").filter({ hasText: "Enter the clinic's phone number" }).waitFor();
  assert.equal(await field(page, "Phone (required)").getAttribute("aria-invalid"), "true");
  await assertAccessible(assert, page, "snippet builder, empty");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

// The values the issue found going through silently, each with the error it now gets at its
// field and, where one can be guessed, the fix the builder offers.
const BAD_VALUES = [
  { label: "Phone (required)", error: "#e-phone", value: "818-555-O142", says: /letter "O" where a digit belongs \(did you mean 0\?\)/, fix: "818-555-0142" },
  { label: "Phone (required)", error: "#e-phone", value: "555-CALL-NOW", says: /letters in it: give the number in digits/ },
  { label: "Booking page (required)", error: "#e-booking-url", value: "sunsetskin.com/book", says: /does not start with https:\/\//, fix: "https://sunsetskin.com/book" },
  { label: "Booking page (required)", error: "#e-booking-url", value: "javascript:alert(1)", says: /starts with "javascript:"/ },
  { label: "Main colour", error: "#e-primary-color", value: "#ffff66", says: /contrast of 1:1, and readable text needs at least 4\.5:1/, fix: "#76762f" },
  { label: "Mailing list page", error: "#e-mailing-list-url", value: "sunsetskin.com/news", says: /does not start with https:\/\//, fix: "https://sunsetskin.com/news" },
];

for (const bad of BAD_VALUES) {
  test(`${bad.label.replace(" (required)", "")} "${bad.value}" gets its error at the field and blocks Copy`, async () => {
    const { page, pageErrors } = await openBuilder();
    await fillValid(page);
    assert.equal(await page.locator("#copy").isDisabled(), false, "a valid clinic can be copied");
    await field(page, bad.label).fill(bad.value);
    await page.keyboard.press("Tab");
    const error = page.locator(bad.error);
    await error.filter({ hasText: bad.says }).waitFor();
    assert.equal(await field(page, bad.label).getAttribute("aria-invalid"), "true");
    await copyBlocked(page);
    assert.match(await page.locator("#problems").innerText(), new RegExp(`${bad.label.replace(" (required)", "")}:`));
    await assertAccessible(assert, page, `builder with ${bad.value}`);
    if (bad.fix) {
      await error.getByRole("button", { name: `Use ${bad.fix}` }).click();
      assert.equal(await field(page, bad.label).inputValue(), bad.fix);
      await snippetReady(page);
      assert.equal(await error.isHidden(), true, "the fix clears the error");
      assert.equal(await page.locator("#copy").isDisabled(), false);
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
}

test("directions are on unless unticked, and a mailing list page goes into the snippet as a plain link", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  let snippet = await page.locator("#snippet").inputValue();
  assert.doesNotMatch(snippet, /directions=/, "on is the widget's default: nothing to write");
  assert.doesNotMatch(snippet, /mailing-list-url=/);
  await page.getByLabel("Link the address to directions").uncheck();
  await field(page, "Mailing list page").fill("https://sunsetskin.example/news");
  await page.waitForFunction(() => document.querySelector("#snippet").value.includes("mailing-list-url"));
  snippet = await page.locator("#snippet").inputValue();
  assert.match(snippet, /directions="off"/);
  assert.match(snippet, /mailing-list-url="https:\/\/sunsetskin\.example\/news"/);
  // The preview follows: no directions link, and the mailing list link.
  await page.locator("#preview").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector("#preview resistance-check")?.shadowRoot?.querySelector(".rc-mailing a"));
  assert.equal(await inPreview(page, ".rc-mailing a").getAttribute("href"), "https://sunsetskin.example/news");
  assert.equal(await inPreview(page, "a.rc-directions").count(), 0);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('the time zone is picked from the IANA list: "Pacific" is not offered, and the widget\'s rules refuse it', async () => {
  const { page } = await openBuilder();
  const zones = await field(page, "Time zone (required)").evaluate((select) => [...select.options].map((o) => o.value));
  assert.ok(zones.includes("America/Los_Angeles") && zones.includes("Europe/Madrid") && zones.length > 300, `${zones.length} zones`);
  assert.ok(!zones.includes("Pacific"));
  // The same rule the builder's list spares people, through the same export the builder uses.
  const check = await page.evaluate(() => window.ResistanceCheck.checkConfig({ "time-zone": "Pacific" }));
  const problem = check.problems.find((p) => p.attribute === "time-zone");
  assert.match(problem.message, /not a time zone the browser knows/);
  // Every zone of the list passes the widget's rule.
  const refused = await page.evaluate(async (zones) => {
    const out = [];
    for (const zone of zones.filter(Boolean)) {
      const { problems } = await window.ResistanceCheck.checkConfig({ "time-zone": zone });
      if (problems.some((p) => p.attribute === "time-zone")) out.push(zone);
    }
    return out;
  }, zones);
  assert.deepEqual(refused, []);
  // Left unchosen, it is marked at the field.
  await field(page, "Time zone (required)").focus();
  await page.keyboard.press("Tab");
  await page.locator("#e-time-zone").filter({ hasText: "Choose the office's time zone." }).waitFor();
  await page.close();
});

test("a javascript: booking address never reaches the snippet, and the snippet's fallback links are the checked ones, escaped", async () => {
  const { page } = await openBuilder();
  await fillValid(page);
  await field(page, "Clinic name (required)").fill('Sunset <Skin> & "Co"');
  await field(page, "Doctor").fill("");
  await snippetReady(page);
  const snippet = await page.locator("#snippet").inputValue();
  const fallback = snippet.split("\n")[2];
  assert.match(fallback, /<a href="tel:\+18185550142">\(818\) 555-0142<\/a>/);
  assert.match(fallback, /<a href="https:\/\/sunsetskin\.example\/book\?src=web">book a free consultation with Sunset &lt;Skin&gt; &amp; "Co"<\/a>/);
  assert.match(snippet.split("\n")[1], /clinic-name="Sunset &lt;Skin&gt; &amp; &quot;Co&quot;"/);
  await field(page, "Booking page (required)").fill("javascript:alert(1)");
  await page.locator("#e-booking-url").filter({ hasText: "javascript:" }).waitFor();
  await copyBlocked(page);
  // Copy is blocked in deed too: clicking it copies nothing.
  await page.evaluate(() => navigator.clipboard.writeText("before"));
  await page.locator("#copy").click({ force: true });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "before");
  assert.equal(await page.locator("#copy-status").innerText(), "");
  await page.close();
});

test("the verdict leaves the widget only where a box is ticked, each with its warning, and the preview says so", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  const snippetLine = async () => (await page.locator("#snippet").inputValue()).split("\n")[1];
  assert.doesNotMatch(await snippetLine(), /analytics-verdict|share-verdict/, "both are off by default");
  const analytics = field(page, "Send the verdict to analytics");
  assert.equal(await analytics.isChecked(), false);
  const warning = await page.locator("#h-analytics-verdict").innerText();
  assert.match(warning, /health information/);
  assert.match(warning, /never for "get medical help now"/);
  assert.match(await analytics.getAttribute("aria-describedby"), /h-analytics-verdict/);
  await page.locator("#preview").scrollIntoViewIfNeeded();
  const previewLine = () => page.evaluate(() => document.querySelector("#preview resistance-check")?.shadowRoot?.querySelector(".rc-privacy")?.textContent ?? "");
  await page.waitForFunction(() => document.querySelector("#preview resistance-check")?.shadowRoot?.querySelector(".rc-privacy"));
  assert.match(await previewLine(), /never your answers or your result/);
  await analytics.check();
  await page.waitForFunction(() => / analytics-verdict[ >]/.test(document.querySelector("#snippet").value.split("\n")[1]));
  assert.doesNotMatch(await snippetLine(), /share-verdict/);
  // A new preview widget, which starts once near the viewport again.
  await page.locator("#preview").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => /the kind of result you got/.test(document.querySelector("#preview resistance-check")?.shadowRoot?.querySelector(".rc-privacy")?.textContent ?? ""));
  await field(page, "Add the result's verdict id to the booking link").check();
  await page.waitForFunction(() => / share-verdict[ >]/.test(document.querySelector("#snippet").value.split("\n")[1]));
  await analytics.uncheck();
  await page.waitForFunction(() => !/analytics-verdict/.test(document.querySelector("#snippet").value));
  await assertAccessible(assert, page, "snippet builder, verdict opt-ins");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("bad office hours and closed days are marked at their rows", async () => {
  const { page } = await openBuilder();
  await fillValid(page);
  await page.getByLabel("Friday", { exact: true }).check();
  await field(page, "Friday opens").fill("");
  await page.getByLabel(/^Holidays, one a line/).fill("2026-12-24..2026-12-26 Holidays\nChristmas");
  await page.keyboard.press("Tab");
  await page.locator("#e-closures").filter({ hasText: 'Line 2 ("Christmas"): A date is written YYYY-MM-DD' }).waitFor();
  await page.locator("#e-hours").filter({ hasText: "Friday: A time is written HH:MM" }).waitFor();
  await copyBlocked(page);
  await page.close();
});

test("the builder fits a 320 px phone without sideways scrolling", async () => {
  const phone = await launchBrowser({ viewport: { width: 320, height: 640 } });
  try {
    const { page } = await openBuilder(phone.context);
    await fillValid(page);
    await page.getByLabel("Friday", { exact: true }).check();
    await field(page, "Phone (required)").fill("818-555-O142");
    await page.keyboard.press("Tab");
    await page.locator("#e-phone .message").waitFor();
    // The widget starts only near the viewport: below the form on a phone.
    await page.locator("#preview").scrollIntoViewIfNeeded();
    await widgetReady(page, "#preview resistance-check");
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      widest: Math.max(...[...document.querySelectorAll("body *")].map((e) => e.getBoundingClientRect().right)),
    }));
    assert.ok(widths.page <= widths.viewport, `page ${widths.page}px wide in a ${widths.viewport}px viewport`);
    assert.ok(widths.widest <= widths.viewport + 0.5, `an element reaches ${widths.widest}px`);
    await screenshot(page, "builder-320px");
    await page.close();
  } finally {
    await phone.close();
  }
});

test("the builder's snippet, pasted into a page on another origin, shows the configured widget", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  await field(page, "Main colour").fill("#7a1f5c");
  await page.getByLabel(/^Holidays, one a line/).fill("2026-12-24..2026-12-26 Holidays");
  await page.locator("#f-lang").selectOption("en");
  await field(page, "Booking button text in Spanish").fill("Reserve con Dr. Rivera");
  await snippetReady(page);
  // The live preview follows the form (it starts only near the viewport).
  await page.locator("#preview").scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    document.querySelector("#preview resistance-check")?.shadowRoot?.querySelector("a.rc-call")?.textContent.includes("555-0142"),
  );
  assert.equal(await inPreview(page, "a.rc-book").getAttribute("href"), "https://sunsetskin.example/book?src=web");
  assert.match(await inPreview(page, "table.rc-hours").innerText(), /Saturday(\s+\(today\))?\s+9:00 am\s*[–-]\s*1:00 pm/);
  assert.equal(await page.locator("#preview resistance-check").count(), 1, "one preview widget at a time");

  const snippet = await page.locator("#snippet").inputValue();
  assert.ok(snippet.split("\n").length <= 3, `at most three lines:\n${snippet}`);
  assert.match(snippet, /cta-text-es="Reserve con Dr\. Rivera"/);
  assert.doesNotMatch(snippet, /hour-cycle/, "the default clock is left out");
  await page.getByRole("button", { name: "Copy snippet" }).click();
  await page.getByText("Copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download snippet" }).click();
  assert.equal((await download).suggestedFilename(), "resistance-check-snippet.html");
  await assertAccessible(assert, page, "snippet builder, filled in");
  await screenshot(page, "builder-filled-in");
  assert.deepEqual(pageErrors, []);

  const pasted = await pasteOnAnotherOrigin(snippet);
  try {
    await widgetReady(pasted.page);
    const widget = (selector) => pasted.page.locator(`resistance-check ${selector}`);
    assert.equal(await widget("a.rc-book").getAttribute("href"), "https://sunsetskin.example/book?src=web");
    assert.equal(await widget("a.rc-call").getAttribute("href"), "tel:+18185550142");
    assert.match(await widget("a.rc-book").innerText(), /Dr\. Rivera/);
    assert.match(await widget("table.rc-hours").innerText(), /Saturday(\s+\(today\))?\s+9:00\sam\s*[–-]\s*1:00\spm/);
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
    await pasted.close();
  }
  await page.close();
});

/** Serves a blank page holding `snippet` from a second server (another port: another origin). */
async function pasteOnAnotherOrigin(snippet) {
  const site = await startServer({
    root: DIST,
    pages: {
      "/blank.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>\n${snippet}\n</body></html>`,
    },
  });
  assert.notEqual(new URL(site.address).port, new URL(server.address).port);
  const opened = await openPage(browser.context, `${site.address}/blank.html`);
  return {
    ...opened,
    async close() {
      await opened.page.close();
      await site.close();
    },
  };
}
