//! A dismissible message, announced politely to screen readers.

use yew::prelude::*;

pub fn notice(text: &'static str, dismiss: &'static str, ondismiss: Callback<MouseEvent>) -> Html {
    html! {
        <div class="notice no-print" role="status">
            <p>{ text }</p>
            <button type="button" class="secondary" onclick={ondismiss}>{ dismiss }</button>
        </div>
    }
}
