//! Samenwerkingsscan: a self-assessment of interprofessional collaboration on the 14 dimensions
//! of the schema "Vormen van interprofessionele samenwerking", running entirely in the browser.
//!
//! Pure Rust, tested natively: `domain` (the instrument, scoring, the link codec; imports
//! nothing else of the crate), `state` (the participant's and the facilitator's state, their
//! reducers and stored formats), `charts` (the charts' geometry), `slides` (the presenter's
//! slides and keys), `embed` (a partner's options and messages), `qr`, `scan` (the QR decoder of the
//! facilitator's camera, in its own wasm) and `i18n`. For the
//! browser only: the UI (`app`, `pages`, `components`, `hooks`) and `platform` (the browser's
//! services).

pub mod charts;
pub mod domain;
pub mod embed;
pub mod i18n;
pub mod qr;
#[cfg(feature = "scan")]
pub mod scan;
pub mod slides;
pub mod state;

mod app;
pub mod components;
pub mod hooks;
mod pages;
mod platform;

pub use app::{start, start_facilitator};
