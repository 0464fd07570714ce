//! What the participant's build shows where a facilitator's screen belongs (the workshop, a
//! team link's page) while it loads the facilitator's wasm, which then takes over the page
//! (`app::hand_over`). Its heading is that screen's own, so nothing moves when it does. When
//! the loading fails (offline, a file missing), it says so and offers to try again: by
//! loading the page again, as the browser keeps a module that failed to load as failed.

use yew::prelude::*;

use crate::app::{hand_over, use_app};
use crate::i18n::ui;
use crate::platform;
use crate::state::{Action, Screen};

/// Which of the facilitator's screens is being loaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FacilitatorScreen {
    Workshop,
    Team,
}

#[derive(Properties, PartialEq)]
pub struct FacilitatorLoadingProps {
    pub screen: FacilitatorScreen,
}

#[function_component(FacilitatorLoading)]
pub fn facilitator_loading(props: &FacilitatorLoadingProps) -> Html {
    let app = use_app();
    let lang = app.state.lang;
    let failed = use_state(|| false);
    {
        let state = app.state.clone();
        let failed = failed.clone();
        use_effect_with((), move |_| {
            // Not ready until the facilitator's app has rendered (tests and embedders wait).
            platform::unmark_ready();
            platform::load_facilitator_wasm(
                move |bindings| hand_over(&bindings, &state),
                move || failed.set(true),
            );
        });
    }
    let (class, title) = match props.screen {
        FacilitatorScreen::Workshop => ("workshop", ui::FACILITATE),
        FacilitatorScreen::Team => ("team", ui::TEAM_TITLE),
    };
    let retry = Callback::from(|_: MouseEvent| platform::reload());
    let leave = app.callback(|_: MouseEvent| Action::CloseLink(Screen::Welcome));
    html! {
        <section {class}>
            <h1 tabindex="-1" ref={app.heading.clone()}>{ title.get(lang) }</h1>
            if *failed {
                <p class="warning" role="alert">{ ui::FACILITATOR_LOAD_FAILED.get(lang) }</p>
                <div class="actions">
                    <button type="button" class="primary" onclick={retry}>{ ui::TRY_AGAIN.get(lang) }</button>
                    <button type="button" class="secondary" onclick={leave}>{ ui::TO_WELCOME.get(lang) }</button>
                </div>
            } else {
                <p role="status">{ ui::FACILITATOR_LOADING.get(lang) }</p>
            }
        </section>
    }
}
