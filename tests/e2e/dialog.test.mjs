// The pop-up modes through the release build in Chromium: a <resistance-check mode="dialog">
// opened by the page's own buttons and links, and mode="launcher", the floating button.
// The dialog is the platform's modal dialog, named by the step's heading, with the focus on
// that heading when it opens, Tab kept inside, Esc and a labelled close button, the focus
// back on the opener and the page's own scroll styles back as they were; a press before the
// wasm opens it at once with the loader's first step; answers stay through a close; several
// dialogs and openers added later work; the launcher never opens anything by itself and its
// dismissal holds for the browser session. axe-clean, at 320 px without sideways scroll,
// and under a strict Content-Security-Policy. Screenshots go to artifacts/screenshots/, and
// with RC_UPDATE_DOCS=1 to docs/modes/ and docs/forced-colors/ (the README links them).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  ROOT,
  SCREENSHOTS,
  assertAccessible,
  elementsWiderThanTheirContainer,
  holdWasm,
  launchBrowser,
  openPage,
  quickResultByFirstAnswers,
  serveDist,
  settle,
  widgetReady,
} from "./harness.mjs";

const CLINIC =
  `clinic-name="Sunset Skin" doctor="Dr. Rivera" phone="(818) 555-0142" booking-url="https://clinic.example/book" ` +
  `time-zone="America/Los_Angeles" address="Encino, CA"`;
const FALLBACK = `<p>Call <a href="tel:8185550142">(818) 555-0142</a> or <a href="https://clinic.example/book">book online</a>.</p>`;
const DOCS = process.env.RC_UPDATE_DOCS === "1";
const STRICT_CSP = { "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" };

/** A clinic's page: `body` after its own heading, the loader, and the page's own root style. */
const page = (body, { lang = "en", rootStyle = "overflow-y: scroll; scroll-behavior: auto" } = {}) =>
  `<!doctype html><html lang="${lang}"${rootStyle ? ` style="${rootStyle}"` : ""}><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title>` +
  `<script type="module" async src="/resistance-check.js"></script></head>` +
  `<body><main><h1>Sunset Skin</h1>${body}<p${rootStyle ? ` style="height: 2000px"` : ""}>The clinic's page goes on.</p></main></body></html>`;

const ONE_DIALOG = page(
  `<p><button type="button" id="hero" data-resistance-check-open="check">Is your Botox wearing off? Take the check</button></p>` +
  `<p><a id="blog-link" href="/elsewhere.html" data-resistance-check-open="check">Take the check</a></p>` +
  `<resistance-check mode="dialog" id="check" ${CLINIC}>${FALLBACK}</resistance-check>`,
);
const SPANISH_DIALOG = page(
  `<p><button type="button" id="hero" data-resistance-check-open="">Haga la prueba</button></p>` +
  `<resistance-check mode="dialog" id="check" lang="es" ${CLINIC}>${FALLBACK}</resistance-check>`,
  { lang: "es" },
);
const TWO_DIALOGS = page(
  `<p><button type="button" id="open-a" data-resistance-check-open="check-a">Check A</button></p>` +
  `<resistance-check mode="dialog" id="check-a" ${CLINIC.replace("Sunset Skin", "Clinic A")}>${FALLBACK}</resistance-check>` +
  `<resistance-check mode="dialog" id="check-b" ${CLINIC.replace("Sunset Skin", "Clinic B")}>${FALLBACK}</resistance-check>`,
);
const LAUNCHER = page(
  `<resistance-check mode="launcher" launcher-position="bottom-left" primary-color="#1f4e99" ${CLINIC}>${FALLBACK}</resistance-check>`,
);
const ELSEWHERE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title></head><body><h1>Elsewhere</h1></body></html>`;

let server;
before(async () => {
  server = await serveDist({
    pages: {
      "/dialog.html": ONE_DIALOG,
      "/dialog-es.html": SPANISH_DIALOG,
      "/two.html": TWO_DIALOGS,
      "/launcher.html": LAUNCHER,
      // No inline style of the page's own, which the policy would refuse.
      "/strict.html": ONE_DIALOG.replace(/ style="[^"]*"/g, ""),
      "/strict-launcher.html": LAUNCHER.replace(/ style="[^"]*"/g, ""),
      "/elsewhere.html": ELSEWHERE,
    },
    headersFor: (path) => (path.startsWith("/strict") ? STRICT_CSP : {}),
  });
});
after(async () => {
  await server?.close();
});

/** The state of the pop-up `host` (a selector) and of the focus and page, as the visitor has them. */
const dialogNow = (page, host = "resistance-check") =>
  page.evaluate((host) => {
    const shadow = document.querySelector(host).shadowRoot;
    const dialog = shadow.querySelector("dialog");
    const focused = shadow.activeElement;
    return {
      open: Boolean(dialog?.open),
      modal: Boolean(dialog?.matches(":modal")),
      heading: shadow.getElementById("rc-step-heading")?.innerText ?? null,
      focusInside: Boolean(focused && dialog?.contains(focused)),
      focusOnHeading: focused?.id === "rc-step-heading",
      pageFocus: document.activeElement?.id || document.activeElement?.localName,
      prerendered: Boolean(shadow.querySelector("[data-rc-static]")),
      rootStyle: document.documentElement.getAttribute("style"),
      bodyStyle: document.body.getAttribute("style"),
      pageScrolls: getComputedStyle(document.documentElement).overflowY,
    };
  }, host);

/** Records the pop-up events the page hears and its dataLayer. */
const listen = (page) =>
  page.addInitScript(() => {
    window.dataLayer = [];
    window.heard = [];
    for (const name of ["open", "close"]) {
      document.addEventListener(`resistance-check:${name}`, (event) => window.heard.push({ name, via: event.detail.via, id: event.target.id }));
    }
  });

test("a button opener opens a real modal dialog: named by the step's heading, focus on it, Tab kept inside, Esc and the close button close it, focus back on the button, the page's own scroll styles back exactly", async () => {
  const browser = await launchBrowser();
  try {
    const { page, pageErrors } = await openPage(browser.context);
    await listen(page);
    await page.goto(`${server.address}/dialog.html`);
    // The pop-ups' own file has come and made the dialog.
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot?.querySelector("dialog"));
    const before = await dialogNow(page);
    assert.equal(before.open, false);
    // A dialog element shows nothing in the page.
    assert.equal(await page.evaluate(() => document.querySelector("resistance-check").getClientRects().length), 0);
    await page.locator("#hero").click();
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot.querySelector("dialog")?.open);
    await widgetReady(page);
    let now = await dialogNow(page);
    assert.ok(now.modal, "opened with showModal()");
    assert.ok(now.focusOnHeading, "the focus is on the step's heading");
    assert.equal(await page.getByRole("dialog", { name: now.heading, exact: true }).count(), 1, `a dialog named "${now.heading}"`);
    // The page behind is inert and does not scroll.
    assert.equal(now.pageScrolls, "hidden");
    assert.equal(await page.evaluate(() => document.elementFromPoint(5, 5) === document.querySelector("resistance-check")), true, "the backdrop covers the page");

    // Tab and Shift+Tab go round the dialog's controls, never out of it.
    const controls = await page.evaluate(() => {
      const dialog = document.querySelector("resistance-check").shadowRoot.querySelector("dialog");
      return [...dialog.querySelectorAll("a[href], button, input, select, textarea")].filter((e) => e.checkVisibility()).length;
    });
    const visited = new Set();
    for (let press = 0; press < controls + 3; press += 1) {
      await page.keyboard.press("Tab");
      now = await dialogNow(page);
      assert.ok(now.focusInside, `Tab ${press + 1}: the focus left the dialog (${now.pageFocus})`);
      visited.add(await page.evaluate(() => document.querySelector("resistance-check").shadowRoot.activeElement.outerHTML.slice(0, 80)));
    }
    assert.ok(visited.size >= 3, "Tab moved through the dialog's controls");
    for (let press = 0; press < controls + 3; press += 1) {
      await page.keyboard.press("Shift+Tab");
      assert.ok((await dialogNow(page)).focusInside, `Shift+Tab ${press + 1}: the focus left the dialog`);
    }

    await page.keyboard.press("Escape");
    // The dialog's close event comes a task after it closed.
    await page.waitForFunction(() => window.heard.some((event) => event.name === "close"));
    now = await dialogNow(page);
    assert.equal(now.pageFocus, "hero", "the focus is back on the button that opened it");
    assert.equal(now.rootStyle, before.rootStyle, "the page's own style on <html> is back exactly");
    assert.equal(now.bodyStyle, null, "the body, which had no style, has none");
    assert.equal(now.pageScrolls, "scroll");

    // The labelled close button.
    await page.locator("#hero").click();
    const close = page.getByRole("button", { name: "Close", exact: true });
    await close.click();
    await page.waitForFunction(() => window.heard.filter((event) => event.name === "close").length === 2);
    assert.equal((await dialogNow(page)).pageFocus, "hero");

    const heard = await page.evaluate(() => window.heard);
    assert.deepEqual(heard, [
      { name: "open", via: "button", id: "check" },
      { name: "close", via: "escape", id: "check" },
      { name: "open", via: "button", id: "check" },
      { name: "close", via: "close-button", id: "check" },
    ]);
    const pushes = await page.evaluate(() => window.dataLayer.filter((entry) => /open|close/.test(entry.event)));
    assert.deepEqual(pushes.map((entry) => `${entry.event}:${entry.via}`), [
      "resistance_check_open:button",
      "resistance_check_close:escape",
      "resistance_check_open:button",
      "resistance_check_close:close-button",
    ]);
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser.close();
  }
});

test("the answers stay when the dialog is closed and opened again, and Start over still works; a link opener opens it and keeps the page's address", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser.context, `${server.address}/dialog.html`);
    await page.locator("#blog-link").click();
    await widgetReady(page);
    const widget = page.locator("resistance-check");
    await quickResultByFirstAnswers(page);
    const reached = (await dialogNow(page)).heading;
    await page.keyboard.press("Escape");
    assert.equal(new URL(page.url()).pathname, "/dialog.html", "the link opened the dialog, not its page");
    assert.equal((await dialogNow(page)).pageFocus, "blog-link");
    await page.locator("#hero").click();
    const again = await dialogNow(page);
    assert.equal(again.heading, reached, "the dialog opens where the visitor left it");
    assert.ok(again.focusOnHeading);
    await widget.getByRole("button", { name: "Start over" }).click();
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot.querySelector("[id^=rc-flag-]"));
    assert.ok((await dialogNow(page)).open, "still open after Start over");
  } finally {
    await browser.close();
  }
});

test("a press before the wasm opens the dialog at once with the loader's first step, which the widget then takes over; the wasm is fetched only once a pointer or the focus reaches an opener", async () => {
  const browser = await launchBrowser();
  try {
    const { page, requests } = await openPage(browser.context);
    const release = await holdWasm(page);
    await page.goto(`${server.address}/dialog.html`);
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot?.querySelector("dialog"));
    await settle(page);
    assert.equal(requests.filter((r) => /_bg\.wasm$/.test(r.url)).length, 0, "no wasm before anyone reaches an opener");
    await page.locator("#hero").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot.querySelector("dialog").open);
    let now = await dialogNow(page);
    assert.ok(now.prerendered, "the loader's first step, before the wasm");
    assert.ok(now.focusOnHeading);
    assert.ok(requests.some((r) => /_bg\.wasm$/.test(r.url)), "the wasm was asked for when the focus reached the opener");
    // Pressed before the wasm: the step's button says it is busy, and the widget goes on.
    const heading = now.heading;
    await page.locator("resistance-check .rc-nav .rc-next").click();
    release();
    await widgetReady(page);
    await page.waitForFunction((heading) => document.querySelector("resistance-check").shadowRoot.getElementById("rc-step-heading").innerText !== heading, heading);
    now = await dialogNow(page);
    assert.ok(now.open && !now.prerendered && now.focusInside);
  } finally {
    await browser.close();
  }
});

test("without the loader a link opener simply goes to its page", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser.context);
    await page.route(/resistance-check\.js$/, (route) => route.abort());
    await page.goto(`${server.address}/dialog.html`);
    await Promise.all([page.waitForURL(/elsewhere\.html$/), page.locator("#blog-link").click()]);
    assert.equal(await page.locator("h1").innerText(), "Elsewhere");
  } finally {
    await browser.close();
  }
});

test("two dialogs on a page, and openers a single-page app adds and removes later, each open their own", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleMessages } = await openPage(browser.context, `${server.address}/two.html`);
    const nameIn = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector("dialog").open, id);
    await page.locator("#open-a").click();
    await page.waitForFunction(() => document.getElementById("check-a").shadowRoot.querySelector("dialog").open);
    assert.equal(await nameIn("check-b"), false);
    await page.keyboard.press("Escape");
    // Added later, as a single-page app does.
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.id = "open-b";
      button.textContent = "Check B";
      button.dataset.resistanceCheckOpen = "check-b";
      document.querySelector("main").prepend(button);
    });
    await page.locator("#open-b").click();
    await page.waitForFunction(() => document.getElementById("check-b").shadowRoot.querySelector("dialog").open);
    assert.equal(await nameIn("check-a"), false);
    await widgetReady(page, "#check-b");
    assert.match(await page.evaluate(() => document.getElementById("check-b").shadowRoot.textContent), /Clinic B/);
    assert.doesNotMatch(await page.evaluate(() => document.getElementById("check-b").shadowRoot.textContent), /Clinic A/);
    await page.keyboard.press("Escape");
    assert.equal((await dialogNow(page, "#check-b")).pageFocus, "open-b");
    // Its dialog removed, an opener does nothing but say why in the console.
    await page.evaluate(() => document.getElementById("check-b").remove());
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), "scroll");
    await page.locator("#open-b").click();
    await page.waitForFunction(() => document.activeElement?.id === "open-b");
    for (let wait = 0; wait < 50 && !consoleMessages.some((m) => /names no dialog/.test(m.text)); wait += 1) await settle(page);
    assert.ok(consoleMessages.some((m) => m.type === "warning" && /names no dialog/.test(m.text)), JSON.stringify(consoleMessages));
  } finally {
    await browser.close();
  }
});

test("the launcher: a floating button in the clinic's colour, at least 44 px high, in its corner, that opens the dialog, hides while it is open, gets the focus back, and never opens anything by itself; its × hides it for the session", async () => {
  const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const { page, requests } = await openPage(browser.context);
    await listen(page);
    await page.goto(`${server.address}/launcher.html`);
    const open = page.getByRole("button", { name: "Botox wearing off? Take the check" });
    await open.waitFor();
    const looks = await open.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return { height: box.height, left: box.left, right: innerWidth - box.right, bottom: innerHeight - box.bottom, color: getComputedStyle(button).backgroundColor, position: getComputedStyle(button.parentElement).position };
    });
    assert.ok(looks.height >= 44, `${looks.height} px high`);
    assert.equal(looks.position, "fixed");
    assert.ok(looks.left < looks.right, "bottom-left, as launcher-position says");
    assert.ok(looks.bottom >= 8 && looks.bottom < 40, `${looks.bottom} px from the bottom`);
    assert.equal(looks.color, "rgb(31, 78, 153)", "the clinic's colour");
    // Nothing opens by itself: not on load, not after scrolling.
    await page.mouse.wheel(0, 1500);
    await settle(page);
    assert.equal((await dialogNow(page)).open, false);
    assert.equal(requests.filter((r) => /_bg\.wasm$/.test(r.url)).length, 0, "no wasm before the visitor reaches the launcher");

    await open.tap();
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot.querySelector("dialog").open);
    assert.equal(await open.isVisible(), false, "hidden while the dialog is open");
    await widgetReady(page);
    await page.getByRole("button", { name: "Close", exact: true }).tap();
    await open.waitFor();
    assert.equal(await page.evaluate(() => document.querySelector("resistance-check").shadowRoot.activeElement?.className), "rc-launcher-open");
    assert.deepEqual(await page.evaluate(() => window.heard.map((e) => `${e.name}:${e.via}`)), ["open:launcher", "close:close-button"]);

    await page.getByRole("button", { name: "Hide this button" }).tap();
    assert.equal(await open.isVisible(), false);
    assert.deepEqual(await page.evaluate(() => Object.entries(sessionStorage)), [["resistance-check:v1:launcher-hidden", "1"]]);
    await page.reload();
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot?.querySelector("dialog"));
    assert.equal(await open.isVisible(), false, "still hidden after a reload, in the same session");
    const next = await browser.context.newPage();
    await next.goto(`${server.address}/launcher.html`);
    await next.getByRole("button", { name: "Botox wearing off? Take the check" }).waitFor();
  } finally {
    await browser.close();
  }
});

test("on a phone the dialog fills the screen with nothing wider than 320 px, its close bar and the launcher take at most a quarter of a 320 x 256 screen and of a phone held sideways, and on a wide screen it is a centred panel", async () => {
  const shots = DOCS ? join(ROOT, "docs", "modes") : SCREENSHOTS;
  await mkdir(shots, { recursive: true });
  for (const viewport of [{ width: 320, height: 568 }, { width: 320, height: 256 }, { width: 812, height: 375 }, { width: 1280, height: 900 }]) {
    // A phone held sideways is short: the dialog fills it too.
    const phone = viewport.width < 640 || viewport.height < 480;
    const browser = await launchBrowser({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    try {
      const { page } = await openPage(browser.context, `${server.address}/launcher.html`);
      const launcher = page.locator("resistance-check .rc-launcher");
      await launcher.waitFor();
      const launcherHeight = (await launcher.boundingBox()).height;
      assert.ok(launcherHeight <= viewport.height / 4, `${viewport.width} x ${viewport.height}: the launcher is ${launcherHeight} px high`);
      if (viewport.height === 568) await page.screenshot({ path: join(shots, "launcher-phone.png") });
      await page.locator("resistance-check .rc-launcher-open").click();
      await widgetReady(page);
      await settle(page);
      const box = await page.evaluate(() => {
        const shadow = document.querySelector("resistance-check").shadowRoot;
        const rect = shadow.querySelector("dialog").getBoundingClientRect();
        const bar = shadow.querySelector(".rc-dialog-bar").getBoundingClientRect();
        const body = shadow.querySelector(".rc-dialog-body");
        return { left: rect.left, right: innerWidth - rect.right, top: rect.top, width: rect.width, height: rect.height, bar: bar.height, sideways: body.scrollWidth > body.clientWidth };
      });
      if (phone) {
        assert.deepEqual([box.left, box.top, box.width, box.height], [0, 0, viewport.width, viewport.height], "fills the screen");
        assert.deepEqual(await elementsWiderThanTheirContainer(page), []);
        assert.equal(box.sideways, false, "no sideways scroll");
        assert.ok(box.bar <= viewport.height / 4, `the close bar is ${box.bar} px high`);
      } else {
        assert.ok(box.width <= 720 && box.width >= 600, `${box.width} px wide`);
        assert.ok(Math.abs(box.left - box.right) <= 1, "centred");
      }
      if (viewport.height === 568) await page.screenshot({ path: join(shots, "dialog-phone.png") });
      if (!phone) await page.screenshot({ path: join(shots, "dialog-wide.png") });
    } finally {
      await browser.close();
    }
  }
});

test("axe finds nothing in the dialog (English and Spanish) and with the launcher, and a Spanish dialog speaks Spanish", async () => {
  const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const { page } = await openPage(browser.context, `${server.address}/launcher.html`);
    await page.locator("resistance-check .rc-launcher-open").waitFor();
    await assertAccessible(assert, page, "the launcher on the page");
    await page.locator("resistance-check .rc-launcher-open").tap();
    await widgetReady(page);
    await assertAccessible(assert, page, "the launcher's dialog open");

    await page.goto(`${server.address}/dialog-es.html`);
    await page.locator("#hero").tap();
    await widgetReady(page);
    await assertAccessible(assert, page, "a Spanish dialog open");
    const spoken = await page.evaluate(() => {
      const dialog = document.querySelector("resistance-check").shadowRoot.querySelector("dialog");
      return { lang: dialog.lang, close: dialog.querySelector(".rc-dialog-close").innerText.replace("×", "").trim() };
    });
    assert.deepEqual(spoken, { lang: "es", close: "Cerrar" });
    await page.getByRole("button", { name: "Cerrar", exact: true }).tap();
    assert.equal((await dialogNow(page)).pageFocus, "hero");
  } finally {
    await browser.close();
  }
});

test("under a strict Content-Security-Policy the dialog and the launcher open, styled, with nothing refused", async () => {
  const browser = await launchBrowser();
  try {
    for (const path of ["/strict.html", "/strict-launcher.html"]) {
      const { page, consoleMessages, pageErrors } = await openPage(browser.context, `${server.address}${path}`);
      const opener = path === "/strict.html" ? page.locator("#hero") : page.locator("resistance-check .rc-launcher-open");
      await opener.click();
      await widgetReady(page);
      const styled = await page.evaluate(() => getComputedStyle(document.querySelector("resistance-check").shadowRoot.querySelector("dialog")).display);
      assert.equal(styled, "flex", `${path}: the dialog's own stylesheet applies`);
      const refused = consoleMessages.filter((m) => /Content Security Policy|Refused/i.test(m.text));
      assert.deepEqual(refused, [], path);
      assert.deepEqual(pageErrors, [], path);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test("in forced colours (a Windows contrast theme) the dialog's edge, its close button, the launcher's buttons and their focus ring keep visible borders", async () => {
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, forcedColors: "active" });
  try {
    const { page } = await openPage(browser.context, `${server.address}/launcher.html`);
    const edges = (selector) =>
      page.evaluate((selector) => {
        const element = document.querySelector("resistance-check").shadowRoot.querySelector(selector);
        const style = getComputedStyle(element);
        return { border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, outline: `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` };
      }, selector);
    const visible = (edge) => !/^0px|none|rgba\(0, 0, 0, 0\)|transparent/.test(edge);
    await page.locator("resistance-check .rc-launcher-open").waitFor();
    for (const selector of [".rc-launcher-open", ".rc-launcher-hide"]) assert.ok(visible((await edges(selector)).border), `${selector}: ${(await edges(selector)).border}`);
    await page.keyboard.press("Tab");
    const ring = await edges(".rc-launcher-open");
    assert.ok(visible(ring.outline), `the launcher's focus ring: ${ring.outline}`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("resistance-check").shadowRoot.querySelector("dialog").open);
    await widgetReady(page);
    for (const selector of ["dialog", ".rc-dialog-close"]) assert.ok(visible((await edges(selector)).border), `${selector}: ${(await edges(selector)).border}`);
    for (let press = 0; press < 6; press += 1) {
      if (await page.evaluate(() => document.querySelector("resistance-check").shadowRoot.activeElement?.className === "rc-dialog-close")) break;
      await page.keyboard.press("Shift+Tab");
    }
    const closeRing = await edges(".rc-dialog-close");
    assert.ok(visible(closeRing.outline), `the close button's focus ring: ${closeRing.outline}`);
    const shots = DOCS ? join(ROOT, "docs", "forced-colors") : SCREENSHOTS;
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: join(shots, DOCS ? "dialog.png" : "forced-colors-dialog.png") });
  } finally {
    await browser.close();
  }
});

test("the inline widget on a phone, beside the other modes' screenshots", async () => {
  const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const { page } = await openPage(browser.context, `${server.address}/`);
    await widgetReady(page);
    const shots = DOCS ? join(ROOT, "docs", "modes") : SCREENSHOTS;
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: join(shots, "inline-phone.png") });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, "no sideways scroll");
  } finally {
    await browser.close();
  }
});
