// "Test the install" in the snippet builder, against real servers on other ports of
// 127.0.0.1 (other origins): one that serves the widget's files with CORS, one that sends no
// CORS header, one that labels the wasm wrongly, and a wrong path. A valid snippet whose files
// come from the host without CORS shows only its fallback on another origin, and the
// builder's check says why and what to change.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";
import { DIST, assertAccessible, launchBrowser, openPage, screenshot, serveDist, widgetReady } from "./harness.mjs";

let builderSite;
let corsHost;
let noCorsHost;
let wrongTypeHost;
let wrongCacheHost;
let browser;
before(async () => {
  builderSite = await serveDist();
  corsHost = await serveDist();
  noCorsHost = await startServer({ root: DIST, cors: false });
  wrongTypeHost = await serveDist({
    headersFor: (path) => (path.endsWith(".wasm") ? { "Content-Type": "application/octet-stream" } : {}),
  });
  // The loader cached for a week, the hashed files for an hour and not immutable.
  wrongCacheHost = await serveDist({
    headersFor: (path) =>
      path === "/resistance-check.js"
        ? { "Cache-Control": "public, max-age=604800" }
        : /-[0-9a-f]{8,16}/.test(path)
          ? { "Cache-Control": "public, max-age=3600" }
          : {},
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const server of [builderSite, corsHost, noCorsHost, wrongTypeHost, wrongCacheHost]) await server?.close();
});

/** Opens the builder, tests the install at `loaderUrl`, and returns the report's text. */
async function installReport(page, loaderUrl) {
  await page.getByLabel("Loader address", { exact: true }).fill(loaderUrl);
  await page.getByRole("button", { name: "Test the install" }).click();
  const report = page.locator("#install-report");
  await report.locator(".install-good, .install-bad").waitFor({ timeout: 30_000 });
  return report.innerText();
}

const openBuilder = async () => {
  const opened = await openPage(browser.context, `${builderSite.address}/builder.html`);
  await opened.page.locator("#problems li").first().waitFor();
  return opened;
};

test("a host that serves the files with CORS and application/wasm passes", async () => {
  const { page, pageErrors } = await openBuilder();
  const text = await installReport(page, `${corsHost.address}/resistance-check.js`);
  assert.match(text, /The install works/);
  assert.match(text, /wasm is reachable from other sites, as application\/wasm/);
  assert.doesNotMatch(text, /✗/);
  // The checks' requests came from an opaque origin, as CORS requests.
  const origins = new Set(corsHost.log.map((entry) => entry.origin));
  assert.ok(origins.has("null"), JSON.stringify([...origins]));
  assert.ok(corsHost.log.some((entry) => /_bg\.wasm$/.test(entry.url)));
  await assertAccessible(assert, page, "install check passed");
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("a host that caches the loader for long, or the hashed files briefly, is told the headers to send", async () => {
  const { page } = await openBuilder();
  const text = await installReport(page, `${wrongCacheHost.address}/resistance-check.js`);
  assert.match(text, /4 things to fix on the host/);
  assert.match(text, /The loader is cached for 7 days \(Cache-Control: public, max-age=604800\)/);
  assert.match(text, /Cache-Control: public, max-age=300/);
  assert.match(text, /The widget's wasm \(resistance-check-[0-9a-f]{8,16}_bg\.wasm\) is sent with Cache-Control: public, max-age=3600/);
  assert.match(text, /max-age=31536000, immutable/);
  // The release's own headers (the _headers file the test server applies) pass.
  const good = await installReport(page, `${corsHost.address}/resistance-check.js`);
  assert.match(good, /The install works/);
  await page.close();
});

test("a host without CORS is named as the problem, with the header to add", async () => {
  const { page } = await openBuilder();
  const text = await installReport(page, `${noCorsHost.address}/resistance-check.js`);
  assert.match(text, /One thing to fix on the host/);
  assert.match(text, /sends no CORS header \(Access-Control-Allow-Origin\)/);
  assert.match(text, /add the response header Access-Control-Allow-Origin: \*/);
  await screenshot(page, "builder-install-no-cors");
  await assertAccessible(assert, page, "install check failed");
  await page.close();
});

test("a wasm served with the wrong type, a wrong path and an unreachable host are each named", async () => {
  const { page } = await openBuilder();
  let text = await installReport(page, `${wrongTypeHost.address}/resistance-check.js`);
  assert.match(text, /wasm is served as "application\/octet-stream", not application\/wasm/);
  assert.match(text, /AddType application\/wasm \.wasm/);
  text = await installReport(page, `${corsHost.address}/widget/resistance-check.js`);
  assert.match(text, /HTTP 404/);
  // A port nothing listens on: the closed server's.
  const gone = await serveDist();
  const address = gone.address;
  await gone.close();
  text = await installReport(page, `${address}/resistance-check.js`);
  assert.match(text, /Nothing answered at 127\.0\.0\.1/);
  await page.close();
});

test("a valid snippet works on another origin when its host allows CORS, and shows only its fallback when not", async () => {
  const { page } = await openBuilder();
  const snippetFrom = async (loaderUrl) => {
    await page.getByLabel("Loader address", { exact: true }).fill(loaderUrl);
    await page.getByLabel("Clinic name (required)").fill("Sunset Skin Clinic");
    await page.getByLabel("Phone (required)").fill("(818) 555-0142");
    await page.getByLabel("Booking page (required)").fill("https://sunsetskin.example/book");
    await page.getByLabel("Time zone (required)").selectOption("America/Los_Angeles");
    const monday = page.getByLabel("Monday", { exact: true });
    if (!(await monday.isChecked())) {
      await monday.check();
      await page.getByLabel("Monday opens").fill("10:00");
      await page.getByLabel("Monday closes").fill("17:00");
    }
    await page.waitForFunction((url) => document.querySelector("#snippet").value.includes(`src="${url}"`), loaderUrl);
    return page.locator("#snippet").inputValue();
  };
  const clinicPage = (snippet) =>
    startServer({
      root: DIST,
      pages: { "/clinic.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Clinic</h1>\n${snippet}\n</main></body></html>` },
    });

  // With CORS: the widget mounts from the other origin.
  const good = await clinicPage(await snippetFrom(`${corsHost.address}/resistance-check.js`));
  const working = await openPage(browser.context, `${good.address}/clinic.html`);
  try {
    await widgetReady(working.page);
    assert.equal(await working.page.locator("resistance-check a.rc-call").getAttribute("href"), "tel:+18185550142");
  } finally {
    await working.page.close();
    await good.close();
  }

  // Without CORS: the module script is refused, and the fallback's checked links stay.
  const bad = await clinicPage(await snippetFrom(`${noCorsHost.address}/resistance-check.js`));
  const broken = await openPage(browser.context, `${bad.address}/clinic.html`);
  try {
    await broken.page.waitForFunction(() => document.readyState === "complete");
    const blocked = broken.consoleMessages.filter((m) => m.type === "error" && /CORS|Access-Control-Allow-Origin/.test(m.text));
    assert.ok(blocked.length >= 1, JSON.stringify(broken.consoleMessages));
    assert.equal(await broken.page.evaluate(() => document.querySelector("resistance-check").shadowRoot), null);
    assert.ok(await broken.page.locator("resistance-check > p a[href='tel:+18185550142']").isVisible());
    assert.ok(await broken.page.locator("resistance-check > p a[href='https://sunsetskin.example/book']").isVisible());
  } finally {
    await broken.page.close();
    await bad.close();
  }
  // And the builder's check says why.
  const text = await installReport(page, `${noCorsHost.address}/resistance-check.js`);
  assert.match(text, /no CORS header/);
  await page.close();
});
