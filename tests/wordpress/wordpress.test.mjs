// The WordPress plugin on a real WordPress (tests/wordpress/site.mjs): php -l on every PHP
// file, the plugin's checks against the widget's own, then in Chromium what a clinic's web
// person does: upload the zip and activate it, fill Settings → Resistance Check (a bad value
// is refused by name while the rest is saved; markup typed into a field comes out escaped),
// add the block in the editor and publish, publish a page with the shortcode. Visitors then
// get the widget with the saved values on both pages, finish a quick check, and see no
// console error and no axe violation; a subscriber cannot reach or post the settings, nor
// anyone post them without the form's nonce; the button and link modes of the shortcode and
// the block print a dialog-mode element and its opener, and the floating button of the
// settings one launcher on every page (escaped, and none when off); and
// deleting the plugin removes its option.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { ADMIN, SUBSCRIBER, runPhp, startSite } from "./site.mjs";
import { ROOT, assertAccessible, launchBrowser, openPage, screenshot, widgetReady } from "../e2e/harness.mjs";

const run = promisify(execFile);
const ZIP = join(ROOT, "artifacts", "resistance-check-wordpress.zip");
// The widget's own messages, as tests/wordpress_rules.rs took them from its code.
const CASES = JSON.parse(readFileSync(join(ROOT, "tests", "wordpress", "rules-cases.json"), "utf8"));
const widgetMessage = (attribute, value) => CASES.attributes.find((c) => c.attribute === attribute && c.value === value).refused;
const HOSTILE = '"><script>alert(1)</script>';
const CLINIC = {
  name: `Encino Skin ${HOSTILE}`,
  doctor: "Dr. Rivera",
  phone: "(818) 555-0142",
  booking: "https://booking.encino-skin.example/consult",
  address: "16000 Ventura Blvd, Encino, CA",
  zone: "America/Los_Angeles",
};
const QUICK_CORRECTABLE = ["1 to 3 years", "Every 3 months or less often", "Dysport", "Lower", "Weaker or shorter, only the last time", "2 to 6 weeks ago", "No"];

const phpFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".php"))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

let site;
let admin;
let adminPage;
const pages = {};

before(async () => {
  await run("bash", [join(ROOT, "scripts/package-wordpress.sh")]);
  site = await startSite();
  admin = await launchBrowser();
  adminPage = await admin.context.newPage();
  // WordPress's admin pages are heavy for a loaded 2-core machine: generous waits, no sleeps.
  adminPage.setDefaultTimeout(90_000);
  adminPage.setDefaultNavigationTimeout(90_000);
  adminPage.on("dialog", (dialog) => dialog.accept());
  await logIn(adminPage, ADMIN);
});

after(async () => {
  await admin?.close();
  await site?.stop();
});

async function logIn(page, { user, password }) {
  await page.goto(`${site.url}/wp-login.php`);
  // wp-login.php moves the focus to the username, and selects it, 200 ms after it loads.
  // Typed before that, the password could land in the username box and the form go with an
  // empty password ("The password field is empty"): a login that never reached wp-admin.
  await page.waitForFunction(() => document.activeElement?.id === "user_login");
  await page.fill("#user_login", user);
  await page.fill("#user_pass", password);
  await page.click("#wp-submit");
  // Should a login still fail, say where the page was and what the site logged.
  await page.waitForURL(/wp-admin/).catch(async (error) => {
    const shown = await page.locator("#login_error").innerText({ timeout: 1_000 }).catch(() => "no login error shown");
    throw new Error(`logging in as ${user} did not reach wp-admin: at ${page.url()} ("${await page.title()}"), ${shown}\n${await site.logs()}`, { cause: error });
  });
}

for (const file of [...phpFiles(join(ROOT, "integrations/wordpress")), ...phpFiles(join(ROOT, "tests/wordpress"))]) {
  test(`php -l ${relative(ROOT, file)}`, async () => {
    const { stdout } = await run("php", ["-l", file]);
    assert.match(stdout, /No syntax errors detected/);
  });
}

test("the plugin's checks give the widget's verdict and message on every generated case", async () => {
  const { stdout } = await run("php", [join(ROOT, "tests/wordpress/conformance.php")]);
  assert.match(stdout, /[1-9][0-9]* passed; 0 failed/);
});

test("installs from the zip through Plugins → Add New → Upload Plugin, and activates", async () => {
  await adminPage.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  await adminPage.setInputFiles("#pluginzip", ZIP);
  await adminPage.click("#install-plugin-submit");
  await adminPage.getByText("Plugin installed successfully.").waitFor();
  await adminPage.getByRole("link", { name: "Activate Plugin" }).click();
  await adminPage.getByText("Plugin activated.").waitFor();
  assert.ok(existsSync(join(site.site, "wp-content/plugins/resistance-check/dist/.htaccess")));
});

const field = (name) => adminPage.locator(`[name="resistance_check_settings[${name}]"]`);
const settingsUrl = () => `${site.url}/wp-admin/options-general.php?page=resistance-check`;

async function fillWeeklyRow(index, days, opens, closes) {
  for (const day of days) await adminPage.check(`[name="resistance_check_settings[weekly][${index}][days][]"][value="${day}"]`);
  await field(`weekly][${index}][opens`).fill(opens);
  await field(`weekly][${index}][closes`).fill(closes);
}

test("settings: a bad value is refused by name at its field, and nothing else typed is lost", async () => {
  await adminPage.goto(settingsUrl());
  await field("clinic-name").fill(CLINIC.name);
  await field("doctor").fill(CLINIC.doctor);
  await field("phone").fill("555-01");
  await field("booking-url").fill("javascript:alert(1)");
  await field("address").fill(CLINIC.address);
  await field("time-zone").fill(CLINIC.zone);
  await field("primary-color").fill("#ffff00");
  await fillWeeklyRow(0, ["Monday", "Tuesday", "Wednesday", "Thursday"], "10:00", "17:00");
  await fillWeeklyRow(1, ["Friday"], "10:00", "16:00");
  await field("special][0][from").fill("2026-12-24");
  await field("special][0][through").fill("2026-12-26");
  await field("special][0][name").fill("Holidays");
  await adminPage.getByRole("button", { name: "Save Changes" }).click();

  const notice = await adminPage.locator("#setting-error-resistance_check_refused").innerText();
  assert.match(notice, /Not saved: Phone, Booking page, Main colour\./);
  const refused = {
    phone: widgetMessage("phone", "555-01"),
    "booking-url": widgetMessage("booking-url", "javascript:alert(1)"),
    "primary-color": widgetMessage("primary-color", "#ffff00"),
  };
  for (const [name, message] of Object.entries(refused)) {
    assert.equal(await field(name).getAttribute("aria-invalid"), "true", name);
    assert.match(await adminPage.locator(`#rc-${name}-error`).innerText(), new RegExp(`Not saved: ${RegExp.escape?.(message) ?? message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  }
  // What was typed is still there, refused or not.
  assert.equal(await field("phone").inputValue(), "555-01");
  assert.equal(await field("booking-url").inputValue(), "javascript:alert(1)");
  assert.equal(await field("clinic-name").inputValue(), CLINIC.name);
  assert.equal(await field("weekly][1][closes").inputValue(), "16:00");
  assert.equal(await field("special][0][name").inputValue(), "Holidays");
  const stored = JSON.parse((await runPhp(site.site, "option.php")).stdout);
  assert.equal(stored["clinic-name"], CLINIC.name, "the valid values were saved");
  assert.equal(stored.phone, "", "the refused phone was not");
  assert.equal(stored.weekly.length, 2);
  await screenshot(adminPage, "wordpress-settings-refused");
});

test("settings: corrected values save, and markup typed into a field comes out escaped", async () => {
  await field("phone").fill(CLINIC.phone);
  await field("booking-url").fill(CLINIC.booking);
  await field("primary-color").fill("#1F4E99");
  await adminPage.getByRole("button", { name: "Save Changes" }).click();
  await adminPage.getByText("Settings saved.").waitFor();
  assert.equal(await adminPage.locator("[aria-invalid=true]").count(), 0);
  assert.equal(await field("clinic-name").inputValue(), CLINIC.name);
  assert.equal(await field("primary-color").inputValue(), "#1f4e99", "kept as the widget reads it");
  const html = await (await adminPage.request.get(settingsUrl())).text();
  assert.ok(html.includes('value="Encino Skin &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'), "escaped in the form");
  assert.ok(!html.includes(HOSTILE));
});

test("a user without manage_options can neither open nor post the settings", async () => {
  const subscriber = await launchBrowser();
  try {
    const page = await subscriber.context.newPage();
    page.setDefaultTimeout(90_000);
    page.setDefaultNavigationTimeout(90_000);
    await logIn(page, SUBSCRIBER);
    const response = await page.goto(settingsUrl());
    assert.equal(response.status(), 403);
    assert.match(await page.locator("body").innerText(), /not allowed/);
    const post = await page.request.post(`${site.url}/wp-admin/options.php`, {
      form: { option_page: "resistance-check", action: "update", "resistance_check_settings[phone]": "(555) 010-9999" },
      maxRedirects: 0,
    });
    assert.equal(post.status(), 403);
    const stored = JSON.parse((await runPhp(site.site, "option.php")).stdout);
    assert.equal(stored.phone, CLINIC.phone, "unchanged");
  } finally {
    await subscriber.close();
  }
});

test("a save without the form's nonce is refused, even for an administrator", async () => {
  const post = await adminPage.request.post(`${site.url}/wp-admin/options.php`, {
    form: { option_page: "resistance-check", action: "update", _wpnonce: "0123456789", "resistance_check_settings[phone]": "(555) 010-9999" },
    maxRedirects: 0,
  });
  assert.equal(post.status(), 403);
  assert.match(await post.text(), /link you followed has expired/);
  const stored = JSON.parse((await runPhp(site.site, "option.php")).stdout);
  assert.equal(stored.phone, CLINIC.phone, "unchanged");
});

test("the block: found in the inserter, previewed as the real widget, overridden, published", async () => {
  await adminPage.goto(`${site.url}/wp-admin/post-new.php?post_type=page`);
  // The welcome guide is off for this user (install.php); close it should it show anyway.
  const guide = adminPage.locator(".edit-post-welcome-guide");
  if (await guide.isVisible().catch(() => false)) await adminPage.keyboard.press("Escape");
  await adminPage.getByRole("textbox", { name: "Add title" }).fill("Block page");
  await adminPage.getByRole("button", { name: "Toggle block inserter" }).click();
  await adminPage.getByRole("searchbox").fill("Resistance Check");
  await adminPage.getByRole("option", { name: "Resistance Check" }).click();
  // The preview is the server's markup, which the loader turns into the widget.
  await widgetReady(adminPage, ".wp-block-resistance-check-widget resistance-check");
  // The block's own settings: the sidebar's Block tab, open whether or not it was.
  await adminPage.getByRole("button", { name: "Toggle block inserter" }).click();
  const sidebar = adminPage.getByRole("button", { name: "Settings", exact: true });
  if ((await sidebar.getAttribute("aria-pressed")) !== "true") await sidebar.click();
  const blockTab = adminPage.getByRole("button", { name: /^Block( \(selected\))?$/ });
  if (await blockTab.isVisible()) await blockTab.click();
  await screenshot(adminPage, "wordpress-block-inserted");
  await adminPage.getByLabel("Booking button text", { exact: true }).fill("Book with Dr. Rivera this week");
  await adminPage.waitForFunction(() =>
    [...document.querySelectorAll(".wp-block-resistance-check-widget resistance-check")].some((host) => host.getAttribute("cta-text") === "Book with Dr. Rivera this week"),
  );
  await screenshot(adminPage, "wordpress-block-editor");
  await adminPage.getByRole("button", { name: "Publish", exact: true }).click();
  await adminPage.locator(".editor-post-publish-panel__header-publish-button button").click();
  await adminPage.locator(".post-publish-panel__postpublish").waitFor();
  pages.block = await adminPage.evaluate(() => window.wp.data.select("core/editor").getPermalink());
});

test("the shortcode: a page with [resistance_check] and overrides, published", async () => {
  const link = await adminPage.evaluate(async () => {
    const created = await window.wp.apiFetch({
      path: "/wp/v2/pages",
      method: "POST",
      data: { title: "Shortcode page", status: "publish", content: '<p>Our clinic.</p>\n[resistance_check doctor="Dr. Chen" corner-radius="99" directions="off" mailing-list-url="https://encino-skin.example/news"]' },
    });
    return created.link;
  });
  pages.shortcode = link;
  // An editor is told why an override was ignored; visitors never are (next test).
  const html = await (await adminPage.request.get(link)).text();
  assert.match(html, /Override ignored, the setting applies: attribute &quot;corner-radius&quot;: &quot;99&quot; is not valid/);
});

for (const [kind, cta] of [["block", "Book with Dr. Rivera this week"], ["shortcode", "Book a free consultation with Dr. Chen"]]) {
  test(`the ${kind} page: the saved clinic, a quick check, no console error, axe clean`, async () => {
    const visitor = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const dialogs = [];
      const wasmTypes = [];
      const { page, consoleMessages, pageErrors, requests } = await openPage(visitor.context);
      page.setDefaultTimeout(60_000);
      page.on("dialog", (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
      page.on("response", (response) => response.url().endsWith(".wasm") && wasmTypes.push(response.headers()["content-type"]));
      const response = await page.goto(pages[kind]);
      const html = await response.text();
      // The loader as a module, and the fallback links in the page itself.
      assert.match(html, /<script type="module" async blocking="render" src=['"][^'"]*\/wp-content\/plugins\/resistance-check\/dist\/resistance-check\.js/);
      // The call link in its international form, as the widget's own (the office is in Los Angeles).
      assert.match(html, /<resistance-check [^>]*>.*<a href="tel:\+18185550142">\(818\) 555-0142<\/a>.*<a href="https:\/\/booking\.encino-skin\.example\/consult">/s);
      assert.ok(html.includes('clinic-name="Encino Skin &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
      assert.ok(!html.includes(HOSTILE), "the hostile value is never markup");
      assert.doesNotMatch(html, /resistance-check-notice/, "visitors get no editor notice");
      await widgetReady(page);
      const widget = page.locator("resistance-check");
      await widget.getByRole("button", { name: "None of these, continue" }).click();
      await widget.getByRole("button", { name: /^Quick check/ }).click();
      for (const option of QUICK_CORRECTABLE) await widget.getByRole("button", { name: option, exact: true }).click();
      await widget.getByRole("button", { name: "See my result" }).click();
      assert.equal(await widget.locator("[data-verdict]").getAttribute("data-verdict"), "correctable");
      const address = (await widget.locator(".rc-address").innerText()).split("\n");
      assert.equal(address[0], `${CLINIC.name} · ${CLINIC.address}`);
      // Directions are on by default; the shortcode switched them off and added a mailing list.
      const directions = widget.locator("a.rc-directions");
      const mailing = widget.locator(".rc-mailing a");
      if (kind === "block") {
        assert.equal(new URL(await directions.getAttribute("href")).searchParams.get("query"), `${CLINIC.name}, ${CLINIC.address}`);
        assert.equal(await mailing.count(), 0);
      } else {
        assert.equal(await directions.count(), 0);
        assert.equal(await mailing.getAttribute("href"), "https://encino-skin.example/news");
      }
      const book = widget.locator("a.rc-book").first();
      assert.equal((await book.innerText()).trim(), cta);
      assert.ok((await book.getAttribute("href")).startsWith(CLINIC.booking));
      assert.equal(await widget.locator("a.rc-call").first().getAttribute("href"), "tel:+18185550142");
      assert.deepEqual(wasmTypes, ["application/wasm"]);
      await assertAccessible(assert, page, `WordPress ${kind} page result`, { include: "resistance-check" });
      await screenshot(page, `wordpress-${kind}-result`);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleMessages.filter((m) => m.type === "error"), []);
      const origin = new URL(site.url).origin;
      assert.deepEqual(requests.filter((r) => new URL(r.url).origin !== origin || r.method !== "GET"), [], "nothing leaves for elsewhere, nothing is posted");
    } finally {
      await visitor.close();
    }
  });
}

test("the loader is only on pages with a widget", async () => {
  const html = await (await fetch(`${site.url}/?page_id=2`)).text();
  assert.match(html, /<body/);
  assert.doesNotMatch(html, /resistance-check\.js/);
});

const OPENER_HOSTILE = `see if yours is wearing off <script>alert(2)</script> & "more"`;

/** Publishes a page with `content` through the REST API, as the administrator; returns its address. */
const publishPage = (title, content) =>
  adminPage.evaluate(
    async ([title, content]) => (await window.wp.apiFetch({ path: "/wp/v2/pages", method: "POST", data: { title, status: "publish", content } })).link,
    [title, content],
  );

/** What a visitor's browser makes of a page's widgets and openers (no waiting for the wasm). */
async function widgetsOn(url) {
  const visitor = await launchBrowser();
  try {
    const { page, pageErrors } = await openPage(visitor.context);
    page.setDefaultTimeout(60_000);
    const response = await page.goto(url);
    const html = await response.text();
    const found = await page.evaluate(() => ({
      widgets: [...document.querySelectorAll("resistance-check")].map((host) => ({
        mode: host.getAttribute("mode"),
        id: host.id,
        clinicName: host.getAttribute("clinic-name"),
        doctor: host.getAttribute("doctor"),
        phone: host.getAttribute("phone"),
        bookingUrl: host.getAttribute("booking-url"),
        launcherText: host.getAttribute("launcher-text"),
        launcherPosition: host.getAttribute("launcher-position"),
        hours: JSON.parse(host.querySelector('script[type="application/json"]').textContent),
        fallbackLinks: [...host.querySelectorAll("p a")].map((a) => a.getAttribute("href")),
        inFooter: !host.closest("main, article, .entry-content, .wp-block-post-content"),
        inParagraph: Boolean(host.closest("p")),
      })),
      openersInContent: [...document.querySelectorAll("[data-resistance-check-open]")].map((opener) => Boolean(opener.closest(".entry-content, .wp-block-post-content"))),
      openers: [...document.querySelectorAll("[data-resistance-check-open]")].map((opener) => ({
        tag: opener.localName,
        type: opener.getAttribute("type"),
        href: opener.getAttribute("href"),
        opens: opener.dataset.resistanceCheckOpen,
        text: opener.textContent,
        children: opener.children.length,
      })),
      loader: [...document.querySelectorAll("script[src]")].filter((s) => s.src.includes("/resistance-check/dist/resistance-check.js")).length,
    }));
    return { html, pageErrors, ...found };
  } finally {
    await visitor.close();
  }
}

test("the button and link shortcodes and a button block: dialog-mode elements with the saved clinic, each its own id, named by its opener, text escaped", async () => {
  pages.openers = await publishPage(
    "Openers page",
    [
      "<p>Our clinic.</p>",
      '[resistance_check mode="button" text="Take the 2-minute check"]',
      `<p>Or [resistance_check mode="link" text='${OPENER_HOSTILE}' doctor="Dr. Chen"].</p>`,
      '<!-- wp:resistance-check/widget {"mode":"button","text":"Check my Botox"} /-->',
    ].join("\n"),
  );
  const { html, widgets, openers, openersInContent, loader, pageErrors } = await widgetsOn(pages.openers);
  assert.equal(widgets.length, 3);
  const ids = widgets.map((widget) => widget.id);
  assert.equal(new Set(ids).size, 3, `one id each: ${ids}`);
  for (const widget of widgets) {
    assert.equal(widget.mode, "dialog");
    assert.match(widget.id, /^resistance-check-dialog-\d+$/);
    assert.equal(widget.clinicName, CLINIC.name, "the site's settings");
    assert.equal(widget.phone, CLINIC.phone);
    assert.equal(widget.bookingUrl, CLINIC.booking);
    assert.equal(widget.hours.openingHoursSpecification.length, 2);
    assert.deepEqual(widget.fallbackLinks, ["tel:+18185550142", CLINIC.booking], "the fallback contact, as inline");
    // Not inside the paragraph that holds the link: printed with the footer's markup.
    assert.equal(widget.inFooter, true, `${widget.id} is outside the content`);
    assert.equal(widget.inParagraph, false);
  }
  assert.deepEqual(openersInContent, [true, true, true], "the openers stay where they were written");
  // Each opener names its own dialog (the block's renders first, so ids follow render order).
  const dialogOf = (opener) => widgets.find((widget) => widget.id === opener.opens);
  assert.deepEqual(
    openers.map(({ opens, ...opener }) => ({ ...opener, dialog: Boolean(dialogOf({ opens })) })),
    [
      { tag: "button", type: "button", href: null, text: "Take the 2-minute check", children: 0, dialog: true },
      { tag: "a", type: null, href: `#${openers[1].opens}`, text: OPENER_HOSTILE, children: 0, dialog: true },
      { tag: "button", type: "button", href: null, text: "Check my Botox", children: 0, dialog: true },
    ],
  );
  assert.equal(new Set(openers.map((opener) => opener.opens)).size, 3, "three openers, three dialogs");
  assert.equal(dialogOf(openers[1]).doctor, "Dr. Chen", "an override applies to its own dialog");
  assert.equal(dialogOf(openers[0]).doctor, CLINIC.doctor);
  assert.equal(dialogOf(openers[2]).doctor, CLINIC.doctor);
  assert.ok(!html.includes("<script>alert(2)"), "the opener's text is never markup");
  assert.ok(html.includes("see if yours is wearing off &lt;script&gt;alert(2)&lt;/script&gt; &amp;"), "escaped in the page");
  assert.equal(loader, 1, "the loader, once");
  assert.doesNotMatch(html, /resistance-check-notice/);
  assert.deepEqual(pageErrors, []);
});

/** A visitor's page at `url`, waiting generously (WordPress on a loaded 2-core machine). */
async function visit(url) {
  const visitor = await launchBrowser();
  const opened = await openPage(visitor.context);
  opened.page.setDefaultTimeout(60_000);
  await opened.page.goto(url);
  return { ...opened, close: () => visitor.close() };
}

/** The open dialog's state: its element's id, whether the focus is inside it, and what has the focus in the page. */
const dialogState = (page) =>
  page.evaluate(() => {
    const open = [...document.querySelectorAll("resistance-check")].find((host) => host.shadowRoot?.querySelector("dialog[open]"));
    return {
      open: open?.id ?? null,
      focusInside: Boolean(open && open.shadowRoot.activeElement && open.shadowRoot.querySelector("dialog[open]").contains(open.shadowRoot.activeElement)),
      pageFocus: document.activeElement?.getAttribute("data-resistance-check-open") ?? document.activeElement?.localName ?? null,
    };
  });

test("pressing the shortcode's button opens its dialog (role dialog, focus in it), Esc closes it and the focus returns to the button; the link opens its own", async () => {
  const { page, pageErrors, close } = await visit(pages.openers);
  try {
    const button = page.getByRole("button", { name: "Take the 2-minute check", exact: true });
    const opens = await button.getAttribute("data-resistance-check-open");
    await button.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert.equal(await dialog.count(), 1, "one dialog open");
    let state = await dialogState(page);
    assert.equal(state.open, opens, "the dialog its button names");
    assert.equal(state.focusInside, true, "the focus moved into the dialog");
    await widgetReady(page, `resistance-check#${opens}`);
    await assertAccessible(assert, page, "WordPress page with the dialog open", { include: "resistance-check" });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    state = await dialogState(page);
    assert.deepEqual(state, { open: null, focusInside: false, pageFocus: opens }, "closed, the focus back on its button");
    // The link in the sentence opens the dialog with its own override.
    const link = page.getByRole("link", { name: OPENER_HOSTILE, exact: true });
    const linkOpens = await link.getAttribute("data-resistance-check-open");
    await link.click();
    await dialog.waitFor();
    assert.equal((await dialogState(page)).open, linkOpens);
    assert.notEqual(linkOpens, opens);
    assert.equal(new URL(page.url()).hash, "", "the link did not navigate");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});

test("an unknown mode shows the widget on the page, and tells editors why; an empty button text is the default one", async () => {
  const link = await publishPage("Bad mode page", '[resistance_check mode="popup"]\n[resistance_check mode="button" text="   "]');
  const editorHtml = await (await adminPage.request.get(link)).text();
  assert.match(editorHtml, /mode &quot;popup&quot; is not inline, button or link: the widget is shown on the page\./);
  const { html, widgets, openers } = await widgetsOn(link);
  assert.doesNotMatch(html, /resistance-check-notice/, "visitors get no editor notice");
  assert.deepEqual(widgets.map((widget) => widget.mode), [null, "dialog"]);
  assert.deepEqual(openers.map((opener) => opener.text), ["Take the 2-minute check"]);
});

test("the block as a button: chosen in its sidebar with the button's text, previewed, published with its dialog", async () => {
  await adminPage.goto(`${site.url}/wp-admin/post-new.php?post_type=page`);
  const guide = adminPage.locator(".edit-post-welcome-guide");
  if (await guide.isVisible().catch(() => false)) await adminPage.keyboard.press("Escape");
  await adminPage.getByRole("textbox", { name: "Add title" }).fill("Block button page");
  await adminPage.getByRole("button", { name: "Toggle block inserter" }).click();
  await adminPage.getByRole("searchbox").fill("Resistance Check");
  await adminPage.getByRole("option", { name: "Resistance Check" }).click();
  await adminPage.locator(".wp-block-resistance-check-widget resistance-check").waitFor();
  await adminPage.getByRole("button", { name: "Toggle block inserter" }).click();
  const sidebar = adminPage.getByRole("button", { name: "Settings", exact: true });
  if ((await sidebar.getAttribute("aria-pressed")) !== "true") await sidebar.click();
  const blockTab = adminPage.getByRole("button", { name: /^Block( \(selected\))?$/ });
  if (await blockTab.isVisible()) await blockTab.click();
  // On the page until chosen otherwise; the button's text only for a button.
  const appears = adminPage.getByLabel("Appears as", { exact: true });
  assert.equal(await appears.inputValue(), "");
  assert.equal(await adminPage.getByLabel("Button text", { exact: true }).count(), 0);
  await appears.selectOption({ label: "A button that opens it" });
  const text = adminPage.getByLabel("Button text", { exact: true });
  assert.equal(await text.getAttribute("placeholder"), "Take the 2-minute check");
  await text.fill("Is your Botox wearing off?");
  const preview = adminPage.locator(".wp-block-resistance-check-widget button[data-resistance-check-open]");
  await preview.filter({ hasText: "Is your Botox wearing off?" }).waitFor();
  await screenshot(adminPage, "wordpress-block-button");
  await adminPage.getByRole("button", { name: "Publish", exact: true }).click();
  await adminPage.locator(".editor-post-publish-panel__header-publish-button button").click();
  await adminPage.locator(".post-publish-panel__postpublish").waitFor();
  const link = await adminPage.evaluate(() => window.wp.data.select("core/editor").getPermalink());
  const { widgets, openers } = await widgetsOn(link);
  assert.deepEqual(openers.map(({ tag, text }) => ({ tag, text })), [{ tag: "button", text: "Is your Botox wearing off?" }]);
  assert.deepEqual(widgets.map(({ mode, id, inFooter }) => ({ mode, id, inFooter })), [{ mode: "dialog", id: openers[0].opens, inFooter: true }]);
});

const launcherBox = () => adminPage.getByLabel("Show a floating button on every page", { exact: true });
const launcherText = () => adminPage.getByLabel("Floating button text", { exact: true });
const LAUNCHER_TEXT = `Botox wearing off? ${HOSTILE}`;

test("the floating button: off by default; a text too long is refused by name, the rest saved", async () => {
  for (const url of [`${site.url}/`, pages.shortcode]) {
    assert.doesNotMatch(await (await fetch(url)).text(), /mode="launcher"/, `no launcher on ${url} while it is off`);
  }
  await adminPage.goto(settingsUrl());
  assert.equal(await launcherBox().isChecked(), false, "off by default");
  assert.equal(await adminPage.getByLabel("Corner", { exact: true }).inputValue(), "", "the default corner");
  await launcherBox().check();
  await launcherText().fill("Is your Botox wearing off? ".repeat(4));
  await adminPage.getByRole("button", { name: "Save Changes" }).click();
  const notice = await adminPage.locator("#setting-error-resistance_check_refused").innerText();
  assert.match(notice, /Not saved: Floating button text\./);
  assert.equal(await launcherText().getAttribute("aria-invalid"), "true");
  assert.match(await adminPage.locator("#rc-launcher-text-error").innerText(), /Not saved: attribute "launcher-text": .* is not valid \(it is 107 characters long, and at most 80 fit\)/);
  assert.equal(await launcherText().inputValue(), "Is your Botox wearing off? ".repeat(4), "what was typed stays");
  const stored = JSON.parse((await runPhp(site.site, "option.php")).stdout);
  assert.equal(stored.launcher, "1", "the rest was saved");
  assert.equal(stored["launcher-text"], "");
  assert.equal(stored.phone, CLINIC.phone);
});

test("the floating button, on: one launcher on every page with the site's settings and the loader, its text escaped", async () => {
  await launcherText().fill(LAUNCHER_TEXT);
  await adminPage.getByLabel("Corner", { exact: true }).selectOption({ label: "Bottom left" });
  await adminPage.getByRole("button", { name: "Save Changes" }).click();
  await adminPage.getByText("Settings saved.").waitFor();
  const form = await (await adminPage.request.get(settingsUrl())).text();
  assert.ok(form.includes('value="Botox wearing off? &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'), "escaped in the form");
  // A page without a widget, the home page, and pages with inline and dialog widgets.
  for (const url of [`${site.url}/?page_id=2`, `${site.url}/`, pages.shortcode, pages.openers]) {
    const { html, widgets, loader, pageErrors } = await widgetsOn(url);
    const launchers = widgets.filter((widget) => widget.mode === "launcher");
    assert.equal(launchers.length, 1, `one launcher on ${url}`);
    assert.equal((html.match(/<resistance-check mode="launcher"/g) ?? []).length, 1);
    const [launcher] = launchers;
    assert.equal(launcher.launcherText, LAUNCHER_TEXT);
    assert.equal(launcher.launcherPosition, "bottom-left");
    assert.equal(launcher.clinicName, CLINIC.name);
    assert.equal(launcher.bookingUrl, CLINIC.booking);
    assert.deepEqual(launcher.fallbackLinks, ["tel:+18185550142", CLINIC.booking]);
    assert.equal(launcher.inFooter, true, "printed in the footer, outside the content");
    assert.equal(loader, 1, `the loader, once, on ${url}`);
    assert.ok(!html.includes(HOSTILE), "the hostile text is never markup");
    assert.ok(html.includes('launcher-text="Botox wearing off? &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.deepEqual(pageErrors, []);
  }
  // A visitor's press on the launcher opens its dialog; Esc closes it.
  const { page, pageErrors, close } = await visit(`${site.url}/?page_id=2`);
  try {
    const launcher = page.locator('resistance-check[mode="launcher"] .rc-launcher-open');
    await launcher.waitFor();
    assert.equal((await launcher.innerText()).trim(), LAUNCHER_TEXT, "the launcher shows the text as typed, never as markup");
    assert.equal(await page.getByRole("dialog").count(), 0, "nothing opens by itself");
    await launcher.click();
    await page.getByRole("dialog").waitFor();
    assert.equal((await dialogState(page)).focusInside, true);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    assert.deepEqual(pageErrors, []);
  } finally {
    await close();
  }
});

test("the floating button, off again: no launcher, and no loader on a page without a widget", async () => {
  await adminPage.goto(settingsUrl());
  await launcherBox().uncheck();
  await adminPage.getByRole("button", { name: "Save Changes" }).click();
  await adminPage.getByText("Settings saved.").waitFor();
  const html = await (await fetch(`${site.url}/?page_id=2`)).text();
  assert.doesNotMatch(html, /<resistance-check/);
  assert.doesNotMatch(html, /resistance-check\.js/);
  assert.doesNotMatch(await (await fetch(pages.shortcode)).text(), /mode="launcher"/);
});

test("deleting the plugin removes its settings", async () => {
  await adminPage.goto(`${site.url}/wp-admin/plugins.php`);
  await adminPage.getByRole("link", { name: "Deactivate Resistance Check" }).click();
  await adminPage.getByText("Plugin deactivated.").waitFor();
  await adminPage.getByRole("link", { name: "Delete Resistance Check" }).click();
  await adminPage.getByText("Resistance Check was successfully deleted.").waitFor();
  assert.equal((await runPhp(site.site, "option.php")).stdout.trim(), "false");
  assert.ok(!existsSync(join(site.site, "wp-content/plugins/resistance-check")));
});
