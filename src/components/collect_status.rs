//! What the facilitator's pastes gave: how many results, the duplicates, and what could not be
//! read and why. A live region, so each paste's outcome is announced.

use yew::prelude::*;

use crate::domain::collect::{CollectError, Collected};
use crate::domain::instrument::Lang;
use crate::i18n::{broken_message, ui};

#[derive(Properties, PartialEq)]
pub struct CollectStatusProps {
    pub lang: Lang,
    pub collected: std::rc::Rc<Collected>,
}

#[function_component(CollectStatus)]
pub fn collect_status(props: &CollectStatusProps) -> Html {
    let lang = props.lang;
    let collected = &props.collected;
    // Other teams are named, each with a way to leave it out, by the paste's outcome.
    let warnings = [(collected.cut, ui::PASTE_CUT)];
    let problem = |problem: &crate::domain::collect::Problem| {
        let message = match &problem.error {
            CollectError::Link(error) => broken_message(error),
            CollectError::Invitation => ui::INVITATION_PASTED,
            CollectError::TooManyResponses => ui::TEAM_FULL,
        };
        html! {
            <li><code>{ &problem.excerpt }</code>{ " " }{ message.get(lang) }</li>
        }
    };
    html! {
        <div class="collect-status" role="status">
            <p><b>{ ui::participants(lang, collected.participants()) }</b></p>
            if collected.duplicates > 0 {
                <p>{ ui::duplicates(lang, collected.duplicates) }</p>
            }
            { for warnings.iter().filter(|(shown, _)| *shown).map(|(_, text)| html! {
                <p class="warning">{ text.get(lang) }</p>
            }) }
            if !collected.problems.is_empty() {
                <h3>{ ui::NOT_READ_HEADING.get(lang) }</h3>
                <ul class="problems">{ for collected.problems.iter().map(problem) }</ul>
                if collected.more_problems > 0 {
                    <p>{ ui::more_problems(lang, collected.more_problems) }</p>
                }
            }
        </div>
    }
}
