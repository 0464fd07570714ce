//! The workshop: the facilitator's screen (the invitation with its join link and QR code, the
//! paste box that collects result links, and the team view) and the invitation page a
//! participant sees when they open the join link. Static markup; the form's fields are read
//! by the page's listeners (`app.rs`).

use yew::prelude::*;

use crate::components::notice::confirm;
use crate::components::qr_code::qr_code;
use crate::components::share_panel::{copy_feedback, link_field, page_link, LINK_FIELD_ID};
use crate::components::team_name::team_name_line;
use crate::domain::collect::CollectError;
use crate::domain::instrument::{Lang, RoleGroup};
use crate::domain::link::{self, Workshop};
use crate::i18n::ui;
use crate::markup::Markup;
use crate::pages::results::results_url;
use crate::pages::shared::broken_message;
use crate::pages::team::team_view;
use crate::state::{AppState, JOIN_FIELD_ID, PASTE_FIELD_ID};

/// The form that makes the invitation, filled in with the current one when it is changed.
fn invitation_form(m: &mut Markup, lang: Lang, current: Option<&Workshop>) {
    m.tag("<form id=\"workshop-form\"><div class=\"field\"><label for=\"workshop-team\">")
        .say(&ui::WORKSHOP_TEAM_LABEL, lang)
        .tag("</label><input id=\"workshop-team\" type=\"text\" required maxlength=\"60\" autocomplete=\"off\" value=\"");
    if let Some(name) = current.and_then(|w| w.team_name.as_ref()) {
        m.text(name.as_str());
    }
    m.tag("\"></div><div class=\"field\"><label for=\"workshop-lang\">")
        .say(&ui::WORKSHOP_LANG_LABEL, lang)
        .tag("</label><select id=\"workshop-lang\">");
    let workshop_lang = current.map_or(lang, |w| w.lang);
    for (option, code, name) in [(Lang::Nl, "nl", "Nederlands"), (Lang::En, "en", "English")] {
        m.tag("<option value=\"").tag(code);
        if option == workshop_lang {
            m.tag("\" selected>");
        } else {
            m.tag("\">");
        }
        m.tag(name).tag("</option>");
    }
    m.tag("</select></div><fieldset class=\"field roles\"><legend>")
        .say(&ui::WORKSHOP_ROLES_LABEL, lang)
        .tag("</legend>");
    for role in RoleGroup::ALL {
        let checked = current.is_none_or(|w| w.roles.contains(&role));
        m.tag("<label class=\"check\"><input type=\"checkbox\" name=\"workshop-role\" value=\"")
            .num(u32::from(role.id()))
            .tag(if checked { "\" checked> " } else { "\"> " })
            .say(&role.label(), lang)
            .tag("</label>");
    }
    m.tag("</fieldset><button type=\"submit\" class=\"primary\">")
        .say(&ui::MAKE_INVITATION, lang)
        .tag("</button></form>");
}

/// What the pastes gave: how many, the duplicates, and what could not be read and why.
fn collect_status(m: &mut Markup, state: &AppState) {
    let lang = state.lang;
    let collected = &state.facilitator.collected;
    m.tag("<div class=\"collect-status\" role=\"status\"><p><b>")
        .text(&ui::participants(lang, collected.responses.len()))
        .tag("</b></p>");
    if collected.duplicates > 0 {
        m.tag("<p>")
            .text(&ui::duplicates(lang, collected.duplicates))
            .tag("</p>");
    }
    for (shown, text) in [
        (collected.other_team_names > 0, ui::OTHER_TEAM_NAMES),
        (collected.cut, ui::PASTE_CUT),
    ] {
        if shown {
            m.tag("<p class=\"warning\">").say(&text, lang).tag("</p>");
        }
    }
    if !collected.problems.is_empty() {
        m.tag("<h3>")
            .say(&ui::NOT_READ_HEADING, lang)
            .tag("</h3><ul class=\"problems\">");
        for problem in &collected.problems {
            let message = match &problem.error {
                CollectError::Link(error) => broken_message(error),
                CollectError::Invitation => ui::INVITATION_PASTED,
                CollectError::TooManyResponses => ui::TEAM_FULL,
            };
            m.tag("<li><code>")
                .text(&problem.excerpt)
                .tag("</code> ")
                .say(&message, lang)
                .tag("</li>");
        }
        m.tag("</ul>");
        if collected.more_problems > 0 {
            m.tag("<p>")
                .text(&ui::more_problems(lang, collected.more_problems))
                .tag("</p>");
        }
    }
    m.tag("</div>");
}

/// The facilitator's screen.
pub fn workshop_page(state: &AppState) -> Html {
    let lang = state.lang;
    let facilitator = &state.facilitator;
    let mut m = Markup::new();
    m.tag("<section class=\"workshop\"><h1 tabindex=\"-1\">")
        .say(&ui::FACILITATE, lang)
        .tag("</h1><p>")
        .say(&ui::FACILITATE_INTRO, lang)
        .tag("</p><section aria-labelledby=\"invitation\"><h2 id=\"invitation\">")
        .say(&ui::INVITATION_HEADING, lang)
        .tag("</h2>");
    match facilitator
        .invitation
        .as_ref()
        .filter(|_| !facilitator.editing)
    {
        None => invitation_form(&mut m, lang, facilitator.invitation.as_ref()),
        Some(invitation) => {
            let url = page_link(&link::encode_workshop(invitation));
            team_name_line(&mut m, invitation.team_name.as_ref());
            m.tag("<p>").say(&ui::JOIN_LINK_HINT, lang).tag("</p>");
            link_field(&mut m, JOIN_FIELD_ID, ui::JOIN_LINK_LABEL.get(lang), &url);
            m.tag("<div class=\"share-buttons no-print\">")
                .button("primary", "copy-join", ui::COPY.get(lang))
                .button(
                    "secondary",
                    "edit-workshop",
                    ui::CHANGE_INVITATION.get(lang),
                )
                .tag("</div>");
            copy_feedback(&mut m, lang, state.copy_feedback, JOIN_FIELD_ID);
            m.tag("<div class=\"qr-large\">");
            qr_code(&mut m, lang, &url);
            m.tag("</div>");
        }
    }
    m.tag("</section><section aria-labelledby=\"collect\"><h2 id=\"collect\">")
        .say(&ui::COLLECT_HEADING, lang)
        .tag("</h2><div class=\"field\"><label for=\"")
        .tag(PASTE_FIELD_ID)
        .tag("\">")
        .say(&ui::PASTE_LABEL, lang)
        .tag("</label><textarea id=\"")
        .tag(PASTE_FIELD_ID)
        .tag("\" rows=\"5\" spellcheck=\"false\"></textarea></div><div class=\"actions no-print\">")
        .button("primary", "add-pasted", ui::ADD_PASTED.get(lang))
        .tag("</div>");
    collect_status(&mut m, state);
    let responses = &facilitator.collected.responses;
    if responses.is_empty() {
        m.tag("<p>")
            .say(&ui::NOTHING_COLLECTED, lang)
            .tag("</p></section>");
    } else {
        if state.confirming_start_over {
            confirm(&mut m, lang, &ui::CONFIRM_CLEAR, "clear-collected-yes");
        } else {
            m.tag("<div class=\"actions no-print\">")
                .button(
                    "secondary",
                    "clear-collected",
                    ui::CLEAR_COLLECTED.get(lang),
                )
                .tag("</div>");
        }
        m.tag("</section><section class=\"team\" aria-labelledby=\"team-heading\"><h2 id=\"team-heading\">")
            .say(&ui::TEAM_TITLE, lang)
            .tag("</h2>");
        let team_name = facilitator.collected.team_name.as_ref().or(facilitator
            .invitation
            .as_ref()
            .and_then(|w| w.team_name.as_ref()));
        team_view(&mut m, state, responses, team_name);
        m.tag("</section>");
    }
    m.tag("<div class=\"actions no-print\">")
        .button("secondary", "scan-yourself", ui::DO_SCAN_YOURSELF.get(lang))
        .tag("</div></section>");
    m.into_html()
}

/// The invitation a participant opened: the team, what joining means, and "join".
pub fn join_page(state: &AppState, workshop: &Workshop) -> Html {
    let lang = state.lang;
    let mut m = Markup::new();
    m.tag("<section class=\"join\"><h1 tabindex=\"-1\">")
        .say(&ui::JOIN_TITLE, lang)
        .tag("</h1>");
    team_name_line(&mut m, workshop.team_name.as_ref());
    m.tag("<p>").say(&ui::JOIN_INTRO, lang).tag("</p>");
    if state.join_replaces_answers(workshop) {
        m.tag("<p class=\"warning\">")
            .say(&ui::JOIN_REPLACES, lang)
            .tag("</p>");
        link_field(
            &mut m,
            LINK_FIELD_ID,
            ui::LINK_LABEL.get(lang),
            &results_url(state),
        );
    }
    m.tag("<div class=\"actions\">")
        .button("primary", "join", ui::JOIN.get(lang))
        .tag("</div></section>");
    m.into_html()
}
