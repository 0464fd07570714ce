//! The facilitator's screen: the invitation (its form, or its join link and QR code), the paste
//! box that collects result links, and the team view.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::facilitator::FacilitatorHandle;
use crate::app::use_app;
use crate::components::collect_status::CollectStatus;
use crate::components::confirm_button::ConfirmButton;
use crate::components::copy_feedback::CopyFeedbackLine;
use crate::components::invitation_form::InvitationForm;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::share_panel::copy_callback;
use crate::components::team_name::TeamNameLine;
use crate::domain::link::{self, Workshop};
use crate::hooks::use_focus_on_change;
use crate::i18n::ui;
use crate::pages::team_view::TeamView;
use crate::platform;
use crate::state::facilitator::{FacilitatorAction, FacilitatorLink};
use crate::state::{Action, CopyFeedback, Screen};

#[derive(Properties, PartialEq)]
struct InvitationProps {
    invitation: Workshop,
    feedback: Option<CopyFeedback>,
    on_copied: Callback<CopyFeedback>,
    on_change: Callback<()>,
}

/// The invitation as made: the team, the join link with copy, and the QR code to show.
#[function_component(Invitation)]
fn invitation(props: &InvitationProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    let field = use_node_ref();
    let url: AttrValue = platform::page_link(&link::encode_workshop(&props.invitation)).into();
    let on_copy = copy_callback(url.clone(), field.clone(), props.on_copied.clone());
    html! {
        <>
            <TeamNameLine name={props.invitation.team_name.clone()} />
            <p>{ ui::JOIN_LINK_HINT.get(lang) }</p>
            <LinkField id="join-link" label={ui::JOIN_LINK_LABEL.get(lang)} url={url.clone()} field_ref={field} />
            <div class="share-buttons no-print">
                <button type="button" class="primary" onclick={on_copy}>{ ui::COPY.get(lang) }</button>
                <button type="button" class="secondary" onclick={props.on_change.reform(|_: MouseEvent| ())}>
                    { ui::CHANGE_INVITATION.get(lang) }
                </button>
            </div>
            <CopyFeedbackLine {lang} feedback={props.feedback} />
            <div class="qr-large"><QrCode {lang} {url} /></div>
        </>
    }
}

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
    let shown = state.invitation_shown();
    // The form and the invitation replace each other: the focus follows to what appeared.
    use_focus_on_change(
        shown.is_some(),
        Some(if shown.is_some() {
            invitation_heading.clone()
        } else {
            team_field.clone()
        }),
    );
    // A refused name: the focus to the field with the message.
    use_focus_on_change(
        state.workshop_form.error,
        state.workshop_form.error.map(|_| team_field.clone()),
    );
    let nothing = state.collected.participants() == 0;
    // After erasing, the team view and its buttons are gone: the focus to the paste box.
    use_focus_on_change(nothing, nothing.then(|| paste.clone()));
    // Everything the team view draws and shares is the collection's counts.
    let counts = use_memo(state.collected.clone(), |c| (c.counts(), c.role_sizes()));
    let invitation = match shown {
        Some(invitation) => {
            let feedback = state.copy_feedback(FacilitatorLink::Invitation);
            html! {
                <Invitation invitation={invitation.clone()} {feedback}
                    on_copied={facilitator.callback(|feedback| FacilitatorAction::CopyFinished(FacilitatorLink::Invitation, feedback))}
                    on_change={facilitator.callback(|()| FacilitatorAction::EditWorkshop)} />
            }
        }
        None => html! {
            <InvitationForm {lang} form={state.workshop_form.clone()} team_ref={team_field}
                on_edit={facilitator.callback(FacilitatorAction::EditWorkshopForm)}
                on_submit={facilitator.callback(move |()| FacilitatorAction::SubmitWorkshop(lang))} />
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
                    <textarea id="paste" ref={paste} rows="5" spellcheck="false"
                        value={state.paste_text.clone()} oninput={on_paste_input} />
                </div>
                <div class="actions no-print">
                    <button type="button" class="primary" onclick={on_add}>{ ui::ADD_PASTED.get(lang) }</button>
                </div>
                <CollectStatus {lang} collected={state.collected.clone()} />
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
                        agreements={state.agreements.clone()} invitation={state.invitation.clone()}
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
