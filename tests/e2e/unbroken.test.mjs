// Nothing cut, nothing broken mid-word (issue 26, item 3), through the release build in
// Chromium: a phone number never wraps inside itself at any width the widget can have; the
// snippet builder's time fields hold their whole value, AM/PM included, at every width; and
// on a touch screen the option under the finger does not look chosen on the next question
// (hover styles only where the device hovers).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, quickResultByFirstAnswers, serveDist, settle, widgetReady } from "./harness.mjs";

// A long number in a narrow column: the case where a wrap would come first.
const column = (width) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Clinic</title><script type="module" async src="/resistance-check.js"></script></head>` +
  `<body style="margin:0"><main><h1>Clinic</h1><div style="max-width:${width}px"><resistance-check clinic-name="Sunset Skin Aesthetics of Encino" doctor="Dr. Rivera" ` +
  `phone="+1 (818) 555-0142" booking-url="https://clinic.example/book" time-zone="America/Los_Angeles" address="Encino, CA">` +
  `<p>Call <a href="tel:+18185550142">+1 (818) 555-0142</a>.</p></resistance-check></div></main></body></html>`;

const WIDTHS = [240, 280, 320, 360, 420, 640, 900];

let server;
before(async () => {
  server = await serveDist({ pages: Object.fromEntries(WIDTHS.map((width) => [`/column-${width}.html`, column(width)])) });
});
after(async () => {
  await server?.close();
});

/** Each phone number the widget shows, with the number of lines it takes. */
const phoneLines = (page) =>
  page.evaluate(() =>
    [...document.querySelector("resistance-check").shadowRoot.querySelectorAll(".rc-phone")]
      .filter((phone) => phone.getClientRects().length > 0)
      .map((phone) => {
        // An inline box broken over lines has one rectangle a line.
        const tops = new Set([...phone.getClientRects()].map((rect) => Math.round(rect.top)));
        return { text: phone.textContent, lines: tops.size };
      }),
  );

test("a phone number never wraps inside itself, on the first step and on the result, in a column from 240 to 900 px", async () => {
  const browser = await launchBrowser({ viewport: { width: 1000, height: 900 } });
  try {
    for (const width of WIDTHS) {
      const page = await browser.context.newPage();
      await page.goto(`${server.address}/column-${width}.html`);
      await widgetReady(page);
      const onFirst = await phoneLines(page);
      assert.ok(onFirst.length >= 1, `${width} px: the contact's number is shown`);
      await quickResultByFirstAnswers(page);
      const onResult = await phoneLines(page);
      assert.ok(onResult.length >= 1, `${width} px: the result names the number`);
      for (const phone of [...onFirst, ...onResult]) assert.equal(phone.lines, 1, `${width} px: "${phone.text}" takes ${phone.lines} lines`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test("the snippet builder's time fields show their whole value with AM/PM at every width", async () => {
  for (const width of [320, 375, 600, 900, 1280]) {
    const browser = await launchBrowser({ viewport: { width, height: 900 }, locale: "en-US" });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.address}/builder.html`);
      await page.getByLabel("Monday", { exact: true }).check();
      await page.getByLabel("Monday opens", { exact: true }).fill("10:00");
      await page.getByLabel("Monday closes", { exact: true }).fill("17:00");
      const fields = await page.evaluate(() =>
        [...document.querySelectorAll('input[type="time"]:not(:disabled)')].map((input) => {
          // The widest value the field can show, in its own font, beside the picker's button.
          const probe = document.createElement("span");
          const style = getComputedStyle(input);
          probe.style.font = style.font;
          probe.style.letterSpacing = style.letterSpacing;
          probe.style.whiteSpace = "pre";
          probe.style.position = "absolute";
          probe.textContent = "12:00 PM";
          document.body.append(probe);
          const text = probe.getBoundingClientRect().width;
          probe.remove();
          const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
          return { name: input.name, inner: input.clientWidth - padding, needed: text + 20, value: input.value, right: input.getBoundingClientRect().right };
        }),
      );
      assert.equal(fields.length, 2, `${width} px: Monday's two times`);
      for (const field of fields) {
        assert.ok(field.inner >= field.needed, `${width} px: ${field.name} (${field.value}) has ${field.inner} px for a value and its button, needs ${field.needed}`);
        assert.ok(field.right <= width, `${width} px: ${field.name} ends at ${field.right}, past the screen`);
      }
    } finally {
      await browser.close();
    }
  }
});

/**
 * Taps the first quick-check question's first option and returns the look of whatever is
 * then under the finger on the next question, beside the look of an option nobody touched.
 */
async function underTheFinger(options) {
  const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, ...options });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.address}/column-420.html`);
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    await widget.locator(".rc-nav .rc-next").click();
    await widget.locator(".rc-path").first().waitFor();
    await widget.locator(".rc-path").first().click();
    await widget.locator(".rc-choice").first().waitFor();
    const heading = await widget.locator("#rc-step-heading").innerText();
    const box = await widget.locator(".rc-choice").nth(1).boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (options.hasTouch) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    await page.waitForFunction((heading) => document.querySelector("resistance-check").shadowRoot.getElementById("rc-step-heading").innerText !== heading, heading);
    // The pointer (a mouse's, or a touch screen's "sticky" hover after a tap) now rests on an
    // option of the next question (where the page has scrolled the question to).
    const next = await widget.locator(".rc-choice").nth(1).boundingBox();
    await page.mouse.move(next.x + next.width / 2, next.y + next.height / 2);
    await settle(page);
    return await page.evaluate(() => {
      const shadow = document.querySelector("resistance-check").shadowRoot;
      // The pointer or finger stays where it pressed; the next question's options are all
      // unchosen, so any that looks different from the rest does so by hover alone.
      const looks = [...shadow.querySelectorAll(".rc-choice")].map((choice) => {
        const style = getComputedStyle(choice);
        return `${style.borderColor} ${style.backgroundColor} ${style.fontWeight}`;
      });
      const hovered = [...shadow.querySelectorAll(".rc-choice")].filter((choice) => choice.matches(":hover")).length;
      return { options: looks.length, looks: new Set(looks).size, hovered };
    });
  } finally {
    await browser.close();
  }
}

test("on a touch screen the option under the finger looks like the others on the next question; with a mouse it shows the hover", async () => {
  const touch = await underTheFinger({ isMobile: true, hasTouch: true });
  assert.ok(touch.options >= 2 && touch.hovered === 1, `an option is under the finger on the next question (${JSON.stringify(touch)})`);
  assert.equal(touch.looks, 1, "on a touch screen nothing marks the option under the finger");
  // The same press with a mouse: the hover shows, so the touch case above could fail.
  const mouse = await underTheFinger({});
  assert.ok(mouse.options >= 2 && mouse.hovered === 1, JSON.stringify(mouse));
  assert.equal(mouse.looks, 2, "with a mouse the option under the pointer shows its hover");
});
