//! The form that makes a workshop invitation: the team's name (required), the participants'
//! language and the role groups they choose from. Controlled: every field shows the form's
//! state, and a missing name gets a message at the field (the GOV.UK error pattern).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::instrument::{Lang, RoleGroup};
use crate::i18n::{team_name_problem, ui};
use crate::state::facilitator::{FormEdit, WorkshopForm};

/// The languages participants can be invited in, each named in itself.
pub const LANGUAGES: [(Lang, &str); 2] = [(Lang::Nl, "Nederlands"), (Lang::En, "English")];

#[derive(Properties, PartialEq)]
pub struct InvitationFormProps {
    /// The language of the facilitator's screen.
    pub lang: Lang,
    pub form: WorkshopForm,
    pub on_edit: Callback<FormEdit>,
    pub on_submit: Callback<()>,
    /// The team name's field, focused when the form opens and when it is refused.
    pub team_ref: NodeRef,
}

#[function_component(InvitationForm)]
pub fn invitation_form(props: &InvitationFormProps) -> Html {
    let lang = props.lang;
    let form = &props.form;
    let onsubmit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let on_team = props.on_edit.reform(|e: InputEvent| {
        FormEdit::TeamName(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_lang = props.on_edit.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        FormEdit::Lang(Lang::from_code(&code).unwrap_or_default())
    });
    let error = form.error.as_ref().map(team_name_problem);
    let workshop_lang = form.lang.unwrap_or(lang);
    let role = |role: RoleGroup| {
        let onchange = props.on_edit.reform(move |e: Event| {
            FormEdit::Role(
                role,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            )
        });
        html! {
            <label class="check">
                <input type="checkbox" name="workshop-role" value={role.id().to_string()}
                    checked={form.roles.contains(&role)} {onchange} />
                { " " }{ role.label().get(lang) }
            </label>
        }
    };
    html! {
        <form id="workshop-form" novalidate=true {onsubmit}>
            <div class={classes!("field", error.is_some().then_some("field-error"))}>
                <label for="workshop-team">{ ui::WORKSHOP_TEAM_LABEL.get(lang) }</label>
                if let Some(error) = error {
                    <p class="error-message" id="workshop-team-error" role="alert">{ error.get(lang) }</p>
                }
                <input id="workshop-team" ref={props.team_ref.clone()} type="text" required=true
                    maxlength="60" autocomplete="off" value={form.team.clone()} oninput={on_team}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then_some("workshop-team-error")} />
            </div>
            <div class="field">
                <label for="workshop-lang">{ ui::WORKSHOP_LANG_LABEL.get(lang) }</label>
                <select id="workshop-lang" onchange={on_lang}>
                    { for LANGUAGES.map(|(option, name)| html! {
                        <option value={option.code()} selected={option == workshop_lang}>{ name }</option>
                    }) }
                </select>
            </div>
            <fieldset class="field roles">
                <legend>{ ui::WORKSHOP_ROLES_LABEL.get(lang) }</legend>
                { for RoleGroup::ALL.into_iter().map(role) }
            </fieldset>
            <button type="submit" class="primary">{ ui::MAKE_INVITATION.get(lang) }</button>
        </form>
    }
}
