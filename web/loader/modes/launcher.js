// The launcher of a mode="launcher" element: a button fixed in a bottom corner, in the
// clinic's colour, that opens the element's dialog, and a labelled × that hides it for the
// rest of the browser session (one sessionStorage entry, nothing else in it). It never
// opens the dialog by itself: only the visitor's press does.
import { crossMark } from "./words.js";

const DISMISSED = "resistance-check:v1:launcher-hidden";

const dismissed = () => {
  try {
    return sessionStorage.getItem(DISMISSED) === "1";
  } catch {
    return false;
  }
};

/**
 * Shows the launcher in `shadow` unless the visitor hid it this session. `text` is the
 * clinic's (else the words' own), `onOpen(button)` opens the dialog, `onNear` runs when a
 * pointer or the focus reaches it (the widget's download can start).
 */
export function makeLauncher(shadow, { corner, text, words, onOpen, onNear }) {
  const bar = document.createElement("div");
  bar.className = "rc-launcher";
  bar.dataset.corner = corner;
  const open = document.createElement("button");
  open.type = "button";
  open.className = "rc-launcher-open";
  open.setAttribute("aria-haspopup", "dialog");
  const hide = document.createElement("button");
  hide.type = "button";
  hide.className = "rc-launcher-hide";
  hide.append(crossMark());
  bar.append(open, hide);
  const own = text?.trim();
  const speak = (now) => {
    if (own) bar.removeAttribute("lang");
    else bar.lang = now.lang;
    if (!own) open.textContent = now.launcher;
    hide.setAttribute("aria-label", now.hide);
    hide.lang = now.lang;
  };
  if (own) open.textContent = own;
  speak(words);
  let gone = dismissed();
  bar.hidden = gone;
  open.addEventListener("click", () => onOpen(open));
  for (const type of ["pointerenter", "focus"]) open.addEventListener(type, onNear, { once: true });
  hide.addEventListener("click", () => {
    gone = true;
    bar.hidden = true;
    try {
      sessionStorage.setItem(DISMISSED, "1");
    } catch {
      // Storage refused: hidden until the page is left.
    }
  });
  shadow.append(bar);
  return {
    hide: () => {
      bar.hidden = true;
    },
    show: () => {
      bar.hidden = gone;
    },
    speak,
    /** Where the focus goes back to when the dialog closes: the launcher, while it shows. */
    button: () => (gone ? null : open),
  };
}
