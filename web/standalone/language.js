// The standalone page's language: asked for by the address (?lang=en or es), else the
// clinic's, else the visitor's browser, as the widget reads it (web/loader/readings.js);
// then the widget's own, once the visitor switches it, so that <html lang> and the page's
// title always name the language the page is read in.
import { spoken } from "../loader/readings.js";
import { followWidgetLanguage } from "../loader/widget-language.js";

/** The language `?lang=` asks for (null when absent), and a problem when it names one the widget does not speak. */
export function requestedLanguage(search) {
  const asked = new URLSearchParams(search).get("lang");
  if (asked === null || asked === "") return { lang: null, problem: null };
  const lang = spoken(asked);
  return {
    lang,
    problem: lang ? null : `?lang=${asked} is not a language of the widget (en, es); the clinic's or the browser's language is used`,
  };
}

/**
 * Calls `apply(lang)` with the language of the widget in `host` whenever it changes: the
 * root element of its shadow root carries `lang`, on the prerendered first step and in the
 * live widget alike.
 */
export function followLanguage(host, apply) {
  let watched = null;
  const watch = () => {
    const shadow = host.shadowRoot;
    if (!shadow || shadow === watched) return;
    watched = shadow;
    followWidgetLanguage(shadow, apply);
  };
  // The loader makes the shadow root when it meets the element, or the wasm does at mount
  // where the browser cannot construct stylesheets.
  customElements.whenDefined("resistance-check").then(watch);
  host.addEventListener("resistance-check:ready", watch);
}
