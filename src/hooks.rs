//! The app's own hooks.

use yew::prelude::*;

use crate::platform;

/// Moves the focus to `target` whenever `key` changes after the first render: for a part of a
/// screen that replaces the button that was pressed (a question, a form, a closed comparison),
/// so the focus never falls to the page's body. `None`: leave the focus where it is.
#[hook]
pub fn use_focus_on_change<T: PartialEq + 'static>(key: T, target: Option<NodeRef>) {
    let mounted = use_mut_ref(|| false);
    use_effect_with(key, move |_| {
        if std::mem::replace(&mut *mounted.borrow_mut(), true) {
            if let Some(target) = target {
                platform::focus(&target);
            }
        }
    });
}
