//! The result: a plain headline for the verdict, the causes with the visitor's own
//! evidence, the risk factors, what to do next, and (on paper) a summary of the answers.
//! The seek-care result leads with getting help and carries no booking pitch.

use yew::prelude::*;

use crate::clinic::{ClinicClock, ClinicConfig};
use crate::engine::model::{Cause, RiskFactor, Strength, Verdict};
use crate::form::quick::QuickAnswers;
use crate::form::state::{Assessed, PathKind};
use crate::i18n::print::print_summary;
use crate::i18n::wording::{evidence_text, next_step_text, verdict_summary, ResultContext};
use crate::i18n::{fill, Catalog};

use super::chart::HistoryChart;
use super::contact::{call_link, status_line, CallToAction};
use super::fields::Check;
use super::frame::{use_step, StepContext};
use super::steps::{emergency_line, HEADING_ID};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub outcome: std::rc::Rc<Assessed>,
    pub quick: QuickAnswers,
    pub config: std::rc::Rc<ClinicConfig>,
    pub today: crate::date::Date,
    pub on_change_answers: Callback<()>,
    pub on_start_over: Callback<()>,
    pub on_print: Callback<()>,
    /// Whether the visitor asked to keep the answers on this device.
    pub remember: bool,
    pub on_remember: Callback<bool>,
    pub on_download: Callback<()>,
    /// The booking link with its campaign parameters (`None` on the seek-care screen).
    pub booking_href: Option<AttrValue>,
    pub on_booking_click: Callback<()>,
    pub on_call_click: Callback<()>,
    /// The office's local time now, for whether it is open; `None` when unknown.
    pub now: Option<ClinicClock>,
}

#[component]
pub fn ResultView(props: &ResultProps) -> Html {
    let step = use_step();
    let language = step.language;
    let text = Catalog::for_language(language);
    let assessment = &props.outcome.assessment;
    let verdict = assessment.verdict;
    let context = if props.outcome.path == Some(PathKind::Quick) {
        ResultContext::of_quick(language, &props.quick)
    } else {
        ResultContext::of_history(language, &props.outcome.history)
    };
    let seek_care = verdict == Verdict::SeekCare;
    // Where the visitor decides: right after the verdict's summary, and again at the end,
    // where on a phone it stays in view as a bar while the result is read. Never for seek
    // care. On paper the print summary carries the contact details instead.
    let call_to_action = |class: &'static str| {
        (!seek_care).then(|| html! {
            <CallToAction
                config={props.config.clone()} {language} booking_href={props.booking_href.clone()}
                on_booking_click={props.on_booking_click.clone()} on_call_click={props.on_call_click.clone()}
                {class}
            />
        })
    };
    html! {
        <div class={format!("rc-result rc-verdict-{}", verdict.id())} data-verdict={verdict.id()}>
            <@{step.heading(0)} id={HEADING_ID} class="rc-step-title" tabindex="-1" ref={step.heading_ref.clone()}>{text.verdict_headlines[verdict as usize]}</@>
            // On the seek-care screen the emergency call comes first, whole in a phone's
            // first view; the office follows the summary.
            if seek_care {
                {emergency_call(text, props)}
            }
            <p class="rc-summary">{verdict_summary(text, verdict, &context).join(" ")}</p>
            {call_to_action("rc-result-cta rc-no-print")}
            if seek_care {
                {office_after_emergency(text, props)}
            } else {
                if props.outcome.path == Some(PathKind::Detailed) {
                    <HistoryChart {language} outcome={props.outcome.clone()} />
                }
                {causes(text, &step, &assessment.causes, &context)}
                {risks(text, &step, &assessment.risk_factors)}
            }
            if !assessment.next_steps.is_empty() {
                <div class="rc-block">
                    <@{step.heading(1)} id="rc-steps-title" class="rc-subtitle">{text.steps_heading}</@>
                    <ol class="rc-steps">{for assessment.next_steps.iter().map(
                        |step| html! { <li data-step={step.id()}>{next_step_text(text, *step, &context)}</li> },
                    )}</ol>
                </div>
            }
            <p class="rc-disclaimer">{text.disclaimer}</p>
            {print_view(props, &step)}
            {controls(text, props)}
            {call_to_action("rc-result-cta rc-cta-end rc-no-print")}
        </div>
    }
}

/// The seek-care screen's call for help: emergency services first, with a large call
/// button where the number is known.
fn emergency_call(text: &Catalog, props: &ResultProps) -> Html {
    let number = props.config.emergency_number();
    let number = number.as_deref();
    html! {
        <div class="rc-emergency" role="alert">
            <p><strong>{emergency_line(text.emergency_now, text.emergency_now_local, number)}</strong></p>
            if let Some(number) = number {
                <a class="rc-button rc-call-emergency" href={format!("tel:{number}")}>{fill(text.call_emergency, &[number])}</a>
            }
        </div>
    }
}

/// Then the office: whether it is open now, and its number.
fn office_after_emergency(text: &Catalog, props: &ResultProps) -> Html {
    html! {
        <div class="rc-block rc-emergency-office">
            <p>{match &props.config.phone {
                Some(phone) => around_mark(text.emergency_then, html! {
                    <a class="rc-phone" href={phone.href.clone()}>{phone.text.clone()}</a>
                }),
                None => html! { text.emergency_then_no_phone },
            }}</p>
            {status_line(text, props.now, &props.config)}
            <div class="rc-cta">{call_link(text, &props.config, &props.on_call_click)}</div>
        </div>
    }
}

/// The causes, each with its strength and the visitor's own evidence.
fn causes(text: &Catalog, step: &StepContext, causes: &[Cause], context: &ResultContext) -> Html {
    if causes.is_empty() {
        return html! {};
    }
    let items = causes.iter().map(|cause| {
        let strength = match cause.strength {
            Strength::Likely => text.strength_likely,
            Strength::Possible => text.strength_possible,
        };
        let mut lines: Vec<String> = cause
            .evidence
            .iter()
            .map(|evidence| evidence_text(text, evidence, context))
            .collect();
        lines.dedup();
        html! {
            <li class="rc-cause" data-cause={cause.id.id()}>
                <@{step.heading(2)} class="rc-cause-title">{text.cause_titles[cause.id as usize]}<span class={format!("rc-strength rc-{}", cause.strength.id())}>{strength}</span></@>
                <p>{text.cause_explanations[cause.id as usize]}</p>
                <ul class="rc-evidence">{for lines.into_iter().map(|line| html! { <li>{line}</li> })}</ul>
            </li>
        }
    });
    html! {
        <div class="rc-block">
            <@{step.heading(1)} id="rc-causes-title" class="rc-subtitle">{text.causes_heading}</@>
            <ul class="rc-causes">{for items}</ul>
            if context.converted { <p class="rc-hint">{text.units_note}</p> }
        </div>
    }
}

/// The risk factors the answers show.
fn risks(text: &Catalog, step: &StepContext, risks: &[RiskFactor]) -> Html {
    if risks.is_empty() {
        return html! {};
    }
    let items = risks.iter().map(|risk| {
        html! {
            <li data-risk={risk.id()}>
                <strong>{text.risk_titles[*risk as usize]}</strong>{" "}{text.risk_explanations[*risk as usize]}
            </li>
        }
    });
    html! {
        <div class="rc-block">
            <@{step.heading(1)} id="rc-risks-title" class="rc-subtitle">{text.risks_heading}</@>
            <p class="rc-hint">{text.risks_intro}</p>
            <ul class="rc-risks">{for items}</ul>
        </div>
    }
}

/// Keeping the answers (either path; the history file is the detailed path's), changing
/// them, starting over, printing.
fn controls(text: &Catalog, props: &ResultProps) -> Html {
    let path = props.outcome.path;
    html! {
        <>
            if path.is_some() {
                <div class="rc-device rc-no-print">
                    <Check id="rc-remember" label={text.remember} checked={props.remember} on_change={props.on_remember.clone()} />
                    <p class="rc-hint">{text.remember_hint}</p>
                    if path == Some(PathKind::Detailed) {
                        <button type="button" class="rc-button rc-secondary rc-download" onclick={props.on_download.reform(|_: MouseEvent| ())}>{text.download}</button>
                    }
                </div>
            }
            <div class="rc-nav rc-no-print">
                <button type="button" class="rc-button rc-secondary rc-change" onclick={props.on_change_answers.reform(|_: MouseEvent| ())}>{text.change_answers}</button>
                <button type="button" class="rc-button rc-secondary rc-restart" onclick={props.on_start_over.reform(|_: MouseEvent| ())}>{text.start_over}</button>
                <button type="button" class="rc-button rc-secondary rc-print" onclick={props.on_print.reform(|_: MouseEvent| ())}>{text.print}</button>
            </div>
        </>
    }
}

/// `template` with `inner` in place of its `{}` mark.
fn around_mark(template: &str, inner: Html) -> Html {
    let (before, after) = template.split_once("{}").unwrap_or((template, ""));
    html! { <>{before.to_string()}{inner}{after.to_string()}</> }
}

/// What goes on paper for the consultation (`i18n::print`): shown only when printing.
fn print_view(props: &ResultProps, step: &StepContext) -> Html {
    let summary = print_summary(
        step.language,
        &props.outcome,
        &props.quick,
        &props.config,
        props.today,
    );
    let tables = summary.tables.into_iter().map(|table| {
        let rows = table.rows.into_iter().map(|(label, value)| {
            html! { <tr><th scope="row">{label}</th><td>{value}</td></tr> }
        });
        html! {
            <table class="rc-print-table">
                <caption>{table.caption}</caption>
                <tbody>{for rows}</tbody>
            </table>
        }
    });
    html! {
        <div class="rc-print-only" aria-hidden="true">
            <@{step.heading(1)} class="rc-subtitle">{summary.heading}</@>
            <p>{summary.prepared}</p>
            {for tables}
        </div>
    }
}
