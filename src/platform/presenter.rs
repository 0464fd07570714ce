//! Presenter mode's browser services: the slide shown, kept per tab over a reload, and the
//! window's size. Every call that can throw is caught, as in the rest of `platform`.

/// The tab's sessionStorage key of the slide shown while presenting. Per tab, so another tab
/// of the workshop does not open on the slides; not in the facilitator's stored value.
const SLIDE_KEY: &str = "samenwerkingsscan.slide";

/// The slide kept in this tab's sessionStorage (see `slides::Slide::key`); `None` where there
/// is none or storage is blocked.
pub fn kept_slide() -> Option<String> {
    let storage = web_sys::window()?.session_storage().ok()??;
    storage.get_item(SLIDE_KEY).ok()?
}

/// Keeps `slide` in this tab's sessionStorage, or forgets it (`None`); silent where blocked.
pub fn keep_slide(slide: Option<&str>) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = match slide {
            Some(slide) => storage.set_item(SLIDE_KEY, slide),
            None => storage.remove_item(SLIDE_KEY),
        };
    }
}

/// The window's inner size in CSS pixels (1280x720 where the browser does not say).
pub fn window_size() -> (f64, f64) {
    let size = |w: &web_sys::Window| {
        let px = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
        Some((px(w.inner_width())?, px(w.inner_height())?))
    };
    web_sys::window()
        .as_ref()
        .and_then(size)
        .unwrap_or((1280.0, 720.0))
}

/// Calls `on_resize` with the window's size whenever it changes.
pub fn on_resize(on_resize: impl Fn((f64, f64)) + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "resize",
        move |_| on_resize(window_size()),
    ))
}
