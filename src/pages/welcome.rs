//! The welcome screen: what this is, how long it takes, the privacy line, the optional team
//! name and role group, and start.
//!
//! Static markup (see `markup`). The form's fields carry no state in the markup, so typing
//! never rebuilds them: the page's listeners read them (`app.rs`), and `platform::fill_start_form`
//! puts the saved name and role in when the screen appears.

use yew::prelude::*;

use crate::domain::instrument::{RoleGroup, DIMENSIONS};
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::state::AppState;

pub fn welcome_page(state: &AppState) -> Html {
    let lang = state.lang;
    let start = if state.draft.completed_count() == 0 {
        ui::START
    } else {
        ui::RESUME
    };
    let mut m = Markup::new();
    m.tag("<section class=\"welcome\"><h1 tabindex=\"-1\">")
        .say(&copy::WELCOME_TITLE, lang)
        .tag("</h1><p class=\"lead\">")
        .say(&copy::WELCOME_INTRO, lang)
        .tag("</p><p>")
        .say(&copy::WELCOME_DURATION, lang)
        .tag("</p><p class=\"privacy\">")
        .say(&copy::PRIVACY_LINE, lang)
        .tag("</p>");
    // The first render stops at the texts that index.html shows too (see `app.rs`).
    if !state.settled {
        m.tag("</section>");
        return m.into_html();
    }
    m.tag("<form class=\"start-form\">");
    // In a workshop the team name is the workshop's, and the roles are the ones it offers.
    let roles = match &state.joined {
        None => {
            m.tag("<div class=\"field\"><label for=\"team-name\">")
                .say(&ui::TEAM_NAME_LABEL, lang)
                .tag("</label><p class=\"hint\" id=\"team-name-hint\">")
                .say(&ui::TEAM_NAME_HINT, lang)
                .tag("</p><input id=\"team-name\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"team-name-hint\"></div>");
            &RoleGroup::ALL[..]
        }
        Some(workshop) => {
            m.tag("<p class=\"workshop-banner\">")
                .say(&ui::IN_WORKSHOP, lang)
                .tag(" <b>");
            if let Some(name) = &workshop.team_name {
                m.text(name.as_str());
            }
            m.tag("</b></p>");
            &workshop.roles[..]
        }
    };
    if !roles.is_empty() {
        m.tag("<div class=\"field\"><label for=\"role\">")
            .say(&ui::ROLE_LABEL, lang)
            .tag("</label><select id=\"role\"><option value=\"0\">")
            .say(&ui::ROLE_NONE, lang)
            .tag("</option>");
        for role in roles {
            m.tag("<option value=\"")
                .num(u32::from(role.id()))
                .tag("\">")
                .say(&role.label(), lang)
                .tag("</option>");
        }
        m.tag("</select></div>");
    }
    m.tag("<button type=\"submit\" class=\"primary\">")
        .say(&start, lang)
        .tag("</button></form><h2>")
        .say(&ui::DIMENSIONS_HEADING, lang)
        .tag("</h2><ol class=\"dimension-list\">");
    for d in &DIMENSIONS {
        m.tag("<li>").say(&d.name, lang).tag("</li>");
    }
    m.tag("</ol><div class=\"actions\">");
    if state.joined.is_some() {
        m.button("secondary", "leave-workshop", ui::LEAVE_WORKSHOP.get(lang));
    } else {
        m.button("secondary", "facilitate", ui::FACILITATE.get(lang));
    }
    m.tag("</div></section>");
    m.into_html()
}
