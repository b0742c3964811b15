// The first step's height at a host width, from the table the build measured
// (web/first-step-heights.json, written by scripts/measure-first-step.mjs and checked
// against a fresh measurement by tests/e2e/first-step-heights.test.mjs). Pure.

/**
 * `table` rows are [host width, default height, height with an opt-in], widest last; a
 * host between two widths gets the narrower one's height, one narrower than all the first.
 */
export function firstStepHeight(table, width, optedIn) {
  const column = optedIn ? 2 : 1;
  let height = table[0][column];
  for (const row of table) {
    if (row[0] <= width) height = row[column];
  }
  return height;
}
