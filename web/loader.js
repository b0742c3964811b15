// Resistance Check loader, the one file a page includes. It finds every <resistance-check>
// element and every <div data-resistance-check>, shows each one's first step at once (HTML
// the build rendered from the widget's own Rust components), fetches the widget's wasm
// only when one of them nears the viewport, and mounts an independent widget in each,
// which takes the first step over with whatever the visitor did there. The element's own
// content is the fallback: it shows if the widget cannot start.
const ASSETS = { glue: "__RC_GLUE__", wasm: "__RC_WASM__", css: "__RC_CSS__" };
// Filled in by scripts/finalize-dist.mjs from the same build: the widget's stylesheet, and
// the first step's HTML keyed "<language>:<paths>" (src/bin/prerender.rs).
const STYLES = __RC_STYLES__;
const FIRST_STEPS = __RC_FIRST_STEPS__;
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
function loadWidget() {
  widgetModule ??= (async () => {
    // The wasm downloads beside the glue and compiles as it arrives, instead of after the
    // glue has loaded and asked for it. A server that labels it other than application/wasm
    // only loses that overlap.
    const wasm = fetch(assetUrl(ASSETS.wasm)).then((response) => {
      if (!response.ok) throw new Error(`${ASSETS.wasm}: HTTP ${response.status}`);
      return WebAssembly.compileStreaming(response.clone()).catch(() =>
        response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)),
      );
    });
    // Should the glue fail first, nobody awaits the wasm: keep its failure from surfacing
    // as an unhandled rejection (the error the visitor's console needs comes from start()).
    wasm.catch(() => {});
    const glueModule = import(assetUrl(ASSETS.glue));
    warmUpIntl();
    const glue = await glueModule;
    await glue.default({ module_or_path: await wasm });
    return glue;
  })();
  return widgetModule;
}

// Styles are constructed stylesheets that every widget on the page adopts: they apply at
// once, and a strict Content-Security-Policy (style-src 'self') refuses an inline <style>
// but not these. The first step's own rules ride in this file (STYLES); the whole
// stylesheet is fetched beside the wasm. Where stylesheets cannot be constructed, no first
// step is shown early and each widget links the file itself.
let firstStepSheet = null;
try {
  firstStepSheet = new CSSStyleSheet();
  firstStepSheet.replaceSync(STYLES);
} catch {
  firstStepSheet = null;
}
let widgetStyles = null;
function loadStyles() {
  const url = assetUrl(ASSETS.css);
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

// The widget's language and paths as its wasm will read them (src/clinic/config.rs): the
// element's lang by its primary subtag when the widget speaks it, else the browser's, else
// English; "quick", "detailed" or both. They choose which prerendered first step to show.
const spoken = (tag) => {
  const primary = (tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
  return primary === "en" || primary === "es" ? primary : null;
};
const languageOf = (host) => spoken(host.getAttribute("lang")) ?? spoken(navigator.language) ?? "en";
function pathsOf(host) {
  const words = (host.getAttribute("paths") ?? "").toLowerCase().split(/[\s,]+/);
  const quick = words.includes("quick");
  const detailed = words.includes("detailed");
  return quick === detailed ? "quick detailed" : quick ? "quick" : "detailed";
}

// Whether the host sets analytics-verdict or share-verdict, which lengthen the first step's
// privacy line. Any value but "false" counts, so a mistyped opt-in errs on the side of
// saying less and reserving more.
const optsIn = (host) =>
  ["analytics-verdict", "share-verdict"].some((name) => (host.getAttribute(name) ?? "false").trim().toLowerCase() !== "false");

// Fills `root` with the first step in `language`, keeping the boxes already ticked. The
// prerendered privacy line is the default configuration's; for a host with an opt-in only
// its first sentence (the answers stay in the browser) is true, so the rest goes until the
// wasm shows the line for the host's configuration.
function fillFirstStep(root, language, paths, optedIn) {
  const ticked = [...root.querySelectorAll("input:checked")].map((input) => input.id);
  const template = document.createElement("template");
  template.innerHTML = FIRST_STEPS[`${language}:${paths}`];
  if (optedIn) for (const claim of template.content.querySelectorAll(".rc-privacy > span + span")) claim.remove();
  root.replaceChildren(template.content);
  for (const id of ticked) root.querySelector(`[id="${id}"]`).checked = true;
}

// Shows the first step in the element's shadow root before the wasm has arrived. The
// boxes are real checkboxes; a press of the step's button is kept (the button says it is
// busy) and fetches the wasm at once; the language switch swaps in the other language. The
// wasm reads all of it when it takes over (src/embed.rs, take_over). The contact panel is
// left to the wasm, which checks the clinic's values first.
function showFirstStep(host, entry) {
  if (!firstStepSheet || host.shadowRoot?.querySelector(".rc")) return;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [firstStepSheet];
  const root = document.createElement("div");
  root.className = "rc";
  root.setAttribute("data-rc-static", "");
  const paths = pathsOf(host);
  fillFirstStep(root, languageOf(host), paths, optsIn(host));
  root.addEventListener("click", (event) => {
    const button = event.target.closest(".rc-nav button");
    if (!button || button.disabled || root.hasAttribute("data-rc-pressed")) return;
    root.setAttribute("data-rc-pressed", "");
    button.setAttribute("aria-busy", "true");
    entry.pressedEarly = true;
    start(host);
  });
  root.addEventListener("change", (event) => {
    if (event.target.id !== "rc-language") return;
    root.setAttribute("data-rc-language-chosen", "");
    fillFirstStep(root, spoken(event.target.value) ?? "en", paths, optsIn(host));
    root.querySelector("#rc-language").focus();
    if (entry.pressedEarly) root.querySelector(".rc-nav button").setAttribute("aria-busy", "true");
  });
  shadow.replaceChildren(root);
}

// A host removed before its widget started shows its own content again, as src/embed.rs
// does for a mounted one.
function showOwnContent(host) {
  if (!host.shadowRoot) return;
  host.shadowRoot.replaceChildren(document.createElement("slot"));
  host.shadowRoot.adoptedStyleSheets = [];
}

// If the widget cannot start, the element's own content (phone and booking link) shows
// below the first step, whose urgent-help wording stays readable; its controls, which
// nothing would answer now, are disabled.
function showFallback(host) {
  host.style.removeProperty("min-height");
  const root = host.shadowRoot?.querySelector(".rc[data-rc-static]");
  if (!root) return;
  for (const control of root.querySelectorAll("input, select, button")) control.disabled = true;
  root.querySelector("[aria-busy]")?.removeAttribute("aria-busy");
  host.shadowRoot.append(document.createElement("slot"));
}

// Space is reserved before the wasm arrives so that the page below does not move when the
// widget appears (layout shift 0). These are the first step's heights (host width, then the
// height in px by default and with analytics-verdict or share-verdict, whose privacy line is
// longer; English or Spanish, whichever is taller) as scripts/measure-first-step.mjs
// measures them; a host between two widths gets the narrower one's height.
const FIRST_STEP_HEIGHTS = [
  [280, 1758, 1863], [320, 1625, 1709], [335, 1507, 1591], [350, 1483, 1546],
  [374, 1426, 1510], [390, 1426, 1489], [440, 1410, 1473], [500, 1317, 1380],
  [560, 1206, 1248], [620, 1182, 1224], [660, 1021, 1053], [728, 966, 1029],
];
function firstStepHeight(host, width) {
  const column = optsIn(host) ? 2 : 1;
  let height = FIRST_STEP_HEIGHTS[0][column];
  for (const row of FIRST_STEP_HEIGHTS) {
    if (row[0] <= width) height = row[column];
  }
  return height;
}
function reserveSpace(host, entry) {
  host.style.setProperty("display", "block");
  // The width comes from the observer, which reports after the browser's own layout and
  // before it paints, so the first paint already has the space. Reading it here instead
  // would force a layout of the page before the first step could be shown (8 ms of the
  // loader's 20 on a slow phone, measured).
  let width = null;
  const reserve = () => host.style.setProperty("min-height", `${firstStepHeight(host, width)}px`);
  // The reservation follows the host's width while the widget is on its way; once the
  // widget is there, a new width (a narrowed window, a rotated phone) releases it, since the
  // widget then lays itself out for that width and a height measured for the old one would
  // leave blank space below it (or crowd it).
  const follow = (now) => {
    if (width !== null && Math.abs(now - width) < 1) return;
    const first = width === null;
    width = now;
    if (!first && hosts.get(host)?.state === "mounted") release();
    else reserve();
  };
  const resized =
    "ResizeObserver" in window
      ? new ResizeObserver(([observed]) => follow(observed.borderBoxSize?.[0]?.inlineSize ?? host.getBoundingClientRect().width))
      : null;
  const release = () => {
    resized?.disconnect();
    host.style.removeProperty("min-height");
  };
  if (resized) resized.observe(host);
  else follow(host.getBoundingClientRect().width);
  // Once the visitor moves past the first step (the start event, right after their click),
  // the widget takes its own height: a shift right after input is the visitor's doing, not
  // an unexpected one. Not on pointerdown: shrinking the page under a pressed finger can
  // move the button away before the click lands. After a press made before the wasm
  // arrived, the start event comes long after that press, so the space goes with the
  // visitor's next click instead.
  host.addEventListener(
    "resistance-check:start",
    () => (entry.pressedEarly ? host.addEventListener("click", release, { once: true }) : release()),
    { once: true },
  );
  return release;
}

// "Print or save as PDF": around window.print() the widget marks its host with
// data-rc-printing, and this page-level rule then prints that widget alone, at the top left
// of the page. A constructed stylesheet, because a strict Content-Security-Policy
// (style-src 'self') refuses an injected <style> element but not this. Browsers without
// :has() drop the rule and print the whole page.
const PRINT_RULES = `@media print {
  body:has([data-rc-printing]) * { visibility: hidden !important; }
  body:has([data-rc-printing]) [data-rc-printing],
  body:has([data-rc-printing]) [data-rc-printing] * { visibility: visible !important; }
  body:has([data-rc-printing]) [data-rc-printing] {
    position: absolute !important; left: 0 !important; top: 0 !important;
    width: 100% !important; margin: 0 !important; min-height: 0 !important;
  }
}`;
try {
  const printSheet = new CSSStyleSheet();
  printSheet.replaceSync(PRINT_RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
} catch {
  // No constructed stylesheets (old browser): printing shows the whole page.
}

// How close to the viewport a widget must come before its wasm is fetched.
const NEAR_PX = 400;
const hosts = new Map();
const nearViewport =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) {
              nearViewport.unobserve(entry.target);
              start(entry.target);
            }
          }
        },
        { rootMargin: `${NEAR_PX}px 0px` },
      )
    : null;

function attach(host) {
  if (hosts.has(host)) return;
  const entry = { state: "waiting", pressedEarly: false };
  hosts.set(host, entry);
  entry.release = reserveSpace(host, entry);
  showFirstStep(host, entry);
  // The observer's first report comes with the first frame's layout, so a widget in or near
  // view starts then; asking for its position now would force a layout of its own.
  if (nearViewport) nearViewport.observe(host);
  else start(host);
}

function detach(host) {
  const entry = hosts.get(host);
  if (!entry) return;
  hosts.delete(host);
  entry.release();
  nearViewport?.unobserve(host);
  if (entry.state === "mounted") widgetModule.then((glue) => glue.unmount(host));
  else showOwnContent(host);
}

// Loaded with `async`, this file can run while the page is still arriving: a widget's
// downloads start at once, but it mounts only once the page has been parsed, when its
// attributes, hours and fallback content are all there.
const documentParsed = () =>
  document.readyState === "loading"
    ? new Promise((parsed) => document.addEventListener("DOMContentLoaded", parsed, { once: true }))
    : null;

async function start(host) {
  const entry = hosts.get(host);
  if (!entry || entry.state !== "waiting") return;
  entry.state = "loading";
  try {
    const [styles, glue] = await Promise.all([loadStyles(), loadWidget(), documentParsed()]);
    // The element may have left the page while the wasm was on its way.
    if (hosts.get(host) !== entry || !host.isConnected) return;
    glue.mount(host, styles);
    entry.state = "mounted";
  } catch (error) {
    entry.state = "failed";
    // The space kept for the widget is given back, and no longer follows the width.
    entry.release();
    showFallback(host);
    console.error(
      "resistance-check: the widget could not start, so the element's own content (phone and booking link) stays on the page.",
      error,
    );
  }
}

if (!customElements.get("resistance-check")) {
  customElements.define(
    "resistance-check",
    class extends HTMLElement {
      connectedCallback() {
        attach(this);
      }
      disconnectedCallback() {
        detach(this);
      }
    },
  );
}

// Plain <div data-resistance-check> hosts, for page builders that strip unknown elements.
const DIV_HOSTS = "div[data-resistance-check]";
const eachDivHost = (node, act) => {
  if (!(node instanceof Element)) return;
  if (node.matches(DIV_HOSTS)) act(node);
  node.querySelectorAll(DIV_HOSTS).forEach(act);
};
document.querySelectorAll(DIV_HOSTS).forEach(attach);
new MutationObserver((records) => {
  for (const record of records) {
    record.removedNodes.forEach((node) => eachDivHost(node, (host) => host.isConnected || detach(host)));
    record.addedNodes.forEach((node) => eachDivHost(node, attach));
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// The engine, for the host page's own scripts: ResistanceCheck.assess(history) resolves to
// the assessment, or rejects with an Error that names the field at fault. checkConfig
// (attributes, hoursJson) resolves to the problems a widget with those attributes would
// log, each worded for a person (the snippet builder's validator).
window.ResistanceCheck ??= {
  assess: async (history) => (await loadWidget()).assess(history),
  checkConfig: async (attributes, hoursJson) => (await loadWidget()).checkConfig(attributes, hoursJson),
};
