//! The facilitator's state in the facilitator's build: a reducer of its own beside the
//! participant's [`AppState`](crate::state::AppState), shared with the facilitator's screens
//! (the workshop, the team view) through a context of its own, as in yew's `contexts`
//! example. The participant's build never mounts [`FacilitatorProvider`], so it links none of
//! this nor [`FacilitatorState`]'s reducer.

use std::rc::Rc;

use yew::prelude::*;

use super::use_app;
use crate::platform::{self, Stored};
use crate::state::facilitator::{FacilitatorAction, FacilitatorState};
use crate::state::Action;

impl Reducible for FacilitatorState {
    type Action = FacilitatorAction;

    fn reduce(self: Rc<Self>, action: FacilitatorAction) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// What the facilitator's screens reach through the context.
#[derive(Clone, PartialEq)]
pub struct FacilitatorContext {
    pub state: UseReducerHandle<FacilitatorState>,
}

impl FacilitatorContext {
    /// A callback that dispatches the action `to_action` makes of its event.
    pub fn callback<E: 'static>(
        &self,
        to_action: impl Fn(E) -> FacilitatorAction + 'static,
    ) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |event: E| state.dispatch(to_action(event)))
    }
}

/// The facilitator's context; the facilitator's screens are rendered inside
/// [`FacilitatorProvider`], which provides it.
#[hook]
pub fn use_facilitator() -> FacilitatorContext {
    use_context::<FacilitatorContext>()
        .expect("the facilitator's screens are rendered inside FacilitatorProvider")
}

#[derive(Properties, PartialEq)]
pub struct FacilitatorProviderProps {
    pub children: Html,
}

/// Holds the facilitator's state for the whole visit (around every screen, so that what was
/// collected stays in memory when the facilitator looks at another screen and storage is
/// blocked), reads it from storage once and saves it when it changes.
#[function_component(FacilitatorProvider)]
pub fn facilitator_provider(props: &FacilitatorProviderProps) -> Html {
    let app = use_app();
    // What reading the stored value told, for the app's notice once the app is on screen.
    let load_notice = use_mut_ref(|| None::<Result<Action, ()>>);
    let state = {
        let load_notice = load_notice.clone();
        use_reducer(move || match platform::load_facilitator() {
            Ok(Stored::Read(stored)) => stored,
            Ok(Stored::Nothing) => FacilitatorState::default(),
            Ok(Stored::KeptUnreadable) => {
                *load_notice.borrow_mut() = Some(Ok(Action::UnreadableKept));
                FacilitatorState::default()
            }
            Err(_) => {
                *load_notice.borrow_mut() = Some(Err(()));
                FacilitatorState::default()
            }
        })
    };
    {
        let app = app.clone();
        use_effect_with((), move |_| match load_notice.borrow_mut().take() {
            Some(Ok(action)) => app.state.dispatch(action),
            Some(Err(())) => app.report_storage.emit(Err(platform::StorageUnavailable)),
            None => {}
        });
    }
    // The invitation, the collected links and the agreements, under their own key; written
    // only when they change, so opening the app writes nothing.
    {
        let first = use_mut_ref(|| true);
        let stored = (
            state.invitation.clone(),
            state.collected.clone(),
            state.agreements.clone(),
        );
        let state = state.clone();
        let report = app.report_storage.clone();
        use_effect_with(stored, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                report.emit(platform::save_facilitator(&state));
            }
        });
    }
    // What belonged to the screen left (a question, the slides, a comparison) ends with it.
    {
        let first = use_mut_ref(|| true);
        let dispatcher = state.dispatcher();
        use_effect_with(app.state.shown(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dispatcher.dispatch(FacilitatorAction::ScreenChanged);
            }
        });
    }
    let context = FacilitatorContext { state };
    html! {
        <ContextProvider<FacilitatorContext> {context}>
            { props.children.clone() }
        </ContextProvider<FacilitatorContext>>
    }
}
