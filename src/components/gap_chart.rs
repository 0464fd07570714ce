//! NOW against DESIRED per dimension, drawn as SVG: one row per dimension with its name in
//! HTML (so it wraps at 360 px) and a small track from 1 to 5 with a filled dot for now and a
//! ring for desired. The answers table carries the same data for screen readers.

use yew::prelude::*;

use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::scoring::DimensionScore;
use crate::i18n::ui;

/// The x of a scale position on a track of 0..200 with 12 units of margin.
fn x_of(position: u8) -> u32 {
    12 + u32::from(position.saturating_sub(1)) * 44
}

pub fn gap_chart(lang: Lang, dimensions: &[DimensionScore]) -> Html {
    let rows = dimensions.iter().map(|d| {
        let name = DIMENSIONS[usize::from(d.id - 1)].name.get(lang);
        let now = d.now.position().map(|p| x_of(p.get()));
        let desired = d.desired.position().map(|p| x_of(p.get()));
        let ticks = (1..=5u8).map(|p| html! {
            <line class="tick" x1={x_of(p).to_string()} x2={x_of(p).to_string()} y1="6" y2="18" />
        });
        let link = match (now, desired) {
            (Some(a), Some(b)) if a != b => Some(html! {
                <line class="gap" x1={a.to_string()} x2={b.to_string()} y1="12" y2="12" />
            }),
            _ => None,
        };
        html! {
            <li>
                <span class="chart-label">{ format!("{}. {}", d.id, name) }</span>
                <svg viewBox="0 0 200 24" aria-hidden="true" focusable="false">
                    <line class="track" x1="12" x2="188" y1="12" y2="12" />
                    { for ticks }
                    { link }
                    { now.map(|x| html! { <circle class="now" cx={x.to_string()} cy="12" r="6" /> }) }
                    { desired.map(|x| html! { <circle class="desired" cx={x.to_string()} cy="12" r="7" /> }) }
                </svg>
            </li>
        }
    });
    html! {
        <div class="gap-chart" aria-hidden="true">
            <p class="legend">
                <span class="legend-now">{ ui::CHART_LEGEND_NOW.get(lang) }</span>
                <span class="legend-desired">{ ui::CHART_LEGEND_DESIRED.get(lang) }</span>
            </p>
            <ol>{ for rows }</ol>
        </div>
    }
}
