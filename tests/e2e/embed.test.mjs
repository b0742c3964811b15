// The widget embedded in pages it does not control, through the release build: events and
// dataLayer pushes, isolation from a hostile page, several widgets, single-page-app life,
// lazy loading without layout shift, a strict CSP, printing one widget, the booking link,
// bad configuration, a blocked wasm and a cross-origin embed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { startServer } from "../../scripts/serve.mjs";
import { DIST, assertAccessible, launchBrowser, openPage, screenshot, serveDist, settle, widgetReady } from "./harness.mjs";

const FALLBACK =
  '<p>Questions about your Botox? Call <a href="tel:+15550100199">(555) 010-0199</a> or ' +
  '<a href="https://example.com/book">book a free consultation</a>.</p>';

/** A test page: the loader (from `loaderOrigin`, default this origin), then `body`. */
const page = ({ title = "Test clinic page", head = "", body, loaderOrigin = "" }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  `${head}<script type="module" async src="${loaderOrigin}/resistance-check.js" blocking="render"></script></head>` +
  `<body><main><h1>${title}</h1>${body}</main></body></html>`;

const TWO_WIDGETS = `
  <p class="intro">Two clinics on one page.</p>
  <resistance-check id="north" clinic-name="North Clinic" doctor="Dr. North" phone="(555) 010-1111"
    booking-url="https://north.example/book" primary-color="#1f4e99">${FALLBACK}</resistance-check>
  <div id="south" data-resistance-check clinic-name="South Clinic" doctor="Dr. South" phone="(555) 010-2222"
    booking-url="https://south.example/book" primary-color="#7a1f5c" corner-radius="0">${FALLBACK}</div>
  <p class="outro">After the widgets.</p>`;

const HOSTILE_CSS = `<style>
  html { font-size: 10px; }
  * { margin: 3em; padding: 1em; font: 30px serif; color: red; box-sizing: content-box;
      letter-spacing: 4px; text-transform: uppercase; line-height: 4; text-align: right; }
  button { display: none; }
  a { color: lime; text-decoration: none; font-weight: 900; }
  table, th, td { border: 5px dotted blue; border-collapse: separate; border-spacing: 20px; }
  h2, h3, p { font-style: italic; word-spacing: 30px; }
  div, aside, section { background: yellow; }
  :root { --rc-muted: red; --rc-focus: red; }
</style>`;

// A page element of each kind the widget's own stylesheet styles, to prove none leaks out.
const OUTSIDE_ELEMENTS = `
  <section class="page-bits"><h2>Page heading</h2><h3>Page subheading</h3>
  <p>Page text with <a href="/elsewhere">a page link</a>.</p><button type="button">Page button</button>
  <table><caption>Page table</caption><tr><th scope="row">Day</th><td>Hours</td></tr></table></section>`;

// Two widgets on one page are checked with every axe rule (the widget adds no landmark of
// its own, so two of them cannot repeat one).
const TWO_WIDGET_AXE = {};

const SECURE_HEADERS = {
  "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
};

const PAGES = {
  "/two.html": page({ body: TWO_WIDGETS }),
  "/plain.html": page({ body: `${OUTSIDE_ELEMENTS}<resistance-check id="w">${FALLBACK}</resistance-check>` }),
  "/plain-without-widget.html": page({ body: OUTSIDE_ELEMENTS }).replace(/<script type="module"[^>]*><\/script>/, ""),
  "/hostile.html": page({ head: HOSTILE_CSS, body: `<resistance-check id="w">${FALLBACK}</resistance-check>` }),
  "/spa.html": page({ body: '<div id="app"></div><div id="elsewhere"></div>' }),
  "/below-the-fold.html": page({
    head: "<style>.tall { height: 4000px; }</style>",
    body: `<div class="tall">Scroll down.</div><resistance-check id="w">${FALLBACK}</resistance-check>`,
  }),
  "/in-view.html": page({
    body: `<p class="intro">Answer a few questions.</p><resistance-check id="w">${FALLBACK}</resistance-check>
      <p class="outro">Text under the widget, which must not move.</p>`,
  }),
  // The opt-ins lengthen the first step's privacy line; the loader reserves for that.
  "/in-view-opted-in.html": page({
    body: `<p class="intro">Answer a few questions.</p><resistance-check id="w" analytics-verdict share-verdict>${FALLBACK}</resistance-check>
      <p class="outro">Text under the widget, which must not move.</p>`,
  }),
  "/strict.html": page({ title: "Strict CSP page", body: TWO_WIDGETS }),
  "/utm.html": page({
    body: `
      <resistance-check id="all" booking-url="https://clinic.example/book?ref=site">${FALLBACK}</resistance-check>
      <resistance-check id="source-only" utm-params="utm_source" booking-url="https://clinic.example/book">${FALLBACK}</resistance-check>
      <resistance-check id="sharing" share-verdict booking-url="https://clinic.example/book">${FALLBACK}</resistance-check>`,
  }),
  "/typo-config.html": page({
    body: `<resistance-check id="w" clinic-name="Typo Clinic" time-zone="America/Los_Angeles" booking-url="htps://clinic.example/book">
      <p>Call <a href="tel:+15550104444">(555) 010-4444</a> or <a href="/book">book a free consultation</a>.</p></resistance-check>`,
  }),
  "/bad-config.html": page({
    body: `<resistance-check id="w" clinic-name="Bad Config Clinic" phone="(555) 010-3333" booking-url="javascript:alert(document.cookie)"
      primary-color="blue-ish" corner-radius="99px" lang="tlh" time-zone="Mars/Olympus_Mons" paths="fast"
      share-verdict="maybe" directions="sometimes" mailing-list-url="javascript:alert(1)">${FALLBACK}</resistance-check>`,
  }),
  "/location.html": page({
    body: `
      <resistance-check id="listed" clinic-name="Valley Skin & Laser" address="12 Main St #4, Encino, CA"
        mailing-list-url="https://clinic.example/newsletter">${FALLBACK}</resistance-check>
      <resistance-check id="unlisted" clinic-name="Valley Skin & Laser" address="12 Main St #4, Encino, CA" directions="off">${FALLBACK}</resistance-check>`,
  }),
  // The bad contacts, on elements whose own content has no usable link either.
  "/no-contact.html": page({
    body: `
      <resistance-check id="none" clinic-name="Sunset Skin" time-zone="America/Los_Angeles" phone="818-555-O142"
        booking-url="javascript:alert(1)"><p>Ask at our front desk.</p></resistance-check>
      <resistance-check id="bad-links" clinic-name="Sunset Skin" time-zone="America/Los_Angeles" phone="555-CALL-NOW"
        booking-url="sunsetskin.com/book"><p><a href="javascript:alert(1)">Book</a> or call <a href="tel:555-CALL-NOW">555-CALL-NOW</a>.</p></resistance-check>
      <resistance-check id="phone-only" clinic-name="Sunset Skin" time-zone="America/Los_Angeles" phone="(818) 555-0142"
        booking-url="sunsetskin.com/book"><p>Call us.</p></resistance-check>
      <resistance-check id="nothing"></resistance-check>`,
  }),
};

let server;
let browser;
let widgetFiles;
before(async () => {
  server = await serveDist({
    pages: PAGES,
    headersFor: (path) => (path === "/strict.html" ? SECURE_HEADERS : {}),
  });
  browser = await launchBrowser();
  const names = await readdir(DIST);
  widgetFiles = names.filter(
    (name) =>
      name === "resistance-check.js" ||
      /^resistance-check-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name) ||
      /^widget-[0-9a-f]+\.css$/.test(name),
  );
  assert.equal(widgetFiles.length, 4, `the widget's files in dist: ${widgetFiles.join(", ")}`);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page before its own scripts: a dataLayer, a log of the widget's host events,
 * a log of CSP violations and layout shifts, and clicks that stay on the page (links still
 * run their handlers, the browser just does not follow them). */
function recordEverything() {
  window.dataLayer = [];
  window.hostEvents = [];
  window.cspViolations = [];
  window.layoutShifts = [];
  for (const name of ["ready", "start", "result", "booking-click", "call-click"]) {
    document.addEventListener(`resistance-check:${name}`, (event) => {
      window.hostEvents.push({
        type: event.type,
        host: event.target.id,
        detail: event.detail,
        bubbles: event.bubbles,
        composed: event.composed,
      });
    });
  }
  document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  document.addEventListener("click", (event) => {
    if (event.composedPath().some((node) => node.localName === "a")) event.preventDefault();
  });
  const shifts = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    }
  });
  shifts.observe({ type: "layout-shift", buffered: true });
  window.flushLayoutShifts = () => {
    for (const entry of shifts.takeRecords()) {
      window.layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    }
    return window.layoutShifts;
  };
}

/** Opens `path` of `origin` (default: the dist server) with the recorders installed. */
async function visit(path, { origin = server.address, before: prepare } = {}) {
  const opened = await openPage(browser.context);
  await opened.page.addInitScript(recordEverything);
  if (prepare) await prepare(opened.page);
  await opened.page.goto(`${origin}${path}`);
  return opened;
}

// Chromium asks every page for /favicon.ico; the test pages have none.
const errorsIn = (consoleMessages) =>
  consoleMessages.filter((message) => message.type === "error" && !message.url.endsWith("/favicon.ico"));
const shadowQuery = (page, hostSelector, selector) =>
  page.evaluate(([host, inner]) => document.querySelector(host).shadowRoot?.querySelector(inner)?.outerHTML ?? null, [
    hostSelector,
    selector,
  ]);
// The button's colour eases in (a CSS transition), so tests wait for it rather than read it once.
const buttonTakesColour = (page, hostSelector, rgb) =>
  page.waitForFunction(
    ([host, rgb]) => getComputedStyle(document.querySelector(host).shadowRoot.querySelector("a.rc-book")).backgroundColor === rgb,
    [hostSelector, rgb],
  );
// The contact panel's booking link (a result repeats it after its summary and at its end).
const bookingHref = (page, hostSelector) => page.locator(`${hostSelector} .rc-contact a.rc-book`).getAttribute("href");

// GA4: letters, digits and underscores, starting with a letter, at most 40 characters, no
// reserved prefix and no automatically collected (reserved) event name.
const GA4_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const GA4_RESERVED_PREFIXES = ["_", "firebase_", "ga_", "google_", "gtag."];
const GA4_RESERVED_NAMES = new Set([
  "ad_activeview", "ad_click", "ad_exposure", "ad_query", "ad_reward", "adunit_exposure", "app_background",
  "app_clear_data", "app_exception", "app_remove", "app_store_refund", "app_store_subscription_cancel",
  "app_store_subscription_convert", "app_store_subscription_renew", "app_update", "app_upgrade",
  "dynamic_link_app_open", "dynamic_link_app_update", "dynamic_link_first_open", "error", "first_open",
  "first_visit", "in_app_purchase", "notification_dismiss", "notification_foreground", "notification_open",
  "notification_receive", "os_update", "session_start", "session_start_with_rollout", "user_engagement",
]);
// The only fields a dataLayer push may carry: which event and where a lead came from. A
// verdict is health information and never reaches analytics.
const DATA_LAYER_FIELDS = new Set(["event", "lead_source"]);

/** Every host event carries at most a verdict id; every dataLayer push no verdict at all. */
function assertNothingButEventNames(hostEvents, dataLayer) {
  for (const event of hostEvents) {
    assert.ok(event.bubbles && event.composed, `${event.type} bubbles out of shadow roots`);
    if (event.type === "resistance-check:result") {
      assert.deepEqual(Object.keys(event.detail ?? {}), ["verdict"], "a result carries only the verdict id");
      assert.match(event.detail.verdict, /^[a-z][a-z0-9_-]*$/);
    } else {
      assert.equal(event.detail, null, `${event.type} carries no detail`);
    }
  }
  for (const push of dataLayer) {
    assert.match(push.event, GA4_NAME, `GA4 event name ${push.event}`);
    assert.ok(!GA4_RESERVED_PREFIXES.some((prefix) => push.event.startsWith(prefix)), `${push.event} prefix`);
    assert.ok(!GA4_RESERVED_NAMES.has(push.event), `${push.event} is reserved by GA4`);
    for (const [key, value] of Object.entries(push)) {
      assert.ok(DATA_LAYER_FIELDS.has(key), `dataLayer field ${key} of ${push.event}`);
      assert.match(key, GA4_NAME);
      assert.equal(typeof value, "string");
    }
  }
}

test("host events and dataLayer pushes report what happened and nothing the visitor entered", async () => {
  const { page, pageErrors, consoleMessages } = await visit("/two.html");
  await widgetReady(page, "#north");
  await widgetReady(page, "#south");
  await page.locator("#north a.rc-call").click();
  await page.locator("#north a.rc-book").click();
  await page.waitForFunction(() => window.dataLayer.some((push) => push.event === "generate_lead"));
  const { hostEvents, dataLayer } = await page.evaluate(() => ({ hostEvents: window.hostEvents, dataLayer: window.dataLayer }));

  assert.deepEqual(
    hostEvents.filter((event) => event.host === "north").map((event) => event.type),
    ["resistance-check:ready", "resistance-check:call-click", "resistance-check:booking-click"],
  );
  assert.deepEqual(
    hostEvents.filter((event) => event.host === "south").map((event) => event.type),
    ["resistance-check:ready"],
  );
  assert.deepEqual(
    dataLayer.map((push) => push.event),
    [
      "resistance_check_ready",
      "resistance_check_ready",
      "resistance_check_call_click",
      "resistance_check_booking_click",
      "generate_lead",
    ],
  );
  assert.deepEqual(dataLayer.at(-1), { event: "generate_lead", lead_source: "resistance_check" });
  assertNothingButEventNames(hostEvents, dataLayer);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(errorsIn(consoleMessages), []);
  await page.close();
});

test("the network log holds only the page and the widget's own static files, none with a query", async () => {
  const { page, requests } = await visit("/two.html");
  await widgetReady(page, "#north");
  await widgetReady(page, "#south");
  await page.locator("#north a.rc-call").click();
  await page.locator("#south a.rc-book").click();
  await page.waitForFunction(() => window.dataLayer.some((push) => push.event === "generate_lead"));
  await page.waitForLoadState("networkidle");
  const allowed = new Set([`${server.address}/two.html`, ...widgetFiles.map((name) => `${server.address}/${name}`)]);
  const unexpected = requests.filter((request) => !allowed.has(request.url) || request.method !== "GET" || request.postData);
  assert.deepEqual(unexpected, [], "requests other than the page and the widget's files");
  // The wasm is fetched once even with two widgets on the page.
  assert.equal(requests.filter((request) => request.url.endsWith(".wasm")).length, 1);
  await page.close();
});

test("two widgets on one page keep their own configuration and events", async () => {
  const { page } = await visit("/two.html");
  await widgetReady(page, "#north");
  await widgetReady(page, "#south");
  assert.equal(await bookingHref(page, "#north"), "https://north.example/book");
  assert.equal(await bookingHref(page, "#south"), "https://south.example/book");
  assert.match(await page.locator("#north a.rc-call").innerText(), /010-1111/);
  assert.match(await page.locator("#south a.rc-call").innerText(), /010-2222/);
  await buttonTakesColour(page, "#north", "rgb(31, 78, 153)");
  await buttonTakesColour(page, "#south", "rgb(122, 31, 92)");
  const radius = (host) => page.locator(`${host} a.rc-book`).evaluate((link) => getComputedStyle(link).borderTopLeftRadius);
  assert.equal(await radius("#north"), "8px");
  assert.equal(await radius("#south"), "0px");
  // One stylesheet for the page: both widgets adopt the sheet the loader built, so neither
  // links (and waits for) a file of its own, and neither was ever hidden.
  const styling = await page.evaluate(() => {
    const [north, south] = ["#north", "#south"].map((id) => document.querySelector(id).shadowRoot);
    return {
      adopted: [north.adoptedStyleSheets.length, south.adoptedStyleSheets.length],
      shared: north.adoptedStyleSheets[0] === south.adoptedStyleSheets[0],
      links: north.querySelectorAll("link").length + south.querySelectorAll("link").length,
      hidden: north.querySelector(".rc[hidden]") !== null || south.querySelector(".rc[hidden]") !== null,
    };
  });
  assert.deepEqual(styling, { adopted: [1, 1], shared: true, links: 0, hidden: false });

  await page.locator("#south a.rc-call").click();
  await page.waitForFunction(() => window.hostEvents.some((event) => event.type === "resistance-check:call-click"));
  const calls = await page.evaluate(() =>
    window.hostEvents.filter((event) => event.type === "resistance-check:call-click").map((event) => event.host),
  );
  assert.deepEqual(calls, ["south"]);
  await assertAccessible(assert, page, "two widgets", TWO_WIDGET_AXE);
  await screenshot(page, "embed-two-widgets");
  await page.close();
});

test("single-page apps: widgets added later mount, removed ones are torn down without errors", async () => {
  const { page, pageErrors, consoleMessages } = await visit("/spa.html");
  const add = (id, asDiv) =>
    page.evaluate(
      ([id, asDiv, fallback]) => {
        const host = document.createElement(asDiv ? "div" : "resistance-check");
        if (asDiv) host.setAttribute("data-resistance-check", "");
        host.id = id;
        host.setAttribute("phone", `(555) 010-${String(id.length).padStart(4, "0")}`);
        host.innerHTML = fallback;
        document.querySelector("#app").append(host);
      },
      [id, asDiv, FALLBACK],
    );
  const remove = (id) =>
    page.evaluate((id) => {
      const host = document.getElementById(id);
      (window.removedHosts ??= []).push(host);
      host.remove();
    }, id);
  // Removed hosts go back to showing their own content: a bare slot, nothing of the widget.
  const allTornDown = () =>
    page.waitForFunction(() => window.removedHosts.every((host) => !host.shadowRoot || host.shadowRoot.innerHTML === "<slot></slot>"));

  for (let round = 0; round < 6; round += 1) {
    const id = `spa-${round}`;
    await add(id, round % 2 === 1);
    await widgetReady(page, `#${id}`);
    await remove(id);
    await allTornDown();
  }
  // Added and removed before the widget could start: nothing to tear down, nothing thrown.
  await page.evaluate((fallback) => {
    const host = document.createElement("resistance-check");
    host.innerHTML = fallback;
    document.querySelector("#app").append(host);
    host.remove();
    (window.removedHosts ??= []).push(host);
  }, FALLBACK);
  // Moved to another place in the page (a re-render): it is mounted again, once.
  await add("moved", false);
  await widgetReady(page, "#moved");
  await page.evaluate(() => document.querySelector("#elsewhere").append(document.getElementById("moved")));
  await page.waitForFunction(() => document.querySelector("#elsewhere #moved").shadowRoot.querySelector(".rc [data-ready]"));
  assert.equal(await page.evaluate(() => document.getElementById("moved").shadowRoot.querySelectorAll(".rc").length), 1);
  await remove("moved");
  await allTornDown();

  const live = await page.evaluate(
    () => [...document.querySelectorAll("resistance-check, [data-resistance-check]")].filter((host) => host.shadowRoot?.querySelector(".rc")).length,
  );
  assert.equal(live, 0, "no widget is left mounted");
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(errorsIn(consoleMessages), []);
  await page.close();
});

test("the wasm and the stylesheet are fetched only when a widget nears the viewport (the first step shows at once)", async () => {
  const { page, requests } = await visit("/below-the-fold.html");
  // The loader has run (it reserved the space) ...
  await page.waitForFunction(() => document.querySelector("#w").style.minHeight !== "");
  await page.waitForLoadState("networkidle");
  // ... shown the first step, and has fetched none of the glue, the wasm and the stylesheet.
  const widgetCode = () =>
    requests.filter((request) => /(resistance-check-[0-9a-f]+(_bg\.wasm|\.js)|widget-[0-9a-f]+\.css)$/.test(request.url));
  assert.deepEqual(widgetCode(), []);
  assert.ok(await page.evaluate(() => document.querySelector("#w").shadowRoot.querySelector(".rc[data-rc-static] #rc-step-heading")));
  await page.locator("#w").scrollIntoViewIfNeeded();
  await widgetReady(page, "#w");
  // The glue, the wasm and the stylesheet (the glue is fetched once to check its hash, then
  // imported from the cache).
  assert.equal(new Set(widgetCode().map((request) => request.url)).size, 3);
  await page.close();
});

for (const [path, viewport] of [
  ["/in-view.html", { width: 1280, height: 900 }],
  ["/in-view.html", { width: 390, height: 844 }],
  ["/in-view-opted-in.html", { width: 320, height: 700 }],
]) {
  test(`the space is reserved before the widget arrives: layout shift 0 at ${viewport.width}px (${path})`, async () => {
    const { page } = await visit(path, { before: (page) => page.setViewportSize(viewport) });
    await widgetReady(page, "#w");
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector("a.rc-book").offsetHeight > 0);
    // Two frames: the widget's stylesheet has applied and any shift has been recorded.
    await settle(page);
    const shifts = await page.evaluate(() => window.flushLayoutShifts());
    const total = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
    const sizes = await page.evaluate(() => ({
      reserved: document.querySelector("#w").style.minHeight,
      blank: document.querySelector("#w").getBoundingClientRect().height - document.querySelector("#w").shadowRoot.querySelector(".rc").getBoundingClientRect().height,
    }));
    // Once there, the widget has its own height: no space kept below it.
    assert.equal(sizes.reserved, "");
    assert.ok(Math.abs(sizes.blank) <= 1, `${sizes.blank} px kept below the widget`);
    assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
    await page.close();
  });
}

/** The computed styles of every element in the widget's shadow root, in document order. */
const INSIDE_PROPERTIES = [
  "font-family", "font-size", "font-weight", "font-style", "line-height", "color", "background-color",
  "margin-top", "margin-right", "margin-bottom", "margin-left", "padding-top", "padding-right", "padding-bottom",
  "padding-left", "border-top-width", "border-top-style", "border-top-color", "border-collapse",
  "border-spacing", "box-sizing", "display", "visibility", "text-transform", "letter-spacing", "word-spacing",
  "text-align", "text-decoration-line", "outline-color",
];
const insideStyles = (page, hostSelector, properties = INSIDE_PROPERTIES) =>
  page.evaluate(
    ([host, properties]) =>
      [...document.querySelector(host).shadowRoot.querySelectorAll("*")]
        .filter((element) => element.localName !== "link")
        .map((element) => {
          const style = getComputedStyle(element);
          const values = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
          // The widget centres itself with auto side margins, which follow the room the page
          // gives it: the one value here that is meant to depend on the page.
          if (element.classList.contains("rc")) delete values["margin-left"], delete values["margin-right"];
          return [`${element.localName}.${element.className}`, values];
        }),
    [hostSelector, properties],
  );

test("a hostile host page does not change the widget, and the widget's CSS does not leak out", async () => {
  const hostile = await visit("/hostile.html");
  await widgetReady(hostile.page, "#w");
  // The widget adapts to its width (one column, hours folded when narrow): compare it with
  // a plain page that gives it the same width as the hostile page's margins leave.
  const width = await hostile.page.evaluate(() => document.querySelector("#w").getBoundingClientRect().width);
  const plain = await visit("/plain.html", {
    before: (page) => page.setViewportSize({ width: Math.round(width) + 16, height: 900 }),
  });
  await widgetReady(plain.page, "#w");

  const expected = await insideStyles(plain.page, "#w");
  const actual = await insideStyles(hostile.page, "#w");
  assert.ok(expected.length > 10, "the widget has content to compare");
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i += 1) {
    assert.deepEqual(actual[i], expected[i], `element ${i} (${expected[i][0]}) on the hostile page`);
  }
  await assertAccessible(assert, hostile.page, "hostile host page", { include: "resistance-check" });
  await screenshot(hostile.page, "embed-hostile-page");

  // The page's own elements look the same with and without the widget on the page.
  const outside = (page) =>
    page.evaluate(
      (properties) =>
        [...document.querySelectorAll(".page-bits *")].map((element) => {
          const style = getComputedStyle(element);
          return [element.localName, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      INSIDE_PROPERTIES,
    );
  const without = await visit("/plain-without-widget.html");
  await without.page.waitForLoadState("load");
  assert.deepEqual(await outside(plain.page), await outside(without.page));
  for (const opened of [plain, hostile, without]) await opened.page.close();
});

test("the strict-CSP page runs the widget without a single policy violation", async () => {
  const { page, pageErrors, consoleMessages } = await visit("/strict.html");
  await widgetReady(page, "#north");
  await widgetReady(page, "#south");
  // Styled: the stylesheet loaded and the colour set through the CSSOM applies.
  await buttonTakesColour(page, "#north", "rgb(31, 78, 153)");
  const { violations, csp } = await page.evaluate(async () => ({
    violations: window.cspViolations,
    csp: (await fetch(location.href, { method: "HEAD" })).headers.get("content-security-policy"),
  }));
  assert.equal(csp, SECURE_HEADERS["Content-Security-Policy"]);
  assert.deepEqual(violations, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleMessages.filter((message) => /Refused|Content Security Policy/i.test(message.text)), []);
  assert.deepEqual(errorsIn(consoleMessages), []);
  await assertAccessible(assert, page, "strict CSP page", TWO_WIDGET_AXE);
  await page.close();
});

test("printing a widget marked data-rc-printing shows that widget alone, at the top left (strict CSP)", async () => {
  const { page } = await visit("/strict.html");
  await widgetReady(page, "#north");
  await widgetReady(page, "#south");
  const seen = () =>
    page.evaluate(() => {
      const south = document.querySelector("#south");
      const box = south.getBoundingClientRect();
      return {
        heading: getComputedStyle(document.querySelector("h1")).visibility,
        intro: getComputedStyle(document.querySelector("p.intro")).visibility,
        otherWidget: getComputedStyle(document.querySelector("#north").shadowRoot.querySelector("a.rc-book")).visibility,
        printed: getComputedStyle(south).visibility,
        printedLink: getComputedStyle(south.shadowRoot.querySelector("a.rc-book")).visibility,
        printedHours: getComputedStyle(south.shadowRoot.querySelector("table.rc-hours")).visibility,
        at: [Math.round(box.left + scrollX), Math.round(box.top + scrollY)],
      };
    });
  await page.emulateMedia({ media: "print" });
  const unmarked = await seen();
  assert.equal(unmarked.intro, "visible", "without the mark, printing shows the whole page");

  await page.evaluate(() => document.querySelector("#south").setAttribute("data-rc-printing", ""));
  const marked = await seen();
  assert.deepEqual(marked, {
    heading: "hidden",
    intro: "hidden",
    otherWidget: "hidden",
    printed: "visible",
    printedLink: "visible",
    printedHours: "visible",
    at: [0, 0],
  });
  await page.evaluate(() => document.querySelector("#south").removeAttribute("data-rc-printing"));
  await page.emulateMedia({ media: "screen" });
  assert.equal((await seen()).intro, "visible");
  await page.close();
});

test("the booking link carries the page's campaign parameters, and the verdict only by opt-in", async () => {
  const query = "?utm_source=newsletter&utm_campaign=spring%20sale&email=someone%40example.com&rc_verdict=forged";
  const { page } = await visit(`/utm.html${query}`);
  for (const id of ["#all", "#source-only", "#sharing"]) {
    // The widgets load as they near the viewport.
    await page.locator(id).scrollIntoViewIfNeeded();
    await widgetReady(page, id);
  }

  const all = new URL(await bookingHref(page, "#all"));
  assert.equal(all.origin + all.pathname, "https://clinic.example/book");
  assert.deepEqual([...all.searchParams.keys()], ["ref", "utm_source", "utm_campaign"]);
  assert.equal(all.searchParams.get("utm_source"), "newsletter");
  assert.equal(all.searchParams.get("utm_campaign"), "spring sale");

  assert.equal(await bookingHref(page, "#source-only"), "https://clinic.example/book?utm_source=newsletter");
  // Before any result there is no verdict to share, and the page's own rc_verdict is never copied.
  const sharing = new URL(await bookingHref(page, "#sharing"));
  assert.equal(sharing.searchParams.get("rc_verdict"), null);
  assert.equal(sharing.searchParams.get("email"), null);
  await page.close();
});

test("a bad configuration is reported once per attribute, and the widget still offers phone and booking", async () => {
  const { page, consoleMessages, pageErrors } = await visit("/bad-config.html");
  await widgetReady(page, "#w");
  const warnings = consoleMessages.filter((message) => message.type === "warning").map((message) => message.text);
  // What each warning says is used instead: the element's own booking link, the default
  // look, and no open-now line for an unknown time zone.
  const expected = [
    ["booking-url", "javascript:alert(document.cookie)", 'using "https://example.com/book"'],
    ["primary-color", "blue-ish", 'using "#1f6f78"'],
    ["corner-radius", "99px", 'using "8px"'],
    ["lang", "tlh", `using "the browser's language"`],
    ["time-zone", "Mars/Olympus_Mons", "showing no open-now line"],
    ["paths", "fast", 'using "quick detailed"'],
    ["share-verdict", "maybe", 'using "false"'],
    ["directions", "sometimes", 'using "on"'],
    ["mailing-list-url", "javascript:alert(1)", 'using "no mailing list link"'],
  ];
  for (const [attribute, bad, used] of expected) {
    const naming = warnings.filter((text) => text.includes(`"${attribute}"`));
    assert.equal(naming.length, 1, `one warning for ${attribute}: ${JSON.stringify(warnings)}`);
    assert.match(naming[0], /^resistance-check \d+\.\d+\.\d+: /, naming[0]);
    assert.ok(naming[0].includes(JSON.stringify(bad)), `${naming[0]} names the bad value`);
    assert.ok(naming[0].endsWith(used), `${naming[0]} says what is used instead`);
  }
  assert.equal(warnings.length, expected.length, JSON.stringify(warnings));
  // The javascript: URL never reaches the page; the configured phone does.
  assert.equal(await bookingHref(page, "#w"), "https://example.com/book");
  // Its time zone was refused, so the widget cannot tell which country the number is in,
  // and the link keeps the digits as given.
  assert.equal(await page.locator("#w a.rc-call").getAttribute("href"), "tel:5550103333");
  assert.equal(await shadowQuery(page, "#w", "a[href^='javascript:']"), null);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("bad contacts with no usable fallback link: no call link or booking button, never a placeholder, and an error naming the attribute", async () => {
  const { page, consoleMessages, pageErrors } = await visit("/no-contact.html");
  // Each starts once near the viewport: scrolled to in turn.
  for (const id of ["#none", "#bad-links", "#phone-only", "#nothing"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await widgetReady(page, id);
  }
  const shadowText = (id) => page.evaluate((id) => document.querySelector(id).shadowRoot.textContent, id);
  const links = (id) =>
    page.evaluate((id) => [...document.querySelector(id).shadowRoot.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")), id);
  for (const id of ["#none", "#bad-links", "#nothing"]) {
    assert.equal(await page.locator(`${id} a.rc-call`).count(), 0, `${id}: no call link`);
    assert.equal(await page.locator(`${id} a.rc-book`).count(), 0, `${id}: no booking button`);
    // No clinic link at all: only the emergency number of an office whose country is known
    // (Los Angeles), and none for an element that says nothing.
    const emergency = id === "#nothing" ? [] : ["tel:911"];
    assert.deepEqual(await links(id), emergency, `${id}: no link but the emergency number`);
  }
  // The one usable contact stays.
  // In its international form: the office is in Los Angeles.
  assert.equal(await page.locator("#phone-only a.rc-call").getAttribute("href"), "tel:+18185550142");
  assert.equal(await page.locator("#phone-only a.rc-book").count(), 0);
  for (const id of ["#none", "#bad-links", "#phone-only", "#nothing"]) {
    const text = await shadowText(id);
    for (const placeholder of ["555-0199", "010-0199", "example.com", "Dr. Alex", "Encino"]) {
      assert.ok(!text.includes(placeholder), `${id} shows no placeholder ${placeholder}`);
    }
  }
  // The widget itself still works: the first step is there to answer.
  assert.ok(await page.locator("#none").getByRole("button", { name: "None of these, continue" }).isVisible());
  // A red-flag symptom's advice names no number when the clinic gave no usable one.
  await page.locator("#none").getByLabel("Trouble breathing").check();
  await page.locator("#none").getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator("#none [data-verdict='seek_care']").waitFor();
  assert.match(await page.locator("#none .rc-emergency-office p").first().innerText(), /let the person who treated you know\.\s*$/);
  // The emergency number (in the sentence and its button) is the only link: never a
  // placeholder for the clinic.
  assert.deepEqual(await links("#none"), ["tel:911", "tel:911"]);
  // One error per lost contact, naming the attribute and its value.
  const errors = errorsIn(consoleMessages).map((message) => message.text);
  const expected = [
    ['"phone": "818-555-O142"', "showing no call link"],
    ['"booking-url": "javascript:alert(1)"', "showing no booking button"],
    ['"phone": "555-CALL-NOW"', "showing no call link"],
    ['"booking-url": "sunsetskin.com/book"', "showing no booking button"],
    ['"phone" is missing', "showing no call link"],
    ['"booking-url" is missing', "showing no booking button"],
  ];
  for (const [naming, consequence] of expected) {
    const found = errors.filter((text) => text.includes(naming));
    assert.ok(found.length >= 1 && found.every((text) => text.endsWith(consequence)), `${naming}: ${JSON.stringify(errors)}`);
  }
  // #phone-only and #bad-links both have "sunsetskin.com/book": two errors for it.
  assert.equal(errors.filter((text) => text.includes('"booking-url": "sunsetskin.com/book"')).length, 2);
  assert.equal(errors.length, 7, JSON.stringify(errors));
  assert.deepEqual(pageErrors, []);
  await assertAccessible(assert, page, "widgets without contacts");
  await screenshot(page, "embed-no-placeholder-contact");
});

test("the address links to directions in a maps app unless switched off, and a mailing list link is only a link", async () => {
  const { page, requests } = await visit("/location.html");
  for (const id of ["#listed", "#unlisted"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await widgetReady(page, id);
  }
  const directions = page.locator("#listed a.rc-directions");
  const maps = new URL(await directions.getAttribute("href"));
  assert.equal(`${maps.origin}${maps.pathname}`, "https://www.google.com/maps/search/");
  assert.equal(maps.searchParams.get("api"), "1");
  assert.equal(maps.searchParams.get("query"), "Valley Skin & Laser, 12 Main St #4, Encino, CA");
  assert.match(await directions.innerText(), /Directions in your maps app/);
  assert.equal(await page.locator("#unlisted a.rc-directions").count(), 0, 'directions="off" hides it');
  const mailing = page.locator("#listed .rc-mailing a");
  assert.equal(await mailing.innerText(), "Join our mailing list");
  assert.equal(await page.locator("#unlisted .rc-mailing").count(), 0, "no link without the attribute");
  // Answering first changes nothing in it: it carries no answer.
  await answerQuick(page, "#listed", RESISTANCE_ANSWERS);
  assert.equal(await mailing.getAttribute("href"), "https://clinic.example/newsletter");
  assert.equal(await directions.getAttribute("href"), maps.href);
  assert.ok(!requests.some((request) => /google|newsletter/.test(request.url)), "nothing is fetched from either");
  await assertAccessible(assert, page, "location and mailing list");
  await page.close();
});

test("a mistyped booking-url or a missing phone falls back to the element's own links, not to placeholders", async () => {
  const { page, consoleMessages, pageErrors } = await visit("/typo-config.html");
  await widgetReady(page, "#w");
  // The fallback's relative "/book", resolved against the page.
  assert.equal(await bookingHref(page, "#w"), `${server.address}/book`);
  const call = page.locator("#w a.rc-call");
  assert.equal(await call.getAttribute("href"), "tel:+15550104444");
  assert.match(await call.innerText(), /\(555\) 010-4444/);
  const warnings = consoleMessages.filter((message) => message.type === "warning").map((message) => message.text);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.ok(warnings[0].includes('"booking-url"') && warnings[0].includes(JSON.stringify(`${server.address}/book`)), warnings[0]);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("a blocked wasm shows every host's own content below the first step and gives the space back", async () => {
  const { page, consoleMessages } = await visit("/two.html", {
    before: (page) => page.route(/\.wasm$/, (route) => route.abort()),
  });
  await page.waitForFunction(() => ["#north", "#south"].every((id) => document.querySelector(id).style.minHeight === ""));
  for (const id of ["#north", "#south"]) {
    assert.ok(await page.locator(`${id} > p a[href^='tel:']`).isVisible());
    assert.ok(await page.locator(`${id} > p a[href*='book']`).isVisible());
    // The first step the loader showed stays readable above it, its controls disabled.
    const shadow = await page.evaluate(
      (id) => {
        const shadow = document.querySelector(id).shadowRoot;
        return { slot: [...shadow.children].some((child) => child.localName === "slot"), disabled: shadow.querySelector(".rc-nav button").disabled };
      },
      id,
    );
    assert.deepEqual(shadow, { slot: true, disabled: true });
  }
  const why = consoleMessages.filter((message) => message.type === "error" && /^resistance-check \d+\.\d+\.\d+: the widget could not start/.test(message.text));
  assert.ok(why.length >= 1, JSON.stringify(consoleMessages));
  await assertAccessible(assert, page, "fallback content");
  await page.close();
});

test("a page on one origin embeds the widget from another (cross-origin loader)", async () => {
  const widgetHost = await serveDist();
  const clinicSite = await startServer({
    root: DIST,
    pages: {
      "/clinic.html": page({
        title: "Clinic on another origin",
        body: `<resistance-check id="w" phone="(555) 010-4444">${FALLBACK}</resistance-check>`,
        loaderOrigin: widgetHost.address,
      }),
    },
  });
  let opened = null;
  try {
    assert.notEqual(new URL(widgetHost.address).port, new URL(clinicSite.address).port);
    opened = await visit("/clinic.html", { origin: clinicSite.address });
    const { page, pageErrors, requests } = opened;
    await widgetReady(page, "#w");
    assert.match(await page.locator("#w a.rc-call").innerText(), /010-4444/);
    // The widget's stylesheet from the other origin applies: the button takes its colour.
    await buttonTakesColour(page, "#w", "rgb(31, 111, 120)");
    // The widget's files all came from the widget's origin, the wasm with an Origin header (CORS).
    const fromClinic = clinicSite.log.filter((entry) => !["/clinic.html", "/favicon.ico"].includes(entry.url));
    assert.deepEqual(fromClinic, []);
    const wasm = widgetHost.log.find((entry) => entry.url.endsWith(".wasm"));
    assert.equal(wasm?.origin, clinicSite.address);
    assert.ok(requests.every((request) => request.url.startsWith(clinicSite.address) || request.url.startsWith(widgetHost.address)));
    assert.deepEqual(pageErrors, []);
  } finally {
    // The page first: the servers wait for its open connections before they close.
    await opened?.page.close();
    await clinicSite.close();
    await widgetHost.close();
  }
});

/** Answers the quick check in the widget at `host` with the given option labels. */
async function answerQuick(page, host, options) {
  const widget = page.locator(host);
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.getByRole("button", { name: /^Quick check/ }).click();
  for (const option of options) await widget.getByRole("button", { name: option, exact: true }).click();
  // The about-you answers: a few ticks that must never reach an event.
  await widget.getByLabel("Male", { exact: true }).check();
  await widget.getByLabel(/autoimmune condition/).check();
  await widget.getByRole("button", { name: "See my result" }).click();
  await widget.locator("[data-verdict]").waitFor();
}
const RESISTANCE_ANSWERS = ["More than 3 years", "Every 3 months or less often", "Botox", "About the same",
  "Weaker or shorter, a bit more each time over several visits", "6 weeks to 4 months ago", "No"];

test("two instances answering differently: each shows its own result and reports its own events", async () => {
  const { page } = await visit("/two.html");
  await widgetReady(page, "#north");
  await widgetReady(page, "#south");
  await answerQuick(page, "#north", RESISTANCE_ANSWERS);
  const south = page.locator("#south");
  await south.getByLabel("Trouble swallowing").check();
  await south.getByRole("button", { name: "Continue", exact: true }).click();
  await south.locator("[data-verdict]").waitFor();

  assert.equal(await page.locator("#north [data-verdict]").getAttribute("data-verdict"), "possible_resistance");
  assert.equal(await south.locator("[data-verdict]").getAttribute("data-verdict"), "seek_care");
  const hostEvents = await page.evaluate(() => window.hostEvents);
  const of = (host) => hostEvents.filter((event) => event.host === host).map((event) => [event.type, event.detail]);
  assert.deepEqual(of("north"), [
    ["resistance-check:ready", null],
    ["resistance-check:start", null],
    ["resistance-check:result", { verdict: "possible_resistance" }],
  ]);
  assert.deepEqual(of("south"), [
    ["resistance-check:ready", null],
    ["resistance-check:start", null],
    ["resistance-check:result", { verdict: "seek_care" }],
  ]);
  // Analytics learn that two checks finished, and nothing of either verdict, seek care included.
  const dataLayer = await page.evaluate(() => window.dataLayer);
  assert.equal(dataLayer.filter((push) => push.event === "resistance_check_result").length, 2);
  const pushed = JSON.stringify(dataLayer);
  for (const verdict of ["seek_care", "too_early", "correctable", "possible_resistance", "unclear", "no_concern"]) {
    assert.ok(!pushed.includes(verdict), `${verdict} reached the dataLayer`);
  }
  await assertAccessible(assert, page, "two results", TWO_WIDGET_AXE);
  await page.close();
});

test("answering the whole flow: events and dataLayer carry no answer, and no request or URL holds one", async () => {
  const { page, requests } = await visit("/two.html");
  await widgetReady(page, "#north");
  await answerQuick(page, "#north", RESISTANCE_ANSWERS);
  // The detailed path too, with typed numbers that would stand out anywhere they leaked.
  const north = page.locator("#north");
  await north.getByRole("button", { name: "Start over" }).click();
  await north.getByRole("button", { name: "None of these, continue" }).click();
  await north.getByRole("button", { name: /^Detailed history/ }).click();
  await north.locator("#rc-v0-month").selectOption("3");
  await north.locator("#rc-v0-year").selectOption("2025");
  await north.locator("#rc-v0-product").selectOption("dysport");
  await north.locator("#rc-v0-units").fill("273.75");
  await north.locator("#rc-v0-result-1").check();
  await north.locator("#rc-v0-lasted").fill("9");
  await north.getByRole("button", { name: "Next", exact: true }).click();
  await north.getByRole("button", { name: "See my result" }).click();
  await north.locator("[data-verdict]").waitFor();
  // The result's own booking button, right after its summary.
  await north.locator(".rc-result-cta a.rc-book").first().click();
  await page.waitForFunction(() => window.dataLayer.some((push) => push.event === "generate_lead"));
  await page.waitForLoadState("networkidle");

  const { hostEvents, dataLayer, url } = await page.evaluate(() => ({
    hostEvents: window.hostEvents,
    dataLayer: window.dataLayer,
    url: location.href,
  }));
  assertNothingButEventNames(hostEvents, dataLayer);
  const results = dataLayer.filter((push) => push.event === "resistance_check_result");
  // Without analytics-verdict a result push says only that a check was finished.
  assert.deepEqual(results, [{ event: "resistance_check_result" }, { event: "resistance_check_result" }]);
  // Request paths are the widget's own files (checked below); what could carry an answer is a
  // query string or a body.
  const sent = requests.map((request) => ({ query: new URL(request.url).search, body: request.postData }));
  const everything = JSON.stringify({ hostEvents, dataLayer, url, sent });
  for (const answer of ["273.75", "dysport", "Dysport", "male", "autoimmune", "2025-03", "botox", "Botox"]) {
    assert.ok(!everything.includes(answer), `"${answer}" appears in an event, the URL or a request`);
  }
  const allowed = new Set([`${server.address}/two.html`, ...widgetFiles.map((name) => `${server.address}/${name}`)]);
  assert.deepEqual(requests.filter((request) => !allowed.has(request.url) || request.postData), []);
  assert.equal(new URL(url).search, "", "the page URL is unchanged");
  await page.close();
});

test("share-verdict: after a result the booking link ends in rc_verdict=<verdict id>, and only with the attribute", async () => {
  const { page } = await visit("/utm.html?utm_source=newsletter");
  for (const id of ["#all", "#sharing"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await widgetReady(page, id);
    await answerQuick(page, id, RESISTANCE_ANSWERS);
  }
  const sharing = new URL(await bookingHref(page, "#sharing"));
  assert.equal(sharing.searchParams.get("rc_verdict"), "possible_resistance");
  assert.equal([...sharing.searchParams.keys()].at(-1), "rc_verdict");
  assert.equal(sharing.searchParams.get("utm_source"), "newsletter");
  const all = new URL(await bookingHref(page, "#all"));
  assert.equal(all.searchParams.get("rc_verdict"), null, "no verdict without the opt-in");
  await page.close();
});
