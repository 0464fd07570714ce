//! The geometry of the charts, as pure functions: where the continuum's markers go, where the
//! gap chart's dots go, and the strip plot's dots and median. The components in
//! `components/` draw these numbers as SVG with `html!`; everything that can be wrong about a
//! chart's shape is tested here, natively.
//!
//! SVG is drawn with attributes only (no style attributes), so a strict Content-Security-Policy
//! holds.

use crate::domain::instrument::SCALE_POINTS;
use crate::domain::scoring::Placement;
use crate::domain::team::Distribution;

/// The continuum bar: seven bands of 50 units, in a 350-unit-wide `viewBox`.
pub mod continuum {
    use super::Placement;

    pub const WIDTH: u32 = 350;
    pub const BAND: u32 = 50;
    /// How far a marker stays from the bar's ends, so it is drawn whole.
    const MARGIN: u32 = 8;

    /// The x of a placement's marker, `None` when too few were answered.
    pub fn marker_x(placement: Placement) -> Option<u32> {
        placement
            .intensity()
            .map(|i| i.scaled(WIDTH).clamp(MARGIN, WIDTH - MARGIN))
    }

    /// The left edge of band `model` (1-7).
    pub fn band_left(model: u32) -> u32 {
        (model.clamp(1, 7) - 1) * BAND
    }
}

/// The gap chart's track from 1 to 5 in a 200-unit-wide `viewBox`.
pub mod gap_chart {
    /// The x of a scale position (1-5) on the track, with 12 units of margin.
    pub fn x_of(position: u8) -> u32 {
        12 + u32::from(position.clamp(1, 5) - 1) * 44
    }
}

/// The strip plot of one dimension, in tenths of a pixel so every coordinate is an integer.
/// Every answer is an anonymous dot on its scale point; a row for NOW and one for DESIRED.
pub mod strip_plot {
    use super::{Distribution, SCALE_POINTS};

    /// The width of the label column and of one scale point's cell.
    pub const LABEL: u32 = 700;
    pub const CELL: u32 = 560;
    /// The height of the scale row and of one horizon's row.
    pub const SCALE_ROW: u32 = 200;
    pub const ROW: u32 = 400;
    pub const WIDTH: u32 = LABEL + CELL * SCALE_POINTS as u32;
    pub const HEIGHT: u32 = SCALE_ROW + 2 * ROW;
    /// The room for dots in a cell (the rest is margin), and the largest dot pitch.
    const ROOM_X: u32 = 520;
    const ROOM_Y: u32 = 360;
    const MAX_PITCH: u32 = 100;
    const MIN_PITCH: u32 = 10;

    /// The x of the centre of scale point `point` (1-5).
    pub fn centre(point: u32) -> u32 {
        LABEL + CELL * (point.clamp(1, 5) - 1) + CELL / 2
    }

    /// The top of row `row` (0: NOW, 1: DESIRED).
    pub fn row_top(row: u32) -> u32 {
        SCALE_ROW + ROW * row
    }

    /// The largest dot pitch at which `n` dots fit in a cell's room (at the smallest pitch,
    /// 52 a row and 36 rows: more than a team link can hold).
    pub fn pitch(n: u32) -> u32 {
        let mut pitch = MAX_PITCH;
        while pitch > MIN_PITCH && n.div_ceil(ROOM_X / pitch) * pitch > ROOM_Y {
            pitch -= 5;
        }
        pitch
    }

    /// The dots of `count` answers at `point` in the row at `top`: an SVG path of zero-length
    /// round-capped strokes (draw it with `stroke-width` = [`dot_width`]), stacked from the
    /// bottom, each row centred. Each next dot in a row is a relative step: 500 participants
    /// make 14,000 dots, and this keeps the page light. Empty for no answers.
    pub fn dots_path(point: u32, count: u32, top: u32) -> String {
        use std::fmt::Write;
        let mut path = String::new();
        if count == 0 {
            return path;
        }
        let pitch = pitch(count);
        let per_row = ROOM_X / pitch;
        let bottom = top + ROW - (ROW - ROOM_Y) / 2 - pitch / 2;
        for i in 0..count {
            let (row, col) = (i / per_row, i % per_row);
            if col == 0 {
                let in_row = per_row.min(count - row * per_row);
                let x = centre(point) + pitch / 2 - in_row * pitch / 2;
                let _ = write!(path, "M{x} {}", bottom - row * pitch);
            } else {
                let _ = write!(path, "m{pitch} 0");
            }
            path.push_str("h0");
        }
        path
    }

    /// The stroke width of the dots of `count` answers at one point.
    pub fn dot_width(count: u32) -> u32 {
        pitch(count) * 4 / 5
    }

    /// The x of the median line, `None` when nobody gave a position.
    pub fn median_x(distribution: &Distribution) -> Option<u32> {
        distribution
            .median_halves()
            .map(|halves| centre(1) + CELL / 2 * (u32::from(halves).clamp(2, 10) - 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::{Answer, Position};
    use crate::domain::scoring::place;

    /// The absolute points of a dots path (M starts a row, m steps right).
    fn points(path: &str) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut at = (0, 0);
        for part in path.split("h0").filter(|p| !p.is_empty()) {
            let (command, rest) = part.split_at(1);
            let mut numbers = rest.split(' ').map(|n| n.parse::<u32>().unwrap());
            let (x, y) = (numbers.next().unwrap(), numbers.next().unwrap());
            at = match command {
                "M" => (x, y),
                "m" => (at.0 + x, at.1 + y),
                other => panic!("unexpected command {other}"),
            };
            out.push(at);
        }
        out
    }

    #[test]
    fn continuum_markers_sit_in_the_band_of_their_model() {
        for now in 1..=5u8 {
            for answered in 7..=14usize {
                let mut answers = [Answer::DontKnow; 14];
                for a in answers.iter_mut().take(answered) {
                    *a = Answer::Position(Position::new(now).unwrap());
                }
                let placement = place(&answers);
                let x = continuum::marker_x(placement).expect("placed");
                let model = placement.model().unwrap();
                let left = continuum::band_left(u32::from(model));
                // On the band's edges a marker may touch the next band; never further.
                assert!(
                    (left.saturating_sub(1)..=left + continuum::BAND).contains(&x)
                        || x == 8
                        || x == 342,
                    "model {model}, x {x}"
                );
                assert!((8..=342).contains(&x));
            }
        }
        let too_few = place(&[Answer::DontKnow; 14]);
        assert_eq!(continuum::marker_x(too_few), None);
    }

    #[test]
    fn gap_chart_positions_span_the_track() {
        assert_eq!(gap_chart::x_of(1), 12);
        assert_eq!(gap_chart::x_of(3), 100);
        assert_eq!(gap_chart::x_of(5), 188);
        assert_eq!(
            gap_chart::x_of(0),
            12,
            "out of range is clamped, never a panic"
        );
        assert_eq!(gap_chart::x_of(9), 188);
    }

    #[test]
    fn strip_plot_draws_every_answer_once_inside_its_cell() {
        for count in [1u32, 2, 5, 6, 7, 20, 53, 120, 500, 600] {
            for point in 1..=5 {
                let top = strip_plot::row_top(1);
                let dots = points(&strip_plot::dots_path(point, count, top));
                assert_eq!(dots.len() as u32, count, "{count} at {point}");
                let pitch = strip_plot::pitch(count);
                let (centre, cell) = (strip_plot::centre(point), strip_plot::CELL);
                for &(x, y) in &dots {
                    assert!(x + cell / 2 > centre && x < centre + cell / 2, "x {x}");
                    assert!(y > top && y < top + strip_plot::ROW, "y {y}");
                }
                // No two dots on one spot.
                let mut sorted = dots.clone();
                sorted.sort_unstable();
                sorted.dedup();
                assert_eq!(sorted.len(), dots.len(), "{count} dots overlap");
                assert!(strip_plot::dot_width(count) < pitch.max(1) + 1);
            }
        }
        assert_eq!(strip_plot::dots_path(3, 0, 200), "");
    }

    #[test]
    fn strip_plot_golden_three_dots() {
        // Three answers at point 2 in the NOW row: pitch 100, one centred row.
        assert_eq!(
            strip_plot::dots_path(2, 3, strip_plot::row_top(0)),
            "M1440 530h0m100 0h0m100 0h0"
        );
        assert_eq!(strip_plot::dot_width(3), 80);
    }

    #[test]
    fn strip_plot_median_line_sits_on_the_median() {
        let mut d = Distribution::default();
        assert_eq!(strip_plot::median_x(&d), None);
        d.add(Answer::Position(Position::new(2).unwrap()));
        assert_eq!(strip_plot::median_x(&d), Some(strip_plot::centre(2)));
        d.add(Answer::Position(Position::new(3).unwrap()));
        // 2.5: halfway between the centres of 2 and 3.
        assert_eq!(
            strip_plot::median_x(&d),
            Some((strip_plot::centre(2) + strip_plot::centre(3)) / 2)
        );
    }
}
