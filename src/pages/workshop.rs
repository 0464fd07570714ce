//! The facilitator's screen: the invitation (its form, or its join link and QR code, folded to
//! a summary once results come in), the paste box that collects result links with their count
//! and "present" beside it, and the team view.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::facilitator::FacilitatorHandle;
use crate::app::use_app;
use crate::components::camera_panel::CameraPanelView;
use crate::components::collect_status::CollectStatus;
use crate::components::confirm_button::ConfirmButton;
use crate::components::invitation::Invitation;
use crate::components::invitation_form::InvitationForm;
use crate::components::paste_outcome::PasteOutcomeView;
use crate::domain::link;
use crate::hooks::use_focus_on_change;
use crate::i18n::{camera, present, ui};
use crate::pages::team_view::TeamView;
use crate::platform;
use crate::slides::Slide;
use crate::state::camera::CameraAction;
use crate::state::facilitator::{FacilitatorAction, FacilitatorLink};
use crate::state::{Action, Screen};

#[derive(Properties, PartialEq)]
pub struct WorkshopPageProps {
    pub facilitator: FacilitatorHandle,
}

#[function_component(WorkshopPage)]
pub fn workshop_page(props: &WorkshopPageProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    let facilitator = &props.facilitator;
    let state = &*facilitator.state;
    let invitation_heading = use_node_ref();
    let team_field = use_node_ref();
    let paste = use_node_ref();
    let present_button = use_node_ref();
    let camera_button = use_node_ref();
    let camera_heading = use_node_ref();
    let nothing = state.collected.participants() == 0;
    let shown = state.invitation_shown();
    // Once results come in, an invitation form nobody opened folds to its button too.
    let form_open = state.editing || (shown.is_none() && nothing);
    // The form and the invitation replace each other: the focus follows to what appeared, the
    // team's name when the form was asked for (not when erasing the results unfolded it).
    use_focus_on_change(
        form_open,
        if shown.is_some() {
            Some(invitation_heading.clone())
        } else {
            state.editing.then(|| team_field.clone())
        },
    );
    // A refused name: the focus to the field with the message.
    use_focus_on_change(
        state.workshop_form.error,
        state.workshop_form.error.map(|_| team_field.clone()),
    );
    // After erasing, the team view and its buttons are gone: the focus to the paste box.
    use_focus_on_change(nothing, nothing.then(|| paste.clone()));
    // The camera panel opens in place of its button, and gives the focus back when it closes.
    let camera_open = state.camera_panel.is_some();
    use_focus_on_change(
        camera_open,
        Some(if camera_open {
            camera_heading.clone()
        } else {
            camera_button.clone()
        }),
    );
    // Everything the team view draws and shares is the collection's counts.
    let counts = use_memo(state.collected.clone(), |c| (c.counts(), c.role_sizes()));
    let edit = facilitator.callback(|()| FacilitatorAction::EditWorkshop);
    let invitation = match shown {
        Some(invitation) => {
            let feedback = state.copy_feedback(FacilitatorLink::Invitation);
            let url: AttrValue = platform::page_link(&link::encode_workshop(invitation)).into();
            html! {
                <Invitation {lang} invitation={invitation.clone()} {url} {feedback}
                    folded={!nothing} showing={state.showing_invitation}
                    on_copied={facilitator.callback(|feedback| FacilitatorAction::CopyFinished(FacilitatorLink::Invitation, feedback))}
                    on_show={facilitator.callback(FacilitatorAction::ShowInvitation)}
                    on_change={edit} />
            }
        }
        None if form_open => html! {
            <InvitationForm {lang} form={state.workshop_form.clone()} team_ref={team_field}
                on_edit={facilitator.callback(FacilitatorAction::EditWorkshopForm)}
                on_submit={facilitator.callback(move |()| FacilitatorAction::SubmitWorkshop(lang))} />
        },
        None => html! {
            <button type="button" class="secondary" onclick={edit.reform(|_: MouseEvent| ())}>
                { ui::MAKE_INVITATION.get(lang) }
            </button>
        },
    };
    let on_paste_input = facilitator.callback(|e: InputEvent| {
        FacilitatorAction::SetPasteText(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let paste_text = state.paste_text.clone();
    let on_add =
        facilitator.callback(move |_: MouseEvent| FacilitatorAction::AddPasted(paste_text.clone()));
    let team_name = state.team_name();
    html! {
        <section class="workshop">
            // The printed report is the team section alone.
            <h1 class="no-print" tabindex="-1" ref={app.heading.clone()}>{ ui::FACILITATE.get(lang) }</h1>
            <p class="no-print">{ ui::FACILITATE_INTRO.get(lang) }</p>
            <section class="no-print" aria-labelledby="invitation">
                <h2 id="invitation" tabindex="-1" ref={invitation_heading}>{ ui::INVITATION_HEADING.get(lang) }</h2>
                { invitation }
            </section>
            <section class="no-print" aria-labelledby="collect">
                <h2 id="collect">{ ui::COLLECT_HEADING.get(lang) }</h2>
                <div class="field">
                    <label for="paste">{ ui::PASTE_LABEL.get(lang) }</label>
                    <textarea id="paste" ref={paste} rows={if nothing { "5" } else { "3" }} spellcheck="false"
                        value={state.paste_text.clone()} oninput={on_paste_input} />
                </div>
                // "Add", what it gave and "present" on one line, in view on a laptop after a paste.
                <div class="collected">
                    <button type="button" class="primary" onclick={on_add}>{ ui::ADD_PASTED.get(lang) }</button>
                    if !camera_open {
                        <button type="button" class="secondary" ref={camera_button}
                            onclick={facilitator.callback(|_: MouseEvent| FacilitatorAction::Camera(CameraAction::Open))}>{ camera::OPEN.get(lang) }</button>
                    }
                    <CollectStatus {lang} collected={state.collected.clone()} />
                    if !nothing {
                        <button type="button" class="secondary no-print" ref={present_button.clone()}
                            onclick={facilitator.callback(|_: MouseEvent| FacilitatorAction::Present(Slide::FIRST))}>{ present::PRESENT.get(lang) }</button>
                    }
                </div>
                if let Some(panel) = state.camera_panel.clone() {
                    <CameraPanelView {lang} {panel} received={state.collected.participants()}
                        heading={camera_heading}
                        on_action={facilitator.callback(FacilitatorAction::Camera)} />
                }
                <PasteOutcomeView {lang} outcome={state.paste_outcome.clone()}
                    team_question={state.team_question.is_some()} other_teams={state.other_teams()}
                    on_undo={facilitator.callback(|()| FacilitatorAction::UndoPaste)}
                    on_answer={facilitator.callback(FacilitatorAction::AnswerTeamLink)}
                    on_leave_out={facilitator.callback(FacilitatorAction::LeaveOutTeam)} />
                if nothing {
                    <p>{ ui::NOTHING_COLLECTED.get(lang) }</p>
                } else {
                    <div class="actions no-print">
                        <ConfirmButton {lang} label={ui::CLEAR_COLLECTED} question={ui::CONFIRM_CLEAR}
                            open={state.confirming_erase}
                            on_ask={facilitator.callback(|()| FacilitatorAction::AskErase)}
                            on_yes={facilitator.callback(|()| FacilitatorAction::EraseCollected)}
                            on_cancel={facilitator.callback(|()| FacilitatorAction::CancelErase)} />
                    </div>
                }
            </section>
            if !nothing {
                <section class="team" aria-labelledby="team-heading">
                    <h2 id="team-heading">{ ui::TEAM_TITLE.get(lang) }</h2>
                    <TeamView facilitator={facilitator.clone()} counts={counts.0.clone()} roles={counts.1} {team_name}
                        present_button={present_button} invitation={state.invitation.clone()}
                        agreements={state.agreements.clone()}
                        on_agreement={facilitator.callback(|(index, field, text)| FacilitatorAction::SetAgreement(index, field, text))} />
                </section>
            }
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::GoTo(Screen::Welcome))}>
                    { ui::DO_SCAN_YOURSELF.get(lang) }
                </button>
            </div>
        </section>
    }
}
