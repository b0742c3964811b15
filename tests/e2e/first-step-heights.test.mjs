// The space the loader reserves is the first step's height as the build measures it now:
// web/first-step-heights.json (bundled into the loader) against a fresh measurement of this
// build in Chromium, at every width and in both languages, with and without an opt-in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { committedHeights, measureFirstStepHeights } from "../../scripts/measure-first-step.mjs";

test("the loader's first-step heights are the ones this build measures", async () => {
  const fresh = await measureFirstStepHeights();
  assert.deepEqual(
    await committedHeights(),
    fresh,
    "web/first-step-heights.json is stale: run node scripts/measure-first-step.mjs --write after a release build, then rebuild",
  );
});
