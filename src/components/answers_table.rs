//! NOW, DESIRED and the difference per dimension as a table: the chart's data for anyone
//! who cannot see the chart, and the print-out's reference. Built as static markup.

use crate::domain::instrument::{Answer, Lang, DIMENSIONS};
use crate::domain::scoring::DimensionScore;
use crate::i18n::ui;
use crate::markup::Markup;

/// A scale position as a number, or "weet ik niet".
pub fn answer_text(m: &mut Markup, lang: Lang, answer: Answer) {
    match answer.position() {
        Some(p) => m.num(u32::from(p.get())),
        None => m.say(&ui::DONT_KNOW_LOWER, lang),
    };
}

/// "+2", "−1" (a real minus sign), "0", or a dash when a side is missing.
pub fn gap_text(gap: Option<i8>) -> String {
    let mut m = Markup::new();
    match gap {
        Some(g) if g > 0 => m.tag("+").num(g.unsigned_abs().into()),
        Some(g) if g < 0 => m.tag("\u{2212}").num(g.unsigned_abs().into()),
        Some(_) => m.tag("0"),
        None => m.tag("\u{2013}"),
    };
    m.into_string()
}

pub fn answers_table(m: &mut Markup, lang: Lang, dimensions: &[DimensionScore]) {
    m.tag("<div class=\"table-wrap\"><table class=\"answers\"><caption>")
        .say(&ui::TABLE_CAPTION, lang)
        .tag("</caption><thead><tr>");
    for head in [ui::PART, ui::NOW, ui::DESIRED, ui::DIFFERENCE] {
        m.tag("<th scope=\"col\">").say(&head, lang).tag("</th>");
    }
    m.tag("</tr></thead><tbody>");
    for d in dimensions {
        let name = DIMENSIONS
            .get(usize::from(d.id).wrapping_sub(1))
            .map_or("", |d| d.name.get(lang));
        m.tag("<tr><th scope=\"row\">").text(name).tag("</th><td>");
        answer_text(m, lang, d.now);
        m.tag("</td><td>");
        answer_text(m, lang, d.desired);
        m.tag("</td><td>").text(&gap_text(d.gap)).tag("</td></tr>");
    }
    m.tag("</tbody></table></div>");
}
