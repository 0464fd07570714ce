//! The Screen Wake Lock (`navigator.wakeLock.request('screen')`), where the browser has it: the
//! participant's screen stays on while they hold their code up to the facilitator's camera
//! (issue 23). Called through `Reflect`, since web-sys offers the API only behind its unstable
//! features. A browser without it, or one that refuses (battery saver, a hidden page), is not an
//! error: the screen then dims as it always did, and nothing is shown.
//!
//! The request's promise is kept, not its sentinel: letting go is a `then` on it, which also
//! lets go of a lock granted only after the step was left. One closure type for everything
//! (`FnMut(JsValue)`, as `ignore_rejection`'s), since each new one costs the wasm more.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::method;

/// The screen kept on while this lives: asked for at once, and asked for again each time the
/// page becomes visible (the browser lets the lock go whenever the page is hidden). Dropping it
/// lets the lock go.
pub struct ScreenOn {
    lock: Rc<Cell<Option<Promise>>>,
    _visible: Option<gloo::events::EventListener>,
}

/// Keeps the screen on until the returned value is dropped; see [`ScreenOn`].
pub fn keep_screen_on() -> ScreenOn {
    let lock = Rc::new(Cell::new(request()));
    let again = Rc::clone(&lock);
    let visible = web_sys::window()
        .and_then(|w| w.document())
        .map(|document| {
            let target = document.clone();
            gloo::events::EventListener::new(&target, "visibilitychange", move |_| {
                if !document.hidden() {
                    // The browser let the old lock go when the page was hidden.
                    release(again.replace(request()));
                }
            })
        });
    ScreenOn {
        lock,
        _visible: visible,
    }
}

impl Drop for ScreenOn {
    fn drop(&mut self) {
        release(self.lock.take());
    }
}

/// `navigator.wakeLock.request('screen')`, its refusal handled (it then gives `undefined`);
/// `None` where there is no such method or it threw.
fn request() -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    let promise = method(&wake_lock, "request")?
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into::<Promise>()
        .ok()?;
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let granted = promise.catch(&ignore);
    ignore.forget();
    Some(granted)
}

/// Lets go of the lock of `request`'s promise, once it is granted (`sentinel.release()`).
fn release(lock: Option<Promise>) {
    let Some(lock) = lock else { return };
    let release = Closure::<dyn FnMut(JsValue)>::new(|sentinel: JsValue| {
        if let Some(release) = method(&sentinel, "release") {
            let _ = release.call0(&sentinel);
        }
    });
    let _ = lock.then(&release);
    // Called at most once, a handful of times in a visit: a few bytes kept.
    release.forget();
}
