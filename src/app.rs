//! The top-level component, and the only one: it holds the [`AppState`] in a reducer, saves
//! it on every change and shows the current screen. Screens and parts are plain functions
//! returning `Html`, because every yew component type adds kilobytes of lifecycle code.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::lang_switch::lang_switch;
use crate::components::notice::notice;
use crate::i18n::{copy, ui};
use crate::pages::question::question_page;
use crate::pages::results::results_page;
use crate::pages::shared::{broken_message, broken_page, compare_page, shared_page};
use crate::pages::welcome::welcome_page;
use crate::platform;
use crate::state::{Action, AppState, LinkView, Screen};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// Mounts the app on `#app`, replacing the static first screen that index.html shows while the
/// WebAssembly loads.
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| {
        let state = match platform::load_state() {
            Ok(saved) => saved.unwrap_or_default(),
            Err(_) => AppState {
                storage_notice: true,
                ..AppState::default()
            },
        };
        // A link in the address bar opens over the reader's own screens from the first render.
        let hash = platform::location_hash();
        if hash.is_empty() {
            state
        } else {
            state.apply(Action::OpenLink(hash))
        }
    });
    // Storage failures are announced once per visit, not on every answer.
    let storage_warned = use_mut_ref(|| state.storage_notice);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    {
        let state = state.clone();
        // Nothing is written while someone else's link is open: the reader's storage stays
        // exactly as it was (and untouched if they never had any).
        let saved = (
            state.lang,
            state.screen,
            state.draft.clone(),
            state.link_view.is_some(),
        );
        use_effect_with(saved, move |_| {
            if state.link_view.is_some() {
                return;
            }
            if platform::save_state(&state).is_err() && !*storage_warned.borrow() {
                *storage_warned.borrow_mut() = true;
                state.dispatch(Action::StorageFailed);
            }
        });
    }
    use_effect_with(state.lang, |lang| platform::set_document_lang(*lang));
    {
        // A link pasted into the address bar of the open app opens too.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                platform::on_hash_change(move |hash| state.dispatch(Action::OpenLink(hash)));
            platform::mark_ready();
            move || drop(listener)
        });
    }
    {
        // Leaving a link view clears the fragment, so a reload shows the reader's own scan.
        let open = state.link_view.is_some();
        let was_open = use_mut_ref(|| false);
        use_effect_with(open, move |open| {
            if std::mem::replace(&mut *was_open.borrow_mut(), *open) && !open {
                platform::clear_hash();
            }
        });
    }
    {
        let first_render = use_mut_ref(|| true);
        let shown = (
            state.screen,
            state.link_view.as_ref().map(std::mem::discriminant),
        );
        use_effect_with(shown, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                platform::focus_heading();
            }
        });
    }

    let lang = state.lang;
    let page = match state.screen {
        Screen::Welcome => welcome_page(&state, &dispatch),
        Screen::Question(index) => question_page(lang, index, &state.draft, &dispatch),
        Screen::Results => results_page(&state, &dispatch),
    };
    let page = match &state.link_view {
        None => page,
        Some(LinkView::Response(shared)) => shared_page(&state, shared, &dispatch),
        Some(LinkView::Compare(shared)) => compare_page(&state, shared, &dispatch),
        Some(LinkView::Team(_)) => broken_page(&state, ui::TEAM_LINK_LATER, &dispatch),
        Some(LinkView::Broken(error)) => broken_page(&state, broken_message(error), &dispatch),
    };
    let dismiss = dispatch.reform(|_| Action::DismissStorageNotice);
    html! {
        <>
            <header class="topbar no-print">
                <span class="brand">{ copy::WELCOME_TITLE.get(lang) }</span>
                { lang_switch(lang, &dispatch) }
            </header>
            if state.storage_notice {
                { notice(ui::STORAGE_NOTICE.get(lang), ui::DISMISS.get(lang), dismiss) }
            }
            <main id="content">{ page }</main>
            <footer class="source"><p>{ copy::SOURCE_NOTE.get(lang) }</p></footer>
        </>
    }
}
