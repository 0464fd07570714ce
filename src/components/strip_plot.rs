//! A strip plot of one dimension's team answers: every answer an anonymous dot on the five
//! scale points, a row for NOW and one for DESIRED, and the median as a line. Drawn as SVG with
//! attributes only (a strict CSP holds), in tenths of a pixel so every coordinate is an integer.
//!
//! The dots of one scale point are one `<path>` of zero-length round-capped strokes: 500
//! participants make 14,000 dots, and one element per point keeps the page light.

use crate::domain::instrument::{Lang, SCALE_POINTS};
use crate::domain::team::{DimensionSummary, Distribution};
use crate::i18n::ui::{self, median_text};
use crate::markup::Markup;

/// The width of the label column and of one scale point's cell, in tenths of a pixel.
const LABEL: u32 = 700;
const CELL: u32 = 560;
/// The height of the scale row and of one horizon's row.
const SCALE_ROW: u32 = 200;
const ROW: u32 = 400;
/// The room for dots in a cell (the rest is margin), and the largest dot pitch.
const ROOM_X: u32 = 520;
const ROOM_Y: u32 = 360;
const MAX_PITCH: u32 = 100;

/// The x of the centre of scale point `point` (1-5).
fn centre(point: u32) -> u32 {
    LABEL + CELL * (point - 1) + CELL / 2
}

/// The largest dot pitch at which `n` dots fit in a cell's room (at the smallest pitch, 52 a
/// row and 36 rows: more than a team link can hold).
fn pitch(n: u32) -> u32 {
    let mut pitch = MAX_PITCH;
    while pitch > 10 && n.div_ceil(ROOM_X / pitch) * pitch > ROOM_Y {
        pitch -= 5;
    }
    pitch
}

/// The dots of `count` answers at `point`, stacked from the bottom of the row at `top`.
fn dots(m: &mut Markup, point: u32, count: u32, top: u32) {
    if count == 0 {
        return;
    }
    let pitch = pitch(count);
    let per_row = ROOM_X / pitch;
    m.tag("<path stroke-width=\"")
        .num(pitch * 4 / 5)
        .tag("\" d=\"");
    let bottom = top + ROW - (ROW - ROOM_Y) / 2 - pitch / 2;
    for i in 0..count {
        let (row, col) = (i / per_row, i % per_row);
        if col == 0 {
            // A row starts absolute, centred (the last, partial row too) ...
            let in_row = per_row.min(count - row * per_row);
            let x = centre(point) + pitch / 2 - in_row * pitch / 2;
            m.tag("M").num(x).tag(" ").num(bottom - row * pitch);
        } else {
            // ... and each next dot is a step to the right: a third of the text.
            m.tag("m").num(pitch).tag(" 0");
        }
        m.tag("h0");
    }
    m.tag("\"/>");
}

/// The accessible name of one row: "Nu: 1: 0, 2: 3, …, weet ik niet: 1. Mediaan 2,5".
fn row_label(m: &mut Markup, lang: Lang, horizon: &str, d: &Distribution) {
    m.text(horizon).tag(": ");
    for (i, &count) in d.counts.iter().enumerate() {
        m.num(i as u32 + 1).tag(" ×").num(count).tag(", ");
    }
    m.say(&ui::DONT_KNOW_LOWER, lang)
        .tag(" ×")
        .num(d.dont_know)
        .tag(". ");
    match d.median_halves() {
        Some(h) => m
            .say(&ui::MEDIAN, lang)
            .tag(" ")
            .text(&median_text(lang, h)),
        None => m.say(&ui::NO_MEDIAN, lang),
    };
    m.tag(". ");
}

pub fn strip_plot(m: &mut Markup, lang: Lang, dimension: &DimensionSummary) {
    let height = SCALE_ROW + 2 * ROW;
    m.tag("<svg class=\"strip\" role=\"img\" viewBox=\"0 0 3500 ")
        .num(height)
        .tag("\" aria-label=\"");
    row_label(m, lang, ui::NOW.get(lang), &dimension.now);
    row_label(m, lang, ui::DESIRED.get(lang), &dimension.desired);
    m.tag("\">");
    for point in 1..=u32::from(SCALE_POINTS) {
        m.tag("<text class=\"strip-point\" y=\"150\" x=\"")
            .num(centre(point))
            .tag("\">")
            .num(point)
            .tag("</text>");
    }
    for (row, (horizon, d)) in [(ui::NOW, &dimension.now), (ui::DESIRED, &dimension.desired)]
        .into_iter()
        .enumerate()
    {
        let top = SCALE_ROW + ROW * row as u32;
        m.tag(if row == 0 {
            "<g class=\"strip-row now\"><rect y=\""
        } else {
            "<g class=\"strip-row desired\"><rect y=\""
        })
        .num(top)
        .tag("\" x=\"")
        .num(LABEL)
        .tag("\" width=\"2800\" height=\"")
        .num(ROW)
        .tag("\"/><text class=\"strip-label\" x=\"0\" y=\"")
        .num(top + ROW / 2 + 50)
        .tag("\">")
        .say(&horizon, lang)
        .tag("</text>");
        // The median under the dots, so it never hides one.
        if let Some(h) = d.median_halves() {
            let x = centre(1) + CELL / 2 * (u32::from(h) - 2);
            m.tag("<line class=\"median\" y1=\"")
                .num(top + 10)
                .tag("\" y2=\"")
                .num(top + ROW - 10)
                .tag("\" x1=\"")
                .num(x)
                .tag("\" x2=\"")
                .num(x)
                .tag("\"/>");
        }
        for (i, &count) in d.counts.iter().enumerate() {
            dots(m, i as u32 + 1, count, top);
        }
        m.tag("</g>");
    }
    m.tag("</svg>");
}
