//! NOW, DESIRED and the difference per dimension as a table: the chart's data for anyone who
//! cannot see the chart, and the print-out's reference.

use yew::prelude::*;

use crate::domain::instrument::{Answer, Lang};
use crate::domain::scoring::DimensionScore;
use crate::i18n::ui;

/// A scale position as a number, or "weet ik niet".
pub fn answer_text(lang: Lang, answer: Answer) -> String {
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
        Some(_) => "0".to_owned(),
        None => "\u{2013}".to_owned(),
    }
}

/// The name of the dimension with this id as displayed (with soft hyphens), "" for an id
/// outside 1-14.
pub fn dimension_name(id: u8, lang: Lang) -> String {
    crate::i18n::participant::dimension_name_by_id(lang, id)
}

#[derive(Properties, PartialEq)]
pub struct AnswersTableProps {
    pub lang: Lang,
    pub dimensions: Vec<DimensionScore>,
}

#[function_component(AnswersTable)]
pub fn answers_table(props: &AnswersTableProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="table-wrap">
            <table class="answers">
                <caption>{ ui::TABLE_CAPTION.get(lang) }</caption>
                <thead>
                    <tr>
                        { for [ui::PART, ui::NOW, ui::DESIRED, ui::DIFFERENCE].iter().map(|head| html! {
                            <th scope="col">{ head.get(lang) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.dimensions.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{ dimension_name(d.id, lang) }</th>
                            <td>{ answer_text(lang, d.now) }</td>
                            <td>{ answer_text(lang, d.desired) }</td>
                            <td>{ gap_text(d.gap) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
