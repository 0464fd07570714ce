//! One dimension of the questionnaire: its name and poles, NOW and DESIRED on the scale,
//! progress, back and next, and a list to jump to any dimension.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::scale::Scale;
use crate::domain::instrument::{DIMENSIONS, DIMENSION_COUNT};
use crate::domain::response::Horizon;
use crate::i18n::{copy, participant, ui};
use crate::state::{Action, Progress, Screen};

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    /// The dimension's index, 0-13 (anything larger shows the last).
    pub index: usize,
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionPageProps) -> Html {
    let app = use_app();
    let state = &*app.state;
    let lang = state.lang;
    let draft = &state.draft;
    let index = props.index.min(DIMENSION_COUNT - 1);
    let dimension = &DIMENSIONS[index];
    let scale = |horizon: Horizon, legend: &'static str| {
        let on_answer = app.callback(move |answer| Action::Answer {
            index,
            horizon,
            answer,
        });
        html! {
            <Scale {horizon} dimension_id={dimension.id} {legend}
                low={dimension.low.get(lang)} high={dimension.high.get(lang)}
                dont_know={ui::DONT_KNOW.get(lang)} answer={draft.answer(horizon, index)}
                {on_answer} />
        }
    };
    let last = index + 1 == DIMENSION_COUNT;
    let segment = |i: usize| {
        html! {
            <span class={classes!("segment", draft.is_complete(i).then_some("done"), (i == index).then_some("current"))}></span>
        }
    };
    let jump = |(i, d): (usize, &crate::domain::instrument::Dimension)| {
        let status = match draft.progress(i) {
            Progress::Done => ui::DONE,
            Progress::Half => ui::HALF_DONE,
            Progress::Open => ui::OPEN,
        };
        html! {
            <li>
                <button type="button" class="link" aria-current={(i == index).then_some("step")}
                    onclick={app.callback(move |_: MouseEvent| Action::GoTo(Screen::Question(i)))}>
                    { format!("{}. {}", d.id, participant::dimension_name(lang, i)) }
                    <span class={classes!("status", (status == ui::DONE).then_some("done"))}>{ status.get(lang) }</span>
                </button>
            </li>
        }
    };
    let completed = draft.completed_count();
    html! {
        <section class="question">
            <p class="progress-text">{ ui::progress(lang, index + 1, DIMENSION_COUNT) }</p>
            <div class="progress-bar" aria-hidden="true">{ for (0..DIMENSION_COUNT).map(segment) }</div>
            <h1 tabindex="-1" ref={app.heading.clone()}>{ participant::dimension_name(lang, index) }</h1>
            <dl class="poles">
                <div class="pole low">
                    <dt>{ format!("1 · {}", ui::LOW_POLE.get(lang)) }</dt>
                    <dd>{ dimension.low.get(lang) }</dd>
                </div>
                <div class="pole high">
                    <dt>{ format!("5 · {}", ui::HIGH_POLE.get(lang)) }</dt>
                    <dd>{ dimension.high.get(lang) }</dd>
                </div>
            </dl>
            { scale(Horizon::Now, copy::NOW_QUESTION.get(lang)) }
            { scale(Horizon::Desired, copy::DESIRED_QUESTION.get(lang)) }
            <div class="step-buttons no-print">
                <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::Back)}>
                    { ui::BACK.get(lang) }
                </button>
                <button type="button" class="primary" onclick={app.callback(|_: MouseEvent| Action::Next)}>
                    { if last { ui::TO_RESULTS.get(lang) } else { ui::NEXT.get(lang) } }
                </button>
            </div>
            <details class="jump no-print">
                <summary>{ format!("{} ({completed}/{DIMENSION_COUNT} {})", ui::ALL_PARTS.get(lang), ui::DONE.get(lang)) }</summary>
                <ol>{ for DIMENSIONS.iter().enumerate().map(jump) }</ol>
            </details>
        </section>
    }
}
