//! The top-level component: the participant's [`AppState`] in a reducer, shared with the
//! screens through a context; saving, the address bar and the embedding page as effects; and
//! the screen shown.
//!
//! The app is built twice (docs/architecture.md, "Two builds"): the participant's wasm, which
//! index.html loads, leaves out the facilitator's screens (the workshop and a team link's page)
//! and their state, and loads the facilitator's wasm when one of them is needed; that one takes
//! over the page with the state handed over. [`App`] is generic over which of the two it is
//! ([`FacilitatorScreens`]), so the participant's build never links the facilitator's screens,
//! nor their state ([`facilitator`]).

pub mod facilitator;
mod history;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::facilitator::FacilitatorHandle;
use crate::components::lang_switch::LangSwitch;
use crate::components::notice::Notice;
use crate::components::share_panel;
use crate::domain::link::SharedCounts;
use crate::domain::team::RoleSizes;
use crate::embed::{EmbedOptions, Message};
use crate::i18n::{copy, ui, Lang};
use crate::pages::broken::BrokenPage;
use crate::pages::compare::ComparePage;
use crate::pages::facilitator_loading::{FacilitatorLoading, FacilitatorScreen};
use crate::pages::join::JoinPage;
use crate::pages::question::QuestionPage;
use crate::pages::results::{results_url, ResultsPage};
use crate::pages::shared::SharedPage;
use crate::pages::team::TeamPage;
use crate::pages::welcome::WelcomePage;
use crate::pages::workshop::WorkshopPage;
use crate::platform::{self, StorageUnavailable};
use crate::state::{self, storage, Action, AppState, LinkView, Screen};

/// Where the facilitator's screens come from in a build of the app.
pub trait FacilitatorScreens: 'static {
    /// Whether this build has them (false: showing one loads the facilitator's wasm).
    const INCLUDED: bool;
    /// What the facilitator's screens get from `App`: their state in the facilitator's build,
    /// nothing in the participant's.
    type Facilitator: Clone + PartialEq + 'static;
    /// The hook that holds it; `App` calls it on every render.
    fn use_facilitator(app: AppContext) -> impl Hook<Output = Self::Facilitator>;
    /// The participant's steps as history entries (`history`): the participant's build only.
    fn use_history(state: UseReducerHandle<AppState>) -> impl Hook<Output = ()>;
    /// The screen kept on while the send step's code is shown (`share_panel::use_screen_on`):
    /// the participant's build only.
    fn use_screen_on(shown: bool) -> impl Hook<Output = ()>;
    fn team_page(team: SharedCounts, roles: RoleSizes, facilitator: &Self::Facilitator) -> Html;
    fn workshop_page(facilitator: &Self::Facilitator) -> Html;
    /// The facilitator's notice about their stored value, if any (with the app's notices).
    fn notice(facilitator: &Self::Facilitator, lang: Lang) -> Html;
}

/// The participant's build: the facilitator's screens are loaded when needed.
pub struct Participant;

/// The participant's build holds no facilitator's state.
#[hook]
fn use_no_facilitator(_app: AppContext) {}

/// The facilitator's build keeps no steps in the history (its size, docs/performance.md).
#[hook]
fn use_no_history() {}

/// Nor does it keep the screen on for the send step (its size; a participant rarely sends from
/// this build).
#[hook]
fn use_no_screen_on() {}

impl FacilitatorScreens for Participant {
    const INCLUDED: bool = false;
    type Facilitator = ();
    fn use_facilitator(app: AppContext) -> impl Hook<Output = ()> {
        use_no_facilitator(app)
    }
    fn use_history(state: UseReducerHandle<AppState>) -> impl Hook<Output = ()> {
        history::use_step_history(state)
    }
    fn use_screen_on(shown: bool) -> impl Hook<Output = ()> {
        share_panel::use_screen_on(shown)
    }
    fn team_page(_: SharedCounts, _: RoleSizes, _: &()) -> Html {
        html! { <FacilitatorLoading screen={FacilitatorScreen::Team} /> }
    }
    fn workshop_page(_: &()) -> Html {
        html! { <FacilitatorLoading screen={FacilitatorScreen::Workshop} /> }
    }
    fn notice(_: &(), _: Lang) -> Html {
        Html::default()
    }
}

/// The facilitator's build: every screen, with the facilitator's state.
pub struct FacilitatorBuild;

impl FacilitatorScreens for FacilitatorBuild {
    const INCLUDED: bool = true;
    type Facilitator = FacilitatorHandle;
    fn use_facilitator(app: AppContext) -> impl Hook<Output = FacilitatorHandle> {
        facilitator::use_facilitator_state(app)
    }
    fn use_history(_: UseReducerHandle<AppState>) -> impl Hook<Output = ()> {
        use_no_history()
    }
    fn use_screen_on(_: bool) -> impl Hook<Output = ()> {
        use_no_screen_on()
    }
    fn team_page(team: SharedCounts, roles: RoleSizes, facilitator: &FacilitatorHandle) -> Html {
        html! { <TeamPage {team} {roles} facilitator={facilitator.clone()} /> }
    }
    fn workshop_page(facilitator: &FacilitatorHandle) -> Html {
        html! { <WorkshopPage facilitator={facilitator.clone()} /> }
    }
    fn notice(facilitator: &FacilitatorHandle, lang: Lang) -> Html {
        facilitator::unread_notice(facilitator, lang)
    }
}

thread_local! {
    /// The participant's app, mounted, so that it can hand the page over to the facilitator's.
    static MOUNTED: RefCell<Option<yew::AppHandle<App<Participant>>>> = const { RefCell::new(None) };
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// What every screen reaches without props threading through each level: the state, its
/// dispatcher, the main heading that gets the focus when a screen changes, and where a
/// storage failure is reported.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: UseReducerHandle<AppState>,
    /// Every screen puts this on its `<h1 tabindex="-1">`.
    pub heading: NodeRef,
    /// The result of a save: a failure is announced once per visit, not on every answer.
    pub report_storage: Callback<Result<(), StorageUnavailable>>,
}

impl AppContext {
    /// A callback that dispatches the action `to_action` makes of its event.
    pub fn callback<E: 'static>(&self, to_action: impl Fn(E) -> Action + 'static) -> Callback<E> {
        dispatching(&self.state, to_action)
    }
}

/// A callback that dispatches to `state` the action `to_action` makes of its event: the one
/// shape of every screen's callbacks, for either reducer.
pub(crate) fn dispatching<R: Reducible + 'static, E: 'static>(
    state: &UseReducerHandle<R>,
    to_action: impl Fn(E) -> R::Action + 'static,
) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |event: E| state.dispatch(to_action(event)))
}

/// The app's context; every screen is rendered inside [`App`], which provides it.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>()
        .expect("screens are rendered inside App, which provides the context")
}

/// Mounts the participant's app on `#app`, replacing the static first screen.
pub fn start() {
    // The first render in a task of its own, after the one that instantiated the wasm: two
    // short tasks instead of one long one (docs/performance.md).
    platform::next_task(|| {
        if let Some(root) = platform::app_root() {
            root.set_text_content(None);
            let handle =
                yew::Renderer::<App<Participant>>::with_root_and_props(root, AppProps::default())
                    .render();
            MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(handle));
        }
    });
}

/// Mounts the facilitator's app on `#app`. On a team link the loader starts it at once
/// (`handed_over` None); otherwise the participant's app hands the page over to it with its
/// state, and with the focus on the new heading when the focus was in the app (`focus`).
pub fn start_facilitator(handed_over: Option<String>, focus: bool) {
    let in_this_task = handed_over.is_some();
    let mount = move || {
        if let Some(root) = platform::app_root() {
            root.set_text_content(None);
            let props = AppProps {
                handed_over: handed_over.map(AttrValue::from),
                focus_first: focus,
            };
            yew::Renderer::<App<FacilitatorBuild>>::with_root_and_props(root, props).render();
        }
    };
    if in_this_task {
        // In the task that unmounted the participant's app: no moment without either.
        mount();
    } else {
        // As `start`: the first render in a task of its own.
        platform::next_task(mount);
    }
}

/// The participant's app leaves the page to the facilitator's, whose wasm `bindings` has
/// loaded: it unmounts, and the other starts from this state (in memory, so nothing is lost
/// when storage is blocked).
pub(crate) fn hand_over(bindings: &wasm_bindgen::JsValue, state: &AppState) {
    let focus = platform::app_root().is_some_and(|root| platform::has_focus_within(&root));
    if let Some(handle) = MOUNTED.with(|mounted| mounted.borrow_mut().take()) {
        handle.destroy();
    }
    platform::start_loaded_facilitator(bindings, &storage::to_storage(state), focus);
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The participant's state, in its storage form, when the participant's app handed the
    /// page over: the visit goes on where it was.
    #[prop_or_default]
    pub handed_over: Option<AttrValue>,
    /// The focus to the heading on the first render too: the reader had moved to this screen
    /// in the participant's app, whose heading had the focus.
    #[prop_or_default]
    pub focus_first: bool,
}

/// The state a visit starts with: what was saved (or handed over), the partner's options, the
/// link opened.
fn initial_state(handed_over: Option<&str>) -> AppState {
    use platform::Stored;
    // First the address a mail or chat program changed is repaired: the embed options in its
    // query and the link in its fragment are both read from it.
    platform::repair_address_bar();
    let mut state = AppState::default();
    match platform::load_state() {
        Ok(Stored::Read(saved)) => state = saved,
        Ok(Stored::Nothing) => {}
        Ok(Stored::KeptUnreadable) => state.unreadable_kept = true,
        Err(_) => state.storage_notice = true,
    }
    // Handed over by the participant's app: its state as it was in memory (the same as saved,
    // unless storage is blocked or full), with the notices about storage that it showed.
    // (The facilitator's own stored value is read by `facilitator::use_facilitator_state`.)
    if let Some(mut handed_over) = handed_over.and_then(storage::from_storage) {
        handed_over.unreadable_kept = state.unreadable_kept;
        handed_over.storage_notice = state.storage_notice;
        state = handed_over;
    }
    // The partner's options when embedded (query string; anything unknown is ignored).
    let state = state.with_embed(EmbedOptions::from_query(&platform::location_search()));
    // A link in the address bar opens over the reader's own screens from the first render.
    let hash = platform::location_hash();
    if hash.is_empty() {
        state
    } else {
        state.apply(Action::OpenLink(hash))
    }
}

#[function_component(App)]
pub fn app<F: FacilitatorScreens>(props: &AppProps) -> Html {
    let state = {
        let handed_over = props.handed_over.clone();
        use_reducer(move || initial_state(handed_over.as_deref()))
    };
    // The participant's build while it loads the facilitator's: not ready until that one is.
    let handing_over = state::hands_over(F::INCLUDED, &state);
    let heading = use_node_ref();
    // Storage failures are announced once per visit, not on every answer.
    let report_storage = {
        let warned = use_mut_ref(|| state.storage_notice);
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |result: Result<(), StorageUnavailable>| {
                if result.is_err() && !std::mem::replace(&mut *warned.borrow_mut(), true) {
                    dispatcher.dispatch(Action::StorageFailed);
                }
            })
        }))
        .clone()
    };

    let context = AppContext {
        state: state.clone(),
        heading: heading.clone(),
        report_storage: report_storage.clone(),
    };
    let facilitator = F::use_facilitator(context.clone());
    // Before the effect that clears a closed link's fragment: a step's entry comes first, so
    // the clearing rewrites the step's entry and never the invitation's (`history`).
    F::use_history(state.clone());
    // Where ResultsPage shows the step of sending to the facilitator, with its code.
    F::use_screen_on(
        state.screen == Screen::Results && state.link_view.is_none() && state.joined.is_some(),
    );
    // Save the draft: everything `storage::to_storage` writes. Nothing is written while someone
    // else's link is open: the reader's storage stays exactly as it was.
    {
        let saved = (
            state.lang,
            state.screen,
            state.draft.clone(),
            state.joined.clone(),
            state.link_view.is_some(),
        );
        let state = state.clone();
        let report = report_storage.clone();
        use_effect_with(saved, move |_| {
            if state.link_view.is_none() {
                report.emit(platform::save_state(&state));
            }
        });
    }
    use_effect_with(state.lang, |&lang| platform::set_document_lang(lang));
    // Once: the partner's accent, the embedding messages or the service worker, and the
    // address bar's fragment.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let options = &state.embed;
            // A partner's accent only where it keeps link text readable on white (AA).
            if let Some(accent) = options.accent.as_ref().filter(|a| a.usable_on_white()) {
                platform::set_accent(&accent.css(), accent.readable_text());
            }
            match platform::embedding_parent() {
                Some(parent) => {
                    if let Some(origin) = options.target_origin(&Message::Ready) {
                        platform::post_to_host(&parent, origin, &Message::Ready);
                    }
                    let resize = options.target_origin(&Message::Resize { height: 0 });
                    platform::report_height(parent, resize.unwrap_or("*").to_owned());
                }
                None => platform::register_service_worker(),
            }
            // A link pasted into the address bar of the open app opens too.
            let handle = state.clone();
            let listener = platform::on_hash_change(move |hash| {
                handle.dispatch(Action::OpenLink(hash));
            });
            move || drop(listener)
        });
    }
    // "finished", with the results link, each time the participant reaches the results in
    // this visit: not for a saved result shown when the page opens.
    {
        let on_results = state.screen == Screen::Results && state.link_view.is_none();
        let first = use_mut_ref(|| true);
        let state = state.clone();
        use_effect_with(on_results, move |&on_results| {
            if std::mem::replace(&mut *first.borrow_mut(), false) || !on_results {
                return;
            }
            if let Some(parent) = platform::embedding_parent() {
                let finished = Message::Finished {
                    link: results_url(&state),
                };
                if let Some(origin) = state.embed.target_origin(&finished) {
                    platform::post_to_host(&parent, origin, &finished);
                }
            }
        });
    }
    // The first render shows the top of the screen only (what index.html shows before the
    // WebAssembly loads); the rest follows in a task of its own: two short tasks instead of
    // one long one on a slow phone. Ready for tests and embedders once everything is there.
    {
        let state = state.clone();
        use_effect_with(
            (state.settled, handing_over),
            move |&(settled, handing_over)| {
                if handing_over {
                    return;
                }
                if settled {
                    platform::mark_ready();
                } else {
                    platform::next_task(move || state.dispatch(Action::Settle));
                }
            },
        );
    }
    // Leaving a link view clears the fragment, so a reload shows the reader's own scan.
    {
        let was_open = use_mut_ref(|| false);
        use_effect_with(state.link_view.is_some(), move |&open| {
            if std::mem::replace(&mut *was_open.borrow_mut(), open) && !open {
                platform::clear_hash();
            }
        });
    }
    // A new screen: the focus goes to its heading (not on the first, which the reader opened,
    // unless it was handed over: then the reader had just moved to it).
    {
        let first = use_mut_ref(|| !props.focus_first);
        let heading = heading.clone();
        use_effect_with(state.shown(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus_heading(&heading);
            }
        });
    }

    let lang = state.lang;
    let on_switch = context.callback(Action::SetLang);
    let page = match &state.link_view {
        Some(LinkView::Response(shared)) => html! { <SharedPage shared={shared.clone()} /> },
        Some(LinkView::Compare(shared)) => html! { <ComparePage shared={shared.clone()} /> },
        Some(LinkView::Team(team, roles)) => F::team_page(team.clone(), *roles, &facilitator),
        Some(LinkView::Join(workshop)) => html! { <JoinPage workshop={workshop.clone()} /> },
        Some(LinkView::Broken(error)) => html! { <BrokenPage error={error.clone()} /> },
        None => match state.screen {
            Screen::Welcome => html! { <WelcomePage /> },
            // Keyed: each dimension's radios are its own elements, never another's renamed.
            Screen::Question(index) => html! { <QuestionPage key={index} {index} /> },
            Screen::Results => html! { <ResultsPage /> },
            Screen::Workshop => F::workshop_page(&facilitator),
        },
    };
    // After the notice is closed, the focus goes to the screen's heading, not the body.
    let on_dismiss = {
        let state = state.clone();
        let heading = heading.clone();
        Callback::from(move |()| {
            state.dispatch(Action::DismissStorageNotice);
            platform::focus(&heading);
        })
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <div class="shell">
                <header class="topbar no-print">
                    <span class="brand">{ copy::WELCOME_TITLE.get(lang) }</span>
                    <LangSwitch {lang} {on_switch} />
                </header>
                if state.storage_notice {
                    <Notice text={ui::STORAGE_NOTICE.get(lang)} dismiss={ui::DISMISS.get(lang)} on_dismiss={on_dismiss.clone()} />
                } else if state.unreadable_kept {
                    <Notice text={ui::UNREADABLE_KEPT.get(lang)} dismiss={ui::DISMISS.get(lang)} {on_dismiss} />
                }
                { F::notice(&facilitator, lang) }
                <main id="content">{ page }</main>
                // The footer comes with the rest of the screen: in the first render it would
                // sit right under the first texts and be pushed down (a layout shift).
                if state.settled {
                    <footer class="source"><p>{ copy::SOURCE_NOTE.get(lang) }</p></footer>
                }
            </div>
        </ContextProvider<AppContext>>
    }
}
