//! The facilitator's build of the app: every screen, including the workshop and a team link's
//! page, which the participant's build (src/main.rs) leaves out (docs/build.md).
//! index.html's loader starts it on a team link; otherwise the participant's app loads it when
//! one of those screens is needed and hands the page over with its state.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: WebAssembly in the browser runs this app on one thread only.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Mounts the facilitator's app. `handed_over`: the participant's state in its storage form
/// when its app hands the page over, and `focus`: whether the focus was in it (both undefined
/// when the loader starts this one on a team link).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(handed_over: Option<String>, focus: Option<bool>) {
    samenwerkingsscan::start_facilitator(handed_over, focus.unwrap_or(false));
}

/// Nothing: the loader calls `start` once the wasm is instantiated.
fn main() {}
