//! NOW against DESIRED per dimension: one row per dimension with its name in HTML (so it wraps
//! at 360 px) and a small track from 1 to 5 with a filled dot for now and a ring for desired
//! (geometry in `charts::gap_chart`). The answers table carries the same data for screen
//! readers, so the chart is hidden from them.

use yew::prelude::*;

use crate::charts::gap_chart::x_of;
use crate::components::answers_table::dimension_name;
use crate::domain::instrument::Lang;
use crate::domain::scoring::DimensionScore;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct GapChartProps {
    pub lang: Lang,
    pub dimensions: Vec<DimensionScore>,
}

#[function_component(GapChart)]
pub fn gap_chart(props: &GapChartProps) -> Html {
    let lang = props.lang;
    let row = |d: &DimensionScore| {
        let now = d.now.position().map(|p| x_of(p.get()));
        let desired = d.desired.position().map(|p| x_of(p.get()));
        let gap = now.zip(desired).map(|(a, b)| {
            html! { <line class="gap" y1="12" y2="12" x1={a.to_string()} x2={b.to_string()} /> }
        });
        html! {
            <li>
                <span class="chart-label">{ format!("{}. {}", d.id, dimension_name(d.id, lang)) }</span>
                <svg viewBox="0 0 200 24" focusable="false">
                    <line class="track" x1="12" x2="188" y1="12" y2="12" />
                    { for (1..=5u8).map(|p| {
                        let x = x_of(p).to_string();
                        html! { <line class="tick" y1="6" y2="18" x1={x.clone()} x2={x} /> }
                    }) }
                    { gap }
                    if let Some(x) = now { <circle class="now" cy="12" r="6" cx={x.to_string()} /> }
                    if let Some(x) = desired { <circle class="desired" cy="12" r="7" cx={x.to_string()} /> }
                </svg>
            </li>
        }
    };
    html! {
        <div class="gap-chart" aria-hidden="true">
            <p class="legend">
                <span class="legend-now">{ ui::CHART_LEGEND_NOW.get(lang) }</span>
                <span class="legend-desired">{ ui::CHART_LEGEND_DESIRED.get(lang) }</span>
            </p>
            <ol>{ for props.dimensions.iter().map(row) }</ol>
        </div>
    }
}
