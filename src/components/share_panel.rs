//! The share panel under one's own result: the results link, copy with a visible confirmation,
//! the phone's share sheet where there is one, and a QR code. In a workshop it is the step of
//! sending the result to the facilitator: camera first (issue 23), so the code comes right under
//! the sentence that says to hold it up, drawn large, and the screen stays on while it is shown
//! ([`use_screen_on`]).

use yew::prelude::*;

use crate::components::copy_feedback::CopyFeedbackLine;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::platform;
use crate::platform::wake_lock;
use crate::state::CopyFeedback;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    pub url: AttrValue,
    /// In a workshop: the result goes to the facilitator.
    pub to_facilitator: bool,
    pub feedback: Option<CopyFeedback>,
    pub on_copied: Callback<CopyFeedback>,
    /// Opens the phone's share sheet.
    pub on_share: Callback<()>,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    // Where a result goes to the facilitator, the participant is told what they will see.
    let (heading, intro, privacy) = if props.to_facilitator {
        (ui::SEND_HEADING, ui::SEND_INTRO, ui::SEND_PRIVACY)
    } else {
        (ui::SHARE_HEADING, ui::SHARE_INTRO, ui::LINK_CONTAINS)
    };
    let on_copy = copy_callback(props.url.clone(), field.clone(), props.on_copied.clone());
    let code = html! { <QrCode {lang} url={props.url.clone()} /> };
    html! {
        <section class={if props.to_facilitator { "share send" } else { "share" }} aria-labelledby="share-heading">
            <h2 id="share-heading">{ heading.get(lang) }</h2>
            <p>{ intro.get(lang) }</p>
            // The facilitator's camera reads the code: it comes first, whole on a phone's screen.
            if props.to_facilitator { { code.clone() } }
            <p class="privacy">{ privacy.get(lang) }</p>
            <LinkField id="result-link" label={ui::LINK_LABEL.get(lang)} url={props.url.clone()} field_ref={field} />
            <div class="share-buttons no-print">
                <button type="button" class="primary" onclick={on_copy}>{ ui::COPY.get(lang) }</button>
                if platform::can_share() {
                    <button type="button" class="secondary" onclick={props.on_share.reform(|_: MouseEvent| ())}>
                        { ui::SHARE.get(lang) }
                    </button>
                }
            </div>
            // Right under the buttons, where the tap (and the focus) was: below the QR code it
            // appeared off-screen on a phone (issue 22).
            <CopyFeedbackLine {lang} feedback={props.feedback} />
            if !props.to_facilitator { { code } }
        </section>
    }
}

/// A copy button's click: copies `url`, falling back to selecting the text in `field`, and
/// reports the outcome.
pub fn copy_callback(
    url: AttrValue,
    field: NodeRef,
    on_copied: Callback<CopyFeedback>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let on_copied = on_copied.clone();
        platform::copy_text(url.to_string(), field.clone(), move |ok| {
            on_copied.emit(if ok {
                CopyFeedback::Copied
            } else {
                CopyFeedback::Failed
            })
        });
    })
}

/// While `shown` (the send step's code is on screen), the phone's screen stays on where the
/// browser can keep it on; let go when the step is left. `App` calls it, in the participant's
/// build only (`FacilitatorScreens::use_screen_on`): the facilitator's build, at its size
/// ceiling, leaves it out as it leaves out the history steps.
#[hook]
pub fn use_screen_on(shown: bool) {
    use_effect_with(shown, |&shown| {
        let screen_on = shown.then(wake_lock::keep_screen_on);
        move || drop(screen_on)
    });
}
