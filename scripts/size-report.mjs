// Prints the transfer size of every file the widget loads (the loader, which carries the
// prerendered first step and its styles, the wasm-bindgen glue, the wasm and the
// stylesheet): raw, gzip -9 and brotli bytes, each and in total.
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

export async function measure(dir) {
  const names = (await readdir(dir)).filter((name) => WIDGET_FILES.some((pattern) => pattern.test(name))).sort();
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
  if (asJson) {
    console.log(JSON.stringify({ rows, total }));
  } else {
    const pad = (value, width) => String(value).padStart(width);
    console.log(`${"file".padEnd(44)}${pad("raw", 10)}${pad("gzip -9", 10)}${pad("brotli", 10)}`);
    for (const row of [...rows, total]) {
      console.log(`${row.file.padEnd(44)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 10)}`);
    }
  }
  if (budget !== null && total.brotli > budget) {
    console.error(`size budget exceeded: ${total.brotli} brotli bytes > ${budget}`);
    process.exit(1);
  }
}
