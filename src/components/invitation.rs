//! The invitation as made: what it is (team, language, role groups), the join
//! link with copy, and its QR code. Until results come in it is the screen's first part, the
//! code beside the link; once they do, it folds to that line and its buttons, and shows the
//! link and code again on request (someone joins late), so the code no longer stands above the
//! collected results all session.

use yew::prelude::*;

use crate::components::copy_feedback::CopyFeedbackLine;
use crate::components::invitation_form::LANGUAGES;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::share_panel::copy_callback;
use crate::domain::instrument::Lang;
use crate::domain::link::Workshop;
use crate::i18n::ui;
use crate::state::CopyFeedback;

#[derive(Properties, PartialEq)]
pub struct InvitationProps {
    /// The language of the facilitator's screen.
    pub lang: Lang,
    pub invitation: Workshop,
    /// The invitation's own link (the page's address with its fragment).
    pub url: AttrValue,
    /// Results have come in: the invitation is a summary.
    pub folded: bool,
    /// Folded, but its link and QR code are shown again.
    pub showing: bool,
    pub feedback: Option<CopyFeedback>,
    pub on_copied: Callback<CopyFeedback>,
    /// Show (`true`) or hide the folded invitation's link and QR code.
    pub on_show: Callback<bool>,
    pub on_change: Callback<()>,
}

#[function_component(Invitation)]
pub fn invitation(props: &InvitationProps) -> Html {
    let lang = props.lang;
    let workshop = &props.invitation;
    let field = use_node_ref();
    let url = props.url.clone();
    let on_copy = copy_callback(url.clone(), field.clone(), props.on_copied.clone());
    // Hidden rather than left out: one shape for every state, and the code drawn once.
    let hidden = props.folded && !props.showing;
    let showing = props.showing;
    let language = LANGUAGES
        .iter()
        .find(|(l, _)| *l == workshop.lang)
        .map_or("", |(_, name)| name);
    let roles: Vec<&str> = workshop.roles.iter().map(|r| r.label().get(lang)).collect();
    let roles = if roles.is_empty() {
        "–".to_owned()
    } else {
        roles.join(", ")
    };
    html! {
        <>
            <p class="invitation-summary">
                if let Some(name) = &workshop.team_name {
                    <b><bdi>{ name.as_str() }</bdi></b>{ " · " }
                }
                { format!("{language} · {}: {roles}", ui::INVITATION_ROLES.get(lang)) }
            </p>
            <div class="invitation">
                <div>
                    <p hidden={props.folded}>{ ui::JOIN_LINK_HINT.get(lang) }</p>
                    <div {hidden}>
                        <LinkField id="join-link" label={ui::JOIN_LINK_LABEL.get(lang)} url={url.clone()} field_ref={field} />
                    </div>
                    <div class="share-buttons no-print">
                        <button type="button" class="primary" onclick={on_copy}>{ ui::COPY_INVITATION.get(lang) }</button>
                        <button type="button" class="secondary" hidden={!props.folded}
                            onclick={props.on_show.reform(move |_: MouseEvent| !showing)}>
                            { if showing { ui::HIDE_INVITATION } else { ui::SHOW_INVITATION }.get(lang) }
                        </button>
                        <button type="button" class="secondary" onclick={props.on_change.reform(|_: MouseEvent| ())}>
                            { ui::CHANGE_INVITATION.get(lang) }
                        </button>
                    </div>
                    <CopyFeedbackLine {lang} feedback={props.feedback} />
                </div>
                <div class="qr-large" {hidden}><QrCode {lang} {url} /></div>
            </div>
        </>
    }
}
