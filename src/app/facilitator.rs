//! The facilitator's state in the facilitator's build: a reducer of its own beside the
//! participant's [`AppState`](crate::state::AppState), held by [`use_facilitator_state`], which
//! `App` calls through [`FacilitatorScreens::use_facilitator`](super::FacilitatorScreens). The
//! facilitator's screens get its [`FacilitatorHandle`] as a prop. The participant's build never
//! calls the hook, so it links none of this nor [`FacilitatorState`]'s reducer.
//!
//! A hook in `App` rather than a provider component with a context of its own (as in yew's
//! `contexts` example): each component type brings its own copy of yew's component machinery;
//! the provider and its `ContextProvider` made the facilitator's wasm 5.6 KB larger raw, 1 KB
//! brotli, than this hook (measured; docs/performance.md).

use std::rc::Rc;

use yew::prelude::*;

use super::{dispatching, AppContext};
use crate::components::notice::Notice;
use crate::domain::instrument::Lang;
use crate::i18n::{self, ui};
use crate::platform::{self, Saved, StorageUnavailable, Stored};
use crate::state::facilitator::{FacilitatorAction, FacilitatorState};
use crate::state::Action;

impl Reducible for FacilitatorState {
    type Action = FacilitatorAction;

    fn reduce(self: Rc<Self>, action: FacilitatorAction) -> Rc<Self> {
        // The time stamps what changes, for merging with another tab (state::sync).
        Rc::new((*self).clone().apply_at(action, platform::now_ms()))
    }
}

/// The facilitator's state and its dispatcher, as the facilitator's screens get it.
#[derive(Clone, PartialEq)]
pub struct FacilitatorHandle {
    pub state: UseReducerHandle<FacilitatorState>,
}

impl FacilitatorHandle {
    /// A callback that dispatches the action `to_action` makes of its event.
    pub fn callback<E: 'static>(
        &self,
        to_action: impl Fn(E) -> FacilitatorAction + 'static,
    ) -> Callback<E> {
        dispatching(&self.state, to_action)
    }
}

/// Holds the facilitator's state for the whole visit (in `App`, so that what was collected
/// stays in memory when the facilitator looks at another screen and storage is blocked), reads
/// it from storage once and saves it when it changes.
#[hook]
pub fn use_facilitator_state(app: AppContext) -> FacilitatorHandle {
    // What reading the stored value told, for the app's notice once the app is on screen.
    let load_notice = use_mut_ref(|| None::<Result<Action, StorageUnavailable>>);
    let state = {
        let load_notice = load_notice.clone();
        use_reducer(move || match platform::load_facilitator() {
            Ok(Stored::Read(stored)) => stored,
            Ok(Stored::Nothing) => FacilitatorState::default(),
            Ok(Stored::KeptUnreadable) => {
                *load_notice.borrow_mut() = Some(Ok(Action::UnreadableKept));
                FacilitatorState::default()
            }
            Err(unavailable) => {
                *load_notice.borrow_mut() = Some(Err(unavailable));
                FacilitatorState::default()
            }
        })
    };
    {
        let app = app.clone();
        use_effect_with((), move |_| match load_notice.borrow_mut().take() {
            Some(Ok(action)) => app.state.dispatch(action),
            Some(Err(unavailable)) => app.report_storage.emit(Err(unavailable)),
            None => {}
        });
    }
    // The invitation, the collected links and the agreements, under their own key; written
    // only when they change, so opening the app writes nothing. What another tab wrote in the
    // meantime is merged first (the merge changes the state, and this writes again).
    {
        let first = use_mut_ref(|| true);
        let stored = (
            state.invitation.clone(),
            state.links.clone(),
            state.agreements.clone(),
            state.stamps.clone(),
            // The team links shared, for the differencing check (issue 21, counts).
            state.shared.clone(),
        );
        let state = state.clone();
        let report = app.report_storage.clone();
        use_effect_with(stored, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                match platform::save_facilitator(&state) {
                    Ok(Saved::Written) => report.emit(Ok(())),
                    Ok(Saved::MergeFirst(other)) => state.dispatch(FacilitatorAction::Merge(other)),
                    Err(unavailable) => report.emit(Err(unavailable)),
                }
            }
        });
    }
    // Another tab of the same facilitator wrote: merge what it stored.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = platform::on_stored_facilitator(move |other| {
                dispatcher.dispatch(FacilitatorAction::Merge(Box::new(other)));
            });
            move || drop(listener)
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
    FacilitatorHandle { state }
}

/// The notice of what the stored value held that could not be read, until it is closed.
pub fn unread_notice(facilitator: &FacilitatorHandle, lang: Lang) -> Html {
    let unread = &facilitator.state.unread;
    if !unread.any() {
        return Html::default();
    }
    let text = i18n::storage::unread(lang, unread.invitation, unread.links, unread.agreements);
    let on_dismiss = facilitator.callback(|()| FacilitatorAction::DismissUnread);
    html! { <Notice {text} dismiss={ui::DISMISS.get(lang)} {on_dismiss} /> }
}
