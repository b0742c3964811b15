//! The root's hooks: the answers kept on the device, the warning before leaving with
//! unsaved answers, the events reported to the host page, focus on each new step, and the
//! minute that keeps the office's "open now" line current.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use std::rc::Rc;

use crate::form::quick::{AboutYou, QuickAnswers};
use crate::form::state::{Action, Assessed, FormState, PathKind};

use super::{storage, WidgetEvent};

/// Restores the kept answers once (the quick check's, else a history), and keeps the
/// answers of the path whose result the visitor reached while they want them kept.
#[hook]
pub fn use_device_storage(state: &UseReducerHandle<FormState>) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let restored = if let Some((answers, about)) = storage::restore_quick() {
                state.dispatch(Action::RestoreQuick(answers, about));
                true
            } else if let Some(history) = storage::restore(state.today) {
                state.dispatch(Action::RestoreHistory(history));
                true
            } else {
                false
            };
            if let (true, Some(place)) = (restored, storage::restore_place()) {
                state.dispatch(Action::RestorePlace(place));
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
    // Removal happens in the visitor's own actions (unticking, "Forget my answers"), never
    // here: on mount nothing is asked yet, and a restored copy must survive the next visit.
    use_effect_with(kept_answers(state), |kept| match kept {
        Some(Kept::History(outcome)) => storage::keep(&outcome.history),
        Some(Kept::Quick(answers, about)) => storage::keep_quick(answers, about),
        None => {}
    });
}

/// What is kept on the device, by the path of the result reached.
#[derive(PartialEq)]
enum Kept {
    /// The detailed path's history, as of its last result.
    History(Rc<Assessed>),
    /// The quick check's answers: always whole, so kept as they change once a quick result
    /// has been reached.
    Quick(QuickAnswers, AboutYou),
}

/// What to keep while the visitor wants their answers kept; `None` before any result.
fn kept_answers(state: &FormState) -> Option<Kept> {
    let outcome = state.outcome.as_ref().filter(|_| state.remember)?;
    match outcome.path? {
        PathKind::Detailed => Some(Kept::History(outcome.clone())),
        PathKind::Quick => (state.path == Some(PathKind::Quick))
            .then(|| Kept::Quick(state.quick.clone(), state.about.clone())),
    }
}

/// While `unsaved` (answers being given and not kept on the device), leaving the page (the
/// browser's Back button, closing the tab, a link of the host page) asks first, in the
/// browser's own words. Never when the visitor follows the widget's own booking or call
/// link: the returned callback, called by those links' clicks, lets the navigation that
/// such a click starts (in the same task) go without asking.
#[hook]
pub fn use_leave_warning(unsaved: bool) -> Callback<()> {
    let own_link = use_mut_ref(|| false);
    {
        let own_link = own_link.clone();
        use_effect_with(unsaved, move |unsaved| {
            let listener = unsaved.then(|| {
                gloo::events::EventListener::new_with_options(
                    &gloo::utils::window(),
                    "beforeunload",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        if !*own_link.borrow() {
                            event.prevent_default();
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }
    Callback::from(move |_| {
        *own_link.borrow_mut() = true;
        // A call link opens the dialler and the page stays: from the next task on, leaving
        // asks again.
        let own_link = own_link.clone();
        gloo::timers::callback::Timeout::new(0, move || *own_link.borrow_mut() = false).forget();
    })
}

/// Reports ready once, start when the visitor leaves the first screen, and each verdict.
#[hook]
pub fn use_events(on_event: &Callback<WidgetEvent>, state: &UseReducerHandle<FormState>) {
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
pub fn use_focus_on_step(
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
        use_effect_with(state.failed_checks, move |failed| {
            if *failed == 0 {
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

/// Renders again each minute, so that what depends on the clock (the office's "open now"
/// line) is current for a visitor who left the widget open and comes back an hour later.
/// Nothing the visitor does is timed: this only re-reads the clock.
#[hook]
pub fn use_minute_ticks() {
    let update = use_force_update();
    use_effect_with((), move |_| {
        let ticks = gloo::timers::callback::Interval::new(60_000, move || update.force_update());
        move || drop(ticks)
    });
}
