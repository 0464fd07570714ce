//! The invitation a participant opened: the team, what joining means, and "join". When joining
//! would replace earlier answers, their results link is shown first, to keep.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::link_field::LinkField;
use crate::components::team_name::TeamNameLine;
use crate::domain::link::Workshop;
use crate::i18n::ui;
use crate::pages::results::results_url;
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
    html! {
        <section class="join">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::JOIN_TITLE.get(lang) }</h1>
            <TeamNameLine name={props.workshop.team_name.clone()} />
            <p>{ ui::JOIN_INTRO.get(lang) }</p>
            if state.join_replaces_answers(&props.workshop) {
                <p class="warning">{ ui::JOIN_REPLACES.get(lang) }</p>
                <LinkField id="result-link" label={ui::LINK_LABEL.get(lang)} url={results_url(state)} />
            }
            <div class="actions">
                <button type="button" class="primary" onclick={app.callback(|_: MouseEvent| Action::Join)}>
                    { ui::JOIN.get(lang) }
                </button>
            </div>
        </section>
    }
}
