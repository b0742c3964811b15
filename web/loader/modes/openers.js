// The page's own openers: any element with data-resistance-check-open opens the pop-up
// element whose id its value names (empty: the page's only dialog). One listener on the
// document for each kind of event, so openers a single-page app adds later work too. A link
// opener whose pop-up is not there (or pressed to open a new tab) simply navigates, to the
// standalone page it points at.
const OPENER = "[data-resistance-check-open]";

// The opener an event came through, in the page or in a shadow root of the page's own.
const openerOf = (event) => event.composedPath().find((node) => node instanceof Element && node.matches(OPENER));

/**
 * Listens for openers: `find(name)` is the pop-up an opener's value names (or null),
 * `open(host, via, opener)` opens it, `warm(host)` starts its widget's download when a
 * pointer or the focus reaches an opener.
 */
export function listenForOpeners({ find, open, warm }) {
  document.addEventListener("click", (event) => {
    const opener = openerOf(event);
    if (!opener || event.defaultPrevented) return;
    const isLink = opener.matches("a[href]");
    // A new tab or window asked for: the link's own address does that.
    if (isLink && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    const host = find(opener.getAttribute("data-resistance-check-open"));
    if (!host) {
      if (!isLink) console.warn(`resistance-check ${RC_VERSION}: this opener names no dialog on the page (data-resistance-check-open="${opener.getAttribute("data-resistance-check-open")}").`);
      return;
    }
    event.preventDefault();
    open(host, isLink ? "link" : "button", opener);
  });
  for (const type of ["pointerover", "focusin"]) {
    document.addEventListener(
      type,
      (event) => {
        const opener = event.target instanceof Element ? event.target.closest(OPENER) : null;
        const host = opener && find(opener.getAttribute("data-resistance-check-open"));
        if (host) warm(host);
      },
      { passive: true },
    );
  }
}
