//! The visitor's own device: the opt-in copy of the history in `localStorage`, and history
//! files downloaded and loaded. Nothing here sends anything anywhere.

use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, Storage};

use crate::date::Date;
use crate::engine::export::{history_json, history_json_pretty};
use crate::engine::{history_from_json, History};

/// Versioned, so that a later widget can tell an old value from its own.
pub const STORAGE_KEY: &str = "resistance-check:v1:history";

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
    match history_from_json(&text, today) {
        Ok(history) => Some(history),
        Err(error) => {
            gloo::console::info!(format!(
                "resistance-check: the answers kept on this device could not be read ({error}); they were removed."
            ));
            let _ = storage.remove_item(STORAGE_KEY);
            None
        }
    }
}

/// Keeps `history` on this device.
pub fn keep(history: &History) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, &history_json(history));
    }
}

/// Removes the kept history at once.
pub fn forget() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// Saves `history` as a contract JSON file through the browser's download, from memory.
pub fn download(history: &History) {
    let text = history_json_pretty(history);
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
