//! One component per screen.

pub mod question;
pub mod results;
pub mod shared;
pub mod team;
pub mod welcome;
pub mod workshop;
