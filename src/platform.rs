//! The few browser services the app uses: localStorage, the address bar, the clipboard and
//! share sheet, focus, printing, and the messages to an embedding page. Every call that can
//! throw is caught: storage throws inside third-party iframes and in some private modes, and a
//! panic would kill the page.
//!
//! Storage is in [`storage`].

mod history;
pub use history::{current_step, mark_step, on_step_popped, push_step};

use crate::domain::instrument::Lang;
use crate::embed::Message;
use wasm_bindgen::JsCast;
use yew::NodeRef;

/// The facilitator's camera: bindings to the camera module the loader loads on demand.
pub mod camera;
/// Presenter mode: the slide kept per tab, the window's size (the "slides" part's).
pub mod presenter;
mod storage;
/// The screen kept on while the participant's code is shown (issue 23, the "phone" part's).
pub mod wake_lock;
pub use storage::{
    load_facilitator, load_state, now_ms, on_stored_facilitator, save_facilitator, save_state,
    Saved, StorageUnavailable, Stored,
};

pub fn set_document_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Moves the focus to the element behind `target` (a heading needs tabindex="-1"), if it is
/// in the page.
pub fn focus(target: &NodeRef) {
    if let Some(element) = target.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The focus to a new screen's main heading, scrolled to the top, so keyboard and
/// screen-reader users start reading where the screen starts.
pub fn focus_heading(heading: &NodeRef) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    focus(heading);
}

/// Runs `f` in a task of its own, after the current one (a zero-delay timeout).
pub fn next_task(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

/// `#app`: the element the app is mounted on, which holds index.html's static first screen
/// until then.
pub fn app_root() -> Option<web_sys::Element> {
    document().and_then(|d| d.get_element_by_id("app"))
}

/// Marks `#app` with `data-ready` once the app has rendered: tests and embedders wait for it
/// (index.html shows static text in `#app` before that).
pub fn mark_ready() {
    if let Some(root) = app_root() {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Takes `data-ready` off `#app` while the participant's build hands the page over to the
/// facilitator's (`pages::facilitator_loading`), which marks it again once it has rendered.
pub fn unmark_ready() {
    if let Some(root) = app_root() {
        let _ = root.remove_attribute("data-ready");
    }
}

/// Full screen for the element behind `target`, or back out of full screen. Where the browser
/// refuses (an iframe without allowfullscreen), nothing changes.
pub fn toggle_fullscreen(target: &NodeRef) {
    match document() {
        Some(d) if d.fullscreen_element().is_some() => d.exit_fullscreen(),
        _ => {
            if let Some(element) = target.cast::<web_sys::Element>() {
                let _ = element.request_fullscreen();
            }
        }
    }
}

pub fn exit_fullscreen() {
    if let Some(d) = document().filter(|d| d.fullscreen_element().is_some()) {
        d.exit_fullscreen();
    }
}

/// Calls `on_change` with whether something is full screen, whenever that changes.
pub fn on_fullscreen_change(
    on_change: impl Fn(bool) + 'static,
) -> Option<gloo::events::EventListener> {
    let document = document()?;
    let target = document.clone();
    Some(gloo::events::EventListener::new(
        &target,
        "fullscreenchange",
        move |_| on_change(document.fullscreen_element().is_some()),
    ))
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today's date in the reader's language, as a report is dated ("27 november 2026").
pub fn today(lang: Lang) -> String {
    let options = js_sys::Object::new();
    for (name, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    js_sys::Date::new_0()
        // British English writes the day first, as Dutch does: "27 November 2026".
        .to_locale_date_string(if lang == Lang::Nl { "nl-NL" } else { "en-GB" }, &options)
        .into()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The fragment of the page's URL, with its `#` ("" when there is none).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's URL without its fragment: the base of every results link.
pub fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// Repairs an address that a mail or chat program damaged (`%23` for `#`, punctuation stuck to
/// the end, `&amp;`; see `domain::repair`) and puts the repaired one in the address bar, without
/// reloading or adding a history entry. The link's CRC then decides whether it is intact.
pub fn repair_address_bar() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(repaired) = window
        .location()
        .href()
        .ok()
        .and_then(|href| crate::domain::repair::repair_address(&href))
    else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&repaired));
    }
}

/// This page's address with `fragment` after the `#`: a results, team or invitation link.
pub fn page_link(fragment: &str) -> String {
    let mut url = page_url();
    url.push('#');
    url.push_str(fragment);
    url
}

/// Removes the fragment from the address bar without reloading or adding a history entry, so
/// a reload after leaving a shared result does not open it again. The entry keeps its state
/// (a participant's step, `history`).
pub fn clear_hash() {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&page_url()));
        }
    }
}

/// Calls `on_change` with the new fragment whenever the address bar's fragment changes (a
/// link pasted into the same tab). Dropping the returned listener removes it.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "hashchange",
        move |_| {
            repair_address_bar();
            on_change(location_hash())
        },
    ))
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Copies `text` to the clipboard and reports whether it worked. Falls back to selecting the
/// text field `fallback` and `document.execCommand("copy")` where the Clipboard API is
/// missing (plain http, older browsers).
pub fn copy_text(text: String, fallback: NodeRef, done: impl FnOnce(bool) + 'static) {
    let clipboard = navigator()
        .map(|n| n.clipboard())
        .filter(|c| !c.is_undefined());
    match clipboard {
        Some(clipboard) => when_settled(&clipboard.write_text(&text), move |result| {
            done(result.is_ok() || copy_by_selection(&fallback));
        }),
        None => done(copy_by_selection(&fallback)),
    }
}

fn copy_by_selection(field: &NodeRef) -> bool {
    let Some(document) = document() else {
        return false;
    };
    let Some(input) = field.cast::<web_sys::HtmlInputElement>() else {
        return false;
    };
    input.select();
    document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Whether the browser offers its own share sheet (the Web Share API).
pub fn can_share() -> bool {
    navigator().is_some_and(|n| js_sys::Reflect::has(&n, &"share".into()).unwrap_or(false))
}

/// Opens the phone's share sheet with a title and a URL. A user who cancels it is not an error.
pub fn share(title: &str, url: &str) {
    let Some(navigator) = navigator() else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    if let Some(share) = method(&navigator, "share") {
        if let Ok(promise) = share.call1(&navigator, &data) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                // A cancelled share is not an error.
                ignore_rejection(&promise);
            }
        }
    }
}

/// The page's query string (the embed options), "" when there is none.
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The parent window when the app runs inside an iframe (embedded in a partner's page).
pub fn embedding_parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Posts `message` as `{source, version, type, ...its field}` to the embedding page at
/// `target_origin` (see `EmbedOptions::target_origin`, which decides where a message may go).
pub fn post_to_host(parent: &web_sys::Window, target_origin: &str, message: &Message) {
    use crate::embed::{MESSAGE_SOURCE, MESSAGE_VERSION};
    let object = js_sys::Object::new();
    let set = |name: &str, value: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&object, &name.into(), &value);
    };
    set("source", MESSAGE_SOURCE.into());
    set("version", MESSAGE_VERSION.into());
    set("type", message.kind().into());
    match message {
        Message::Resize { height } => set("height", (*height).into()),
        Message::Finished { link } => set("link", link.as_str().into()),
        Message::Ready => {}
    }
    let _ = parent.post_message(&object, target_origin);
}

/// Reports the page's height to the embedding page whenever it changes, so the iframe fits
/// its content (no inner scrollbar, nothing cut off). Keeps itself alive for the page's life.
pub fn report_height(parent: web_sys::Window, target_origin: String) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = root.clone();
    let last = std::cell::Cell::new(0);
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        // The content's own height: scrollHeight never drops below the iframe's height, so
        // the frame would grow but never shrink back.
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height != last.replace(height) {
            post_to_host(&parent, &target_origin, &Message::Resize { height });
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The body's size changes with the content; the root's with the viewport.
        if let Some(body) = document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    callback.forget();
}

/// Applies a partner's accent colour through the design tokens (CSSOM, which a strict
/// Content-Security-Policy allows, unlike a style attribute).
pub fn set_accent(colour: &str, text_on_colour: &str) {
    let root = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let style = root.style();
        let _ = style.set_property("--scan-accent", colour);
        let _ = style.set_property("--scan-accent-contrast", text_on_colour);
    }
}

/// Registers the service worker (offline use after the first visit). Not inside an iframe:
/// a partner's page should not get a worker of ours.
pub fn register_service_worker() {
    let Some(navigator) = navigator() else { return };
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    ignore_rejection(&navigator.service_worker().register("./sw.js"));
}

/// Handles a promise's rejection quietly, so it is not logged as an uncaught error. (The
/// handler is a few bytes kept for the page's life; this runs a handful of times at most.)
fn ignore_rejection(promise: &js_sys::Promise) {
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}

/// The name under which index.html's loader offers to load the facilitator's wasm: a function
/// that returns a promise of its bindings, instantiated and not yet started.
const FACILITATOR_LOADER: &str = "samenwerkingsscanFacilitator";

/// Loads the facilitator's wasm (docs/build.md) and calls `loaded` with its bindings,
/// or `failed` when it cannot be loaded (offline, a file missing, no loader on the page).
pub fn load_facilitator_wasm(
    loaded: impl FnOnce(wasm_bindgen::JsValue) + 'static,
    failed: impl FnOnce() + 'static,
) {
    match loader_promise(FACILITATOR_LOADER) {
        Some(promise) => when_settled(&promise, move |result| match result {
            Ok(bindings) => loaded(bindings),
            Err(_) => failed(),
        }),
        None => failed(),
    }
}

/// `object[name]` if it is a function.
/// (`Reflect.get` throws on `undefined` or `null`: `None` then too.)
fn method(object: &wasm_bindgen::JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(object, &name.into())
        .ok()?
        .dyn_into()
        .ok()
}

/// What the page's loader offers under `name` (scripts/loader.js): a function that returns a
/// promise, called; `None` on a page without it.
fn loader_promise(name: &str) -> Option<js_sys::Promise> {
    web_sys::window()
        .and_then(|w| method(&w, name))
        .and_then(|loader| loader.call0(&wasm_bindgen::JsValue::NULL).ok())
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
}

/// Calls `settled` once, with the value of `promise` or why it failed. Promise callbacks by
/// hand rather than futures: the async machinery costs the WebAssembly more than these two
/// closures.
fn when_settled(
    promise: &js_sys::Promise,
    settled: impl FnOnce(Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>) + 'static,
) {
    use wasm_bindgen::closure::Closure;
    // Shared by the two callbacks, of which the promise calls one.
    let settled = std::rc::Rc::new(std::cell::Cell::new(Some(settled)));
    let on_error = std::rc::Rc::clone(&settled);
    let resolved = Closure::once(move |value| {
        if let Some(settled) = settled.take() {
            settled(Ok(value));
        }
    });
    let rejected = Closure::once(move |error| {
        if let Some(settled) = on_error.take() {
            settled(Err(error));
        }
    });
    let _ = promise.then2(&resolved, &rejected);
    // Each runs at most once; the promise keeps them alive until then.
    resolved.forget();
    rejected.forget();
}

/// Starts the facilitator's app of `bindings` (from [`load_facilitator_wasm`]) with the
/// participant's state in its storage form, and the focus on its heading if `focus`.
pub fn start_loaded_facilitator(bindings: &wasm_bindgen::JsValue, state: &str, focus: bool) {
    if let Some(start) = method(bindings, "start") {
        let _ = start.call2(&wasm_bindgen::JsValue::NULL, &state.into(), &focus.into());
    }
}

/// Whether the focus is on `element` or inside it.
pub fn has_focus_within(element: &web_sys::Element) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|active| element.contains(Some(&active)))
}

/// Loads the page again.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
