//! What a link from the address bar shows: someone's result (read-only), that result beside
//! the reader's own, or why the link could not be read. None of it touches the reader's draft.
//! Built as static markup; the buttons name their `data-action` (see `state::command`).

use yew::prelude::*;

use crate::components::answers_table::answer_text;
use crate::components::continuum::continuum;
use crate::components::team_name::team_name_line;
use crate::domain::instrument::DIMENSIONS;
use crate::domain::link::{LinkError, SharedResponse};
use crate::domain::scoring::score;
use crate::i18n::{ui, Text};
use crate::markup::Markup;
use crate::pages::results::results_body;
use crate::state::AppState;

/// "Do the scan yourself" (or "start the scan"), and "go to my own result" when there is one.
fn leave_buttons(m: &mut Markup, state: &AppState) {
    let lang = state.lang;
    if state.draft.is_empty() {
        m.button("primary", "scan-yourself", ui::DO_SCAN_YOURSELF.get(lang));
    } else {
        m.button("primary", "scan-yourself", ui::START_FRESH.get(lang))
            .button("secondary", "own-result", ui::TO_OWN_RESULT.get(lang));
    }
}

pub fn shared_page(state: &AppState, shared: &SharedResponse) -> Html {
    let lang = state.lang;
    let mut m = Markup::new();
    m.tag("<section class=\"results shared\"><h1 tabindex=\"-1\">")
        .say(&ui::SHARED_TITLE, lang)
        .tag("</h1><p class=\"notice-plain\">")
        .say(&ui::SHARED_INTRO, lang)
        .tag("</p><div class=\"actions no-print\">")
        .button("secondary", "compare", ui::COMPARE.get(lang));
    leave_buttons(&mut m, state);
    m.tag("</div>");
    results_body(
        &mut m,
        lang,
        shared.team_name.as_ref(),
        &score(&shared.response),
        state.settled,
    );
    m.tag("</section>");
    m.into_html()
}

pub fn compare_page(state: &AppState, shared: &SharedResponse) -> Html {
    let lang = state.lang;
    let theirs = score(&shared.response);
    let mine = score(&state.draft.response());
    let mut m = Markup::new();
    m.tag("<section class=\"results compare\"><h1 tabindex=\"-1\">")
        .say(&ui::COMPARE_TITLE, lang)
        .tag("</h1>");
    team_name_line(&mut m, shared.team_name.as_ref());
    if state.draft.is_empty() {
        m.tag("<p class=\"warning\">")
            .say(&ui::COMPARE_NO_OWN, lang)
            .tag("</p>");
    }
    m.tag("<div class=\"compare-sides\">");
    for (title, id, result) in [
        (ui::THEIRS, "theirs-heading", &theirs),
        (ui::MINE, "mine-heading", &mine),
    ] {
        m.tag("<section aria-labelledby=\"")
            .tag(id)
            .tag("\"><h2 id=\"")
            .tag(id)
            .tag("\">")
            .say(&title, lang)
            .tag("</h2>");
        continuum(&mut m, lang, result.now, result.desired, false);
        m.tag("</section>");
    }
    m.tag("</div><div class=\"table-wrap\"><table class=\"answers compare-table\"><caption>")
        .say(&ui::TABLE_CAPTION, lang)
        .tag("</caption><thead><tr><th scope=\"col\">")
        .say(&ui::PART, lang)
        .tag("</th>");
    for (who, horizon) in [
        (ui::THEIRS_SHORT, ui::NOW),
        (ui::THEIRS_SHORT, ui::DESIRED),
        (ui::MINE_SHORT, ui::NOW),
        (ui::MINE_SHORT, ui::DESIRED),
    ] {
        m.tag("<th scope=\"col\">")
            .say(&who, lang)
            .tag(" ")
            .say(&horizon, lang)
            .tag("</th>");
    }
    m.tag("</tr></thead><tbody>");
    for d in &DIMENSIONS {
        let i = d.index();
        m.tag("<tr><th scope=\"row\">")
            .say(&d.name, lang)
            .tag("</th>");
        for answer in [
            shared.response.now[i],
            shared.response.desired[i],
            mine.dimensions[i].now,
            mine.dimensions[i].desired,
        ] {
            m.tag("<td>");
            answer_text(&mut m, lang, answer);
            m.tag("</td>");
        }
        m.tag("</tr>");
    }
    m.tag("</tbody></table></div><div class=\"actions no-print\">")
        .button("secondary", "back-to-shared", ui::BACK_TO_SHARED.get(lang));
    leave_buttons(&mut m, state);
    m.tag("</div></section>");
    m.into_html()
}

/// The reason a link failed, in the reader's words.
pub fn broken_message(error: &LinkError) -> Text {
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

pub fn broken_page(state: &AppState, message: Text) -> Html {
    let lang = state.lang;
    let mut m = Markup::new();
    m.tag("<section class=\"broken-link\"><h1 tabindex=\"-1\">")
        .say(&ui::BROKEN_TITLE, lang)
        .tag("</h1><p class=\"warning\" role=\"alert\">")
        .say(&message, lang)
        .tag("</p><p>")
        .say(&ui::BROKEN_DRAFT_SAFE, lang)
        .tag("</p><div class=\"actions\">");
    leave_buttons(&mut m, state);
    m.tag("</div></section>");
    m.into_html()
}
