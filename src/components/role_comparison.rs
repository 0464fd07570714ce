//! The role groups' placements and medians side by side, or why they are not shown (every
//! shown group must have at least 3 participants, so no one's answers can be singled out).

use yew::prelude::*;

use crate::components::agenda::median;
use crate::components::continuum::placement_text;
use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::response::Horizon;
use crate::domain::team::{ComparisonHidden, RoleComparison as Comparison};
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct RoleComparisonProps {
    pub lang: Lang,
    pub roles: Comparison,
}

#[function_component(RoleComparison)]
pub fn role_comparison(props: &RoleComparisonProps) -> Html {
    let lang = props.lang;
    let (groups, left_out) = match &props.roles {
        Comparison::Shown { groups, left_out } => (groups, left_out),
        Comparison::Hidden(why) => {
            let why = match why {
                ComparisonHidden::TooFewGroups => ui::ROLES_HIDDEN,
                ComparisonHidden::RestTooSmall => ui::ROLES_HIDDEN_REST_TOO_SMALL,
            };
            return html! {
                <section aria-labelledby="roles">
                    <h2 id="roles">{ ui::ROLES_HEADING.get(lang) }</h2>
                    <p>{ why.get(lang) }</p>
                </section>
            };
        }
    };
    let row = |d: &crate::domain::instrument::Dimension| {
        html! {
            <tr>
                <th scope="row">{ d.name.get(lang) }</th>
                { for groups.iter().flat_map(|(_, g)| [Horizon::Now, Horizon::Desired].map(|h| html! {
                    <td>{ median(lang, g.dimensions[d.index()].horizon(h)) }</td>
                })) }
            </tr>
        }
    };
    html! {
        <section aria-labelledby="roles">
            <h2 id="roles">{ ui::ROLES_HEADING.get(lang) }</h2>
            if *left_out > 0 { <p>{ ui::ROLES_LEFT_OUT_OR_JOINED.get(lang) }</p> }
            <ul>
                { for groups.iter().map(|(role, group)| html! {
                    <li>
                        <b>{ role.label().get(lang) }</b>
                        { format!(" ({}): {}; {}", ui::participants(lang, group.participants),
                            placement_text(lang, ui::NOW, group.now),
                            placement_text(lang, ui::DESIRED, group.desired)) }
                    </li>
                }) }
            </ul>
            <div class="table-wrap">
                <table class="answers">
                    <caption>{ ui::ROLES_HEADING.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ ui::PART.get(lang) }</th>
                            { for groups.iter().flat_map(|(role, _)| [ui::NOW, ui::DESIRED].map(|h| html! {
                                <th scope="col">{ format!("{}: {}", role.label().get(lang), h.get(lang)) }</th>
                            })) }
                        </tr>
                    </thead>
                    <tbody>{ for DIMENSIONS.iter().map(row) }</tbody>
                </table>
            </div>
        </section>
    }
}
