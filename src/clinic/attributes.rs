//! Every attribute of the embed element, declared once: its name, kind, limits, default,
//! whether the widget needs it, and its label, help and placeholder in each language. The
//! snippet builder, the WordPress plugin (settings, block and editor) and the README's table
//! read it through the generated `integrations/wordpress/attributes.json`
//! (tests/attributes.rs writes it and fails when it is stale). Reading a value stays with
//! `config` and its rule with `rules`; tests/attributes.rs holds the three to this table.
//! Nothing in the wasm reads this table, so it costs the widget no bytes.
//!
//! Adding an attribute: an entry here; its reading in `config` (with a rule in `rules` if
//! no existing one fits); its samples in tests/wordpress_rules.rs and its stored form in
//! tests/stored/mod.rs; then `UPDATE_ATTRIBUTES=1 cargo test --test attributes` and
//! `RC_WRITE_WORDPRESS_CASES=1 cargo test --test wordpress_rules`. The builder, the plugin
//! and the README follow from the generated files; only a new `Kind` also needs its control
//! in web/builder.mjs and its port in includes/rules.php (the conformance check says so).

/// A sentence in each of the widget's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub es: &'static str,
}

/// No text in either language.
const NONE: Text = Text { en: "", es: "" };

/// Which rule checks the value, and so which control the forms offer for it. The names
/// are the kinds of the plugin's port of the rules (includes/rules.php).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text of at most `Attribute::max` characters.
    Text,
    Phone,
    /// An absolute http(s) address (`rules::booking_url`).
    Url,
    TimeZone,
    Lang,
    HourCycle,
    Color,
    /// Whole pixels from `Attribute::min` to `Attribute::max`.
    Radius,
    Paths,
    Params,
    /// An opt-in: present (or "true") turns it on.
    Flag,
    /// On unless "off" (or "false").
    OffSwitch,
    /// The number dialled in an emergency: `Attribute::min` to `Attribute::max` digits.
    EmergencyNumber,
    /// A heading level from `Attribute::min` to `Attribute::max`, as a digit or `h2`.
    HeadingLevel,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Phone => "phone",
            Kind::Url => "url",
            Kind::TimeZone => "time-zone",
            Kind::Lang => "lang",
            Kind::HourCycle => "hour-cycle",
            Kind::Color => "color",
            Kind::Radius => "radius",
            Kind::Paths => "paths",
            Kind::Params => "params",
            Kind::Flag => "flag",
            Kind::OffSwitch => "off-switch",
            Kind::EmergencyNumber => "emergency-number",
            Kind::HeadingLevel => "heading-level",
        }
    }
}

/// Where the forms group an attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Clinic,
    Look,
    Analytics,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Clinic, Section::Look, Section::Analytics];

    pub fn id(self) -> &'static str {
        match self {
            Section::Clinic => "clinic",
            Section::Look => "look",
            Section::Analytics => "analytics",
        }
    }

    pub fn title(self) -> Text {
        match self {
            Section::Clinic => Text {
                en: "Clinic",
                es: "Clínica",
            },
            Section::Look => Text {
                en: "Wording and look",
                es: "Texto y aspecto",
            },
            Section::Analytics => Text {
                en: "Booking link and analytics",
                es: "Enlace de reserva y analítica",
            },
        }
    }
}

/// One value a select offers for an attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: Text,
}

/// One attribute of `<resistance-check>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    pub kind: Kind,
    pub section: Section,
    /// The widget reports it when it is missing (a warning, or an error for a contact).
    pub required: bool,
    /// Text: the most characters; a radius: the most pixels. 0: no limit of its own.
    pub max: u16,
    /// A radius: the fewest pixels.
    pub min: u16,
    /// The value the widget uses when the attribute is absent, written as the plugin stores
    /// it ("" for nothing, "1" for an opt-in that is on).
    pub default: &'static str,
    /// The values a select offers, where there is a fixed few.
    pub choices: &'static [Choice],
    pub label: Text,
    pub help: Text,
    pub placeholder: Text,
    /// The README's "value" and "default" columns (English; the README is).
    pub readme_value: &'static str,
    pub readme_default: &'static str,
}

/// An attribute with no limits, choices, help or placeholder: the entries below say only
/// what differs.
const BASE: Attribute = Attribute {
    name: "",
    kind: Kind::Text,
    section: Section::Clinic,
    required: false,
    max: 0,
    min: 0,
    default: "",
    choices: &[],
    label: NONE,
    help: NONE,
    placeholder: NONE,
    readme_value: "",
    readme_default: "",
};

/// The contact of the sentence a page shows when the widget cannot start (the snippet's
/// and the plugin's fallback): `{phone}` is the call link, `{book}` … `{/book}` the booking
/// link around its words, `{who}` the doctor, else the clinic's name.
pub const FALLBACK: Text = Text {
    en: "Questions about your Botox? Call {phone} or {book}book a free consultation with {who}{/book}.",
    es: "¿Preguntas sobre su Botox? Llame al {phone} o {book}reserve una consulta gratuita con {who}{/book}.",
};

const CTA_TEXT_MAX: u16 = 80;

/// Every attribute, in the order the forms and the README list them.
pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "clinic-name",
        required: true,
        max: 80,
        label: Text {
            en: "Clinic name",
            es: "Nombre de la clínica",
        },
        help: Text {
            en: "Shown beside the office hours.",
            es: "Se muestra junto al horario.",
        },
        placeholder: Text {
            en: "e.g. Sunset Skin Clinic",
            es: "p. ej., Clínica Sunset Skin",
        },
        readme_value: "the clinic's name, up to 80 characters",
        readme_default: "none: no name is shown (a warning)",
        ..BASE
    },
    Attribute {
        name: "doctor",
        max: 80,
        label: Text {
            en: "Doctor",
            es: "Médico",
        },
        help: Text {
            en: "Who the consultation is with. Empty: the clinic's name.",
            es: "Con quién es la consulta. Vacío: el nombre de la clínica.",
        },
        placeholder: Text {
            en: "e.g. Dr. Rivera",
            es: "p. ej., Dra. Rivera",
        },
        readme_value: "who the consultation is with, up to 80 characters",
        readme_default: "the clinic's name (\"our team\" without one)",
        ..BASE
    },
    Attribute {
        name: "phone",
        kind: Kind::Phone,
        required: true,
        label: Text {
            en: "Phone",
            es: "Teléfono",
        },
        help: Text {
            en: "As displayed: 7 to 15 digits with spaces, ( ) - . and a leading +.",
            es: "Como se muestra: de 7 a 15 dígitos con espacios, ( ) - . y un + inicial.",
        },
        placeholder: Text {
            en: "e.g. (818) 555-0142",
            es: "p. ej., (818) 555-0142",
        },
        readme_value: "as displayed: 7 to 15 digits with spaces, `( ) - .` and a leading `+`; no letters. The `tel:` links use the international form where the number allows it (a leading `+`, 11 digits starting with 1, or 10 digits in a US or Canadian `time-zone`: `tel:+18185550142`)",
        readme_default: "the text of the element's own first `tel:` link, else none: no call link (an error)",
        ..BASE
    },
    Attribute {
        name: "booking-url",
        kind: Kind::Url,
        required: true,
        label: Text {
            en: "Booking page",
            es: "Página de reservas",
        },
        help: Text {
            en: "Where \"Book a free consultation\" goes: an absolute https:// (or http://) address.",
            es: "Adónde lleva «Reserve una consulta gratuita»: una dirección completa https:// (o http://).",
        },
        placeholder: Text {
            en: "e.g. https://www.sunsetskin.com/book",
            es: "p. ej., https://www.sunsetskin.com/reservas",
        },
        readme_value: "an absolute `https:` or `http:` URL, as the browser's URL parser reads it; `javascript:`, `data:`, relative URLs, ones without `https://` and ones with a user name are refused",
        readme_default: "the element's own first web link (relative ones resolved against the page), else none: no booking button (an error)",
        ..BASE
    },
    Attribute {
        name: "address",
        max: 200,
        label: Text {
            en: "Address",
            es: "Dirección",
        },
        help: Text {
            en: "Shown with the office hours.",
            es: "Se muestra con el horario.",
        },
        placeholder: Text {
            en: "e.g. 16000 Ventura Blvd, Encino, CA",
            es: "p. ej., Calle Mayor 1, Madrid",
        },
        readme_value: "shown with the hours, up to 200 characters",
        readme_default: "none",
        ..BASE
    },
    Attribute {
        name: "directions",
        kind: Kind::OffSwitch,
        default: "on",
        choices: &[
            Choice {
                value: "on",
                label: Text { en: "On", es: "Sí" },
            },
            Choice {
                value: "off",
                label: Text { en: "Off", es: "No" },
            },
        ],
        label: Text {
            en: "Link the address to directions",
            es: "Enlazar la dirección a cómo llegar",
        },
        help: Text {
            en: "A \"Directions in your maps app\" link under the address: a Google Maps search for the clinic's name and address. Empty: on.",
            es: "Un enlace «Cómo llegar en su app de mapas» bajo la dirección: una búsqueda en Google Maps del nombre y la dirección de la clínica. Vacío: sí.",
        },
        readme_value: "`off` (or `false`): the address has no \"Directions in your maps app\" link (a Google Maps search for the clinic's name and address, which opens the phone's maps app)",
        readme_default: "on",
        ..BASE
    },
    Attribute {
        name: "mailing-list-url",
        kind: Kind::Url,
        label: Text {
            en: "Mailing list page",
            es: "Página de la lista de correo",
        },
        help: Text {
            en: "Adds a \"Join our mailing list\" link to the contact panel: an absolute https:// (or http://) address. A plain link: nothing the visitor entered goes with it. Empty: no link.",
            es: "Añade un enlace «Únase a nuestra lista de correo» al panel de contacto: una dirección completa https:// (o http://). Un enlace sin más: nada de lo que escribió el visitante va con él. Vacío: sin enlace.",
        },
        placeholder: Text {
            en: "e.g. https://www.sunsetskin.com/newsletter",
            es: "p. ej., https://www.sunsetskin.com/boletin",
        },
        readme_value: "a \"Join our mailing list\" link in the contact panel, checked as `booking-url` is; a plain link: nothing the visitor entered goes with it",
        readme_default: "none",
        ..BASE
    },
    Attribute {
        name: "emergency-number",
        kind: Kind::EmergencyNumber,
        min: 2,
        max: 6,
        label: Text {
            en: "Emergency number",
            es: "Número de emergencias",
        },
        help: Text {
            en: "The number visitors dial in an emergency, as it is dialled (2 to 6 digits). Empty: the number of the office's country, from its time zone (911 in the United States, Canada and Mexico, 112 in the European Union, 999 in the United Kingdom, 000 in Australia), else \"your local emergency number\".",
            es: "El número que marcan los visitantes en una emergencia, tal como se marca (de 2 a 6 cifras). Vacío: el del país de la consulta, según su zona horaria (911 en Estados Unidos, Canadá y México, 112 en la Unión Europea, 999 en el Reino Unido, 000 en Australia); si no, «el número de emergencias de su zona».",
        },
        placeholder: Text {
            en: "e.g. 112",
            es: "p. ej., 112",
        },
        readme_value: "the number visitors dial in an emergency, 2 to 6 digits (`112`); the safety screen and the \"get medical help now\" screen link it (`tel:`)",
        readme_default: "the number of the office's country from `time-zone` (911 in the United States, Canada and Mexico, 112 in the European Union, 999 in the United Kingdom, 000 in Australia), else none: \"your local emergency number\", no link (`docs/rules.md`)",
        ..BASE
    },
    Attribute {
        name: "time-zone",
        kind: Kind::TimeZone,
        required: true,
        label: Text {
            en: "Time zone",
            es: "Zona horaria",
        },
        help: Text {
            en: "The office's IANA time zone, e.g. America/Los_Angeles or Europe/Madrid: \"open now\" and \"today\" are the office's.",
            es: "La zona horaria IANA de la consulta, p. ej., America/Los_Angeles o Europe/Madrid: «abierto ahora» y «hoy» son los de la consulta.",
        },
        // The builder's time-zone select shows it as its empty choice.
        placeholder: Text {
            en: "Choose the office's time zone",
            es: "Elija la zona horaria de la consulta",
        },
        readme_value: "the office's IANA time zone that the browser knows (`Europe/Madrid`); \"today\" and \"open now\" are the office's",
        readme_default: "none: no \"open now\" line (a warning)",
        ..BASE
    },
    Attribute {
        name: "lang",
        kind: Kind::Lang,
        section: Section::Look,
        default: "auto",
        choices: &[
            Choice {
                value: "auto",
                label: Text {
                    en: "The visitor's browser language",
                    es: "El idioma del navegador del visitante",
                },
            },
            Choice {
                value: "en",
                label: Text {
                    en: "English",
                    es: "English",
                },
            },
            Choice {
                value: "es",
                label: Text {
                    en: "Español",
                    es: "Español",
                },
            },
        ],
        label: Text {
            en: "Language",
            es: "Idioma",
        },
        readme_value: "`en`, `es` (any BCP 47 tag of those) or `auto`",
        readme_default: "`auto`: the visitor's browser language, else English",
        ..BASE
    },
    Attribute {
        name: "cta-text",
        section: Section::Look,
        max: CTA_TEXT_MAX,
        label: Text {
            en: "Booking button text",
            es: "Texto del botón de reserva",
        },
        help: Text {
            en: "Empty: \"Book a free consultation with\" the doctor, in the visitor's language.",
            es: "Vacío: «Reserve una consulta gratuita con» y el médico, en el idioma del visitante.",
        },
        placeholder: Text {
            en: "Book a free consultation with …",
            es: "Reserve una consulta gratuita con …",
        },
        readme_value: "the booking button's text, up to 80 characters",
        readme_default: "\"Book a free consultation with {doctor}\"",
        ..BASE
    },
    Attribute {
        name: "cta-text-en",
        section: Section::Look,
        max: CTA_TEXT_MAX,
        label: Text {
            en: "Booking button text in English",
            es: "Texto del botón de reserva en inglés",
        },
        help: Text {
            en: "For visitors who get the widget in English. Empty: the booking button text above, else the widget's own English text.",
            es: "Para los visitantes que ven el widget en inglés. Vacío: el texto del botón de reserva de arriba o, si no, el texto en inglés del propio widget.",
        },
        placeholder: Text {
            en: "e.g. Book a free consultation",
            es: "p. ej., Book a free consultation",
        },
        readme_value: "the booking button's text for visitors who get the widget in English, up to 80 characters; it wins over `cta-text` for them",
        readme_default: "`cta-text`, else \"Book a free consultation with {doctor}\"",
        ..BASE
    },
    Attribute {
        name: "cta-text-es",
        section: Section::Look,
        max: CTA_TEXT_MAX,
        label: Text {
            en: "Booking button text in Spanish",
            es: "Texto del botón de reserva en español",
        },
        help: Text {
            en: "For visitors who get the widget in Spanish. Empty: the booking button text above, else the widget's own Spanish text.",
            es: "Para los visitantes que ven el widget en español. Vacío: el texto del botón de reserva de arriba o, si no, el texto en español del propio widget.",
        },
        placeholder: Text {
            en: "e.g. Reserve una consulta gratuita",
            es: "p. ej., Reserve una consulta gratuita",
        },
        readme_value: "the booking button's text for visitors who get the widget in Spanish, up to 80 characters; it wins over `cta-text` for them",
        readme_default: "`cta-text`, else \"Reserve una consulta gratuita con {doctor}\"",
        ..BASE
    },
    Attribute {
        name: "hour-cycle",
        kind: Kind::HourCycle,
        section: Section::Look,
        default: "h12",
        choices: &[
            Choice {
                value: "h12",
                label: Text {
                    en: "12-hour (5:00 pm)",
                    es: "12 horas (5:00 p. m.)",
                },
            },
            Choice {
                value: "h23",
                label: Text {
                    en: "24-hour (17:00)",
                    es: "24 horas (17:00)",
                },
            },
        ],
        label: Text {
            en: "Clock for the office hours",
            es: "Reloj del horario",
        },
        help: Text {
            en: "How the office hours are written, in every language. Empty: 12-hour.",
            es: "Cómo se escribe el horario, en todos los idiomas. Vacío: 12 horas.",
        },
        readme_value: "the office's clock, for every language: `h12` (\"5:00 pm\", \"5:00 p. m.\") or `h23` (\"17:00\"); Intl's `h11` and `h24` are read as those",
        readme_default: "`h12`, as visitors in the United States read times in English and in Spanish",
        ..BASE
    },
    Attribute {
        name: "primary-color",
        kind: Kind::Color,
        section: Section::Look,
        default: super::rules::DEFAULT_PRIMARY_COLOR,
        label: Text {
            en: "Main colour",
            es: "Color principal",
        },
        help: Text {
            en: "#rgb or #rrggbb: buttons have white text on it, which must be readable (contrast 4.5:1). Empty: the widget's teal, #1f6f78.",
            es: "#rgb o #rrggbb: los botones llevan texto blanco sobre él, que debe leerse bien (contraste 4,5:1). Vacío: el verde azulado del widget, #1f6f78.",
        },
        placeholder: Text {
            en: "#1f6f78",
            es: "#1f6f78",
        },
        readme_value: "`#rgb` or `#rrggbb` with white text readable on it, and itself readable as link text on the widget's pale panel (contrast 4.5:1); a lighter one is replaced by its lightest shade that passes (`#ffff66` → `#76762f`, a warning)",
        readme_default: "`#1f6f78`",
        ..BASE
    },
    Attribute {
        name: "corner-radius",
        kind: Kind::Radius,
        section: Section::Look,
        min: 0,
        max: super::rules::MAX_CORNER_RADIUS_PX as u16,
        default: "8",
        label: Text {
            en: "Corner radius (px)",
            es: "Radio de las esquinas (px)",
        },
        help: Text {
            en: "0 to 24 (px). Empty: 8.",
            es: "De 0 a 24 (px). Vacío: 8.",
        },
        placeholder: Text { en: "8", es: "8" },
        readme_value: "0 to 24, px",
        readme_default: "`8`",
        ..BASE
    },
    Attribute {
        name: "heading-level",
        kind: Kind::HeadingLevel,
        section: Section::Look,
        min: 1,
        max: 4,
        default: "2",
        label: Text {
            en: "Heading level",
            es: "Nivel de los títulos",
        },
        help: Text {
            en: "The level of the widget's step headings in your page's outline, 1 to 4: 2 when the widget sits under the page's main heading (h1), 3 under a section's h2. Its other headings follow one level deeper.",
            es: "El nivel de los títulos de los pasos del widget en el esquema de su página, de 1 a 4: 2 cuando el widget está bajo el título principal (h1), 3 bajo un h2 de una sección. Sus demás títulos siguen un nivel más abajo.",
        },
        placeholder: Text {
            en: "2",
            es: "2",
        },
        readme_value: "the level of the step headings in the host page's outline, 1 to 4 (`3`, or `h3`); the widget's other headings go down one level at a time from it",
        readme_default: "`2`",
        ..BASE
    },
    Attribute {
        name: "paths",
        kind: Kind::Paths,
        section: Section::Look,
        default: "quick detailed",
        choices: &[
            Choice {
                value: "quick",
                label: Text {
                    en: "Quick check",
                    es: "Comprobación rápida",
                },
            },
            Choice {
                value: "detailed",
                label: Text {
                    en: "Detailed history",
                    es: "Historial detallado",
                },
            },
        ],
        label: Text {
            en: "Assessment paths offered",
            es: "Caminos de evaluación ofrecidos",
        },
        readme_value: "`quick`, `detailed` or both (space- or comma-separated)",
        readme_default: "both",
        ..BASE
    },
    Attribute {
        name: "utm-params",
        kind: Kind::Params,
        section: Section::Analytics,
        default: "utm_source utm_medium utm_campaign utm_term utm_content gclid fbclid",
        label: Text {
            en: "Page parameters passed on to the booking page",
            es: "Parámetros de la página que pasan a la página de reservas",
        },
        help: Text {
            en: "The page's query parameters copied to the booking link, space- or comma-separated. Empty: the usual campaign parameters (utm_…, gclid, fbclid).",
            es: "Los parámetros de la dirección de la página que se copian al enlace de reserva, separados por espacios o comas. Vacío: los parámetros de campaña habituales (utm_…, gclid, fbclid).",
        },
        placeholder: Text {
            en: "e.g. utm_source utm_campaign",
            es: "p. ej., utm_source utm_campaign",
        },
        readme_value: "the page's query parameters copied to the booking link (space- or comma-separated); empty for none",
        readme_default: "`utm_source utm_medium utm_campaign utm_term utm_content gclid fbclid`",
        ..BASE
    },
    Attribute {
        name: "share-verdict",
        kind: Kind::Flag,
        section: Section::Analytics,
        label: Text {
            en: "Add the result's verdict id to the booking link",
            es: "Añadir el identificador del resultado al enlace de reserva",
        },
        help: Text {
            en: "The booking link gets rc_verdict=<verdict id> after a result (never for \"get medical help now\"). A verdict is health information about your visitor: turn this on only if your booking system may hold it.",
            es: "El enlace de reserva recibe rc_verdict=<identificador> tras un resultado (nunca para «busque ayuda médica ahora»). Un resultado es información de salud de su visitante: actívelo solo si su sistema de reservas puede guardarla.",
        },
        readme_value: "present (or `true`): the booking link also gets `rc_verdict=<verdict id>` after a result, never for `seek_care` (whose screen has no booking link)",
        readme_default: "absent: never",
        ..BASE
    },
    Attribute {
        name: "analytics-verdict",
        kind: Kind::Flag,
        section: Section::Analytics,
        label: Text {
            en: "Send the verdict to analytics",
            es: "Enviar el resultado a la analítica",
        },
        help: Text {
            en: "Off: the page's dataLayer learns only that a check was opened, started and finished, and the booking and call clicks. On: the resistance_check_result push also gets the verdict id, never for \"get medical help now\". A verdict is health information about your visitor: turn this on only if your privacy notice says so and the law that applies to the clinic (HIPAA, state health-data laws, the GDPR) allows it.",
            es: "Desactivado: el dataLayer de la página solo sabe que se abrió, empezó y terminó una comprobación, y los clics de reserva y de llamada. Activado: el evento resistance_check_result también lleva el identificador del resultado, nunca para «busque ayuda médica ahora». Un resultado es información de salud de su visitante: actívelo solo si su aviso de privacidad lo dice y la ley que se aplica a la clínica (HIPAA, leyes estatales de datos de salud, el RGPD) lo permite.",
        },
        readme_value: "present (or `true`): the `resistance_check_result` dataLayer push also carries the verdict id, never for `seek_care`. **A verdict is health information about the visitor**: check the clinic's privacy notice and the law that applies to it (for example HIPAA for US health-care providers) before turning this on (see \"Events and analytics\")",
        readme_default: "absent: no push carries a verdict",
        ..BASE
    },
];

/// The attribute named `name`, if the widget has one.
pub fn attribute(name: &str) -> Option<&'static Attribute> {
    ATTRIBUTES.iter().find(|attribute| attribute.name == name)
}
