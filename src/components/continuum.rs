//! The continuum of the seven models with the positions NOW and DESIRED: a sentence per
//! horizon, a bar with exact markers (geometry in `charts::continuum`) and, optionally, the list
//! of models with badges.

use yew::prelude::*;

use crate::charts::continuum::{band_left, marker_x, BAND};
use crate::domain::instrument::{Lang, Text, MODELS};
use crate::domain::scoring::Placement;
use crate::i18n::ui;

/// "Nu: model 3 van 7, Collaboratief", or why there is no placement.
pub fn placement_text(lang: Lang, horizon: Text, placement: Placement) -> String {
    match placement {
        Placement::Placed { model, .. } => {
            let name = MODELS
                .get(usize::from(model).wrapping_sub(1))
                .map_or("", |m| m.name.get(lang));
            ui::placement(lang, horizon, model, name)
        }
        Placement::TooFewAnswers { answered } => ui::too_few(lang, horizon, answered),
    }
}

#[derive(Properties, PartialEq)]
pub struct ContinuumProps {
    pub lang: Lang,
    pub now: Placement,
    pub desired: Placement,
    /// Adds the list of the seven models with their descriptions.
    #[prop_or_default]
    pub with_models: bool,
}

#[function_component(Continuum)]
pub fn continuum(props: &ContinuumProps) -> Html {
    let lang = props.lang;
    let (now, desired) = (props.now, props.desired);
    let bands = (1..=7u32).map(|model| {
        let left = band_left(model);
        html! {
            <>
                <rect class={format!("band band-{model}")} x={left.to_string()} y="26"
                    width={BAND.to_string()} height="28" />
                <text class="band-number" x={(left + BAND / 2).to_string()} y="45">{ model }</text>
            </>
        }
    });
    let now_marker = marker_x(now).map(|x| {
        html! {
            <g class="marker now">
                <polygon points={format!("{x},22 {},8 {},8", x - 8, x + 8)} />
                <text class="marker-label" y="2" x={x.to_string()}>{ ui::NOW.get(lang) }</text>
            </g>
        }
    });
    let desired_marker = marker_x(desired).map(|x| {
        html! {
            <g class="marker desired">
                <circle cy="66" r="7" cx={x.to_string()} />
                <text class="marker-label" y="92" x={x.to_string()}>{ ui::DESIRED.get(lang) }</text>
            </g>
        }
    });
    let models = props.with_models.then(|| {
        html! {
            <ol class="models">
                { for MODELS.iter().map(|model| {
                    let is_now = now.model() == Some(model.id);
                    let is_desired = desired.model() == Some(model.id);
                    html! {
                        <li class={classes!("model", (is_now || is_desired).then_some("placed"))}>
                            <span class="model-name">{ format!("{}. {}", model.id, model.name.get(lang)) }</span>
                            if is_now { <span class="badge now">{ ui::NOW.get(lang) }</span> }
                            if is_desired { <span class="badge desired">{ ui::DESIRED.get(lang) }</span> }
                            <span class="model-description">{ model.description.get(lang) }</span>
                        </li>
                    }
                }) }
            </ol>
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
            { models }
        </div>
    }
}
