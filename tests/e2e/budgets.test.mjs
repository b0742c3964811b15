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
  VIEWPORTS,
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
