//! The results of one response: the continuum with NOW and DESIRED, the priorities with
//! reflection questions, the chart and table per dimension, and how it is calculated. Shown
//! for one's own answers (with the share panel and actions) and for a shared link.
//!
//! All static markup (see `markup`): the buttons name their `data-action`. The page is cut in
//! parts that change separately (the copy confirmation, the start-over question), so a change
//! in one leaves the others, and the keyboard focus in them, alone.

use yew::prelude::*;

use crate::components::answers_table::{answers_table, gap_text};
use crate::components::continuum::continuum;
use crate::components::gap_chart::gap_chart;
use crate::components::notice::confirm;
use crate::components::share_panel::{copy_feedback, page_link, share_panel, LINK_FIELD_ID};
use crate::components::team_name::team_name_line;
use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::link;
use crate::domain::reflection::REFLECTION_QUESTIONS;
use crate::domain::response::TeamName;
use crate::domain::scoring::{score, Placement, ResponseResult};
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::state::AppState;

/// The full results link of one's own answers: this page's address with the result in the
/// fragment.
pub fn results_url(state: &AppState) -> String {
    page_link(&link::encode_response(
        &state.draft.response(),
        state.draft.team_name.as_ref(),
    ))
}

/// One's own results, with the share panel and the actions.
pub fn results_page(state: &AppState) -> Html {
    let lang = state.lang;
    let mut top = Markup::new();
    top.tag("<h1 tabindex=\"-1\">")
        .say(&ui::RESULTS_TITLE, lang)
        .tag("</h1>");
    // In a workshop, sending the result to the facilitator is the next step: it comes first,
    // with the copy confirmation right under it.
    let in_workshop = state.joined.is_some();
    if in_workshop {
        share_panel(&mut top, lang, &results_url(state), true);
    }
    let mut body = Markup::new();
    results_body(
        &mut body,
        lang,
        state.draft.team_name.as_ref(),
        &score(&state.draft.response()),
        state.settled,
    );
    if !in_workshop && state.settled {
        share_panel(&mut body, lang, &results_url(state), false);
    }
    let mut feedback = Markup::new();
    copy_feedback(&mut feedback, lang, state.copy_feedback, LINK_FIELD_ID);
    let (first, second) = if in_workshop {
        (feedback, body)
    } else {
        (body, feedback)
    };
    let mut actions = Markup::new();
    actions
        .tag("<div class=\"actions no-print\">")
        .button("secondary", "edit", ui::EDIT_ANSWERS.get(lang))
        .button("secondary", "print", ui::PRINT.get(lang));
    if state.confirming_start_over {
        confirm(
            &mut actions,
            lang,
            &ui::CONFIRM_START_OVER,
            "start-over-yes",
        );
    } else {
        actions.button("secondary", "start-over", ui::START_OVER.get(lang));
    }
    actions.tag("</div>");
    html! {
        <section class="results">
            { top.into_html() }
            { first.into_html() }
            { second.into_html() }
            { actions.into_html() }
        </section>
    }
}

/// The priorities with their reflection questions.
fn priorities(m: &mut Markup, lang: Lang, result: &ResponseResult) {
    m.tag("<ol class=\"priorities\">");
    for p in &result.priorities {
        let index = usize::from(p.id).wrapping_sub(1);
        let (Some(dimension), Some(reflection)) =
            (DIMENSIONS.get(index), REFLECTION_QUESTIONS.get(index))
        else {
            continue;
        };
        let (badge, question) = if p.gap > 0 {
            (
                "</h3><p class=\"gap-line\"><span class=\"gap-badge more\">",
                reflection.toward_more,
            )
        } else {
            (
                "</h3><p class=\"gap-line\"><span class=\"gap-badge less\">",
                reflection.toward_less,
            )
        };
        m.tag("<li><h3>")
            .say(&dimension.name, lang)
            .tag(badge)
            .text(&gap_text(Some(p.gap)))
            .tag("</span> ")
            .text(&ui::gap(lang, p.gap))
            .tag("</p><p class=\"reflection\">")
            .say(&question, lang)
            .tag("</p></li>");
    }
    m.tag("</ol>");
}

/// Everything a result says, below the page's own heading.
/// `full`: false for the app's first render, which shows the placements only and leaves the
/// rest to the next task (see `app.rs`).
pub fn results_body(
    m: &mut Markup,
    lang: Lang,
    team_name: Option<&TeamName>,
    result: &ResponseResult,
    full: bool,
) {
    team_name_line(m, team_name);
    if matches!(result.now, Placement::TooFewAnswers { .. })
        || matches!(result.desired, Placement::TooFewAnswers { .. })
    {
        m.tag("<p class=\"warning\">")
            .say(&copy::TOO_FEW_ANSWERS, lang)
            .tag("</p>");
    }
    m.tag("<section aria-labelledby=\"continuum-heading\"><h2 id=\"continuum-heading\">")
        .say(&ui::CONTINUUM_HEADING, lang)
        .tag("</h2><p class=\"not-better\">")
        .say(&copy::NOT_BETTER, lang)
        .tag("</p>");
    continuum(m, lang, result.now, result.desired, true);
    if !full {
        m.tag("</section>");
        return;
    }
    m.tag(
        "</section><section aria-labelledby=\"priorities-heading\"><h2 id=\"priorities-heading\">",
    )
    .say(&ui::PRIORITIES_HEADING, lang)
    .tag("</h2><p>");
    if result.priorities.is_empty() {
        m.say(&ui::NO_PRIORITIES, lang).tag("</p>");
    } else {
        m.say(&ui::PRIORITIES_INTRO, lang).tag("</p>");
        priorities(m, lang, result);
    }
    m.tag("</section><section aria-labelledby=\"chart-heading\"><h2 id=\"chart-heading\">")
        .say(&ui::CHART_HEADING, lang)
        .tag("</h2>");
    gap_chart(m, lang, &result.dimensions);
    answers_table(m, lang, &result.dimensions);
    m.tag("</section><details class=\"how\"><summary>")
        .say(&ui::HOW_HEADING, lang)
        .tag("</summary>");
    for text in [
        copy::HOW_INTENSITY,
        copy::HOW_OVERALL,
        copy::HOW_PLACEMENT,
        copy::HOW_GAPS,
    ] {
        m.tag("<p>").say(&text, lang).tag("</p>");
    }
    m.tag("</details>");
}
