//! The continuum of the seven models with the positions NOW and DESIRED: a sentence per
//! horizon, a bar with exact markers (SVG, drawn with attributes only so a strict CSP holds)
//! and, optionally, the list of models with badges. Built as static markup (see `markup`).

use crate::domain::instrument::{Lang, Text, MODELS};
use crate::domain::scoring::Placement;
use crate::i18n::ui;
use crate::markup::Markup;

const WIDTH: u32 = 350;

pub fn placement_text(lang: Lang, horizon: Text, placement: Placement) -> String {
    match placement {
        Placement::Placed { model, .. } => {
            let name = MODELS[usize::from(model - 1)].name.get(lang);
            ui::placement(lang, horizon, model, name)
        }
        Placement::TooFewAnswers { answered } => ui::too_few(lang, horizon, answered),
    }
}

/// `with_models` adds the list of the seven models with their descriptions.
pub fn continuum(
    m: &mut Markup,
    lang: Lang,
    now: Placement,
    desired: Placement,
    with_models: bool,
) {
    let x = |p: Placement| p.intensity().map(|i| i.scaled(WIDTH).clamp(8, WIDTH - 8));
    m.tag("<div class=\"continuum\"><p class=\"placement now\">")
        .text(&placement_text(lang, ui::NOW, now))
        .tag("</p><p class=\"placement desired\">")
        .text(&placement_text(lang, ui::DESIRED, desired))
        .tag("</p><svg class=\"continuum-bar\" viewBox=\"0 -14 350 108\" aria-hidden=\"true\" focusable=\"false\">");
    for band in 0..7u32 {
        let left = band * 50;
        m.tag("<rect class=\"band band-")
            .num(band + 1)
            .tag("\" x=\"")
            .num(left)
            .tag("\" y=\"26\" width=\"50\" height=\"28\"/><text class=\"band-number\" x=\"")
            .num(left + 25)
            .tag("\" y=\"45\">")
            .num(band + 1)
            .tag("</text>");
    }
    if let Some(x) = x(now) {
        m.tag("<g class=\"marker now\"><polygon points=\"")
            .num(x)
            .tag(",22 ")
            .num(x - 8)
            .tag(",8 ")
            .num(x + 8)
            .tag(",8\"/><text class=\"marker-label\" y=\"2\" x=\"")
            .num(x)
            .tag("\">")
            .say(&ui::NOW, lang)
            .tag("</text></g>");
    }
    if let Some(x) = x(desired) {
        m.tag("<g class=\"marker desired\"><circle cy=\"66\" r=\"7\" cx=\"")
            .num(x)
            .tag("\"/><text class=\"marker-label\" y=\"92\" x=\"")
            .num(x)
            .tag("\">")
            .say(&ui::DESIRED, lang)
            .tag("</text></g>");
    }
    m.tag("</svg>");
    if with_models {
        m.tag("<ol class=\"models\">");
        for model in &MODELS {
            let is_now = now.model() == Some(model.id);
            let is_desired = desired.model() == Some(model.id);
            m.tag(if is_now || is_desired {
                "<li class=\"model placed\">"
            } else {
                "<li class=\"model\">"
            })
            .tag("<span class=\"model-name\">")
            .num(u32::from(model.id))
            .tag(". ")
            .say(&model.name, lang)
            .tag("</span>");
            if is_now {
                m.tag("<span class=\"badge now\">")
                    .say(&ui::NOW, lang)
                    .tag("</span>");
            }
            if is_desired {
                m.tag("<span class=\"badge desired\">")
                    .say(&ui::DESIRED, lang)
                    .tag("</span>");
            }
            m.tag("<span class=\"model-description\">")
                .say(&model.description, lang)
                .tag("</span></li>");
        }
        m.tag("</ol>");
    }
    m.tag("</div>");
}
