// Reads a _headers file (the format Netlify and Cloudflare Pages read: a path pattern on a
// line of its own, then its headers indented below it, "#" comments) and answers which
// headers a path gets: every rule whose pattern matches adds its headers, in file order.
// scripts/serve.mjs applies web/hosting/_headers with it, so the tests see what is shipped.

/** The rules of `text`: [{ pattern, headers: [[name, value], ...] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether `pattern` ("/*", "/resistance-check-*", "/*.wasm") matches `path`. */
export function matches(pattern, path) {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(path);
}

/** The headers `rules` give `path`, as an object; a later rule's value replaces an earlier. */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) out[name] = value;
  }
  return out;
}
