// The iframe mode, in the real Chromium, with check.html on one origin and the parent pages
// on others (servers on other ports of 127.0.0.1): frame.js sizes the iframe to the page's
// content as it grows and shrinks (no scrollbar inside), under the parent's own strict CSP;
// without frame.js a fixed 320 x 480 frame scrolls inside and nothing is wider than it; the
// widget's events reach a parent on a listed origin and never an unlisted one, carry no
// answer, and a verdict only with analytics-verdict (never seek_care); the booking link
// navigates the top window, or opens a tab from a sandbox that may not; axe clean; frame.js
// under 1 KB brotli. With RC_UPDATE_DOCS=1 it saves the phone screenshot docs/modes/iframe.png.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { startServer } from "../../scripts/serve.mjs";
import { DIST, ROOT, assertAccessible, assertFits, launchBrowser, openPage, quickResultByFirstAnswers, serveDist, widgetReady } from "./harness.mjs";
import { CLINIC, clinicFile } from "./standalone-clinic.mjs";

const EVENT_NAMES = new Set(["ready", "start", "result", "booking-click", "call-click", "open", "close"]);
const VERDICTS = ["seek_care", "too_early", "correctable", "possible_resistance", "unclear", "no_concern"];

let browser;
const servers = {};
// Filled once every server's address is known: a server reads its pages at each request.
const pages = { listed: {}, unlisted: {}, booking: {}, site: {}, optIn: {} };

before(async () => {
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  for (const name of ["listed", "unlisted", "booking"]) servers[name] = await startServer({ root: join(ROOT, "docs"), pages: pages[name] });
  const clinic = {
    ...CLINIC,
    "booking-url": `${servers.booking.address}/book`,
    "mailing-list-url": `${servers.booking.address}/list`,
    "parent-origins": [servers.listed.address, `${servers.listed.address}/parent.html`],
  };
  servers.site = await serveDist({ pages: { "/clinic.json": clinicFile(clinic) } });
  servers.optIn = await serveDist({ pages: { "/clinic.json": clinicFile({ ...clinic, "analytics-verdict": true }) } });
  pages.booking["/book"] = '<!doctype html><html lang="en"><head><title>Book</title></head><body><h1>Book a consultation</h1></body></html>';
  pages.booking["/list"] = '<!doctype html><html lang="en"><head><title>List</title></head><body><h1>Our mailing list</h1></body></html>';
  for (const name of ["listed", "unlisted"]) {
    for (const [path, site] of [["/parent.html", servers.site], ["/opt-in.html", servers.optIn]]) {
      pages[name][path] = parentPage(site.address, { frameJs: true });
      pages[name][`/fixed${path}`] = parentPage(site.address, { frameJs: false });
      pages[name][`/sandboxed${path}`] = parentPage(site.address, { frameJs: true, sandbox: "allow-scripts allow-same-origin allow-popups" });
    }
  }
});
after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

/** A clinic partner's page framing check.html from `site`, under a strict CSP of its own. */
function parentPage(site, { frameJs, sandbox = null }) {
  const frame = frameJs
    ? `<iframe id="check" src="${site}/check.html?utm_source=partner" title="Botox self-check" width="100%" height="480"${sandbox ? ` sandbox="${sandbox}"` : ""}></iframe><script async src="${site}/frame.js"></script>`
    : `<iframe id="check" src="${site}/check.html" title="Botox self-check" width="320" height="480"></iframe>`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${site}; frame-src ${site}; style-src 'self'">` +
    `<title>Partner page</title></head><body><main><h1>Our partner clinic</h1>${frame}<p>Text under the frame.</p></main></body></html>`
  );
}

/** Opens a parent page, recording the messages it receives (kept across its navigation). */
async function openParent(server, path) {
  const opened = await openPage(browser.context);
  const messages = [];
  await opened.page.exposeFunction("recordMessage", (message) => messages.push(message));
  await opened.page.addInitScript(() => {
    if (window.top !== window) return;
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    window.addEventListener("message", (event) => window.recordMessage({ origin: event.origin, data: event.data }));
  });
  await opened.page.goto(`${server.address}${path}`);
  const frame = await frameOf(opened.page);
  await widgetReady(frame);
  return { ...opened, frame, widget: frame.locator("resistance-check"), messages };
}

async function frameOf(page) {
  const handle = await page.waitForSelector("#check");
  for (;;) {
    const frame = await handle.contentFrame();
    if (frame && /check\.html/.test(frame.url())) return frame;
    await page.waitForEvent("framenavigated");
  }
}

/** The framed page's content height, and the iframe's own height once it equals it. */
async function frameFollows(page, frame, state) {
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((height) => document.getElementById("check").clientHeight === height, content, { timeout: 5000 }).catch(() => {});
  const outer = await page.evaluate(() => document.getElementById("check").clientHeight);
  assert.equal(outer, content, `${state}: the iframe is as tall as the page's content`);
  const inside = await frame.evaluate(() => ({
    vertical: document.documentElement.scrollHeight - window.innerHeight,
    sideways: document.documentElement.scrollWidth - window.innerWidth,
  }));
  assert.ok(inside.vertical <= 0 && inside.sideways <= 0, `${state}: no scrollbar inside the frame (${JSON.stringify(inside)})`);
  return content;
}

test("frame.js is under 1 KB brotli, has no library in it and no import", async () => {
  const code = await readFile(join(DIST, "frame.js"));
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`frame.js: ${code.length} bytes, ${brotli} brotli`);
  assert.ok(brotli < 1024, `${brotli} bytes brotli`);
  assert.doesNotMatch(code.toString(), /\bimport\b|\brequire\(/);
});

test("with frame.js the iframe takes the content's height, grows with a longer screen and shrinks back, under the parent's strict CSP", async () => {
  const { page, frame, widget, pageErrors } = await openParent(servers.listed, "/parent.html");
  const heights = [await frameFollows(page, frame, "the first step")];
  if (process.env.RC_UPDATE_DOCS === "1") {
    await mkdir(join(ROOT, "docs/modes"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs/modes/iframe.png") });
  }
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.locator(".rc-path").first().waitFor();
  heights.push(await frameFollows(page, frame, "the choice of path"));
  await widget.locator(".rc-path").last().click();
  await widget.locator(".rc-nav .rc-next").waitFor();
  heights.push(await frameFollows(page, frame, "the detailed history"));
  await widget.getByRole("button", { name: "Back" }).click();
  await widget.locator(".rc-path").first().waitFor();
  heights.push(await frameFollows(page, frame, "back at the choice of path"));
  await widget.getByRole("button", { name: "Back" }).click();
  await widget.getByRole("button", { name: "None of these, continue" }).waitFor();
  heights.push(await frameFollows(page, frame, "back at the first step"));
  const steps = heights.slice(1).map((height, at) => height - heights[at]);
  assert.ok(steps.some((step) => step > 40) && steps.some((step) => step < -40), `the frame grew and shrank: ${heights.join(" → ")}`);
  console.log(`the frame's heights: ${heights.join(" → ")}`);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(pageErrors, []);
  await assertAccessible(assert, page, "the parent page with the frame");
  await assertAccessible(assert, frame, "the framed check");
  await page.close();
});

test("without frame.js a fixed 320 x 480 frame: the check is usable, scrolls inside, and nothing is wider than the frame", async () => {
  const { page, frame, widget } = await openParent(servers.unlisted, "/fixed/parent.html");
  const size = await frame.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight, scrollHeight: document.documentElement.scrollHeight }));
  assert.equal(size.width, 320);
  assert.equal(size.height, 480);
  assert.ok(size.scrollHeight > 480, "the page scrolls inside the frame");
  await assertFits(assert, frame, "the fixed frame");
  await assertAccessible(assert, frame, "the fixed frame");
  await widget.getByRole("button", { name: "None of these, continue" }).click();
  await widget.locator(".rc-path").first().waitFor();
  await assertFits(assert, frame, "the fixed frame, the choice of path");
  assert.equal(await page.evaluate(() => document.getElementById("check").clientHeight), 480, "nothing resized the frame");
  // frame.js added later than the frame's first report asks for the height, and gets it.
  await page.evaluate((src) => document.body.append(Object.assign(document.createElement("script"), { src })), `${servers.site.address}/frame.js`);
  await frameFollows(page, frame, "frame.js added late");
  await page.close();
});

/** The messages that are not the height's. */
const eventMessages = (messages) => messages.filter((message) => message.data?.type !== "resistance-check:height");

/** Waits, frame by frame, until the parent has heard an `event` message (more than `after` of them). */
async function untilMessage(page, messages, event, after = 0) {
  const count = () => eventMessages(messages).filter((message) => message.data.event === event).length;
  for (let frames = 0; count() <= after; frames += 1) {
    if (frames > 300) assert.fail(`no ${event} message: ${JSON.stringify(messages)}`);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

/** No message carries anything but its type, the event's name and, where allowed, a verdict id. */
function assertNothingButEvents(messages) {
  for (const { data } of messages) {
    if (data.type === "resistance-check:height") {
      assert.deepEqual(Object.keys(data).sort(), ["height", "type"]);
      assert.equal(typeof data.height, "number");
      continue;
    }
    assert.equal(data.type, "resistance-check:event");
    assert.ok(EVENT_NAMES.has(data.event), data.event);
    for (const key of Object.keys(data)) assert.ok(["type", "event", "verdict"].includes(key), `message field ${key}`);
  }
}

test("event messages reach a parent on a listed origin, never one on an unlisted origin, and never carry an answer or a verdict without the opt-in", async () => {
  const listed = await openParent(servers.listed, "/parent.html");
  await quickResultByFirstAnswers(listed.frame);
  const verdict = await listed.widget.locator("[data-verdict]").getAttribute("data-verdict");
  await untilMessage(listed.page, listed.messages, "result");
  const events = eventMessages(listed.messages);
  assert.deepEqual(events.map((message) => message.data.event), ["ready", "start", "result"]);
  for (const message of events) assert.equal(message.origin, servers.site.address);
  assert.ok(!events.some((message) => "verdict" in message.data), `no verdict without analytics-verdict (${verdict})`);
  assertNothingButEvents(listed.messages);
  assert.ok(listed.messages.some((message) => message.data.type === "resistance-check:height"));
  // Every event goes by its name alone: an event's other details stay in the frame.
  await listed.widget.evaluate((host) =>
    host.dispatchEvent(new CustomEvent("resistance-check:open", { bubbles: true, composed: true, detail: { how: "button", answer: "trouble breathing" } })),
  );
  await untilMessage(listed.page, listed.messages, "open");
  assert.deepEqual(eventMessages(listed.messages).at(-1).data, { type: "resistance-check:event", event: "open" });
  assertNothingButEvents(listed.messages);
  // The bad entry of parent-origins is named in the console.
  assert.ok(
    listed.consoleMessages.some((message) => message.type === "error" && message.text.includes(`"${servers.listed.address}/parent.html" is not an origin`)),
    "the bad origin is reported",
  );
  await listed.page.close();

  const unlisted = await openParent(servers.unlisted, "/parent.html");
  await quickResultByFirstAnswers(unlisted.frame);
  await unlisted.page.waitForFunction(() => document.getElementById("check").clientHeight > 480);
  assert.deepEqual(eventMessages(unlisted.messages), [], "an unlisted parent hears nothing but the height");
  assert.deepEqual(unlisted.consoleMessages.filter((message) => /postMessage/.test(message.text)), [], "nothing was posted to be dropped");
  assert.ok(unlisted.messages.some((message) => message.data.type === "resistance-check:height"));
  await unlisted.page.close();
});

test("with analytics-verdict the result message carries the verdict, except seek_care, which never leaves the frame", async () => {
  const optIn = await openParent(servers.listed, "/opt-in.html");
  await quickResultByFirstAnswers(optIn.frame);
  const verdict = await optIn.widget.locator("[data-verdict]").getAttribute("data-verdict");
  assert.notEqual(verdict, "seek_care");
  await untilMessage(optIn.page, optIn.messages, "result");
  const result = eventMessages(optIn.messages).find((message) => message.data.event === "result");
  assert.deepEqual(result.data, { type: "resistance-check:event", event: "result", verdict });
  assertNothingButEvents(optIn.messages);

  // Seek care: the result message says only that there was a result.
  await optIn.widget.getByRole("button", { name: "Start over" }).click();
  optIn.messages.length = 0;
  await optIn.widget.getByLabel("Trouble breathing").check();
  await optIn.widget.getByRole("button", { name: "Continue", exact: true }).click();
  await optIn.widget.locator("[data-verdict='seek_care']").waitFor();
  await untilMessage(optIn.page, optIn.messages, "result");
  const seekCare = eventMessages(optIn.messages).filter((message) => message.data.event === "result");
  assert.deepEqual(seekCare.map((message) => message.data), [{ type: "resistance-check:event", event: "result" }]);
  assert.doesNotMatch(JSON.stringify(optIn.messages), new RegExp(VERDICTS.join("|")));
  await optIn.page.close();
});

test("the booking link leaves the frame: the top window goes to the booking page, with the frame's campaign query; from a sandbox without top navigation, the booking and mailing-list links open a new tab", async () => {
  const { page, widget, messages } = await openParent(servers.listed, "/parent.html");
  await widget.locator("a.rc-book").first().click();
  await page.waitForURL((url) => url.href.startsWith(`${servers.booking.address}/book`));
  const landed = new URL(page.url());
  assert.equal(landed.searchParams.get("utm_source"), "partner", "the frame's own query went on");
  assert.ok(eventMessages(messages).some((message) => message.data.event === "booking-click"), "the parent heard the booking click");
  await page.close();

  const sandboxed = await openParent(servers.listed, "/sandboxed/parent.html");
  const [tab] = await Promise.all([browser.context.waitForEvent("page"), sandboxed.widget.locator("a.rc-book").first().click()]);
  await tab.waitForURL((url) => url.href.startsWith(`${servers.booking.address}/book`));
  assert.equal(sandboxed.page.url(), `${servers.listed.address}/sandboxed/parent.html`, "the parent page stays");
  assert.equal(await tab.evaluate(() => window.opener), null, "the new tab has no opener");
  await tab.close();
  const [list] = await Promise.all([browser.context.waitForEvent("page"), sandboxed.widget.locator(`a[href="${servers.booking.address}/list"]`).click()]);
  await list.waitForURL(`${servers.booking.address}/list`);
  await list.close();
  // tel: links are left to the browser: no handler, no new tab, the frame's own link.
  assert.match(await sandboxed.widget.locator("a.rc-call").first().getAttribute("href"), /^tel:/);
  await sandboxed.page.close();
});
