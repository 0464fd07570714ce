//! One dimension of the questionnaire: its name and poles, NOW and DESIRED on the scale,
//! progress, back and next, and a list to jump to any dimension.

use yew::prelude::*;

use crate::components::scale::Scale;
use crate::domain::instrument::{Lang, DIMENSIONS, DIMENSION_COUNT};
use crate::domain::response::Horizon;
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::state::{Action, Draft, Screen};

/// The questionnaire at dimension `index` (0-13).
pub fn question_page(
    lang: Lang,
    index: usize,
    draft: &Draft,
    ondispatch: &Callback<Action>,
) -> Html {
    let index = index.min(DIMENSION_COUNT - 1);
    let dimension = &DIMENSIONS[index];
    let scale = |horizon: Horizon, legend: &'static str| {
        let name = match horizon {
            Horizon::Now => format!("now-{}", dimension.id),
            Horizon::Desired => format!("desired-{}", dimension.id),
        };
        let onchange = ondispatch.reform(move |answer| Action::Answer {
            index,
            horizon,
            answer,
        });
        Scale {
            name,
            legend,
            low: dimension.low.get(lang),
            high: dimension.high.get(lang),
            dont_know: ui::DONT_KNOW.get(lang),
            value: draft.answer(horizon, index),
            onchange,
        }
        .view()
    };
    let last = index + 1 == DIMENSION_COUNT;
    let jump_list = DIMENSIONS.iter().enumerate().map(|(i, d)| {
        let status = if draft.is_complete(i) {
            ui::DONE
        } else if draft.answer(Horizon::Now, i).is_some()
            || draft.answer(Horizon::Desired, i).is_some()
        {
            ui::HALF_DONE
        } else {
            ui::OPEN
        };
        let onclick = ondispatch.reform(move |_| Action::GoTo(Screen::Question(i)));
        html! {
            <li>
                <button type="button" class="link" aria-current={(i == index).then_some("step")} {onclick}>
                    { format!("{}. {}", d.id, d.name.get(lang)) }
                    <span class={if status == ui::DONE { "status done" } else { "status" }}>{ status.get(lang) }</span>
                </button>
            </li>
        }
    });
    let completed = draft.completed_count();
    let mut poles = Markup::new();
    poles
        .tag("<dl class=\"poles\"><div class=\"pole low\"><dt>1 · ")
        .text(ui::LOW_POLE.get(lang))
        .tag("</dt><dd>")
        .text(dimension.low.get(lang))
        .tag("</dd></div><div class=\"pole high\"><dt>5 · ")
        .text(ui::HIGH_POLE.get(lang))
        .tag("</dt><dd>")
        .text(dimension.high.get(lang))
        .tag("</dd></div></dl>");
    html! {
        <section class="question">
            <p class="progress-text">{ ui::progress(lang, index + 1, DIMENSION_COUNT) }</p>
            <div class="progress-bar" aria-hidden="true">
                { for (0..DIMENSION_COUNT).map(|i| html! {
                    <span class={match (draft.is_complete(i), i == index) {
                        (true, true) => "segment done current",
                        (true, false) => "segment done",
                        (false, true) => "segment current",
                        (false, false) => "segment",
                    }} />
                }) }
            </div>
            <h1 tabindex="-1">{ dimension.name.get(lang) }</h1>
            { poles.into_html() }
            { scale(Horizon::Now, copy::NOW_QUESTION.get(lang)) }
            { scale(Horizon::Desired, copy::DESIRED_QUESTION.get(lang)) }
            <div class="step-buttons no-print">
                <button type="button" class="secondary" onclick={ondispatch.reform(|_| Action::Back)}>
                    { ui::BACK.get(lang) }
                </button>
                <button type="button" class="primary" onclick={ondispatch.reform(|_| Action::Next)}>
                    { if last { ui::TO_RESULTS.get(lang) } else { ui::NEXT.get(lang) } }
                </button>
            </div>
            <details class="jump no-print">
                <summary>{ format!("{} ({completed}/{DIMENSION_COUNT} {})", ui::ALL_PARTS.get(lang), ui::DONE.get(lang)) }</summary>
                <ol>{ for jump_list }</ol>
            </details>
        </section>
    }
}
