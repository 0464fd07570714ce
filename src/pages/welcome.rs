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
        .text(copy::WELCOME_TITLE.get(lang))
        .tag("</h1><p class=\"lead\">")
        .text(copy::WELCOME_INTRO.get(lang))
        .tag("</p><p>")
        .text(copy::WELCOME_DURATION.get(lang))
        .tag("</p><p class=\"privacy\">")
        .text(copy::PRIVACY_LINE.get(lang))
        .tag("</p><form class=\"start-form\">");
    // In a workshop the team name is the workshop's, and the roles are the ones it offers.
    let roles = match &state.joined {
        None => {
            m.tag("<div class=\"field\"><label for=\"team-name\">")
                .text(ui::TEAM_NAME_LABEL.get(lang))
                .tag("</label><p class=\"hint\" id=\"team-name-hint\">")
                .text(ui::TEAM_NAME_HINT.get(lang))
                .tag("</p><input id=\"team-name\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"team-name-hint\"></div>");
            &RoleGroup::ALL[..]
        }
        Some(workshop) => {
            m.tag("<p class=\"workshop-banner\">")
                .text(ui::IN_WORKSHOP.get(lang))
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
            .text(ui::ROLE_LABEL.get(lang))
            .tag("</label><select id=\"role\"><option value=\"0\">")
            .text(ui::ROLE_NONE.get(lang))
            .tag("</option>");
        for role in roles {
            m.tag("<option value=\"")
                .num(u32::from(role.id()))
                .tag("\">")
                .text(role.label().get(lang))
                .tag("</option>");
        }
        m.tag("</select></div>");
    }
    m.tag("<button type=\"submit\" class=\"primary\">")
        .text(start.get(lang))
        .tag("</button></form><h2>")
        .text(ui::DIMENSIONS_HEADING.get(lang))
        .tag("</h2><ol class=\"dimension-list\">");
    for d in &DIMENSIONS {
        m.tag("<li>").text(d.name.get(lang)).tag("</li>");
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
