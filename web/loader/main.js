// Resistance Check loader, the one file a page includes (bundled by scripts/finalize-dist.mjs
// into resistance-check.js with the build's values). It finds every <resistance-check>
// element and every <div data-resistance-check>, shows each one's first step at once (HTML
// the build rendered from the widget's own Rust components), fetches the widget's wasm only
// when one of them nears the viewport, and mounts an independent widget in each, which takes
// the first step over with whatever the visitor did there. The element's own content is the
// fallback: it shows if the widget cannot start. A mode="dialog" or mode="launcher" element
// shows nothing in the page: its first step waits in a modal dialog that the page's own
// openers (data-resistance-check-open) or its floating launcher open (modes/, a file of its
// own fetched only for such a page).
//
// Its parts, one job each: assets.js (the wasm, glue, stylesheets and modes), hosts.js (the
// hosts and their states), first-step.js, reservation.js with heights.js (the space kept),
// readings.js (the host's configuration as the loader reads it), print.js.
import { loadWidget } from "./assets.js";
import { attach, detach } from "./hosts.js";
// The page's print rule, adopted as the module loads.
import "./print.js";

// One loader a page: a second copy (the snippet added twice, from another address or
// release) leaves the first in charge, so no element becomes two widgets.
if (window.ResistanceCheck) {
  console.warn(
    `resistance-check ${RC_VERSION}: a loader already runs on this page; this copy does nothing.`,
  );
} else {
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
  window.ResistanceCheck = {
    version: RC_VERSION,
    assess: async (history) => (await loadWidget()).assess(history),
    checkConfig: async (attributes, hoursJson) => (await loadWidget()).checkConfig(attributes, hoursJson),
  };
}
