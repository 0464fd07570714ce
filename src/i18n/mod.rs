//! User-facing text, Dutch first and English second.
//!
//! Every text is a [`Text`] holding both languages, so a missing translation is a compile
//! error. `copy` holds the prose of the screens, `ui` the short labels; texts with numbers in
//! them are functions.

pub mod copy;
pub mod ui;

pub use crate::domain::instrument::{Lang, Text};
