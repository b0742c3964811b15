// The standalone page (check.html) of the release build, in the real Chromium: made from the
// clinic.json beside it (title, description, Open Graph tags, <html lang> in English and in
// Spanish by ?lang=es, following the visitor's switch, the clinic's contact, the booking link
// with the page's campaign query as utm-params says), a clinic.json with unknown keys or bad
// values (reported, by name), a broken one (a trailing comma) and a missing one (the console
// error, the clinic's own contacts where they can be read, never a placeholder), at 320 px,
// axe clean, under its own strict Content-Security-Policy. With RC_UPDATE_DOCS=1 it saves
// the phone screenshot docs/modes/standalone.png.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { access, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ROOT, assertAccessible, assertFits, launchBrowser, openPage, serveDist, widgetReady } from "./harness.mjs";
import { CLINIC, clinicFile } from "./standalone-clinic.mjs";

// The demo's contacts (index.html, examples/clinic.json): a visitor must never see them here.
const PLACEHOLDERS = /555-0199|555\) 010-0199|example\.com/;

let browser;
let spanishBrowser;
const servers = [];
before(async () => {
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  spanishBrowser = await launchBrowser({ viewport: { width: 390, height: 844 }, locale: "es-MX" });
});
after(async () => {
  await browser?.close();
  await spanishBrowser?.close();
  for (const server of servers) await server.close();
});

/** dist/ served with `clinic` (a clinic.json response, or none) beside check.html. */
async function serveWith(clinic) {
  const server = await serveDist({ pages: clinic ? { "/clinic.json": clinic } : {} });
  servers.push(server);
  return server;
}

/** Opens check.html with `search` from `server`, logging CSP violations; waits for the widget. */
async function openCheck(server, search = "", { context = browser.context } = {}) {
  const opened = await openPage(context);
  await opened.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await opened.page.goto(`${server.address}/check.html${search}`);
  await widgetReady(opened.page);
  return { ...opened, widget: opened.page.locator("resistance-check") };
}

/** What the page's own script logged (its lines name check.html). */
const pageLines = (consoleMessages) => consoleMessages.filter((message) => message.text.includes("check.html:"));
const meta = (page, selector) => page.locator(selector).getAttribute("content");

test("the release ships check.html with its script and stylesheet, and frame.js, but no clinic.json", async () => {
  for (const name of ["check.html", "check.js", "check.css", "frame.js"]) await access(join(DIST, name));
  await assert.rejects(access(join(DIST, "clinic.json")), "a clinic.json in the release would show its contacts wherever it is deployed");
  const html = await readFile(join(DIST, "check.html"), "utf8");
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");
  assert.doesNotMatch(html, /<style|\sstyle=/, "no inline style");
});

test("check.html from clinic.json: title, description, Open Graph tags, html lang, the clinic's contact and the booking link with the page's campaign query", async () => {
  const server = await serveWith(clinicFile(CLINIC));
  const { page, widget, consoleMessages, pageErrors } = await openCheck(server, "?utm_source=newsletter&utm_medium=email&utm_campaign=spring&lang=en");
  assert.equal(await page.title(), "Is your Botox still working? A two-minute check | Sunset Skin Clinic");
  assert.match(await meta(page, 'meta[name="description"]'), /Botox.*Your answers stay in your browser\./);
  assert.match(await meta(page, 'meta[property="og:title"]'), /Is your Botox still working\?/);
  assert.match(await meta(page, 'meta[property="og:description"]'), /your answers stay in your browser/);
  assert.equal(await meta(page, 'meta[property="og:type"]'), "website");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator("h1").innerText(), "Sunset Skin Clinic", "the page's heading is the clinic's name");
  // The clinic's settings reached the widget as attributes, the hours as its hours script.
  assert.equal(await widget.getAttribute("clinic-name"), "Sunset Skin Clinic");
  assert.deepEqual(JSON.parse(await widget.locator(":scope > script[type='application/json']").textContent()), {
    openingHoursSpecification: CLINIC.openingHoursSpecification,
  });
  assert.match(await widget.locator("a.rc-call").first().innerText(), /\(818\) 555-0142/);
  assert.equal(await widget.locator("a.rc-call").first().getAttribute("href"), "tel:+18185550142");
  const booking = new URL(await widget.locator("a.rc-book").first().getAttribute("href"));
  assert.equal(`${booking.origin}${booking.pathname}`, "https://sunsetskin.example/book");
  // utm-params names utm_source and utm_campaign: those go on, utm_medium and lang do not.
  assert.equal(booking.searchParams.get("utm_source"), "newsletter");
  assert.equal(booking.searchParams.get("utm_campaign"), "spring");
  assert.equal(booking.searchParams.has("utm_medium"), false);
  assert.equal(booking.searchParams.has("lang"), false);
  // The fallback content is the clinic's own.
  assert.equal(await widget.locator(":scope > p a[href^='tel:']").getAttribute("href"), "tel:8185550142");
  assert.equal(await widget.locator(":scope > p a[href^='https:']").getAttribute("href"), "https://sunsetskin.example/book");
  assert.deepEqual(pageLines(consoleMessages), [], "a good clinic.json gives no console line");
  assert.deepEqual(consoleMessages.filter((message) => message.type === "error"), []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  await assertAccessible(assert, page, "the standalone page");
  await page.close();
});

test("?lang=es and a Spanish browser give a Spanish page; html lang and the title follow the visitor's switch", async () => {
  const server = await serveWith(clinicFile(CLINIC));
  const spanish = await openCheck(server, "?lang=es");
  assert.equal(await spanish.page.locator("html").getAttribute("lang"), "es");
  assert.equal(await spanish.widget.getAttribute("lang"), "es");
  assert.match(await spanish.page.title(), /^¿Sigue funcionando su Botox\?.*\| Sunset Skin Clinic$/);
  assert.match(await meta(spanish.page, 'meta[name="description"]'), /Sus respuestas se quedan en su navegador/);
  assert.equal(await spanish.widget.locator(".rc-layout").getAttribute("lang"), "es");
  assert.match(await spanish.widget.locator(":scope > p").innerText(), /Llame al \(818\) 555-0142/);
  await assertAccessible(assert, spanish.page, "the standalone page in Spanish");
  // The visitor switches the widget to English: the page follows.
  await spanish.widget.locator("#rc-language").selectOption("en");
  await spanish.page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await spanish.page.title(), /^Is your Botox still working\?/);
  await spanish.page.close();

  const browserLanguage = await openCheck(server, "", { context: spanishBrowser.context });
  assert.equal(await browserLanguage.page.locator("html").getAttribute("lang"), "es");
  assert.equal(await browserLanguage.widget.locator(".rc-layout").getAttribute("lang"), "es");
  assert.equal(await browserLanguage.widget.getAttribute("lang"), null, "the browser's language, as the widget reads it itself");
  await browserLanguage.page.close();
});

test("unknown keys and bad values of clinic.json are reported by name; the widget's own rules report the rest", async () => {
  const server = await serveWith(clinicFile({ ...CLINIC, "primary-colour": "#123456", "primary-color": "pink", "clinic-name": { name: "x" } }));
  const { page, widget, consoleMessages } = await openCheck(server, "?lang=xx");
  const lines = pageLines(consoleMessages);
  assert.ok(lines.some((line) => line.type === "warning" && /"primary-colour" is not a setting of the widget/.test(line.text)), JSON.stringify(lines));
  assert.ok(lines.some((line) => line.type === "error" && /"clinic-name" must be a string/.test(line.text)), JSON.stringify(lines));
  assert.ok(lines.some((line) => line.type === "warning" && /\?lang=xx is not a language of the widget/.test(line.text)), JSON.stringify(lines));
  // The widget checked primary-color as on any page (its own console line names it).
  assert.ok(consoleMessages.some((message) => /primary-color/.test(message.text) && !message.text.includes("check.html:")), "the widget's warning");
  assert.equal(await widget.getAttribute("clinic-name"), null);
  assert.match(await widget.locator("a.rc-call").first().innerText(), /555-0142/);
  await page.close();
});

test("a clinic.json with a trailing comma: the parser's error in the console, and the clinic's phone and booking link still on the page", async () => {
  const text = `${JSON.stringify(CLINIC, null, 2).slice(0, -2)},\n}\n`;
  let parserMessage = "";
  try {
    JSON.parse(text);
  } catch (error) {
    parserMessage = error.message;
  }
  assert.ok(parserMessage, "the file really is broken");
  const server = await serveWith(clinicFile(text));
  for (const [search, words] of [["", /Questions about your Botox\? Call \(818\) 555-0142 or book a free consultation\./], ["?lang=es", /Llame al \(818\) 555-0142 o reserve una consulta gratuita\./]]) {
    const { page, widget, consoleMessages, pageErrors } = await openCheck(server, search);
    const errors = pageLines(consoleMessages).filter((line) => line.type === "error");
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0].text, /clinic\.json is not valid JSON \(.+\), so none of its settings apply; the page still shows the clinic's phone and booking-url from it/);
    assert.ok(errors[0].text.includes(parserMessage.split(" ")[0]), `the parser's own message (${parserMessage}) in: ${errors[0].text}`);
    // The element's fallback content, and the widget's contact panel from it.
    assert.match(await widget.locator(":scope > p").innerText(), words);
    assert.equal(await widget.locator(":scope > p a[href^='tel:']").getAttribute("href"), "tel:8185550142");
    assert.match(await widget.locator("a.rc-call").first().innerText(), /555-0142/);
    assert.equal(new URL(await widget.locator("a.rc-book").first().getAttribute("href")).host, "sunsetskin.example");
    assert.doesNotMatch(await page.content(), PLACEHOLDERS);
    assert.doesNotMatch(await widget.evaluate((host) => host.shadowRoot.innerHTML), PLACEHOLDERS);
    assert.deepEqual(pageErrors, []);
    await page.close();
  }
});

test("a missing clinic.json: the HTTP status in the console, no contact at all, a plain sentence in the visitor's language", async () => {
  const server = await serveWith(null);
  for (const [search, sentence, heading] of [
    ["", "The clinic's contact details could not be loaded. Please try again later.", "Botox self-check"],
    ["?lang=es", "No se pudieron cargar los datos de contacto de la clínica. Vuelva a intentarlo más tarde.", "Autoevaluación de Botox"],
  ]) {
    const { page, widget, consoleMessages, pageErrors } = await openCheck(server, search);
    const errors = pageLines(consoleMessages).filter((line) => line.type === "error");
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0].text, /clinic\.json could not be loaded: HTTP 404 .*Put the clinic's clinic\.json beside check\.html/);
    assert.equal(await widget.locator(":scope > p").innerText(), sentence);
    assert.equal(await page.locator("h1").innerText(), heading, "a plain heading without the clinic's name");
    assert.equal(await widget.locator(":scope > p a").count(), 0, "no contact in the fallback");
    assert.equal(await widget.locator("a.rc-call, a.rc-book").count(), 0, "no contact in the widget");
    assert.doesNotMatch(await widget.evaluate((host) => host.shadowRoot.innerHTML), PLACEHOLDERS);
    assert.deepEqual(pageErrors, []);
    await page.close();
  }
});

test("at 320 px on a phone: no sideways scroll, axe clean, and no violation of the page's own strict Content-Security-Policy", async () => {
  const server = await serveWith(clinicFile(CLINIC));
  const { page, consoleMessages } = await openCheck(server);
  const policy = await meta(page, 'meta[http-equiv="Content-Security-Policy"]');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(policy, /style-src 'self';/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  if (process.env.RC_UPDATE_DOCS === "1") {
    await mkdir(join(ROOT, "docs/modes"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs/modes/standalone.png") });
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth);
  await assertFits(assert, page, "check.html at 320 px");
  await assertAccessible(assert, page, "check.html at 320 px");
  // On to the next screen: still styled, still within the policy.
  await page.locator("resistance-check").getByRole("button", { name: "None of these, continue" }).click();
  await page.locator("resistance-check .rc-path").first().waitFor();
  await assertFits(assert, page, "check.html at 320 px, the choice of path");
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(consoleMessages.filter((message) => /Refused|Content Security Policy/i.test(message.text)), []);
  await page.close();
});
