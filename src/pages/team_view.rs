//! The team view: many responses as one picture, for the workshop conversation. Shown on the
//! facilitator's screen under the collected results, and for a team link from the address bar.
//!
//! How many took part, the team's placement NOW and DESIRED, the agenda, the role groups
//! compared when the groups are large enough, the team link with its QR code and the CSV
//! exports, and the comparison with another team link.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::agenda::Agenda;
use crate::components::continuum::Continuum;
use crate::components::role_comparison::RoleComparison;
use crate::components::team_compare::TeamCompare;
use crate::components::team_name::TeamNameLine;
use crate::components::team_share::TeamShare;
use crate::domain::csv::{answers_csv, data_uri, summary_csv};
use crate::domain::link;
use crate::domain::response::{Response, TeamName};
use crate::domain::team::summarise;
use crate::i18n::{copy, ui};
use crate::platform;
use crate::state::{Action, LinkField};

#[derive(Properties, PartialEq)]
pub struct TeamViewProps {
    pub responses: Vec<Response>,
    pub team_name: Option<TeamName>,
}

/// What the team view shares: the team link and the two CSV files (`data:` URIs).
struct Shared {
    url: Option<AttrValue>,
    answers_csv: AttrValue,
    summary_csv: AttrValue,
}

#[function_component(TeamView)]
pub fn team_view(props: &TeamViewProps) -> Html {
    let app = use_app();
    let state = &*app.state;
    let lang = state.lang;
    // The summary and what is shared are computed once per team, not on every keystroke.
    let summary = use_memo(props.responses.clone(), |responses| summarise(responses));
    let shared = use_memo(
        (props.responses.clone(), props.team_name.clone()),
        |(responses, team_name)| Shared {
            url: link::encode_team(responses, team_name.as_ref())
                .ok()
                .map(|fragment| platform::page_link(&fragment).into()),
            answers_csv: data_uri(&answers_csv(responses, team_name.as_ref())).into(),
            summary_csv: data_uri(&summary_csv(&summarise(responses), team_name.as_ref())).into(),
        },
    );
    let team = &summary.team;
    let feedback = state
        .copy_feedback
        .filter(|(field, _)| *field == LinkField::Team)
        .map(|(_, feedback)| feedback);
    let compare_text = state.compare_text.clone();
    html! {
        <>
            <TeamNameLine name={props.team_name.clone()} />
            <p class="participants">{ ui::participants(lang, team.participants) }</p>
            <section aria-labelledby="team-continuum">
                <h2 id="team-continuum">{ ui::CONTINUUM_HEADING.get(lang) }</h2>
                <p class="not-better">{ copy::NOT_BETTER.get(lang) }</p>
                <Continuum {lang} now={team.now} desired={team.desired} with_models=true />
            </section>
            <section aria-labelledby="agenda">
                <h2 id="agenda">{ ui::AGENDA_HEADING.get(lang) }</h2>
                <p>{ ui::AGENDA_INTRO.get(lang) }</p>
                <Agenda {lang} order={summary.agenda.clone()} dimensions={team.dimensions.to_vec()} />
            </section>
            <RoleComparison {lang} roles={summary.roles.clone()} />
            <TeamShare {lang} url={shared.url.clone()} answers_csv={shared.answers_csv.clone()}
                summary_csv={shared.summary_csv.clone()} {feedback}
                on_copied={app.callback(|feedback| Action::CopyResult(LinkField::Team, feedback))} />
            <TeamCompare {lang} this={team.clone()} other={state.team_compare.clone()}
                text={compare_text.clone()}
                on_input={app.callback(Action::SetCompareText)}
                on_compare={app.callback(move |()| Action::CompareTeams(compare_text.to_string()))}
                on_close={app.callback(|()| Action::CloseCompare)} />
        </>
    }
}
