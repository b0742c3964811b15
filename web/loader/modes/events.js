// Opening and closing, told to the page as the widget tells its other events (src/embed.rs,
// report): `resistance-check:open` / `:close` on the element, with how it happened, and the
// matching dataLayer push (`resistance_check_open` / `_close`). Nothing the visitor answered.

/** Dispatches `resistance-check:<name>` on `host` with `{ via }`, and pushes it to a dataLayer. */
export function announce(host, name, via) {
  host.dispatchEvent(new CustomEvent(`resistance-check:${name}`, { bubbles: true, composed: true, detail: { via } }));
  const layer = window.dataLayer;
  // The page's analytics must never break the dialog.
  try {
    if (Array.isArray(layer)) layer.push({ event: `resistance_check_${name}`, via });
  } catch {
    // Dropped, as the widget's own pushes are.
  }
}
