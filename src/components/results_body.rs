//! Everything a result says, below the page's own heading: the continuum with NOW and DESIRED,
//! the priorities with reflection questions, the chart and table per dimension, and how it is
//! calculated. Shown for one's own answers and for a shared link.

use yew::prelude::*;

use crate::components::answers_table::{gap_text, AnswersTable};
use crate::components::continuum::Continuum;
use crate::components::gap_chart::GapChart;
use crate::components::team_name::TeamNameLine;
use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::reflection::REFLECTION_QUESTIONS;
use crate::domain::response::TeamName;
use crate::domain::scoring::{Placement, Priority, ResponseResult};
use crate::i18n::{copy, participant, ui};

#[derive(Properties, PartialEq)]
pub struct ResultsBodyProps {
    pub lang: Lang,
    pub team_name: Option<TeamName>,
    pub result: ResponseResult,
    /// False for the app's first render, which shows the placements only and leaves the rest
    /// to the next task (see `app.rs`).
    pub full: bool,
}

/// A priority with its reflection question; nothing for an id outside 1-14.
fn priority(lang: Lang, p: &Priority) -> Html {
    let index = usize::from(p.id).wrapping_sub(1);
    let (Some(_), Some(reflection)) = (DIMENSIONS.get(index), REFLECTION_QUESTIONS.get(index))
    else {
        return Html::default();
    };
    let (direction, question) = if p.gap > 0 {
        ("more", reflection.toward_more)
    } else {
        ("less", reflection.toward_less)
    };
    html! {
        <li>
            <h3>{ participant::dimension_name(lang, index) }</h3>
            <p class="gap-line">
                <span class={classes!("gap-badge", direction)}>{ gap_text(Some(p.gap)) }</span>
                { " " }{ ui::gap(lang, p.gap) }
            </p>
            <p class="reflection">{ question.get(lang) }</p>
        </li>
    }
}

#[function_component(ResultsBody)]
pub fn results_body(props: &ResultsBodyProps) -> Html {
    let lang = props.lang;
    let result = &props.result;
    let too_few = matches!(result.now, Placement::TooFewAnswers { .. })
        || matches!(result.desired, Placement::TooFewAnswers { .. });
    let continuum = html! {
        <section aria-labelledby="continuum-heading">
            <h2 id="continuum-heading">{ ui::CONTINUUM_HEADING.get(lang) }</h2>
            <p class="not-better">{ copy::NOT_BETTER.get(lang) }</p>
            <Continuum {lang} now={result.now} desired={result.desired} with_models=true />
        </section>
    };
    let head = html! {
        <>
            <TeamNameLine name={props.team_name.clone()} />
            if too_few { <p class="warning">{ participant::missing_answers(lang, result.now, result.desired) }</p> }
            { continuum }
        </>
    };
    if !props.full {
        return head;
    }
    html! {
        <>
            { head }
            <section aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">{ ui::PRIORITIES_HEADING.get(lang) }</h2>
                if result.priorities.is_empty() {
                    <p>{ ui::NO_PRIORITIES.get(lang) }</p>
                } else {
                    <p>{ ui::PRIORITIES_INTRO.get(lang) }</p>
                    <ol class="priorities">{ for result.priorities.iter().map(|p| priority(lang, p)) }</ol>
                }
            </section>
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ ui::CHART_HEADING.get(lang) }</h2>
                <GapChart {lang} dimensions={result.dimensions.to_vec()} />
                <AnswersTable {lang} dimensions={result.dimensions.to_vec()} />
            </section>
            <details class="how">
                <summary>{ ui::HOW_HEADING.get(lang) }</summary>
                { for [copy::HOW_INTENSITY, copy::HOW_OVERALL, copy::HOW_PLACEMENT, copy::HOW_GAPS]
                    .iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            </details>
        </>
    }
}
