//! The invitation a participant opened: the team, what joining means, how long it takes, the
//! role group and "join", which starts the questions at once (issue 22: the welcome text does
//! not come again). When joining would replace earlier answers, their results link is shown
//! first, to keep.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::link_field::LinkField;
use crate::components::team_name::TeamNameLine;
use crate::domain::link::Workshop;
use crate::i18n::{copy, ui};
use crate::pages::results::results_url;
use crate::pages::welcome::role_select;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct JoinPageProps {
    pub workshop: Workshop,
}

#[function_component(JoinPage)]
pub fn join_page(props: &JoinPageProps) -> Html {
    let app = use_app();
    let state = &*app.state;
    let lang = state.lang;
    let onsubmit = app.callback(|e: SubmitEvent| {
        e.prevent_default();
        Action::Join
    });
    let roles = &props.workshop.roles;
    html! {
        <section class="join">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::JOIN_TITLE.get(lang) }</h1>
            <TeamNameLine name={props.workshop.team_name.clone()} />
            <p>{ ui::JOIN_INTRO.get(lang) }{ " " }{ copy::WELCOME_DURATION.get(lang) }</p>
            if state.join_replaces_answers(&props.workshop) {
                <p class="warning">{ ui::JOIN_REPLACES.get(lang) }</p>
                <LinkField id="result-link" label={ui::LINK_LABEL.get(lang)} url={results_url(state)} />
            }
            <form class="start-form" {onsubmit}>
                { role_select(lang, roles, state.join_role, app.callback(Action::SetJoinRole)) }
                <button type="submit" class="primary">{ ui::JOIN.get(lang) }</button>
            </form>
        </section>
    }
}
