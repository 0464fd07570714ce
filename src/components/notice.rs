//! A dismissible message, announced politely to screen readers.

use crate::markup::Markup;

pub fn notice(m: &mut Markup, text: &str, dismiss: &str) {
    m.tag("<div class=\"notice no-print\" role=\"status\"><p>")
        .text(text)
        .tag("</p>")
        .button("secondary", "dismiss", dismiss)
        .tag("</div>");
}
