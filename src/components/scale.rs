//! One question on the 5-point scale between two poles, plus "don't know": native radio inputs
//! in a fieldset with a legend (the GOV.UK radios pattern), so arrow keys and screen readers
//! work as everywhere else. Controlled: which radio is checked comes from the props.

use yew::prelude::*;

use crate::domain::instrument::{Answer, Position};
use crate::domain::response::Horizon;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct ScaleProps {
    pub horizon: Horizon,
    pub dimension_id: u8,
    pub legend: &'static str,
    pub low: &'static str,
    pub high: &'static str,
    pub dont_know: &'static str,
    /// The answer given so far, `None` when not answered yet.
    pub answer: Option<Answer>,
    pub on_answer: Callback<Answer>,
}

#[function_component(Scale)]
pub fn scale(props: &ScaleProps) -> Html {
    // The radios' `name`: "now-3" or "desired-3" for dimension 3; their ids add the answer code.
    let name = format!(
        "{}-{}",
        match props.horizon {
            Horizon::Now => "now",
            Horizon::Desired => "desired",
        },
        props.dimension_id
    );
    let radio = |answer: Answer| {
        let id = format!("{name}-{}", answer.code());
        let onchange = props.on_answer.reform(move |_: Event| answer);
        html! {
            <input type="radio" id={id} name={name.clone()} value={answer.code().to_string()}
                checked={props.answer == Some(answer)} {onchange} />
        }
    };
    let point = |p: Position| {
        let pole = match p.get() {
            1 => Some(props.low),
            5 => Some(props.high),
            _ => None,
        };
        let answer = Answer::Position(p);
        html! {
            <div class="point">
                { radio(answer) }
                <label for={format!("{name}-{}", answer.code())}>
                    // The number is visible; the pole at each end is in the accessible name too.
                    <span aria-hidden="true">{ p.get() }</span>
                    <span class="visually-hidden">{ ui::scale_point(p.get(), pole) }</span>
                </label>
            </div>
        }
    };
    // One row: 1-5 and "don't know", so both questions and "next" fit a 360x740 phone without
    // scrolling (issue 22).
    html! {
        <fieldset class="scale">
            <legend>{ props.legend }</legend>
            <div class="points">
                { for Position::all().map(point) }
                <div class="dont-know">
                    { radio(Answer::DontKnow) }
                    <label for={format!("{name}-{}", Answer::DontKnow.code())}>{ props.dont_know }</label>
                </div>
            </div>
        </fieldset>
    }
}
