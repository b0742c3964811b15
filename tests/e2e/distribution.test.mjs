// The release as sites install it: Subresource Integrity end to end (a changed or truncated
// wasm and a changed glue are refused, the element's own content shows and the console names
// the file), the version on ResistanceCheck and in every console line, and the snippet added
// by a tag manager (after the page has loaded, at the end of <body>, twice), set with
// innerHTML (scripts do not run), and carried inside a page's own inline script.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { releaseVersion } from "../../scripts/package-npm.mjs";
import { launchBrowser, openPage, serveDist, widgetReady } from "./harness.mjs";

const FALLBACK = '<p>Questions? Call <a href="tel:+15550104444">(555) 010-4444</a> or <a href="https://clinic.example/book">book a free consultation</a>.</p>';
const HOURS = '{"openingHoursSpecification":[{"dayOfWeek":["Monday","Tuesday","Wednesday","Thursday","Friday"],"opens":"08:30","closes":"12:30"}]}';
const WIDGET = `<resistance-check id="rc-tag" clinic-name="Sunset Skin" phone="(555) 010-4444" booking-url="https://clinic.example/book" time-zone="America/Los_Angeles"><script type="application/json">${HOURS}</script>${FALLBACK}</resistance-check>`;
const LOADER = '<script type="module" async src="/resistance-check.js"></script>';

const page = ({ head = LOADER, body = "" }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title>${head}</head>` +
  `<body><main><h1>Clinic</h1><p>Text.</p></main>${body}</body></html>`;

// Google Tag Manager's Custom HTML tag, as it runs one: after the page has loaded, its HTML is
// parsed and appended at the end of <body>, each <script> re-created so that it runs.
const TAG_MANAGER = `<script>
  window.fireTag = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    for (const node of [...template.content.childNodes]) {
      if (node.nodeName === "SCRIPT") {
        const script = document.createElement("script");
        for (const attribute of node.attributes) script.setAttribute(attribute.name, attribute.value);
        script.text = node.text;
        document.body.append(script);
      } else {
        document.body.append(node);
      }
    }
  };
</script>`;

// A page whose own inline script carries the snippet (a template's way), in the form that is
// safe there: the hours in the opening-hours attribute, so no "</script>" ends that script.
const INLINE_SAFE = `<script>
  document.body.insertAdjacentHTML("beforeend", '<resistance-check id="inline" phone="(555) 010-4444" time-zone="America/Los_Angeles" opening-hours=\\'${HOURS}\\'>${FALLBACK.replace(/'/g, "\\'")}</resistance-check>');
  window.pageScriptFinished = true;
</script>`;

const PAGES = {
  "/plain.html": page({ body: WIDGET }),
  "/tag-manager.html": page({ head: "", body: TAG_MANAGER }),
  "/inner-html.html": page({ head: "", body: `<div id="slot"></div><script>document.getElementById("slot").innerHTML = ${JSON.stringify(LOADER + WIDGET).replace(/<\//g, "<\\/")};</script>` }),
  "/inline.html": page({ body: INLINE_SAFE }),
};

let server;
let browser;
let version;
before(async () => {
  version = await releaseVersion();
  server = await serveDist({ pages: PAGES });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` with the widget's file matching `pattern` replaced by `change(bytes)`. */
async function openTampered(path, pattern, change) {
  const opened = await openPage(browser.context);
  await opened.page.route(pattern, async (route) => {
    const response = await route.fetch({ headers: { ...route.request().headers(), "accept-encoding": "identity" } });
    const headers = { ...response.headers() };
    delete headers["content-encoding"];
    delete headers["content-length"];
    await route.fulfill({ status: 200, headers, body: change(await response.body()) });
  });
  await opened.page.goto(`${server.address}${path}`);
  return opened;
}

for (const [what, pattern, change] of [
  ["a changed wasm", /_bg\.wasm$/, (bytes) => Buffer.concat([bytes, Buffer.from([0])])],
  ["a truncated wasm", /_bg\.wasm$/, (bytes) => bytes.subarray(0, bytes.length - 1024)],
  ["a changed glue", /resistance-check-[0-9a-f]{8,16}\.js$/, (bytes) => Buffer.from(`${bytes.toString("utf8")}\n;globalThis.tampered = true;`)],
]) {
  test(`${what} is refused: the element's own contact shows and the console names the file`, async () => {
    const { page, consoleMessages, pageErrors } = await openTampered("/plain.html", pattern, change);
    const fallback = page.locator("#rc-tag > p a[href='tel:+15550104444']");
    await fallback.waitFor({ state: "visible" });
    const errors = consoleMessages.filter((message) => message.type === "error").map((message) => message.text);
    const named = errors.find((text) => /failed its integrity check/.test(text));
    assert.ok(named, errors.join("\n"));
    assert.match(named, new RegExp(`^resistance-check ${version.replace(/\./g, "\\.")}: `));
    assert.match(named, what.includes("glue") ? /resistance-check-[0-9a-f]{8,16}\.js failed/ : /_bg\.wasm failed/);
    assert.equal(await page.evaluate(() => globalThis.tampered ?? false), false, "the changed glue never ran");
    assert.equal(await page.evaluate(() => document.querySelector("#rc-tag").shadowRoot?.querySelector("[data-ready]") ?? null), null);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
}

test("the release's version is on ResistanceCheck and in the widget's console lines", async () => {
  const { page, consoleMessages } = await openPage(browser.context, `${server.address}/plain.html`);
  await widgetReady(page, "#rc-tag");
  assert.equal(await page.evaluate(() => window.ResistanceCheck.version), version);
  // A widget with a bad attribute warns in the console, with the version.
  await page.evaluate(() => {
    const bad = document.createElement("resistance-check");
    bad.id = "bad";
    bad.setAttribute("corner-radius", "99px");
    document.body.append(bad);
  });
  await widgetReady(page, "#bad");
  const lines = consoleMessages.filter((message) => message.text.startsWith("resistance-check"));
  assert.ok(lines.some((message) => message.text.includes('"corner-radius": "99px"')), JSON.stringify(lines));
  for (const message of lines) assert.match(message.text, new RegExp(`^resistance-check ${version.replace(/\./g, "\\.")}: `));
  await page.close();
});

test("a tag manager's tag, fired after load and fired twice, makes one loader and one widget", async () => {
  const { page, consoleMessages, pageErrors, requests } = await openPage(browser.context, `${server.address}/tag-manager.html`);
  await page.waitForLoadState("load");
  await page.evaluate((html) => window.fireTag(html), LOADER + WIDGET);
  await page.evaluate((html) => window.fireTag(html), LOADER + WIDGET);
  await widgetReady(page, "#rc-tag");
  assert.equal(await page.locator("resistance-check").count(), 2, "the tag did insert its element twice");
  const widgets = await page.evaluate(() => [...document.querySelectorAll("resistance-check")].filter((host) => host.shadowRoot?.querySelector("[data-ready]")).length);
  assert.equal(widgets, 1, "one widget");
  assert.equal(await page.locator("resistance-check").nth(1).isVisible(), false, "the second copy shows nothing");
  assert.equal(requests.filter((request) => request.url.endsWith("/resistance-check.js")).length, 1, "one loader");
  assert.ok(consoleMessages.some((message) => message.type === "warning" && /a tag that fired twice/.test(message.text)));
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("set with innerHTML the snippet's script does not run: only the fallback paragraph shows", async () => {
  const { page, requests } = await openPage(browser.context, `${server.address}/inner-html.html`);
  await page.waitForLoadState("load");
  await page.locator("#slot a[href='tel:+15550104444']").waitFor({ state: "visible" });
  assert.equal(requests.filter((request) => request.url.includes("resistance-check")).length, 0, "the browser never ran the script");
  assert.equal(await page.evaluate(() => document.querySelector("resistance-check").shadowRoot), null);
  await page.close();
});

test("inside a page's own inline script, the snippet with its hours in opening-hours leaves that script whole and shows the hours", async () => {
  const { page, pageErrors } = await openPage(browser.context, `${server.address}/inline.html`);
  await widgetReady(page, "#inline");
  assert.equal(await page.evaluate(() => window.pageScriptFinished), true, "the page's script ran to its end");
  assert.match(await page.locator("#inline .rc-hours").innerText(), /Friday\s+8:30 am – 12:30 pm/);
  assert.deepEqual(pageErrors, []);
  await page.close();
});
