//! The clinic's local time, read from the browser's clock through Intl, so that "today" and
//! "open now" are the office's, whatever the visitor's own time zone.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::clinic::ClinicClock;
use crate::date::Date;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type ZonedFormat;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &Object) -> Result<ZonedFormat, JsValue>;

    #[wasm_bindgen(method, js_name = formatToParts)]
    fn format_to_parts(this: &ZonedFormat, date: &js_sys::Date) -> Array;
}

/// Whether the browser knows `time_zone` as an IANA time zone.
pub fn is_known_time_zone(time_zone: &str) -> bool {
    formatter(time_zone).is_some()
}

/// The current date and minute in `time_zone`, or `None` if the browser does not know it.
pub fn now_in(time_zone: &str) -> Option<ClinicClock> {
    let format = formatter(time_zone)?;
    let parts = format.format_to_parts(&js_sys::Date::new_0());
    let mut year = None;
    let mut month = None;
    let mut day = None;
    let mut hour = None;
    let mut minute = None;
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        let number = value.parse::<i32>().ok();
        match kind.as_str() {
            "year" => year = number,
            "month" => month = number,
            "day" => day = number,
            "hour" => hour = number,
            "minute" => minute = number,
            _ => {}
        }
    }
    let date = Date::new(year?, u8::try_from(month?).ok()?, u8::try_from(day?).ok()?)?;
    // Some engines print midnight as hour 24 even with hourCycle h23.
    let minutes = (hour? % 24) * 60 + minute?;
    Some(ClinicClock {
        date,
        minutes: u16::try_from(minutes).ok()?,
    })
}

fn formatter(time_zone: &str) -> Option<ZonedFormat> {
    let options = Object::new();
    for (key, value) in [
        ("timeZone", time_zone),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    ZonedFormat::new("en-US", &options).ok()
}

/// The visitor's own date today (their browser's time zone): the default `assessed_on`.
pub fn visitor_today() -> Date {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = (now.get_month() + 1) as u8;
    let day = now.get_date() as u8;
    Date::new(year, month, day)
        .unwrap_or_else(|| Date::from_days((now.get_time() / 86_400_000.0) as i64))
}
