// The snippet builder, as marketing uses it: fields start empty, every bad value gets its
// error at its field (from the widget's own rules, through the wasm's checkConfig), Copy and
// download stay blocked until all is right, the page fits a 320 px phone, the snippet works
// when pasted into a page on another origin, and "Test the install" says why it would not.
// "How will it appear?": each choice's outputs (the dialog's snippet and openers, the
// launcher's, clinic.json, the own page's address, the iframe), each checked again here by
// the widget's checkConfig, escaped, and blocked until its own fields are right.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { DIST, ROOT, assertAccessible, launchBrowser, openPage, screenshot, serveDist, widgetReady } from "./harness.mjs";

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
    // Every choice's fields and outputs fit too.
    for (const choice of Object.values(CHOICES)) {
      await page.getByRole("radio", { name: choice, exact: true }).check();
      const wide = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        widest: Math.max(...[...document.querySelectorAll("body *")].map((e) => e.getBoundingClientRect().right)),
      }));
      assert.ok(wide.page <= wide.viewport && wide.widest <= wide.viewport + 0.5, `${choice}: ${JSON.stringify(wide)}`);
    }
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

// "How will it appear?", choice by choice.
const CHOICES = {
  inline: "On the page",
  dialog: "A button or link that opens it",
  launcher: "A floating button",
  page: "A link to its own page",
  iframe: "An iframe",
};
const TABLE = JSON.parse(await readFile(join(ROOT, "integrations/wordpress/attributes.json"), "utf8"));
const ATTRIBUTE_NAMES = new Set(TABLE.attributes.map((attribute) => attribute.name));
const HOURS_KEYS = ["openingHoursSpecification", "specialOpeningHoursSpecification"];
const HOSTILE_TEXT = 'Take the <2-minute> check & "see" </textarea><script>alert(1)</script>';
const HOSTILE_ESCAPED = 'Take the &lt;2-minute&gt; check &amp; "see" &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;';

const choose = (page, choice) => page.getByRole("radio", { name: CHOICES[choice], exact: true }).check();
const outputText = (page, label) => page.getByLabel(label, { exact: true }).inputValue();
/** The output boxes on show and whether each has text. */
const shownOutputs = (page) =>
  page.evaluate(() => [...document.querySelectorAll("[data-output]")].filter((box) => box.checkVisibility()).map((box) => box.dataset.output));
/** Every Copy and Download button on show, by name, and whether it is enabled. */
const shownButtons = (page) =>
  page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("[data-copy], [data-download]")].filter((b) => b.checkVisibility()).map((b) => [b.textContent, !b.disabled])),
  );

/**
 * The first <resistance-check> of `html` read as the widget reads it: its attributes, and
 * checkConfig's verdict on them and its hours script.
 */
const checkMarkup = (page, html) =>
  page.evaluate(async (html) => {
    const host = new DOMParser().parseFromString(html, "text/html").querySelector("resistance-check");
    const attributes = Object.fromEntries([...host.attributes].map((attribute) => [attribute.name, attribute.value]));
    const hours = host.querySelector('script[type="application/json"]').textContent;
    const check = await window.ResistanceCheck.checkConfig(attributes, hours);
    return { attributes, problems: check.problems, fallbackLinks: [...host.querySelectorAll("p a")].map((a) => a.getAttribute("href")) };
  }, html);

/** clinic.json as check.html reads it: parsed, and its attributes and hours through checkConfig. */
const checkClinicJson = (page, text) =>
  page.evaluate(async (text) => {
    const clinic = JSON.parse(text);
    const { openingHoursSpecification, specialOpeningHoursSpecification, "parent-origins": origins, ...attributes } = clinic;
    const strings = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value === true ? "" : value]));
    const hours = JSON.stringify({ openingHoursSpecification, ...(specialOpeningHoursSpecification ? { specialOpeningHoursSpecification } : {}) });
    const check = await window.ResistanceCheck.checkConfig(strings, hours);
    return { clinic, problems: check.problems };
  }, text);

test('"How will it appear?" starts on the page, as before, and shows only that choice\'s fields and outputs', async () => {
  const { page, pageErrors } = await openBuilder();
  const radios = page.getByRole("group", { name: "How will it appear?" }).getByRole("radio");
  assert.equal(await radios.count(), 5);
  for (const [choice, label] of Object.entries(CHOICES)) {
    assert.equal(await page.getByRole("radio", { name: label, exact: true }).isChecked(), choice === "inline", label);
  }
  for (const label of ["Button or link text (required)", "Floating button text", "Corner", "Address of check.html (required)", "Sites that show it in an iframe"]) {
    assert.equal(await page.getByLabel(label, { exact: true }).isVisible(), false, `${label} is hidden on the page`);
  }
  assert.deepEqual(await shownOutputs(page), ["snippet"]);
  await fillValid(page);
  assert.deepEqual(await shownButtons(page), { "Copy snippet": true, "Download snippet": true });
  // Another choice and back: the snippet is today's again.
  const inline = await outputText(page, "Paste this into your page");
  await choose(page, "launcher");
  await page.waitForFunction(() => document.querySelector("#snippet").value.includes('mode="launcher"'));
  await choose(page, "inline");
  await page.waitForFunction((inline) => document.querySelector("#snippet").value === inline, inline);
  assert.doesNotMatch(inline, /mode=/);
  await assertAccessible(assert, page, "builder, on the page");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("a button or link that opens it: the dialog's snippet, the button and the link, escaped, blocked until the text is there, and clinic.json", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  await choose(page, "dialog");
  assert.deepEqual(await shownOutputs(page), ["snippet", "opener-button", "opener-link", "clinic-json"]);
  // The opener's text is required: every output waits for it.
  const text = page.getByLabel("Button or link text (required)", { exact: true });
  assert.equal(await text.inputValue(), "", "no text is filled in for the marketer");
  await text.focus();
  await page.keyboard.press("Tab");
  await page.locator("#e-opener-text").filter({ hasText: "Enter what the button or link says." }).waitFor();
  assert.equal(await text.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#problems").innerText(), /Button or link text: Enter what the button or link says\./);
  assert.ok(Object.values(await shownButtons(page)).every((enabled) => !enabled), "nothing can be copied yet");
  assert.equal(await outputText(page, "Paste this into your page"), "");
  await assertAccessible(assert, page, "builder, dialog without its text");

  await text.fill(HOSTILE_TEXT);
  await page.waitForFunction(() => document.querySelector("#out-opener-button").value !== "");
  assert.deepEqual(await shownButtons(page), { "Copy snippet": true, "Download snippet": true, "Copy button": true, "Copy link": true, "Download clinic.json": true, "Copy clinic.json": true });
  const snippet = await outputText(page, "Paste this into your page");
  assert.match(snippet.split("\n")[1], /^<resistance-check mode="dialog" id="resistance-check-dialog" clinic-name="Sunset Skin Clinic" /);
  const { attributes, problems, fallbackLinks } = await checkMarkup(page, snippet);
  assert.deepEqual(problems, [], "the dialog's attributes pass the widget's rules");
  assert.equal(attributes.phone, "(818) 555-0142");
  assert.deepEqual(fallbackLinks, ["tel:+18185550142", "https://sunsetskin.example/book?src=web"], "the fallback is in the dialog element, as inline");

  const checkPage = `${server.address}/check.html`;
  const button = await outputText(page, "A button that opens it");
  assert.equal(button, `<button type="button" data-resistance-check-open="resistance-check-dialog">${HOSTILE_ESCAPED}</button>`);
  const link = await outputText(page, "Or a link that opens it");
  assert.equal(link, `<a href="${checkPage}" data-resistance-check-open="resistance-check-dialog">${HOSTILE_ESCAPED}</a>`);
  // Parsed as a page would: one element each, its text exactly as typed, no script.
  const parsed = await page.evaluate((html) => {
    const body = new DOMParser().parseFromString(html, "text/html").body;
    return { elements: [...body.children].map((e) => e.localName), text: [...body.children].map((e) => e.textContent), scripts: body.querySelectorAll("script").length };
  }, `${button}\n${link}`);
  assert.deepEqual(parsed, { elements: ["button", "a"], text: [HOSTILE_TEXT, HOSTILE_TEXT], scripts: 0 });

  const json = await checkClinicJson(page, await outputText(page, "clinic.json"));
  assert.deepEqual(json.problems, []);
  assert.equal(json.clinic["parent-origins"], undefined, "only an iframe has parent origins");

  await page.getByRole("button", { name: "Copy button" }).click();
  await page.getByText("Copied the button.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), button);
  // A folder is not check.html: refused at its field, with the fix offered.
  const pageUrl = page.getByLabel("Address of check.html (required)", { exact: true });
  assert.equal(await pageUrl.inputValue(), checkPage, "check.html beside the loader");
  await pageUrl.fill("https://www.clinic.example/check/");
  await page.keyboard.press("Tab");
  await page.locator("#e-page-url").filter({ hasText: "Give the address of check.html itself" }).waitFor();
  await copyBlocked(page);
  assert.equal(await page.getByRole("button", { name: "Copy link" }).isDisabled(), true);
  await page.locator("#e-page-url").getByRole("button", { name: "Use https://www.clinic.example/check/check.html" }).click();
  await page.waitForFunction(() => document.querySelector("#out-opener-link").value.includes('href="https://www.clinic.example/check/check.html"'));
  await assertAccessible(assert, page, "builder, dialog");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("a floating button: the launcher's snippet, its text and corner written only when given, and checked", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  await choose(page, "launcher");
  assert.deepEqual(await shownOutputs(page), ["snippet"]);
  await page.waitForFunction(() => document.querySelector("#snippet").value.includes('mode="launcher"'));
  let snippet = await outputText(page, "Paste this into your page");
  assert.match(snippet.split("\n")[1], /^<resistance-check mode="launcher" clinic-name=/);
  assert.doesNotMatch(snippet, /launcher-text|launcher-position/, "the widget's own text and corner are its defaults");
  assert.match(await page.locator("#h-snippet").innerText(), /every page that shows the floating button/);

  await page.getByLabel("Floating button text", { exact: true }).fill('Is your Botox "wearing off"? <b>');
  await page.getByLabel("Corner", { exact: true }).selectOption({ label: "Bottom left" });
  await page.waitForFunction(() => document.querySelector("#snippet").value.includes("launcher-position"));
  snippet = await outputText(page, "Paste this into your page");
  assert.match(snippet.split("\n")[1], /^<resistance-check mode="launcher" launcher-text="Is your Botox &quot;wearing off&quot;\? &lt;b&gt;" launcher-position="bottom-left" clinic-name=/);
  const { attributes, problems } = await checkMarkup(page, snippet);
  assert.deepEqual(problems, []);
  assert.equal(attributes["launcher-text"], 'Is your Botox "wearing off"? <b>');

  // Too long for a phone's button: refused at the field, nothing to copy.
  await page.getByLabel("Floating button text", { exact: true }).fill("Is your Botox wearing off? ".repeat(4));
  await page.keyboard.press("Tab");
  await page.locator("#e-launcher-text").filter({ hasText: "characters long; at most 80 fit" }).waitFor();
  await copyBlocked(page);
  await assertAccessible(assert, page, "builder, launcher text too long");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("a link to its own page: clinic.json (parsed, the attribute names and the hours, checked) and the check's address, downloaded and copied", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  await page.getByLabel(/^Holidays, one a line/).fill("2026-12-24..2026-12-26 Holidays");
  await field(page, "Send the verdict to analytics").check();
  await page.getByLabel("Link the address to directions").uncheck();
  await choose(page, "page");
  assert.deepEqual(await shownOutputs(page), ["clinic-json", "page-address"]);
  await page.waitForFunction(() => document.querySelector("#out-clinic-json").value.includes("specialOpeningHoursSpecification"));
  const text = await outputText(page, "clinic.json");
  const { clinic, problems } = await checkClinicJson(page, text);
  assert.deepEqual(problems, [], "clinic.json passes the widget's rules");
  for (const key of Object.keys(clinic).filter((key) => !HOURS_KEYS.includes(key))) assert.ok(ATTRIBUTE_NAMES.has(key), `"${key}" is an attribute name`);
  assert.equal(clinic["clinic-name"], "Sunset Skin Clinic");
  assert.equal(clinic.phone, "(818) 555-0142");
  assert.equal(clinic["booking-url"], "https://sunsetskin.example/book?src=web");
  assert.equal(clinic["time-zone"], "America/Los_Angeles");
  assert.equal(clinic["analytics-verdict"], true, "an opt-in flag is JSON true");
  assert.equal(clinic.directions, "off");
  assert.deepEqual(clinic.openingHoursSpecification[0], { dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "10:00", closes: "17:00" });
  assert.deepEqual(clinic.specialOpeningHoursSpecification, [{ validFrom: "2026-12-24", validThrough: "2026-12-26", name: "Holidays" }]);
  assert.ok(!("mode" in clinic) && !("parent-origins" in clinic));
  for (const value of Object.values(clinic)) assert.ok(["string", "boolean", "object"].includes(typeof value));

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download clinic.json" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "clinic.json");
  assert.deepEqual(JSON.parse(await readFile(await file.path(), "utf8")), clinic);
  await page.getByRole("button", { name: "Copy clinic.json" }).click();
  await page.getByText("Copied clinic.json.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);

  // The address follows the loader's until it is given, then stays.
  assert.equal(await outputText(page, "The check's own address"), `${server.address}/check.html`);
  await field(page, "Loader address").fill("https://cdn.clinic.example/rc/resistance-check.js");
  await page.waitForFunction(() => document.querySelector("#out-page-address").value === "https://cdn.clinic.example/rc/check.html");
  await page.getByLabel("Address of check.html (required)", { exact: true }).fill("https://www.sunsetskin.example/check.html");
  await field(page, "Loader address").fill("https://cdn2.clinic.example/resistance-check.js");
  await page.waitForFunction(() => document.querySelector("#out-page-address").value === "https://www.sunsetskin.example/check.html");
  await page.getByRole("button", { name: "Copy address" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "https://www.sunsetskin.example/check.html");
  // A bad clinic value blocks clinic.json as it blocks the snippet.
  await field(page, "Phone (required)").fill("555-CALL-NOW");
  await page.keyboard.press("Tab");
  await page.locator("#e-phone .message").waitFor();
  assert.equal(await outputText(page, "clinic.json"), "");
  assert.deepEqual(await shownButtons(page), { "Download clinic.json": false, "Copy clinic.json": false, "Copy address": false });
  await assertAccessible(assert, page, "builder, own page");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("an iframe: the frame and frame.js beside check.html, and only whole origins as parent-origins in clinic.json", async () => {
  const { page, pageErrors } = await openBuilder();
  await fillValid(page);
  await choose(page, "iframe");
  assert.deepEqual(await shownOutputs(page), ["clinic-json", "iframe"]);
  await page.waitForFunction(() => document.querySelector("#out-iframe").value !== "");
  const checkPage = `${server.address}/check.html`;
  assert.equal(
    await outputText(page, "Paste this where the check goes"),
    `<iframe src="${checkPage}" title="Is your Botox wearing off? A self-check by Sunset Skin Clinic" style="width:100%;border:0" height="640" loading="lazy"></iframe>\n` +
      `<script src="${server.address}/frame.js" async></script>`,
  );
  assert.equal(JSON.parse(await outputText(page, "clinic.json"))["parent-origins"], undefined, "no origin given: none");

  const origins = page.getByLabel("Sites that show it in an iframe", { exact: true });
  await origins.fill("*");
  await page.keyboard.press("Tab");
  await page.locator("#e-parent-origins").filter({ hasText: "Name your site" }).waitFor();
  await copyBlocked(page);
  assert.deepEqual(await shownButtons(page), { "Download clinic.json": false, "Copy clinic.json": false, "Copy iframe": false, "Download iframe": false });
  await origins.fill("https://www.sunsetskin.example/landing\nhttps://promo.sunsetskin.example");
  await page.locator("#e-parent-origins").filter({ hasText: "is more than a site's address" }).waitFor();
  await page.locator("#e-parent-origins").getByRole("button", { name: /^Use https:\/\/www\.sunsetskin\.example/ }).click();
  await page.waitForFunction(() => document.querySelector("#out-clinic-json").value.includes("parent-origins"));
  assert.equal(await origins.inputValue(), "https://www.sunsetskin.example\nhttps://promo.sunsetskin.example");
  const { clinic, problems } = await checkClinicJson(page, await outputText(page, "clinic.json"));
  assert.deepEqual(problems, []);
  assert.deepEqual(clinic["parent-origins"], ["https://www.sunsetskin.example", "https://promo.sunsetskin.example"]);

  // The frame's name follows a Spanish widget; the clinic's name is escaped in it.
  await field(page, "Clinic name (required)").fill('Clínica "Sol" & <Piel>');
  await page.locator("#f-lang").selectOption("es");
  await page.waitForFunction(() => document.querySelector("#out-iframe").value.includes("Autoevaluación"));
  assert.match(await outputText(page, "Paste this where the check goes"), /title="¿Su bótox dura menos\? Autoevaluación de Clínica &quot;Sol&quot; &amp; &lt;Piel&gt;"/);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download iframe" }).click();
  assert.equal((await download).suggestedFilename(), "resistance-check-iframe.html");
  await assertAccessible(assert, page, "builder, iframe");
  await screenshot(page, "builder-iframe");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("the dialog's snippet and button, and the launcher's snippet, pasted on another origin, open the clinic's check in a dialog", async () => {
  const { page } = await openBuilder();
  await fillValid(page);
  await choose(page, "dialog");
  await page.getByLabel("Button or link text (required)", { exact: true }).fill("Take the 2-minute check");
  await page.waitForFunction(() => document.querySelector("#out-opener-button").value !== "");
  const dialogPage = [await outputText(page, "Paste this into your page"), `<main><h1>Clinic</h1>${await outputText(page, "A button that opens it")}</main>`].join("\n");
  await choose(page, "launcher");
  await page.getByLabel("Floating button text", { exact: true }).fill("Is your Botox wearing off?");
  await page.waitForFunction(() => document.querySelector("#snippet").value.includes("launcher-text"));
  const launcherPage = await outputText(page, "Paste this into your page");
  await page.close();

  const pasted = await pasteOnAnotherOrigin(dialogPage);
  try {
    const button = pasted.page.getByRole("button", { name: "Take the 2-minute check", exact: true });
    await button.click();
    await pasted.page.getByRole("dialog").waitFor();
    await widgetReady(pasted.page, "resistance-check#resistance-check-dialog");
    const call = pasted.page.locator("resistance-check a.rc-call").first();
    assert.equal(await call.getAttribute("href"), "tel:+18185550142", "the clinic's own contact in the dialog");
    await pasted.page.keyboard.press("Escape");
    await pasted.page.getByRole("dialog").waitFor({ state: "hidden" });
    assert.equal(await button.evaluate((element) => element === document.activeElement), true, "the focus is back on the button");
    assert.deepEqual(pasted.pageErrors, []);
  } finally {
    await pasted.close();
  }
  const floating = await pasteOnAnotherOrigin(launcherPage);
  try {
    const launcher = floating.page.locator("resistance-check .rc-launcher-open");
    await launcher.waitFor();
    assert.equal((await launcher.innerText()).trim(), "Is your Botox wearing off?");
    assert.equal(await floating.page.getByRole("dialog").count(), 0, "nothing opens by itself");
    await launcher.click();
    await floating.page.getByRole("dialog").waitFor();
    assert.deepEqual(floating.pageErrors, []);
  } finally {
    await floating.close();
  }
});

test("deployed as the builder says: its clinic.json beside check.html shows the clinic on the check's own page, and its iframe markup on the listed site sizes the frame and hears the events", async () => {
  // Filled once the addresses are known: the servers read their pages at each request.
  const sitePages = {};
  const parentPages = {};
  const site = await serveDist({ pages: sitePages });
  const parent = await startServer({ root: join(ROOT, "docs"), pages: parentPages });
  try {
    const { page } = await openBuilder();
    await fillValid(page);
    await choose(page, "iframe");
    await page.getByLabel("Address of check.html (required)", { exact: true }).fill(`${site.address}/check.html`);
    await page.getByLabel("Sites that show it in an iframe", { exact: true }).fill(parent.address);
    await page.waitForFunction((origin) => document.querySelector("#out-clinic-json").value.includes(origin), parent.address);
    await page.waitForFunction((site) => document.querySelector("#out-iframe").value.includes(site), site.address);
    sitePages["/clinic.json"] = await outputText(page, "clinic.json");
    const markup = await outputText(page, "Paste this where the check goes");
    await page.close();
    parentPages["/parent.html"] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our clinic</title></head><body><main><h1>Our clinic</h1>\n${markup}\n</main></body></html>`;

    // The check's own page, from the builder's clinic.json alone.
    const own = await openPage(browser.context, `${site.address}/check.html`);
    try {
      await widgetReady(own.page);
      assert.equal(await own.page.locator("resistance-check a.rc-call").first().getAttribute("href"), "tel:+18185550142");
      assert.match(await own.page.title(), /Sunset Skin Clinic/);
      const warnings = own.consoleMessages.filter((m) => (m.type === "warning" || m.type === "error") && !m.url.endsWith("/favicon.ico"));
      assert.deepEqual(warnings, [], "every key of the builder's clinic.json is one the page reads, and every value passes");
      assert.deepEqual(own.pageErrors, []);
    } finally {
      await own.page.close();
    }

    // Framed on the listed site, with frame.js.
    const framed = await openPage(browser.context);
    try {
      // The messages the parent page receives, from its first script on.
      await framed.page.addInitScript(() => {
        if (window.top !== window) return;
        window.heard = [];
        window.addEventListener("message", (event) => window.heard.push({ origin: event.origin, data: event.data }));
      });
      await framed.page.goto(`${parent.address}/parent.html`);
      const frameElement = await framed.page.waitForSelector("iframe");
      assert.equal(await frameElement.getAttribute("title"), "Is your Botox wearing off? A self-check by Sunset Skin Clinic");
      let frame = await frameElement.contentFrame();
      while (!frame || !/check\.html/.test(frame.url())) {
        await framed.page.waitForEvent("framenavigated");
        frame = await frameElement.contentFrame();
      }
      await widgetReady(frame);
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await framed.page.waitForFunction((height) => document.querySelector("iframe").clientHeight === height, content);
      assert.notEqual(content, 640, "sized to the content, not the markup's 640 px");
      await frame.locator("resistance-check").getByRole("button", { name: "None of these, continue" }).click();
      await frame.locator("resistance-check .rc-path").first().waitFor();
      // The listed site (clinic.json's parent-origins, from the builder's field) hears the events.
      await framed.page.waitForFunction(() => window.heard.some((m) => m.data?.type === "resistance-check:event"));
      const events = await framed.page.evaluate(() => window.heard.filter((m) => m.data?.type === "resistance-check:event"));
      assert.ok(events.every((m) => m.origin === site.address), `from check.html's origin: ${JSON.stringify(events)}`);
      assert.deepEqual(framed.pageErrors, []);
    } finally {
      await framed.page.close();
    }
  } finally {
    await site.close();
    await parent.close();
  }
});
