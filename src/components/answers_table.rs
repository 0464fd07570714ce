//! NOW, DESIRED and the difference per dimension as a table: the chart's data for anyone
//! who cannot see the chart, and the print-out's reference.

use yew::prelude::*;

use crate::domain::instrument::{Answer, Lang, DIMENSIONS};
use crate::domain::scoring::DimensionScore;
use crate::i18n::ui;

fn answer_text(lang: Lang, answer: Answer) -> String {
    match answer.position() {
        Some(p) => p.get().to_string(),
        None => ui::DONT_KNOW_LOWER.get(lang).to_owned(),
    }
}

/// "+2", "−1" (a real minus sign), "0", or a dash when a side is missing.
pub fn gap_text(gap: Option<i8>) -> String {
    match gap {
        Some(g) if g > 0 => format!("+{g}"),
        Some(g) if g < 0 => format!("\u{2212}{}", g.unsigned_abs()),
        Some(_) => "0".into(),
        None => "\u{2013}".into(),
    }
}

pub fn answers_table(lang: Lang, dimensions: &[DimensionScore]) -> Html {
    let rows = dimensions.iter().map(|d| {
        html! {
            <tr>
                <th scope="row">{ DIMENSIONS[usize::from(d.id - 1)].name.get(lang) }</th>
                <td>{ answer_text(lang, d.now) }</td>
                <td>{ answer_text(lang, d.desired) }</td>
                <td>{ gap_text(d.gap) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="answers">
                <caption>{ ui::TABLE_CAPTION.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ ui::PART.get(lang) }</th>
                        <th scope="col">{ ui::NOW.get(lang) }</th>
                        <th scope="col">{ ui::DESIRED.get(lang) }</th>
                        <th scope="col">{ ui::DIFFERENCE.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
