//! The team view: a team's counts as one picture, for the workshop conversation. Shown on the
//! facilitator's screen under the collected results, and for a team link from the address bar.
//!
//! How many took part, the team's placement NOW and DESIRED, the agenda, the role groups
//! compared when the groups are large enough, the team link with its QR code and the CSV
//! exports (from 3 participants, with a warning where a result shared earlier, or the one
//! compared with, could differ by one or two people), and the comparison with another team
//! link. Everything drawn and shared comes from counts: nobody's record leaves the browser.

use yew::prelude::*;

use crate::app::facilitator::FacilitatorHandle;
use crate::app::use_app;
use crate::components::agenda::Agenda;
use crate::components::continuum::Continuum;
use crate::components::presenter::Presenter;
use crate::components::role_comparison::RoleComparison;
use crate::components::team_compare::TeamCompare;
use crate::components::team_name::TeamNameLine;
use crate::components::team_share::{CsvFile, TeamShare};
use crate::domain::agreement::{AgreementField, Agreements};
use crate::domain::counts::TeamCounts;
use crate::domain::csv::{answers_csv_in, data_uri, summary_csv_in, Dialect};
use crate::domain::link::{self, Workshop};
use crate::domain::response::TeamName;
use crate::domain::team::{summarise_sized, RoleSizes, TeamSummary};
use crate::hooks::use_focus_on_change;
use crate::i18n::{copy, present, ui};
use crate::platform;
use crate::slides::Slide;
use crate::state::facilitator::{FacilitatorAction, FacilitatorLink};
use crate::state::CopyFeedback;

#[derive(Properties, PartialEq)]
pub struct TeamViewProps {
    /// The facilitator's state: the slides, the comparison, the copy feedback.
    pub facilitator: FacilitatorHandle,
    /// The team as counts: the whole team and the role groups it may show.
    pub counts: TeamCounts,
    /// How many said each role group, for why groups are left out or hidden.
    pub roles: RoleSizes,
    pub team_name: Option<TeamName>,
    /// What the team agreed, per dimension.
    pub agreements: Agreements,
    /// Typing an agreement: (dimension index, field, text). `None`: the agreements are shown
    /// only (an opened team link).
    #[prop_or_default]
    pub on_agreement: Option<Callback<(usize, AgreementField, String)>>,
    /// The workshop's invitation, for the slides' first one (the facilitator's screen only).
    #[prop_or_default]
    pub invitation: Option<Workshop>,
    /// "Present", where the page draws it (the workshop: beside the count of results): the
    /// view then draws none, and the focus returns to that one when the slides end.
    #[prop_or_default]
    pub present_button: Option<NodeRef>,
}

/// The team link (version 3, counts) with the agreements it can carry: its fragment, `None`
/// below 3 participants or when it cannot be written.
fn team_fragment(
    counts: &TeamCounts,
    team_name: Option<&TeamName>,
    agreements: &Agreements,
) -> Option<AttrValue> {
    link::encode_team_counts(counts, team_name, agreements)
        .ok()
        .map(AttrValue::from)
}

/// The CSV files of a team: its counts and its summary.
fn csv_files(
    counts: &TeamCounts,
    team_name: Option<&TeamName>,
    summary: &TeamSummary,
) -> Vec<CsvFile> {
    let file = |dialect, label, file_name, csv: String| CsvFile {
        dialect,
        label,
        file_name,
        href: data_uri(&csv).into(),
    };
    vec![
        file(
            Dialect::Excel,
            ui::CSV_ANSWERS_EXCEL,
            "team-antwoorden-excel.csv",
            answers_csv_in(counts, team_name, Dialect::Excel),
        ),
        file(
            Dialect::Excel,
            ui::CSV_SUMMARY_EXCEL,
            "team-samenvatting-excel.csv",
            summary_csv_in(summary, team_name, Dialect::Excel),
        ),
        file(
            Dialect::Rfc4180,
            ui::CSV_ANSWERS,
            "team-antwoorden.csv",
            answers_csv_in(counts, team_name, Dialect::Rfc4180),
        ),
        file(
            Dialect::Rfc4180,
            ui::CSV_SUMMARY,
            "team-samenvatting.csv",
            summary_csv_in(summary, team_name, Dialect::Rfc4180),
        ),
    ]
}

#[function_component(TeamView)]
pub fn team_view(props: &TeamViewProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    let facilitator = &props.facilitator;
    let state = &*facilitator.state;
    // The summary and what is shared are computed once per team, not on every keystroke.
    let summary = use_memo((props.counts.clone(), props.roles), |(counts, roles)| {
        summarise_sized(counts, roles)
    });
    let files = {
        // The summary computed above serves the summary CSV too: it changes with the
        // counts, and so does this. Typing an agreement changes neither.
        let summary = summary.clone();
        use_memo(
            (props.counts.clone(), props.team_name.clone()),
            move |(counts, team_name)| csv_files(counts, team_name.as_ref(), &summary),
        )
    };
    let fragment = use_memo(
        (
            props.counts.clone(),
            props.team_name.clone(),
            props.agreements.clone(),
        ),
        |(counts, team_name, agreements)| team_fragment(counts, team_name.as_ref(), agreements),
    );
    let url = (*fragment)
        .as_ref()
        .map(|f| AttrValue::from(platform::page_link(f.as_str())));
    // Shared before, or the team compared with, differs by one or two people: warn first.
    let differencing = use_memo(
        (
            props.counts.clone(),
            state.shared.clone(),
            state.team_compare.clone(),
        ),
        |(counts, _, _)| state.could_single_out(counts),
    );
    // What is shared is recorded, for the next differencing check.
    let on_shared = {
        let handle = facilitator.state.clone();
        let fragment = fragment.clone();
        Callback::from(move |()| {
            if let Some(f) = &*fragment {
                handle.dispatch(FacilitatorAction::Shared(f.to_string()));
            }
        })
    };
    // The date of the printed report (for people who were not there) and of the title slide.
    let today = use_memo(lang, |&lang| AttrValue::from(platform::today(lang)));
    // Leaving the slides puts the focus back on the button that opened them.
    let own_button = use_node_ref();
    let present_button = props.present_button.clone().unwrap_or(own_button);
    let presenting = state.presenting;
    use_focus_on_change(
        presenting.is_some(),
        presenting.is_none().then(|| present_button.clone()),
    );
    // A reload while presenting returns to the slide the tab kept (the presenter keeps it).
    {
        let present = facilitator.callback(FacilitatorAction::Present);
        use_effect_with((), move |_| {
            if let Some(slide) = platform::presenter::kept_slide().and_then(|k| Slide::of_key(&k)) {
                present.emit(slide);
            }
        });
    }
    if let Some(slide) = presenting {
        return html! {
            <Presenter {lang} team_name={props.team_name.clone()} summary={summary.clone()}
                date={(*today).clone()}
                agreements={props.agreements.clone()} on_agreement={props.on_agreement.clone()}
                invitation={props.invitation.clone()} {slide} on_slide={facilitator.callback(FacilitatorAction::ShowSlide)}
                on_leave={facilitator.callback(|()| FacilitatorAction::StopPresenting)} />
        };
    }
    let team = &summary.team;
    let feedback = state.copy_feedback(FacilitatorLink::Team);
    let on_copied = {
        let handle = facilitator.state.clone();
        let on_shared = on_shared.clone();
        Callback::from(move |feedback| {
            handle.dispatch(FacilitatorAction::CopyFinished(
                FacilitatorLink::Team,
                feedback,
            ));
            if feedback == CopyFeedback::Copied {
                on_shared.emit(());
            }
        })
    };
    let compare_text = state.compare_text.clone();
    html! {
        <>
            <p class="print-only">{ format!("{} {today}", ui::REPORT_DATE.get(lang)) }</p>
            <TeamNameLine name={props.team_name.clone()} />
            <p class="participants">{ ui::participants(lang, team.participants) }</p>
            if props.present_button.is_none() {
                <div class="actions no-print">
                    <button type="button" class="secondary" ref={present_button}
                        onclick={facilitator.callback(|_: MouseEvent| FacilitatorAction::Present(Slide::FIRST))}>{ present::PRESENT.get(lang) }</button>
                </div>
            }
            <section aria-labelledby="team-continuum">
                <h2 id="team-continuum">{ ui::CONTINUUM_HEADING.get(lang) }</h2>
                <p class="not-better">{ copy::NOT_BETTER.get(lang) }</p>
                <Continuum {lang} now={team.now} desired={team.desired} with_models=true />
            </section>
            <section aria-labelledby="agenda">
                <h2 id="agenda">{ ui::AGENDA_HEADING.get(lang) }</h2>
                <p>{ ui::AGENDA_INTRO.get(lang) }</p>
                <Agenda {lang} order={summary.agenda.clone()} dimensions={team.dimensions.to_vec()}
                    agreements={props.agreements.clone()} on_agreement={props.on_agreement.clone()} />
            </section>
            <RoleComparison {lang} roles={summary.roles.clone()} />
            <TeamShare {lang} participants={props.counts.participants()} {url}
                files={(*files).clone()} {feedback} differencing={*differencing}
                on_shared={on_shared.clone()} {on_copied} />
            <TeamCompare {lang} this={team.clone()} other={state.team_compare.clone()}
                text={compare_text.clone()}
                on_input={facilitator.callback(FacilitatorAction::SetCompareText)}
                on_compare={facilitator.callback(move |()| FacilitatorAction::CompareTeams(compare_text.to_string()))}
                on_close={facilitator.callback(|()| FacilitatorAction::CloseCompare)} />
        </>
    }
}
