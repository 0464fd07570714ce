//! Reusable pieces of the screens, one component per file.

pub mod answers_table;
pub mod continuum;
pub mod gap_chart;
pub mod lang_switch;
pub mod notice;
pub mod qr_code;
pub mod scale;
pub mod share_panel;
pub mod strip_plot;
pub mod team_name;
