//! Browser tests of the widget's components, run by wasm-bindgen-test in headless Chromium:
//! each test mounts a widget into a fresh host element, acts, then asserts on the DOM.
#![cfg(target_arch = "wasm32")]

use resistance_check::embed;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A new host element in the page's body, with the given attributes.
fn fresh_host(attributes: &[(&str, &str)]) -> HtmlElement {
    let document = gloo::utils::document();
    let host: HtmlElement = document
        .create_element("resistance-check")
        .unwrap()
        .unchecked_into();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets Yew render what is scheduled.
async fn settle() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

fn query(host: &HtmlElement, selector: &str) -> Option<Element> {
    host.shadow_root()
        .unwrap()
        .query_selector(selector)
        .unwrap()
}

#[wasm_bindgen_test]
async fn mounts_the_call_to_action_with_the_configured_contact() {
    let host = fresh_host(&[
        ("phone", "(555) 123-4567"),
        ("booking-url", "https://clinic.example/book"),
    ]);
    embed::mount(host.clone(), "widget.css").unwrap();
    settle().await;
    let booking = query(&host, "a.rc-button").expect("a booking link");
    assert_eq!(
        booking.get_attribute("href").as_deref(),
        Some("https://clinic.example/book")
    );
    let call = query(&host, "a[href^='tel:']").expect("a call link");
    assert!(call
        .text_content()
        .unwrap_or_default()
        .contains("(555) 123-4567"));
    embed::unmount(&host);
    host.remove();
}

#[wasm_bindgen_test]
async fn unmount_tears_the_widget_down() {
    let host = fresh_host(&[]);
    embed::mount(host.clone(), "widget.css").unwrap();
    settle().await;
    assert!(query(&host, ".rc [data-ready]").is_some());
    embed::unmount(&host);
    settle().await;
    assert!(query(&host, ".rc").is_none());
    assert!(
        query(&host, "slot").is_some(),
        "the fallback slot comes back"
    );
    host.remove();
}

#[wasm_bindgen_test]
fn the_javascript_export_assesses_a_plain_object() {
    let history = js_sys::JSON::parse(
        r#"{"assessed_on":"2026-11-28","treatments":[{"date":"2026-11-25","product":"botox","units":20,"result":"not_yet"}]}"#,
    )
    .unwrap();
    let assessment = embed::assess(history).unwrap();
    let verdict = js_sys::Reflect::get(&assessment, &"verdict".into()).unwrap();
    assert_eq!(verdict.as_string().as_deref(), Some("too_early"));
    let causes: js_sys::Array = js_sys::Reflect::get(&assessment, &"causes".into())
        .unwrap()
        .into();
    assert!(causes.length() >= 1);
}

#[wasm_bindgen_test]
fn the_javascript_export_names_the_bad_field() {
    let history = js_sys::JSON::parse(
        r#"{"assessed_on":"2026-11-28","treatments":[{"date":"2026-02-30","product":"botox","result":"full"}]}"#,
    )
    .unwrap();
    let error = embed::assess(history).expect_err("an invalid date is refused");
    let error: js_sys::Error = JsValue::from(error).into();
    let message = String::from(error.message());
    assert!(message.starts_with("treatments[0].date:"), "{message}");
}
