// What the release ships for hosts: the _headers file, read by the same parser the test
// server applies it with (so what is shipped is what every e2e test is served), and the
// headers each kind of file gets from it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { headersFor, matches, parseHeaders } from "../../scripts/headers-file.mjs";
import { DIST, serveDist } from "./harness.mjs";

const shipped = parseHeaders(await readFile(new URL("../../web/hosting/_headers", import.meta.url), "utf8"));

test("the _headers parser reads paths, headers and comments, and refuses a header under no path", () => {
  const rules = parseHeaders("# a comment\n/*\n  A: 1\n\n/x-*\n  B: two words\n");
  assert.deepEqual(rules, [
    { pattern: "/*", headers: [["A", "1"]] },
    { pattern: "/x-*", headers: [["B", "two words"]] },
  ]);
  assert.ok(matches("/x-*", "/x-1.js") && !matches("/x-*", "/x.js") && matches("/*.wasm", "/a/b.wasm"));
  assert.throws(() => parseHeaders("  A: 1\n"), /line 1/);
});

test("the shipped _headers: CORS everywhere, a short cache for the loader, immutable hashed files, wasm as application/wasm, and no header set twice", () => {
  const loader = headersFor(shipped, "/resistance-check.js");
  assert.equal(loader["Cache-Control"], "public, max-age=300");
  assert.equal(loader["Access-Control-Allow-Origin"], "*");
  for (const hashed of ["/resistance-check-0123456789abcdef.js", "/resistance-check-0123456789abcdef_bg.wasm", "/widget-0123456789abcdef.css"]) {
    assert.equal(headersFor(shipped, hashed)["Cache-Control"], "public, max-age=31536000, immutable", hashed);
  }
  assert.equal(headersFor(shipped, "/resistance-check-0123456789abcdef_bg.wasm")["Content-Type"], "application/wasm");
  // Hosts that read _headers join the values of a header two matching rules set: none does.
  for (const path of ["/resistance-check.js", "/resistance-check-0123456789abcdef_bg.wasm", "/widget-0123456789abcdef.css", "/builder.html", "/check.html", "/check.js", "/frame.js", "/clinic.json"]) {
    const names = shipped.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
    assert.equal(new Set(names).size, names.length, `${path}: ${names}`);
  }
});

test("the test server sends what the release's _headers says, for the real files of the build", async () => {
  const server = await serveDist();
  try {
    const { readdir } = await import("node:fs/promises");
    const files = await readdir(DIST);
    const wasm = files.find((name) => /_bg\.wasm$/.test(name));
    const loader = await fetch(`${server.address}/resistance-check.js`, { headers: { "Accept-Encoding": "br" } });
    assert.equal(loader.headers.get("cache-control"), "public, max-age=300");
    assert.equal(loader.headers.get("content-encoding"), "br");
    const module = await fetch(`${server.address}/${wasm}`);
    assert.equal(module.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.equal(module.headers.get("content-type"), "application/wasm");
    assert.equal(module.headers.get("access-control-allow-origin"), "*");
    // The build puts the host files beside the widget's.
    for (const name of ["_headers", ".htaccess", "nginx.conf"]) assert.ok(files.includes(name), name);
  } finally {
    await server.close();
  }
});

test("the shipped _headers let any site frame check.html, keep the page and frame.js short-lived, and ask for clinic.json afresh", () => {
  for (const path of ["/check.html", "/check.js", "/check.css", "/frame.js"]) {
    assert.equal(headersFor(shipped, path)["Cache-Control"], "public, max-age=300", path);
  }
  assert.equal(headersFor(shipped, "/clinic.json")["Cache-Control"], "no-cache");
  const framing = shipped.flatMap((rule) => rule.headers).filter(([name, value]) => /^x-frame-options$/i.test(name) || /frame-ancestors/i.test(value));
  assert.deepEqual(framing, [], "nothing stops another site framing check.html");
});
