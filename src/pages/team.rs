//! The team view: many responses as one picture, for the workshop conversation. Shown on the
//! facilitator's screen under the collected results, and for a team link from the address bar.
//!
//! How many took part, the team's placement NOW and DESIRED, the agenda (the dimensions sorted
//! by disagreement, each with its strip plot, medians, difference-of-view flag and reflection
//! question), the role groups compared when the groups are large enough, the team link with
//! its QR code and the CSV exports, and the comparison with another team link. Static markup.

use yew::prelude::*;

use crate::components::continuum::{continuum, placement_text};
use crate::components::qr_code::qr_code;
use crate::components::share_panel::{copy_feedback, link_field, page_link};
use crate::components::strip_plot::strip_plot;
use crate::components::team_name::team_name_line;
use crate::domain::csv::{answers_csv, data_uri, summary_csv};
use crate::domain::instrument::{dimension, Lang, DIMENSIONS};
use crate::domain::link::{self, LinkError, SharedTeam};
use crate::domain::reflection::REFLECTION_QUESTIONS;
use crate::domain::response::{Horizon, Response, TeamName};
use crate::domain::team::{summarise, Distribution, GroupSummary, RoleComparison, TeamSummary};
use crate::i18n::ui::median_text;
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::pages::shared::broken_message;
use crate::state::{AppState, COMPARE_FIELD_ID, TEAM_FIELD_ID};

/// The team link's page: the team view under its own heading.
pub fn team_page(state: &AppState, team: &SharedTeam) -> Html {
    let lang = state.lang;
    let mut m = Markup::new();
    m.tag("<section class=\"team\"><h1 tabindex=\"-1\">")
        .say(&ui::TEAM_TITLE, lang)
        .tag("</h1>");
    team_view(&mut m, state, &team.responses, team.team_name.as_ref());
    m.tag("<div class=\"actions no-print\">")
        .button("secondary", "scan-yourself", ui::DO_SCAN_YOURSELF.get(lang))
        .tag("</div></section>");
    m.into_html()
}

/// A median, or a dash when nobody answered.
fn median(m: &mut Markup, lang: Lang, d: &Distribution) {
    match d.median_halves() {
        Some(h) => m.text(&median_text(lang, h)),
        None => m.tag("\u{2013}"),
    };
}

/// Everything the team view shows, below a heading of the caller's.
pub fn team_view(
    m: &mut Markup,
    state: &AppState,
    responses: &[Response],
    team_name: Option<&TeamName>,
) {
    let lang = state.lang;
    let summary = summarise(responses);
    let team = &summary.team;
    team_name_line(m, team_name);
    m.tag("<p class=\"participants\">")
        .text(&ui::participants(lang, team.participants))
        .tag("</p><section aria-labelledby=\"team-continuum\"><h2 id=\"team-continuum\">")
        .say(&ui::CONTINUUM_HEADING, lang)
        .tag("</h2><p class=\"not-better\">")
        .say(&copy::NOT_BETTER, lang)
        .tag("</p>");
    continuum(m, lang, team.now, team.desired, true);
    m.tag("</section><section aria-labelledby=\"agenda\"><h2 id=\"agenda\">")
        .say(&ui::AGENDA_HEADING, lang)
        .tag("</h2><p>")
        .say(&ui::AGENDA_INTRO, lang)
        .tag("</p><ol class=\"agenda\">");
    for &id in &summary.agenda {
        // Ids are 1-14; anything else is skipped, never a panic.
        let index = usize::from(id).wrapping_sub(1);
        let (Some(d), Some(s), Some(reflection)) = (
            dimension(id),
            team.dimensions.get(index),
            REFLECTION_QUESTIONS.get(index),
        ) else {
            continue;
        };
        m.tag("<li><h3>").say(&d.name, lang).tag("</h3>");
        if s.difference_of_view() {
            m.tag("<p class=\"flag\">")
                .say(&ui::DIFFERENCE_OF_VIEW, lang)
                .tag("</p>");
        }
        m.tag("<p class=\"medians\">")
            .say(&ui::MEDIAN, lang)
            .tag(": ")
            .say(&ui::NOW, lang)
            .tag(" <b>");
        median(m, lang, &s.now);
        m.tag("</b> · ").say(&ui::DESIRED, lang).tag(" <b>");
        median(m, lang, &s.desired);
        m.tag("</b>");
        // "Don't know" is no dot on the scale: its counts are said here.
        if s.now.dont_know + s.desired.dont_know > 0 {
            m.tag("<br>")
                .say(&ui::DONT_KNOW, lang)
                .tag(": ")
                .say(&ui::NOW, lang)
                .tag(" ")
                .num(s.now.dont_know)
                .tag(" · ")
                .say(&ui::DESIRED, lang)
                .tag(" ")
                .num(s.desired.dont_know);
        }
        m.tag("</p>");
        strip_plot(m, lang, s);
        let question = if s.desired.median_halves() < s.now.median_halves() {
            reflection.toward_less
        } else {
            reflection.toward_more
        };
        m.tag("<p class=\"reflection\">")
            .say(&question, lang)
            .tag("</p></li>");
    }
    m.tag("</ol></section>");
    roles(m, lang, &summary.roles);
    share(m, state, responses, team_name, &summary);
    compare_section(m, lang, team, state.team_compare.as_ref());
}

/// The role groups' medians side by side, or why they are not.
fn roles(m: &mut Markup, lang: Lang, roles: &RoleComparison) {
    m.tag("<section aria-labelledby=\"roles\"><h2 id=\"roles\">")
        .say(&ui::ROLES_HEADING, lang)
        .tag("</h2>");
    let RoleComparison::Shown { groups, left_out } = roles else {
        m.tag("<p>")
            .say(&ui::ROLES_HIDDEN, lang)
            .tag("</p></section>");
        return;
    };
    if *left_out > 0 {
        m.tag("<p>").say(&ui::ROLES_LEFT_OUT, lang).tag("</p>");
    }
    m.tag("<ul>");
    for (role, group) in groups {
        m.tag("<li><b>")
            .say(&role.label(), lang)
            .tag("</b> (")
            .text(&ui::participants(lang, group.participants))
            .tag("): ")
            .text(&placement_text(lang, ui::NOW, group.now))
            .tag("; ")
            .text(&placement_text(lang, ui::DESIRED, group.desired))
            .tag("</li>");
    }
    m.tag("</ul>");
    let columns: Vec<(String, &GroupSummary)> = groups
        .iter()
        .map(|(role, g)| (role.label().get(lang).to_owned(), g))
        .collect();
    medians_table(m, lang, ui::ROLES_HEADING.get(lang), &columns);
    m.tag("</section>");
}

/// A table of the NOW and DESIRED medians per dimension, a column pair per group.
fn medians_table(m: &mut Markup, lang: Lang, caption: &str, groups: &[(String, &GroupSummary)]) {
    m.tag("<div class=\"table-wrap\"><table class=\"answers\"><caption>")
        .text(caption)
        .tag("</caption><thead><tr><th scope=\"col\">")
        .say(&ui::PART, lang)
        .tag("</th>");
    for (name, _) in groups {
        for horizon in [ui::NOW, ui::DESIRED] {
            m.tag("<th scope=\"col\">")
                .text(name)
                .tag(": ")
                .say(&horizon, lang)
                .tag("</th>");
        }
    }
    m.tag("</tr></thead><tbody>");
    for d in &DIMENSIONS {
        m.tag("<tr><th scope=\"row\">")
            .say(&d.name, lang)
            .tag("</th>");
        for (_, g) in groups {
            for horizon in [Horizon::Now, Horizon::Desired] {
                m.tag("<td>");
                median(m, lang, g.dimensions[d.index()].horizon(horizon));
                m.tag("</td>");
            }
        }
        m.tag("</tr>");
    }
    m.tag("</tbody></table></div>");
}

/// The team link, its QR code and the CSV files.
fn share(
    m: &mut Markup,
    state: &AppState,
    responses: &[Response],
    team_name: Option<&TeamName>,
    summary: &TeamSummary,
) {
    let lang = state.lang;
    m.tag("<section class=\"share\" aria-labelledby=\"team-share\"><h2 id=\"team-share\">")
        .say(&ui::TEAM_SHARE_HEADING, lang)
        .tag("</h2>");
    if let Ok(fragment) = link::encode_team(responses, team_name) {
        let url = page_link(&fragment);
        m.tag("<p>").say(&ui::TEAM_SHARE_INTRO, lang).tag("</p>");
        link_field(m, TEAM_FIELD_ID, ui::TEAM_LINK_LABEL.get(lang), &url);
        m.tag("<div class=\"share-buttons no-print\">")
            .button("primary", "copy-team", ui::COPY.get(lang))
            .tag("</div>");
        copy_feedback(m, lang, state.copy_feedback, TEAM_FIELD_ID);
        qr_code(m, lang, &url);
    }
    m.tag("<p class=\"downloads no-print\"><a class=\"button secondary\" download=\"team-antwoorden.csv\" href=\"")
        .text(&data_uri(&answers_csv(responses, team_name)))
        .tag("\">")
        .say(&ui::CSV_ANSWERS, lang)
        .tag("</a> <a class=\"button secondary\" download=\"team-samenvatting.csv\" href=\"")
        .text(&data_uri(&summary_csv(summary, team_name)))
        .tag("\">")
        .say(&ui::CSV_SUMMARY, lang)
        .tag("</a></p></section>");
}

/// The field for another team link, and the movement from that measurement to this one.
fn compare_section(
    m: &mut Markup,
    lang: Lang,
    this: &GroupSummary,
    compare: Option<&Result<SharedTeam, LinkError>>,
) {
    m.tag("<section class=\"no-print-empty\" aria-labelledby=\"compare-teams\"><h2 id=\"compare-teams\">")
        .say(&ui::COMPARE_TEAMS_HEADING, lang)
        .tag("</h2><div class=\"field\"><label for=\"")
        .tag(COMPARE_FIELD_ID)
        .tag("\">")
        .say(&ui::COMPARE_TEAMS_LABEL, lang)
        .tag("</label><input id=\"")
        .tag(COMPARE_FIELD_ID)
        .tag("\" type=\"text\" spellcheck=\"false\" autocomplete=\"off\"></div><div class=\"actions no-print\">")
        .button("secondary", "compare-teams", ui::COMPARE_TEAMS.get(lang));
    if compare.is_some() {
        m.button("secondary", "close-compare", ui::CLOSE_COMPARE.get(lang));
    }
    m.tag("</div>");
    match compare {
        None => {}
        Some(Err(error)) => {
            let message = match error {
                LinkError::NotALink => ui::COMPARE_NOT_TEAM,
                other => broken_message(other),
            };
            m.tag("<p class=\"warning\" role=\"alert\">")
                .say(&message, lang)
                .tag("</p>");
        }
        Some(Ok(other)) => {
            let before = GroupSummary::of(&other.responses);
            m.tag("<div class=\"compare-sides\">");
            for (title, group) in [
                (ui::OTHER_MEASUREMENT, &before),
                (ui::THIS_MEASUREMENT, this),
            ] {
                m.tag("<section><h3>")
                    .say(&title, lang)
                    .tag("</h3><p>")
                    .text(&ui::participants(lang, group.participants))
                    .tag("</p>");
                continuum(m, lang, group.now, group.desired, false);
                m.tag("</section>");
            }
            m.tag("</div><div class=\"table-wrap\"><table class=\"answers movement\"><caption>")
                .say(&ui::MOVEMENT_CAPTION, lang)
                .tag("</caption><thead><tr><th scope=\"col\">")
                .say(&ui::PART, lang)
                .tag("</th><th scope=\"col\">")
                .say(&ui::NOW, lang)
                .tag("</th><th scope=\"col\">")
                .say(&ui::DESIRED, lang)
                .tag("</th></tr></thead><tbody>");
            for d in &DIMENSIONS {
                let i = d.index();
                m.tag("<tr><th scope=\"row\">")
                    .say(&d.name, lang)
                    .tag("</th>");
                for horizon in [Horizon::Now, Horizon::Desired] {
                    m.tag("<td>");
                    median(m, lang, before.dimensions[i].horizon(horizon));
                    m.tag(" → ");
                    median(m, lang, this.dimensions[i].horizon(horizon));
                    m.tag("</td>");
                }
                m.tag("</tr>");
            }
            m.tag("</tbody></table></div>");
        }
    }
    m.tag("</section>");
}
