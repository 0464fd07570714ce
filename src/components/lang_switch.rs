//! The nl/en switch: one button named after the other language, in that language.

use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::markup::Markup;

pub fn lang_switch(m: &mut Markup, lang: Lang) {
    let (code, action) = match lang {
        Lang::Nl => ("en", "lang-en"),
        Lang::En => ("nl", "lang-nl"),
    };
    m.tag("<button type=\"button\" class=\"lang-switch\" lang=\"")
        .tag(code)
        .tag("\" data-action=\"")
        .tag(action)
        .tag("\">")
        .say(&ui::OTHER_LANGUAGE, lang)
        .tag("</button>");
}
