//! The question steps: the safety screen, the choice of path, the quick check's questions,
//! the detailed visits and the about-you answers. Each emits domain values only.

use yew::prelude::*;

use crate::clinic::Language;
use crate::engine::model::{Area, Outcome, Product, RedFlag, Sex};
use crate::form::quick::{AboutYou, Question, QuickAnswer, QuickAnswers};
use crate::form::state::{AboutEdit, PathKind};
use crate::form::visits::{Field, FieldError, VisitDraft, VisitEdit};
use crate::form::weeks::read_weeks;
use crate::handover;
use crate::i18n::problems::{field_problem_text, weeks_read_text};
use crate::i18n::questions::{quick_question, quick_selected};
use crate::i18n::wording::count;
use crate::i18n::{fill, Catalog};

use super::fields::{error_line, AmountField, Check, ChoiceButtons, Radios, Select};
use super::frame::{use_step, StepFrame};

/// The id of every step's heading: what `aria-labelledby` points at.
pub const HEADING_ID: &str = handover::STEP_HEADING;

/// A sentence that names the emergency number as a tap-to-call link (`template`'s `{}`), or
/// `local`, which names none, where the number is not known.
pub fn emergency_line(template: &str, local: &'static str, number: Option<&str>) -> Html {
    let Some(number) = number else {
        return html! { local };
    };
    let (before, after) = template.split_once("{}").unwrap_or((template, ""));
    html! {
        <>{before.to_string()}<a class="rc-emergency-number" href={format!("tel:{number}")}>{number.to_string()}</a>{after.to_string()}</>
    }
}

/// Back and next buttons.
pub fn nav(
    text: &Catalog,
    on_back: Option<Callback<()>>,
    next: Option<(&str, Callback<()>)>,
) -> Html {
    html! {
        <div class={classes!(handover::NAV, "rc-no-print")}>
            if let Some(on_back) = on_back {
                <button type="button" class="rc-button rc-secondary" onclick={on_back.reform(|_: MouseEvent| ())}>{text.back}</button>
            }
            if let Some((label, on_next)) = next {
                <button type="button" class="rc-button rc-next" onclick={on_next.reform(|_: MouseEvent| ())}>{label.to_string()}</button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    pub red_flags: Vec<RedFlag>,
    /// What leaves the browser with this configuration (`Catalog::privacy_sentences`).
    pub privacy: Vec<&'static str>,
    /// The emergency number to name (a clinic value: none before the wasm has checked it).
    #[prop_or_default]
    pub emergency_number: Option<AttrValue>,
    pub on_toggle: Callback<(RedFlag, bool)>,
    pub on_continue: Callback<()>,
}

/// The first screen: symptoms that need urgent care, before anything else.
#[component]
pub fn SafetyStep(props: &SafetyProps) -> Html {
    let text = Catalog::for_language(use_step().language);
    let checks = RedFlag::ALL.iter().map(|&flag| {
        let on_change = props.on_toggle.reform(move |on| (flag, on));
        html! {
            <Check
                id={format!("rc-flag-{}", flag.id())}
                label={text.red_flags[flag as usize]}
                checked={props.red_flags.contains(&flag)}
                {on_change}
            />
        }
    });
    let continue_label = if props.red_flags.is_empty() {
        text.safety_none
    } else {
        text.safety_some
    };
    html! {
        <StepFrame heading={text.safety_heading}>
            <p class="rc-emergency-first"><strong>{emergency_line(
                text.safety_emergency,
                text.safety_emergency_local,
                props.emergency_number.as_deref(),
            )}</strong></p>
            <p>{text.safety_intro}</p>
            <div class="rc-checks">{for checks}</div>
            {nav(text, None, Some((continue_label, props.on_continue.clone())))}
            <p class={handover::PRIVACY_LINE}>{for props.privacy.iter().enumerate().map(|(at, sentence)| html! {
                <>{(at > 0).then_some(" ")}<span>{*sentence}</span></>
            })}</p>
        </StepFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct PathProps {
    pub chosen: Option<PathKind>,
    pub on_choose: Callback<PathKind>,
    pub on_back: Callback<()>,
}

/// Quick check or detailed history.
#[component]
pub fn PathStep(props: &PathProps) -> Html {
    let text = Catalog::for_language(use_step().language);
    let option = |kind: PathKind, title: &'static str, hint: &'static str| {
        let pressed = props.chosen == Some(kind);
        html! {
            <button
                type="button"
                class={if pressed { "rc-path rc-chosen" } else { "rc-path" }}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={props.on_choose.reform(move |_: MouseEvent| kind)}
            >
                <span class="rc-path-title">{title}</span>
                <span class="rc-path-hint">{hint}</span>
            </button>
        }
    };
    html! {
        <StepFrame heading={text.path_heading}>
            <div class="rc-paths" role="group" aria-labelledby={HEADING_ID}>
                {option(PathKind::Quick, text.path_quick, text.path_quick_hint)}
                {option(PathKind::Detailed, text.path_detailed, text.path_detailed_hint)}
            </div>
            {nav(text, Some(props.on_back.clone()), None)}
        </StepFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuickProps {
    pub question: Question,
    pub answers: QuickAnswers,
    pub about: AboutYou,
    /// Whether this is the last question (its button shows the result).
    pub last: bool,
    pub on_answer: Callback<QuickAnswer>,
    pub on_about: Callback<AboutEdit>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// One question of the quick check: one tap answers it and moves on.
#[component]
pub fn QuickStep(props: &QuickProps) -> Html {
    let text = Catalog::for_language(use_step().language);
    let (heading, options) = quick_question(text, props.question, &props.answers);
    let next_label = if props.last {
        text.see_result
    } else {
        text.next
    };
    let body = if props.question == Question::About {
        html! { <AboutFields about={props.about.clone()} on_edit={props.on_about.clone()} /> }
    } else {
        html! {
            <ChoiceButtons<QuickAnswer>
                labelled_by={HEADING_ID}
                {options}
                selected={quick_selected(&props.answers, props.question)}
                on_choose={props.on_answer.clone()}
            />
        }
    };
    // Next is offered once there is an answer, so Back then Next keeps it without a re-tap.
    let can_go_on = props.answers.answered(props.question);
    html! {
        <StepFrame {heading}>
            {body}
            {nav(text, Some(props.on_back.clone()), can_go_on.then(|| (next_label, props.on_next.clone())))}
        </StepFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub about: AboutYou,
    pub on_edit: Callback<AboutEdit>,
}

/// Sex, activity, autoimmune condition and medical use: shared by both paths.
#[component]
pub fn AboutFields(props: &AboutProps) -> Html {
    let text = Catalog::for_language(use_step().language);
    let about = &props.about;
    let sexes = vec![
        (Some(Sex::Female), text.sexes[0]),
        (Some(Sex::Male), text.sexes[1]),
        (Some(Sex::Unspecified), text.sexes[2]),
    ];
    html! {
        <div class="rc-about">
            <p class="rc-hint">{text.about_hint}</p>
            <Radios<Option<Sex>>
                name="rc-sex"
                legend={text.sex_label}
                options={sexes}
                selected={about.sex.map(Some)}
                on_choose={props.on_edit.reform(AboutEdit::Sex)}
            />
            <Check id="rc-active" label={text.very_active} checked={about.very_active} on_change={props.on_edit.reform(AboutEdit::VeryActive)} />
            <Check id="rc-autoimmune" label={text.autoimmune} checked={about.autoimmune} on_change={props.on_edit.reform(AboutEdit::Autoimmune)} />
            <Check id="rc-medical" label={text.medical} checked={about.medical} on_change={props.on_edit.reform(AboutEdit::Medical)} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AboutStepProps {
    pub about: AboutYou,
    pub on_edit: Callback<AboutEdit>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// The detailed path's about-you step.
#[component]
pub fn AboutStep(props: &AboutStepProps) -> Html {
    let text = Catalog::for_language(use_step().language);
    html! {
        <StepFrame heading={text.about_heading}>
            <AboutFields about={props.about.clone()} on_edit={props.on_edit.clone()} />
            {nav(text, Some(props.on_back.clone()), Some((text.see_result, props.on_next.clone())))}
        </StepFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct VisitsProps {
    pub visits: Vec<VisitDraft>,
    pub errors: Vec<FieldError>,
    /// The visitor's year today: the newest year offered.
    pub this_year: i32,
    pub on_edit: Callback<(usize, VisitEdit)>,
    pub on_add: Callback<()>,
    pub on_remove: Callback<usize>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    /// The last history file: treatments loaded, or why it failed.
    pub import: Option<Result<usize, crate::engine::InputError>>,
    /// A history file read and checked by the engine, or the reason it cannot be used.
    pub on_import: Callback<Result<crate::engine::History, crate::engine::InputError>>,
    pub today: crate::date::Date,
}

/// The detailed history: one card of fields per treatment.
#[component]
pub fn VisitsStep(props: &VisitsProps) -> Html {
    let language = use_step().language;
    let text = Catalog::for_language(language);
    let list_ref = use_node_ref();
    let on_add = use_focus_on_added(&list_ref, props.visits.len(), &props.on_add);
    let cards = props.visits.iter().enumerate().map(|(index, draft)| {
        let errors: Vec<&FieldError> = props.errors.iter().filter(|e| e.visit == index).collect();
        match draft.check(props.today) {
            Ok(treatment) if draft.folded && errors.is_empty() => {
                folded_card(text, language, props, index, &treatment)
            }
            _ => visit_card(text, language, props, index, draft, &errors),
        }
    });
    html! {
        <StepFrame heading={text.visits_heading}>
            <p>{text.visits_intro}</p>
            {error_summary(text, language, &props.errors)}
            <ol class="rc-visits" ref={list_ref}>{for cards}</ol>
            <HistoryFile {language} import={props.import.clone()} on_import={props.on_import.clone()} today={props.today} />
            <button type="button" class="rc-button rc-secondary rc-add" onclick={on_add}>{text.add_visit}</button>
            {nav(text, Some(props.on_back.clone()), Some((text.next, props.on_next.clone())))}
        </StepFrame>
    }
}

/// "Add another treatment" that then takes the visitor to the new card: its first field
/// focused and the card brought into view (the button sits below every card, so the new
/// one's top can be far above the screen). Only an added card is focused, never cards that
/// a loaded file or restored answers bring.
#[hook]
fn use_focus_on_added(
    list_ref: &NodeRef,
    count: usize,
    on_add: &Callback<()>,
) -> Callback<MouseEvent> {
    let added = use_mut_ref(|| false);
    {
        let (added, list_ref) = (added.clone(), list_ref.clone());
        use_effect_with(count, move |count| {
            if std::mem::take(&mut *added.borrow_mut()) {
                focus_card(&list_ref, count.saturating_sub(1));
            }
        });
    }
    let on_add = on_add.clone();
    Callback::from(move |_: MouseEvent| {
        *added.borrow_mut() = true;
        on_add.emit(());
    })
}

/// Focuses the first field of card `index` of the list and scrolls the card's top into view.
fn focus_card(list_ref: &NodeRef, index: usize) {
    use wasm_bindgen::JsCast;
    let Some(list) = list_ref.cast::<web_sys::Element>() else {
        return;
    };
    let field = list
        .query_selector(&format!("#rc-v{index}-month"))
        .ok()
        .flatten()
        .and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        if let Ok(Some(card)) = field.closest("li") {
            card.scroll_into_view_with_bool(true);
        }
    }
}

/// After a failed "Next": a short sentence that is announced, then a link to each field in
/// error with its message. A link inside a shadow root cannot target an id by its `href`
/// alone, so its click moves focus to the field itself.
fn error_summary(text: &Catalog, language: Language, errors: &[FieldError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    let links = errors.iter().map(|error| {
        let target = match error.field {
            Field::Date => "month",
            Field::Product => "product",
            Field::Units => "units",
            Field::Result => "result-0",
            Field::LastedWeeks => "lasted",
        };
        let id = format!("rc-v{}-{target}", error.visit);
        let problem = field_problem_text(text, language, error.field, &error.problem);
        let treatment = fill(text.visit_legend, &[&(error.visit + 1).to_string()]);
        let on_click = {
            let id = id.clone();
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                focus_in_own_root(&event, &id);
            })
        };
        html! { <li><a href={format!("#{id}")} onclick={on_click}>{format!("{treatment}: {problem}")}</a></li> }
    });
    html! {
        <div class="rc-error-summary">
            <p role="alert">{text.error_summary}</p>
            <ul>{for links}</ul>
        </div>
    }
}

/// Focuses the element with `id` in the shadow root (or document) that `event` came from.
fn focus_in_own_root(event: &MouseEvent, id: &str) {
    use wasm_bindgen::JsCast;
    let root = event
        .target_dyn_into::<web_sys::Node>()
        .map(|node| node.get_root_node());
    let element = root.and_then(|root| match root.dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.get_element_by_id(id),
        Err(root) => root
            .dyn_into::<web_sys::Document>()
            .ok()?
            .get_element_by_id(id),
    });
    if let Some(field) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = field.focus();
    }
}

/// A complete treatment as one line, with a button that opens it again.
fn folded_card(
    text: &Catalog,
    language: Language,
    props: &VisitsProps,
    index: usize,
    treatment: &crate::engine::model::Treatment,
) -> Html {
    let position = (index + 1).to_string();
    let mut parts = vec![
        text.visit_date(treatment.date),
        text.products[treatment.product as usize].to_string(),
    ];
    if let Some(units) = treatment.units {
        parts.push(count(language, text.count_units, units));
    }
    parts.push(text.outcomes[treatment.result as usize].to_string());
    if let Some(weeks) = treatment.lasted_weeks {
        parts.push(count(language, text.count_weeks, weeks));
    }
    let line_id = format!("rc-v{index}-line");
    let on_open = props
        .on_edit
        .reform(move |_: MouseEvent| (index, VisitEdit::Fold(false)));
    html! {
        <li class="rc-visit rc-visit-folded">
            <p class="rc-visit-line" id={line_id}>
                <strong>{fill(text.visit_legend, &[&position])}</strong>{": "}{parts.join(" · ")}
            </p>
            <button type="button" class="rc-button rc-secondary rc-edit-visit" aria-expanded="false"
                aria-label={fill(text.visit_edit_label, &[&position])} onclick={on_open}>{text.visit_edit}</button>
        </li>
    }
}

/// The options of a treatment's selects: month, year (the last twenty), day, product.
struct VisitChoices {
    months: Vec<(String, String)>,
    years: Vec<(String, String)>,
    days: Vec<(String, String)>,
    products: Vec<(String, String)>,
}

impl VisitChoices {
    fn new(text: &Catalog, this_year: i32) -> VisitChoices {
        let choose = || (String::new(), text.choose.to_string());
        let months = std::iter::once(choose())
            .chain(
                (1..)
                    .zip(text.months.iter())
                    .map(|(n, month)| (n.to_string(), month.to_string())),
            )
            .collect();
        let years = std::iter::once(choose())
            .chain((0..20).map(|back| {
                let year = (this_year - back).to_string();
                (year.clone(), year)
            }))
            .collect();
        let days = std::iter::once((String::new(), text.day_unknown.to_string()))
            .chain((1..=31).map(|d| (d.to_string(), d.to_string())))
            .collect();
        let products = std::iter::once(choose())
            .chain(
                Product::ALL
                    .iter()
                    .map(|p| (p.id().to_string(), text.products[*p as usize].to_string())),
            )
            .collect();
        VisitChoices {
            months,
            years,
            days,
            products,
        }
    }
}

fn visit_card(
    text: &Catalog,
    language: Language,
    props: &VisitsProps,
    index: usize,
    draft: &VisitDraft,
    errors: &[&FieldError],
) -> Html {
    let id = |field: &str| format!("rc-v{index}-{field}");
    let error_for = |field: Field| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| field_problem_text(text, language, e.field, &e.problem))
    };
    let edit = |wrap: fn(String) -> VisitEdit| {
        props
            .on_edit
            .reform(move |value: String| (index, wrap(value)))
    };
    let number = index + 1;
    let VisitChoices {
        months,
        years,
        days,
        products,
    } = VisitChoices::new(text, props.this_year);
    let date_error = error_for(Field::Date);
    let date_error_id = id("date-error");
    let product_error = error_for(Field::Product);
    let product_error_id = id("product-error");
    let weeks_reading = read_weeks(&draft.lasted_weeks)
        .ok()
        .flatten()
        .and_then(|read| weeks_read_text(text, language, &read));
    let areas = Area::ALL.iter().map(|&area| {
        let on_change = props.on_edit.reform(move |on| (index, VisitEdit::Area(area, on)));
        html! {
            <Check id={id(area.id())} label={text.areas[area as usize]} checked={draft.areas.contains(&area)} {on_change} />
        }
    });
    let outcomes: Vec<(Outcome, &'static str)> = Outcome::ALL
        .iter()
        .map(|&o| (o, text.outcomes[o as usize]))
        .collect();
    let on_remove = props.on_remove.reform(move |_: MouseEvent| index);
    let on_product = props
        .on_edit
        .reform(move |value: String| (index, VisitEdit::Product(Product::from_id(&value))));
    // Values guessed from the treatment before are marked until changed or kept.
    let guess_id = id("guess");
    let guess_note = |on: bool| on.then(|| AttrValue::from(guess_id.clone()));
    let guessed = draft.guessed;
    let on_keep = props
        .on_edit
        .reform(move |_: MouseEvent| (index, VisitEdit::ConfirmGuesses));
    let guess_banner = guessed.any().then(|| html! {
        <div class="rc-guess">
            <p id={guess_id.clone()}>{fill(text.visit_guessed, &[&index.to_string()])}</p>
            <button type="button" class="rc-button rc-secondary rc-keep-guesses" onclick={on_keep}>{text.visit_keep_guesses}</button>
        </div>
    });
    html! {
        <li class="rc-visit">
            <fieldset class="rc-fieldset">
                <legend>{fill(text.visit_legend, &[&number.to_string()])}</legend>
                {guess_banner}
                <div class="rc-date-row">
                    <Select id={id("month")} label={text.field_month} options={months} value={draft.month.clone()} on_change={edit(VisitEdit::Month)}
                        invalid={date_error.is_some()} error_id={date_error.is_some().then(|| AttrValue::from(date_error_id.clone()))} note_id={guess_note(guessed.date)} />
                    <Select id={id("year")} label={text.field_year} options={years} value={draft.year.clone()} on_change={edit(VisitEdit::Year)}
                        invalid={date_error.is_some()} error_id={date_error.is_some().then(|| AttrValue::from(date_error_id.clone()))} note_id={guess_note(guessed.date)} />
                    <Select id={id("day")} label={text.field_day} options={days} value={draft.day.clone()} on_change={edit(VisitEdit::Day)}
                        invalid={date_error.is_some()} error_id={date_error.is_some().then(|| AttrValue::from(date_error_id.clone()))} />
                </div>
                {error_line(&date_error_id, date_error.as_deref())}
                <Select id={id("product")} label={text.field_product} options={products}
                    value={draft.product.map(|p| p.id().to_string()).unwrap_or_default()} on_change={on_product}
                    invalid={product_error.is_some()} error_id={product_error.is_some().then(|| AttrValue::from(product_error_id.clone()))} note_id={guess_note(guessed.product)} />
                {error_line(&product_error_id, product_error.as_deref())}
                <AmountField id={id("units")} label={text.field_units} hint={Some(AttrValue::from(text.units_hint))}
                    value={draft.units.clone()} on_input={edit(VisitEdit::Units)} error={error_for(Field::Units)} note_id={guess_note(guessed.units)} />
                <fieldset class={if guessed.areas { "rc-fieldset rc-areas rc-guessed" } else { "rc-fieldset rc-areas" }}
                    aria-describedby={guess_note(guessed.areas)}>
                    <legend>{text.field_areas}</legend>
                    {for areas}
                </fieldset>
                <Radios<Outcome> name={id("result")} legend={text.field_result} options={outcomes} selected={draft.result}
                    on_choose={props.on_edit.reform(move |o| (index, VisitEdit::Result(o)))} error={error_for(Field::Result)} />
                <AmountField id={id("lasted")} label={text.field_lasted} value={draft.lasted_weeks.clone()}
                    on_input={edit(VisitEdit::LastedWeeks)} error={error_for(Field::LastedWeeks)}
                    reads_back=true reading={weeks_reading} inputmode="text" />
                <Check id={id("new")} label={text.field_new_injector} checked={draft.new_injector}
                    on_change={props.on_edit.reform(move |on| (index, VisitEdit::NewInjector(on)))} />
                <Check id={id("uneven")} label={text.field_uneven} checked={draft.uneven}
                    on_change={props.on_edit.reform(move |on| (index, VisitEdit::Uneven(on)))} />
                <Check id={id("touch-up")} label={text.field_touch_up} checked={draft.touch_up}
                    on_change={props.on_edit.reform(move |on| (index, VisitEdit::TouchUp(on)))} />
                if props.visits.len() > 1 {
                    <button type="button" class="rc-button rc-secondary rc-remove" onclick={on_remove}>
                        {fill(text.remove_visit, &[&number.to_string()])}
                    </button>
                }
            </fieldset>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct HistoryFileProps {
    pub language: Language,
    pub import: Option<Result<usize, crate::engine::InputError>>,
    pub on_import: Callback<Result<crate::engine::History, crate::engine::InputError>>,
    pub today: crate::date::Date,
}

/// "Load a history": reads a contract JSON file in the browser and checks it with the
/// engine, whose named error is shown next to the control.
#[component]
pub fn HistoryFile(props: &HistoryFileProps) -> Html {
    let text = Catalog::for_language(props.language);
    // The read is cancelled if this handle drops, so it lives as long as the component.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let on_change = {
        let on_import = props.on_import.clone();
        let today = props.today;
        Callback::from(move |event: Event| {
            let Some(file) = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0))
            else {
                return;
            };
            let on_import = on_import.clone();
            let blob = gloo::file::Blob::from(file);
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&blob, move |read| {
                let checked = match read {
                    Ok(contents) => super::storage::history_from_text(&contents, today),
                    Err(_) => Err(crate::engine::InputError {
                        path: String::new(),
                        problem: crate::engine::InputProblem::Unreadable,
                    }),
                };
                on_import.emit(checked);
            }));
        })
    };
    let (message, class) = match &props.import {
        Some(Ok(loaded)) => (
            Some(count(props.language, text.load_done, *loaded as f64)),
            "rc-hint",
        ),
        Some(Err(error)) => {
            let reason = crate::i18n::input_error_text(props.language, error);
            (Some(fill(text.load_error, &[&reason])), "rc-error")
        }
        None => (None, ""),
    };
    let failed = matches!(props.import, Some(Err(_)));
    html! {
        <div class="rc-field rc-load rc-no-print">
            <label for="rc-load">{text.load_label}</label>
            <p class="rc-hint" id="rc-load-hint">{text.load_hint}</p>
            <input type="file" id="rc-load" accept=".json,application/json" onchange={on_change}
                aria-invalid={failed.then_some("true")}
                aria-describedby={if message.is_some() { "rc-load-hint rc-load-message" } else { "rc-load-hint" }} />
            if let Some(message) = message {
                <p class={class} id="rc-load-message" role="status">{message}</p>
            }
        </div>
    }
}
