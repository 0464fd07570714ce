//! The share panel under one's own result: the results link, copy with a visible
//! confirmation, the phone's share sheet where there is one, and a QR code. Static markup:
//! the copy and share buttons name their `data-action`, and the confirmation is a separate
//! part of the page so the buttons (and the keyboard focus on them) stay put when it shows.

use crate::components::qr_code::qr_code;
use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::markup::Markup;
use crate::platform;
use crate::state::CopyFeedback;

/// The id of the link's text field; copying falls back to selecting it.
pub const LINK_FIELD_ID: &str = "result-link";

/// This page's address with `fragment` after the `#`: a results, team or invitation link.
pub fn page_link(fragment: &str) -> String {
    let mut url = platform::page_url();
    url.push('#');
    url.push_str(fragment);
    url
}

/// A read-only field with a link in it, and its label; copying falls back to selecting it.
pub fn link_field(m: &mut Markup, id: &'static str, label: &str, url: &str) {
    m.tag("<div class=\"field\"><label for=\"")
        .tag(id)
        .tag("\">")
        .text(label)
        .tag("</label><input id=\"")
        .tag(id)
        .tag("\" type=\"text\" readonly spellcheck=\"false\" value=\"")
        .text(url)
        .tag("\"></div>");
}

/// `to_facilitator`: in a workshop, the result goes to the facilitator.
pub fn share_panel(m: &mut Markup, lang: Lang, url: &str, to_facilitator: bool) {
    let (heading, intro) = if to_facilitator {
        (ui::SEND_HEADING, ui::SEND_INTRO)
    } else {
        (ui::SHARE_HEADING, ui::SHARE_INTRO)
    };
    m.tag("<section class=\"share\" aria-labelledby=\"share-heading\"><h2 id=\"share-heading\">")
        .say(&heading, lang)
        .tag("</h2><p>")
        .say(&intro, lang)
        .tag("</p><p class=\"privacy\">")
        .say(&ui::LINK_CONTAINS, lang)
        .tag("</p>");
    link_field(m, LINK_FIELD_ID, ui::LINK_LABEL.get(lang), url);
    m.tag("<div class=\"share-buttons no-print\">")
        .button("primary", "copy", ui::COPY.get(lang));
    if platform::can_share() {
        m.button("secondary", "share", ui::SHARE.get(lang));
    }
    m.tag("</div>");
    qr_code(m, lang, url);
    m.tag("</section>");
}

/// The confirmation under the copy button: always in the page, so screen readers announce it
/// when its text appears.
pub fn copy_feedback(
    m: &mut Markup,
    lang: Lang,
    feedback: Option<(&'static str, CopyFeedback)>,
    field: &str,
) {
    m.tag("<p class=\"copy-feedback\" role=\"status\">");
    match feedback
        .filter(|(copied, _)| *copied == field)
        .map(|(_, f)| f)
    {
        Some(CopyFeedback::Copied) => m.say(&ui::COPIED, lang),
        Some(CopyFeedback::Failed) => m.say(&ui::COPY_FAILED, lang),
        None => m,
    };
    m.tag("</p>");
}
