//! The participant's steps as the browser's history entries (issue 22): each question is an
//! entry, so the phone's Back goes to the previous question without a page load. An entry's
//! state is its step number (`Screen::step`); its URL is the page's without a fragment, so the
//! entries before it keep the links in theirs (an invitation, a shared result).

use wasm_bindgen::JsValue;

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// The step number the current entry holds, if it holds a number (validate it with
/// `Screen::from_step`).
pub fn current_step() -> Option<f64> {
    history()?.state().ok()?.as_f64()
}

/// A new entry for `step`, after the current one.
pub fn push_step(step: u8) {
    if let Some(history) = history() {
        let url = super::page_url();
        let _ = history.push_state_with_url(&JsValue::from(step), "", Some(&url));
    }
}

/// Marks the current entry, URL unchanged, as `step` (the screen a visit opens on).
pub fn mark_step(step: u8) {
    if let Some(history) = history() {
        let _ = history.replace_state(&JsValue::from(step), "");
    }
}

/// Calls `on_pop` with the step of the entry the reader went back or forward to. Dropping the
/// returned listener removes it.
pub fn on_step_popped(
    on_pop: impl Fn(Option<f64>) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "popstate",
        move |_| on_pop(current_step()),
    ))
}
