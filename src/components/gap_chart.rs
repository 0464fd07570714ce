//! NOW against DESIRED per dimension, drawn as SVG: one row per dimension with its name in
//! HTML (so it wraps at 360 px) and a small track from 1 to 5 with a filled dot for now and a
//! ring for desired. The answers table carries the same data for screen readers, so the chart
//! is hidden from them. Built as static markup (see `markup`).

use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::scoring::DimensionScore;
use crate::i18n::ui;
use crate::markup::Markup;

/// The x of a scale position on a track of 0..200 with 12 units of margin.
fn x_of(position: u8) -> u32 {
    12 + u32::from(position.saturating_sub(1)) * 44
}

pub fn gap_chart(m: &mut Markup, lang: Lang, dimensions: &[DimensionScore]) {
    m.tag("<div class=\"gap-chart\" aria-hidden=\"true\"><p class=\"legend\"><span class=\"legend-now\">")
        .say(&ui::CHART_LEGEND_NOW, lang)
        .tag("</span><span class=\"legend-desired\">")
        .say(&ui::CHART_LEGEND_DESIRED, lang)
        .tag("</span></p><ol>");
    for d in dimensions {
        let name = DIMENSIONS
            .get(usize::from(d.id).wrapping_sub(1))
            .map_or("", |d| d.name.get(lang));
        m.tag("<li><span class=\"chart-label\">")
            .num(u32::from(d.id))
            .tag(". ")
            .text(name)
            .tag("</span><svg viewBox=\"0 0 200 24\" focusable=\"false\"><line class=\"track\" x1=\"12\" x2=\"188\" y1=\"12\" y2=\"12\"/>");
        for p in 1..=5u8 {
            m.tag("<line class=\"tick\" y1=\"6\" y2=\"18\" x1=\"")
                .num(x_of(p))
                .tag("\" x2=\"")
                .num(x_of(p))
                .tag("\"/>");
        }
        let now = d.now.position().map(|p| x_of(p.get()));
        let desired = d.desired.position().map(|p| x_of(p.get()));
        if let (Some(a), Some(b)) = (now, desired) {
            m.tag("<line class=\"gap\" y1=\"12\" y2=\"12\" x1=\"")
                .num(a)
                .tag("\" x2=\"")
                .num(b)
                .tag("\"/>");
        }
        if let Some(x) = now {
            m.tag("<circle class=\"now\" cy=\"12\" r=\"6\" cx=\"")
                .num(x)
                .tag("\"/>");
        }
        if let Some(x) = desired {
            m.tag("<circle class=\"desired\" cy=\"12\" r=\"7\" cx=\"")
                .num(x)
                .tag("\"/>");
        }
        m.tag("</svg></li>");
    }
    m.tag("</ol></div>");
}
