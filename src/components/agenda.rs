//! The team's conversation agenda: the dimensions sorted by disagreement, each with its strip
//! plot, medians, difference-of-view flag and reflection question.

use yew::prelude::*;

use crate::components::strip_plot::StripPlot;
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
    // No question where nobody gave a position for NOW or for DESIRED.
    let question = REFLECTION_QUESTIONS
        .get(usize::from(s.id).wrapping_sub(1))
        .zip(team_direction(
            s.now.median_halves(),
            s.desired.median_halves(),
        ))
        .map(|(reflection, direction)| reflection.question(direction));
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
            if let Some(question) = question {
                <p class="reflection">{ question.get(lang) }</p>
            }
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
}

#[function_component(Agenda)]
pub fn agenda(props: &AgendaProps) -> Html {
    let lang = props.lang;
    let item = |&id: &u8| {
        // Ids are 1-14; anything else is skipped, never a panic.
        let (Some(d), Some(s)) = (
            dimension(id),
            props.dimensions.get(usize::from(id).wrapping_sub(1)),
        ) else {
            return Html::default();
        };
        html! {
            <li>
                <h3>{ d.name.get(lang) }</h3>
                { dimension_details(lang, s) }
            </li>
        }
    };
    html! {
        <ol class="agenda">{ for props.order.iter().map(item) }</ol>
    }
}
