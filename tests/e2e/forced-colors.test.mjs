// Windows contrast themes, through Chromium's forced-colours emulation on the release build:
// on every screen of the quick path, the detailed path's treatments, errors and result with
// its chart, and the seek-care screen, buttons and fields keep visible borders, the focus
// ring shows, a chosen answer differs from the others without colour, the chart is drawn
// in system colours (not the fixed ones of the normal theme) and no text takes the colour
// of what is behind it. A screenshot of each screen goes under artifacts/screenshots/ (and,
// with RC_UPDATE_DOCS=1, under docs/forced-colors/ for the accessibility statement).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, launchBrowser, quickResultByFirstAnswers, screenshot, serveDist, widgetReady } from "./harness.mjs";

const DOCS = join(ROOT, "docs", "forced-colors");

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, forcedColors: "active" });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What forced colours left of each screen's controls, texts and chart. */
const forcedLook = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector("resistance-check").shadowRoot;
    const rc = [...shadow.querySelectorAll(".rc")].find((element) => element.getClientRects().length > 0);
    const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    const name = (element) => `${element.localName}.${[...element.classList].join(".")}#${element.id}`;
    const transparent = (colour) => colour === "transparent" || /rgba\(.*, 0\)$/.test(colour);
    const borderless = [];
    for (const control of rc.querySelectorAll("button, select, input:not([type=checkbox]):not([type=radio]):not([type=file]), .rc-button")) {
      if (!shown(control) || control.classList.contains("rc-hours-toggle")) continue;
      const style = getComputedStyle(control);
      const sides = ["Top", "Right", "Bottom", "Left"];
      const visible = sides.every(
        (side) => style[`border${side}Style`] !== "none" && parseFloat(style[`border${side}Width`]) >= 1 && !transparent(style[`border${side}Color`]),
      );
      if (!visible) borderless.push(name(control));
    }
    // The background a text is drawn on: the nearest box that paints one.
    const backdrop = (element) => {
      for (let at = element; at; at = at.parentElement ?? at.getRootNode().host) {
        const colour = getComputedStyle(at).backgroundColor;
        if (!transparent(colour)) return colour;
      }
      return "rgb(255, 255, 255)";
    };
    const invisibleText = [];
    for (const element of rc.querySelectorAll("*")) {
      if (!shown(element) || element.closest("svg, .rc-sr-only, .rc-print-only")) continue;
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.data.trim());
      if (own && getComputedStyle(element).color === backdrop(element)) invisibleText.push(name(element));
    }
    const chart = [...rc.querySelectorAll(".rc-chart-svg")].find(shown);
    const chartPaint = chart
      ? [...chart.querySelectorAll("text, rect, circle, polygon, path, line")].map((shape) => {
          const style = getComputedStyle(shape);
          return { shape: name(shape), fill: style.fill, stroke: style.stroke };
        })
      : [];
    return { borderless, invisibleText, chartPaint, canvas: getComputedStyle(rc).backgroundColor, text: getComputedStyle(rc).color };
  });

/** The screen's checks, and its screenshot (the widget alone). */
async function checkScreen(page, screen) {
  const look = await forcedLook(page);
  assert.deepEqual(look.borderless, [], `${screen}: controls without a visible border in forced colours`);
  assert.deepEqual(look.invisibleText, [], `${screen}: text in the colour of its background`);
  assert.notEqual(look.canvas, look.text, `${screen}: text and canvas differ`);
  const file = `forced-colors-${screen.replaceAll(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
  await screenshot(page, file);
  if (process.env.RC_UPDATE_DOCS === "1") {
    await mkdir(DOCS, { recursive: true });
    await page.locator("resistance-check").screenshot({ path: join(DOCS, `${file}.png`) });
  }
  return look;
}

/** The focused element's outline, through the shadow root. */
const focusRing = (page) =>
  page.evaluate(() => {
    const focused = document.querySelector("resistance-check").shadowRoot.activeElement;
    const style = getComputedStyle(focused);
    return { what: focused.localName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
  });

test("the quick path in forced colours: borders, the focus ring, the chosen answer without colour", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.address}/`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  let sawChoices = false;
  await quickResultByFirstAnswers(page, {
    onScreen: async (screen) => {
      await checkScreen(page, `quick ${screen}`);
      if (screen === "safety") {
        await widget.locator(".rc-check input").first().focus();
        await page.keyboard.press("Tab");
        const ring = await focusRing(page);
        assert.equal(ring.style, "solid", `the focus ring of a ${ring.what} shows`);
        assert.ok(ring.width >= 2 && !/rgba\(.*, 0\)$/.test(ring.colour), `the focus ring is drawn: ${JSON.stringify(ring)}`);
      }
      if (!sawChoices && (await widget.locator(".rc-choice").count()) > 1) {
        sawChoices = true;
        // Choose, go back: the chosen one must differ from the others by more than colour.
        const asked = await widget.locator("#rc-step-heading").innerText();
        await widget.locator(".rc-choice").nth(1).click();
        await widget.locator("#rc-step-heading", { hasNotText: asked }).waitFor();
        await widget.locator(".rc-nav .rc-secondary").first().click();
        await widget.locator("#rc-step-heading", { hasText: asked }).waitFor();
        await widget.locator(".rc-chosen").waitFor();
        const [chosen, other] = await widget.locator(".rc-choice").evaluateAll((all) => {
          const shape = (element) => {
            const style = getComputedStyle(element);
            return `${style.borderTopStyle} ${style.borderTopWidth} ${style.fontWeight}`;
          };
          const chosen = all.find((element) => element.classList.contains("rc-chosen"));
          return [shape(chosen), shape(all.find((element) => element !== chosen))];
        });
        assert.notEqual(chosen, other, "chosen and not chosen differ in shape, not only colour");
        await checkScreen(page, "quick chosen answer");
      }
    },
  });
  assert.ok(sawChoices, "a question with choices was seen");
  await page.close();
});

test("the detailed path in forced colours: errors, and the chart in system colours", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.address}/`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  await widget.locator(".rc-nav .rc-next").click();
  await widget.locator(".rc-path").nth(1).click();
  await widget.locator("#rc-v0-month").waitFor();
  await checkScreen(page, "detailed treatments");
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.locator(".rc-error-summary").waitFor();
  await checkScreen(page, "detailed errors");
  const visits = [
    [1, 2025, "24", 1, "12"],
    [5, 2025, "24", 0, "12"],
    [9, 2025, "12", 1, "6"],
  ];
  for (const [index, [month, year, units, result, lasted]] of visits.entries()) {
    if (index > 0) await widget.getByRole("button", { name: "Add another treatment" }).click();
    await widget.locator(`#rc-v${index}-month`).selectOption(String(month));
    await widget.locator(`#rc-v${index}-year`).selectOption(String(year));
    await widget.locator(`#rc-v${index}-product`).selectOption("botox");
    await widget.locator(`#rc-v${index}-units`).fill(units);
    await widget.locator(`#rc-v${index}-result-${result}`).check();
    await widget.locator(`#rc-v${index}-lasted`).fill(lasted);
  }
  await widget.getByRole("button", { name: "Next", exact: true }).click();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
  const look = await checkScreen(page, "detailed result");
  assert.ok(look.chartPaint.length > 10, "the chart is drawn");
  // The normal theme's fixed colours (src: styles/widget.css) must not survive.
  const fixed = ["rgb(29, 43, 47)", "rgb(74, 90, 94)", "rgb(31, 111, 120)", "rgb(163, 38, 27)", "rgb(227, 234, 235)", "rgb(201, 212, 214)"];
  const kept = look.chartPaint.filter(({ fill, stroke }) => fixed.includes(fill) || fixed.includes(stroke));
  assert.deepEqual(kept, [], "chart shapes still in the normal theme's colours");
  const drawn = look.chartPaint.filter(({ fill, stroke }) => fill !== look.canvas || (stroke !== "none" && stroke !== look.canvas));
  assert.equal(drawn.length, look.chartPaint.length, "every chart shape differs from the canvas");
  await page.close();
});

test("the seek-care screen in forced colours", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.address}/`);
  await widgetReady(page);
  const widget = page.locator("resistance-check");
  await widget.locator(".rc-check input").first().check();
  await widget.locator(".rc-nav .rc-next").click();
  await widget.locator("[data-verdict=seek_care]").waitFor();
  await checkScreen(page, "seek care");
  await page.close();
});
