// What the standalone page itself says, in each of the widget's languages: its title,
// description and heading (the clinic's name where it has one; the widget speaks for itself), and the fallback content the
// element shows if the widget cannot start, with the clinic's contacts or without any.

export const WORDING = {
  en: {
    title: "Is your Botox still working? A two-minute check",
    description:
      "Answer a few questions about your Botox treatments and see whether the pattern looks like a cause that can be corrected or true resistance. Your answers stay in your browser.",
    // The page's heading when clinic.json names no clinic (else the clinic's name).
    heading: "Botox self-check",
    // {phone} is the call link, {book}...{/book} the booking link.
    contact: {
      both: "Questions about your Botox? Call {phone} or {book}book a free consultation{/book}.",
      phone: "Questions about your Botox? Call {phone}.",
      book: "Questions about your Botox? {book}Book a free consultation{/book}.",
      none: "The clinic's contact details could not be loaded. Please try again later.",
    },
  },
  es: {
    title: "¿Sigue funcionando su Botox? Una comprobación de dos minutos",
    description:
      "Responda unas preguntas sobre sus tratamientos de Botox y vea si el patrón parece una causa que se puede corregir o una resistencia real. Sus respuestas se quedan en su navegador.",
    heading: "Autoevaluación de Botox",
    contact: {
      both: "¿Preguntas sobre su Botox? Llame al {phone} o {book}reserve una consulta gratuita{/book}.",
      phone: "¿Preguntas sobre su Botox? Llame al {phone}.",
      book: "¿Preguntas sobre su Botox? {book}Reserve una consulta gratuita{/book}.",
      none: "No se pudieron cargar los datos de contacto de la clínica. Vuelva a intentarlo más tarde.",
    },
  },
};
