//! Leaf inputs: each renders one labelled control and emits a domain value, never a DOM
//! event. Errors are tied to their control with `aria-describedby`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A set of one-tap answers: a group of buttons, the chosen one pressed.
#[derive(Properties, PartialEq)]
pub struct ChoiceProps<T: PartialEq + Clone + 'static> {
    /// The id of the element that names the group (the question heading).
    pub labelled_by: AttrValue,
    pub options: Vec<(T, &'static str)>,
    pub selected: Option<T>,
    pub on_choose: Callback<T>,
}

#[component]
pub fn ChoiceButtons<T: PartialEq + Clone + 'static>(props: &ChoiceProps<T>) -> Html {
    let buttons = props.options.iter().map(|(value, label)| {
        let pressed = props.selected.as_ref() == Some(value);
        let on_click = {
            let value = value.clone();
            props.on_choose.reform(move |_: MouseEvent| value.clone())
        };
        html! {
            <button
                type="button"
                class={if pressed { "rc-choice rc-chosen" } else { "rc-choice" }}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={on_click}
            >
                {*label}
            </button>
        }
    });
    html! {
        <div class="rc-choices" role="group" aria-labelledby={props.labelled_by.clone()}>
            {for buttons}
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

/// A checkbox with its label.
#[component]
pub fn Check(props: &CheckProps) -> Html {
    let on_change = props.on_change.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlInputElement>()
            .is_some_and(|input| input.checked())
    });
    html! {
        <div class="rc-check">
            <input type="checkbox" id={props.id.clone()} checked={props.checked} onchange={on_change} />
            <label for={props.id.clone()}>{props.label.clone()}</label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RadioProps<T: PartialEq + Clone + 'static> {
    pub name: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<(T, &'static str)>,
    pub selected: Option<T>,
    pub on_choose: Callback<T>,
    #[prop_or_default]
    pub error: Option<String>,
}

/// A radio group in a fieldset, with its error (if any) tied to the group.
#[component]
pub fn Radios<T: PartialEq + Clone + 'static>(props: &RadioProps<T>) -> Html {
    let error_id = format!("{}-error", props.name);
    let radios = props
        .options
        .iter()
        .enumerate()
        .map(|(index, (value, label))| {
            let id = format!("{}-{index}", props.name);
            let on_change = {
                let value = value.clone();
                props.on_choose.reform(move |_: Event| value.clone())
            };
            html! {
                <div class="rc-radio">
                    <input
                        type="radio"
                        id={id.clone()}
                        name={props.name.clone()}
                        checked={props.selected.as_ref() == Some(value)}
                        onchange={on_change}
                        aria-invalid={props.error.is_some().then_some("true")}
                        aria-describedby={props.error.is_some().then(|| error_id.clone())}
                    />
                    <label for={id}>{*label}</label>
                </div>
            }
        });
    html! {
        <fieldset class="rc-fieldset">
            <legend>{props.legend.clone()}</legend>
            <div class="rc-radios">{for radios}</div>
            {error_line(&error_id, props.error.as_deref())}
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, text) pairs; the empty value is "not chosen".
    pub options: Vec<(String, String)>,
    pub value: String,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub error_id: Option<AttrValue>,
    #[prop_or_default]
    pub invalid: bool,
    /// A note about the value (a guess to check): marks the field and describes it.
    #[prop_or_default]
    pub note_id: Option<AttrValue>,
    /// Each option's value is a language tag and its text is in that language: the option
    /// carries it as its `lang`, so that a screen reader speaks it in its own voice.
    #[prop_or_default]
    pub options_are_languages: bool,
}

/// A labelled select that emits the chosen option's value.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let on_change = props.on_change.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|select| select.value())
            .unwrap_or_default()
    });
    let options = props.options.iter().map(|(value, text)| {
        let lang = props.options_are_languages.then(|| value.clone());
        html! { <option value={value.clone()} {lang} selected={*value == props.value}>{text.clone()}</option> }
    });
    let described = described_by(&[props.error_id.as_deref(), props.note_id.as_deref()]);
    html! {
        <div class={field_class(props.note_id.is_some())}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <select
                id={props.id.clone()}
                onchange={on_change}
                aria-invalid={props.invalid.then_some("true")}
                aria-describedby={described}
            >
                {for options}
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The text as typed: kept even when it is not a number, so nothing is lost.
    pub value: String,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
    /// A note about the value (a guess to check): marks the field and describes it.
    #[prop_or_default]
    pub note_id: Option<AttrValue>,
    /// The field says back what its text was read as: a polite live line under it, filled
    /// with `reading` when there is one.
    #[prop_or_default]
    pub reads_back: bool,
    #[prop_or_default]
    pub reading: Option<String>,
    /// The keyboard a phone shows: digits by default; "text" where words are read too.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
}

/// The ids that describe a control, space-separated; `None` when there is none.
fn described_by(ids: &[Option<&str>]) -> Option<String> {
    let ids: Vec<&str> = ids.iter().flatten().copied().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn field_class(marked: bool) -> &'static str {
    if marked {
        "rc-field rc-guessed"
    } else {
        "rc-field"
    }
}

/// A text field for an optional amount, with its hint and error tied to it.
#[component]
pub fn AmountField(props: &NumberProps) -> Html {
    let on_input = props.on_input.reform(|event: InputEvent| {
        event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| input.value())
            .unwrap_or_default()
    });
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let reading_id = format!("{}-read", props.id);
    let described = described_by(&[
        props.hint.is_some().then_some(hint_id.as_str()),
        props.reading.is_some().then_some(reading_id.as_str()),
        props.error.is_some().then_some(error_id.as_str()),
        props.note_id.as_deref(),
    ]);
    html! {
        <div class={field_class(props.note_id.is_some())}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            if let Some(hint) = &props.hint {
                <p class="rc-hint" id={hint_id}>{hint.clone()}</p>
            }
            <input
                type="text"
                inputmode={props.inputmode.clone()}
                autocomplete="off"
                id={props.id.clone()}
                value={props.value.clone()}
                oninput={on_input}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described}
            />
            if props.reads_back {
                // Always in the page, so that a screen reader hears it change.
                <p class="rc-hint rc-read" id={reading_id} aria-live="polite">{props.reading.clone()}</p>
            }
            {error_line(&error_id, props.error.as_deref())}
        </div>
    }
}

/// The error message under a field, or nothing.
pub fn error_line(id: &str, error: Option<&str>) -> Html {
    match error {
        Some(message) => {
            html! { <p class="rc-error" id={id.to_string()}>{message.to_string()}</p> }
        }
        None => html! {},
    }
}
