//! The screens, one function component per file. A screen reads the app's state and dispatches
//! its actions through the context (`app::use_app`); the parts it is made of get props.

pub mod broken;
pub mod compare;
pub mod facilitator_loading;
pub mod join;
pub mod leave_buttons;
pub mod question;
pub mod results;
pub mod shared;
pub mod team;
pub mod team_view;
pub mod welcome;
pub mod workshop;
