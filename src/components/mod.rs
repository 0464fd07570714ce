//! The parts the screens are made of, one function component per file. Each takes typed props
//! (`XxxProps`) and reports what a person does through typed callbacks (`on_*`); none reads the
//! app's context, so each can be understood, and reused, on its own.

pub mod agenda;
pub mod agreement;
pub mod answers_table;
pub mod camera_panel;
pub mod collect_status;
pub mod confirm_button;
pub mod continuum;
pub mod copy_feedback;
pub mod gap_chart;
pub mod invitation;
pub mod invitation_form;
pub mod lang_switch;
pub mod link_field;
pub mod notice;
pub mod paste_outcome;
pub mod presenter;
pub mod qr_code;
pub mod results_body;
pub mod role_comparison;
pub mod scale;
pub mod share_panel;
pub mod strip_plot;
pub mod team_compare;
pub mod team_name;
pub mod team_share;
