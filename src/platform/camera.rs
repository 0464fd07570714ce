//! The facilitator's camera (issue 23): bindings to the camera module, `scripts/camera.js`,
//! which the page's loader loads only when the camera panel opens (docs/build.md). The module
//! holds what the facilitator's build would otherwise carry before anyone scans: the picture,
//! the frame loop, the browser's `BarcodeDetector` or the worker with the Rust QR decoder
//! (src/bin/qr_decoder.rs). Frames never leave it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// The camera module's exports (scripts/camera.js says what each does).
    type CameraModule;
    #[wasm_bindgen(method)]
    fn problem(this: &CameraModule) -> String;
    #[wasm_bindgen(method)]
    fn start(
        this: &CameraModule,
        video: &web_sys::Element,
        device: &str,
        on_frame: &js_sys::Function,
        on_end: &js_sys::Function,
    ) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn stop(this: &CameraModule);
    #[wasm_bindgen(method)]
    fn beep(this: &CameraModule);
}

/// The name under which the loader offers the camera module: a function that returns a
/// promise of it.
const CAMERA_LOADER: &str = "samenwerkingsscanCamera";

thread_local! {
    /// The camera module, once loaded.
    static MODULE: RefCell<Option<CameraModule>> = const { RefCell::new(None) };
}

/// The camera that started.
pub struct Started {
    /// The camera used.
    pub device: String,
    /// The cameras there are: (id, label).
    pub devices: Vec<(String, String)>,
    /// It faces the user, or does not say: the picture is mirrored, as people expect to see
    /// themselves.
    pub mirrored: bool,
}

/// A string property of a JS object; empty when it has none.
fn text(object: &JsValue, name: &str) -> String {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn started(value: &JsValue) -> Started {
    let devices = js_sys::Reflect::get(value, &"devices".into())
        .ok()
        .and_then(|d| d.dyn_into::<js_sys::Array>().ok())
        .map(|devices| {
            devices
                .iter()
                .map(|d| (text(&d, "id"), text(&d, "label")))
                .collect()
        })
        .unwrap_or_default();
    Started {
        device: text(value, "deviceId"),
        devices,
        mirrored: text(value, "facing") != "environment",
    }
}

/// What the camera module calls while a run reads: each frame's texts (one a line; empty for
/// none), and, once, the name of the error that ended the run by itself (the camera unplugged).
/// Neither is called after [`stop`], so both may be dropped then.
pub struct RunCallbacks {
    pub on_frame: Closure<dyn FnMut(String)>,
    pub on_end: Closure<dyn FnMut(String)>,
}

fn function(closure: &Closure<dyn FnMut(String)>) -> js_sys::Function {
    closure.as_ref().unchecked_ref::<js_sys::Function>().clone()
}

/// Loads the camera module (once) and starts the camera into `video`, reading codes from its
/// frames into `callbacks`. `done` gets the camera started, or the name of the error that kept
/// it off (`CameraOff::from_error_name`, as is `on_end`'s).
pub fn start(
    video: web_sys::Element,
    device: String,
    callbacks: &RunCallbacks,
    done: impl FnOnce(Result<Started, String>) + 'static,
) {
    let on_frame = function(&callbacks.on_frame);
    let on_end = function(&callbacks.on_end);
    with_module(move |module| {
        let Some(module) = module else {
            return done(Err("ModuleUnavailable".into()));
        };
        let problem = module.problem();
        if !problem.is_empty() {
            return done(Err(match problem.as_str() {
                "insecure" => "InsecureContext".into(),
                "blocked" => "Blocked".into(),
                _ => problem,
            }));
        }
        super::when_settled(
            &module.start(&video, &device, &on_frame, &on_end),
            move |result| {
                done(
                    result
                        .map(|value| started(&value))
                        .map_err(|error| text(&error, "name")),
                );
            },
        );
    });
}

/// The camera off: its tracks stopped (its light goes off) and no frame read any more.
pub fn stop() {
    MODULE.with(|m| {
        if let Some(module) = &*m.borrow() {
            module.stop();
        }
    });
}

/// The short sound for a code, where the facilitator asked for it.
pub fn beep() {
    MODULE.with(|m| {
        if let Some(module) = &*m.borrow() {
            module.beep();
        }
    });
}

/// Calls `then` with the camera module, loading it first if needed; `None` when it cannot be
/// loaded (offline before it was cached, or a page without it).
fn with_module(then: impl FnOnce(Option<&CameraModule>) + 'static) {
    if MODULE.with(|m| m.borrow().is_some()) {
        return MODULE.with(|m| then(m.borrow().as_ref()));
    }
    let Some(promise) = super::loader_promise(CAMERA_LOADER) else {
        return then(None);
    };
    super::when_settled(&promise, move |result| match result {
        Ok(module) => {
            MODULE.with(|m| *m.borrow_mut() = Some(module.unchecked_into()));
            MODULE.with(|m| then(m.borrow().as_ref()));
        }
        Err(_) => then(None),
    });
}
