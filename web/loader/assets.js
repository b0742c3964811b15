// The widget's files, fetched from beside the loader once for the whole page: the wasm with
// its glue, and the stylesheets (the first step's rules, which the build put in the loader,
// and the whole one).
// RC_ASSETS (the glue's, wasm's, stylesheet's and pop-up modes' hashed names), RC_INTEGRITY (their SHA-384)
// and RC_STYLES are this build's: scripts/finalize-dist.mjs puts them in.

const base = new URL(".", import.meta.url);
const assetUrl = (name) => new URL(name, base).href;

/**
 * The response for one of the widget's files, checked against this release's SHA-384: a
 * changed or truncated file is refused, with an error that says which file and why.
 */
async function fetchChecked(name, integrity) {
  const url = assetUrl(name);
  let response;
  try {
    response = await fetch(url, { integrity });
  } catch (error) {
    // The browser says only that the fetch failed: a second look tells a file that arrived
    // but did not match from one that never arrived.
    const plain = await fetch(url, { cache: "force-cache" }).catch(() => null);
    if (plain?.ok) {
      throw new Error(`${name} failed its integrity check (not this release's file), so it was refused`);
    }
    throw new Error(`${name} could not be fetched (${error.message})`);
  }
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response;
}

// The widget reads the office's clock through Intl as it starts, and a page's first Intl
// call costs 15-30 ms while the browser loads its locale data. Paid after the page's next
// paint, while the wasm is still on its way, it holds up neither.
function warmUpIntl() {
  requestAnimationFrame(() =>
    setTimeout(() => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "numeric" }).format(0);
      } catch {
        // No Intl: the widget shows its hours without the open-now line.
      }
    }),
  );
}

let widgetModule = null;
/** The wasm-bindgen glue, its wasm instantiated: one promise for the page. */
export function loadWidget() {
  widgetModule ??= (async () => {
    // The wasm downloads beside the glue and compiles as it arrives, instead of after the
    // glue has loaded and asked for it. A server that labels it other than application/wasm
    // only loses that overlap.
    const wasm = fetchChecked(RC_ASSETS.wasm, RC_INTEGRITY.wasm).then((response) =>
      WebAssembly.compileStreaming(response.clone()).catch(() =>
        response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)),
      ),
    );
    // Should the glue fail first, nobody awaits the wasm: keep its failure from surfacing
    // as an unhandled rejection (the error the visitor's console needs comes from start()).
    wasm.catch(() => {});
    // A module import cannot carry an integrity hash: the glue is fetched and checked first,
    // and the import then takes the same (immutable, cached) file.
    const glueModule = fetchChecked(RC_ASSETS.glue, RC_INTEGRITY.glue).then(() => import(assetUrl(RC_ASSETS.glue)));
    warmUpIntl();
    const glue = await glueModule;
    await glue.default({ module_or_path: await wasm });
    return glue;
  })();
  return widgetModule;
}

let modesModule = null;
/** The dialog and launcher modes (modes/index.js, built into their own file): one promise for the page. */
export const loadModes = () =>
  (modesModule ??= fetchChecked(RC_ASSETS.modes, RC_INTEGRITY.modes).then(() => import(assetUrl(RC_ASSETS.modes))));

// Styles are constructed stylesheets that every widget on the page adopts: they apply at
// once, and a strict Content-Security-Policy (style-src 'self') refuses an inline <style>
// but not these. The first step's own rules ride in this file (RC_STYLES); the whole
// stylesheet is fetched beside the wasm. Where stylesheets cannot be constructed, no first
// step is shown early and each widget links the file itself.
export let firstStepSheet = null;
try {
  firstStepSheet = new CSSStyleSheet();
  firstStepSheet.replaceSync(RC_STYLES);
} catch {
  firstStepSheet = null;
}

let widgetStyles = null;
/** The whole stylesheet, checked and constructed; its URL where it cannot be constructed. */
export function loadStyles() {
  const url = assetUrl(RC_ASSETS.css);
  widgetStyles ??= fetchChecked(RC_ASSETS.css, RC_INTEGRITY.css)
    .then((response) => response.text())
    .then((text) => {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      } catch {
        return url;
      }
    });
  return widgetStyles;
}
