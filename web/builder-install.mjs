// "Test the install": fetches the loader and the files it names from the given address the
// way a clinic's page on another site would, and says plainly what works and what to change
// on the host. The cross-site fetches run in a sandboxed frame, whose origin is opaque, so
// that every request is a CORS request whatever origin the builder itself is on.

// The files a build's loader names (scripts/finalize-dist.mjs writes them into it).
const FILES = [
  { pattern: /resistance-check-[0-9a-f]+_bg\.wasm/, what: "the widget's wasm", wasm: true },
  { pattern: /resistance-check-[0-9a-f]+\.js/, what: "the widget's script" },
  { pattern: /widget-[0-9a-f]+\.css/, what: "the widget's stylesheet" },
];

const CORS_FIX =
  "On the host, add the response header Access-Control-Allow-Origin: * to the widget's files " +
  "(nginx: add_header Access-Control-Allow-Origin *; Apache: Header set Access-Control-Allow-Origin \"*\"; " +
  "S3 or a CDN: a CORS rule that allows GET from any origin).";
const LOADER_CACHE_FIX =
  "Give resistance-check.js a short lifetime, Cache-Control: public, max-age=300 (the release's _headers, .htaccess and nginx.conf do), so that a new release reaches pages within minutes.";
const HASHED_CACHE_FIX =
  "Send Cache-Control: public, max-age=31536000, immutable for the files with a content hash in their names (the release's _headers, .htaccess and nginx.conf do): they never change, so browsers need not ask again.";
const DAY_SECONDS = 86_400;
const YEAR_SECONDS = 31_536_000;

/** The lifetime a Cache-Control value gives, in seconds (0 for no-cache or no-store). */
function lifetime(cacheControl) {
  if (/no-cache|no-store/i.test(cacheControl)) return 0;
  const maxAge = cacheControl.match(/max-age\s*=\s*(\d+)/i);
  return maxAge ? Number(maxAge[1]) : null;
}

/** "2 hours", "30 days": a lifetime as a person reads it. */
function duration(seconds) {
  for (const [unit, size] of [["year", YEAR_SECONDS], ["day", DAY_SECONDS], ["hour", 3600], ["minute", 60]]) {
    if (seconds >= size) {
      const n = Math.round(seconds / size);
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    }
  }
  return `${seconds} seconds`;
}

const WASM_FIX =
  "Serve .wasm files as application/wasm (nginx: application/wasm wasm; in mime.types; Apache: AddType application/wasm .wasm).";

/** Runs `fetches` (url -> {status, type, text?} or {blocked}) in a frame with an opaque origin. */
function fetchFromAnotherSite(urls, withText) {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.hidden = true;
  frame.title = "Install check";
  const script = `
    const urls = ${JSON.stringify(urls)};
    Promise.all(urls.map(async (url, i) => {
      try {
        const response = await fetch(url, { cache: "no-store" });
        const text = ${JSON.stringify(withText)} && i === 0 && response.ok ? await response.text() : "";
        const cache = response.headers.get("cache-control") ?? "";
        return { status: response.status, type: response.headers.get("content-type") ?? "", cache, text };
      } catch (error) {
        return { blocked: true };
      }
    })).then((results) => parent.postMessage({ installCheck: results }, "*"));`;
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><script>${script.replace(/<\//g, "<\\/")}</script>`;
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(urls.map(() => ({ blocked: true, timedOut: true }))), 20_000);
    function finish(results) {
      clearTimeout(timer);
      window.removeEventListener("message", onMessage);
      frame.remove();
      resolve(results);
    }
    function onMessage(event) {
      if (event.source === frame.contentWindow && event.data?.installCheck) finish(event.data.installCheck);
    }
    window.addEventListener("message", onMessage);
    document.body.append(frame);
  });
}

/** Whether anything answers at `url` at all (an opaque answer counts), as seen from here. */
async function reachable(url) {
  try {
    await fetch(url, { mode: "no-cors", cache: "no-store" });
    return true;
  } catch {
    return false;
  }
}

/** The checks, as lines of {ok, text}; the first failing step ends the list. */
export async function checkInstall(address) {
  const lines = [];
  const good = (text) => lines.push({ ok: true, text });
  const bad = (text) => {
    lines.push({ ok: false, text });
    return lines;
  };
  let loader;
  try {
    loader = new URL(address);
    if (!/^https?:$/.test(loader.protocol)) throw new Error("scheme");
  } catch {
    return bad("The loader address is not a whole web address: it starts with https:// and ends with resistance-check.js.");
  }
  if (!(await reachable(loader.href))) {
    return bad(`Nothing answered at ${loader.host}. Check the address for typos, and that the server is up and reachable from the internet.`);
  }
  const [answer] = await fetchFromAnotherSite([loader.href], true);
  if (answer.blocked) {
    return bad(`The server at ${loader.host} answers, but not to other sites: it sends no CORS header (Access-Control-Allow-Origin), so a clinic page elsewhere would show only the fallback sentence. ${CORS_FIX}`);
  }
  if (answer.status !== 200) {
    return bad(`The server answered HTTP ${answer.status} for the loader: there is no file at this address. Check the path: it points at resistance-check.js in the folder where you uploaded the build (dist/).`);
  }
  good(`The loader is reachable from other sites (CORS allowed).`);
  const loaderLifetime = lifetime(answer.cache);
  if (/immutable/i.test(answer.cache) || (loaderLifetime ?? 0) > DAY_SECONDS) {
    const how = /immutable/i.test(answer.cache) ? "as immutable" : `for ${duration(loaderLifetime)}`;
    bad(`The loader is cached ${how} (Cache-Control: ${answer.cache}): a new release would not reach pages for that long, and a page could mix it with files of the old one. ${LOADER_CACHE_FIX}`);
  }
  if (!/javascript|ecmascript/i.test(answer.type)) {
    bad(`The loader is served as "${answer.type || "no type"}", and browsers run module scripts only when served as text/javascript. Serve .js files as text/javascript.`);
  }
  const names = FILES.map((file) => answer.text.match(file.pattern)?.[0]);
  if (names.some((name) => !name)) {
    return bad("The file at this address is not the widget's loader (it names none of the widget's files). Point the address at resistance-check.js of the build.");
  }
  const urls = names.map((name) => new URL(name, loader).href);
  const results = await fetchFromAnotherSite(urls, false);
  FILES.forEach((file, i) => {
    const result = results[i];
    if (result.blocked) bad(`${capitalised(file.what)} (${names[i]}) is not served to other sites: no CORS header. ${CORS_FIX}`);
    else if (result.status !== 200) bad(`${capitalised(file.what)} (${names[i]}) is missing: HTTP ${result.status}. Upload every file of the build's dist/ folder beside the loader.`);
    else if (file.wasm && result.type.split(";")[0].trim() !== "application/wasm") {
      bad(`The wasm is served as "${result.type || "no type"}", not application/wasm, so browsers load it more slowly or refuse it. ${WASM_FIX}`);
    } else {
      good(`${capitalised(file.what)} is reachable from other sites${file.wasm ? ", as application/wasm" : ""}.`);
      if (!/immutable/i.test(result.cache) || (lifetime(result.cache) ?? 0) < YEAR_SECONDS) {
        bad(`${capitalised(file.what)} (${names[i]}) is sent with Cache-Control: ${result.cache || "none"}, so browsers ask for it again. ${HASHED_CACHE_FIX}`);
      }
    }
  });
  return lines;
}

const capitalised = (text) => text[0].toUpperCase() + text.slice(1);

/** Runs the checks and writes their outcome into `report`. */
export async function testInstall(address, report) {
  report.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Testing the install…" }));
  const lines = await checkInstall(address);
  const failed = lines.filter((line) => !line.ok).length;
  const headline = document.createElement("p");
  headline.className = failed ? "install-bad" : "install-good";
  headline.textContent = failed
    ? `${failed === 1 ? "One thing" : `${failed} things`} to fix on the host before the snippet works on another site:`
    : "The install works: pages on other sites can load the widget from this address.";
  const list = document.createElement("ul");
  for (const line of lines) {
    const item = document.createElement("li");
    item.className = line.ok ? "ok" : "not-ok";
    item.textContent = `${line.ok ? "✓" : "✗"} ${line.text}`;
    list.append(item);
  }
  report.replaceChildren(headline, list);
}
