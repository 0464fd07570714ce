//! The QR decoder of the facilitator's camera, as its own wasm (docs/build.md): loaded only
//! when the camera panel opens on a browser whose `BarcodeDetector` cannot read QR codes, so
//! neither of the app's builds carries it. A wrapper of `samenwerkingsscan::scan` (quircs).
//!
//! The texts of the codes in a frame, joined by a line break, go the paste's way
//! (`Collected::add` reads links from any text).

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: WebAssembly in the browser runs this module on one thread only.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
mod api {
    use samenwerkingsscan::scan::{self, Region, Scanner};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::wasm_bindgen;

    thread_local! {
        // One decoder for every frame: its buffers are kept from one frame to the next.
        static SCANNER: RefCell<Scanner> = RefCell::new(Scanner::default());
    }

    fn texts(grey: &[u8], width: usize, height: usize) -> Option<String> {
        let texts = SCANNER.with(|s| s.borrow_mut().scan(grey, width, height));
        (!texts.is_empty()).then(|| texts.join("\n"))
    }

    /// The texts of the QR codes in a grey frame (`width * height` bytes), one a line, or
    /// undefined for none (or a frame of the wrong size).
    #[wasm_bindgen]
    pub fn decode(luma: &[u8], width: u32, height: u32) -> Option<String> {
        texts(luma, width as usize, height as usize)
    }

    /// The same for a canvas's `ImageData` bytes (RGBA). The camera's worker crops the centre
    /// square (where a phone is held up) before it draws the frame, so this reads all of it.
    #[wasm_bindgen]
    pub fn decode_rgba(rgba: &[u8], width: u32, height: u32) -> Option<String> {
        let (w, h) = (width as usize, height as usize);
        let grey = scan::luma(rgba, w, h, Region::all(w, h))?;
        texts(&grey, w, h)
    }
}

/// Nothing: the page calls `decode` or `decode_rgba` once the module is instantiated.
fn main() {}
