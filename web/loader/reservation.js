// Space is reserved before the wasm arrives so that the page below does not move when the
// widget appears (layout shift 0): the first step's height at the host's width
// (RC_FIRST_STEP_HEIGHTS, heights.js), by default or with an opt-in, whose privacy line is
// longer.
import { firstStepHeight } from "./heights.js";
import { optsIn } from "./readings.js";

/**
 * Reserves the first step's height on `host` while its widget is on its way, and returns
 * the function that gives the space back. `isMounted` says whether the widget is there.
 */
export function reserveSpace(host, record, isMounted) {
  host.style.setProperty("display", "block");
  // The width comes from the observer, which reports after the browser's own layout and
  // before it paints, so the first paint already has the space. Reading it here instead
  // would force a layout of the page before the first step could be shown (8 ms of the
  // loader's 20 on a slow phone, measured).
  let width = null;
  const reserve = () => host.style.setProperty("min-height", `${firstStepHeight(RC_FIRST_STEP_HEIGHTS, width, optsIn(host))}px`);
  // The reservation follows the host's width while the widget is on its way; once the
  // widget is there, a new width (a narrowed window, a rotated phone) releases it, since the
  // widget then lays itself out for that width and a height measured for the old one would
  // leave blank space below it (or crowd it).
  const follow = (now) => {
    if (width !== null && Math.abs(now - width) < 1) return;
    const first = width === null;
    width = now;
    if (!first && isMounted()) release();
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
  // Once the widget has taken the first step over, it has its own height: a live first step
  // shorter than the one measured at build time (a clinic without an address, fewer hours)
  // leaves no blank band below it. Released in the same task as the take-over, so no frame
  // shows the band; a live step as tall as the measured one moves nothing.
  host.addEventListener("resistance-check:ready", () => record.pressedEarly || release(), { once: true });
  host.addEventListener(
    "resistance-check:start",
    () => (record.pressedEarly ? host.addEventListener("click", release, { once: true }) : release()),
    { once: true },
  );
  return release;
}
