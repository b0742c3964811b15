//! The Yew reducer over the pure state machine in `form::state`.

use std::rc::Rc;

use yew::Reducible;

use crate::form::state::{Action, FormState};

impl Reducible for FormState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}
