// The performance budgets, on the release build: the widget's transfer size, the demo page's
// layout shift, and Lighthouse's accessibility score. scripts/bench.mjs reports the figures
// these budgets bound, and those (load time, Lighthouse performance) that have goals only.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { measure } from "../../scripts/size-report.mjs";
import { BUDGETS, VIEWPORTS, launchChromium, layoutShift, loadOnce, runLighthouse } from "../../scripts/perf.mjs";
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

test(`the widget's files weigh at most ${BUDGETS.brotliBytes} bytes brotli in total`, async () => {
  const { rows, total } = await measure(DIST);
  assert.equal(rows.length, 4, "the loader, glue, wasm and stylesheet");
  const spare = BUDGETS.brotliBytes - total.brotli;
  console.log(`widget transfer: ${total.brotli} bytes brotli, ${Math.abs(spare)} bytes ${spare >= 0 ? "under" : "over"} the budget`);
  assert.ok(total.brotli <= BUDGETS.brotliBytes, `${total.brotli} bytes brotli > ${BUDGETS.brotliBytes}`);
});

// Pending until the demo page reserves the widget's space in its own CSS and the widget
// paints only once its stylesheet applies (README, "Benchmark"): both are outside this
// test's reach, so it runs and reports, and does not fail the run meanwhile.
const CLS_PENDING = "the page's CSS must reserve the widget's space, and the widget must not paint unstyled";

test(`the demo page does not shift (CLS ${BUDGETS.layoutShift}), on a desktop and a phone`, { todo: CLS_PENDING }, async () => {
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
