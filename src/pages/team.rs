//! A team link's page: the team view under its own heading.

use yew::prelude::*;

use crate::app::facilitator::FacilitatorHandle;
use crate::app::use_app;
use crate::domain::link::SharedCounts;
use crate::domain::team::RoleSizes;
use crate::i18n::ui;
use crate::pages::team_view::TeamView;
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq)]
pub struct TeamPageProps {
    pub team: SharedCounts,
    /// How many said each role group, for why groups are left out or hidden.
    pub roles: RoleSizes,
    pub facilitator: FacilitatorHandle,
}

#[function_component(TeamPage)]
pub fn team_page(props: &TeamPageProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    html! {
        <section class="team">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::TEAM_TITLE.get(lang) }</h1>
            <TeamView facilitator={props.facilitator.clone()} counts={props.team.counts.clone()}
                roles={props.roles} team_name={props.team.team_name.clone()}
                agreements={props.team.agreements.clone()} />
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::CloseLink(Screen::Welcome))}>
                    { ui::DO_SCAN_YOURSELF.get(lang) }
                </button>
            </div>
        </section>
    }
}
