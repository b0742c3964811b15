// The space reserved at a host width (web/loader/heights.js) from the table the build
// carries (web/first-step-heights.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { firstStepHeight } from "../../web/loader/heights.js";

const { table } = JSON.parse(await readFile(new URL("../../web/first-step-heights.json", import.meta.url), "utf8"));

test("the table is ordered by width, and an opt-in never reserves less", () => {
  for (let at = 1; at < table.length; at += 1) assert.ok(table[at][0] > table[at - 1][0], `row ${at}`);
  for (const [width, plain, opted] of table) assert.ok(opted >= plain, `${width} px`);
});

test("a host at a row's width gets that row's height, by default and opted in", () => {
  for (const [width, plain, opted] of table) {
    assert.equal(firstStepHeight(table, width, false), plain);
    assert.equal(firstStepHeight(table, width, true), opted);
  }
});

test("a host between two widths gets the narrower one's height; one narrower than all, the first", () => {
  const [[first, firstPlain], [second]] = table;
  assert.equal(firstStepHeight(table, first + (second - first) / 2, false), firstPlain);
  assert.equal(firstStepHeight(table, first - 100, false), firstPlain);
  const last = table.at(-1);
  assert.equal(firstStepHeight(table, last[0] + 500, true), last[2]);
});
