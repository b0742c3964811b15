//! The Yew components of the widget.

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub phone: AttrValue,
    pub booking_url: AttrValue,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <section class="rc-card" aria-labelledby="rc-title" data-ready="true">
            <h2 id="rc-title">{"Is your Botox still working?"}</h2>
            <p class="rc-cta">
                <a class="rc-button" href={props.booking_url.clone()}>{"Book a free consultation with Dr. Alex"}</a>
                <a class="rc-link" href={format!("tel:{}", props.phone)}>{format!("Call {}", props.phone)}</a>
            </p>
        </section>
    }
}
