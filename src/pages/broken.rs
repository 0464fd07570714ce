//! A link that could not be read: why, in the reader's words, and that their own answers are
//! safe.

use yew::prelude::*;

use crate::app::use_app;
use crate::domain::link::LinkError;
use crate::i18n::{broken_message, ui};
use crate::pages::leave_buttons::LeaveButtons;

#[derive(Properties, PartialEq)]
pub struct BrokenPageProps {
    pub error: LinkError,
}

#[function_component(BrokenPage)]
pub fn broken_page(props: &BrokenPageProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    html! {
        <section class="broken-link">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::BROKEN_TITLE.get(lang) }</h1>
            <p class="warning" role="alert">{ broken_message(&props.error).get(lang) }</p>
            <p>{ ui::BROKEN_DRAFT_SAFE.get(lang) }</p>
            <div class="actions"><LeaveButtons /></div>
        </section>
    }
}
