// The pop-up modes, fetched by the loader (assets.js, loadModes) only for a page with a
// <resistance-check mode="dialog"> or mode="launcher": the modal dialog that the page's
// own openers (openers.js) and the launcher open, around the first step the loader already
// put in the element's shadow root. The widget itself, its first step and its take-over
// are the loader's, the same in every mode.
//
// Its parts, one job each: dialog.js (the modal dialog), launcher.js (the floating button),
// focus-trap.js, scroll-lock.js, events.js (open and close, for the page and its analytics),
// words.js (the few words these parts say) and modes.css (their looks, built into this file).
import { colorOf, languageOf, launcherCornerOf } from "../readings.js";
import { makeDialog } from "./dialog.js";
import { makeLauncher } from "./launcher.js";
import { sayIn } from "./words.js";

let sheet = null;
try {
  sheet = new CSSStyleSheet();
  sheet.replaceSync(RC_MODES_STYLES);
} catch {
  // No constructed stylesheets: the dialog has the browser's own looks.
  sheet = null;
}

/**
 * Sets `host` up as a pop-up (`mode` "dialog" or "launcher") and returns what opens it
 * (`open(via, opener)`) and what forgets it when the element leaves the page. `warm` starts
 * the widget's download, `language` is the language the widget shows.
 */
export function attach(host, { mode, warm }) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  // After the first step's rules, whose place the widget's whole stylesheet takes.
  if (sheet) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  let launcher = null;
  const dialog = makeDialog(host, shadow, {
    words: sayIn(languageOf(host.getAttribute("lang"), navigator.language)),
    onClosed: () => launcher?.show(),
    onLanguage: (words) => launcher?.speak(words),
  });
  if (mode === "launcher") {
    // The clinic's colour while the wasm, which checks it, is not there yet.
    const color = colorOf(host.getAttribute("primary-color"));
    if (color && !host.style.getPropertyValue("--rc-primary")) host.style.setProperty("--rc-primary", color);
    launcher = makeLauncher(shadow, {
      corner: launcherCornerOf(host.getAttribute("launcher-position")),
      text: host.getAttribute("launcher-text"),
      words: dialog.words(),
      onOpen: (button) => open("launcher", button),
      onNear: warm,
    });
  }
  function open(via, opener) {
    warm();
    launcher?.hide();
    dialog.open(via, opener, () => launcher?.button());
  }
  return { open, forget: () => dialog.forget() };
}
