//! The widget's frame: the title bar with the language switch, the step, the contact panel
//! and the live region; the step context (language, progress, the heading to focus) that
//! every step reads; the step frame (progress line and heading) around each question step;
//! and the first step as it is prerendered at build time.

use yew::prelude::*;

use crate::clinic::{ClinicConfig, Language, OfferedPaths, DEFAULT_HEADING_LEVEL};
use crate::date::Date;
use crate::form::state::FormState;
use crate::handover;
use crate::i18n::{fill, Catalog};

use super::fields::Select;
use super::steps::{SafetyStep, HEADING_ID};

/// What every step shares, provided by the root: the visitor's language, where they are
/// ("step X of Y", no Y before a path is chosen), the heading that takes focus, and the
/// level of that heading on the host's page (`heading-level`).
#[derive(Clone, Debug, PartialEq)]
pub struct StepContext {
    pub language: Language,
    pub progress: (usize, Option<usize>),
    pub heading_ref: NodeRef,
    pub heading_level: u8,
}

impl Default for StepContext {
    fn default() -> Self {
        StepContext {
            language: Language::En,
            progress: (1, None),
            heading_ref: NodeRef::default(),
            heading_level: DEFAULT_HEADING_LEVEL,
        }
    }
}

impl StepContext {
    /// The tag of a heading `depth` levels under the step's own heading (depth 0), so that
    /// the widget's headings go down one level at a time from the host's level.
    pub fn heading(&self, depth: u8) -> &'static str {
        const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
        TAGS[usize::from(self.heading_level.saturating_add(depth).clamp(1, 6)) - 1]
    }
}

/// The step context; a step rendered outside a provider (a test) gets the default one.
#[hook]
pub fn use_step() -> StepContext {
    use_context::<StepContext>().unwrap_or_default()
}

/// The progress line's words, which begin the step heading's name.
const PROGRESS_ID: &str = "rc-progress-text";

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
    let step = use_step();
    let (at, of) = step.progress;
    let text = Catalog::for_language(step.language);
    // No total is promised before a path is chosen: the paths have different lengths.
    let at = at.to_string();
    let words = match of {
        Some(total) => fill(text.progress, &[&at, &total.to_string()]),
        None => fill(text.progress_open, &[&at]),
    };
    // The heading's name says where the visitor is ("Step 3 of 8 ..."), since focus lands
    // on it at each step; the progress line above says the same to the eye, so it is
    // hidden from screen readers rather than read twice.
    html! {
        <>
            <p class="rc-progress rc-no-print" aria-hidden="true">
                <span id={PROGRESS_ID}>{words.clone()}</span>
                if let Some(total) = of {
                    <progress value={at} max={total.to_string()}></progress>
                }
            </p>
            <@{step.heading(0)} id={HEADING_ID} class="rc-step-title" tabindex="-1" ref={step.heading_ref.clone()}
                aria-labelledby={format!("{PROGRESS_ID} {HEADING_ID}")}>{props.heading.clone()}</@>
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
    // Each language names itself in its own words and is marked as such (WCAG 3.1.2).
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
                    <Select id={handover::LANGUAGE_SWITCH} label={text.language_switch_label} options={languages} options_are_languages=true value={code} on_change={props.on_language.clone()} />
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
        heading_level: DEFAULT_HEADING_LEVEL,
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
