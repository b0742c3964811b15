// The pop-up modes, fetched by the loader (assets.js, loadModes) only for a page with a
// <resistance-check mode="dialog"> or mode="launcher": the modal dialog that the page's
// own openers (openers.js) and the launcher open, around the first step the loader already
// put in the element's shadow root. The widget itself, its first step and its take-over
// are the loader's, the same in every mode.
//
// Its parts, one job each: openers.js (the page's own buttons and links), dialog.js (the
// modal dialog), launcher.js (the floating button), focus-trap.js, scroll-lock.js, events.js
// (open and close, for the page and its analytics), words.js (the few words these parts
// say) and modes.css (their looks, built into this file).
import { colorOf, languageOf, launcherCornerOf } from "../readings.js";
import { makeDialog } from "./dialog.js";
import { makeLauncher } from "./launcher.js";
import { listenForOpeners } from "./openers.js";
import { sayIn } from "./words.js";

// The pop-up elements on the page: element -> { mode, open, warm }.
const popUps = new Map();

/** The pop-up an opener names: the element with that id, or with no name the page's only dialog. */
function popUpNamed(name) {
  const hosts = [...popUps.keys()].filter((host) => host.isConnected);
  if (name) return hosts.find((host) => host.id === name) ?? null;
  const dialogs = hosts.filter((host) => popUps.get(host).mode === "dialog");
  const only = dialogs.length === 1 ? dialogs : hosts.length === 1 ? hosts : [];
  return only[0] ?? null;
}

listenForOpeners({
  find: popUpNamed,
  open: (host, via, opener) => popUps.get(host)?.open(via, opener),
  warm: (host) => popUps.get(host)?.warm(),
});

let sheet = null;
try {
  sheet = new CSSStyleSheet();
  sheet.replaceSync(RC_MODES_STYLES);
} catch {
  // No constructed stylesheets: the dialog has the browser's own looks.
  sheet = null;
}

/**
 * Sets `host` up as a pop-up (its loader `record`'s mode, "dialog" or "launcher") and
 * returns what opens it (`open(via, opener)`) and what forgets it when the element leaves
 * the page. `showFirstStep` and `start` are the loader's (first-step.js, hosts.js): the
 * first step, and the widget's download and mount.
 */
export function attach(host, record, { showFirstStep, start }) {
  const { mode } = record;
  const warm = () => start(host);
  host.style.setProperty("display", "contents");
  showFirstStep(host, record, warm);
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
  const popUp = {
    mode,
    open,
    warm,
    forget: () => {
      popUps.delete(host);
      dialog.forget();
    },
  };
  popUps.set(host, popUp);
  return popUp;
}
