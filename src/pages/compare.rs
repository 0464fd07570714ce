//! Someone's result from a link beside the reader's own: both placements and a table of both
//! sets of answers.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::answers_table::answer_text;
use crate::components::continuum::Continuum;
use crate::components::team_name::TeamNameLine;
use crate::domain::instrument::DIMENSIONS;
use crate::domain::link::SharedResponse;
use crate::domain::scoring::score;
use crate::i18n::ui;
use crate::pages::leave_buttons::LeaveButtons;
use crate::platform;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub shared: SharedResponse,
}

#[function_component(ComparePage)]
pub fn compare_page(props: &ComparePageProps) -> Html {
    let app = use_app();
    let state = &*app.state;
    let lang = state.lang;
    let shared = &props.shared;
    let theirs = score(&shared.response);
    let mine = score(&state.draft.response());
    let side = |title: crate::i18n::Text, id: &'static str, now, desired| {
        html! {
            <section aria-labelledby={id}>
                <h2 id={id}>{ title.get(lang) }</h2>
                <Continuum {lang} {now} {desired} />
            </section>
        }
    };
    let heads = [
        (ui::THEIRS_SHORT, ui::NOW),
        (ui::THEIRS_SHORT, ui::DESIRED),
        (ui::MINE_SHORT, ui::NOW),
        (ui::MINE_SHORT, ui::DESIRED),
    ];
    let row = |d: &crate::domain::instrument::Dimension| {
        let i = d.index();
        let answers = [
            shared.response.now[i],
            shared.response.desired[i],
            mine.dimensions[i].now,
            mine.dimensions[i].desired,
        ];
        html! {
            <tr>
                <th scope="row">{ d.name.get(lang) }</th>
                { for answers.iter().map(|&a| html! { <td>{ answer_text(lang, a) }</td> }) }
            </tr>
        }
    };
    // Back to the shared result: the link is still in the address bar.
    let back = app.callback(|_: MouseEvent| Action::OpenLink(platform::location_hash()));
    html! {
        <section class="results compare">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::COMPARE_TITLE.get(lang) }</h1>
            <TeamNameLine name={shared.team_name.clone()} />
            if state.draft.is_empty() {
                <p class="warning">{ ui::COMPARE_NO_OWN.get(lang) }</p>
            }
            <div class="compare-sides">
                { side(ui::THEIRS, "theirs-heading", theirs.now, theirs.desired) }
                { side(ui::MINE, "mine-heading", mine.now, mine.desired) }
            </div>
            <div class="table-wrap">
                <table class="answers compare-table">
                    <caption>{ ui::TABLE_CAPTION.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ ui::PART.get(lang) }</th>
                            { for heads.iter().map(|(who, horizon)| html! {
                                <th scope="col">{ format!("{} {}", who.get(lang), horizon.get(lang)) }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>{ for DIMENSIONS.iter().map(row) }</tbody>
                </table>
            </div>
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={back}>{ ui::BACK_TO_SHARED.get(lang) }</button>
                <LeaveButtons />
            </div>
        </section>
    }
}
