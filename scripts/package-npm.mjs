// Makes the npm package of the release: a folder holding exactly what a site needs (the
// loader, the hashed glue, wasm and stylesheet with their .br and .gz copies, the snippet
// builder, the standalone page check.html and frame.js, the hosts' header files, the README's embedding sections, the changelog and the
// licence) and a package.json for it, packed by `npm pack` into
// artifacts/resistance-check-<version>.tgz: exactly what `npm publish` would upload. Nothing
// is published from here. Run after `bash scripts/build.sh`.
import { execFileSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { crateVersion } from "./crate-version.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const staging = join(root, "artifacts", "npm-package");
const out = join(root, "artifacts");

/** The version of the crate: one version for the widget, its package and its plugin. */
export const releaseVersion = () => crateVersion(root);

/** The files of dist/ a site serves: the loader and what it fetches, and the builder. */
const SHIPPED = [
  /^resistance-check\.js$/,
  /^resistance-check-[0-9a-f]{8,16}\.js$/,
  /^resistance-check-[0-9a-f]{8,16}_bg\.wasm$/,
  /^widget-[0-9a-f]{8,16}\.css$/,
  // The dialog and launcher (fetched only by pages that have one).
  /^rc-modes-[0-9a-f]{8,16}\.js$/,
  /^builder(-install)?\.(html|mjs|css)$/,
  // The builder's fields (src/clinic/attributes.rs, generated).
  /^attributes\.json$/,
  // The standalone page (its clinic.json is each clinic's own: none ships) and frame.js.
  /^check\.(html|js|css)$/,
  /^frame\.js$/,
];
const COMPRESSED = /\.(br|gz)$/;

/** The README's sections a site installing the package reads: "Embed it", up to WordPress. */
function embeddingSections(readme, version) {
  const start = readme.indexOf("\n## Embed it");
  const end = readme.indexOf("\n## WordPress");
  if (start < 0 || end < start) throw new Error('README.md has no "## Embed it" ... "## WordPress" sections');
  return `# Resistance Check ${version}\n\nA self-assessment widget for an aesthetic clinic's website. It is not medical advice and never diagnoses. The widget's source, tests and WordPress plugin live in its repository; this package holds the release's files only.\n${readme.slice(start, end)}`;
}

export async function packageNpm() {
  const version = await releaseVersion();
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const names = (await readdir(dist)).filter((name) => {
    const plain = name.replace(COMPRESSED, "");
    return SHIPPED.some((pattern) => pattern.test(plain));
  });
  for (const name of names) await cp(join(dist, name), join(staging, name));
  for (const name of ["_headers", ".htaccess", "nginx.conf"]) await cp(join(root, "web", "hosting", name), join(staging, name));
  await cp(join(root, "LICENSE"), join(staging, "LICENSE"));
  await cp(join(root, "CHANGELOG.md"), join(staging, "CHANGELOG.md"));
  await writeFile(join(staging, "README.md"), embeddingSections(await readFile(join(root, "README.md"), "utf8"), version));
  const manifest = {
    name: "resistance-check",
    version,
    description: "A private Botox resistance self-assessment widget for clinic websites: one script tag, WebAssembly, nothing the visitor enters leaves the browser.",
    license: "MIT",
    type: "module",
    main: "resistance-check.js",
    browser: "resistance-check.js",
    exports: { ".": "./resistance-check.js", "./*": "./*" },
    files: [...names, "_headers", ".htaccess", "nginx.conf", "CHANGELOG.md"].sort(),
    keywords: ["widget", "webassembly", "clinic", "botox", "self-assessment"],
  };
  await writeFile(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: staging, encoding: "utf8" });
  const [{ filename, files, size, unpackedSize }] = JSON.parse(packed);
  return { tarball: join(out, filename), version, files: files.map((file) => file.path).sort(), size, unpackedSize };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { tarball, files, size, unpackedSize } = await packageNpm();
  console.log(`wrote ${tarball.slice(root.length + 1)} (${size} bytes packed, ${unpackedSize} unpacked): ${files.length} files`);
  for (const file of files) console.log(`  ${file}`);
}
