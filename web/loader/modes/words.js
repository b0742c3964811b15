// The words of the dialog's and the launcher's own controls, in the widget's languages
// (the widget's own sentences are its catalogs', src/i18n/), and the × they show.
const WORDS = {
  en: { close: "Close", launcher: "Botox wearing off? Take the check", hide: "Hide this button" },
  es: { close: "Cerrar", launcher: "¿El bótox le dura menos? Haga la prueba", hide: "Ocultar este botón" },
};

/** The words in `language` ("en" or "es"), with the language's tag. */
export const sayIn = (language) => ({ lang: language, ...(WORDS[language] ?? WORDS.en) });

/** The × of a close or hide button, hidden from assistive technology, which hears the button's label. */
export function crossMark() {
  const cross = document.createElement("span");
  cross.setAttribute("aria-hidden", "true");
  cross.textContent = "×";
  return cross;
}
