// The widget's files, fetched from beside the loader once for the whole page: the wasm with
// its glue, and the stylesheets (the first step's rules, which the build put in the loader,
// and the whole one).
// RC_ASSETS (the glue's, wasm's and stylesheet's hashed names) and RC_STYLES are this
// build's: scripts/finalize-dist.mjs puts them in.

const base = new URL(".", import.meta.url);
const assetUrl = (name) => new URL(name, base).href;

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
    const wasm = fetch(assetUrl(RC_ASSETS.wasm)).then((response) => {
      if (!response.ok) throw new Error(`${RC_ASSETS.wasm}: HTTP ${response.status}`);
      return WebAssembly.compileStreaming(response.clone()).catch(() =>
        response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)),
      );
    });
    // Should the glue fail first, nobody awaits the wasm: keep its failure from surfacing
    // as an unhandled rejection (the error the visitor's console needs comes from start()).
    wasm.catch(() => {});
    const glueModule = import(assetUrl(RC_ASSETS.glue));
    warmUpIntl();
    const glue = await glueModule;
    await glue.default({ module_or_path: await wasm });
    return glue;
  })();
  return widgetModule;
}

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
/** The whole stylesheet, constructed; its URL where it cannot be. */
export function loadStyles() {
  const url = assetUrl(RC_ASSETS.css);
  widgetStyles ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    })
    .then((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    })
    .catch(() => url);
  return widgetStyles;
}
