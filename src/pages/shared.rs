//! What a link from the address bar shows: someone's result (read-only), that result beside
//! the reader's own, or why the link could not be read. None of it touches the reader's draft.

use yew::prelude::*;

use crate::components::answers_table::answer_text;
use crate::components::continuum::continuum;
use crate::domain::instrument::DIMENSIONS;
use crate::domain::link::{LinkError, SharedResponse};
use crate::domain::scoring::score;
use crate::i18n::ui;
use crate::markup::Markup;
use crate::pages::results::results_body;
use crate::state::{Action, AppState, Screen};

/// Where "go to my own result" leads: the results if the reader has answered anything, the
/// welcome screen otherwise.
fn own_screen(state: &AppState) -> Screen {
    if state.draft.is_empty() {
        Screen::Welcome
    } else {
        Screen::Results
    }
}

fn leave_buttons(state: &AppState, ondispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let own = own_screen(state);
    html! {
        <>
            <button type="button" class="primary" onclick={ondispatch.reform(|_| Action::CloseLink(Screen::Welcome))}>
                { if state.draft.is_empty() { ui::DO_SCAN_YOURSELF.get(lang) } else { ui::START_FRESH.get(lang) } }
            </button>
            if own == Screen::Results {
                <button type="button" class="secondary" onclick={ondispatch.reform(|_| Action::CloseLink(Screen::Results))}>
                    { ui::TO_OWN_RESULT.get(lang) }
                </button>
            }
        </>
    }
}

pub fn shared_page(
    state: &AppState,
    shared: &SharedResponse,
    ondispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    html! {
        <section class="results shared">
            <h1 tabindex="-1">{ ui::SHARED_TITLE.get(lang) }</h1>
            <p class="notice-plain">{ ui::SHARED_INTRO.get(lang) }</p>
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={ondispatch.reform(|_| Action::CompareWithOwn)}>
                    { ui::COMPARE.get(lang) }
                </button>
                { leave_buttons(state, ondispatch) }
            </div>
            { results_body(lang, shared.team_name.as_ref(), &score(&shared.response)) }
        </section>
    }
}

pub fn compare_page(
    state: &AppState,
    shared: &SharedResponse,
    ondispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    let theirs = score(&shared.response);
    let mine = score(&state.draft.response());
    let mut table = Markup::new();
    table
        .tag("<div class=\"table-wrap\"><table class=\"answers compare-table\"><caption>")
        .text(ui::TABLE_CAPTION.get(lang))
        .tag("</caption><thead><tr><th scope=\"col\">")
        .text(ui::PART.get(lang))
        .tag("</th>");
    for (who, horizon) in [
        (ui::THEIRS_SHORT, ui::NOW),
        (ui::THEIRS_SHORT, ui::DESIRED),
        (ui::MINE_SHORT, ui::NOW),
        (ui::MINE_SHORT, ui::DESIRED),
    ] {
        table
            .tag("<th scope=\"col\">")
            .text(who.get(lang))
            .tag(" ")
            .text(horizon.get(lang))
            .tag("</th>");
    }
    table.tag("</tr></thead><tbody>");
    for d in &DIMENSIONS {
        let i = d.index();
        table
            .tag("<tr><th scope=\"row\">")
            .text(d.name.get(lang))
            .tag("</th>");
        for answer in [
            shared.response.now[i],
            shared.response.desired[i],
            mine.dimensions[i].now,
            mine.dimensions[i].desired,
        ] {
            table.tag("<td>");
            answer_text(&mut table, lang, answer);
            table.tag("</td>");
        }
        table.tag("</tr>");
    }
    table.tag("</tbody></table></div>");
    let side =
        |title: &'static str, id: &'static str, result: &crate::domain::scoring::ResponseResult| {
            html! {
                <section aria-labelledby={id}>
                    <h2 id={id}>{ title }</h2>
                    { continuum(lang, result.now, result.desired, false) }
                </section>
            }
        };
    html! {
        <section class="results compare">
            <h1 tabindex="-1">{ ui::COMPARE_TITLE.get(lang) }</h1>
            if let Some(name) = &shared.team_name {
                <p class="team-name">{ name.as_str() }</p>
            }
            if state.draft.is_empty() {
                <p class="warning">{ ui::COMPARE_NO_OWN.get(lang) }</p>
            }
            <div class="compare-sides">
                { side(ui::THEIRS.get(lang), "theirs-heading", &theirs) }
                { side(ui::MINE.get(lang), "mine-heading", &mine) }
            </div>
            { table.into_html() }
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={ondispatch.reform(|_| Action::OpenLink(crate::platform::location_hash()))}>
                    { ui::BACK_TO_SHARED.get(lang) }
                </button>
                { leave_buttons(state, ondispatch) }
            </div>
        </section>
    }
}

/// The reason a link failed, in the reader's words.
pub fn broken_message(error: &LinkError) -> crate::i18n::Text {
    match error {
        LinkError::TooLong { .. } => ui::BROKEN_TOO_LONG,
        LinkError::UnsupportedVersion { .. } | LinkError::UnknownKind { .. } => ui::BROKEN_NEWER,
        LinkError::Truncated => ui::BROKEN_TRUNCATED,
        LinkError::LengthMismatch
        | LinkError::ChecksumMismatch
        | LinkError::NonCanonical
        | LinkError::ValueOutOfRange
        | LinkError::InvalidTeamName
        | LinkError::TooManyResponses { .. }
        | LinkError::NoResponses => ui::BROKEN_DAMAGED,
        LinkError::Empty | LinkError::NotALink | LinkError::InvalidCharacter { .. } => {
            ui::BROKEN_NOT_A_LINK
        }
    }
}

pub fn broken_page(
    state: &AppState,
    message: crate::i18n::Text,
    ondispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    html! {
        <section class="broken-link">
            <h1 tabindex="-1">{ ui::BROKEN_TITLE.get(lang) }</h1>
            <p class="warning" role="alert">{ message.get(lang) }</p>
            <p>{ ui::BROKEN_DRAFT_SAFE.get(lang) }</p>
            <div class="actions">{ leave_buttons(state, ondispatch) }</div>
        </section>
    }
}
