//! Embedding: reads the host element's configuration, mounts the widget into the element's
//! shadow root, reports the widget's events to the page, and shows the element's own
//! fallback content if the widget ever fails.

use crate::CONSOLE_PREFIX;
use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{
    CustomEvent, CustomEventInit, Element, HtmlAnchorElement, HtmlElement, HtmlInputElement,
    ShadowRoot, ShadowRootInit, ShadowRootMode,
};
use yew::{AppHandle, Callback};

use crate::clinic::check::check_config;
use crate::clinic::{Browser, ClinicConfig, ConfigWarning, Language, OwnContacts, ParsedUrl};
use crate::engine;
use crate::handover;
use crate::ui::{clock, storage, App, AppProps, WidgetEvent};

/// One widget on the page.
struct MountedWidget {
    host: HtmlElement,
    app: AppHandle<App>,
    /// With a linked stylesheet: shows the widget once it has loaded (or failed), so that
    /// it is never seen unstyled. None with a constructed stylesheet, which applies at once.
    _stylesheet_listeners: Option<[EventListener; 2]>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<MountedWidget>> = const { RefCell::new(Vec::new()) };
}

/// Runs once when the module starts: a panic must leave the clinic's contact on screen.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!(
            "{CONSOLE_PREFIX}the widget stopped because of an internal error ({info}); showing the page's fallback content instead."
        ));
        show_fallback_everywhere();
    }));
}

/// Mounts a widget into `host`'s shadow root. `stylesheet` is the widget's stylesheet: the
/// constructed `CSSStyleSheet` that the loader made (shared by every widget on the page and
/// applied at once), or, where the browser cannot construct one, the stylesheet's URL (then
/// the widget stays hidden until it has loaded).
#[wasm_bindgen]
pub fn mount(host: HtmlElement, stylesheet: JsValue) -> Result<(), JsValue> {
    unmount(&host);
    let (config, warnings) = read_config(&host);
    for warning in &warnings {
        let line = format!("{CONSOLE_PREFIX}{warning}");
        if warning.is_error {
            gloo::console::error!(line);
        } else {
            gloo::console::warn!(line);
        }
    }
    let style = host.style();
    style.set_property("--rc-primary", &config.primary_color)?;
    style.set_property("--rc-radius", &format!("{}px", config.corner_radius_px))?;

    let shadow = shadow_root(&host)?;
    let document = gloo::utils::document();
    // The first step the loader already shows (the build's prerendered HTML): the widget
    // renders out of the page and takes its place once its first render is done.
    let prerendered = shadow.query_selector(&prerendered()).ok().flatten();
    // Where the widget goes: the loader's mount point (a dialog's body), else the shadow
    // root itself.
    let mount_point: web_sys::Node = match mount_point(&shadow) {
        Some(point) => point.into(),
        None => shadow.clone().into(),
    };
    if prerendered.is_none() {
        mount_point.set_text_content(None);
    }
    let root = document.create_element("div")?;
    root.set_class_name(handover::ROOT);
    let stylesheet_listeners = match stylesheet.as_string() {
        Some(url) => {
            let link = document.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", &url)?;
            shadow.append_child(&link)?;
            // Hidden until styled, so the page never sees (nor shifts for) an unstyled widget.
            root.set_attribute("hidden", "")?;
            let reveal = |root: web_sys::Element| {
                move |_: &web_sys::Event| {
                    let _ = root.remove_attribute("hidden");
                }
            };
            Some([
                EventListener::once(&link, "load", reveal(root.clone())),
                EventListener::once(&link, "error", reveal(root.clone())),
            ])
        }
        None => {
            adopt_widget_sheet(&shadow, &stylesheet)?;
            None
        }
    };
    if prerendered.is_none() {
        mount_point.append_child(&root)?;
    }

    let language = prerendered
        .as_ref()
        .and_then(chosen_language)
        .or(config.language)
        .unwrap_or_else(browser_language);
    let page_query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let config = Rc::new(config);
    let (events_host, events_config) = (host.clone(), config.clone());
    let takeover = RefCell::new(prerendered.map(|first_step| (first_step, root.clone())));
    let props = AppProps {
        config,
        language,
        page_query: page_query.into(),
        on_event: Callback::from(move |event| {
            if event == WidgetEvent::Ready {
                if let Some((first_step, live)) = takeover.borrow_mut().take() {
                    take_over(&first_step, &live);
                }
            }
            report(&events_host, &events_config, &event)
        }),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|mounted| {
        mounted.borrow_mut().push(MountedWidget {
            host,
            app,
            _stylesheet_listeners: stylesheet_listeners,
        })
    });
    Ok(())
}

/// The engine for the host page's scripts: a contract history as a plain object in, the
/// assessment as a plain object out (serde-wasm-bindgen both ways); an invalid history
/// throws an `Error` whose message names the field, in English whatever the widget's
/// language (`treatments[2].units: "20" is not a number`).
#[wasm_bindgen]
pub fn assess(history: JsValue) -> Result<JsValue, JsError> {
    let history = storage::history_from_js(history, clock::visitor_today())
        .map_err(|error| JsError::new(&error.to_string()))?;
    storage::to_js(&engine::assess(&history))
        .ok_or_else(|| JsError::new("(root): the assessment could not be written"))
}

/// Tears down the widget in `host`, if there is one.
#[wasm_bindgen]
pub fn unmount(host: &HtmlElement) {
    let removed = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let at = mounted.iter().position(|widget| &widget.host == host)?;
        Some(mounted.swap_remove(at))
    });
    if let Some(widget) = removed {
        widget.app.destroy();
        if let Some(shadow) = widget.host.shadow_root() {
            show_own_content(&shadow);
        }
    }
}

/// The prerendered first step the loader put in the shadow root (web/loader/first-step.js).
fn prerendered() -> String {
    format!(".{}[{}]", handover::ROOT, handover::PRERENDERED)
}

/// The language the visitor switched the prerendered first step to, if they did.
fn chosen_language(first_step: &Element) -> Option<Language> {
    if !first_step.has_attribute(handover::LANGUAGE_CHOSEN) {
        return None;
    }
    let layout = first_step.query_selector("[lang]").ok().flatten()?;
    Language::from_tag(&layout.get_attribute("lang")?)
}

/// Puts the live widget where the prerendered first step was, and replays there what the
/// visitor did before the wasm arrived: the boxes they ticked (through the live boxes' own
/// change events), the focus, and a press of the step's button, which the loader marked.
/// Called in the live widget's first effect, so both hold the same first step.
fn take_over(first_step: &Element, live: &Element) {
    let focused = first_step
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|shadow| shadow.active_element())
        .and_then(|element| path_to(first_step, &element));
    let ticked: Vec<String> = first_step
        .query_selector_all("input:checked")
        .map(|inputs| {
            (0..inputs.length())
                .filter_map(|at| inputs.get(at)?.dyn_into::<Element>().ok())
                .map(|input| input.id())
                .collect()
        })
        .unwrap_or_default();
    let pressed = first_step.has_attribute(handover::PRESSED);
    if first_step.replace_with_with_node_1(live).is_err() {
        return;
    }
    for id in ticked {
        let input = live
            .query_selector(&format!("[id='{id}']"))
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|input| !input.checked()) {
            input.click();
        }
    }
    if let Some(element) = focused.and_then(|path| element_at(live, &path)) {
        let _ = element.focus();
    }
    if pressed {
        if let Some(button) = live
            .query_selector(handover::NEXT_BUTTON)
            .ok()
            .flatten()
            .and_then(|button| button.dyn_into::<HtmlElement>().ok())
        {
            button.click();
        }
    }
}

/// Where `element` is under `root`: the index among its element siblings at each level.
fn path_to(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = element.clone();
    while &at != root {
        let mut index = 0;
        let mut sibling = at.previous_element_sibling();
        while let Some(before) = sibling {
            index += 1;
            sibling = before.previous_element_sibling();
        }
        path.push(index);
        at = at.parent_element()?;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` (from `path_to`) under `root`, if the structure has it.
fn element_at(root: &Element, path: &[u32]) -> Option<HtmlElement> {
    let mut at = root.clone();
    for &index in path {
        at = at.first_element_child()?;
        for _ in 0..index {
            at = at.next_element_sibling()?;
        }
    }
    at.dyn_into::<HtmlElement>().ok()
}

/// The configuration from the host's attributes and its `<script type="application/json">`
/// child (weekly hours and closures), or the same JSON in its `opening-hours` attribute (the
/// snippet's form for a page that carries it inside a script of its own, where a
/// `</script>` would end that script); every bad value comes back as a warning.
fn read_config(host: &HtmlElement) -> (ClinicConfig, Vec<ConfigWarning>) {
    let hours_json = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content())
        .or_else(|| host.get_attribute("opening-hours"));
    let get = |name: &str| host.get_attribute(name);
    ClinicConfig::from_attributes(
        &get,
        hours_json.as_deref(),
        &own_contacts(host),
        &PageBrowser,
    )
}

/// The browser's own URL parser and time-zone database, for the configuration's rules.
struct PageBrowser;

impl Browser for PageBrowser {
    fn parse_url(&self, url: &str) -> Option<ParsedUrl> {
        let url = web_sys::Url::new(url).ok()?;
        Some(ParsedUrl {
            protocol: url.protocol(),
            username: url.username(),
            password: url.password(),
            hostname: url.hostname(),
        })
    }

    fn knows_time_zone(&self, zone: &str) -> bool {
        clock::is_known_time_zone(zone)
    }
}

/// The snippet builder's validator: `checkConfig({"phone": "818-555-O142", ...}, hoursJson)`
/// returns `{problems, phoneHref, bookingUrl}`, the problems being exactly the warnings a
/// widget with these attributes logs, each with a sentence for a person (see
/// `clinic::check`). Attribute values are strings ("" for a present boolean attribute).
#[wasm_bindgen(js_name = checkConfig)]
pub fn check_config_js(
    attributes: JsValue,
    hours_json: Option<String>,
) -> Result<JsValue, JsError> {
    // Read as the element's attributes are, through a getter: a map type here would bring
    // serde-wasm-bindgen's deserializer and std's hashing into the wasm for this alone.
    if !attributes.is_object() {
        return Err(JsError::new(
            "checkConfig: attributes must be an object of strings, such as {\"phone\": \"(818) 555-0142\"}",
        ));
    }
    let get = |name: &str| {
        let value = Reflect::get(&attributes, &name.into()).ok()?;
        value.as_string()
    };
    let check = check_config(&get, hours_json.as_deref(), &PageBrowser);
    // JSON-compatible: a missing value or suggestion is `null`, as the README documents.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&check, &serializer)
        .map_err(|error| JsError::new(&error.to_string()))
}

/// The contacts the element's own fallback content links to: its first web link (resolved
/// against the page, so a relative "/book" works) and the text of its first `tel:` link.
fn own_contacts(host: &HtmlElement) -> OwnContacts {
    let first = |selector: &str| host.query_selector(selector).ok().flatten();
    OwnContacts {
        booking_url: first("a[href]:not([href^='tel:']):not([href^='mailto:'])")
            .and_then(|link| link.dyn_into::<HtmlAnchorElement>().ok())
            .map(|link| link.href()),
        phone: first("a[href^='tel:']").and_then(|link| link.text_content()),
    }
}

/// The visitor's browser language when the widget speaks it, else English.
fn browser_language() -> Language {
    gloo::utils::window()
        .navigator()
        .language()
        .and_then(|tag| Language::from_tag(&tag))
        .unwrap_or(Language::En)
}

/// Tells the host page about `event`: a `resistance-check:*` event on the host element
/// (bubbling out of any shadow root the page put it in) and, when the page has a
/// `window.dataLayer` array (Google Tag Manager, gtag.js), the matching push. Nothing here
/// carries an answer of the visitor's. The page's own event has the result's verdict id,
/// which stays in the page unless its scripts send it on; analytics, which leave the page,
/// get it only by the clinic's opt-in, and never seek_care. The event says which verdict,
/// if any, may leave (`analyticsVerdict`), so that scripts which forward events (the
/// standalone page's messages to a parent frame) follow this one rule.
fn report(host: &HtmlElement, config: &ClinicConfig, event: &WidgetEvent) {
    let (suffix, verdict) = match event {
        WidgetEvent::Ready => ("ready", None),
        WidgetEvent::Start => ("start", None),
        WidgetEvent::Result(verdict) => ("result", Some(*verdict)),
        WidgetEvent::BookingClick => ("booking-click", None),
        WidgetEvent::CallClick => ("call-click", None),
    };
    let leaving = verdict.and_then(|verdict| config.verdict_for_analytics(verdict));
    // The page's analytics must never break the widget: failures are dropped.
    let _ = dispatch_host_event(host, suffix, verdict.map(|verdict| (verdict.id(), leaving)));
    let data_layer_name = format!("resistance_check_{}", suffix.replace('-', "_"));
    push_to_data_layer(&data_layer_name, leaving.map(|id| ("verdict", id)));
    if matches!(event, WidgetEvent::BookingClick) {
        // GA4's recommended event for a lead, so a booking click can count as a conversion.
        push_to_data_layer("generate_lead", Some(("lead_source", "resistance_check")));
    }
}

/// Dispatches `resistance-check:<suffix>` on `host`, with `{verdict}` as detail for a
/// result, and `analyticsVerdict` (the same id) beside it when the verdict may leave the page.
fn dispatch_host_event(
    host: &HtmlElement,
    suffix: &str,
    verdict: Option<(&str, Option<&str>)>,
) -> Result<(), JsValue> {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Some((id, leaving)) = verdict {
        let detail = Object::new();
        Reflect::set(&detail, &"verdict".into(), &id.into())?;
        if let Some(leaving) = leaving {
            Reflect::set(&detail, &"analyticsVerdict".into(), &leaving.into())?;
        }
        init.set_detail(&detail);
    }
    let event =
        CustomEvent::new_with_event_init_dict(&format!("resistance-check:{suffix}"), &init)?;
    host.dispatch_event(&event)?;
    Ok(())
}

/// `window.dataLayer.push({event: name, <field>})` when the page has a dataLayer array.
/// The push goes through the array's own `push` property, which Tag Manager replaces.
fn push_to_data_layer(name: &str, field: Option<(&str, &str)>) {
    let window: JsValue = gloo::utils::window().into();
    let Ok(data_layer) = Reflect::get(&window, &"dataLayer".into()) else {
        return;
    };
    if !Array::is_array(&data_layer) {
        return;
    }
    let Ok(push) = Reflect::get(&data_layer, &"push".into()) else {
        return;
    };
    let Some(push) = push.dyn_ref::<Function>() else {
        return;
    };
    let entry = Object::new();
    let _ = Reflect::set(&entry, &"event".into(), &name.into());
    if let Some((key, value)) = field {
        let _ = Reflect::set(&entry, &key.into(), &value.into());
    }
    let _ = push.call1(&data_layer, &entry);
}

/// Makes `sheet` the shadow root's first adopted stylesheet, in place of the first step's
/// rules the loader adopted there; the sheets after it (a dialog's own, which the loader
/// adopts second) stay.
fn adopt_widget_sheet(shadow: &ShadowRoot, sheet: &JsValue) -> Result<(), JsValue> {
    let key: JsValue = "adoptedStyleSheets".into();
    let sheets = Reflect::get(shadow, &key)
        .ok()
        .and_then(|sheets| sheets.dyn_into::<Array>().ok())
        .map(|sheets| sheets.slice(0, sheets.length()))
        .unwrap_or_default();
    if sheets.length() == 0 {
        sheets.push(sheet);
    } else {
        sheets.set(0, sheet.clone());
    }
    Reflect::set(shadow, &key, &sheets)?;
    Ok(())
}

/// The element of `shadow` the widget goes in, where the loader made one (a dialog's body).
fn mount_point(shadow: &ShadowRoot) -> Option<Element> {
    shadow
        .query_selector(&format!("[{}]", handover::MOUNT_POINT))
        .ok()
        .flatten()
}

/// The host's open shadow root, made on first use.
fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Empties a widget's shadow root down to a slot, so that the host element shows its own
/// content (the fallback), styled by the page alone. A dialog keeps its frame (and its
/// close button and stylesheet): the slot takes the widget's place in its body.
fn show_own_content(shadow: &ShadowRoot) {
    if let Some(mount_point) = mount_point(shadow) {
        mount_point.set_inner_html("<slot></slot>");
        return;
    }
    shadow.set_inner_html("<slot></slot>");
    let _ = Reflect::set(shadow, &"adoptedStyleSheets".into(), &Array::new());
}

/// Replaces every widget by a slot, so the light-DOM fallback the page put inside the
/// element (a sentence, the phone number, the booking link) becomes visible again. The
/// panic hook calls it; public so that a browser test can prove the swap without panicking.
pub fn show_fallback_everywhere() {
    // try_with and try_borrow: a panic inside a borrow must not panic again here.
    let _ = MOUNTED.try_with(|mounted| {
        if let Ok(mounted) = mounted.try_borrow() {
            for widget in mounted.iter() {
                if let Some(shadow) = widget.host.shadow_root() {
                    show_own_content(&shadow);
                }
            }
        }
    });
}
