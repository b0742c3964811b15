//! The visitor's own device: the opt-in copy of the answers in `localStorage` (the detailed
//! path's history, or the quick check's answers), and history files downloaded and loaded.
//! Nothing here sends anything anywhere.
//!
//! Contract JSON text goes through the browser's own `JSON.parse` and `JSON.stringify`, and
//! the JavaScript value between them through serde-wasm-bindgen and the model's derives.

use js_sys::JSON;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, Storage};

use crate::date::Date;
use crate::engine::{read_history, History, InputError, InputProblem};
use crate::form::kept::{quick_from_text, quick_text};
use crate::form::quick::{AboutYou, QuickAnswers};
use crate::form::state::Place;
use crate::CONSOLE_PREFIX;

/// Versioned, so that a later widget can tell an old value from its own.
pub const STORAGE_KEY: &str = "resistance-check:v1:history";
/// Beside the kept answers: the step and language the visitor was at ("about:es", and for
/// the quick check "quick-3:es", names a widget knowing only the detailed path drops).
pub const PLACE_KEY: &str = "resistance-check:v1:place";
/// The quick check's answers (`form::kept`), kept instead of a history: only one of the two
/// is ever kept, the one of the path the visitor last asked to keep.
pub const QUICK_KEY: &str = "resistance-check:v1:quick";

/// Reads contract JSON text, as in a history file; `today` stands in for an absent
/// `assessed_on`.
pub fn history_from_text(text: &str, today: Date) -> Result<History, InputError> {
    let value = JSON::parse(text).map_err(|_| InputError {
        path: String::new(),
        problem: InputProblem::NotJson,
    })?;
    history_from_js(value, today)
}

/// Reads a history given as a JavaScript value (a plain object).
pub fn history_from_js(value: JsValue, today: Date) -> Result<History, InputError> {
    read_history(serde_wasm_bindgen::Deserializer::from(value), today)
}

/// `value` as a plain JavaScript value, as its derives describe it.
pub fn to_js<T: serde::Serialize>(value: &T) -> Option<JsValue> {
    serde_wasm_bindgen::to_value(value).ok()
}

/// The history as compact JSON text (`indent` 0) or indented by `indent` spaces.
fn history_text(history: &History, indent: u32) -> Option<String> {
    let value = to_js(history)?;
    let text = if indent == 0 {
        JSON::stringify(&value)
    } else {
        JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &indent.into())
    };
    text.ok().map(String::from)
}

fn local_storage() -> Option<Storage> {
    // Storage can be switched off or refused (private modes, sandboxed frames).
    gloo::utils::window().local_storage().ok().flatten()
}

/// The kept history, if there is one that still reads. A value that cannot be read (an old
/// version, edited by hand, corrupted) is dropped with a console note, so the widget starts
/// clean instead of failing.
pub fn restore(today: Date) -> Option<History> {
    let storage = local_storage()?;
    let text = storage.get_item(STORAGE_KEY).ok().flatten()?;
    match history_from_text(&text, today) {
        Ok(history) => Some(history),
        Err(error) => {
            gloo::console::info!(format!(
                "{CONSOLE_PREFIX}the answers kept on this device could not be read ({error}); they were removed."
            ));
            let _ = storage.remove_item(STORAGE_KEY);
            None
        }
    }
}

/// The kept quick-check answers, if there are some that still read; others are dropped
/// with a console note, as for a history.
pub fn restore_quick() -> Option<(QuickAnswers, AboutYou)> {
    let storage = local_storage()?;
    let text = storage.get_item(QUICK_KEY).ok().flatten()?;
    let answers = quick_from_text(&text);
    if answers.is_none() {
        gloo::console::info!(format!(
            "{CONSOLE_PREFIX}the quick-check answers kept on this device could not be read; they were removed."
        ));
        let _ = storage.remove_item(QUICK_KEY);
    }
    answers
}

/// Keeps the quick check's answers on this device, in place of any kept history.
pub fn keep_quick(answers: &QuickAnswers, about: &AboutYou) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(QUICK_KEY, &quick_text(answers, about));
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// The kept place, if one reads.
pub fn restore_place() -> Option<Place> {
    let text = local_storage()?.get_item(PLACE_KEY).ok().flatten()?;
    Place::from_text(&text)
}

/// Keeps where the visitor is, beside their history.
pub fn keep_place(place: Place) {
    if let (Some(storage), Some(text)) = (local_storage(), place.to_text()) {
        let _ = storage.set_item(PLACE_KEY, &text);
    }
}

/// Keeps `history` on this device, in place of any kept quick-check answers.
pub fn keep(history: &History) {
    if let (Some(storage), Some(text)) = (local_storage(), history_text(history, 0)) {
        let _ = storage.set_item(STORAGE_KEY, &text);
        let _ = storage.remove_item(QUICK_KEY);
    }
}

/// Removes the kept answers (and place) at once.
pub fn forget() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STORAGE_KEY);
        let _ = storage.remove_item(QUICK_KEY);
        let _ = storage.remove_item(PLACE_KEY);
    }
}

/// Saves `history` as a contract JSON file through the browser's download, from memory.
pub fn download(history: &History) {
    let Some(text) = history_text(history, 2) else {
        return;
    };
    let blob = gloo::file::Blob::new_with_options(text.as_str(), Some("application/json"));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(&url);
    link.set_download(&format!(
        "resistance-check-history-{}.json",
        history.assessed_on
    ));
    link.click();
    // Revoking the URL right away can cancel the download in some browsers: keep the last
    // one until the next download replaces (and so revokes) it.
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}

thread_local! {
    static LAST_DOWNLOAD: std::cell::RefCell<Option<gloo::file::ObjectUrl>> = const { std::cell::RefCell::new(None) };
}
