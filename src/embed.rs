//! Embedding: reads the host element's configuration, mounts the widget into the element's
//! shadow root, and shows the element's own fallback content if the widget ever fails.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::ui::{App, AppProps};

/// One widget on the page.
struct MountedWidget {
    host: HtmlElement,
    app: AppHandle<App>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<MountedWidget>> = const { RefCell::new(Vec::new()) };
}

/// Runs once when the module starts: a panic must leave the clinic's contact on screen.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!(
            "resistance-check: the widget stopped because of an internal error ({info}); showing the page's fallback content instead."
        ));
        show_fallback_everywhere();
    }));
}

/// Mounts a widget into `host`'s shadow root, styled by the stylesheet at `stylesheet_url`.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, stylesheet_url: &str) -> Result<(), JsValue> {
    unmount(&host);
    let shadow = shadow_root(&host)?;
    let document = gloo::utils::document();
    shadow.set_inner_html("");
    let stylesheet = document.create_element("link")?;
    stylesheet.set_attribute("rel", "stylesheet")?;
    stylesheet.set_attribute("href", stylesheet_url)?;
    shadow.append_child(&stylesheet)?;
    let root = document.create_element("div")?;
    root.set_class_name("rc");
    shadow.append_child(&root)?;

    let attribute = |name: &str| host.get_attribute(name);
    let props = AppProps {
        phone: attribute("phone").unwrap_or_else(|| "(555) 010-0199".into()).into(),
        booking_url: attribute("booking-url")
            .unwrap_or_else(|| "https://example.com/book".into())
            .into(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|mounted| mounted.borrow_mut().push(MountedWidget { host, app }));
    Ok(())
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
            shadow.set_inner_html("<slot></slot>");
        }
    }
}

/// The host's open shadow root, made on first use.
fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Replaces every widget by a slot, so the light-DOM fallback the page put inside the
/// element (a sentence, the phone number, the booking link) becomes visible again.
fn show_fallback_everywhere() {
    // try_with and try_borrow: a panic inside a borrow must not panic again here.
    let _ = MOUNTED.try_with(|mounted| {
        if let Ok(mounted) = mounted.try_borrow() {
            for widget in mounted.iter() {
                if let Some(shadow) = widget.host.shadow_root() {
                    shadow.set_inner_html("<slot></slot>");
                }
            }
        }
    });
}
