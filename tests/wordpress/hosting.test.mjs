// The release's Apache .htaccess (web/hosting/.htaccess) on a real Apache (Debian's, the
// WordPress stage's): the build served from a folder with it, as a clinic's host would, and
// the headers each file gets: application/wasm, the brotli and gzip copies with their
// encoding and the original's type, CORS, a short cache for the loader and a year, immutable,
// for the hashed files.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { freePort, waitFor } from "./site.mjs";

const run = promisify(execFile);
const DIST = resolve(import.meta.dirname, "../../dist");
const AS_ROOT = process.getuid?.() === 0;

let root;
let conf;
let address;
let files;
before(async () => {
  root = await mkdtemp(join(tmpdir(), "rc-apache-"));
  const site = join(root, "resistance-check");
  await cp(DIST, site, { recursive: true });
  await chmod(root, 0o755);
  files = await readdir(site);
  assert.ok(files.includes(".htaccess"), "the build put the .htaccess beside the files");
  const port = await freePort();
  const module = (name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`;
  conf = join(root, "apache.conf");
  await writeFile(
    conf,
    [
      module("mpm_prefork"), module("authz_core"), module("dir"), module("mime"), module("rewrite"), module("headers"),
      "ServerName 127.0.0.1", `Listen 127.0.0.1:${port}`, `PidFile ${root}/apache.pid`, `DefaultRuntimeDir ${root}`,
      `Mutex file:${root} default`, `ErrorLog ${root}/apache-error.log`, "LogLevel warn",
      ...(AS_ROOT ? ["User www-data", "Group www-data"] : []),
      "TypesConfig /etc/mime.types", `DocumentRoot ${root}`,
      "<Directory />", "  AllowOverride None", "  Require all denied", "</Directory>",
      `<Directory ${root}>`, "  AllowOverride All", "  Require all granted", "</Directory>",
      "StartServers 1", "MaxRequestWorkers 4", "",
    ].join("\n"),
  );
  await run("apache2", ["-f", conf, "-k", "start"]);
  address = `http://127.0.0.1:${port}/resistance-check`;
  await waitFor("Apache", async () => (await fetch(`${address}/resistance-check.js`)).ok);
});
after(async () => {
  if (conf) await run("apache2", ["-f", conf, "-k", "stop"]).catch(() => {});
  // Apache takes a moment to let go of its files.
  await new Promise((done) => setTimeout(done, 300));
  if (root) await rm(root, { recursive: true, force: true });
});

// "identity" when no encoding is asked for: fetch would otherwise ask for gzip itself.
const get = (name, encoding) => fetch(`${address}/${name}`, { headers: { "Accept-Encoding": encoding ?? "identity" } });

test("Apache with the release's .htaccess: the wasm as application/wasm, brotli or gzip by Accept-Encoding, CORS, and the caches", async () => {
  const wasm = files.find((name) => /_bg\.wasm$/.test(name));
  const glue = files.find((name) => /^resistance-check-[0-9a-f]{8,16}\.js$/.test(name));
  const css = files.find((name) => /^widget-[0-9a-f]{8,16}\.css$/.test(name));
  for (const [name, type] of [[wasm, "application/wasm"], [glue, "text/javascript"], [css, "text/css"]]) {
    for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"], [null, ""]]) {
      const response = await get(name, encoding);
      assert.equal(response.status, 200, `${name} ${encoding}`);
      assert.match(response.headers.get("content-type") ?? "", new RegExp(`^${type}`), `${name} ${encoding}`);
      assert.equal(response.headers.get("content-encoding"), encoding, `${name} ${encoding}`);
      assert.equal(response.headers.get("cache-control"), "public, max-age=31536000, immutable", `${name} ${encoding}`);
      assert.equal(response.headers.get("access-control-allow-origin"), "*");
      assert.match(response.headers.get("vary") ?? "", /Accept-Encoding/);
      // fetch decodes the body: it is the file itself, whichever copy was sent.
      const body = Buffer.from(await response.arrayBuffer());
      assert.ok(body.equals(await readFile(join(DIST, name))), `${name} ${encoding}: the file's own bytes`);
    }
  }
  const loader = await get("resistance-check.js", "br");
  assert.equal(loader.headers.get("content-encoding"), "br");
  assert.match(loader.headers.get("content-type") ?? "", /^text\/javascript/);
  assert.equal(loader.headers.get("cache-control"), "public, max-age=300");
});
