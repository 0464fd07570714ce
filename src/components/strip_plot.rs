//! A strip plot of one dimension's team answers: every answer an anonymous dot on the five
//! scale points, a row for NOW and one for DESIRED, and the median as a line (geometry in
//! `charts::strip_plot`). Its accessible name says the counts and the median.

use yew::prelude::*;

use crate::charts::strip_plot::{
    centre, dot_width, dots_path, median_x, row_top, CELL, HEIGHT, LABEL, ROW, WIDTH,
};
use crate::domain::instrument::{Lang, SCALE_POINTS};
use crate::domain::team::{DimensionSummary, Distribution};
use crate::i18n::ui::{self, median_text};
use crate::i18n::Text;

/// The accessible name of one row: "Nu: 1 ×0, 2 ×3, …, weet ik niet ×1. mediaan 2,5. ".
fn row_label(lang: Lang, horizon: Text, d: &Distribution) -> String {
    let mut label = format!("{}: ", horizon.get(lang));
    for (i, count) in d.counts.iter().enumerate() {
        label.push_str(&format!("{} ×{count}, ", i + 1));
    }
    label.push_str(&format!(
        "{} ×{}. ",
        ui::DONT_KNOW_LOWER.get(lang),
        d.dont_know
    ));
    match d.median_halves() {
        Some(h) => label.push_str(&format!(
            "{} {}",
            ui::MEDIAN.get(lang),
            median_text(lang, h)
        )),
        None => label.push_str(ui::NO_MEDIAN.get(lang)),
    }
    label.push_str(". ");
    label
}

#[derive(Properties, PartialEq)]
pub struct StripPlotProps {
    pub lang: Lang,
    pub dimension: DimensionSummary,
}

#[function_component(StripPlot)]
pub fn strip_plot(props: &StripPlotProps) -> Html {
    let lang = props.lang;
    let d = &props.dimension;
    let label = row_label(lang, ui::NOW, &d.now) + &row_label(lang, ui::DESIRED, &d.desired);
    let row = |row: u32, class: &'static str, horizon: Text, dist: &Distribution| {
        let top = row_top(row);
        // The median under the dots, so it never hides one.
        let median = median_x(dist).map(|x| {
            html! {
                <line class="median" y1={(top + 10).to_string()} y2={(top + ROW - 10).to_string()}
                    x1={x.to_string()} x2={x.to_string()} />
            }
        });
        let dots = dist.counts.iter().enumerate().filter(|(_, &n)| n > 0).map(|(i, &count)| {
            html! {
                <path stroke-width={dot_width(count).to_string()} d={dots_path(i as u32 + 1, count, top)} />
            }
        });
        html! {
            <g class={classes!("strip-row", class)}>
                <rect y={top.to_string()} x={LABEL.to_string()} width={(CELL * 5).to_string()} height={ROW.to_string()} />
                <text class="strip-label" x="0" y={(top + ROW / 2 + 50).to_string()}>{ horizon.get(lang) }</text>
                { median }
                { for dots }
            </g>
        }
    };
    html! {
        <svg class="strip" role="img" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} aria-label={label}>
            { for (1..=u32::from(SCALE_POINTS)).map(|point| html! {
                <text class="strip-point" y="150" x={centre(point).to_string()}>{ point }</text>
            }) }
            { row(0, "now", ui::NOW, &d.now) }
            { row(1, "desired", ui::DESIRED, &d.desired) }
        </svg>
    }
}
