//! The few browser services the app uses: localStorage, the document's language, focus,
//! scrolling and printing. Every call that can throw is caught: storage throws inside
//! third-party iframes and in some private modes, and a panic would kill the page.

use crate::components::scale::input_name;
use crate::domain::instrument::{Answer, Lang};
use crate::domain::response::Horizon;
use crate::embed::Message;
use crate::markup::Markup;
use crate::state::{
    from_storage, to_storage, AppState, Facilitator, STORAGE_KEY, WORKSHOP_STORAGE_KEY,
};
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

/// The facilitator's saved workshop; the default when there is none or storage is blocked
/// (saving then fails, and the app says so once).
pub fn load_facilitator() -> Facilitator {
    storage()
        .ok()
        .and_then(|s| s.get_item(WORKSHOP_STORAGE_KEY).ok().flatten())
        .map(|text| Facilitator::from_storage(&text))
        .unwrap_or_default()
}

pub fn save_facilitator(facilitator: &Facilitator) -> Result<(), StorageUnavailable> {
    storage()?
        .set_item(WORKSHOP_STORAGE_KEY, &facilitator.to_storage())
        .map_err(|_| StorageUnavailable)
}

/// The `value` of the element with this id (a text field, text area or select).
pub fn field_value(id: &str) -> Option<String> {
    let element = document()?.get_element_by_id(id)?;
    js_sys::Reflect::get(&element, &"value".into())
        .ok()?
        .as_string()
}

pub fn clear_field(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = js_sys::Reflect::set(&element, &"value".into(), &"".into());
    }
}

/// The values of the checked boxes named `name`.
pub fn checked_values(name: &str) -> Vec<String> {
    let mut selector = Markup::new();
    selector.tag("input[name=\"").text(name).tag("\"]:checked");
    let Some(list) = document().and_then(|d| d.query_selector_all(selector.as_str()).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| {
            js_sys::Reflect::get(&node, &"value".into())
                .ok()?
                .as_string()
        })
        .collect()
}

/// The id of the element an event happened on (for a submit: the form).
pub fn target_id(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.id())
        .unwrap_or_default()
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
    focus("h1");
}

/// Focuses the first element matching `selector`, if there is one. Parts built as markup are
/// replaced when they change, and the focus with them: this puts it back where it belongs.
pub fn focus(selector: &str) {
    let element = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Nothing has the focus (it was on an element that a re-render replaced).
pub fn focus_lost() -> bool {
    let Some(document) = document() else {
        return false;
    };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    }
}

/// Runs `f` in a task of its own, after the current one (a zero-delay timeout).
pub fn next_task(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}

/// Marks `#app` with `data-ready` once the app has rendered: tests and embedders wait for it
/// (index.html shows static text in `#app` before that).
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.get_element_by_id("app")) {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// The `data-action` of the button an event happened in, if any (see `state::command`).
pub fn action_name(event: &web_sys::Event) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-action]")
        .ok()??
        .get_attribute("data-action")
}

/// The id and value of the text field or select an event happened in.
pub fn field_of(event: &web_sys::Event) -> Option<(String, String)> {
    let target = event.target()?;
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some((select.id(), select.value()));
    }
    let input = target.dyn_ref::<web_sys::HtmlInputElement>()?;
    Some((input.id(), input.value()))
}

/// Puts the saved team name and role group (id, 0 = none) into the start form.
pub fn fill_start_form(team_name: &str, role: u8) {
    let Some(document) = document() else { return };
    let field = |id| document.get_element_by_id(id);
    if let Some(input) =
        field("team-name").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        if input.value() != team_name {
            input.set_value(team_name);
        }
    }
    if let Some(select) =
        field("role").and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(&role.to_string());
    }
}

/// The name and value of the input an event happened in, if it is an input.
pub fn input_of(event: &web_sys::Event) -> Option<(String, String)> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    Some((input.name(), input.value()))
}

/// Checks the radio of `answer` in the scale of dimension `index` for `horizon`, or clears
/// the scale when there is no answer yet.
pub fn show_answer(index: usize, horizon: Horizon, answer: Option<Answer>) {
    let mut selector = Markup::new();
    selector.tag("input[name=\"");
    input_name(&mut selector, horizon, (index + 1) as u8);
    selector.tag("\"]");
    let Some(inputs) = document().and_then(|d| d.query_selector_all(selector.as_str()).ok()) else {
        return;
    };
    let code = answer.map(|a| a.code().to_string());
    for i in 0..inputs.length() {
        if let Some(input) = inputs
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_checked(code.as_deref() == Some(input.value().as_str()));
        }
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

/// Removes the fragment from the address bar without reloading or adding a history entry, so
/// a reload after leaving a shared result does not open it again.
pub fn clear_hash() {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_url()));
        }
    }
}

/// Calls `on_change` with the new fragment whenever the address bar's fragment changes (a
/// link pasted into the same tab). Dropping the returned guard removes the listener.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<HashListener> {
    let window = web_sys::window()?;
    let closure =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || on_change(location_hash()));
    window
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(HashListener { closure })
}

pub struct HashListener {
    closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Copies `text` to the clipboard and reports whether it worked. Falls back to selecting the
/// text field `fallback_id` and `document.execCommand("copy")` where the Clipboard API is
/// missing (plain http, older browsers).
pub fn copy_text(text: String, fallback_id: &'static str, done: impl FnOnce(bool) + 'static) {
    let clipboard = navigator()
        .map(|n| n.clipboard())
        .filter(|c| !c.is_undefined());
    match clipboard {
        Some(clipboard) => {
            // Promise callbacks by hand rather than futures: the async machinery costs the
            // WebAssembly more than these two closures.
            let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
            let finish = move |ok: bool| {
                if let Some(done) = done.take() {
                    done(ok || copy_by_selection(fallback_id));
                }
            };
            let on_error = finish.clone();
            let resolved =
                wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| finish(true));
            let rejected = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
                on_error(false)
            });
            let _ = clipboard.write_text(&text).then2(&resolved, &rejected);
            // Each runs at most once; the promise keeps them alive until then.
            resolved.forget();
            rejected.forget();
        }
        None => done(copy_by_selection(fallback_id)),
    }
}

fn copy_by_selection(id: &str) -> bool {
    let Some(document) = document() else {
        return false;
    };
    let input = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(input) = input else { return false };
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
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
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
