//! The participant's steps in the browser's history (issue 22): the phone's Back goes to the
//! previous question, Forward to the next, with no page load. Which number stands for which
//! screen is `Screen::step` (pure, tested natively); the calls are `platform::history`'s.
//!
//! - The screen a visit opens on marks its entry; each later step pushes an entry of its
//!   own, unless the current entry already is that step (the reader went back or forward).
//! - Going back or forward shows the entry's step (`Action::GoTo`). An entry with a link in
//!   its fragment (the invitation, a shared result) opens that link through the `hashchange`
//!   listener, as it always did; Back from the first question thus returns to the invitation.
//! - Only the participant's build keeps these entries: the facilitator's screens are no steps,
//!   and the facilitator's build stays as small as it was.

use yew::prelude::*;

use crate::platform;
use crate::state::{Action, AppState, Screen, Shown};

#[hook]
pub fn use_step_history(state: UseReducerHandle<AppState>) {
    let first = use_mut_ref(|| true);
    {
        let state = state.clone();
        use_effect_with(state.shown(), move |&shown| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let Shown::Screen(screen) = shown else { return };
            let Some(step) = screen.step() else { return };
            let current = platform::current_step();
            match current.and_then(Screen::from_step) {
                Some(entry) if entry == screen => {}
                // Opened on an entry of an earlier visit (a Back that reloaded the page): its
                // step, not the one saved last.
                Some(entry) if first => state.dispatch(Action::GoTo(entry)),
                _ if first => platform::mark_step(step),
                _ => platform::push_step(step),
            }
        });
    }
    use_effect_with((), move |_| {
        let listener = platform::on_step_popped(move |step| {
            if let Some(screen) = step.and_then(Screen::from_step) {
                state.dispatch(Action::GoTo(screen));
            }
        });
        move || drop(listener)
    });
}
