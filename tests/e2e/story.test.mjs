// A brand-switcher's history typed into the detailed path on a phone, as issue 23 tells it:
// Botox, 20 units every three months for four years, lasting 12 to 13 weeks; the last two
// wore off after about 5 weeks; the last one was Dysport, 50 units. Nothing is ticked for
// the visitor, weeks are read as people say them (and said back), a guessed dose goes when
// the brand changes, a fixed field's message goes at once, and "Add another treatment"
// takes the visitor to the new card.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, launchBrowser, screenshot, serveDist, widgetReady } from "./harness.mjs";

let server;
let phone;
before(async () => {
  server = await serveDist();
  phone = await launchBrowser({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
});
after(async () => {
  await phone?.close();
  await server?.close();
});

/** The deepest focused element's id, looking through the shadow root. */
const focusedId = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.id ?? "";
  });

/** Sixteen visits three months apart, the last about two months ago: month and year each. */
function visitDates() {
  const last = new Date();
  last.setDate(1);
  last.setMonth(last.getMonth() - 2);
  return Array.from({ length: 16 }, (_, index) => {
    const date = new Date(last);
    date.setMonth(date.getMonth() - (15 - index) * 3);
    return { month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
  });
}

// How the steady visits' duration is typed, in turn, and what the field says it read.
const STEADY_WEEKS = [
  ["12 to 13", "12 to 13 weeks, read as 12.5 weeks, the middle."],
  ["12-14", "12 to 14 weeks, read as 13 weeks, the middle."],
  ["about 12", "About 12 weeks, read as 12 weeks."],
  ["3 months", "3 months, read as 13 weeks."],
  ["three months", "3 months, read as 13 weeks."],
  ["~12", "About 12 weeks, read as 12 weeks."],
  ["13", ""],
];

test("the brand-switcher's story: nothing pre-selected, weeks read as said, a guessed dose dropped with the brand, focus on each new card", async () => {
  const page = await phone.context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${server.address}/`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("button", { name: /^Detailed history/ }).click();
  const field = (index, name) => widget.locator(`#rc-v${index}-${name}`);
  const card = (index) => widget.locator(".rc-visit").nth(index);

  // Item 5: the first treatment is blank, nothing ticked or chosen for the visitor.
  const areaBoxes = card(0).locator(".rc-areas input[type=checkbox]");
  assert.equal(await areaBoxes.count(), 6);
  assert.deepEqual(await areaBoxes.evaluateAll((boxes) => boxes.map((box) => box.checked)), [false, false, false, false, false, false]);
  assert.equal(await field(0, "product").inputValue(), "");
  assert.equal(await field(0, "units").inputValue(), "");
  assert.equal(await widget.locator(".rc-guessed, .rc-guess").count(), 0, "no guess on a first treatment");

  const dates = visitDates();
  for (const [index, date] of dates.entries()) {
    const last = index === dates.length - 1;
    if (index > 0) {
      await widget.getByRole("button", { name: "Add another treatment" }).click();
      // Item 9: focus on the new card's first field, and the card's top on screen.
      await page.waitForFunction(
        (id) => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element?.id === id;
        },
        `rc-v${index}-month`,
      );
      const top = await field(index, "month").evaluate((month) => month.closest("li").getBoundingClientRect().top);
      assert.ok(top > -1 && top < 812 / 2, `treatment ${index + 1}'s card starts at ${Math.round(top)} px`);
      // The guesses from the treatment before are marked, the areas among them.
      assert.equal(await field(index, "units").inputValue(), "20");
      assert.equal(await card(index).locator(".rc-areas").evaluate((set) => set.classList.contains("rc-guessed")), true);
      assert.match(await card(index).locator(".rc-areas").getAttribute("aria-describedby"), new RegExp(`rc-v${index}-guess`));
    }
    await field(index, "month").selectOption(date.month);
    await field(index, "year").selectOption(date.year);
    if (index === 0) {
      await field(0, "product").selectOption("botox");
      await field(0, "units").fill("20");
      await field(0, "frown_lines").check();
    }
    if (last) {
      // Item 2: the guessed 20 (Botox units) goes when Dysport is picked; the marker too.
      await field(index, "product").selectOption("dysport");
      assert.equal(await field(index, "units").inputValue(), "", "the guessed dose is dropped");
      assert.equal(await field(index, "units").evaluate((input) => input.closest(".rc-field").classList.contains("rc-guessed")), false);
      assert.doesNotMatch((await field(index, "units").getAttribute("aria-describedby")) ?? "", /guess/);
      await screenshot(page, "story-dysport-guess-dropped-375");
      await field(index, "units").fill("50");
    }
    await field(index, "result-0").check();
    const recent = index >= dates.length - 2;
    const [typed, note] = recent ? ["about 5", "About 5 weeks, read as 5 weeks."] : STEADY_WEEKS[index % STEADY_WEEKS.length];
    await field(index, "lasted").fill(typed);
    const read = field(index, "lasted-read");
    assert.equal(await read.innerText(), note, typed);
    assert.equal(await field(index, "lasted").inputValue(), typed, "kept exactly as typed");
    if (note) assert.match(await field(index, "lasted").getAttribute("aria-describedby"), new RegExp(`rc-v${index}-lasted-read`));
    if (index === 3) await assertAccessible(assert, page, "a guessed card with a duration read back");
  }

  // The note speaks the visitor's language, and follows a switch.
  const lastIndex = dates.length - 1;
  await widget.getByLabel("Language").selectOption("es");
  await field(lastIndex, "lasted").fill("unos 5");
  assert.equal(await field(lastIndex, "lasted-read").innerText(), "Alrededor de 5 semanas: se cuenta como 5 semanas.");
  await field(lastIndex, "lasted").fill("3 meses");
  assert.equal(await field(lastIndex, "lasted-read").innerText(), "3 meses: se cuenta como 13 semanas.");
  await widget.getByLabel("Idioma").selectOption("en");
  assert.equal(await field(lastIndex, "lasted-read").innerText(), "3 months, read as 13 weeks.");

  // Item 8: what cannot be read is refused at Next naming what is wrong; the message goes
  // as soon as the value is right, before Next.
  await field(lastIndex, "lasted").fill("5 days");
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  const error = field(lastIndex, "lasted-error");
  assert.equal(await error.innerText(), '"days" could not be read here. Write the weeks like 12, about 12, 12 to 14 or 3 months.');
  assert.equal(await field(lastIndex, "lasted").getAttribute("aria-invalid"), "true");
  assert.equal(await focusedId(page), `rc-v${lastIndex}-lasted`, "focus on the field in error");
  await field(lastIndex, "lasted").fill("a while");
  assert.match(await error.innerText(), /^"a while" has no number of weeks in it\./, "the message follows what is typed");
  await field(lastIndex, "lasted").fill("about 5");
  assert.equal(await error.count(), 0, "fixed: the message is gone before Next");
  assert.equal(await field(lastIndex, "lasted").getAttribute("aria-invalid"), null);
  assert.equal(await widget.locator(".rc-error-summary").count(), 0);
  assert.equal(await focusedId(page), `rc-v${lastIndex}-lasted`, "and the focus stays where the visitor types");

  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
  // The Dysport visit was 50 units of Dysport, never a drop to 8 Botox units.
  assert.doesNotMatch(await widget.locator(".rc-result").innerText(), /\b8 (Botox-equivalent )?units\b/);
  await widget.getByRole("button", { name: "Change my answers" }).click();
  assert.equal(await field(lastIndex, "product").inputValue(), "dysport");
  assert.equal(await field(lastIndex, "units").inputValue(), "50");
  assert.match(await widget.locator(`#rc-v${lastIndex - 1}-line`).innerText(), /Botox · 20 units · Fully · 5 weeks$/);
  assert.match(await widget.locator("#rc-v0-line").innerText(), /Botox · 20 units · Fully · 12\.5 weeks$/);
  assert.deepEqual(errors, []);
  await page.close();
});
