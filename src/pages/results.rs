//! The results: the continuum with NOW and DESIRED, the priorities with reflection questions,
//! the chart and table per dimension, how it is calculated, and the actions.

use yew::prelude::*;

use crate::components::answers_table::{answers_table, gap_text};
use crate::components::continuum::continuum;
use crate::components::gap_chart::gap_chart;
use crate::domain::instrument::DIMENSIONS;
use crate::domain::reflection::REFLECTION_QUESTIONS;
use crate::domain::scoring::{Placement, ResponseResult};
use crate::i18n::{copy, ui};
use crate::platform;
use crate::state::{Action, AppState, Screen};

pub fn results_page(
    state: &AppState,
    result: &ResponseResult,
    ondispatch: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    let too_few = matches!(result.now, Placement::TooFewAnswers { .. })
        || matches!(result.desired, Placement::TooFewAnswers { .. });
    let priorities = result.priorities.iter().map(|p| {
        let reflection = &REFLECTION_QUESTIONS[usize::from(p.id - 1)];
        let question = if p.gap > 0 { reflection.toward_more } else { reflection.toward_less };
        html! {
            <li>
                <h3>{ DIMENSIONS[usize::from(p.id - 1)].name.get(lang) }</h3>
                <p class="gap-line">
                    <span class={classes!("gap-badge", if p.gap > 0 { "more" } else { "less" })}>{ gap_text(Some(p.gap)) }</span>
                    { " " }{ ui::gap(lang, p.gap) }
                </p>
                <p class="reflection">{ question.get(lang) }</p>
            </li>
        }
    });
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
            if let Some(name) = &state.draft.team_name {
                <p class="team-name">{ name.as_str() }</p>
            }
            if too_few {
                <p class="warning">{ copy::TOO_FEW_ANSWERS.get(lang) }</p>
            }
            <section aria-labelledby="continuum-heading">
                <h2 id="continuum-heading">{ ui::CONTINUUM_HEADING.get(lang) }</h2>
                <p class="not-better">{ copy::NOT_BETTER.get(lang) }</p>
                { continuum(lang, result.now, result.desired) }
            </section>
            <section aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">{ ui::PRIORITIES_HEADING.get(lang) }</h2>
                if result.priorities.is_empty() {
                    <p>{ ui::NO_PRIORITIES.get(lang) }</p>
                } else {
                    <p>{ ui::PRIORITIES_INTRO.get(lang) }</p>
                    <ol class="priorities">{ for priorities }</ol>
                }
            </section>
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ ui::CHART_HEADING.get(lang) }</h2>
                { gap_chart(lang, &result.dimensions) }
                { answers_table(lang, &result.dimensions) }
            </section>
            <details class="how">
                <summary>{ ui::HOW_HEADING.get(lang) }</summary>
                <p>{ copy::HOW_INTENSITY.get(lang) }</p>
                <p>{ copy::HOW_OVERALL.get(lang) }</p>
                <p>{ copy::HOW_PLACEMENT.get(lang) }</p>
                <p>{ copy::HOW_GAPS.get(lang) }</p>
            </details>
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
