//! The confirmation under a copy button: always in the page, so screen readers announce it
//! when its text appears.

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::state::CopyFeedback;

#[derive(Properties, PartialEq)]
pub struct CopyFeedbackLineProps {
    pub lang: Lang,
    pub feedback: Option<CopyFeedback>,
}

#[function_component(CopyFeedbackLine)]
pub fn copy_feedback_line(props: &CopyFeedbackLineProps) -> Html {
    let text = match props.feedback {
        Some(CopyFeedback::Copied) => ui::COPIED.get(props.lang),
        Some(CopyFeedback::Failed) => ui::COPY_FAILED.get(props.lang),
        None => "",
    };
    html! { <p class="copy-feedback" role="status">{ text }</p> }
}
