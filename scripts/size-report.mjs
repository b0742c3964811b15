// Prints the transfer size of every file the widget loads (the loader, which carries the
// prerendered first step and its styles, the wasm-bindgen glue, the wasm and the
// stylesheet): raw, gzip -9 and brotli bytes, each and in total; then, apart, those of the
// standalone page's files and frame.js.
// With --budget BYTES it fails when the brotli total is larger.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const dist = args.find((arg) => !arg.startsWith("--") && !/^\d+$/.test(arg)) ?? "dist";
const budgetAt = args.indexOf("--budget");
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const asJson = args.includes("--json");

const WIDGET_FILES = [
  /^resistance-check\.js$/,
  /^resistance-check-[0-9a-f]+\.js$/,
  /^resistance-check-[0-9a-f]+_bg\.wasm$/,
  /^widget-[0-9a-f]+\.css$/,
];

// The standalone page's files and the parent page's frame.js (README, "A page of its own"):
// reported apart, since a page with the widget inline loads none of them.
const PAGE_FILES = [/^check\.(html|css|js)$/, /^frame\.js$/];

/** The widget's files in `dir`: a row each (raw, gzip and brotli bytes) and their total. */
export const measure = (dir) => measureFiles(dir, WIDGET_FILES);

/** The standalone page's files and frame.js in `dir`, as `measure` reports the widget's. */
export const measurePages = (dir) => measureFiles(dir, PAGE_FILES);

async function measureFiles(dir, patterns) {
  const names = (await readdir(dir)).filter((name) => patterns.some((pattern) => pattern.test(name))).sort();
  const rows = [];
  for (const name of names) {
    const body = await readFile(join(dir, name));
    rows.push({
      file: name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce(
    (sum, row) => ({ file: "total", raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
    { file: "total", raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const { rows, total } = await measure(dist);
  if (rows.length < 4) {
    console.error(`size report: expected the loader, glue, wasm and stylesheet in ${dist}, found ${rows.length} files`);
    process.exit(1);
  }
  const pages = await measurePages(dist);
  if (asJson) {
    console.log(JSON.stringify({ rows, total, pages }));
  } else {
    const pad = (value, width) => String(value).padStart(width);
    const line = (row) => console.log(`${row.file.padEnd(44)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 10)}`);
    line({ file: "file", raw: "raw", gzip: "gzip -9", brotli: "brotli" });
    [...rows, total].forEach(line);
    if (pages.rows.length) {
      console.log("\nThe standalone page (check.html) and frame.js, not in the widget's total:");
      pages.rows.forEach(line);
    }
  }
  if (budget !== null && total.brotli > budget) {
    console.error(`size budget exceeded: ${total.brotli} brotli bytes > ${budget}`);
    process.exit(1);
  }
}
