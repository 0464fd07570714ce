//! The few browser services the app uses: localStorage, the document's language, focus,
//! scrolling and printing. Every call that can throw is caught: storage throws inside
//! third-party iframes and in some private modes, and a panic would kill the page.

use crate::domain::instrument::Lang;
use crate::state::{from_storage, to_storage, AppState, STORAGE_KEY};
use wasm_bindgen::JsCast;

/// Storage could not be used (blocked, missing or full).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageUnavailable;

fn storage() -> Result<web_sys::Storage, StorageUnavailable> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageUnavailable)
}

/// The saved state, `Ok(None)` when nothing (readable) is saved.
pub fn load_state() -> Result<Option<AppState>, StorageUnavailable> {
    let text = storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| StorageUnavailable)?;
    Ok(text.as_deref().and_then(from_storage))
}

pub fn save_state(state: &AppState) -> Result<(), StorageUnavailable> {
    storage()?
        .set_item(STORAGE_KEY, &to_storage(state))
        .map_err(|_| StorageUnavailable)
}

pub fn set_document_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Moves focus to the new screen's main heading (which has tabindex="-1") and scrolls to the
/// top, so keyboard and screen-reader users start reading where the screen starts.
pub fn focus_heading() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    let heading = document()
        .and_then(|d| d.query_selector("h1").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

/// Marks `#app` with `data-ready` once the app has rendered: tests and embedders wait for it
/// (index.html shows static text in `#app` before that).
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.get_element_by_id("app")) {
        let _ = root.set_attribute("data-ready", "");
    }
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
