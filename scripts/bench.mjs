// The widget's benchmark, on the release build in dist/ (scripts/bench.sh builds it first):
// transfer sizes, beside those of a bare Yew app; in headless Chromium, over fresh loads of
// the demo page and of the static floor page (medians), on a desktop and on a slow phone
// connection: the time until the first step is shown, the time until the widget answers a
// press of its button made the moment it is shown, and the bytes that had to arrive before
// the first step was shown; layout shift of the demo page; Lighthouse scores and the largest
// contentful paint; the engine on a 200-visit history, natively and in the browser.
// Options: --loads N (desktop, default 15), --slow-loads N (slow connection, default 15),
// --lighthouse-runs N (default 3), --dist DIR (default dist), --json (one JSON object at
// the end as well).
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { startServer } from "./serve.mjs";
import { measure } from "./size-report.mjs";
import {
  BUDGETS,
  SLOW_NETWORK,
  VIEWPORTS,
  engineInBrowser,
  firstStepSlowVerdict,
  interleavedLoads,
  launchChromium,
  layoutShift,
  loadOnce,
  median,
  runLighthouse,
} from "./perf.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const LOADS = option("--loads", 15);
const LIGHTHOUSE_RUNS = option("--lighthouse-runs", 3);
const SLOW_LOADS = option("--slow-loads", 15);
// --dist DIR measures another build (say, an older commit's dist/) with today's benchmark.
const distAt = args.indexOf("--dist");
const dist = resolve(ROOT, distAt >= 0 ? args[distAt + 1] : "dist");
const report = {};
const ms = (value) => `${value.toFixed(1)} ms`;
const section = (title) => console.log(`\n== ${title}`);

section("transfer sizes (bytes: raw, gzip -9, brotli)");
const sizes = await measure(dist);
if (sizes.rows.length < 4) throw new Error(`expected the loader, glue, wasm and stylesheet in ${dist}`);
for (const row of [...sizes.rows, sizes.total]) {
  console.log(`${row.file.padEnd(44)}${String(row.raw).padStart(9)}${String(row.gzip).padStart(9)}${String(row.brotli).padStart(9)}`);
}
console.log(`ceiling ${BUDGETS.brotliCeiling} bytes brotli: ${BUDGETS.brotliCeiling - sizes.total.brotli} bytes to spare`);
report.sizes = sizes;
// For scale: the smallest Yew app, built the same way (scripts/bare-yew.sh).
const bare = execFileSync("bash", [resolve(ROOT, "scripts/bare-yew.sh")], { encoding: "utf8" }).trim().split("\n").at(-1);
const bareBrotli = Number(bare.trim().split(/\s+/).at(-1));
console.log(`bare Yew (examples/bare_yew.rs, wasm + glue): ${bareBrotli} bytes brotli; the widget's own share: ${sizes.total.brotli - bareBrotli}`);
report.bareYewBrotli = bareBrotli;

// A long clinic page (the demo with about 100 KB of article text after the widget, served
// uncompressed as many sites serve their HTML), with the loader as the snippet gives it
// (async) and without async, for the slow-connection comparison below.
const demoHtml = await readFile(resolve(dist, "index.html"), "utf8");
const article = Array.from({ length: 220 }, (_, index) =>
  `<p>Paragraph ${index + 1}. ${"When results fade, the reason is usually simple: it was judged too soon, the dose was lower, or the injection points changed. ".repeat(3)}</p>`,
).join("\n");
const longDeferred = demoHtml.replace("</main>", `<section>${article}</section></main>`).replace("<script async ", "<script ");
const longPage = longDeferred.replace(/<script (?=[^>]*resistance-check\.js)/, "<script async ");
if (longDeferred === demoHtml || longPage === longDeferred) throw new Error("the demo page no longer has the expected </main> and loader script");
const pages = { "/long-async.html": longPage, "/long-deferred.html": longDeferred };
const server = await startServer({ root: dist, pages });
const browser = await launchChromium();
try {
  const demoUrl = `${server.address}/`;
  const floorUrl = `${server.address}/floor.html`;
  const spread = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `min ${ms(sorted[0])}, max ${ms(sorted.at(-1))}`;
  };
  // The demo's loads press the first step's button the moment it is shown; the floor is
  // static, so its answer is its first step (the earliest any page could answer).
  const compare = (title, { demo, floor }) => {
    section(title);
    const figures = {};
    for (const [name, loads] of [["demo page (widget)", demo], ["floor page (static, no wasm)", floor]]) {
      const shown = loads.map((load) => load.shownMs);
      const answered = loads.map((load) => load.answeredMs);
      const bytes = median(loads.map((load) => load.bytesBeforeShown.bytes));
      const files = loads[0].bytesBeforeShown.files.map((file) => `${file.name} ${file.bytes}`).join(", ");
      console.log(`${name}:`);
      console.log(`  first step shown:        ${ms(median(shown))}  (${spread(shown)})`);
      console.log(`  early press answered:    ${ms(median(answered))}  (${spread(answered)})`);
      console.log(`  bytes before first step: ${bytes}  (${files})`);
      figures[name.split(" ")[0]] = { shownMs: median(shown), answeredMs: median(answered), bytesBeforeShown: bytes };
    }
    console.log(`ratio demo / floor, first step shown: ${(figures.demo.shownMs / figures.floor.shownMs).toFixed(2)}`);
    return figures;
  };
  const desktop = await interleavedLoads(browser, demoUrl, floorUrl, LOADS, { press: true, settle: true });
  report.desktop = compare(`desktop ${VIEWPORTS.desktop.width}x${VIEWPORTS.desktop.height}, no throttling: median of ${LOADS} fresh loads`, desktop);
  report.desktop.via = [...new Set(desktop.demo.map((load) => load.via))].join(", ");

  // On a phone's connection the download, not the machine, sets the time.
  const slow = await interleavedLoads(browser, demoUrl, floorUrl, SLOW_LOADS, { press: true, network: SLOW_NETWORK });
  report.slowNetwork = compare(`slow phone connection (150 ms round trips, 1.6 Mbps): median of ${SLOW_LOADS} fresh loads`, slow);
  const verdict = firstStepSlowVerdict(slow.demo, slow.floor);
  console.log(
    `budget: first step within floor x ${BUDGETS.firstStepSlow.factor} + ${BUDGETS.firstStepSlow.roundTrips} round trip = ${ms(verdict.budgetMs)}: ${verdict.demoMs <= verdict.budgetMs ? "met" : "NOT met"} by the medians; ` +
      `met in ${verdict.met} of ${verdict.pairs} pairs (sign test ${verdict.chance.toFixed(4)}; the test command fails under 0.05)`,
  );
  report.slowNetwork.budget = verdict;

  section(`a long page (${Math.round(longPage.length / 1000)} KB of HTML) on the slow connection: the loader with and without async, median of ${SLOW_LOADS} loads each`);
  const asyncLoads = [];
  const deferredLoads = [];
  for (let i = 0; i < SLOW_LOADS; i += 1) {
    asyncLoads.push(await loadOnce(browser, `${server.address}/long-async.html`, { network: SLOW_NETWORK, settle: true }));
    deferredLoads.push(await loadOnce(browser, `${server.address}/long-deferred.html`, { network: SLOW_NETWORK, settle: true }));
  }
  const longShift = Math.max(...[...asyncLoads, ...deferredLoads].map((load) => layoutShift(load.shifts)));
  const longAsyncMedian = median(asyncLoads.map((load) => load.shownMs));
  const longDeferredMedian = median(deferredLoads.map((load) => load.shownMs));
  console.log(`async (as the snippet gives it): ${ms(longAsyncMedian)}`);
  console.log(`without async:                   ${ms(longDeferredMedian)}`);
  console.log(`largest layout shift of either:  ${longShift.toFixed(4)}`);
  report.longPageSlowNetwork = { asyncMs: longAsyncMedian, deferredMs: longDeferredMedian, layoutShift: longShift, loads: SLOW_LOADS };

  section("layout shift of the demo page (sum of layout-shift entries, load included)");
  // The desktop loads pressed the button early too: nothing may move for that either.
  const desktopShifts = desktop.demo.map((load) => layoutShift(load.shifts));
  const phoneLoads = [];
  for (let i = 0; i < 5; i += 1) phoneLoads.push(await loadOnce(browser, demoUrl, { viewport: VIEWPORTS.phone, settle: true }));
  const phoneShifts = phoneLoads.map((load) => layoutShift(load.shifts));
  console.log(`desktop: max ${Math.max(...desktopShifts).toFixed(4)} over ${desktopShifts.length} loads, each with an early press (budget ${BUDGETS.layoutShift})`);
  console.log(`phone ${VIEWPORTS.phone.width}x${VIEWPORTS.phone.height}: max ${Math.max(...phoneShifts).toFixed(4)} over ${phoneLoads.length} loads`);
  const worst = [...desktop.demo, ...phoneLoads].flatMap((load) => load.shifts).sort((a, b) => b.value - a.value)[0];
  if (worst) console.log(`  largest shift ${worst.value.toFixed(4)} at ${ms(worst.at)}: ${worst.sources.join("; ")}`);
  report.cls = { desktop: Math.max(...desktopShifts), phone: Math.max(...phoneShifts) };

  section(`Lighthouse 12 (mobile, simulated throttling), median of ${LIGHTHOUSE_RUNS} runs`);
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await runLighthouse(demoUrl));
  const performance = median(runs.map((run) => run.scores.performance));
  const accessibility = Math.min(...runs.map((run) => run.scores.accessibility));
  console.log(`performance:   ${performance}  (runs: ${runs.map((run) => run.scores.performance).join(", ")}; goal 100)`);
  console.log(`accessibility: ${accessibility}  (lowest of the runs; budget 100)`);
  const middle = runs.find((run) => run.scores.performance === performance) ?? runs[0];
  console.log(`largest contentful paint: ${middle.metrics["largest-contentful-paint"]} (simulated phone, the median run)`);
  console.log(`  metrics: ${Object.entries(middle.metrics).map(([id, value]) => `${id} ${value}`).join(", ")}`);
  if (middle.failed.length) console.log(`  audits below full marks: ${middle.failed.join(", ")}`);
  report.lighthouse = { performance, accessibility, metrics: middle.metrics, failed: middle.failed };

  section("engine: 200-visit history (engine::sample::long_history)");
  const cargo = (...extra) =>
    execFileSync("cargo", ["run", "--release", "--quiet", "--example", "engine_bench", ...extra], { cwd: ROOT, encoding: "utf8" });
  const native = cargo().trim();
  console.log(native);
  const history = JSON.parse(cargo("--", "--history-json"));
  const inBrowser = await engineInBrowser(browser, demoUrl, history);
  console.log(
    `engine in Chromium, window.ResistanceCheck.assess (object in, object out): median ${(inBrowser.medianMs * 1000).toFixed(1)} µs (verdict ${inBrowser.verdict})`,
  );
  report.engine = { native, browserMicros: inBrowser.medianMs * 1000 };
} finally {
  await browser.close();
  await server.close();
}
if (args.includes("--json")) console.log(JSON.stringify(report));
