//! The nl/en switch: one button named after the other language, in that language.

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::state::Action;

pub fn lang_switch(lang: Lang, ondispatch: &Callback<Action>) -> Html {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    html! {
        <button type="button" class="lang-switch" lang={other.code()}
            onclick={ondispatch.reform(move |_| Action::SetLang(other))}>
            { ui::OTHER_LANGUAGE.get(lang) }
        </button>
    }
}
