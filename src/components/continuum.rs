//! The continuum of the seven models with the positions NOW and DESIRED: a sentence per
//! horizon, a bar with exact markers (SVG, drawn with attributes only so a strict CSP holds)
//! and the list of models with badges.

use yew::prelude::*;

use crate::domain::instrument::{Lang, Text, MODELS};
use crate::domain::scoring::Placement;
use crate::i18n::ui;

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

pub fn continuum(lang: Lang, now: Placement, desired: Placement) -> Html {
    let x = |p: Placement| p.intensity().map(|i| i.scaled(WIDTH).clamp(8, WIDTH - 8));
    let bands = (0..7u32).map(|i| {
        let left = i * 50;
        html! {
            <>
                <rect class={format!("band band-{}", i + 1)} x={left.to_string()} y="26" width="50" height="28" />
                <text class="band-number" x={(left + 25).to_string()} y="45">{ i + 1 }</text>
            </>
        }
    });
    let now_marker = x(now).map(|x| {
        html! {
            <g class="marker now">
                <polygon points={format!("{},22 {},8 {},8", x, x - 8, x + 8)} />
                <text x={x.to_string()} y="2" class="marker-label">{ ui::NOW.get(lang) }</text>
            </g>
        }
    });
    let desired_marker = x(desired).map(|x| {
        html! {
            <g class="marker desired">
                <circle cx={x.to_string()} cy="66" r="7" />
                <text x={x.to_string()} y="92" class="marker-label">{ ui::DESIRED.get(lang) }</text>
            </g>
        }
    });
    let models = MODELS.iter().map(|m| {
        let badge = |p: Placement, text: Text, class: &'static str| {
            (p.model() == Some(m.id))
                .then(|| html! { <span class={classes!("badge", class)}>{ text.get(lang) }</span> })
        };
        let current = now.model() == Some(m.id) || desired.model() == Some(m.id);
        html! {
            <li class={classes!("model", current.then_some("placed"))}>
                <span class="model-name">{ format!("{}. {}", m.id, m.name.get(lang)) }</span>
                { badge(now, ui::NOW, "now") }
                { badge(desired, ui::DESIRED, "desired") }
                <span class="model-description">{ m.description.get(lang) }</span>
            </li>
        }
    });
    html! {
        <div class="continuum">
            <p class="placement now">{ placement_text(lang, ui::NOW, now) }</p>
            <p class="placement desired">{ placement_text(lang, ui::DESIRED, desired) }</p>
            <svg class="continuum-bar" viewBox="0 -14 350 108" aria-hidden="true" focusable="false">
                { for bands }
                { now_marker }
                { desired_marker }
            </svg>
            <ol class="models">{ for models }</ol>
        </div>
    }
}
