//! The welcome screen: what this is, how long it takes, the privacy line, the optional team
//! name and role group, and start.

use yew::prelude::*;

use crate::domain::instrument::{RoleGroup, DIMENSIONS};
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::state::{Action, AppState};

pub fn welcome_page(state: &AppState, ondispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let oninput = ondispatch.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::SetTeamName(input.value())
    });
    let onrole = ondispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetRole(select.value().parse().ok().and_then(RoleGroup::from_id))
    });
    let onsubmit = ondispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Start
    });
    let role = state.draft.role;
    let options = RoleGroup::ALL.iter().map(|r| html! {
        <option value={r.id().to_string()} selected={role == Some(*r)}>{ r.label().get(lang) }</option>
    });
    let start = if state.draft.is_empty() || state.draft.completed_count() == 0 {
        ui::START
    } else {
        ui::RESUME
    };
    // The static text as markup: smaller in the WebAssembly than html! elements.
    let mut intro = Markup::new();
    intro
        .tag("<p class=\"lead\">")
        .text(copy::WELCOME_INTRO.get(lang))
        .tag("</p><p>")
        .text(copy::WELCOME_DURATION.get(lang))
        .tag("</p><p class=\"privacy\">")
        .text(copy::PRIVACY_LINE.get(lang))
        .tag("</p>");
    let mut parts = Markup::new();
    parts
        .tag("<h2>")
        .text(ui::DIMENSIONS_HEADING.get(lang))
        .tag("</h2><ol class=\"dimension-list\">");
    for d in &DIMENSIONS {
        parts.tag("<li>").text(d.name.get(lang)).tag("</li>");
    }
    parts.tag("</ol>");
    html! {
        <section class="welcome">
            <h1 tabindex="-1">{ copy::WELCOME_TITLE.get(lang) }</h1>
            { intro.into_html() }
            <form class="start-form" {onsubmit}>
                <div class="field">
                    <label for="team-name">{ ui::TEAM_NAME_LABEL.get(lang) }</label>
                    <p class="hint" id="team-name-hint">{ ui::TEAM_NAME_HINT.get(lang) }</p>
                    <input id="team-name" type="text" autocomplete="off" spellcheck="false"
                        aria-describedby="team-name-hint" value={state.team_name_text.clone()} {oninput} />
                </div>
                <div class="field">
                    <label for="role">{ ui::ROLE_LABEL.get(lang) }</label>
                    <select id="role" onchange={onrole}>
                        <option value="0" selected={role.is_none()}>{ ui::ROLE_NONE.get(lang) }</option>
                        { for options }
                    </select>
                </div>
                <button type="submit" class="primary">{ start.get(lang) }</button>
            </form>
            { parts.into_html() }
        </section>
    }
}
