//! The way out of someone else's link: "do the scan yourself" (or "start the scan"), and "go to
//! my own result" when the reader has answers of their own.

use yew::prelude::*;

use crate::app::use_app;
use crate::i18n::ui;
use crate::state::{Action, Screen};

#[function_component(LeaveButtons)]
pub fn leave_buttons() -> Html {
    let app = use_app();
    let lang = app.state.lang;
    let scan_yourself = app.callback(|_: MouseEvent| Action::CloseLink(Screen::Welcome));
    if app.state.draft.is_empty() {
        html! {
            <button type="button" class="primary" onclick={scan_yourself}>{ ui::DO_SCAN_YOURSELF.get(lang) }</button>
        }
    } else {
        html! {
            <>
                <button type="button" class="primary" onclick={scan_yourself}>{ ui::START_FRESH.get(lang) }</button>
                <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::CloseLink(Screen::Results))}>
                    { ui::TO_OWN_RESULT.get(lang) }
                </button>
            </>
        }
    }
}
