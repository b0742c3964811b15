//! The Yew components of the widget. State lives in `state`; leaf components emit domain
//! values; the root (`App`) wires them to the engine and reports events to the embedder.

pub mod clock;
pub mod contact;

use std::rc::Rc;

use yew::prelude::*;

use crate::clinic::{booking_href, ClinicConfig, Language};
use contact::ContactPanel;

/// What the widget tells the host page about; never anything the visitor answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    Ready,
    Start,
    /// The verdict id of the result, e.g. "correctable".
    Result(&'static str),
    BookingClick,
    CallClick,
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Rc<ClinicConfig>,
    /// The language to start in (configuration, else the browser's).
    pub language: Language,
    /// The host page's query string, for the booking link's campaign parameters.
    pub page_query: AttrValue,
    pub on_event: Callback<WidgetEvent>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let language = props.language;
    let now = clock::now_in(&props.config.time_zone);
    let href = booking_href(
        &props.config.booking_url,
        &props.page_query,
        &props.config.utm_params,
        None,
    );
    {
        let on_event = props.on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }
    html! {
        <div class="rc-layout" lang={language.code()} data-ready="true">
            <section class="rc-main" aria-labelledby="rc-title">
                <h2 id="rc-title">{"Is your Botox still working?"}</h2>
            </section>
            <ContactPanel
                config={props.config.clone()}
                {language}
                {now}
                booking_href={Some(AttrValue::from(href))}
                on_booking_click={props.on_event.reform(|_| WidgetEvent::BookingClick)}
                on_call_click={props.on_event.reform(|_| WidgetEvent::CallClick)}
            />
        </div>
    }
}
