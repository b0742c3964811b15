//! The widget's frame: the title bar with the language switch, the step, the contact panel
//! and the live region; the step context (language, progress, the heading to focus) that
//! every step reads; the step frame (progress line and heading) around each question step;
//! and the first step as it is prerendered at build time.

use yew::prelude::*;

use crate::clinic::{ClinicConfig, Language, OfferedPaths};
use crate::date::Date;
use crate::form::state::FormState;
use crate::handover;
use crate::i18n::{fill, Catalog};

use super::fields::Select;
use super::steps::{SafetyStep, HEADING_ID};

/// What every step shares, provided by the root: the visitor's language, where they are
/// ("step X of Y", no Y before a path is chosen), and the heading that takes focus.
#[derive(Clone, Debug, PartialEq)]
pub struct StepContext {
    pub language: Language,
    pub progress: (usize, Option<usize>),
    pub heading_ref: NodeRef,
}

impl Default for StepContext {
    fn default() -> Self {
        StepContext {
            language: Language::En,
            progress: (1, None),
            heading_ref: NodeRef::default(),
        }
    }
}

/// The step context; a step rendered outside a provider (a test) gets the default one.
#[hook]
pub fn use_step() -> StepContext {
    use_context::<StepContext>().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct StepFrameProps {
    pub heading: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// A question step: the progress line, then its heading, which takes focus when the step
/// appears, then the step's own content.
#[component]
pub fn StepFrame(props: &StepFrameProps) -> Html {
    let StepContext {
        language,
        progress: (at, of),
        heading_ref,
    } = use_step();
    let text = Catalog::for_language(language);
    // No total is promised before a path is chosen: the paths have different lengths.
    let at = at.to_string();
    let words = match of {
        Some(total) => fill(text.progress, &[&at, &total.to_string()]),
        None => fill(text.progress_open, &[&at]),
    };
    html! {
        <>
            <p class="rc-progress rc-no-print">
                <span>{words.clone()}</span>
                if let Some(total) = of {
                    <progress value={at} max={total.to_string()} aria-label={words}></progress>
                }
            </p>
            <h2 id={HEADING_ID} tabindex="-1" ref={heading_ref}>{props.heading.clone()}</h2>
            {props.children.clone()}
        </>
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
                    <Select id={handover::LANGUAGE_SWITCH} label={text.language_switch_label} options={languages} value={code} on_change={props.on_language.clone()} />
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
            red_flags={state.red_flags.clone()} on_toggle={Callback::noop()} on_continue={Callback::noop()}
            privacy={Catalog::for_language(props.language).privacy_sentences(&ClinicConfig::default())}
        />
    };
    let contact = html! { <div class="rc-contact-pending"></div> };
    let context = StepContext {
        language: props.language,
        progress: state.progress(),
        heading_ref: NodeRef::default(),
    };
    html! {
        <ContextProvider<StepContext> {context}>
            <Frame language={props.language} live=false on_language={Callback::noop()} {step} {contact} />
        </ContextProvider<StepContext>>
    }
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
