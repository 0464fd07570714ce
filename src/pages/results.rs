//! One's own results, with the share panel and the actions: change the answers, print, start
//! over (after a question). In a workshop, sending the result to the facilitator comes first.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::confirm_button::ConfirmButton;
use crate::components::results_body::ResultsBody;
use crate::components::share_panel::SharePanel;
use crate::domain::link;
use crate::domain::scoring::score;
use crate::embed::Message;
use crate::i18n::{copy, participant, ui};
use crate::platform;
use crate::state::{Action, AppState, Screen};

/// The full results link of one's own answers: this page's address with the result in the
/// fragment.
pub fn results_url(state: &AppState) -> String {
    platform::page_link(&link::encode_response(
        &state.draft.response(),
        state.draft.team_name.as_ref(),
    ))
}

#[function_component(ResultsPage)]
pub fn results_page() -> Html {
    let app = use_app();
    let state = &*app.state;
    let lang = state.lang;
    let url: AttrValue = results_url(state).into();
    let in_workshop = state.joined.is_some();
    let feedback = state.copy_feedback;
    let finished = Message::Finished {
        link: String::new(),
    };
    let partner_gets_link =
        state.embed.target_origin(&finished).is_some() && platform::embedding_parent().is_some();
    let share = html! {
        <SharePanel {lang} url={url.clone()} to_facilitator={in_workshop} {feedback}
            on_copied={app.callback(Action::CopyFinished)}
            on_share={Callback::from(move |()| platform::share(copy::WELCOME_TITLE.get(lang), &url))} />
    };
    html! {
        <section class="results">
            <h1 tabindex="-1" ref={app.heading.clone()}>{ ui::RESULTS_TITLE.get(lang) }</h1>
            // The partner's page gets the results link on arrival here (`embed`, issue 21).
            if partner_gets_link {
                <p class="privacy">{ participant::PARTNER_GETS_LINK.get(lang) }</p>
            }
            if in_workshop { { share.clone() } }
            <ResultsBody {lang} team_name={state.draft.team_name.clone()}
                result={score(&state.draft.response())} full={state.settled} />
            if !in_workshop && state.settled { { share } }
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={app.callback(|_: MouseEvent| Action::GoTo(Screen::Question(0)))}>
                    { ui::EDIT_ANSWERS.get(lang) }
                </button>
                <button type="button" class="secondary" onclick={Callback::from(|_: MouseEvent| platform::print())}>
                    { ui::PRINT.get(lang) }
                </button>
                <ConfirmButton {lang} label={ui::START_OVER} question={ui::CONFIRM_START_OVER}
                    open={state.confirming_start_over}
                    on_ask={app.callback(|()| Action::AskStartOver)}
                    on_yes={app.callback(|()| Action::StartOver)}
                    on_cancel={app.callback(|()| Action::CancelStartOver)} />
            </div>
        </section>
    }
}
