//! One dimension of the questionnaire: its name and poles, NOW and DESIRED on the scale,
//! progress, back and next, and a list to jump to any dimension.

use yew::prelude::*;

use crate::components::scale::Scale;
use crate::domain::instrument::{Lang, DIMENSIONS, DIMENSION_COUNT};
use crate::domain::response::Horizon;
use crate::i18n::{copy, ui};
use crate::markup::Markup;
use crate::state::Draft;

/// The questionnaire at dimension `index` (0-13).
pub fn question_page(lang: Lang, index: usize, draft: &Draft) -> Html {
    let index = index.min(DIMENSION_COUNT - 1);
    let dimension = &DIMENSIONS[index];
    let mut scales = Markup::new();
    for (horizon, legend) in [
        (Horizon::Now, copy::NOW_QUESTION.get(lang)),
        (Horizon::Desired, copy::DESIRED_QUESTION.get(lang)),
    ] {
        Scale {
            horizon,
            dimension_id: dimension.id,
            legend,
            low: dimension.low.get(lang),
            high: dimension.high.get(lang),
            dont_know: ui::DONT_KNOW.get(lang),
        }
        .write(&mut scales);
    }
    let last = index + 1 == DIMENSION_COUNT;
    // Static parts as markup: the top (progress, name, poles), the step buttons and the jump
    // list's entries; the buttons name their `data-action` (see `state::command`).
    let mut top = Markup::new();
    top.tag("<p class=\"progress-text\">")
        .text(&ui::progress(lang, index + 1, DIMENSION_COUNT))
        .tag("</p><div class=\"progress-bar\" aria-hidden=\"true\">");
    for i in 0..DIMENSION_COUNT {
        top.tag(match (draft.is_complete(i), i == index) {
            (true, true) => "<span class=\"segment done current\"></span>",
            (true, false) => "<span class=\"segment done\"></span>",
            (false, true) => "<span class=\"segment current\"></span>",
            (false, false) => "<span class=\"segment\"></span>",
        });
    }
    top.tag("</div><h1 tabindex=\"-1\">")
        .say(&dimension.name, lang)
        .tag("</h1><dl class=\"poles\"><div class=\"pole low\"><dt>1 · ")
        .say(&ui::LOW_POLE, lang)
        .tag("</dt><dd>")
        .say(&dimension.low, lang)
        .tag("</dd></div><div class=\"pole high\"><dt>5 · ")
        .say(&ui::HIGH_POLE, lang)
        .tag("</dt><dd>")
        .say(&dimension.high, lang)
        .tag("</dd></div></dl>");
    let mut steps = Markup::new();
    steps
        .tag("<div class=\"step-buttons no-print\">")
        .button("secondary", "back", ui::BACK.get(lang))
        .button(
            "primary",
            "next",
            if last {
                ui::TO_RESULTS.get(lang)
            } else {
                ui::NEXT.get(lang)
            },
        )
        .tag("</div>");
    let mut jump = Markup::new();
    jump.tag("<ol>");
    for (i, d) in DIMENSIONS.iter().enumerate() {
        let status = if draft.is_complete(i) {
            ui::DONE
        } else if draft.answer(Horizon::Now, i).is_some()
            || draft.answer(Horizon::Desired, i).is_some()
        {
            ui::HALF_DONE
        } else {
            ui::OPEN
        };
        jump.tag(if i == index {
            "<li><button type=\"button\" class=\"link\" aria-current=\"step\" data-action=\"q"
        } else {
            "<li><button type=\"button\" class=\"link\" data-action=\"q"
        })
        .num(i as u32)
        .tag("\">")
        .num(u32::from(d.id))
        .tag(". ")
        .say(&d.name, lang)
        .tag(if status == ui::DONE {
            "<span class=\"status done\">"
        } else {
            "<span class=\"status\">"
        })
        .say(&status, lang)
        .tag("</span></button></li>");
    }
    jump.tag("</ol>");
    let completed = draft.completed_count();
    html! {
        <section class="question">
            { top.into_html() }
            { scales.into_html() }
            { steps.into_html() }
            <details class="jump no-print">
                <summary>{ format!("{} ({completed}/{DIMENSION_COUNT} {})", ui::ALL_PARTS.get(lang), ui::DONE.get(lang)) }</summary>
                { jump.into_html() }
            </details>
        </section>
    }
}
