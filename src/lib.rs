//! Samenwerkingsscan: a self-assessment of interprofessional collaboration on the 14 dimensions
//! of the schema "Vormen van interprofessionele samenwerking", running entirely in the browser.
//!
//! `domain` (the instrument, scoring, the link codec), `state` (screens and actions), `charts`
//! (the charts' geometry), `slides` (the presenter's slides and keys), `qr` and `i18n` are pure
//! Rust and tested natively. The UI (`app`, `pages`, `components`) and `platform` (the browser's
//! services) compile for the browser only.

pub mod charts;
pub mod domain;
pub mod embed;
pub mod i18n;
pub mod qr;
pub mod slides;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod platform;

#[cfg(target_arch = "wasm32")]
pub use app::{start, start_facilitator};
