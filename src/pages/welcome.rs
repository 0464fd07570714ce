//! The welcome screen: what this is, how long it takes, the privacy line, the optional team
//! name and role group, and start. In a workshop the team name is the workshop's and the role
//! groups are the ones it offers.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::use_app;
use crate::domain::instrument::{Lang, RoleGroup, DIMENSION_COUNT};
use crate::domain::response::TeamName;
use crate::i18n::{copy, participant, team_name_problem, ui};
use crate::state::{Action, Screen};

#[function_component(WelcomePage)]
pub fn welcome_page() -> Html {
    let app = use_app();
    let state = &*app.state;
    let lang = state.lang;
    let top = html! {
        <>
            <h1 tabindex="-1" ref={app.heading.clone()}>{ copy::WELCOME_TITLE.get(lang) }</h1>
            <p class="lead">{ copy::WELCOME_INTRO.get(lang) }</p>
            <p>{ copy::WELCOME_DURATION.get(lang) }</p>
            <p class="privacy">{ copy::PRIVACY_LINE.get(lang) }</p>
        </>
    };
    // The first render stops at the texts that index.html shows too (see `app.rs`).
    if !state.settled {
        return html! { <section class="welcome">{ top }</section> };
    }
    let start = if state.draft.completed_count() == 0 {
        ui::START
    } else {
        ui::RESUME
    };
    let onsubmit = app.callback(|e: SubmitEvent| {
        e.prevent_default();
        Action::Start
    });
    let on_team_name = app.callback(|e: InputEvent| {
        Action::SetTeamName(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    // A refused name is said at the field as it is typed; the scan goes on without it.
    let refused = TeamName::parse_input(&state.team_name_text)
        .err()
        .map(|error| team_name_problem(&error));
    let (team_field, roles) = match &state.joined {
        None => (
            html! {
                <div class={classes!("field", refused.is_some().then_some("field-error"))}>
                    <label for="team-name">{ ui::TEAM_NAME_LABEL.get(lang) }</label>
                    <p class="hint" id="team-name-hint">{ ui::TEAM_NAME_HINT.get(lang) }</p>
                    if let Some(problem) = refused {
                        <p class="error-message" id="team-name-error" role="alert">{ problem.get(lang) }</p>
                    }
                    <input id="team-name" type="text" autocomplete="off" spellcheck="false"
                        aria-describedby={if refused.is_some() { "team-name-hint team-name-error" } else { "team-name-hint" }}
                        aria-invalid={refused.is_some().then_some("true")}
                        value={state.team_name_text.clone()} oninput={on_team_name} />
                </div>
            },
            &RoleGroup::ALL[..],
        ),
        Some(workshop) => (
            html! {
                <p class="workshop-banner">
                    { ui::IN_WORKSHOP.get(lang) }{ " " }
                    <b><bdi>{ workshop.team_name.as_ref().map_or("", |n| n.as_str()) }</bdi></b>
                </p>
            },
            &workshop.roles[..],
        ),
    };
    let role_field = role_select(lang, roles, state.draft.role, app.callback(Action::SetRole));
    let other_way = if state.joined.is_some() {
        html! {
            <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::LeaveWorkshop)}>
                { ui::LEAVE_WORKSHOP.get(lang) }
            </button>
        }
    } else {
        html! {
            <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::GoTo(Screen::Workshop))}>
                { ui::FACILITATE.get(lang) }
            </button>
        }
    };
    html! {
        <section class="welcome">
            { top }
            <form class="start-form" {onsubmit}>
                { team_field }
                { role_field }
                <button type="submit" class="primary">{ start.get(lang) }</button>
            </form>
            <h2>{ ui::DIMENSIONS_HEADING.get(lang) }</h2>
            <ol class="dimension-list">
                { for (0..DIMENSION_COUNT).map(|i| html! { <li>{ participant::dimension_name(lang, i) }</li> }) }
            </ol>
            <div class="actions">{ other_way }</div>
        </section>
    }
}

/// The optional role group, from `roles` (nothing when there are none): on the welcome screen
/// and on the invitation's join step.
pub fn role_select(
    lang: Lang,
    roles: &[RoleGroup],
    chosen: Option<RoleGroup>,
    on_role: Callback<Option<RoleGroup>>,
) -> Option<Html> {
    let onchange = on_role.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        value.parse().ok().and_then(RoleGroup::from_id)
    });
    (!roles.is_empty()).then(|| {
        html! {
            <div class="field">
                <label for="role">{ ui::ROLE_LABEL.get(lang) }</label>
                <select id="role" {onchange}>
                    <option value="0" selected={chosen.is_none()}>{ ui::ROLE_NONE.get(lang) }</option>
                    { for roles.iter().map(|&role| html! {
                        <option value={role.id().to_string()} selected={chosen == Some(role)}>
                            { role.label().get(lang) }
                        </option>
                    }) }
                </select>
            </div>
        }
    })
}
