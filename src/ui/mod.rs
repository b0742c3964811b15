//! The Yew components of the widget. State lives in `form::state` (wrapped by `state`);
//! leaf components emit domain values, which `ActionSender` turns into the reducer's
//! actions; the root (`App`) picks the step, provides the step context, and reports events
//! to the embedder.

pub mod chart;
pub mod clock;
pub mod contact;
pub mod fields;
pub mod frame;
pub mod hooks;
pub mod result;
pub mod state;
pub mod steps;
pub mod storage;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::ShadowRoot;
use yew::prelude::*;

use crate::clinic::{booking_href, ClinicConfig, Language};
use crate::engine::model::Verdict;
use crate::form::state::{Action, FormState, Step};
use crate::handover;
use crate::i18n::Catalog;
use contact::ContactPanel;
use frame::{Frame, StepContext};
use hooks::{
    use_device_storage, use_events, use_focus_on_step, use_leave_warning, use_minute_ticks,
};
use result::ResultView;
use steps::{AboutStep, PathStep, QuickStep, SafetyStep, VisitsStep};

#[cfg(not(target_arch = "wasm32"))]
pub use frame::first_step_html;
pub use frame::{FirstStep, FirstStepProps};

/// What the widget tells the host page about; never anything the visitor answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    Ready,
    Start,
    /// The result's verdict: for the page's own event always, for analytics only by the
    /// clinic's opt-in (`ClinicConfig::verdict_for_analytics`).
    Result(Verdict),
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

/// Makes the callbacks that send the form's reducer an action, as yew's function_todomvc
/// does: leaves emit domain values, and each callback turns them into an `Action`.
#[derive(Clone, PartialEq)]
pub struct ActionSender(UseReducerDispatcher<FormState>);

impl ActionSender {
    /// A callback that sends `action`, whatever the leaf emits.
    pub fn action<T: 'static>(&self, action: Action) -> Callback<T> {
        let dispatcher = self.0.clone();
        Callback::from(move |_| dispatcher.dispatch(action.clone()))
    }

    /// A callback that sends the action that `make` builds from what the leaf emits.
    pub fn with<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatcher = self.0.clone();
        Callback::from(move |value| dispatcher.dispatch(make(value)))
    }
}

/// What the result and the contact panel link to, and where their clicks are reported.
struct Contact {
    /// The booking link with its campaign parameters; none on the seek-care screen.
    booking: Option<AttrValue>,
    on_booking_click: Callback<()>,
    on_call_click: Callback<()>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let state = {
        let (language, paths) = (props.language, config.paths);
        use_reducer(move || FormState::new(language, paths, clock::visitor_today()))
    };
    let send = ActionSender(state.dispatcher());
    let heading_ref = use_node_ref();
    let main_ref = use_node_ref();
    use_events(&props.on_event, &state);
    use_focus_on_step(&state, &heading_ref, &main_ref);
    use_device_storage(&state);
    use_minute_ticks();
    // Once the result is there the visitor has what they came for: only answers still being
    // given are guarded.
    let own_link_clicked =
        use_leave_warning(state.has_entries() && !state.remember && state.step != Step::Result);

    let language = state.language;
    let text = Catalog::for_language(language);
    let verdict = state.verdict();
    let clicked = |event: WidgetEvent| {
        let (on_event, own_link_clicked) = (props.on_event.clone(), own_link_clicked.clone());
        Callback::from(move |_| {
            own_link_clicked.emit(());
            on_event.emit(event.clone());
        })
    };
    let contact = Contact {
        booking: booking_link(&config, &props.page_query, verdict),
        on_booking_click: clicked(WidgetEvent::BookingClick),
        on_call_click: clicked(WidgetEvent::CallClick),
    };
    let step = match state.step {
        Step::Result => result_view(&state, &send, &config, &contact, &main_ref),
        _ => question_view(&state, &send, &config),
    };
    let on_language = send.with(move |code: String| {
        Action::SetLanguage(Language::from_tag(&code).unwrap_or(language))
    });
    let announcement = AttrValue::from(verdict.map_or("", |v| text.verdict_headlines[v as usize]));
    let panel = html! {
        <ContactPanel
            config={config.clone()} {language} now={config.time_zone.as_deref().and_then(clock::now_in)}
            booking_href={contact.booking} on_booking_click={contact.on_booking_click} on_call_click={contact.on_call_click}
        />
    };
    let context = StepContext {
        language,
        progress: state.progress(),
        heading_ref,
        heading_level: config.heading_level,
    };
    html! {
        <ContextProvider<StepContext> {context}>
            <Frame {language} live=true {on_language} notice={notice(text, &state, &send)} {step}
                contact={panel} {announcement} {main_ref} />
        </ContextProvider<StepContext>>
    }
}

/// The booking link, with the host page's campaign parameters and (by the clinic's opt-in)
/// the verdict; none on the seek-care screen, and none without a usable booking page.
fn booking_link(
    config: &ClinicConfig,
    page_query: &str,
    verdict: Option<Verdict>,
) -> Option<AttrValue> {
    let shared_verdict = verdict.and_then(|verdict| config.verdict_for_booking(verdict));
    let url = config.booking_url.as_deref();
    url.filter(|_| verdict != Some(Verdict::SeekCare))
        .map(|url| booking_href(url, page_query, &config.utm_params, shared_verdict).into())
}

/// The step the visitor is on, before the result.
fn question_view(state: &FormState, send: &ActionSender, config: &ClinicConfig) -> Html {
    let text = Catalog::for_language(state.language);
    let (on_back, on_next) = (send.action(Action::Back), send.action(Action::Next));
    match state.step {
        Step::Safety => html! {
            <SafetyStep
                red_flags={state.red_flags.clone()} privacy={text.privacy_sentences(config)}
                emergency_number={config.emergency_number().map(AttrValue::from)}
                on_toggle={send.with(|(flag, on)| Action::ToggleRedFlag(flag, on))}
                on_continue={send.action(Action::FinishSafety)}
            />
        },
        Step::ChoosePath => html! {
            <PathStep chosen={state.path} on_choose={send.with(Action::ChoosePath)} {on_back} />
        },
        Step::Quick(index) => match state.quick_question(index) {
            Some(question) => html! {
                <QuickStep
                    {question} answers={state.quick.clone()} about={state.about.clone()}
                    last={index + 1 == state.quick.questions().len()}
                    on_answer={send.with(Action::Answer)} on_about={send.with(Action::EditAbout)}
                    {on_next} {on_back}
                />
            },
            None => html! {},
        },
        Step::Visits => html! {
            <VisitsStep
                visits={state.visits.clone()} errors={state.errors.clone()} this_year={state.today.year()}
                on_edit={send.with(|(index, edit)| Action::EditVisit(index, edit))}
                on_add={send.action(Action::AddVisit)} on_remove={send.with(Action::RemoveVisit)}
                {on_next} {on_back} import={state.import.clone()} today={state.today}
                on_import={send.with(|read| match read {
                    Ok(history) => Action::ImportHistory(history),
                    Err(reason) => Action::ImportFailed(reason),
                })}
            />
        },
        Step::About => html! {
            <AboutStep about={state.about.clone()} on_edit={send.with(Action::EditAbout)} {on_next} {on_back} />
        },
        Step::Result => html! {},
    }
}

/// The result, with what it offers: the booking link, printing, keeping the answers.
fn result_view(
    state: &FormState,
    send: &ActionSender,
    config: &Rc<ClinicConfig>,
    contact: &Contact,
    main_ref: &NodeRef,
) -> Html {
    let Some(outcome) = &state.outcome else {
        return html! {};
    };
    let main_ref = main_ref.clone();
    let history = outcome.history.clone();
    html! {
        <ResultView
            outcome={outcome.clone()} quick={state.quick.clone()} config={config.clone()} today={state.today}
            on_change_answers={send.action(Action::ChangeAnswers)} on_start_over={send.action(Action::StartOver)}
            on_print={Callback::from(move |_| print_widget(&main_ref))}
            remember={state.remember}
            on_remember={send.with(|on: bool| {
                // Unticking forgets at once, before anything else can happen.
                if !on {
                    storage::forget();
                }
                Action::SetRemember(on)
            })}
            on_download={Callback::from(move |_| storage::download(&history))}
            booking_href={contact.booking.clone()}
            on_booking_click={contact.on_booking_click.clone()} on_call_click={contact.on_call_click.clone()}
            now={config.time_zone.as_deref().and_then(clock::now_in)}
        />
    }
}

/// Above the step: answers restored from this device (with "Forget"), forgotten, or
/// cleared by "Start over" (with "Undo").
fn notice(text: &Catalog, state: &FormState, send: &ActionSender) -> Html {
    if state.restored {
        html! {
            <div class="rc-saved rc-no-print">
                <p>{text.saved_note}</p>
                <button type="button" class="rc-button rc-secondary rc-forget"
                    onclick={send.with(|_: MouseEvent| { storage::forget(); Action::Forget })}>{text.forget}</button>
            </div>
        }
    } else if state.forgotten {
        html! { <p class="rc-saved rc-no-print" role="status">{text.forgotten}</p> }
    } else if state.undo.is_some() {
        html! {
            <div class="rc-saved rc-undo rc-no-print" role="status">
                <p>{text.undo_note}</p>
                <button type="button" class="rc-button rc-secondary rc-undo-button" onclick={send.action(Action::Undo)}>{text.undo}</button>
            </div>
        }
    } else {
        html! {}
    }
}

/// Prints the widget alone: the loader's document-level print rule shows only the host
/// element marked `handover::PRINTING`.
fn print_widget(inside: &NodeRef) {
    let host = inside
        .cast::<web_sys::Node>()
        .map(|node| node.get_root_node())
        .and_then(|root| root.dyn_into::<ShadowRoot>().ok())
        .map(|shadow| shadow.host());
    if let Some(host) = &host {
        let _ = host.set_attribute(handover::PRINTING, "");
    }
    let _ = gloo::utils::window().print();
    // Chromium and Firefox block in print(); the mark goes once the dialog is closed.
    if let Some(host) = host {
        let _ = host.remove_attribute(handover::PRINTING);
    }
}
