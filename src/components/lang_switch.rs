//! The nl/en switch: one button named after the other language, in that language. It stays the
//! same element when the language changes, so the keyboard focus stays on it.

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    /// The language chosen: always the other one.
    pub on_switch: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let other = match props.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let onclick = props.on_switch.reform(move |_: MouseEvent| other);
    html! {
        <button type="button" class="lang-switch" lang={other.code()} {onclick}>
            { ui::OTHER_LANGUAGE.get(props.lang) }
        </button>
    }
}
