//! Someone's result from a link, read-only. It never touches the reader's draft.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::results_body::ResultsBody;
use crate::domain::link::SharedResponse;
use crate::domain::scoring::score;
use crate::i18n::ui;
use crate::pages::leave_buttons::LeaveButtons;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub shared: SharedResponse,
}

#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    html! {
        <section class="results shared">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::SHARED_TITLE.get(lang) }</h1>
            <p class="notice-plain">{ ui::SHARED_INTRO.get(lang) }</p>
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::CompareWithOwn)}>
                    { ui::COMPARE.get(lang) }
                </button>
                <LeaveButtons />
            </div>
            <ResultsBody {lang} team_name={props.shared.team_name.clone()}
                result={score(&props.shared.response)} full={app.state.settled} />
        </section>
    }
}
