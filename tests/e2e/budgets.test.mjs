// The performance budgets, on the release build: the widget's transfer size, the time until
// the first step is shown on a slow phone connection against the static floor page, the
// demo page's layout shift, and Lighthouse's accessibility score. scripts/bench.mjs reports
// the figures these budgets bound, and those (the answer to an early press, Lighthouse
// performance, the largest contentful paint) that have goals only.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { measure } from "../../scripts/size-report.mjs";
import {
  BUDGETS,
  SLOW_NETWORK,
  VIEWPORTS,
  firstStepSlowVerdict,
  interleavedLoads,
  launchChromium,
  layoutShift,
  loadOnce,
  runLighthouse,
} from "../../scripts/perf.mjs";
import { DIST, serveDist } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`the widget's files weigh at most ${BUDGETS.brotliCeiling} bytes brotli in total`, async () => {
  const { rows, total } = await measure(DIST);
  assert.equal(rows.length, 4, "the loader (with the first step), glue, wasm and stylesheet");
  console.log(`widget transfer: ${total.brotli} bytes brotli (ceiling ${BUDGETS.brotliCeiling})`);
  assert.ok(total.brotli <= BUDGETS.brotliCeiling, `${total.brotli} bytes brotli > the ceiling ${BUDGETS.brotliCeiling}`);
});

const { factor, roundTrips } = BUDGETS.firstStepSlow;
// Forty interleaved pairs, about 50 s. Checked by adding a busy wait to the built loader:
// 20 ms (its medians 11-14 ms over the budget) failed in 2 runs of 2, 30 ms in 2 of 2,
// while today's loader met the budget in 30 of 40 pairs (README, "Budgets").
const SLOW_LOADS = 40;
// The chance below which the demo counts as over its budget (a one-sided sign test).
const OVER_BUDGET_BELOW = 0.05;

test(`on a slow phone connection the first step shows from the loader, before the wasm, after at most ${BUDGETS.bytesBeforeFirstStep} bytes, within the floor's time x ${factor} + ${roundTrips} round trip`, async () => {
  const { demo, floor } = await interleavedLoads(browser, `${server.address}/`, `${server.address}/floor.html`, SLOW_LOADS, { network: SLOW_NETWORK });
  // Shown by the loader from the prerendered HTML, in the widget's shadow root, with only the
  // page, its stylesheet and the loader arrived: never the glue, the wasm or the stylesheet.
  assert.deepEqual([...new Set(demo.map((load) => load.via))], ["shadow root"]);
  for (const load of demo) {
    const names = load.bytesBeforeShown.files.map((file) => file.name);
    assert.ok(names.includes("/resistance-check.js"), names.join());
    assert.ok(!names.some((name) => /_bg\.wasm$|resistance-check-[0-9a-f]+\.js$|widget-[0-9a-f]+\.css$/.test(name)), names.join());
    assert.ok(load.bytesBeforeShown.bytes <= BUDGETS.bytesBeforeFirstStep, `${load.bytesBeforeShown.bytes} bytes before the first step`);
  }
  // The time budget (README, "Budgets"). The demo's median sits about 10 ms inside it, and
  // one load's time varies by about 20 ms either side on this shared 2-core machine, so a
  // round's medians alone would miss it now and then by noise. The test holds it pair by
  // pair instead: it fails when so few demo loads meet the budget from their own floor load
  // that a demo exactly on the budget would do so badly less than 5% of the time.
  const verdict = firstStepSlowVerdict(demo, floor);
  console.log(
    `first step on the slow connection: demo ${verdict.demoMs.toFixed(0)} ms, floor ${verdict.floorMs.toFixed(0)} ms ` +
      `(floor x ${factor} + ${roundTrips} round trip: ${verdict.budgetMs.toFixed(0)} ms, ${verdict.demoMs <= verdict.budgetMs ? "met" : "not met"} by the medians); ` +
      `met in ${verdict.met} of ${verdict.pairs} pairs (sign test: ${verdict.chance.toFixed(4)})`,
  );
  assert.ok(
    verdict.chance >= OVER_BUDGET_BELOW,
    `the demo is over its budget: met in only ${verdict.met} of ${verdict.pairs} pairs (a demo on the budget would do this badly with chance ${verdict.chance.toFixed(4)}); medians demo ${verdict.demoMs.toFixed(0)} ms, budget ${verdict.budgetMs.toFixed(0)} ms`,
  );
});

test(`the demo page does not shift (CLS ${BUDGETS.layoutShift}), on a desktop and a phone`, async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (let load = 0; load < 3; load += 1) {
      const { shifts } = await loadOnce(browser, `${server.address}/`, { viewport, settle: true });
      const shift = layoutShift(shifts);
      const detail = shifts.map((entry) => `${entry.value.toFixed(4)}: ${entry.sources.join("; ")}`).join("\n");
      assert.ok(shift <= BUDGETS.layoutShift, `${name} load ${load + 1}: layout shift ${shift.toFixed(4)}\n${detail}`);
    }
  }
});

test(`Lighthouse accessibility is ${BUDGETS.accessibility}`, async () => {
  const { scores, failed } = await runLighthouse(`${server.address}/`, ["accessibility"]);
  console.log(`Lighthouse accessibility: ${scores.accessibility}`);
  assert.equal(scores.accessibility, BUDGETS.accessibility, `failed audits: ${failed.join(", ")}`);
});
