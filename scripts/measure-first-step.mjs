// Measures the height of the widget's first step on the demo page at a range of host
// widths, in English and Spanish, and prints the table the loader reserves space from
// (web/loader.js, FIRST_STEP_HEIGHTS). Run after a release build: node scripts/measure-first-step.mjs
import { launchBrowser, serveDist, widgetReady } from "../tests/e2e/harness.mjs";

const VIEWPORTS = [320, 360, 375, 390, 414, 430, 480, 540, 600, 660, 681, 700, 768, 1024];
const server = await serveDist();
const rows = new Map();
for (const locale of ["en-US", "es-ES"]) {
  for (const width of VIEWPORTS) {
    const browser = await launchBrowser({ viewport: { width, height: 900 }, locale });
    const page = await browser.context.newPage();
    await page.goto(`${server.address}/`);
    await widgetReady(page);
    const { host, height } = await page.evaluate(() => {
      const element = document.querySelector("resistance-check");
      return {
        host: Math.round(element.getBoundingClientRect().width),
        height: Math.ceil(element.shadowRoot.querySelector(".rc").getBoundingClientRect().height),
      };
    });
    rows.set(host, Math.max(rows.get(host) ?? 0, height));
    await browser.close();
  }
}
await server.close();
const table = [...rows.entries()].sort((a, b) => a[0] - b[0]);
console.log(JSON.stringify(table));
