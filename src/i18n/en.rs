//! English wording of the widget.

use super::Catalog;

pub static EN: Catalog = Catalog {
    language_name: "English",
    language_switch_label: "Language",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],

    contact_heading: "Talk it over with {}",
    book_cta: "Book a free consultation with {}",
    call_cta: "Call the office: {}",
    hours_caption: "Office hours, {}",
    hours_day: "Day",
    hours_hours: "Hours",
    closed: "Closed",
    today_marker: "today",
    open_now_until: "Open now, until {}",
    closed_now_opens_today: "Closed now. Opens today at {}",
    closed_now_opens_tomorrow: "Closed now. Opens tomorrow at {}",
    closed_now_opens_on: "Closed now. Opens {} at {}",
    closed_now: "Closed now",
    special_hours_note: "special hours",
    time_zone_note: "Times are the office's local time.",
};
