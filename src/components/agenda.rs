//! The team's conversation agenda: the dimensions sorted by disagreement, each with its strip
//! plot, medians, difference-of-view flag and reflection question.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::agreement::{AgreementForm, AgreementText};
use crate::components::strip_plot::StripPlot;
use crate::domain::agreement::{AgreementField, Agreements};
use crate::domain::instrument::{dimension, Lang};
use crate::domain::reflection::{team_direction, REFLECTION_QUESTIONS};
use crate::domain::team::{DimensionSummary, Distribution};
use crate::i18n::ui::{self, median_text};

/// A median, or a dash when nobody answered.
pub fn median(lang: Lang, d: &Distribution) -> String {
    d.median_halves()
        .map_or_else(|| "\u{2013}".to_owned(), |h| median_text(lang, h))
}

/// One dimension's figures without its name: the difference-of-view flag, the medians, the
/// strip plot and the reflection question. In the agenda and on a presenter's slide (a function,
/// not a component: it holds no state, and a component of its own would cost wasm for nothing).
pub fn dimension_details(lang: Lang, s: &DimensionSummary) -> Html {
    html! { <>{ dimension_figures(lang, s) }{ reflection(lang, s) }</> }
}

/// The reflection question of a dimension; none where nobody gave a position for NOW or for
/// DESIRED. A presenter's slide in a small window shows it apart, with the agreement.
pub fn reflection(lang: Lang, s: &DimensionSummary) -> Html {
    let question = REFLECTION_QUESTIONS
        .get(usize::from(s.id).wrapping_sub(1))
        .zip(team_direction(
            s.now.median_halves(),
            s.desired.median_halves(),
        ))
        .map(|(reflection, direction)| reflection.question(direction));
    html! {
        if let Some(question) = question {
            <p class="reflection">{ question.get(lang) }</p>
        }
    }
}

/// The flag, the medians and the strip plot of a dimension.
pub fn dimension_figures(lang: Lang, s: &DimensionSummary) -> Html {
    let dont_know = s.now.dont_know + s.desired.dont_know > 0;
    html! {
        <>
            if s.difference_of_view() {
                <p class="flag">{ ui::DIFFERENCE_OF_VIEW.get(lang) }</p>
            }
            <p class="medians">
                { format!("{}: {} ", ui::MEDIAN.get(lang), ui::NOW.get(lang)) }
                <b>{ median(lang, &s.now) }</b>
                { format!(" · {} ", ui::DESIRED.get(lang)) }
                <b>{ median(lang, &s.desired) }</b>
                // "Don't know" is no dot on the scale: its counts are said here.
                if dont_know {
                    <br />
                    { format!("{}: {} {} · {} {}", ui::DONT_KNOW.get(lang), ui::NOW.get(lang),
                        s.now.dont_know, ui::DESIRED.get(lang), s.desired.dont_know) }
                }
            </p>
            <StripPlot {lang} dimension={*s} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AgendaProps {
    pub lang: Lang,
    /// Dimension ids in agenda order.
    pub order: Vec<u8>,
    /// The team's summary of every dimension, by index.
    pub dimensions: Vec<DimensionSummary>,
    /// What the team agreed, per dimension.
    pub agreements: Agreements,
    /// Typing an agreement: (dimension index, field, text); `None` shows them as text only.
    #[prop_or_default]
    pub on_agreement: Option<Callback<(usize, AgreementField, String)>>,
}

#[function_component(Agenda)]
pub fn agenda(props: &AgendaProps) -> Html {
    let lang = props.lang;
    // While a field in the list has the focus, the list keeps its order: results that arrive
    // meanwhile (another tab's paste) would move the item being typed in, and a moved element
    // loses the focus and the keys that follow. The new order shows when the focus leaves.
    let held = use_state_eq(|| None::<Vec<u8>>);
    let list = use_node_ref();
    let onfocusin = {
        let held = held.clone();
        let order = props.order.clone();
        Callback::from(move |_: FocusEvent| {
            if held.is_none() {
                held.set(Some(order.clone()));
            }
        })
    };
    let onfocusout = {
        let held = held.clone();
        let list = list.clone();
        Callback::from(move |event: FocusEvent| {
            let within = event.related_target().is_some_and(|to| {
                list.cast::<web_sys::Element>()
                    .is_some_and(|l| l.contains(to.dyn_ref::<web_sys::Node>()))
            });
            if !within {
                held.set(None);
            }
        })
    };
    let order = (*held).clone().unwrap_or_else(|| props.order.clone());
    let item = |&id: &u8| {
        // Ids are 1-14; anything else is skipped, never a panic.
        let index = usize::from(id).wrapping_sub(1);
        let (Some(d), Some(s)) = (dimension(id), props.dimensions.get(index)) else {
            return Html::default();
        };
        let typed = props.agreements.get(index).cloned().unwrap_or_default();
        let agreement = match &props.on_agreement {
            Some(on_agreement) => html! {
                <AgreementForm {lang} dimension={id} agreement={typed}
                    on_change={on_agreement.reform(move |(field, text)| (index, field, text))} />
            },
            None => html! { <AgreementText {lang} agreement={typed} /> },
        };
        html! {
            <li>
                <h3>{ d.name.get(lang) }</h3>
                { dimension_details(lang, s) }
                { agreement }
            </li>
        }
    };
    html! {
        <ol class="agenda" ref={list} {onfocusin} {onfocusout}>{ for order.iter().map(item) }</ol>
    }
}
