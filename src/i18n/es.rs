//! Spanish wording of the widget.

use super::Catalog;

pub static ES: Catalog = Catalog {
    language_name: "Español",
    language_switch_label: "Idioma",
    weekdays: [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],

    contact_heading: "Hable de ello con {}",
    book_cta: "Reserve una consulta gratuita con {}",
    call_cta: "Llame a la consulta: {}",
    hours_caption: "Horario de atención, {}",
    hours_day: "Día",
    hours_hours: "Horario",
    closed: "Cerrado",
    today_marker: "hoy",
    open_now_until: "Abierto ahora, hasta las {}",
    closed_now_opens_today: "Cerrado ahora. Abre hoy a las {}",
    closed_now_opens_tomorrow: "Cerrado ahora. Abre mañana a las {}",
    closed_now_opens_on: "Cerrado ahora. Abre el {} a las {}",
    closed_now: "Cerrado ahora",
    special_hours_note: "horario especial",
    time_zone_note: "Las horas son la hora local de la consulta.",
};
