//! The pure domain: the instrument, scoring, team summaries and the share-link codec.
//!
//! Nothing in here may import yew, web-sys, gloo, storage or a clock: it is tested natively
//! with `cargo test` and is the contract every screen builds on.

pub mod agreement;
pub mod collect;
pub mod counts;
pub mod csv;
pub mod instrument;
pub mod link;
pub mod reflection;
pub mod repair;
pub mod response;
pub mod scoring;
pub mod team;
pub mod text;
