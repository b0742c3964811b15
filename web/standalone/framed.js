// What check.html does when another site frames it: posts its content height to the parent
// (frame.js there sizes the iframe to it), forwards the widget's events as messages to the
// parent origins the clinic listed, and lets web links leave the frame.

const HEIGHT = "resistance-check:height";
// The widget's events (src/embed.rs, report()) and the dialog's (opened, closed: the
// loader's), forwarded by their suffix, each by its name alone.
const EVENTS = ["ready", "start", "result", "booking-click", "call-click", "open", "close"];

/**
 * Posts `{type: "resistance-check:height", height}` to the parent on every change of the
 * content's height, and again when the parent asks (frame.js does as it starts, in case it
 * came after the first report). The height is the root element's box, which follows the
 * content, not the frame's viewport, so it shrinks as well as grows; nothing on the page is
 * sized by the viewport's height, so a resized frame cannot change it again. The height is
 * not private: any origin may have it.
 */
export function reportHeight() {
  let sent = null;
  const send = (always) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!always && height === sent) return;
    sent = height;
    window.parent.postMessage({ type: HEIGHT, height }, "*");
  };
  new ResizeObserver(() => send(false)).observe(document.documentElement);
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === "resistance-check:measure") send(true);
  });
}

/**
 * Forwards the widget's events on `host` to the parent as `{type: "resistance-check:event",
 * event: "<suffix>"}`, only to `origins` (the browser drops a message whose target origin is
 * not the parent's). A result's message carries `verdict` only where the widget says it
 * may leave the page (`analyticsVerdict`: the clinic's analytics-verdict opt-in, never
 * seek_care); no message carries anything the visitor entered.
 */
export function forwardEvents(host, origins) {
  if (!origins.length) return;
  // Where the browser names the parent's origin (Chromium, Safari; "null" where the frame's
  // referrer policy hides it), only a matching entry is posted to: the browser would drop
  // the others, logging a mismatch for each.
  const parentOrigin = window.location.ancestorOrigins?.[0];
  const known = typeof parentOrigin === "string" && parentOrigin !== "null";
  const targets = known ? origins.filter((origin) => origin === parentOrigin) : origins;
  for (const name of EVENTS) {
    host.addEventListener(`resistance-check:${name}`, (event) => {
      const message = { type: "resistance-check:event", event: name };
      const verdict = event.detail?.analyticsVerdict;
      if (typeof verdict === "string") message.verdict = verdict;
      for (const origin of targets) window.parent.postMessage(message, origin);
    });
  }
}

/**
 * Web links (the booking page, the mailing list) open in the top window rather than inside
 * the frame, or in a new tab where the frame may not navigate the top window (a sandbox
 * without allow-top-navigation, where assigning top.location throws). Links that open a new
 * tab anyway (directions), tel: and mailto: links, and clicks with a modifier key keep
 * their own behaviour. Runs after the widget's own click handlers (which report the click).
 */
export function linksLeaveFrame() {
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.hasAttribute("href"));
    if (!link || !/^https?:$/.test(link.protocol) || link.target === "_blank") return;
    event.preventDefault();
    try {
      window.top.location.href = link.href;
    } catch {
      window.open(link.href, "_blank", "noopener");
    }
  });
}
