//! Mounts the app; everything else is in the library so tests can use it.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: WebAssembly in the browser runs this app on one thread only.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    samenwerkingsscan::start();
}
