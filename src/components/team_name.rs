//! The team's name above a result, an invitation or a team view, when there is one. Isolated
//! in `<bdi>`, so a name in another script (or from an old link) cannot reorder the text around
//! it.

use yew::prelude::*;

use crate::domain::response::TeamName;

#[derive(Properties, PartialEq)]
pub struct TeamNameLineProps {
    pub name: Option<TeamName>,
}

#[function_component(TeamNameLine)]
pub fn team_name_line(props: &TeamNameLineProps) -> Html {
    match &props.name {
        Some(name) => html! { <p class="team-name"><bdi>{ name.as_str() }</bdi></p> },
        None => Html::default(),
    }
}
