// Measures the height of the widget's first step on the demo page at a range of host
// widths, in English and Spanish, by default and with the opt-ins that lengthen its privacy
// line (analytics-verdict and share-verdict): the table the loader reserves space from
// ([host width, default height, opted-in height], the taller language at each, rows whose
// heights equal the row before left out). After a release build:
// `node scripts/measure-first-step.mjs` prints it, `--write` writes web/first-step-heights.json
// (which the build bundles into the loader); tests/e2e/first-step-heights.test.mjs fails
// when that file differs from a fresh measurement.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ROOT, launchBrowser, serveDist, widgetReady } from "../tests/e2e/harness.mjs";

// The office's status line and the hours table's "(today)" row change with the clock, and
// with them the first step's height by up to two lines. Measured at one fixed moment, the
// table is the same whenever it is measured (tests/e2e/first-step-heights.test.mjs compares
// it), and that moment, a Sunday evening in the demo office's Los Angeles ("Closed now. Opens
// tomorrow at 10:00 am"), gives the tallest step of a week's mornings and evenings in both
// languages, so the space kept is never less than the widget takes: once the widget is
// there the rest goes (web/loader/reservation.js).
const MEASURED_AT = new Date("2026-12-07T04:00:00Z");
const VIEWPORTS = [320, 360, 375, 390, 414, 430, 480, 540, 600, 660, 681, 700, 768, 1024];
export const HEIGHTS_FILE = join(ROOT, "web/first-step-heights.json");

/** The table, measured now on dist/'s demo page. */
export async function measureFirstStepHeights() {
  const demo = await readFile(join(DIST, "index.html"), "utf8");
  const optedIn = demo.replace("<resistance-check", "<resistance-check analytics-verdict share-verdict");
  if (optedIn === demo) throw new Error("dist/index.html has no <resistance-check> element");
  const server = await serveDist({ pages: { "/opted-in.html": optedIn } });
  const byPath = new Map();
  try {
    for (const [locale, path] of ["en-US", "es-ES"].flatMap((locale) => ["/", "/opted-in.html"].map((path) => [locale, path]))) {
      for (const width of VIEWPORTS) {
        const browser = await launchBrowser({ viewport: { width, height: 900 }, locale });
        try {
          const page = await browser.context.newPage();
          await page.clock.setFixedTime(MEASURED_AT);
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
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  const widths = [...byPath.get("/").keys()].sort((a, b) => a - b);
  return widths
    .map((width) => [width, byPath.get("/").get(width), byPath.get("/opted-in.html").get(width)])
    .filter((row, i, rows) => i === 0 || row[1] !== rows[i - 1][1] || row[2] !== rows[i - 1][2]);
}

/** The table the loader is built with. */
export const committedHeights = async () => JSON.parse(await readFile(HEIGHTS_FILE, "utf8")).table;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const table = await measureFirstStepHeights();
  if (process.argv.includes("--write")) {
    const file = JSON.parse(await readFile(HEIGHTS_FILE, "utf8"));
    const rows = [];
    for (let at = 0; at < table.length; at += 4) rows.push(`    ${table.slice(at, at + 4).map((row) => JSON.stringify(row).replaceAll(",", ", ")).join(", ")}`);
    await writeFile(HEIGHTS_FILE, `{\n  "about": ${JSON.stringify(file.about)},\n  "table": [\n${rows.join(",\n")}\n  ]\n}\n`);
    console.log(`wrote ${HEIGHTS_FILE}; rebuild (bash scripts/build.sh) for the loader to carry it`);
  }
  console.log(JSON.stringify(table));
}
