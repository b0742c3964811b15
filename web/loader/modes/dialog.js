// The modal dialog of a pop-up element: the platform's <dialog> in the element's shadow
// root, opened with showModal() (the top layer, the page behind it inert, Esc), named by
// the step's heading, with a labelled close button. Focus goes to the step's heading on
// opening and back to what opened it on closing; the page does not scroll meanwhile. The
// widget stays in it when it closes, so its answers are there when it opens again.
import { followWidgetLanguage } from "../widget-language.js";
import { announce } from "./events.js";
import { keepTabInside } from "./focus-trap.js";
import { lockScroll } from "./scroll-lock.js";
import { crossMark, sayIn } from "./words.js";

/**
 * Moves what the shadow root shows (the loader's first step) into a new dialog there and
 * returns its controls. `onClosed` runs after each closing, `onLanguage(words)` when the
 * widget's language changes.
 */
export function makeDialog(host, shadow, { words, onClosed, onLanguage }) {
  const dialog = document.createElement("dialog");
  dialog.className = "rc-dialog";
  dialog.setAttribute("aria-labelledby", RC_HANDOVER.stepHeading);
  const bar = document.createElement("div");
  bar.className = "rc-dialog-bar";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "rc-dialog-close";
  const label = document.createElement("span");
  close.append(crossMark(), label);
  bar.append(close);
  const body = document.createElement("div");
  body.className = "rc-dialog-body";
  body.setAttribute(RC_HANDOVER.mountPoint, "");
  body.append(...shadow.childNodes);
  dialog.append(bar, body);
  shadow.append(dialog);
  keepTabInside(dialog);

  const speak = (now) => {
    words = now;
    dialog.lang = now.lang;
    label.textContent = now.close;
  };
  speak(words);
  followWidgetLanguage(body, (spoken) => {
    if (spoken === words.lang) return;
    speak(sayIn(spoken));
    onLanguage(words);
  });

  let closing = null; // how the open dialog is being closed
  let opened = null; // { opener, unlock, fallbackFocus } while open
  close.addEventListener("click", () => shut("close-button"));
  dialog.addEventListener("cancel", () => {
    closing = "escape";
  });
  // A press on the backdrop (outside the panel, on a wide screen) closes it, as people expect.
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) shut("backdrop");
  });
  dialog.addEventListener("close", () => {
    if (!opened) return;
    const { opener, unlock, fallbackFocus } = opened;
    opened = null;
    unlock();
    onClosed();
    const back = opener?.isConnected ? opener : fallbackFocus();
    back?.focus();
    announce(host, "close", closing ?? "escape");
    closing = null;
  });

  function shut(via) {
    if (!dialog.open) return;
    closing = via;
    dialog.close();
  }

  return {
    words: () => words,
    /** Opens the dialog, for `via` ("button", "link", "launcher"); `opener` gets the focus back. */
    open(via, opener, fallbackFocus) {
      if (dialog.open || !host.isConnected) return;
      opened = { opener, unlock: lockScroll(), fallbackFocus };
      dialog.showModal();
      // The step's heading names the dialog and says where the visitor is.
      dialog.querySelector(`#${RC_HANDOVER.stepHeading}`)?.focus();
      announce(host, "open", via);
    },
    /** The element left the page: the page gets its scrolling back. */
    forget() {
      opened?.unlock();
      opened = null;
    },
  };
}
