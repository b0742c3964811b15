// Trunk's post-build step: bundles the widget's stable loader (resistance-check.js, from the
// modules of web/loader/) with the hashed names of the glue, wasm and stylesheet in it, the
// stylesheet itself, and the first step rendered to HTML from this same source tree by the
// native prerender binary (src/bin/prerender.rs: yew's server renderer) with the DOM names
// it shares with the loader; minifies the three, hashes the widget's
// stylesheet, copies the extra pages, and puts brotli and gzip copies beside every text and
// wasm file.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { crateVersion } from "./crate-version.mjs";

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const source = process.env.TRUNK_SOURCE_DIR ?? ".";

const files = await readdir(staging);
const pick = (pattern, what) => {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${staging}, found ${found.join(", ") || "none"}`);
  return found[0];
};
const glue = pick(/^resistance-check-[0-9a-f]+\.js$/, "wasm-bindgen glue");
const wasm = pick(/^resistance-check-[0-9a-f]+_bg\.wasm$/, "wasm module");

/** What visitors download carries no comments or indentation: the sources keep them. */
const minify = async (code, loader) => (await transform(code, { loader, minify: true, format: loader === "js" ? "esm" : undefined, charset: "utf8" })).code;

await writeFile(join(staging, glue), await minify(await readFile(join(staging, glue), "utf8"), "js"));

const css = await minify(await readFile(join(source, "styles/widget.css"), "utf8"), "css");
const cssName = `widget-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
await writeFile(join(staging, cssName), css);

/**
 * The rules of `css` (minified) that can apply to the first step: those with a selector all
 * of whose classes and ids occur in `htmls` (a selector naming anything else cannot match
 * there), inside the at-rules that hold them. The loader carries only these, so that fewer
 * bytes stand between the page and its first step; the full stylesheet comes with the wasm.
 */
function rulesFor(css, htmls) {
  const used = new Set(["rc"]);
  for (const html of htmls) {
    for (const [, kind, value] of html.matchAll(/\b(class|id)="([^"]*)"/g)) {
      for (const name of value.split(/\s+/)) used.add(kind === "id" ? `#${name}` : name);
    }
  }
  const applies = (selector) =>
    [...selector.matchAll(/([.#])(-?[_a-zA-Z][\w-]*)/g)].every(([, kind, name]) => used.has(kind === "#" ? `#${name}` : name));
  const keep = (block) => {
    let out = "";
    for (let at = 0; at < block.length; ) {
      const open = block.indexOf("{", at);
      if (open < 0) break;
      let depth = 1;
      let close = open + 1;
      for (; depth > 0; close += 1) depth += block[close] === "{" ? 1 : block[close] === "}" ? -1 : 0;
      const prelude = block.slice(at, open).trim();
      const body = block.slice(open + 1, close - 1);
      if (prelude.startsWith("@keyframes") || prelude.startsWith("@font-face")) out += `${prelude}{${body}}`;
      else if (prelude.startsWith("@")) {
        const inner = keep(body);
        if (inner) out += `${prelude}{${inner}}`;
      } else {
        const selectors = prelude.split(/,(?![^(]*\))/).filter(applies);
        if (selectors.length) out += `${selectors.join(",")}{${body}}`;
      }
      at = close;
    }
    return out;
  };
  return keep(css);
}

// Natively, on the build machine: the same components as the wasm just built, and the DOM
// names the loader shares with them (src/handover.rs).
const prerendered = execFileSync("cargo", ["run", "--quiet", "--bin", "prerender"], { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const { steps: firstSteps, handover } = JSON.parse(prerendered);
for (const key of ["en:quick detailed", "es:quick detailed", "en:quick", "es:quick", "en:detailed", "es:detailed"]) {
  if (!firstSteps[key]?.includes("rc-step-heading")) throw new Error(`the prerender step gave no first step for ${key}`);
}
// The first step's heights, as scripts/measure-first-step.mjs measured them (and
// tests/e2e/first-step-heights.test.mjs checks they still are).
const heights = JSON.parse(await readFile(join(source, "web/first-step-heights.json"), "utf8"));

// What the loader checks each file it fetches against (Subresource Integrity): a changed or
// truncated file is refused. And the release's version, for the console and the page.
const sri = async (name) => `sha384-${createHash("sha384").update(await readFile(join(staging, name))).digest("base64")}`;
const integrity = { glue: await sri(glue), wasm: await sri(wasm), css: await sri(cssName) };
const version = await crateVersion(source);
const handoverNames = Object.fromEntries(Object.entries(handover).map(([key, name]) => [`RC_HANDOVER.${key}`, JSON.stringify(name)]));

/** `entry` (under web/loader/) bundled and minified with `define`, failing on a name the build does not define. */
async function bundle(entry, define) {
  const built = await build({ entryPoints: [join(source, "web/loader", entry)], bundle: true, format: "esm", minify: true, charset: "utf8", write: false, logLevel: "warning", define });
  const code = built.outputFiles[0].text;
  const undefinedName = /\bRC_[A-Z_]+\b/.exec(code);
  if (undefinedName) throw new Error(`web/loader/${entry} names ${undefinedName[0]}, which the build does not define`);
  return code;
}

// The pop-up modes (web/loader/modes/: the dialog and the launcher), a file of their own
// that only a page with a mode="dialog" or mode="launcher" element fetches, so that no
// inline widget waits for their bytes. Their stylesheet rides in it.
const modesCss = await minify(await readFile(join(source, "web/loader/modes/modes.css"), "utf8"), "css");
const modes = await bundle("modes/index.js", { ...handoverNames, RC_VERSION: JSON.stringify(version), RC_MODES_STYLES: JSON.stringify(modesCss) });
const modesName = `rc-modes-${createHash("sha256").update(modes).digest("hex").slice(0, 16)}.js`;
await writeFile(join(staging, modesName), modes);
integrity.modes = await sri(modesName);

// The loader's modules (web/loader/), joined into the one file the page requests, with this
// build's values put in where its modules name them (RC_…).
const loader = await bundle("main.js", {
  ...Object.fromEntries(Object.entries({ glue, wasm, css: cssName, modes: modesName }).map(([key, name]) => [`RC_ASSETS.${key}`, JSON.stringify(name)])),
  ...Object.fromEntries(Object.entries(integrity).map(([key, hash]) => [`RC_INTEGRITY.${key}`, JSON.stringify(hash)])),
  RC_VERSION: JSON.stringify(version),
  RC_STYLES: JSON.stringify(rulesFor(css, Object.values(firstSteps))),
  RC_FIRST_STEPS: JSON.stringify(firstSteps),
  RC_FIRST_STEP_HEIGHTS: JSON.stringify(heights.table),
  ...handoverNames,
});
await writeFile(join(staging, "resistance-check.js"), loader);

for (const page of await readdir(join(source, "web"))) {
  if (page.endsWith(".html") || page.endsWith(".css") || page.endsWith(".mjs")) {
    await copyFile(join(source, "web", page), join(staging, page));
  }
}

// The attribute table the snippet builder lays out its form from (src/clinic/attributes.rs).
await copyFile(join(source, "integrations/wordpress/attributes.json"), join(staging, "attributes.json"));

// ---- The standalone page and the iframe mode (issue 24, items 3 and 4) ----
// check.html with its stylesheet and script (web/standalone/; the script bundled with the
// names and kinds of the attribute table, src/clinic/attributes.rs, which are the keys
// clinic.json may hold), and frame.js for the page that frames it (web/frame/). No
// clinic.json: each clinic writes its own beside check.html (README), and the release never
// carries a demo clinic's contacts.
{
  const table = JSON.parse(await readFile(join(source, "integrations/wordpress/attributes.json"), "utf8"));
  const kinds = Object.fromEntries(table.attributes.map(({ name, kind }) => [name, kind]));
  const page = await build({
    entryPoints: [join(source, "web/standalone/check.js")],
    bundle: true,
    format: "esm",
    minify: true,
    charset: "utf8",
    write: false,
    logLevel: "warning",
    define: { RC_VERSION: JSON.stringify(version), RC_STANDALONE_KINDS: JSON.stringify(kinds) },
  });
  const frame = (await transform(await readFile(join(source, "web/frame/frame.js"), "utf8"), { loader: "js", minify: true, charset: "utf8" })).code;
  for (const [name, code] of [["check.js", page.outputFiles[0].text], ["frame.js", frame]]) {
    const undefinedName = /\bRC_[A-Z_]+\b/.exec(code);
    if (undefinedName) throw new Error(`${name} names ${undefinedName[0]}, which the build does not define`);
    await writeFile(join(staging, name), code);
  }
  await writeFile(join(staging, "check.css"), await minify(await readFile(join(source, "web/standalone/check.css"), "utf8"), "css"));
  await copyFile(join(source, "web/standalone/check.html"), join(staging, "check.html"));
}
// ---- end of the standalone page and the iframe mode ----

// Trunk leaves its <link data-trunk rel="rust"> in place when it injects no script.
for (const name of await readdir(staging)) {
  if (!name.endsWith(".html")) continue;
  const html = await readFile(join(staging, name), "utf8");
  await writeFile(join(staging, name), html.replace(/<link[^>]*\brel="?rust"?[^>]*>/g, ""));
}

for (const name of await readdir(staging)) {
  if (!/\.(js|mjs|wasm|css|html|json|svg)$/.test(name)) continue;
  const body = await readFile(join(staging, name));
  await writeFile(join(staging, `${name}.gz`), gzipSync(body, { level: 9 }));
  await writeFile(
    join(staging, `${name}.br`),
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
}
console.log(`finalize-dist: loader -> ${glue}, ${wasm}, ${cssName}`);
