// The registry of hosts on the page and each one's state: "waiting" (first step shown, space
// reserved) until it nears the viewport or is pressed, "loading" while the wasm comes,
// then "mounted", or "failed" with the host's own content shown. One record per host.
// A pop-up host (mode="dialog" or "launcher") keeps its first step in a dialog (modes/,
// fetched for it) and starts when it is opened, or when a pointer or focus nears an opener.
import { loadModes, loadStyles, loadWidget } from "./assets.js";
import { showFallback, showFirstStep, showOwnContent } from "./first-step.js";
import { modeOf } from "./readings.js";
import { reserveSpace } from "./reservation.js";

// How close to the viewport a widget must come before its wasm is fetched.
const NEAR_PX = 400;
const hosts = new Map();
const nearViewport =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (observed) => {
          for (const { isIntersecting, target } of observed) {
            if (isIntersecting) {
              nearViewport.unobserve(target);
              start(target);
            }
          }
        },
        { rootMargin: `${NEAR_PX}px 0px` },
      )
    : null;

/** Shows the host's first step, reserves its space and starts its widget once it nears the viewport. */
export function attach(host) {
  if (hosts.has(host)) return;
  // A tag manager's tag that fires twice inserts the same snippet twice: a second element
  // with the id of one already on the page stays as it is (its own content), not a widget.
  const twin = host.id && [...hosts.keys()].find((other) => other.id === host.id && other.isConnected);
  if (twin) {
    console.warn(
      `resistance-check ${RC_VERSION}: a second element with id "${host.id}" (a tag that fired twice?) is left out.`,
    );
    host.hidden = true;
    return;
  }
  const record = { state: "waiting", pressedEarly: false, mode: modeOf(host.getAttribute("mode")) };
  hosts.set(host, record);
  if (record.mode !== "inline") {
    // A pop-up: nothing in the page; its modes (modes/index.js) put the first step in a dialog.
    record.release = () => {};
    record.popUp = loadModes().then((modes) => modes.attach(host, record, { showFirstStep, start }));
    // The error names the file that did not come; the openers then do nothing.
    record.popUp.catch(console.error);
    return;
  }
  record.release = reserveSpace(host, record, () => hosts.get(host)?.state === "mounted");
  showFirstStep(host, record, () => start(host));
  // The observer's first report comes with the first frame's layout, so a widget in or near
  // view starts then; asking for its position now would force a layout of its own.
  if (nearViewport) nearViewport.observe(host);
  else start(host);
}

/** Forgets a host that left the page: its widget is unmounted, or its own content shown again. */
export function detach(host) {
  const record = hosts.get(host);
  if (!record) return;
  hosts.delete(host);
  record.release();
  record.popUp?.then((popUp) => popUp.forget(), () => {});
  nearViewport?.unobserve(host);
  if (record.state === "mounted") loadWidget().then((glue) => glue.unmount(host));
  else showOwnContent(host);
}

// Loaded with `async`, the loader can run while the page is still arriving: a widget's
// downloads start at once, but it mounts only once the page has been parsed, when its
// attributes, hours and fallback content are all there.
const documentParsed = () =>
  document.readyState === "loading"
    ? new Promise((parsed) => document.addEventListener("DOMContentLoaded", parsed, { once: true }))
    : null;

async function start(host) {
  const record = hosts.get(host);
  if (!record || record.state !== "waiting") return;
  record.state = "loading";
  try {
    // A pop-up's widget goes in its dialog, which its modes make.
    const [styles, glue] = await Promise.all([loadStyles(), loadWidget(), documentParsed(), record.popUp]);
    // The element may have left the page while the wasm was on its way.
    if (hosts.get(host) !== record || !host.isConnected) return;
    glue.mount(host, styles);
    record.state = "mounted";
  } catch (error) {
    record.state = "failed";
    // The space kept for the widget is given back, and no longer follows the width.
    record.release();
    showFallback(host);
    console.error(
      `resistance-check ${RC_VERSION}: the widget could not start (${error?.message ?? error}), so the element's own content (phone and booking link) stays on the page.`,
    );
  }
}
