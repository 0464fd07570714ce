//! A dismissible message, announced politely to screen readers; and the question before
//! something is erased.

use crate::domain::instrument::Lang;
use crate::i18n::{ui, Text};
use crate::markup::Markup;

pub fn notice(m: &mut Markup, text: &str, dismiss: &str) {
    m.tag("<div class=\"notice no-print\" role=\"status\"><p>")
        .text(text)
        .tag("</p>")
        .button("secondary", "dismiss", dismiss)
        .tag("</div>");
}

/// "Erase …?" with "yes" (the action `yes`) and "no, go back" (`start-over-no`, which closes
/// any such question).
pub fn confirm(m: &mut Markup, lang: Lang, question: &Text, yes: &'static str) {
    m.tag("<div class=\"confirm\" role=\"alertdialog\" aria-labelledby=\"confirm-text\"><p id=\"confirm-text\">")
        .say(question, lang)
        .tag("</p>")
        .button("danger", yes, ui::CONFIRM_YES.get(lang))
        .button("secondary", "start-over-no", ui::CONFIRM_NO.get(lang))
        .tag("</div>");
}
