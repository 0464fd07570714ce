//! The top-level component, and the only one: it holds the [`AppState`] in a reducer, saves
//! it on every change and shows the current screen. Screens and parts are plain functions
//! returning `Html`, because every yew component type adds kilobytes of lifecycle code.

use std::mem::Discriminant;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::lang_switch::lang_switch;
use crate::components::notice::notice;
use crate::components::share_panel::LINK_FIELD_ID;
use crate::domain::instrument::{Answer, Lang, RoleGroup};
use crate::domain::link::Workshop;
use crate::domain::response::{Horizon, TeamName};
use crate::embed::{EmbedOptions, Message};
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::pages::question::question_page;
use crate::pages::results::{results_page, results_url};
use crate::pages::shared::{broken_message, broken_page, compare_page, shared_page};
use crate::pages::team::team_page;
use crate::pages::welcome::welcome_page;
use crate::pages::workshop::{join_page, workshop_page};
use crate::platform;
use crate::state::{
    answer_from_input, command, Action, AppState, Command, CopyFeedback, Draft, Facilitator,
    LinkView, Screen, COMPARE_FIELD_ID, PASTE_FIELD_ID,
};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// Mounts the app on `#app`, replacing the static first screen that index.html shows while the
/// WebAssembly loads.
pub fn start() {
    // The first render in a task of its own, after the one that instantiated the wasm: two
    // short tasks instead of one long one (Lighthouse mobile: TBT 22 -> 7 ms, TTI 1.83 ->
    // 1.45 s; README, Performance).
    let render = wasm_bindgen::closure::Closure::once_into_js(|| {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"));
        if let Some(root) = root {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
    });
    if let Some(window) = web_sys::window() {
        use wasm_bindgen::JsCast;
        let _ = window.set_timeout_with_callback(render.unchecked_ref());
    }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| {
        let mut state = match platform::load_state() {
            Ok(saved) => saved.unwrap_or_default(),
            Err(_) => AppState {
                storage_notice: true,
                ..AppState::default()
            },
        };
        state.facilitator = platform::load_facilitator();
        // The partner's options when embedded (query string; anything unknown is ignored).
        let state = state.with_embed(EmbedOptions::from_query(&platform::location_search()));
        // A link in the address bar opens over the reader's own screens from the first render.
        let hash = platform::location_hash();
        if hash.is_empty() {
            state
        } else {
            state.apply(Action::OpenLink(hash))
        }
    });
    // The `data-action` of the last button pressed (see `after_render`).
    let last_action = use_mut_ref(|| None::<String>);
    let seen = use_mut_ref(|| Seen {
        // Storage failures are announced once per visit, not on every answer.
        storage_warned: state.storage_notice,
        ..Seen::default()
    });
    {
        let state = state.clone();
        let last_action = last_action.clone();
        use_effect(move || after_render(&state, &mut seen.borrow_mut(), &last_action));
    }
    let lang = state.lang;
    let page = match &state.link_view {
        Some(LinkView::Response(shared)) => shared_page(&state, shared),
        Some(LinkView::Compare(shared)) => compare_page(&state, shared),
        Some(LinkView::Team(team)) => team_page(&state, team),
        Some(LinkView::Join(workshop)) => join_page(&state, workshop),
        Some(LinkView::Broken(error)) => broken_page(&state, broken_message(error)),
        None => match state.screen {
            Screen::Welcome => welcome_page(&state),
            Screen::Question(index) => question_page(lang, index, &state.draft),
            Screen::Results => results_page(&state),
            Screen::Workshop => workshop_page(&state),
        },
    };
    let mut top = Markup::new();
    top.tag("<header class=\"topbar no-print\"><span class=\"brand\">")
        .say(&copy::WELCOME_TITLE, lang)
        .tag("</span>");
    lang_switch(&mut top, lang);
    top.tag("</header>");
    if state.storage_notice {
        notice(
            &mut top,
            ui::STORAGE_NOTICE.get(lang),
            ui::DISMISS.get(lang),
        );
    }
    // The footer comes with the rest of the screen: in the first render it would sit right under
    // the first texts and be pushed down when the rest arrives (a layout shift).
    let mut footer = Markup::new();
    if state.settled {
        footer
            .tag("<footer class=\"source\"><p>")
            .say(&copy::SOURCE_NOTE, lang)
            .tag("</p></footer>");
    }
    // One listener for every button built as markup: it reads the button's `data-action`.
    let onclick = {
        let state = state.clone();
        let last_action = last_action.clone();
        Callback::from(move |e: MouseEvent| {
            let name = platform::action_name(&e);
            let Some(command) = name.as_deref().and_then(command) else {
                return;
            };
            *last_action.borrow_mut() = name;
            match command {
                Command::Dispatch(action) => state.dispatch(action),
                Command::ReopenLink => state.dispatch(Action::OpenLink(platform::location_hash())),
                Command::Print => platform::print(),
                Command::CopyLink => copy(&state, results_url(&state), LINK_FIELD_ID),
                Command::CopyField(id) => {
                    if let Some(text) = platform::field_value(id) {
                        copy(&state, text, id);
                    }
                }
                Command::AddPasted => {
                    if let Some(text) = platform::field_value(PASTE_FIELD_ID) {
                        platform::clear_field(PASTE_FIELD_ID);
                        state.dispatch(Action::AddPasted(text));
                    }
                }
                Command::CompareTeams => {
                    let text = platform::field_value(COMPARE_FIELD_ID).unwrap_or_default();
                    state.dispatch(Action::CompareTeams(text));
                }
                Command::ShareLink => {
                    platform::share(copy::WELCOME_TITLE.get(state.lang), &results_url(&state))
                }
            }
        })
    };
    // The fields are markup too: one listener each for typing, choosing and submitting.
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(("team-name", text)) = platform::field_of(&e)
                .as_ref()
                .map(|(id, v)| (id.as_str(), v))
            {
                state.dispatch(Action::SetTeamName(text.clone()));
            }
        })
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let action = match platform::field_of(&e) {
                Some((id, value)) if id == "role" => Some(Action::SetRole(
                    value.parse().ok().and_then(RoleGroup::from_id),
                )),
                _ => platform::input_of(&e)
                    .and_then(|(name, value)| answer_from_input(&name, &value)),
            };
            if let Some(action) = action {
                state.dispatch(action);
            }
        })
    };
    let onsubmit = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if platform::target_id(&e) == "workshop-form" {
                if let Some(workshop) = workshop_form() {
                    state.dispatch(Action::CreateWorkshop(workshop));
                }
            } else {
                state.dispatch(Action::Start);
            }
        })
    };
    html! {
        <div class="shell" {onclick} {oninput} {onchange} {onsubmit}>
            { top.into_html() }
            <main id="content">{ page }</main>
            { footer.into_html() }
        </div>
    }
}

/// A failed save is announced once per visit, whichever part of the state it was.
fn storage_result(
    state: &UseReducerHandle<AppState>,
    warned: &mut bool,
    result: Result<(), platform::StorageUnavailable>,
) {
    if result.is_err() && !std::mem::replace(warned, true) {
        state.dispatch(Action::StorageFailed);
    }
}

/// What the effects of the previous render saw. One effect that compares with it, instead of
/// a `use_effect_with` per concern: yew compiles its effect code once per dependency type
/// (about 4 KB of WebAssembly for thirteen of them; README, Size).
#[derive(Default)]
struct Seen {
    rendered: bool,
    storage_warned: bool,
    saved: Option<(Lang, Screen, Draft, Option<Workshop>, bool)>,
    facilitator: Option<Facilitator>,
    lang: Option<Lang>,
    on_results: Option<bool>,
    settled: Option<bool>,
    link_open: bool,
    shown: Option<(Screen, Option<Discriminant<LinkView>>)>,
    moment: Option<(Lang, bool)>,
    answers: Option<(Option<QuestionShown>, bool)>,
    start_form: Option<(bool, Lang, bool)>,
    hash_listener: Option<platform::HashListener>,
}

/// A question's index and its two answers, as the scales show them.
type QuestionShown = (usize, Option<Answer>, Option<Answer>);

/// Stores `now` in `slot` and says whether it differs from what was there (always on the
/// first render).
fn changed<T: PartialEq>(slot: &mut Option<T>, now: T) -> bool {
    if slot.as_ref() == Some(&now) {
        return false;
    }
    *slot = Some(now);
    true
}

/// Everything that follows a render, each part only when what it depends on changed.
fn after_render(
    state: &UseReducerHandle<AppState>,
    seen: &mut Seen,
    last_action: &std::cell::RefCell<Option<String>>,
) {
    let first = !std::mem::replace(&mut seen.rendered, true);
    // Save the draft: everything `state::to_storage` writes. Nothing is written while someone
    // else's link is open: the reader's storage stays exactly as it was (and untouched if
    // they never had any).
    let saved = (
        state.lang,
        state.screen,
        state.draft.clone(),
        state.joined.clone(),
        state.link_view.is_some(),
    );
    if changed(&mut seen.saved, saved) && state.link_view.is_none() {
        let result = platform::save_state(state);
        storage_result(state, &mut seen.storage_warned, result);
    }
    // The facilitator's invitation and collected links, under their own key. Written only
    // when it changes: opening the app writes nothing.
    let before = seen.facilitator.replace(state.facilitator.clone());
    if before.is_some_and(|before| before != state.facilitator) {
        let result = platform::save_facilitator(&state.facilitator);
        storage_result(state, &mut seen.storage_warned, result);
    }
    if changed(&mut seen.lang, state.lang) {
        platform::set_document_lang(state.lang);
    }
    if first {
        // Embedded: fit the iframe to the content and, only when the partner asked for events
        // and named its origin, say "ready". Not embedded: work offline after the first visit.
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
        seen.hash_listener = platform::on_hash_change(move |hash| {
            handle.dispatch(Action::OpenLink(hash));
        });
    }
    // "finished", with the results link, each time the participant reaches the results.
    let on_results = state.screen == Screen::Results && state.link_view.is_none();
    if changed(&mut seen.on_results, on_results) && on_results {
        if let Some(parent) = platform::embedding_parent() {
            let finished = Message::Finished {
                link: results_url(state),
            };
            if let Some(origin) = state.embed.target_origin(&finished) {
                platform::post_to_host(&parent, origin, &finished);
            }
        }
    }
    // The first render shows the top of the screen only (the part index.html shows before the
    // WebAssembly loads); the rest follows in a task of its own. Two short tasks instead of
    // one long one on a slow phone (README, Performance). Ready for tests and embedders once
    // everything is there.
    if changed(&mut seen.settled, state.settled) {
        if state.settled {
            platform::mark_ready();
        } else {
            let handle = state.clone();
            platform::next_task(move || handle.dispatch(Action::Settle));
        }
    }
    // Leaving a link view clears the fragment, so a reload shows the reader's own scan.
    let open = state.link_view.is_some();
    if std::mem::replace(&mut seen.link_open, open) && !open {
        platform::clear_hash();
    }
    // A new screen: the focus goes to its heading (not on the first, which the reader opened).
    let shown = (
        state.screen,
        state.link_view.as_ref().map(std::mem::discriminant),
    );
    if changed(&mut seen.shown, shown) && !first {
        platform::focus_heading();
    }
    // The language switch and the start-over question replace the buttons they came from, and
    // the focus is lost with them: put it on the button now in their place (for the question,
    // on "no", the safe answer).
    let moment = (state.lang, state.confirming_start_over);
    if let Some((old_lang, _)) = seen.moment.replace(moment).filter(|old| *old != moment) {
        if platform::focus_lost() {
            platform::focus(if state.lang != old_lang {
                ".lang-switch"
            } else if state.confirming_start_over {
                "[data-action=start-over-no]"
            } else {
                "[data-action=start-over]"
            });
        }
    }
    // The scales are markup without the answers in them: show the answers after each render
    // that may have drawn them (see components/scale.rs).
    let answers = match (state.screen, &state.link_view) {
        (Screen::Question(index), None) => Some((
            index,
            state.draft.answer(Horizon::Now, index),
            state.draft.answer(Horizon::Desired, index),
        )),
        _ => None,
    };
    if changed(&mut seen.answers, (answers, state.settled)) {
        if let Some((index, now, desired)) = answers {
            platform::show_answer(index, Horizon::Now, now);
            platform::show_answer(index, Horizon::Desired, desired);
        }
    }
    // The start form's fields carry no state in their markup: fill them in when the welcome
    // screen appears.
    let on_welcome = state.screen == Screen::Welcome && state.link_view.is_none();
    if changed(
        &mut seen.start_form,
        (on_welcome, state.lang, state.settled),
    ) && on_welcome
    {
        platform::fill_start_form(
            &state.team_name_text,
            state.draft.role.map_or(0, RoleGroup::id),
        );
    }
    // Any other button that a re-render replaced: put the focus on its successor, so a
    // keyboard user stays where they were (after "add", "compare", "copy").
    if let Some(name) = last_action.borrow_mut().take() {
        if platform::focus_lost() {
            let mut selector = Markup::new();
            selector.tag("[data-action=\"").text(&name).tag("\"]");
            platform::focus(selector.as_str());
        }
    }
}

/// Copies `text` and shows the outcome beside the field `id`.
fn copy(state: &UseReducerHandle<AppState>, text: String, id: &'static str) {
    let state = state.clone();
    platform::copy_text(text, id, move |ok| {
        let feedback = if ok {
            CopyFeedback::Copied
        } else {
            CopyFeedback::Failed
        };
        state.dispatch(Action::CopyResult(id, feedback))
    });
}

/// The invitation the facilitator's form describes; `None` without a valid team name.
fn workshop_form() -> Option<Workshop> {
    let team_name = TeamName::from_input(&platform::field_value("workshop-team")?)?;
    let lang = Lang::from_code(&platform::field_value("workshop-lang")?).unwrap_or_default();
    let roles = platform::checked_values("workshop-role")
        .iter()
        .filter_map(|id| RoleGroup::from_id(id.parse().ok()?))
        .collect();
    Some(Workshop {
        team_name: Some(team_name),
        lang,
        roles,
    })
}
