// Tab and Shift+Tab go round the dialog's own controls: from its last one to its first and
// back. The modal dialog already makes the page behind it inert; this also keeps focus from
// leaving for the browser's toolbar and coming back at the wrong end.
const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  '[tabindex]:not([tabindex="-1"])',
].join();

const shown = (element) => (element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0);

/** Keeps Tab inside `dialog` (an element of a shadow root or of the page). */
export function keepTabInside(dialog) {
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = [...dialog.querySelectorAll(FOCUSABLE)].filter(shown);
    if (!controls.length) return;
    const active = dialog.getRootNode().activeElement;
    const [first, last] = [controls[0], controls[controls.length - 1]];
    const wrapTo = event.shiftKey ? (active === first || active === dialog ? last : null) : active === last ? first : null;
    if (wrapTo) {
      event.preventDefault();
      wrapTo.focus();
    }
  });
}
