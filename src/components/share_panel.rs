//! The share panel under one's own result: the results link, copy with a visible
//! confirmation, the phone's share sheet where there is one, and a QR code.

use yew::prelude::*;

use crate::components::qr_code::qr_code;
use crate::domain::instrument::Lang;
use crate::i18n::{copy, ui};
use crate::platform;
use crate::state::{Action, CopyFeedback};

const LINK_FIELD_ID: &str = "result-link";

pub fn share_panel(
    lang: Lang,
    url: &str,
    feedback: Option<CopyFeedback>,
    ondispatch: &Callback<Action>,
) -> Html {
    let oncopy = {
        let url = url.to_owned();
        let dispatch = ondispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            platform::copy_text(url.clone(), LINK_FIELD_ID, move |ok| {
                dispatch.emit(Action::CopyResult(if ok {
                    CopyFeedback::Copied
                } else {
                    CopyFeedback::Failed
                }))
            });
        })
    };
    let share_button = platform::can_share().then(|| {
        let url = url.to_owned();
        let title = copy::WELCOME_TITLE.get(lang);
        html! {
            <button type="button" class="secondary" onclick={Callback::from(move |_| platform::share(title, &url))}>
                { ui::SHARE.get(lang) }
            </button>
        }
    });
    let feedback_text = match feedback {
        Some(CopyFeedback::Copied) => ui::COPIED.get(lang),
        Some(CopyFeedback::Failed) => ui::COPY_FAILED.get(lang),
        None => "",
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ ui::SHARE_HEADING.get(lang) }</h2>
            <p>{ ui::SHARE_INTRO.get(lang) }</p>
            <p class="privacy">{ ui::LINK_CONTAINS.get(lang) }</p>
            <div class="field">
                <label for={LINK_FIELD_ID}>{ ui::LINK_LABEL.get(lang) }</label>
                <input id={LINK_FIELD_ID} type="text" readonly=true value={url.to_owned()} spellcheck="false"
                    onfocus={Callback::from(|e: FocusEvent| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        input.select();
                    })} />
            </div>
            <div class="share-buttons no-print">
                <button type="button" class="primary" onclick={oncopy}>{ ui::COPY.get(lang) }</button>
                { share_button }
            </div>
            // Always in the page, so screen readers announce the text when it appears.
            <p class="copy-feedback" role="status">{ feedback_text }</p>
            { qr_code(lang, url) }
        </section>
    }
}
