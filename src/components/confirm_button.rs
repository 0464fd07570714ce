//! A button for something that erases, which asks first: "Erase …?" with "yes" and "no, go
//! back". Opening the question puts the focus on "no" (the safe answer); going back puts it on
//! the button that asked.

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::hooks::use_focus_on_change;
use crate::i18n::{ui, Text};

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub lang: Lang,
    /// The button's label.
    pub label: Text,
    /// The question it asks.
    pub question: Text,
    /// Whether the question is open (kept in the app's state).
    pub open: bool,
    pub on_ask: Callback<()>,
    pub on_yes: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[function_component(ConfirmButton)]
pub fn confirm_button(props: &ConfirmButtonProps) -> Html {
    let opener = use_node_ref();
    let no = use_node_ref();
    let target = if props.open {
        no.clone()
    } else {
        opener.clone()
    };
    use_focus_on_change(props.open, Some(target));
    let lang = props.lang;
    if props.open {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text">{ props.question.get(lang) }</p>
                <button type="button" class="danger" onclick={props.on_yes.reform(|_: MouseEvent| ())}>
                    { ui::CONFIRM_YES.get(lang) }
                </button>
                <button type="button" class="secondary" ref={no} onclick={props.on_cancel.reform(|_: MouseEvent| ())}>
                    { ui::CONFIRM_NO.get(lang) }
                </button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="secondary" ref={opener} onclick={props.on_ask.reform(|_: MouseEvent| ())}>
                { props.label.get(lang) }
            </button>
        }
    }
}
