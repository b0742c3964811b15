// The visitor's calculator through the release build in Chromium: every verdict through
// the quick path and the detailed path, a keyboard-only run, a Spanish run, validation
// errors fixed without losing what was typed, the print view, axe-core on every step, and
// screenshots of every step at 320, 375, 812 (a phone turned sideways) and 1280 px.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertFits, launchBrowser, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

let server;
let wide;
let narrow;
let narrowest;
/** A clinic page whose widget has `attributes`, for the configuration tests below. */
// A clinic that gives its contacts (the widget shows no placeholder for a missing one).
const CONTACTS = 'clinic-name="Sunset Skin" doctor="Dr. Rivera" phone="(818) 555-0142" booking-url="https://clinic.example/book" time-zone="America/Los_Angeles"';
const clinicPage = (attributes) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>` +
  `<script type="module" async src="/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>Clinic</h1><resistance-check ${CONTACTS} ${attributes}><p>Call ` +
  `<a href="tel:8185550142">(818) 555-0142</a>.</p></resistance-check></main></body></html>`;

let landscape;
before(async () => {
  server = await serveDist({
    pages: {
      "/spanish.html": clinicPage('lang="es" cta-text="Book your visit" cta-text-es="Reserve su visita"'),
      "/clock-24.html": clinicPage('lang="es" hour-cycle="h23"'),
    },
  });
  wide = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  narrow = await launchBrowser({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  narrowest = await launchBrowser({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  landscape = await launchBrowser({ viewport: { width: 812, height: 375 }, isMobile: true, hasTouch: true });
});
after(async () => {
  await wide?.close();
  await narrow?.close();
  await narrowest?.close();
  await landscape?.close();
  await server?.close();
});

/** A fresh page with the widget mounted; returns the page and the widget's host. */
async function open(browser = wide) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`${server.address}/`);
  await widgetReady(page);
  return { page, widget: page.locator("resistance-check"), errors };
}

const heading = (widget) => widget.locator("#rc-step-heading");
const verdictOf = (widget) => widget.locator("[data-verdict]").getAttribute("data-verdict");
const causesOf = (widget) =>
  widget.locator("[data-cause]").evaluateAll((nodes) => nodes.map((node) => node.dataset.cause));

/** The deepest focused element's tag and text, looking through the shadow root. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.tagName.toLowerCase(), id: element?.id ?? "", text: element?.textContent?.trim() ?? "" };
  });

async function passSafety(widget) {
  await widget.getByRole("button", { name: "None of these, continue" }).click();
}

/** Answers the quick check by option labels; the last entry may tick about-you boxes. */
async function quickPath(widget, options, about = []) {
  await passSafety(widget);
  await widget.getByRole("button", { name: /^Quick check/ }).click();
  for (const option of options) {
    await widget.getByRole("button", { name: option, exact: true }).click();
  }
  for (const label of about) {
    await widget.getByLabel(label).check();
  }
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
}

/**
 * The result's call to action where the visitor decides: a booking button and a call link
 * right after the verdict's summary (above the causes), and again as the result's last
 * element; both link where the contact panel does.
 */
async function assertLeadsToBooking(widget) {
  const ctas = widget.locator(".rc-result .rc-result-cta");
  assert.equal(await ctas.count(), 2, "a call to action after the summary and at the end");
  const first = ctas.first();
  assert.equal(await first.evaluate((cta) => cta.previousElementSibling.className), "rc-summary");
  assert.equal(await ctas.last().evaluate((cta) => cta.nextElementSibling), null, "the other one ends the result");
  const panelHref = await widget.locator(".rc-contact a.rc-book").getAttribute("href");
  for (const cta of [first, ctas.last()]) {
    assert.ok(await cta.locator("a.rc-book").isVisible());
    assert.equal(await cta.locator("a.rc-book").getAttribute("href"), panelHref);
    assert.equal(await cta.locator("a.rc-call").getAttribute("href"), "tel:+15550100199");
  }
  const causes = widget.locator(".rc-block").first();
  const [ctaBox, causesBox] = [await first.boundingBox(), await causes.boundingBox()];
  assert.ok(ctaBox.y < causesBox.y, "the booking button comes before the explanation");
}

const QUICK = {
  too_early: ["Less than a year", "Every 3 months or less often", "Botox", "About the same", "No effect at all the last time", "Less than 2 weeks ago", "No"],
  possible_resistance: ["More than 3 years", "Every 3 months or less often", "Botox", "About the same", "Weaker or shorter, a bit more each time over several visits", "6 weeks to 4 months ago", "No"],
  correctable: ["1 to 3 years", "Every 3 months or less often", "Dysport", "Lower", "Weaker or shorter, only the last time", "2 to 6 weeks ago", "No"],
  unclear: ["1 to 3 years", "Every 3 months or less often", "Xeomin", "About the same", "It has never worked at all", "More than 4 months ago", "No"],
  no_concern: ["More than 3 years", "Every 3 months or less often", "Xeomin", "About the same", "About the same as always", "6 weeks to 4 months ago", "I don't know"],
};

describe("quick path", () => {
  for (const [verdict, options] of Object.entries(QUICK)) {
    test(`reaches ${verdict}`, async () => {
      const { page, widget, errors } = await open();
      await quickPath(widget, options);
      assert.equal(await verdictOf(widget), verdict);
      // The result explains itself and keeps the call to action.
      assert.ok((await widget.locator(".rc-steps li").count()) > 0, "next steps are listed");
      await assertLeadsToBooking(widget);
      assert.match(await widget.locator(".rc-disclaimer").innerText(), /not medical advice/);
      assert.equal((await focused(page)).id, "rc-step-heading", "focus moves to the result's headline");
      await assertAccessible(assert, page, `quick result ${verdict}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("reaches seek_care from the safety screen, with no booking pitch", async () => {
    const { page, widget } = await open();
    await widget.getByLabel("Trouble breathing").check();
    await widget.getByRole("button", { name: "Continue", exact: true }).click();
    assert.equal(await verdictOf(widget), "seek_care");
    assert.match(await widget.locator(".rc-emergency").innerText(), /911/);
    assert.equal(await widget.locator("a.rc-book").count(), 0, "no booking link on the seek-care screen");
    assert.equal(await widget.locator(".rc-result-cta").count(), 0, "no call to action bar on the seek-care screen");
    // A large emergency call beside the clinic's number.
    const emergency = widget.locator(".rc-emergency a.rc-call-emergency[href='tel:911']");
    assert.match(await emergency.innerText(), /Call 911/);
    const box = await emergency.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 88, `the 911 link is large (${box.width}×${box.height})`);
    // The office comes after the emergency call, with whether it is open now.
    const clinic = widget.locator(".rc-emergency-office .rc-cta a.rc-call");
    assert.equal(await clinic.getAttribute("href"), "tel:+15550100199");
    assert.ok(await clinic.isVisible());
    assert.match(await widget.locator(".rc-emergency-office .rc-status").innerText(), /^(Open now|Closed now)/);
    const order = await widget.evaluate((host) => {
      const shadow = host.shadowRoot;
      const call = shadow.querySelector(".rc-call-emergency");
      const office = shadow.querySelector(".rc-emergency-office");
      return call.compareDocumentPosition(office) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, "the emergency call comes before the office");
    await assertAccessible(assert, page, "seek care");
    // Back returns to the safety screen with the symptom still ticked.
    await widget.getByRole("button", { name: "Change my answers" }).click();
    assert.equal(await widget.getByLabel("Trouble breathing").isChecked(), true);
    await page.close();
  });

  test("the emergency number is a tap-to-call link on the first screen, and whole in a 375 x 667 phone's first view on the seek-care screen", async () => {
    const phone = await launchBrowser({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    try {
      const { page, widget, errors } = await open(phone);
      const first = widget.locator(".rc-emergency-first a[href='tel:911']");
      assert.equal(await first.innerText(), "911");
      await widget.getByLabel("Trouble swallowing").check();
      await widget.getByRole("button", { name: "Continue", exact: true }).click();
      assert.equal(await verdictOf(widget), "seek_care");
      await settle(page);
      const call = await widget.locator("a.rc-call-emergency").boundingBox();
      assert.ok(call.y >= 0 && call.y + call.height <= 667, `the call button spans ${Math.round(call.y)} to ${Math.round(call.y + call.height)} px`);
      assert.equal(await widget.locator(".rc-emergency a[href='tel:911']").count(), 2, "the number in the sentence and its button");
      await screenshot(page, "seek-care-375x667");
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await phone.close();
    }
  });

  test("on a phone the booking button is near the headline and a call / book bar stays in view", async () => {
    const { page, widget } = await open(narrow);
    await quickPath(widget, QUICK.possible_resistance);
    const headline = await widget.locator("#rc-step-heading").boundingBox();
    const book = await widget.locator(".rc-result-cta a.rc-book").first().boundingBox();
    assert.ok(book.y - headline.y < 400, `the booking button is ${Math.round(book.y - headline.y)} px below the headline`);
    // Reading the causes, half-way down the result, the first booking button scrolled
    // away (while it is on screen the bar stays in its place: crowding.test.mjs): the end
    // bar is on screen.
    await widget.locator(".rc-causes").scrollIntoViewIfNeeded();
    const first = await widget.locator(".rc-result-cta").first().boundingBox();
    await page.evaluate((by) => window.scrollBy(0, by), Math.max(0, first.y + first.height) + 20);
    // The bar sticks once the widget's observer has seen the first booking button leave the
    // screen, a frame or two after the scroll.
    await page
      .waitForFunction(() => {
        const bar = document.querySelector("resistance-check").shadowRoot.querySelector(".rc-cta-end").getBoundingClientRect();
        return bar.top >= 0 && bar.bottom <= innerHeight + 1;
      }, null, { timeout: 5000 })
      .catch(() => {});
    const bar = await widget.locator(".rc-cta-end").boundingBox();
    const viewport = page.viewportSize();
    assert.ok(bar.y >= 0 && bar.y + bar.height <= viewport.height + 1, `the bar is at ${bar.y}..${bar.y + bar.height} of ${viewport.height}`);
    assert.ok(bar.height <= 140, `the bar stays compact (${bar.height} px)`);
    await screenshot(page, "result-booking-bar-375");
    await page.close();
  });

  test("the progress line promises no count before a path is chosen, then counts that path's steps", async () => {
    const { page, widget } = await open();
    const progress = () => widget.locator(".rc-progress span").innerText();
    assert.equal(await progress(), "Step 1");
    assert.equal(await widget.locator(".rc-progress progress").count(), 0);
    await passSafety(widget);
    assert.equal(await progress(), "Step 2");
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    assert.equal(await progress(), "Step 3 of 5");
    assert.equal(await widget.locator(".rc-progress progress").getAttribute("max"), "5");
    await widget.getByRole("button", { name: "Back" }).click();
    await widget.getByRole("button", { name: /^Quick check/ }).click();
    assert.equal(await progress(), "Step 3 of 11");
    await widget.getByRole("button", { name: "This was my first treatment", exact: true }).click();
    assert.equal(await progress(), "Step 4 of 8", "a first treatment skips the questions that do not apply");
    await page.close();
  });

  test("quotes the visitor's own answers, not invented numbers", async () => {
    const { page, widget } = await open();
    await quickPath(widget, QUICK.correctable);
    assert.ok((await causesOf(widget)).includes("low_dose"));
    const evidence = await widget.locator(".rc-evidence").allInnerTexts();
    assert.ok(evidence.join(" ").includes("You said your last dose was lower"), evidence.join("\n"));
    assert.doesNotMatch(evidence.join(" "), /\d+ units/);
    await page.close();
  });

  test("says only what the visitor said: always short, not sure, touch-ups at the same dose", async () => {
    const cases = [
      {
        options: ["1 to 3 years", "Every 3 months or less often", "Botox", "About the same", "It has always worn off quickly", "6 weeks to 4 months ago", "No"],
        verdict: "correctable",
        quote: "You said the effect wears off quickly.",
      },
      {
        options: ["1 to 3 years", "Every 3 months or less often", "Botox", "About the same", "I'm not sure", "6 weeks to 4 months ago", "No"],
        verdict: "unclear",
        quote: null,
      },
      {
        options: ["1 to 3 years", "I also get extra touch-ups a few weeks after", "Botox", "About the same", "Weaker or shorter, a bit more each time over several visits", "6 weeks to 4 months ago", "No"],
        verdict: "possible_resistance",
        quote: "You said your last dose was about the same as the ones before.",
      },
    ];
    for (const { options, verdict, quote } of cases) {
      const { page, widget } = await open();
      await quickPath(widget, options);
      assert.equal(await verdictOf(widget), verdict, options.join(" / "));
      const causes = await causesOf(widget);
      assert.ok(!causes.includes("low_dose"), `no lower dose was reported: ${causes}`);
      const evidence = (await widget.locator(".rc-evidence").allInnerTexts()).join("\n");
      if (quote) assert.ok(evidence.includes(quote), evidence);
      else assert.deepEqual(causes, [], "not knowing adds no cause");
      assert.doesNotMatch(evidence, /weaker recent|\d+ units|\b20\d\d\b/, "nothing invented is quoted");
      await page.close();
    }
  });

  test("a first treatment is asked only what one treatment can show", async () => {
    const { page, widget } = await open();
    await passSafety(widget);
    await widget.getByRole("button", { name: /^Quick check/ }).click();
    await widget.getByRole("button", { name: "This was my first treatment", exact: true }).click();
    await widget.getByRole("button", { name: "Botox", exact: true }).click();
    assert.equal(await heading(widget).innerText(), "How did that treatment work?");
    assert.equal(await widget.getByRole("button", { name: /only the last time|over several visits/ }).count(), 0);
    await widget.getByRole("button", { name: "It worked as I hoped", exact: true }).click();
    await widget.getByRole("button", { name: "2 to 6 weeks ago", exact: true }).click();
    await widget.getByRole("button", { name: "See my result" }).click();
    assert.equal(await verdictOf(widget), "no_concern");
    assert.doesNotMatch(await widget.locator(".rc-summary").innerText(), /visit to visit/);
    await page.close();
  });
});

/** Fills visit `index` of the detailed path. */
async function fillVisit(widget, index, visit) {
  const field = (name) => widget.locator(`#rc-v${index}-${name}`);
  await field("month").selectOption(String(visit.month));
  await field("year").selectOption(String(visit.year));
  await field("day").selectOption(visit.day ? String(visit.day) : "");
  await field("product").selectOption(visit.product ?? "botox");
  await field("units").fill(visit.units === undefined ? "" : String(visit.units));
  const results = { full: 0, partial: 1, none: 2, not_yet: 3 };
  await field(`result-${results[visit.result]}`).check();
  await field("lasted").fill(visit.lasted === undefined ? "" : String(visit.lasted));
  if (visit.newInjector) await field("new").check();
}

async function detailedPath(widget, visits, { about = [] } = {}) {
  await passSafety(widget);
  await widget.getByRole("button", { name: /^Detailed history/ }).click();
  for (const [index, visit] of visits.entries()) {
    if (index > 0) await widget.getByRole("button", { name: "Add another treatment" }).click();
    await fillVisit(widget, index, visit);
  }
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  for (const label of about) await widget.getByLabel(label).check();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
}

const daysAgo = (days) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
};

const DETAILED = {
  possible_resistance: [
    { year: 2022, month: 1, day: 10, units: 20, result: "full", lasted: 14 },
    { year: 2022, month: 5, units: 20, result: "full", lasted: 13 },
    { year: 2022, month: 9, units: 20, result: "full", lasted: 13 },
    { year: 2023, month: 1, units: 20, result: "partial", lasted: 9 },
    { year: 2023, month: 5, units: 20, result: "partial", lasted: 6 },
  ],
  correctable: [
    { year: 2025, month: 1, day: 5, units: 24, result: "full", lasted: 13 },
    { year: 2025, month: 5, day: 10, units: 24, result: "full", lasted: 13 },
    { year: 2025, month: 9, day: 14, units: 24, result: "full", lasted: 12 },
    { year: 2026, month: 2, day: 1, units: 12, result: "partial", lasted: 6 },
  ],
  too_early: [{ ...daysAgo(5), units: 20, result: "not_yet" }],
  unclear: [
    { year: 2025, month: 3, units: 20, result: "none" },
    { year: 2025, month: 8, units: 30, result: "none" },
  ],
  no_concern: [
    { year: 2025, month: 6, product: "xeomin", units: 20, result: "full", lasted: 13 },
    { year: 2025, month: 10, product: "xeomin", units: 20, result: "full", lasted: 13 },
    { year: 2026, month: 2, product: "xeomin", units: 20, result: "full", lasted: 14 },
  ],
};

describe("detailed path", () => {
  for (const [verdict, visits] of Object.entries(DETAILED)) {
    test(`reaches ${verdict}`, async () => {
      const { page, widget, errors } = await open();
      await detailedPath(widget, visits);
      assert.equal(await verdictOf(widget), verdict);
      await assertLeadsToBooking(widget);
      await assertAccessible(assert, page, `detailed result ${verdict}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("shows the visitor's own doses as evidence", async () => {
    const { page, widget } = await open();
    await detailedPath(widget, DETAILED.correctable);
    const lowDose = widget.locator("[data-cause='low_dose'] .rc-evidence");
    assert.match(await lowDose.innerText(), /from 24 units of Botox on September 14, 2025 to 12 units of Botox on February 1, 2026\./);
    await page.close();
  });

  // Issue 23's story: Botox 20 units every three months, lasting 12 to 13 weeks; the last
  // two wore off after about 5 weeks, and the last one was Dysport 50 units.
  test("a brand switcher is quoted as entered: 50 units of Dysport, never 20, and the switch counts toward resistance", async () => {
    const { page, widget, errors } = await open();
    await detailedPath(widget, [
      { year: 2025, month: 3, day: 4, units: 20, result: "full", lasted: 13 },
      { year: 2025, month: 6, day: 3, units: 20, result: "full", lasted: 12 },
      { year: 2025, month: 9, day: 2, units: 20, result: "full", lasted: 13 },
      { year: 2026, month: 1, day: 6, units: 20, result: "full", lasted: 5 },
      { year: 2026, month: 4, day: 7, product: "dysport", units: 50, result: "full", lasted: 5 },
    ]);
    assert.equal(await verdictOf(widget), "possible_resistance");
    const result = await widget.locator(".rc-result").innerText();
    assert.match(result, /50 units of Dysport/);
    assert.doesNotMatch(result, /20 units of Dysport|at the same dose of 20 units\./);
    assert.match(await widget.locator("[data-cause='resistance']").innerText(), /changed from Botox to Dysport, and it still worked less/);
    assert.equal(await widget.locator("[data-cause='product_issue']").count(), 0);
    assert.match(await widget.locator(".rc-chart-summary").innerText(), /20 units of Botox, then 50 units of Dysport/);
    await widget.getByRole("button", { name: "Show as a table" }).click();
    const lastRow = widget.locator(".rc-data-table tbody tr").last();
    assert.match(await lastRow.innerText(), /50 units of Dysport/);
    assert.match(await widget.locator(".rc-chart-axis").innerText(), /labels in the units you entered/);
    await assertAccessible(assert, page, "a brand switcher's result");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("reaches seek_care when a symptom is ticked", async () => {
    const { page, widget } = await open();
    await widget.getByLabel("Double or blurred vision").check();
    await widget.getByRole("button", { name: "Continue", exact: true }).click();
    assert.equal(await verdictOf(widget), "seek_care");
    await page.close();
  });

  test("names each problem next to its field and keeps what was typed", async () => {
    const { page, widget } = await open();
    await passSafety(widget);
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    await widget.locator("#rc-v0-month").selectOption("2");
    await widget.locator("#rc-v0-year").selectOption("2026");
    await widget.locator("#rc-v0-day").selectOption("30");
    await widget.locator("#rc-v0-units").fill("twenty");
    await widget.getByRole("button", { name: "Next", exact: true }).click();

    assert.match(await widget.locator(".rc-error-summary").innerText(), /need another look/);
    const units = widget.locator("#rc-v0-units");
    assert.equal(await units.getAttribute("aria-invalid"), "true");
    const describedBy = (await units.getAttribute("aria-describedby")).split(" ");
    assert.ok(describedBy.includes("rc-v0-units-error"));
    assert.match(await widget.locator("#rc-v0-units-error").innerText(), /"twenty" is not a number/);
    assert.match(await widget.locator("#rc-v0-date-error").innerText(), /February 2026 has no day 30/);
    assert.match(await widget.locator("#rc-v0-result-error").innerText(), /Choose how well it worked/);
    assert.match(await widget.locator("#rc-v0-product-error").innerText(), /Choose the product/);
    assert.equal(await units.inputValue(), "twenty", "the typed text is kept");
    assert.equal((await focused(page)).id, "rc-v0-month", "focus goes to the first field in error");
    await assertAccessible(assert, page, "validation errors");
    await screenshot(page, "calculator-errors-1280");

    await widget.locator("#rc-v0-day").selectOption("");
    await widget.locator("#rc-v0-product").selectOption("unknown");
    await units.fill("20");
    await widget.locator("#rc-v0-result-1").check();
    await widget.getByRole("button", { name: "Next", exact: true }).click();
    await widget.getByRole("heading", { name: "A little about you" }).waitFor();
    await widget.getByRole("button", { name: "Back" }).click();
    assert.equal(await units.inputValue(), "20", "Back keeps the answers");
    assert.equal(await widget.locator("#rc-v0-month").inputValue(), "2");
    await page.close();
  });

  test("a completed treatment folds into a line that reopens; guessed values are marked until changed or kept", async () => {
    const { page, widget } = await open(narrow);
    await passSafety(widget);
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    await fillVisit(widget, 0, { ...DETAILED.correctable[0], lasted: "13 weeks", units: "24 units" });
    const open0 = await widget.locator(".rc-visit").first().boundingBox();
    await widget.getByRole("button", { name: "Add another treatment" }).click();
    const line = widget.locator("#rc-v0-line");
    assert.equal(await line.innerText(), "Treatment 1: January 5, 2025 · Botox · 24 units · Fully · 13 weeks");
    const folded = await widget.locator(".rc-visit").first().boundingBox();
    assert.ok(folded.height < 160 && folded.height < open0.height / 5, `folded ${folded.height} px, open ${open0.height} px`);

    // The new treatment's guesses are marked and described until changed or kept.
    const note = widget.locator("#rc-v1-guess");
    assert.match(await note.innerText(), /guesses from treatment 1/);
    for (const field of ["month", "year", "product", "units"]) {
      const control = widget.locator(`#rc-v1-${field}`);
      assert.match(await control.getAttribute("aria-describedby"), /rc-v1-guess/, field);
      assert.equal(await control.evaluate((c) => c.closest(".rc-field").classList.contains("rc-guessed")), true, field);
    }
    await screenshot(page, "detailed-guessed-375");
    await assertAccessible(assert, page, "folded treatment and guessed fields");
    await widget.locator("#rc-v1-units").fill("20");
    assert.equal(await widget.locator("#rc-v1-units").evaluate((c) => c.closest(".rc-field").classList.contains("rc-guessed")), false);
    await widget.getByRole("button", { name: "Keep these" }).click();
    assert.equal(await note.count(), 0);
    assert.equal(await widget.locator(".rc-guessed").count(), 0);

    // Reopened, the first treatment shows what was typed.
    await widget.getByRole("button", { name: "Edit treatment 1" }).click();
    assert.equal(await widget.locator("#rc-v0-units").inputValue(), "24 units");
    assert.equal(await widget.locator("#rc-v0-lasted").inputValue(), "13 weeks");
    await page.close();
  });

  test("units and weeks accept a number followed by its unit, and each error's example fits its field", async () => {
    const { page, widget } = await open();
    await passSafety(widget);
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    await fillVisit(widget, 0, { year: 2025, month: 3, units: "20 units", result: "full", lasted: "a while" });
    await widget.getByRole("button", { name: "Next", exact: true }).click();
    assert.equal(await widget.locator("#rc-v0-units-error").count(), 0, "20 units is a dose");
    assert.equal(
      await widget.locator("#rc-v0-lasted-error").innerText(),
      '"a while" has no number of weeks in it. Write it like 12, about 12, 12 to 14 or 3 months, or leave it empty.',
    );
    await widget.locator("#rc-v0-lasted").fill("12 weeks");
    await widget.locator("#rc-v0-units").fill("lots");
    await widget.getByRole("button", { name: "Next", exact: true }).click();
    assert.equal(await widget.locator("#rc-v0-units-error").innerText(), '"lots" is not a number. Use digits, such as 20.');
    await widget.locator("#rc-v0-units").fill("20 U");
    await widget.getByRole("button", { name: "Next", exact: true }).click();
    await widget.getByRole("heading", { name: "A little about you" }).waitFor();
    await page.close();
  });

  test("start over with entries can be undone", async () => {
    const { page, widget } = await open();
    await detailedPath(widget, DETAILED.correctable);
    await widget.getByRole("button", { name: "Start over" }).click();
    assert.match(await widget.locator(".rc-undo").innerText(), /Your answers were cleared/);
    await widget.getByRole("button", { name: "Undo" }).click();
    assert.equal(await verdictOf(widget), "correctable", "back to the result, answers and all");
    await widget.getByRole("button", { name: "Change my answers" }).click();
    assert.equal(await widget.locator(".rc-visit").count(), 4);
    await page.close();
  });

  /** The demo page in `page`, in the middle of a detailed history: 24 units typed. */
  async function typingAHistory(page) {
    await page.goto(`${server.address}/`);
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    await passSafety(widget);
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    await widget.locator("#rc-v0-units").fill("24");
    return widget;
  }

  test("leaving the page with unsaved entries (the browser's Back button) asks first", async () => {
    const page = await wide.context.newPage();
    await page.goto(`${server.address}/builder.html`);
    const widget = await typingAHistory(page);
    const asked = new Promise((resolve) =>
      page.once("dialog", async (dialog) => {
        resolve(dialog.type());
        await dialog.dismiss();
      }),
    );
    await page.goBack({ timeout: 5_000 }).catch(() => {});
    assert.equal(await asked, "beforeunload");
    assert.equal(new URL(page.url()).pathname, "/", "the visitor stays");
    assert.equal(await widget.locator("#rc-v0-units").inputValue(), "24", "with what was typed");
    await page.close();
  });

  test("the widget's own booking link leaves without asking, and so does Back once the result is shown", async () => {
    const page = await wide.context.newPage();
    // The booking page is answered here: nothing goes out to the network.
    await page.route("https://example.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Booking</title>" }));
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.dismiss();
    });
    let widget = await typingAHistory(page);
    await Promise.all([page.waitForURL("https://example.com/**"), widget.locator(".rc-contact a.rc-book").click()]);
    assert.deepEqual(dialogs, [], "no question on the way to the clinic's booking page");

    await page.goto(`${server.address}/builder.html`);
    await page.goto(`${server.address}/`);
    await widgetReady(page);
    widget = page.locator("resistance-check");
    await quickPath(widget, QUICK.correctable);
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, "/builder.html", "Back leaves once the result is shown");
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  test("prefills a new treatment from the one before, and removes one", async () => {
    const { page, widget } = await open();
    await passSafety(widget);
    await widget.getByRole("button", { name: /^Detailed history/ }).click();
    await fillVisit(widget, 0, { year: 2025, month: 3, product: "dysport", units: 50, result: "full" });
    await widget.getByRole("button", { name: "Add another treatment" }).click();
    assert.equal(await widget.locator("#rc-v1-product").inputValue(), "dysport");
    assert.equal(await widget.locator("#rc-v1-units").inputValue(), "50");
    assert.equal(await widget.locator("#rc-v1-month").inputValue(), "7");
    assert.equal(await widget.locator("#rc-v1-year").inputValue(), "2025");
    await widget.getByRole("button", { name: "Remove treatment 2" }).click();
    assert.equal(await widget.locator(".rc-visit").count(), 1);
    await page.close();
  });
});

test("a keyboard-only run reaches a result", async () => {
  const { page, widget } = await open();
  /** Presses Tab until the focused control's text matches, then activates it. */
  const tabTo = async (pattern, key = "Enter") => {
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (pattern.test(now.text)) {
        await page.keyboard.press(key);
        return;
      }
    }
    throw new Error(`never reached ${pattern} by Tab`);
  };
  await widget.locator(".rc-kicker").click(); // a starting point inside the widget, no control
  await tabTo(/^None of these, continue$/);
  assert.equal((await focused(page)).id, "rc-step-heading");
  await tabTo(/^Quick check/, " ");
  for (const option of QUICK.possible_resistance) {
    await tabTo(new RegExp(`^${option.replace(/[()]/g, "\\$&")}$`));
  }
  await tabTo(/^See my result$/);
  assert.equal(await verdictOf(widget), "possible_resistance");
  assert.equal((await focused(page)).id, "rc-step-heading", "focus is on the result's headline");
  await page.close();
});

test("the widget speaks Spanish, and switching keeps the answers", async () => {
  const { page, widget } = await open();
  await passSafety(widget);
  await widget.getByRole("button", { name: /^Quick check/ }).click();
  await widget.getByRole("button", { name: "More than 3 years", exact: true }).click();
  await widget.getByLabel("Language").selectOption("es");
  assert.equal(await widget.locator(".rc-layout").getAttribute("lang"), "es");
  assert.equal(await widget.getByLabel("Idioma").inputValue(), "es");
  await widget.getByRole("button", { name: "Atrás" }).click();
  const chosen = widget.locator(".rc-choice[aria-pressed='true']");
  assert.equal(await chosen.count(), 1, "the answer given in English is still chosen");
  assert.match(await chosen.innerText(), /Más de 3 años/);
  await widget.getByRole("button", { name: "Siguiente" }).click();
  // Spanish option labels, by position: the same answers as the resistance run.
  for (const index of [0, 0, 0, 2, 2, 1]) {
    await widget.locator(".rc-choices .rc-choice").nth(index).click();
  }
  await widget.getByRole("button", { name: "Ver mi resultado" }).click();
  assert.equal(await verdictOf(widget), "possible_resistance");
  await widget.getByRole("heading", { name: "Esto podría ser una resistencia real" }).waitFor();
  assert.match(await widget.locator(".rc-contact a.rc-book").innerText(), /consulta/i);
  await assertAccessible(assert, page, "Spanish result");
  await page.close();
});

test("Spanish reads the office hours on a 12-hour clock and the clinic's Spanish button text", async () => {
  const page = await wide.context.newPage();
  await page.goto(`${server.address}/spanish.html`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  assert.equal(await widget.locator(".rc-layout").getAttribute("lang"), "es");
  const monday = widget.locator("table.rc-hours tbody tr").first();
  assert.equal(await monday.locator("td").innerText(), "10:00 a.\u00a0m. – 5:00 p.\u00a0m.");
  assert.equal(await widget.locator("a.rc-book").innerText(), "Reserve su visita");
  // In English the same widget says its English text and English times.
  await widget.getByLabel("Idioma").selectOption("en");
  assert.equal(await widget.locator("a.rc-book").innerText(), "Book your visit");
  assert.equal(await monday.locator("td").innerText(), "10:00 am – 5:00 pm");
  await assertAccessible(assert, page, "Spanish clinic page");
  await page.close();

  // A clinic that keeps a 24-hour clock says so, and the default Spanish button text stays.
  const clock = await wide.context.newPage();
  await clock.goto(`${server.address}/clock-24.html`);
  await widgetReady(clock);
  const other = clock.locator("resistance-check");
  assert.equal(await other.locator("table.rc-hours tbody tr td").first().innerText(), "10:00 – 17:00");
  assert.match(await other.locator("a.rc-book").innerText(), /^Reserve una consulta gratis con /);
  await clock.close();
});

test("the print view shows the summary and hides the controls", async () => {
  const { page, widget } = await open();
  await detailedPath(widget, DETAILED.correctable);
  await page.emulateMedia({ media: "print" });
  assert.equal(await widget.locator(".rc-print-only").isVisible(), true);
  assert.equal(await widget.locator(".rc-nav").first().isVisible(), false);
  assert.equal(await widget.locator(".rc-language").isVisible(), false);
  const summary = await widget.locator(".rc-print-only").innerText();
  assert.match(summary, /Summary for your consultation/);
  assert.match(summary, /February 1, 2026/);
  assert.match(summary, /\(555\) 010-0199/);
  assert.match(summary, /Monday\s+10:00 am – 5:00 pm/, "the week's office hours are on paper");
  // The contact details are printed once: in the summary, not again from the contact panel.
  assert.equal(await widget.locator(".rc-contact").isVisible(), false);
  const printed = await widget.locator(".rc-layout").innerText();
  assert.equal(printed.split("(555) 010-0199").length - 1, 1, printed);
  assert.equal(printed.split("https://example.com/book").length - 1, 1, printed);
  assert.equal(await widget.locator(".rc-result-cta").first().isVisible(), false, "no repeated booking bars on paper");
  await screenshot(page, "calculator-print");
  await page.emulateMedia({ media: "screen" });
  await page.close();
});

describe("every step passes axe-core, fits, and is captured at 320, 375, 812 and 1280 px", () => {
  const sizes = [["1280", () => wide], ["812", () => landscape], ["375", () => narrow], ["320", () => narrowest]];
  for (const [label, browser] of sizes) {
    test(`steps at ${label} px`, async () => {
      const { page, widget } = await open(browser());
      const shoot = async (name) => {
        await assertAccessible(assert, page, `${name} at ${label}`);
        await assertFits(assert, page, `${name} at ${label}`);
        await screenshot(page, `step-${name}-${label}`);
      };
      await shoot("1-safety");
      await passSafety(widget);
      await shoot("2-path");
      await widget.getByRole("button", { name: /^Quick check/ }).click();
      for (const [index, option] of QUICK.possible_resistance.entries()) {
        await shoot(`3-quick-${index + 1}`);
        await widget.getByRole("button", { name: option, exact: true }).click();
      }
      await shoot("3-quick-8-about");
      await widget.getByRole("button", { name: "See my result" }).click();
      await shoot("4-result-quick");
      await widget.getByRole("button", { name: "Start over" }).click();
      await passSafety(widget);
      await widget.getByRole("button", { name: /^Detailed history/ }).click();
      await fillVisit(widget, 0, DETAILED.correctable[0]);
      await shoot("5-detailed-visits");
      await widget.getByRole("button", { name: "Next", exact: true }).click();
      await shoot("6-detailed-about");
      await widget.getByRole("button", { name: "See my result" }).click();
      await shoot("7-result-detailed");
      await widget.getByRole("button", { name: "Show as a table" }).click();
      await shoot("7-result-detailed-table");
      await widget.getByRole("button", { name: "Start over" }).click();
      await widget.getByLabel("Trouble breathing").check();
      await widget.getByRole("button", { name: "Continue", exact: true }).click();
      await shoot("8-seek-care");
      await page.close();
    });
  }
});
