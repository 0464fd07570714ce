//! The results of one response: the continuum with NOW and DESIRED, the priorities with
//! reflection questions, the chart and table per dimension, and how it is calculated. Shown
//! for one's own answers (with the share panel and actions) and for a shared link.

use yew::prelude::*;

use crate::components::answers_table::{answers_table, gap_text};
use crate::components::continuum::continuum;
use crate::components::gap_chart::gap_chart;
use crate::components::share_panel::share_panel;
use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::link;
use crate::domain::reflection::REFLECTION_QUESTIONS;
use crate::domain::response::TeamName;
use crate::domain::scoring::{score, Placement, ResponseResult};
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::platform;
use crate::state::{Action, AppState, Screen};

/// One's own results, with the share panel and the actions.
pub fn results_page(state: &AppState, ondispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let response = state.draft.response();
    let url = format!(
        "{}#{}",
        platform::page_url(),
        link::encode_response(&response, state.draft.team_name.as_ref())
    );
    let start_over = if state.confirming_start_over {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text">{ ui::CONFIRM_START_OVER.get(lang) }</p>
                <button type="button" class="danger" onclick={ondispatch.reform(|_| Action::StartOver)}>
                    { ui::CONFIRM_YES.get(lang) }
                </button>
                <button type="button" class="secondary" onclick={ondispatch.reform(|_| Action::CancelStartOver)}>
                    { ui::CONFIRM_NO.get(lang) }
                </button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="secondary" onclick={ondispatch.reform(|_| Action::AskStartOver)}>
                { ui::START_OVER.get(lang) }
            </button>
        }
    };
    html! {
        <section class="results">
            <h1 tabindex="-1">{ ui::RESULTS_TITLE.get(lang) }</h1>
            { results_body(lang, state.draft.team_name.as_ref(), &score(&response)) }
            { share_panel(lang, &url, state.copy_feedback, ondispatch) }
            <div class="actions no-print">
                <button type="button" class="secondary"
                    onclick={ondispatch.reform(|_| Action::GoTo(Screen::Question(0)))}>
                    { ui::EDIT_ANSWERS.get(lang) }
                </button>
                <button type="button" class="secondary" onclick={Callback::from(|_| platform::print())}>
                    { ui::PRINT.get(lang) }
                </button>
                { start_over }
            </div>
        </section>
    }
}

/// The priorities with their reflection questions, as static markup.
fn priorities(lang: Lang, result: &ResponseResult) -> Html {
    let mut m = Markup::new();
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
            .text(dimension.name.get(lang))
            .tag(badge)
            .text(&gap_text(Some(p.gap)))
            .tag("</span> ")
            .text(&ui::gap(lang, p.gap))
            .tag("</p><p class=\"reflection\">")
            .text(question.get(lang))
            .tag("</p></li>");
    }
    m.tag("</ol>");
    m.into_html()
}

/// "How is this calculated", as static markup.
fn how_calculated(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.tag("<details class=\"how\"><summary>")
        .text(ui::HOW_HEADING.get(lang))
        .tag("</summary>");
    for text in [
        copy::HOW_INTENSITY,
        copy::HOW_OVERALL,
        copy::HOW_PLACEMENT,
        copy::HOW_GAPS,
    ] {
        m.tag("<p>").text(text.get(lang)).tag("</p>");
    }
    m.tag("</details>");
    m.into_html()
}

/// Everything a result says, below the page's own heading.
pub fn results_body(lang: Lang, team_name: Option<&TeamName>, result: &ResponseResult) -> Html {
    let too_few = matches!(result.now, Placement::TooFewAnswers { .. })
        || matches!(result.desired, Placement::TooFewAnswers { .. });
    html! {
        <>
            if let Some(name) = team_name {
                <p class="team-name">{ name.as_str() }</p>
            }
            if too_few {
                <p class="warning">{ copy::TOO_FEW_ANSWERS.get(lang) }</p>
            }
            <section aria-labelledby="continuum-heading">
                <h2 id="continuum-heading">{ ui::CONTINUUM_HEADING.get(lang) }</h2>
                <p class="not-better">{ copy::NOT_BETTER.get(lang) }</p>
                { continuum(lang, result.now, result.desired, true) }
            </section>
            <section aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">{ ui::PRIORITIES_HEADING.get(lang) }</h2>
                if result.priorities.is_empty() {
                    <p>{ ui::NO_PRIORITIES.get(lang) }</p>
                } else {
                    <p>{ ui::PRIORITIES_INTRO.get(lang) }</p>
                    { priorities(lang, result) }
                }
            </section>
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ ui::CHART_HEADING.get(lang) }</h2>
                { gap_chart(lang, &result.dimensions) }
                { answers_table(lang, &result.dimensions) }
            </section>
            { how_calculated(lang) }
        </>
    }
}
