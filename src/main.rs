//! Mounts the app; everything else is in the library so tests can use it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    samenwerkingsscan::start();
}
