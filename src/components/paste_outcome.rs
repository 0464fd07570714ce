//! What the last paste did, under the paste box: one sentence, a button to undo it, the other
//! teams by name with a button to leave each out, and the question a team link asks first. A
//! live region, so each outcome is announced.

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::domain::response::TeamName;
use crate::i18n::paste;
use crate::state::paste::{PasteOutcome, TeamLinkAnswer};

#[derive(Properties, PartialEq)]
pub struct PasteOutcomeProps {
    pub lang: Lang,
    pub outcome: Option<PasteOutcome>,
    /// A team link waits for the answer: this session's team, or an earlier one?
    pub team_question: bool,
    /// The other teams in the collection, with their participants.
    pub other_teams: Vec<(TeamName, usize)>,
    pub on_undo: Callback<()>,
    pub on_answer: Callback<TeamLinkAnswer>,
    pub on_leave_out: Callback<TeamName>,
}

#[function_component(PasteOutcomeView)]
pub fn paste_outcome(props: &PasteOutcomeProps) -> Html {
    let lang = props.lang;
    // The question takes the focus: nothing else happens until it is answered.
    let question = use_node_ref();
    crate::hooks::use_focus_on_change(
        props.team_question,
        props.team_question.then(|| question.clone()),
    );
    let sentence = match &props.outcome {
        Some(PasteOutcome::Pasted {
            report,
            other_teams,
            ..
        }) => Some(paste::pasted(lang, report, other_teams)),
        Some(PasteOutcome::Undone { participants }) => Some(paste::undone(lang, *participants)),
        Some(PasteOutcome::LeftOut { team, participants }) => {
            Some(paste::left_out(lang, team, *participants))
        }
        Some(PasteOutcome::ToCompare) => Some(paste::TO_COMPARE.get(lang).to_owned()),
        None => None,
    };
    let undoable =
        matches!(&props.outcome, Some(PasteOutcome::Pasted { links, .. }) if !links.is_empty());
    let answer = |a: TeamLinkAnswer| props.on_answer.reform(move |_: MouseEvent| a);
    let leave_out = |(team, n): &(TeamName, usize)| {
        let label = paste::leave_out(lang, team, *n);
        let team = team.clone();
        let onclick = props.on_leave_out.reform(move |_: MouseEvent| team.clone());
        html! { <li><button type="button" class="secondary" {onclick}>{ label }</button></li> }
    };
    html! {
        <div class="paste-outcome no-print" role="status">
            if props.team_question {
                <p>{ paste::TEAM_LINK_QUESTION.get(lang) }</p>
                <div class="actions">
                    <button type="button" class="primary" ref={question}
                        onclick={answer(TeamLinkAnswer::ThisSession)}>{ paste::THIS_SESSION.get(lang) }</button>
                    <button type="button" class="secondary"
                        onclick={answer(TeamLinkAnswer::Earlier)}>{ paste::EARLIER.get(lang) }</button>
                </div>
            }
            if let Some(sentence) = sentence {
                <p>{ sentence }
                    if undoable {
                        { " " }
                        <button type="button" class="secondary" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ paste::UNDO.get(lang) }</button>
                    }
                </p>
            }
            if !props.other_teams.is_empty() {
                <p>{ paste::OTHER_TEAMS.get(lang) }</p>
                <ul class="other-teams">{ for props.other_teams.iter().map(leave_out) }</ul>
            }
        </div>
    }
}
