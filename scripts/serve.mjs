// A small static file server for dist/: the right MIME types, precompressed .br and .gz
// copies when the browser accepts them, and the response headers of the _headers file the
// release ships (web/hosting/_headers: CORS, a long cache for hashed files, a short one for
// the loader), so that what the tests see is what a host that reads that file sends.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { headersFor as headersOfFile, parseHeaders } from "./headers-file.mjs";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** The rules of `root`'s _headers file, else of the one the release ships. */
async function headerRules(root) {
  for (const file of [join(root, "_headers"), new URL("../web/hosting/_headers", import.meta.url)]) {
    try {
      return parseHeaders(await readFile(file, "utf8"));
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
  }
  return [];
}

/**
 * Starts a server for `root` on 127.0.0.1:`port` (0 picks a free port).
 * `headersFor(path)` may add headers to a response, e.g. a Content-Security-Policy.
 * `pages` maps extra paths to HTML text served as if they were files (for test pages), or
 * to `{body, type}` for another kind of file (a test's clinic.json).
 * `cors: false` leaves out the Access-Control-Allow-Origin header, as a host that was never
 * told about CORS would (for the builder's install check).
 */
export async function startServer({ root, port = 0, headersFor = () => ({}), pages = {}, cors = true }) {
  const base = resolve(root);
  const rules = await headerRules(base);
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    log.push({ method: req.method, url: req.url, origin: req.headers.origin ?? null });
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith("/")) path += "index.html";
    const shipped = headersOfFile(rules, path);
    if (!cors) delete shipped["Access-Control-Allow-Origin"];
    const extra = { ...(cors ? { "Access-Control-Allow-Origin": "*" } : {}), ...headersFor(path) };
    if (pages[path] !== undefined) {
      const { body, type = MIME[".html"] } = typeof pages[path] === "string" ? { body: pages[path] } : pages[path];
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store", ...extra });
      res.end(body);
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
    } catch {
      res.writeHead(404, { "Content-Type": MIME[".txt"], ...extra }).end("not found");
      return;
    }
    const type = MIME[extname(file)] ?? "application/octet-stream";
    const accepts = String(req.headers["accept-encoding"] ?? "");
    let body = null;
    let encoding = null;
    for (const [token, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (!accepts.includes(token)) continue;
      try {
        body = await readFile(file + suffix);
        encoding = token;
        break;
      } catch {
        // No precompressed copy: fall through to the plain file.
      }
    }
    body ??= await readFile(file);
    const headers = {
      "Content-Type": type,
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
      ...shipped,
      ...extra,
    };
    if (encoding) headers["Content-Encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const address = `http://127.0.0.1:${server.address().port}`;
  // close() drops idle keep-alive connections too: a browser that is still open (another
  // test's) would otherwise hold the server open until they time out.
  const close = () =>
    new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
  return { server, address, log, close };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const root = option("--root", "dist");
  // The standalone page's settings: the release ships no clinic.json (a clinic that deployed
  // one would show the demo's contacts), so the demo serves the example's where none is.
  const pages = {};
  const demoClinic = new URL("../examples/clinic.json", import.meta.url);
  try {
    await stat(join(root, "clinic.json"));
  } catch {
    pages["/clinic.json"] = { body: await readFile(demoClinic, "utf8"), type: MIME[".json"] };
  }
  const { address } = await startServer({ root, port: Number(option("--port", "8080")), pages });
  console.log(`Serving the demo clinic page at ${address}/ and its page of its own at ${address}/check.html (Ctrl-C stops it)`);
}
