//! localStorage: the participant's draft and the facilitator's value, each under its own key
//! (formats in `state::storage`). Every call that can throw is caught (storage throws inside
//! third-party iframes and in some private modes). web-sys, not `gloo::storage`: gloo's
//! `LocalStorage::raw()` panics where storage is blocked, and its get/set go through serde_json.
//!
//! The facilitator's value is shared by every tab of the same facilitator: a tab merges what
//! another wrote before it writes (see `state::sync`), and hears the other's writes through the
//! `storage` event.

use std::cell::RefCell;

use crate::state::facilitator::FacilitatorState;
use crate::state::storage::{
    backup_key, facilitator_to_storage, from_storage, read_facilitator, to_storage, STORAGE_KEY,
    WORKSHOP_STORAGE_KEY,
};
use crate::state::AppState;

/// Storage could not be used (blocked, missing or full).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageUnavailable;

fn storage() -> Result<web_sys::Storage, StorageUnavailable> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageUnavailable)
}

/// What was stored under a key.
pub enum Stored<T> {
    Nothing,
    Read(T),
    /// A value this version cannot read (damaged, or written by a newer version). It was
    /// copied under a backup key, so the next save cannot throw it away unseen.
    KeptUnreadable,
}

thread_local! {
    /// Keys holding an unreadable value that could not be copied aside: never written.
    static PROTECTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The facilitator's value as this tab last read or wrote it: when storage still holds it,
    /// no other tab wrote since, and there is nothing to merge.
    static LAST_FACILITATOR: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Copies `text`, stored under `key`, to its [`backup_key`]. Where there is no room for a copy,
/// the key is protected: nothing is written over it in this visit (the app works from memory
/// and says so).
fn keep_aside(storage: &web_sys::Storage, key: &str, text: &str) -> Result<(), StorageUnavailable> {
    let backup = backup_key(key, text, |k| storage.get_item(k).ok().flatten());
    if backup.is_some_and(|backup| storage.set_item(&backup, text).is_ok()) {
        return Ok(());
    }
    PROTECTED.with(|keys| keys.borrow_mut().push(key.to_owned()));
    Err(StorageUnavailable)
}

/// Reads `key` with `read`; an unreadable value is first copied to [`backup_key`]. Gives the
/// text read too, read once.
fn load<T>(
    key: &str,
    read: impl Fn(&str) -> Option<T>,
) -> Result<(Stored<T>, Option<String>), StorageUnavailable> {
    let storage = storage()?;
    let Some(text) = storage.get_item(key).map_err(|_| StorageUnavailable)? else {
        return Ok((Stored::Nothing, None));
    };
    if let Some(value) = read(&text) {
        return Ok((Stored::Read(value), Some(text)));
    }
    keep_aside(&storage, key, &text)?;
    Ok((Stored::KeptUnreadable, Some(text)))
}

/// Writes `value` under `key`, unless the key is protected (see [`keep_aside`]).
fn save(key: &str, value: &str) -> Result<(), StorageUnavailable> {
    if PROTECTED.with(|keys| keys.borrow().iter().any(|k| k == key)) {
        return Err(StorageUnavailable);
    }
    storage()?
        .set_item(key, value)
        .map_err(|_| StorageUnavailable)
}

/// The saved draft and where the participant was.
pub fn load_state() -> Result<Stored<AppState>, StorageUnavailable> {
    load(STORAGE_KEY, from_storage).map(|(stored, _)| stored)
}

pub fn save_state(state: &AppState) -> Result<(), StorageUnavailable> {
    save(STORAGE_KEY, &to_storage(state))
}

/// The facilitator's saved invitation, collected links and agreements. A value with a part
/// that could not be read (its `unread` says which) is first copied to [`backup_key`] whole,
/// before anything is written.
pub fn load_facilitator() -> Result<Stored<FacilitatorState>, StorageUnavailable> {
    let (stored, text) = load(WORKSHOP_STORAGE_KEY, read_facilitator)?;
    if let (Stored::Read(state), Some(text)) = (&stored, text) {
        if state.unread.any() {
            keep_aside(&storage()?, WORKSHOP_STORAGE_KEY, &text)?;
        }
        LAST_FACILITATOR.with(|last| *last.borrow_mut() = Some(text));
    }
    Ok(stored)
}

/// What [`save_facilitator`] did.
#[derive(Debug)]
pub enum Saved {
    Written,
    /// Another tab wrote something this state has not merged: nothing was written; merge this
    /// (the save that follows writes the merged state).
    MergeFirst(Box<FacilitatorState>),
}

/// Writes the facilitator's state, unless another tab wrote since this one last read or wrote
/// and this state lacks some of it: then that is given back to merge first. A value there that
/// this version cannot read (a newer version's, in another tab) is kept aside first.
pub fn save_facilitator(facilitator: &FacilitatorState) -> Result<Saved, StorageUnavailable> {
    let storage = storage()?;
    let current = storage
        .get_item(WORKSHOP_STORAGE_KEY)
        .map_err(|_| StorageUnavailable)?;
    let seen = LAST_FACILITATOR.with(|last| *last.borrow() == current);
    if let (false, Some(text)) = (seen, &current) {
        match read_facilitator(text) {
            Some(other) => {
                if facilitator.clone().merge(&other).synced() != facilitator.synced() {
                    return Ok(Saved::MergeFirst(Box::new(other)));
                }
            }
            None => keep_aside(&storage, WORKSHOP_STORAGE_KEY, text)?,
        }
    }
    let text = facilitator_to_storage(facilitator);
    save(WORKSHOP_STORAGE_KEY, &text)?;
    LAST_FACILITATOR.with(|last| *last.borrow_mut() = Some(text));
    Ok(Saved::Written)
}

/// Calls `on_change` with what another tab stored as the facilitator's value, when it is
/// readable. Dropping the returned listener removes it.
pub fn on_stored_facilitator(
    on_change: impl Fn(FacilitatorState) + 'static,
) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if event.key().as_deref() != Some(WORKSHOP_STORAGE_KEY) {
                return;
            }
            // Unreadable (a newer version's): the next save keeps it aside before writing.
            if let Some(other) = event.new_value().as_deref().and_then(read_facilitator) {
                on_change(other);
            }
        },
    ))
}

/// Milliseconds since 1970 by this device's clock (0 outside a browser).
pub fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}
