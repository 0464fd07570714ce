//! A dismissible message, announced politely to screen readers.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub text: AttrValue,
    /// The label of the button that closes it.
    pub dismiss: AttrValue,
    pub on_dismiss: Callback<()>,
}

#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice no-print" role="status">
            <p>{ &props.text }</p>
            <button type="button" class="secondary" {onclick}>{ &props.dismiss }</button>
        </div>
    }
}
