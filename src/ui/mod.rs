//! The Yew components of the widget. State lives in `form::state` (wrapped by `state`);
//! leaf components emit domain values; the root (`App`) wires the steps together, moves
//! focus, and reports events to the embedder.

pub mod chart;
pub mod clock;
pub mod contact;
pub mod fields;
pub mod result;
pub mod state;
pub mod steps;
pub mod storage;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};
use yew::prelude::*;

use crate::clinic::{booking_href, ClinicConfig, Language, OfferedPaths};
use crate::date::Date;
use crate::engine::model::Verdict;
use crate::form::state::{Action, FormState, PathKind, Step};
use crate::i18n::Catalog;
use contact::ContactPanel;
use fields::Select;
use result::ResultView;
use steps::{AboutStep, PathStep, QuickStep, SafetyStep, VisitsStep};

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

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let state = {
        let (language, paths) = (props.language, config.paths);
        use_reducer(move || FormState::new(language, paths, clock::visitor_today()))
    };
    let language = state.language;
    let text = Catalog::for_language(language);
    let heading_ref = use_node_ref();
    let main_ref = use_node_ref();
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action.clone()))
    };

    use_events(&props.on_event, &state);
    use_focus_on_step(&state, &heading_ref, &main_ref);
    use_device_storage(&state);
    use_leave_warning(state.has_entries() && !state.remember);

    let now = config.time_zone.as_deref().and_then(clock::now_in);
    let verdict = state.verdict();
    let shared_verdict = verdict.and_then(|verdict| config.verdict_for_booking(verdict));
    let booking_url = config.booking_url.as_deref();
    let booking = booking_url
        .filter(|_| verdict != Some(Verdict::SeekCare))
        .map(|url| {
            AttrValue::from(booking_href(
                url,
                &props.page_query,
                &config.utm_params,
                shared_verdict,
            ))
        });

    let progress = state.progress();
    let on_back = dispatch(Action::Back);
    let on_next = dispatch(Action::Next);
    let step = match state.step {
        Step::Safety => html! {
            <SafetyStep
                {language} {progress} heading_ref={heading_ref.clone()}
                red_flags={state.red_flags.clone()}
                privacy={text.privacy_sentences(&config)}
                on_toggle={{ let state = state.clone(); Callback::from(move |(flag, on)| state.dispatch(Action::ToggleRedFlag(flag, on))) }}
                on_continue={dispatch(Action::FinishSafety)}
            />
        },
        Step::ChoosePath => html! {
            <PathStep
                {language} {progress} heading_ref={heading_ref.clone()}
                chosen={state.path}
                on_choose={{ let state = state.clone(); Callback::from(move |path| state.dispatch(Action::ChoosePath(path))) }}
                on_back={on_back.clone()}
            />
        },
        Step::Quick(index) => match state.quick_question(index) {
            Some(question) => html! {
                <QuickStep
                    {language} {progress} heading_ref={heading_ref.clone()}
                    {question}
                    answers={state.quick.clone()}
                    about={state.about.clone()}
                    last={index + 1 == state.quick.questions().len()}
                    on_answer={{ let state = state.clone(); Callback::from(move |answer| state.dispatch(Action::Answer(answer))) }}
                    on_about={{ let state = state.clone(); Callback::from(move |edit| state.dispatch(Action::EditAbout(edit))) }}
                    on_next={on_next.clone()}
                    on_back={on_back.clone()}
                />
            },
            None => html! {},
        },
        Step::Visits => html! {
            <VisitsStep
                {language} {progress} heading_ref={heading_ref.clone()}
                visits={state.visits.clone()}
                errors={state.errors.clone()}
                this_year={state.today.year()}
                on_edit={{ let state = state.clone(); Callback::from(move |(index, edit)| state.dispatch(Action::EditVisit(index, edit))) }}
                on_add={dispatch(Action::AddVisit)}
                on_remove={{ let state = state.clone(); Callback::from(move |index| state.dispatch(Action::RemoveVisit(index))) }}
                on_next={on_next.clone()}
                on_back={on_back.clone()}
                import={state.import.clone()}
                on_import={{ let state = state.clone(); Callback::from(move |read: Result<crate::engine::History, crate::engine::InputError>| state.dispatch(match read {
                    Ok(history) => Action::ImportHistory(history),
                    Err(reason) => Action::ImportFailed(reason),
                })) }}
                today={state.today}
            />
        },
        Step::About => html! {
            <AboutStep
                {language} {progress} heading_ref={heading_ref.clone()}
                about={state.about.clone()}
                on_edit={{ let state = state.clone(); Callback::from(move |edit| state.dispatch(Action::EditAbout(edit))) }}
                on_next={on_next.clone()}
                on_back={on_back.clone()}
            />
        },
        Step::Result => match &state.outcome {
            Some(outcome) => html! {
                <ResultView
                    {language}
                    heading_ref={heading_ref.clone()}
                    outcome={outcome.clone()}
                    quick={state.quick.clone()}
                    config={config.clone()}
                    today={state.today}
                    on_change_answers={dispatch(Action::ChangeAnswers)}
                    on_start_over={dispatch(Action::StartOver)}
                    on_print={{ let main_ref = main_ref.clone(); Callback::from(move |_| print_widget(&main_ref)) }}
                    remember={state.remember}
                    on_remember={{ let state = state.clone(); Callback::from(move |on: bool| {
                        if !on {
                            storage::forget();
                        }
                        state.dispatch(Action::SetRemember(on));
                    }) }}
                    on_download={{ let history = outcome.history.clone(); Callback::from(move |_| storage::download(&history)) }}
                    booking_href={booking.clone()}
                    on_booking_click={props.on_event.reform(|_| WidgetEvent::BookingClick)}
                    on_call_click={props.on_event.reform(|_| WidgetEvent::CallClick)}
                />
            },
            None => html! {},
        },
    };

    let on_language = {
        let state = state.clone();
        Callback::from(move |code: String| {
            if let Some(language) = Language::from_tag(&code) {
                state.dispatch(Action::SetLanguage(language));
            }
        })
    };
    let announcement = verdict
        .map(|v| text.verdict_headlines[v as usize])
        .unwrap_or_default();
    let announcement = AttrValue::from(announcement);
    let notice = if state.restored {
        html! {
            <div class="rc-saved rc-no-print">
                <p>{text.saved_note}</p>
                <button type="button" class="rc-button rc-secondary rc-forget" onclick={dispatch(Action::Forget).reform(|_: MouseEvent| storage::forget())}>{text.forget}</button>
            </div>
        }
    } else if state.forgotten {
        html! { <p class="rc-saved rc-no-print" role="status">{text.forgotten}</p> }
    } else if state.undo.is_some() {
        html! {
            <div class="rc-saved rc-undo rc-no-print" role="status">
                <p>{text.undo_note}</p>
                <button type="button" class="rc-button rc-secondary" onclick={dispatch(Action::Undo).reform(|_: MouseEvent| ())}>{text.undo}</button>
            </div>
        }
    } else {
        html! {}
    };
    let contact = html! {
        <ContactPanel
            config={config.clone()}
            {language}
            {now}
            booking_href={booking}
            on_booking_click={props.on_event.reform(|_| WidgetEvent::BookingClick)}
            on_call_click={props.on_event.reform(|_| WidgetEvent::CallClick)}
        />
    };
    html! {
        <Frame {language} live=true {on_language} {notice} {step} {contact} announcement={announcement} {main_ref} />
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub language: Language,
    /// The live widget (true), or the first step prerendered at build time (false), which
    /// the loader shows until the wasm takes over: only the live one says `data-ready`.
    pub live: bool,
    /// The language switch's new language code.
    pub on_language: Callback<String>,
    /// Above the step: the note about answers kept on this device, when there is one.
    #[prop_or_default]
    pub notice: Html,
    pub step: Html,
    /// The contact panel, or its empty place in the prerendered first step: the panel
    /// shows clinic values, which only the wasm's checks may let through.
    pub contact: Html,
    /// What the screen reader's live region says (the result's headline).
    #[prop_or_default]
    pub announcement: AttrValue,
    #[prop_or_default]
    pub main_ref: NodeRef,
}

/// The widget's frame around each step: the title bar with the language switch, the step,
/// the contact panel and the live region. The live widget and the prerendered first step
/// both render through it, so their structure is one.
#[component]
pub fn Frame(props: &FrameProps) -> Html {
    let text = Catalog::for_language(props.language);
    let languages = vec![
        ("en".to_string(), "English".to_string()),
        ("es".to_string(), "Español".to_string()),
    ];
    let code = props.language.code();
    html! {
        <div class="rc-layout" lang={code} data-ready={props.live.then_some("true")} data-prerendered={(!props.live).then_some("true")}>
            <div class="rc-bar rc-no-print">
                <p class="rc-kicker">{text.widget_title}</p>
                <div class="rc-language">
                    <Select id="rc-language" label={text.language_switch_label} options={languages} value={code} on_change={props.on_language.clone()} />
                </div>
            </div>
            <div class="rc-columns">
                <div class="rc-main" ref={props.main_ref.clone()}>
                    {props.notice.clone()}
                    {props.step.clone()}
                </div>
                {props.contact.clone()}
            </div>
            <p class="rc-sr-only" aria-live="polite">{props.announcement.clone()}</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FirstStepProps {
    pub language: Language,
    /// The paths the clinic offers: they set the step count in "step 1 of N".
    pub paths: OfferedPaths,
}

/// The first step as a page shows it before the wasm has arrived (rendered to HTML at
/// build time, `prerender`): the safety screen in the widget's frame, with nothing ticked
/// and no clinic's values. It is the same for every clinic but for the step count.
#[component]
pub fn FirstStep(props: &FirstStepProps) -> Html {
    // Any date: the safety screen does not show one.
    let state = FormState::new(props.language, props.paths, Date::from_days(0));
    let step = html! {
        <SafetyStep
            language={props.language} progress={state.progress()} heading_ref={NodeRef::default()}
            red_flags={state.red_flags.clone()} on_toggle={Callback::noop()} on_continue={Callback::noop()}
            privacy={Catalog::for_language(props.language).privacy_sentences(&ClinicConfig::default())}
        />
    };
    let contact = html! { <div class="rc-contact-pending"></div> };
    html! { <Frame language={props.language} live=false on_language={Callback::noop()} {step} {contact} /> }
}

/// The prerendered first step's HTML for `language` and `paths`: plain HTML without
/// hydration markers, no inline style or script (it must pass a strict CSP).
#[cfg(not(target_arch = "wasm32"))]
pub fn first_step_html(language: Language, paths: OfferedPaths) -> String {
    let renderer =
        yew::ServerRenderer::<FirstStep>::with_props(move || FirstStepProps { language, paths })
            .hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// Restores the kept history once, and keeps the detailed path's history while the visitor
/// wants it kept.
#[hook]
fn use_device_storage(state: &UseReducerHandle<FormState>) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(history) = storage::restore(state.today) {
                state.dispatch(Action::RestoreHistory(history));
                if let Some(place) = storage::restore_place() {
                    state.dispatch(Action::RestorePlace(place));
                }
            }
        });
    }
    // The place follows the visitor while they want their answers kept.
    let place = state.place().filter(|_| state.remember);
    use_effect_with(place, |place| {
        if let Some(place) = place {
            storage::keep_place(*place);
        }
    });
    let kept = state
        .outcome
        .as_ref()
        .filter(|outcome| state.remember && outcome.path == Some(PathKind::Detailed))
        .cloned();
    // Removal happens in the visitor's own actions (unticking, "Forget my answers"), never
    // here: on mount nothing is asked yet, and a restored copy must survive the next visit.
    use_effect_with(kept, |kept| {
        if let Some(outcome) = kept {
            storage::keep(&outcome.history);
        }
    });
}

/// While `unsaved` (answers given and not kept on the device), leaving the page (the
/// browser's Back button, closing the tab) asks first, in the browser's own words.
#[hook]
fn use_leave_warning(unsaved: bool) {
    use_effect_with(unsaved, |unsaved| {
        let listener = unsaved.then(|| {
            gloo::events::EventListener::new_with_options(
                &gloo::utils::window(),
                "beforeunload",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            )
        });
        move || drop(listener)
    });
}

/// Reports ready once, start when the visitor leaves the first screen, and each verdict.
#[hook]
fn use_events(on_event: &Callback<WidgetEvent>, state: &UseReducerHandle<FormState>) {
    {
        let on_event = on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }
    {
        let on_event = on_event.clone();
        use_effect_with(state.started, move |started| {
            if *started {
                on_event.emit(WidgetEvent::Start);
            }
        });
    }
    {
        let on_event = on_event.clone();
        let verdict = state.verdict();
        // Keyed on the outcome too, so an identical verdict from changed answers reports again.
        let outcome_key = state.outcome.clone();
        use_effect_with((verdict, outcome_key), move |(verdict, _)| {
            if let Some(verdict) = verdict {
                on_event.emit(WidgetEvent::Result(*verdict));
            }
        });
    }
}

/// Moves focus to each new step's heading (never on first render, which must not pull the
/// host page's scroll), and to the first field in error after a failed check.
#[hook]
fn use_focus_on_step(
    state: &UseReducerHandle<FormState>,
    heading_ref: &NodeRef,
    main_ref: &NodeRef,
) {
    let first_render = use_mut_ref(|| true);
    {
        let heading_ref = heading_ref.clone();
        use_effect_with(state.step, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(heading) = heading_ref.cast::<HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    {
        let main_ref = main_ref.clone();
        use_effect_with(state.errors.len(), move |count| {
            if *count == 0 {
                return;
            }
            let invalid = main_ref
                .cast::<HtmlElement>()
                .and_then(|main| main.query_selector("[aria-invalid='true']").ok().flatten())
                .and_then(|element| element.dyn_into::<HtmlElement>().ok());
            if let Some(field) = invalid {
                let _ = field.focus();
            }
        });
    }
}

/// Prints the widget alone: the loader's document-level print rule shows only the host
/// element marked `data-rc-printing`.
fn print_widget(inside: &NodeRef) {
    let host = inside
        .cast::<web_sys::Node>()
        .map(|node| node.get_root_node())
        .and_then(|root| root.dyn_into::<ShadowRoot>().ok())
        .map(|shadow| shadow.host());
    if let Some(host) = &host {
        let _ = host.set_attribute("data-rc-printing", "");
    }
    let _ = gloo::utils::window().print();
    // Chromium and Firefox block in print(); the mark goes once the dialog is closed.
    if let Some(host) = host {
        let _ = host.remove_attribute("data-rc-printing");
    }
}
