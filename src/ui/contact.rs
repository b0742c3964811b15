//! The contact panel: the call to action (book, call), the address with directions, whether
//! the office is open now, and the week's office hours with today's row marked. The call to
//! action is also its own component, which the result shows where the visitor decides.

use yew::prelude::*;

use crate::clinic::{directions_href, ClinicClock, ClinicConfig, Language};
use crate::i18n::hours::{day_hours_text, status_text};
use crate::i18n::wording::consultation_with;
use crate::i18n::{fill, Catalog};

use super::frame::use_step;

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    pub config: std::rc::Rc<ClinicConfig>,
    pub language: Language,
    /// The office's local time now; `None` when the browser cannot tell it.
    pub now: Option<ClinicClock>,
    /// The booking link with its campaign parameters; `None` hides it (the seek-care screen).
    pub booking_href: Option<AttrValue>,
    pub on_booking_click: Callback<()>,
    pub on_call_click: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct CallToActionProps {
    pub config: std::rc::Rc<ClinicConfig>,
    pub language: Language,
    /// `None` leaves the booking button out (the seek-care screen).
    pub booking_href: Option<AttrValue>,
    pub on_booking_click: Callback<()>,
    pub on_call_click: Callback<()>,
    /// Extra classes: where this one stands (the result's top, its end bar).
    #[prop_or_default]
    pub class: &'static str,
}

/// The booking button and the call link, as the contact panel and the result show them.
#[component]
pub fn CallToAction(props: &CallToActionProps) -> Html {
    let text = Catalog::for_language(props.language);
    let config = &props.config;
    let cta = config
        .cta_text_in(props.language)
        .map(str::to_string)
        .unwrap_or_else(|| {
            fill(
                text.book_cta,
                &[&consultation_with(text, props.language, &config.doctor)],
            )
        });
    let booking = props.booking_href.as_ref().map(|href| {
        let on_click = props.on_booking_click.reform(|_: MouseEvent| ());
        html! {
            <a class="rc-button rc-book" href={href.clone()} target="_top" onclick={on_click}>{cta}</a>
        }
    });
    html! {
        <div class={classes!("rc-cta", props.class)}>
            {booking}
            {call_link(text, config, &props.on_call_click)}
        </div>
    }
}

/// "Call the office: …", the clinic's call link; none without a usable number, never a
/// placeholder. The contact panel, the result and the seek-care screen all show this one.
pub fn call_link(text: &Catalog, config: &ClinicConfig, on_click: &Callback<()>) -> Option<Html> {
    // The number in its own box, which never wraps: "(555) 010-" / "0199" misreads.
    let (before, after) = text
        .call_cta
        .split_once("{}")
        .unwrap_or((text.call_cta, ""));
    config.phone.as_ref().map(|phone| {
        html! {
            <a class="rc-link rc-call" href={phone.href.clone()} onclick={on_click.reform(|_: MouseEvent| ())}>
                // One flex item: the link is a flex box, which would drop the space
                // between separate items.
                <span>{before}<span class="rc-phone">{phone.text.clone()}</span>{after}</span>
            </a>
        }
    })
}

#[component]
pub fn ContactPanel(props: &ContactProps) -> Html {
    let text = Catalog::for_language(props.language);
    let config = &props.config;
    // A one-column widget folds the week's hours under this button (the stylesheet's
    // container query hides the button in a wide widget and shows the table unfolded).
    let hours_open = use_state(|| false);
    let heading = use_step().heading(1);
    let toggle_hours = {
        let hours_open = hours_open.clone();
        Callback::from(move |_: MouseEvent| hours_open.set(!*hours_open))
    };
    let place = [config.name.as_str(), config.address.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <div class="rc-contact">
            <@{heading} id="rc-contact-title" class="rc-subtitle">{fill(text.contact_heading, &[&consultation_with(text, props.language, &config.doctor)])}</@>
            if !place.is_empty() {
                <p class="rc-address">
                    {place}
                    // Directions need an address; the name alone could find another clinic.
                    if config.directions && !config.address.is_empty() {
                        <br />
                        <a class="rc-link rc-directions rc-no-print" href={directions_href(&config.name, &config.address)}
                            target="_blank" rel="noopener">{text.directions}</a>
                    }
                </p>
            }
            <CallToAction
                config={config.clone()} language={props.language} booking_href={props.booking_href.clone()}
                on_booking_click={props.on_booking_click.clone()} on_call_click={props.on_call_click.clone()}
            />
            { status_line(text, props.now, config) }
            if let Some(url) = &config.mailing_list_url {
                // A link only: nothing the visitor entered goes with it.
                <p class="rc-mailing rc-no-print">
                    <a class="rc-link" href={url.clone()} target="_top">{text.mailing_list}</a>
                </p>
            }
            <button type="button" class="rc-hours-toggle" aria-controls="rc-hours"
                aria-expanded={if *hours_open { "true" } else { "false" }} onclick={toggle_hours}>
                {hours_caption(text, config)}
            </button>
            <div id="rc-hours" class={classes!("rc-hours-wrap", (!*hours_open).then_some("rc-folded"))}>
                { hours_table(text, props.now, config) }
            </div>
        </div>
    }
}

fn hours_caption(text: &Catalog, config: &ClinicConfig) -> String {
    if config.address.is_empty() {
        text.hours_caption_plain.to_string()
    } else {
        fill(text.hours_caption, &[&config.address])
    }
}

/// Whether the office is open now, and when it opens next; nothing without its clock.
pub fn status_line(text: &Catalog, now: Option<ClinicClock>, config: &ClinicConfig) -> Html {
    let Some(now) = now else { return html! {} };
    let (open, words) = status_text(text, config.hour_cycle, config.hours.status(now));
    let class = if open { "rc-open" } else { "rc-closed" };
    html! { <p class={format!("rc-status {class}")}>{words}</p> }
}

fn hours_table(text: &Catalog, now: Option<ClinicClock>, config: &ClinicConfig) -> Html {
    // Without the office's clock the regular week is shown and no row is marked.
    let today = now.map(|clock| clock.date);
    let week_of = today.unwrap_or_else(|| crate::date::Date::from_days(0));
    let rows = config.hours.week(week_of).into_iter().map(|day| {
        let is_today = today.is_some() && day.is_today;
        let hours = day_hours_text(text, config.hour_cycle, &day, today.is_some());
        html! {
            <tr class={is_today.then_some("rc-today")} aria-current={is_today.then_some("date")}>
                <th scope="row">
                    {text.weekday(day.weekday)}
                    if is_today { <span class="rc-today-marker">{format!(" ({})", text.today_marker)}</span> }
                </th>
                <td>{hours}</td>
            </tr>
        }
    });
    html! {
        <table class="rc-hours">
            <caption>{hours_caption(text, config)}</caption>
            <thead><tr><th scope="col">{text.hours_day}</th><th scope="col">{text.hours_hours}</th></tr></thead>
            <tbody>{for rows}</tbody>
        </table>
    }
}
