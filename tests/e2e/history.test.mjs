// The detailed result's history chart and the visitor's own device: the chart's points
// against a known history, its text alternative and table, remembering answers across a
// reload and forgetting them, a corrupted stored value, a download that loads back
// exactly, an invalid file showing the engine's error (in the visitor's language), and the
// page's own scripts calling the engine through ResistanceCheck.assess.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { assertAccessible, launchBrowser, SCREENSHOTS, serveDist, widgetReady } from "./harness.mjs";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";

const STORAGE_KEY = "resistance-check:v1:history";
const PLACE_KEY = "resistance-check:v1:place";
const QUICK_KEY = "resistance-check:v1:quick";
const FADING = {
  assessed_on: "2023-06-30",
  treatments: [
    { date: "2021-02-10", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 14 },
    { date: "2021-06-15", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 14 },
    { date: "2021-10-20", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 13 },
    { date: "2022-07-12", product: "botox", units: 20, areas: ["frown_lines"], result: "partial", lasted_weeks: 10 },
    { date: "2022-11-20", product: "botox", units: 20, areas: ["frown_lines"], result: "partial", lasted_weeks: 8 },
    { date: "2023-04", product: "botox", units: 20, areas: ["frown_lines"], result: "partial", lasted_weeks: 6 },
  ],
};

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

async function open(context = browser.context) {
  const page = await context.newPage();
  const messages = [];
  page.on("console", (message) => messages.push({ type: message.type(), text: message.text() }));
  await page.goto(`${server.address}/`);
  await widgetReady(page);
  return { page, widget: page.locator("resistance-check"), messages };
}

async function toVisits(widget) {
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("button", { name: /^Detailed history/ }).click();
}

async function loadFile(widget, name, contents) {
  await widget.locator("#rc-load").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(contents) });
  await widget.locator("#rc-load-message").waitFor();
}

async function toResult(widget) {
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
}

test("the chart draws a known history in order, with its text alternative and table", async () => {
  for (const width of [1280, 375]) {
    const small = await launchBrowser({ viewport: { width, height: 900 } });
    try {
      await drawsTheChart(small, width);
    } finally {
      await small.close();
    }
  }
});

async function drawsTheChart(small, width) {
  {
    const { page, widget } = await open(small.context);
    await toVisits(widget);
    await loadFile(widget, "history.json", JSON.stringify(FADING));
    assert.match(await widget.locator("#rc-load-message").innerText(), /Loaded 6 treatments/);
    assert.equal(await widget.locator(".rc-visit").count(), 6);
    await toResult(widget);
    assert.equal(await widget.locator("[data-verdict]").getAttribute("data-verdict"), "possible_resistance");

    const chart = widget.locator(".rc-chart");
    const summary = await chart.locator(".rc-chart-summary").innerText();
    assert.equal(
      summary,
      "6 visits, the first on February 10, 2021 and the last in April 2023. The effect lasted 14 weeks at first and 6 weeks at the last visit, at the same dose of 20 units of Botox.",
    );
    // The drawing that suits the chart's width (the other one is hidden).
    const svg = chart.locator("svg.rc-chart-svg:visible");
    assert.equal(await svg.getAttribute("role"), "img");
    assert.match(await svg.locator("title").textContent(), /6 visits, the first on February 10, 2021/);

    const bars = await svg.locator("rect.rc-bar").evaluateAll((rects) =>
      rects.map((r) => ({ x: Number(r.getAttribute("x")), height: Number(r.getAttribute("height")), flagged: r.classList.contains("rc-flagged") })),
    );
    assert.equal(bars.length, 6);
    assert.ok(bars.every((bar, i) => i === 0 || bar.x > bars[i - 1].x), "bars in date order");
    assert.ok(bars.every((bar) => bar.height === bars[0].height), "the same dose draws the same height");
    assert.deepEqual(bars.map((b) => b.flagged), [false, false, false, true, true, true], "the fading run is highlighted");
    assert.equal(await svg.locator("circle.rc-full").count(), 3);
    assert.equal(await svg.locator("polygon.rc-partial").count(), 3);
    const lasted = await svg.locator("rect.rc-lasted").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    assert.ok(lasted[0] > lasted[5], "the first effect lasted longer than the last");
    // The time axis reads without the table: month-and-year labels, none overlapping, and
    // all the chart's text at least 12 px on screen.
    const labels = await svg.locator(".rc-year text").evaluateAll((texts) =>
      texts.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect().toJSON() })),
    );
    assert.ok(labels.length >= 2, JSON.stringify(labels));
    for (const label of labels) assert.match(label.text, /^[A-Z][a-z]{2} 20\d\d$/);
    for (let i = 1; i < labels.length; i++) {
      assert.ok(labels[i].box.left >= labels[i - 1].box.right, `"${labels[i - 1].text}" and "${labels[i].text}" overlap`);
    }
    const smallest = await svg.evaluate((s) => {
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      return Math.min(...[...s.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    assert.ok(smallest >= 12, `the chart's smallest text is ${smallest.toFixed(1)} px at ${width}`);
    // Fits the width: no sideways scrolling.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0);

    const toggle = chart.getByRole("button", { name: "Show as a table" });
    assert.equal(await chart.locator("table.rc-data-table").isVisible(), false);
    await toggle.click();
    assert.equal(await chart.getByRole("button", { name: "Hide the table" }).getAttribute("aria-expanded"), "true");
    const rows = chart.locator("table.rc-data-table tbody tr");
    assert.equal(await rows.count(), 6);
    // A narrow chart stacks each row, naming each value's column beside it.
    assert.match(
      await rows.nth(5).innerText(),
      /April 2023\s+(Product: )?Botox\s+(Dose: )?20 units of Botox\s+(Result: )?Partly\s+(Lasted: )?6 weeks/,
    );
    await assertAccessible(assert, page, `chart at ${width}`);
    await mkdir(SCREENSHOTS, { recursive: true });
    await chart.screenshot({ path: join(SCREENSHOTS, `chart-${width}.png`) });
  }
}

test("one visit reads naturally and its duration does not cross the whole axis", async () => {
  const { page, widget } = await open();
  await toVisits(widget);
  const one = { treatments: [{ date: "2025-01-05", product: "botox", units: 20, areas: ["frown_lines"], result: "full", lasted_weeks: 13 }] };
  await loadFile(widget, "one.json", JSON.stringify(one));
  await toResult(widget);
  const chart = widget.locator(".rc-chart");
  assert.equal(await chart.locator(".rc-chart-summary").innerText(), "One visit, on January 5, 2025. The effect lasted 13 weeks.");
  const svg = chart.locator("svg.rc-chart-svg:visible");
  const { bar, axis } = await svg.evaluate((s) => ({
    bar: s.querySelector("rect.rc-lasted").getBoundingClientRect().width,
    axis: s.querySelector("line.rc-axis").getBoundingClientRect().width,
  }));
  assert.ok(bar < axis * 0.6, `13 weeks draw ${bar} px of a ${axis} px axis`);
  assert.ok((await svg.locator(".rc-year text").count()) >= 1, "the month is labelled");
  await chart.screenshot({ path: join(SCREENSHOTS, "chart-one-visit-1280.png") });
  await page.close();
});

test("answers are kept only when asked, restored after a reload at their step and language, and forgotten at once", async () => {
  const { page, widget } = await open();
  await toVisits(widget);
  await loadFile(widget, "history.json", JSON.stringify(FADING));
  await toResult(widget);
  assert.equal(await widget.getByLabel("Remember my answers on this device").isChecked(), false, "off by default");
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null, "nothing kept unasked");

  await widget.getByLabel("Remember my answers on this device").check();
  const kept = await page.waitForFunction((key) => localStorage.getItem(key), STORAGE_KEY);
  assert.deepEqual(JSON.parse(await kept.jsonValue()).treatments, FADING.treatments);
  // The visitor switches to Spanish on the result: the place kept follows.
  await widget.getByLabel("Language").selectOption("es");
  await page.waitForFunction((key) => localStorage.getItem(key) === "result:es", PLACE_KEY);
  assert.deepEqual(
    (await page.evaluate(() => Object.keys(localStorage))).sort(),
    [STORAGE_KEY, PLACE_KEY],
    "nothing else is stored",
  );

  // Twice: restoring must not use the kept copy up.
  for (let visit = 0; visit < 2; visit++) {
    await page.reload();
    await widgetReady(page);
    await widget.getByText("Se cargaron las respuestas que guardó en este dispositivo.").waitFor();
  }
  assert.ok(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), "still kept after visits");
  // Safety still comes first, in their language; then the step they were on.
  assert.match(await widget.locator("#rc-step-heading").innerText(), /^Primero: .*último tratamiento/);
  await widget.getByRole("button", { name: "Ninguno de estos, continuar" }).click();
  await widget.locator("[data-verdict='possible_resistance']").waitFor();
  await widget.getByRole("button", { name: "Cambiar mis respuestas" }).click();
  assert.equal(await widget.locator(".rc-visit").count(), 6);
  assert.match(await widget.locator("#rc-v5-line").innerText(), /abril de 2023/);
  await widget.getByRole("button", { name: "Editar el tratamiento 6" }).click();
  assert.equal(await widget.locator("#rc-v5-month").inputValue(), "4");
  await page.waitForFunction((key) => localStorage.getItem(key) === "visits:es", PLACE_KEY);

  await widget.getByLabel("Idioma").selectOption("en");
  await widget.getByRole("button", { name: "Forget my answers" }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), PLACE_KEY), null, "the place goes too");
  await widget.getByText("Your answers were removed from this device.").waitFor();
  await page.reload();
  await widgetReady(page);
  assert.equal(await widget.getByText("Your saved answers").count(), 0);
  await page.close();
});

/** Through the quick check to its result, by the options' labels. */
async function quickResult(widget) {
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("button", { name: /^Quick check/ }).click();
  for (const option of QUICK_ANSWERS) await widget.getByRole("button", { name: option, exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
}
const QUICK_ANSWERS = ["More than 3 years", "Every 3 months or less often", "Dysport", "About the same", "About the same as always", "6 weeks to 4 months ago", "No"];
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

test("the quick check offers to remember its answers: kept only when ticked, back at their step after a reload, forgotten at once", async () => {
  const { page, widget } = await open();
  await quickResult(widget);
  const verdict = await widget.locator("[data-verdict]").getAttribute("data-verdict");
  const remember = widget.getByLabel("Remember my answers on this device");
  assert.equal(await remember.isChecked(), false, "offered, off by default");
  assert.equal(await widget.getByRole("button", { name: "Download my history" }).count(), 0, "no history file for the quick check");
  await assertAccessible(assert, page, "quick result with the offer to remember");
  // Not ticked: a reload keeps nothing.
  await page.reload();
  await widgetReady(page);
  assert.deepEqual(await stored(page), {}, "nothing kept unasked");
  assert.equal(await widget.getByText("Your saved answers").count(), 0);
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("heading", { name: "How would you like to check?" }).waitFor();

  await widget.getByRole("button", { name: /^Quick check/ }).click();
  for (const option of QUICK_ANSWERS) await widget.getByRole("button", { name: option, exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).click();
  await remember.check();
  await page.waitForFunction((key) => localStorage.getItem(key) === "quick-result:en", PLACE_KEY);
  const kept = await stored(page);
  assert.deepEqual(Object.keys(kept).sort(), [PLACE_KEY, QUICK_KEY], "nothing else is stored");
  assert.match(kept[QUICK_KEY], /^how_long=OverThreeYears;.*product=Dysport;/);
  // The place follows the visitor: back to the third question, in Spanish.
  await widget.getByRole("button", { name: "Change my answers" }).click();
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByLabel("Language").selectOption("es");
  await page.waitForFunction((key) => localStorage.getItem(key) === "quick-2:es", PLACE_KEY);

  await page.reload();
  await widgetReady(page);
  // In Spanish (the wording is the catalog's; the controls are found by what they are).
  await widget.locator(".rc-saved .rc-forget").waitFor();
  assert.equal(await widget.locator("#rc-language").inputValue(), "es");
  assert.equal(await widget.locator("input[id^=rc-flag-]").count(), 7, "the safety screen first");
  await widget.locator(".rc-next").click();
  const dysport = widget.getByRole("button", { name: "Dysport", exact: true });
  await dysport.waitFor();
  assert.equal(await dysport.getAttribute("aria-pressed"), "true", "the answer comes back, at the third question");
  assert.equal(await widget.locator(".rc-choice").count(), 8, "the product question");
  // Next through the rest, each question still answered, to the result.
  for (let step = 0; step < 10 && (await widget.locator("[data-verdict]").count()) === 0; step++) {
    await widget.locator(".rc-next").click();
  }
  assert.equal(await widget.locator("[data-verdict]").getAttribute("data-verdict"), verdict, "the same answers, the same result");
  assert.equal(await widget.locator("#rc-remember").isChecked(), true);

  // Forgotten at once.
  await widget.locator(".rc-forget").click();
  assert.deepEqual(await stored(page), {});
  await page.reload();
  await widgetReady(page);
  assert.equal(await widget.locator(".rc-saved").count(), 0);
  await page.close();
});

test("a corrupted stored value is dropped with a console note and the widget starts clean", async () => {
  for (const bad of ["{not json", JSON.stringify({ treatments: [{ date: "2026-02-30", product: "botox", result: "full" }] }), '"v0"']) {
    const page = await browser.context.newPage();
    await page.goto(`${server.address}/`);
    // The widget of this first load must have looked at storage already, or it would find
    // (and drop) the bad value before the reload does.
    await widgetReady(page);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, bad]);
    const noted = page.waitForEvent("console", { predicate: (message) => message.text().includes("could not be read") });
    await page.reload();
    await noted;
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    assert.equal(await widget.getByText("Your saved answers").count(), 0);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null, "the bad value is removed");
    await widget.getByRole("button", { name: "None of these, continue" }).click();
    await widget.getByRole("heading", { name: "How would you like to check?" }).waitFor();
    await page.close();
  }
});

test("a downloaded history loads back exactly", async () => {
  const { page, widget } = await open();
  await toVisits(widget);
  await loadFile(widget, "history.json", JSON.stringify(FADING));
  await toResult(widget);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    widget.getByRole("button", { name: "Download my history" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^resistance-check-history-\d{4}-\d{2}-\d{2}\.json$/);
  const first = await readFile(await download.path(), "utf8");
  const exported = JSON.parse(first);
  assert.deepEqual(exported.treatments, FADING.treatments);

  await widget.getByRole("button", { name: "Start over" }).click();
  await toVisits(widget);
  await loadFile(widget, download.suggestedFilename(), first);
  await toResult(widget);
  const [again] = await Promise.all([
    page.waitForEvent("download"),
    widget.getByRole("button", { name: "Download my history" }).click(),
  ]);
  assert.equal(await readFile(await again.path(), "utf8"), first, "export, import, export is byte for byte the same");
  await page.close();
});

test("an invalid file shows the engine's error next to the control, and keeps the form", async () => {
  const { page, widget } = await open();
  await toVisits(widget);
  await widget.locator("#rc-v0-units").fill("24");
  const bad = { treatments: [{ date: "2025-01-10", product: "botox", result: "full" }, { date: "2026-02-30", product: "botox", result: "full" }] };
  await loadFile(widget, "bad.json", JSON.stringify(bad));
  const message = widget.locator("#rc-load-message");
  assert.equal(await message.innerText(), "This file could not be used: treatments[1].date: 2026-02-30 is not a calendar date");
  const input = widget.locator("#rc-load");
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  assert.match(await input.getAttribute("aria-describedby"), /rc-load-message/);
  assert.equal(await widget.locator("#rc-v0-units").inputValue(), "24", "what was typed stays");
  await loadFile(widget, "not-json.json", "this is not JSON");
  assert.equal(await message.innerText(), "This file could not be used: (root): the text is not JSON");
  await assertAccessible(assert, page, "file error");
  await page.close();
});

test("a Spanish visitor loading a bad file reads the engine's error in Spanish, naming the field", async () => {
  const spanish = await launchBrowser({ locale: "es-ES" });
  try {
    const page = await spanish.context.newPage();
    await page.goto(`${server.address}/`);
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    await widget.getByRole("button", { name: "Ninguno de estos, continuar" }).click();
    await widget.getByRole("button", { name: /^Historial detallado/ }).click();
    const bad = { treatments: [{ date: "2025-01-10", product: "botox", result: "full" }, { date: "2025-05-10", product: "botox", units: "20", result: "full" }] };
    await loadFile(widget, "malo.json", JSON.stringify(bad));
    const message = widget.locator("#rc-load-message");
    assert.equal(await message.innerText(), 'No se pudo usar este archivo: treatments[1].units: "20" no es un número');
    await loadFile(widget, "sin-campo.json", JSON.stringify({ treatments: [{ date: "2025-01-10", product: "botox" }] }));
    assert.equal(await message.innerText(), "No se pudo usar este archivo: treatments[0].result: falta este campo obligatorio");
    await loadFile(widget, "no-json.json", "esto no es JSON");
    assert.equal(await message.innerText(), "No se pudo usar este archivo: (raíz): el texto no es JSON");
    await assertAccessible(assert, page, "file error in Spanish");
    // The error is kept as data and worded when shown: switching the language re-words it.
    await widget.getByLabel("Idioma").selectOption("en");
    assert.equal(await message.innerText(), "This file could not be used: (root): the text is not JSON");
    await page.close();
  } finally {
    await spanish.close();
  }
});

test("the page's scripts assess a plain object with ResistanceCheck.assess; a bad one is refused naming the field", async () => {
  const { page } = await open();
  const result = await page.evaluate((history) => window.ResistanceCheck.assess(history), FADING);
  assert.equal(result.verdict, "possible_resistance");
  assert.ok(result.causes.some((cause) => cause.id === "resistance" && cause.evidence.length > 0));
  const refusal = (history) =>
    page.evaluate((history) => window.ResistanceCheck.assess(history).then(() => "accepted", (error) => `${error.constructor.name}: ${error.message}`), history);
  assert.equal(
    await refusal({ treatments: [{ date: "2026-01-10", product: "botox", units: 0, result: "full" }] }),
    "Error: treatments[0].units: 0 is not above zero",
  );
  assert.equal(
    await refusal({ treatments: [{ date: "2026-01-10", product: "botox", result: "great" }] }),
    'Error: treatments[0].result: "great" is not one of full, partial, none, not_yet',
  );
  await page.close();
});
