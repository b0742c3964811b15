// The language a widget shows, followed: the lang of its layout (the loader's first step's,
// then the live widget's), which the visitor's switch changes. The dialog's own controls
// (modes/dialog.js) and the standalone page's <html lang> and title (standalone/language.js)
// speak it.
import { spoken } from "./readings.js";

/** Calls `apply(lang)` ("en" or "es") now and whenever the language of the widget under `root` changes. */
export function followWidgetLanguage(root, apply) {
  let current = null;
  const read = () => {
    const lang = spoken(root.querySelector("[lang]")?.getAttribute("lang"));
    if (!lang || lang === current) return;
    current = lang;
    apply(lang);
  };
  new MutationObserver(read).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["lang"] });
  read();
}
