//! One question on the 5-point scale between two poles, plus "don't know": native radio inputs
//! in a fieldset with a legend (the GOV.UK radios pattern), so arrow keys and screen readers
//! work as everywhere else.
//!
//! Built as static markup without the answer in it: the markup changes only with the
//! dimension, so choosing an answer never replaces the radios (and the keyboard focus on
//! them). The page's one `change` listener reads the radio's name and value (see
//! `state::answer_from_input`), and `platform::show_answer` sets `checked` after each render.

use crate::domain::instrument::{Answer, Position};
use crate::domain::response::Horizon;
use crate::i18n::ui;
use crate::markup::Markup;

/// The radios' `name`: "now-3" or "desired-3" for dimension 3. Their ids add the answer code.
pub fn input_name(m: &mut Markup, horizon: Horizon, dimension_id: u8) {
    m.tag(match horizon {
        Horizon::Now => "now-",
        Horizon::Desired => "desired-",
    })
    .num(u32::from(dimension_id));
}

pub struct Scale {
    pub horizon: Horizon,
    pub dimension_id: u8,
    pub legend: &'static str,
    pub low: &'static str,
    pub high: &'static str,
    pub dont_know: &'static str,
}

impl Scale {
    pub fn write(&self, m: &mut Markup) {
        m.tag("<fieldset class=\"scale\"><legend>")
            .text(self.legend)
            .tag("</legend><div class=\"points\">");
        for p in Position::all() {
            let pole = match p.get() {
                1 => Some(self.low),
                5 => Some(self.high),
                _ => None,
            };
            self.radio(m, Answer::Position(p), "<div class=\"point\">");
            // The number is visible; the pole at each end is in the accessible name too.
            m.tag("<span aria-hidden=\"true\">")
                .num(u32::from(p.get()))
                .tag("</span><span class=\"visually-hidden\">")
                .text(&ui::scale_point(p.get(), pole))
                .tag("</span></label></div>");
        }
        m.tag(
            "</div><div class=\"ends\" aria-hidden=\"true\"><span>◀ 1</span><span>5 ▶</span></div>",
        );
        self.radio(m, Answer::DontKnow, "<div class=\"dont-know\">");
        m.text(self.dont_know).tag("</label></div></fieldset>");
    }

    /// `<div class=…><input …><label for=…>`, leaving the label open for its content.
    fn radio(&self, m: &mut Markup, answer: Answer, open: &'static str) {
        let code = u32::from(answer.code());
        m.tag(open).tag("<input type=\"radio\" id=\"");
        input_name(m, self.horizon, self.dimension_id);
        m.tag("-").num(code).tag("\" name=\"");
        input_name(m, self.horizon, self.dimension_id);
        m.tag("\" value=\"").num(code).tag("\"><label for=\"");
        input_name(m, self.horizon, self.dimension_id);
        m.tag("-").num(code).tag("\">");
    }
}
