//! The field for another team link (for example half a year earlier), and the movement from
//! that measurement to this one.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::agenda::median;
use crate::components::agreement::AgreementText;
use crate::components::continuum::Continuum;
use crate::domain::agreement::Agreements;
use crate::domain::instrument::{Lang, DIMENSIONS};
use crate::domain::link::{LinkError, SharedCounts};
use crate::domain::response::Horizon;
use crate::domain::team::GroupSummary;
use crate::hooks::use_focus_on_change;
use crate::i18n::broken_message;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct TeamCompareProps {
    pub lang: Lang,
    /// This measurement.
    pub this: GroupSummary,
    /// The other measurement, or why it could not be read; `None` before comparing.
    pub other: Option<Result<SharedCounts, LinkError>>,
    /// The field's text, as typed.
    pub text: AttrValue,
    pub on_input: Callback<String>,
    pub on_compare: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(TeamCompare)]
pub fn team_compare(props: &TeamCompareProps) -> Html {
    let lang = props.lang;
    let compare_button = use_node_ref();
    // Closing removes the button that closed it: the focus goes back to "compare".
    let open = props.other.is_some();
    use_focus_on_change(open, (!open).then(|| compare_button.clone()));
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let result = match &props.other {
        None => Html::default(),
        Some(Err(error)) => {
            let message = match error {
                LinkError::NotALink => ui::COMPARE_NOT_TEAM,
                other => broken_message(other),
            };
            html! { <p class="warning" role="alert">{ message.get(lang) }</p> }
        }
        Some(Ok(other)) => {
            let before = GroupSummary::from_counts(other.counts.team());
            html! {
                <>
                    { movement(lang, &before, &props.this) }
                    { earlier_agreements(lang, &other.agreements, &before, &props.this) }
                </>
            }
        }
    };
    html! {
        <section class="no-print-empty" aria-labelledby="compare-teams">
            <h2 id="compare-teams">{ ui::COMPARE_TEAMS_HEADING.get(lang) }</h2>
            <div class="field">
                <label for="compare-link">{ ui::COMPARE_TEAMS_LABEL.get(lang) }</label>
                <input id="compare-link" type="text" spellcheck="false" autocomplete="off"
                    value={props.text.clone()} {oninput} />
            </div>
            <div class="actions no-print">
                <button type="button" class="secondary" ref={compare_button}
                    onclick={props.on_compare.reform(|_: MouseEvent| ())}>{ ui::COMPARE_TEAMS.get(lang) }</button>
                if open {
                    <button type="button" class="secondary" onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { ui::CLOSE_COMPARE.get(lang) }
                    </button>
                }
            </div>
            { result }
        </section>
    }
}

/// A dimension's median (by index) from the other measurement to this one: "3 → 3,5".
fn median_change(
    lang: Lang,
    before: &GroupSummary,
    this: &GroupSummary,
    index: usize,
    horizon: Horizon,
) -> String {
    format!(
        "{} → {}",
        median(lang, before.dimensions[index].horizon(horizon)),
        median(lang, this.dimensions[index].horizon(horizon))
    )
}

/// Each agreement the other measurement carries, beside its dimension's medians then and now:
/// what a team agreed to work on, and whether the picture moved since.
fn earlier_agreements(
    lang: Lang,
    agreements: &Agreements,
    before: &GroupSummary,
    this: &GroupSummary,
) -> Html {
    let item = |d: &crate::domain::instrument::Dimension| {
        let i = d.index();
        let agreement = agreements.get(i).filter(|a| !a.is_empty())?;
        let change = |h: Horizon| median_change(lang, before, this, i, h);
        Some(html! {
            <li>
                <h4>{ d.name.get(lang) }</h4>
                <AgreementText {lang} agreement={agreement.clone()} label={ui::AGREED_THEN} />
                <p class="medians">
                    { format!("{}: {} {} · {} {}", ui::MEDIAN.get(lang), ui::NOW.get(lang),
                        change(Horizon::Now), ui::DESIRED.get(lang), change(Horizon::Desired)) }
                </p>
            </li>
        })
    };
    let items: Vec<Html> = DIMENSIONS.iter().filter_map(item).collect();
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class="earlier-agreements" aria-labelledby="earlier-agreements">
            <h3 id="earlier-agreements">{ ui::EARLIER_AGREEMENTS.get(lang) }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}

/// Both placements side by side and the medians per dimension, before → after.
fn movement(lang: Lang, before: &GroupSummary, this: &GroupSummary) -> Html {
    let side = |title: crate::i18n::Text, group: &GroupSummary| {
        html! {
            <section>
                <h3>{ title.get(lang) }</h3>
                <p>{ ui::participants(lang, group.participants) }</p>
                <Continuum {lang} now={group.now} desired={group.desired} />
            </section>
        }
    };
    let row = |d: &crate::domain::instrument::Dimension| {
        let i = d.index();
        html! {
            <tr>
                <th scope="row">{ d.name.get(lang) }</th>
                { for [Horizon::Now, Horizon::Desired].map(|h| html! {
                    <td>{ median_change(lang, before, this, i, h) }</td>
                }) }
            </tr>
        }
    };
    html! {
        <>
            <div class="compare-sides">
                { side(ui::OTHER_MEASUREMENT, before) }
                { side(ui::THIS_MEASUREMENT, this) }
            </div>
            <div class="table-wrap">
                <table class="answers movement">
                    <caption>{ ui::MOVEMENT_CAPTION.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ ui::PART.get(lang) }</th>
                            <th scope="col">{ ui::NOW.get(lang) }</th>
                            <th scope="col">{ ui::DESIRED.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for DIMENSIONS.iter().map(row) }</tbody>
                </table>
            </div>
        </>
    }
}
