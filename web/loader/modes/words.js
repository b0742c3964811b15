// The words of the dialog's and the launcher's own controls, in the widget's languages
// (the widget's own sentences are its catalogs', src/i18n/).
const WORDS = {
  en: { close: "Close", launcher: "Botox wearing off? Take the check", hide: "Hide this button" },
  es: { close: "Cerrar", launcher: "¿El bótox le dura menos? Haga la prueba", hide: "Ocultar este botón" },
};

/** The words in `language` ("en" or "es"), with the language's tag. */
export const sayIn = (language) => ({ lang: language, ...(WORDS[language] ?? WORDS.en) });
