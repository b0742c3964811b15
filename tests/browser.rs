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

/// Yields to the browser until `holds` is true, at most 50 times: a loaded machine may
/// need more than one turn of the event loop for a render that follows an effect.
async fn settle_until(holds: impl Fn() -> bool) {
    for _ in 0..50 {
        if holds() {
            return;
        }
        settle().await;
    }
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
    embed::mount(host.clone(), "widget.css".into()).unwrap();
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
    embed::mount(host.clone(), "widget.css".into()).unwrap();
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

/// A JavaScript value from an expression, for values JSON cannot carry (NaN, undefined).
fn js(expression: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return {expression};"))
        .call0(&JsValue::NULL)
        .unwrap()
}

fn assess_error(history: JsValue) -> String {
    let error = embed::assess(history).expect_err("refused");
    String::from(js_sys::Error::from(JsValue::from(error)).message())
}

#[wasm_bindgen_test]
fn the_javascript_export_reads_javascript_values_by_the_contract() {
    let visit = r#"date: "2026-01-10", product: "botox""#;
    assert_eq!(
        assess_error(js(&format!(
            "{{treatments: [{{{visit}, units: NaN, result: \"full\"}}]}}"
        ))),
        "treatments[0].units: NaN is not a number"
    );
    assert_eq!(
        assess_error(js(&format!(
            "{{treatments: [{{{visit}, units: \"20\", result: \"full\"}}]}}"
        ))),
        "treatments[0].units: \"20\" is not a number"
    );
    assert_eq!(
        assess_error(js(&format!("{{treatments: [{{{visit}}}]}}"))),
        "treatments[0].result: required field is missing"
    );
    assert_eq!(assess_error(js("[]")), "(root): […] is not an object");
    assert_eq!(
        assess_error(js(&format!(
            "{{treatments: [{{{visit}, units: () => 1, result: \"full\"}}]}}"
        ))),
        "treatments[0].units: this value cannot be read"
    );
    assert_eq!(
        assess_error(js("undefined")),
        "(root): null is not an object"
    );
    assert_eq!(
        assess_error(js("{treatments: [], red_flags: [\"fever\"]}")),
        "red_flags[0]: \"fever\" is not one of swallowing, breathing, speech, vision, eyelids, weakness, bladder"
    );
    // undefined, like null, is an absent field; extra fields are ignored.
    let assessment = embed::assess(js(&format!(
        "{{assessed_on: \"2026-11-28\", sex: undefined, extra: () => 1, treatments: [{{{visit}, units: 20, uneven: undefined, result: \"partial\"}}]}}"
    )))
    .unwrap();
    // A plain object, as JSON.parse would give, evidence included.
    let plain = js("(value) => Object.getPrototypeOf(value) === Object.prototype && JSON.parse(JSON.stringify(value)).causes.every((c) => c.evidence.every((e) => typeof e.kind === \"string\"))");
    let plain: js_sys::Function = plain.unchecked_into();
    assert_eq!(
        plain.call1(&JsValue::NULL, &assessment).unwrap(),
        JsValue::TRUE
    );
}

#[wasm_bindgen_test]
fn device_storage_writes_the_contracts_json_and_reads_it_back() {
    use resistance_check::date::Date;
    use resistance_check::ui::storage;
    let today = Date::parse_iso("2026-11-28").unwrap();
    let text = r#"{"assessed_on":"2026-11-20","sex":"male","treatments":[{"date":"2026-11","product":"dysport","units":50.5,"areas":["jaw"],"provider":"new","result":"not_yet","touch_up":true}]}"#;
    let history = storage::history_from_text(text, today).unwrap();
    assert_eq!(history.treatments[0].date.day.to_string(), "2026-11-15");
    storage::keep(&history);
    let kept = gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(storage::STORAGE_KEY)
        .unwrap();
    // JSON.stringify of the serde-wasm-bindgen value is the text serde_json writes natively.
    assert_eq!(kept.as_deref(), Some(text));
    assert_eq!(storage::restore(today), Some(history));
    storage::forget();
    assert_eq!(storage::restore(today), None);
    let refused = storage::history_from_text("{\"treatments\": 3}", today).unwrap_err();
    assert_eq!(refused.to_string(), "treatments: 3 is not a list");
}

/// `checkConfig` through the real browser: `web_sys::Url` reads the booking address and
/// `Intl` the time zone.
#[wasm_bindgen_test]
fn the_check_config_export_uses_the_browser_s_own_parsers() {
    let attributes = js_sys::JSON::parse(
        r#"{"clinic-name":"Sunset Skin","phone":"818-555-O142","booking-url":"https://sunsetskin.test:99999/book","time-zone":"Pacific/Nowhere"}"#,
    )
    .unwrap();
    let answer = embed::check_config_js(attributes, None).unwrap();
    let problems: js_sys::Array = js_sys::Reflect::get(&answer, &"problems".into())
        .unwrap()
        .into();
    let field = |problem: &JsValue, name: &str| {
        js_sys::Reflect::get(problem, &name.into())
            .unwrap()
            .as_string()
            .unwrap_or_default()
    };
    let named: Vec<String> = problems.iter().map(|p| field(&p, "attribute")).collect();
    assert_eq!(named, ["phone", "booking-url", "time-zone"]);
    let booking = problems.get(1);
    assert_eq!(field(&booking, "level"), "error");
    assert!(
        field(&booking, "message").contains("cannot read it"),
        "{}",
        field(&booking, "message")
    );
    let good = js_sys::JSON::parse(
        r#"{"clinic-name":"Sunset Skin","phone":"818-555-0142","booking-url":"https://sunsetskin.test/book","time-zone":"Europe/Madrid"}"#,
    )
    .unwrap();
    let answer = embed::check_config_js(good, None).unwrap();
    let problems: js_sys::Array = js_sys::Reflect::get(&answer, &"problems".into())
        .unwrap()
        .into();
    assert_eq!(problems.length(), 0);
    let href = js_sys::Reflect::get(&answer, &"phoneHref".into()).unwrap();
    assert_eq!(href.as_string().as_deref(), Some("tel:8185550142"));
    // Not an object of strings: a clear error, not a panic.
    assert!(embed::check_config_js(JsValue::from(7), None).is_err());
}

/// The first button of the widget whose text starts with `label`.
fn find_button(host: &HtmlElement, label: &str) -> Option<HtmlElement> {
    let buttons = host
        .shadow_root()
        .unwrap()
        .query_selector_all("button")
        .unwrap();
    (0..buttons.length())
        .filter_map(|index| buttons.get(index))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|button| {
            button
                .text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(label)
        })
}

/// Clicks the button starting with `label`, once it has rendered: a loaded machine may
/// take more than one turn of the event loop to show the next step.
async fn click_button(host: &HtmlElement, label: &str) {
    settle_until(|| find_button(host, label).is_some()).await;
    match find_button(host, label) {
        Some(button) => button.click(),
        None => panic!("no button starting with {label:?}"),
    }
}

fn heading_text(host: &HtmlElement) -> String {
    query(host, "#rc-step-heading")
        .and_then(|heading| heading.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn back_keeps_the_answer_and_the_language_switch_keeps_everything() {
    let host = fresh_host(&[("lang", "en")]);
    embed::mount(host.clone(), "widget.css".into()).unwrap();
    settle().await;
    click_button(&host, "None of these").await;
    settle().await;
    click_button(&host, "Quick check").await;
    settle().await;
    click_button(&host, "1 to 3 years").await;
    settle_until(|| heading_text(&host) == "How often do you have them?").await;
    assert_eq!(heading_text(&host), "How often do you have them?");
    click_button(&host, "Back").await;
    settle_until(|| query(&host, ".rc-choice[aria-pressed='true']").is_some()).await;
    let pressed = query(&host, ".rc-choice[aria-pressed='true']").expect("the answer is kept");
    assert_eq!(pressed.text_content().as_deref(), Some("1 to 3 years"));

    let select: web_sys::HtmlSelectElement = query(&host, "#rc-language").unwrap().unchecked_into();
    select.set_value("es");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle_until(|| heading_text(&host).starts_with("¿Desde hace cuánto")).await;
    assert!(
        heading_text(&host).starts_with("¿Desde hace cuánto"),
        "{}",
        heading_text(&host)
    );
    let pressed = query(&host, ".rc-choice[aria-pressed='true']").expect("kept across languages");
    assert_eq!(pressed.text_content().as_deref(), Some("De 1 a 3 años"));
    embed::unmount(&host);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_symptom_leads_to_the_seek_care_result_without_a_booking_link() {
    let host = fresh_host(&[
        ("phone", "(818) 555-0142"),
        ("booking-url", "https://clinic.example/book"),
        ("time-zone", "Europe/Madrid"),
    ]);
    embed::mount(host.clone(), "widget.css".into()).unwrap();
    settle().await;
    let breathing: HtmlElement = query(&host, "#rc-flag-breathing").unwrap().unchecked_into();
    breathing.click();
    settle().await;
    click_button(&host, "Continue").await;
    settle_until(|| query(&host, "[data-verdict]").is_some()).await;
    let result = query(&host, "[data-verdict]").expect("a result");
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("seek_care")
    );
    settle_until(|| query(&host, "a.rc-book").is_none()).await;
    assert!(query(&host, "a.rc-book").is_none());
    // The office is in Spain: the emergency number is 112, a tap-to-call link.
    assert!(query(&host, ".rc-emergency a.rc-call-emergency[href='tel:112']").is_some());
    embed::unmount(&host);
    host.remove();
}

#[wasm_bindgen_test]
async fn after_a_failure_the_page_s_own_fallback_shows_with_phone_and_booking() {
    let host = fresh_host(&[]);
    host.set_inner_html(
        r#"<p>Call <a href="tel:5550100199">(555) 010-0199</a> or <a href="https://example.com/book">book</a>.</p>"#,
    );
    embed::mount(host.clone(), "widget.css".into()).unwrap();
    settle().await;
    let fallback: HtmlElement = host
        .query_selector("a[href^='tel:']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    // Behind the shadow root the fallback is not rendered...
    assert!(query(&host, "slot").is_none());
    assert_eq!(fallback.offset_height(), 0);
    // ...until a failure swaps the widget for a slot: then the phone and booking link show.
    embed::show_fallback_everywhere();
    assert!(query(&host, ".rc").is_none());
    assert!(query(&host, "slot").is_some());
    assert!(
        fallback.offset_height() > 0,
        "the fallback's phone link is on screen"
    );
    embed::unmount(&host);
    host.remove();
}
