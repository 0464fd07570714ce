//! One question on the 5-point scale between two poles, plus "don't know": native radio inputs
//! in a fieldset with a legend (the GOV.UK radios pattern), so arrow keys and screen readers
//! work as everywhere else.

use yew::prelude::*;

use crate::domain::instrument::{Answer, Position};
use crate::i18n::ui;

/// One question's scale. A plain struct with a `view`, not a yew component: every component
/// type adds kilobytes of lifecycle code to the WebAssembly, and this one needs no state.
pub struct Scale {
    /// Unique per page: the radios' `name` and the base of their ids.
    pub name: String,
    pub legend: &'static str,
    pub low: &'static str,
    pub high: &'static str,
    pub dont_know: &'static str,
    pub value: Option<Answer>,
    pub onchange: Callback<Answer>,
}

impl Scale {
    pub fn view(self) -> Html {
        let props = &self;
        let radio = |answer: Answer, label: Html, class: &'static str| {
            let id = format!("{}-{}", props.name, answer.code());
            let onchange = props.onchange.reform(move |_: Event| answer);
            html! {
                <div class={class}>
                    <input type="radio" id={id.clone()} name={props.name.clone()} value={answer.code().to_string()}
                        checked={props.value == Some(answer)} {onchange} />
                    <label for={id}>{ label }</label>
                </div>
            }
        };
        let points = Position::all().map(|p| {
            let pole = match p.get() {
                1 => Some(props.low),
                5 => Some(props.high),
                _ => None,
            };
            // The number is visible; the pole at each end is in the accessible name too.
            let label = html! {
                <>
                    <span aria-hidden="true">{ p.get() }</span>
                    <span class="visually-hidden">{ ui::scale_point(p.get(), pole) }</span>
                </>
            };
            radio(Answer::Position(p), label, "point")
        });
        html! {
            // A new key per question gives fresh radios: patching a checked radio group in place
            // across dimensions can leave the browser's checked state behind.
            <fieldset class="scale" key={props.name.clone()}>
                <legend>{ props.legend }</legend>
                <div class="points">{ for points }</div>
                <div class="ends" aria-hidden="true">
                    <span>{ "◀ 1" }</span><span>{ "5 ▶" }</span>
                </div>
                { radio(Answer::DontKnow, html! { props.dont_know }, "dont-know") }
            </fieldset>
        }
    }
}
