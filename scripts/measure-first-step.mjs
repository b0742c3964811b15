// Measures the height of the widget's first step on the demo page at a range of host
// widths, in English and Spanish, by default and with the opt-ins that lengthen its privacy
// line (analytics-verdict and share-verdict), and prints the table the loader reserves
// space from (web/loader.js, FIRST_STEP_HEIGHTS): [host width, default height, opted-in
// height], the taller language at each, rows whose heights equal the row before left out.
// Run after a release build: node scripts/measure-first-step.mjs
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, launchBrowser, serveDist, widgetReady } from "../tests/e2e/harness.mjs";

const VIEWPORTS = [320, 360, 375, 390, 414, 430, 480, 540, 600, 660, 681, 700, 768, 1024];
const demo = await readFile(join(DIST, "index.html"), "utf8");
const optedIn = demo.replace("<resistance-check", "<resistance-check analytics-verdict share-verdict");
if (optedIn === demo) throw new Error("dist/index.html has no <resistance-check> element");
const server = await serveDist({ pages: { "/opted-in.html": optedIn } });
const byPath = new Map();
for (const [locale, path] of ["en-US", "es-ES"].flatMap((locale) => ["/", "/opted-in.html"].map((path) => [locale, path]))) {
  for (const width of VIEWPORTS) {
    const browser = await launchBrowser({ viewport: { width, height: 900 }, locale });
    const page = await browser.context.newPage();
    await page.goto(`${server.address}${path}`);
    await widgetReady(page);
    const { host, height } = await page.evaluate(() => {
      const element = document.querySelector("resistance-check");
      return {
        host: Math.round(element.getBoundingClientRect().width),
        height: Math.ceil(element.shadowRoot.querySelector(".rc").getBoundingClientRect().height),
      };
    });
    const ofPath = byPath.get(path) ?? new Map();
    byPath.set(path, ofPath.set(host, Math.max(ofPath.get(host) ?? 0, height)));
    await browser.close();
  }
}
await server.close();
const widths = [...byPath.get("/").keys()].sort((a, b) => a - b);
const table = widths
  .map((width) => [width, byPath.get("/").get(width), byPath.get("/opted-in.html").get(width)])
  .filter((row, i, rows) => i === 0 || row[1] !== rows[i - 1][1] || row[2] !== rows[i - 1][2]);
console.log(JSON.stringify(table));
