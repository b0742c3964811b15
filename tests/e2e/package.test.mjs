// The npm package of the release (scripts/package-npm.mjs): exactly the files a site needs,
// one version everywhere, and the package working from a second origin laid out the way
// public npm CDNs serve packages (/npm/resistance-check@<version>/...), on a page of the
// first origin under a strict Content-Security-Policy that lists only that origin.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageNpm, releaseVersion } from "../../scripts/package-npm.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { ROOT, assertAccessible, launchBrowser, openPage, serveDist, widgetReady } from "./harness.mjs";

let packed;
let browser;
before(async () => {
  packed = await packageNpm();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("the tarball holds exactly what a site needs: the loader, the hashed files and their compressed copies, the builder, the standalone page and frame.js (no clinic.json), the host files, the docs", () => {
  const expected = [
    /^package\.json$/,
    /^README\.md$/,
    /^CHANGELOG\.md$/,
    /^LICENSE$/,
    /^_headers$/,
    /^\.htaccess$/,
    /^nginx\.conf$/,
    /^resistance-check\.js(\.br|\.gz)?$/,
    /^resistance-check-[0-9a-f]{8,16}\.js(\.br|\.gz)?$/,
    /^resistance-check-[0-9a-f]{8,16}_bg\.wasm(\.br|\.gz)?$/,
    /^widget-[0-9a-f]{8,16}\.css(\.br|\.gz)?$/,
    /^rc-modes-[0-9a-f]{8,16}\.js(\.br|\.gz)?$/,
    /^builder(-install)?\.(html|mjs|css)(\.br|\.gz)?$/,
    /^attributes\.json(\.br|\.gz)?$/,
    /^check\.(html|js|css)(\.br|\.gz)?$/,
    /^frame\.js(\.br|\.gz)?$/,
  ];
  const unexpected = packed.files.filter((file) => !expected.some((pattern) => pattern.test(file)));
  assert.deepEqual(unexpected, [], "nothing but the release's files (no demo page, floor page or test page)");
  for (const pattern of expected) assert.ok(packed.files.some((file) => pattern.test(file)), `${pattern} is in the tarball`);
  // Three copies (plain, brotli, gzip) of the loader, the glue, the wasm and the stylesheet.
  assert.equal(packed.files.filter((file) => /^(resistance-check|widget)[-.]/.test(file)).length, 12);
  assert.ok(!packed.files.some((file) => /index\.html|floor\.html|demo-page/.test(file)));
  // The standalone page ships without settings: a demo clinic.json would show its contacts.
  assert.ok(!packed.files.some((file) => /clinic\.json/.test(file)), "no clinic.json");
});

test("one version: Cargo.toml, the package, the changelog's releases, the WordPress plugin's header, constant and readme", async () => {
  const version = await releaseVersion();
  assert.match(version, /^\d+\.\d+\.\d+$/, "a semantic version");
  assert.equal(packed.version, version);
  const listing = execFileSync("tar", ["-xOzf", packed.tarball, "package/package.json"], { encoding: "utf8" });
  assert.equal(JSON.parse(listing).version, version);
  const plugin = await readFile(join(ROOT, "integrations/wordpress/resistance-check.php"), "utf8");
  assert.equal(plugin.match(/^\s*\*\s*Version:\s*(\S+)/m)?.[1], version);
  assert.equal(plugin.match(/RESISTANCE_CHECK_VERSION\s*=\s*'([^']+)'/)?.[1], version);
  const readme = await readFile(join(ROOT, "integrations/wordpress/readme.txt"), "utf8");
  assert.equal(readme.match(/^Stable tag:\s*(\S+)/m)?.[1], version);
  const changelog = await readFile(join(ROOT, "CHANGELOG.md"), "utf8");
  assert.ok(changelog.includes(`\n## ${version}\n`), `CHANGELOG.md has a section for ${version}`);
});

test("unpacked on a second origin as a CDN lays it out, the package works on a page of the first origin under a strict CSP", async () => {
  const cdnRoot = await mkdtemp(join(tmpdir(), "rc-cdn-"));
  const folder = join(cdnRoot, "npm", `resistance-check@${packed.version}`);
  await mkdir(folder, { recursive: true });
  execFileSync("tar", ["-xzf", packed.tarball, "-C", folder, "--strip-components=1"]);
  const cdn = await startServer({ root: cdnRoot });
  const base = `${cdn.address}/npm/resistance-check@${packed.version}`;
  const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cdn.address}; style-src 'self' ${cdn.address}; connect-src 'self' ${cdn.address}`;
  const clinic = await serveDist({
    pages: {
      "/clinic.html":
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>Clinic</title><script type="module" async src="${base}/resistance-check.js"></script></head><body><main><h1>Clinic</h1>` +
        `<resistance-check id="w" phone="(555) 010-4444" time-zone="America/Los_Angeles"><p>Call <a href="tel:5550104444">(555) 010-4444</a>.</p></resistance-check>` +
        `<button type="button" id="opener" data-resistance-check-open="d">Take the check</button>` +
        `<resistance-check id="d" mode="dialog" phone="(555) 010-4444" time-zone="America/Los_Angeles"><p>Call <a href="tel:5550104444">(555) 010-4444</a>.</p></resistance-check></main></body></html>`,
    },
    headersFor: (path) => (path === "/clinic.html" ? { "Content-Security-Policy": csp } : {}),
  });
  let opened;
  try {
    opened = await openPage(browser.context);
    const violations = [];
    await opened.page.exposeFunction("reportViolation", (directive) => violations.push(directive));
    await opened.page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) => window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`)),
    );
    await opened.page.goto(`${clinic.address}/clinic.html`);
    await widgetReady(opened.page, "#w");
    assert.match(await opened.page.locator("#w a.rc-call").first().innerText(), /010-4444/);
    // Every widget file came from the package's folder on the CDN, found from the loader's own address.
    const widgetFiles = opened.requests.filter((request) => /resistance-check|widget-/.test(request.url));
    assert.ok(widgetFiles.length >= 3, JSON.stringify(widgetFiles));
    for (const request of widgetFiles) assert.ok(request.url.startsWith(`${base}/`), request.url);
    assert.ok(cdn.log.some((entry) => entry.url.endsWith("_bg.wasm")));
    // The dialog's own file comes from the package too, under the same policy.
    await opened.page.locator("#opener").click();
    await opened.page.waitForFunction(() => document.getElementById("d").shadowRoot?.querySelector("dialog")?.open);
    await widgetReady(opened.page, "#d");
    assert.ok(opened.requests.some((request) => request.url.startsWith(`${base}/rc-modes-`)), "the modes' file, from the CDN");
    await opened.page.keyboard.press("Escape");
    assert.deepEqual(violations, []);
    assert.deepEqual(opened.pageErrors, []);
    await assertAccessible(assert, opened.page, "the npm package from a CDN");

    // The builder, given the package's versioned address, writes the script tag with the
    // loader's hash; a page with that tag loads the widget (the browser checks the hash).
    const builder = await openPage(browser.context, `${clinic.address}/builder.html`);
    const field = (label) => builder.page.getByLabel(label, { exact: true });
    await field("Clinic name (required)").fill("Sunset Skin Clinic");
    await field("Phone (required)").fill("(818) 555-0142");
    await field("Booking page (required)").fill("https://sunsetskin.example/book");
    await field("Time zone (required)").selectOption("America/Los_Angeles");
    await builder.page.getByLabel("Monday", { exact: true }).check();
    await field("Monday opens").fill("10:00");
    await field("Monday closes").fill("17:00");
    await field("Loader address").fill(`${base}/resistance-check.js`);
    await builder.page.waitForFunction(() => /integrity="sha384-/.test(document.querySelector("#snippet").value));
    const snippet = await builder.page.locator("#snippet").inputValue();
    const loaderBytes = await readFile(join(folder, "resistance-check.js"));
    const expected = `sha384-${createHash("sha384").update(loaderBytes).digest("base64")}`;
    assert.ok(snippet.startsWith(`<script type="module" async src="${base}/resistance-check.js" integrity="${expected}" crossorigin="anonymous"`), snippet);
    await builder.page.close();
  } finally {
    await opened?.page.close();
    await clinic.close();
    await cdn.close();
    await rm(cdnRoot, { recursive: true, force: true });
  }
});
