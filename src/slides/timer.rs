//! The optional countdown per slide.

/// The minutes a facilitator may give each slide; 0 is off.
pub const MINUTES: [u32; 6] = [0, 1, 2, 3, 5, 10];

/// The minutes chosen in the select; anything not offered is off.
pub fn minutes(value: &str) -> u32 {
    value
        .parse()
        .ok()
        .filter(|m| MINUTES.contains(m))
        .unwrap_or(0)
}

/// The seconds a countdown shows on `slide` with `minutes` chosen, given the last tick
/// `(slide, minutes, seconds left)`: a tick counted for another slide or another choice is
/// old, and the new countdown shows its full time until its own first tick.
pub fn seconds_left(tick: (usize, u32, u32), slide: usize, minutes: u32) -> u32 {
    match tick {
        (s, m, seconds) if (s, m) == (slide, minutes) => seconds,
        _ => minutes.saturating_mul(60),
    }
}

/// The countdown as mm:ss.
pub fn countdown(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}
