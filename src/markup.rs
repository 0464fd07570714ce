//! Static markup built as one string, for the large read-only parts of the results (the
//! continuum, the chart, the tables). Yew builds every `html!` element with its own code; a
//! string with the same content costs the WebAssembly a fraction of that, and these parts
//! have no event handlers. Text always goes through [`Markup::text`], which escapes it, so a
//! team name or any other data can never become markup.

use crate::domain::instrument::{Lang, Text};

/// A piece of markup under construction.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(1024))
    }

    /// Appends trusted markup: string literals of this crate only, never data.
    pub fn tag(&mut self, markup: &'static str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// Appends text, escaped for use in element content and in quoted attribute values.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `text` in `lang`, escaped. One call instead of a choice between two strings at every
    /// place a text is written: about 1 KB less WebAssembly over the screens.
    #[inline(never)]
    pub fn say(&mut self, text: &Text, lang: Lang) -> &mut Markup {
        self.text(text.get(lang))
    }

    /// Appends a number (coordinates, counts, scale positions).
    pub fn num(&mut self, n: u32) -> &mut Markup {
        // Digits by hand: cheaper in the WebAssembly than the formatting machinery.
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        let mut n = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[i..] {
            self.0.push(char::from(d));
        }
        self
    }

    /// A button whose click the page's one listener handles by its `data-action` name (see
    /// `state::command`). `class` and `action` are literals; the label is escaped text.
    pub fn button(
        &mut self,
        class: &'static str,
        action: &'static str,
        label: &str,
    ) -> &mut Markup {
        self.tag("<button type=\"button\" class=\"")
            .tag(class)
            .tag("\" data-action=\"")
            .tag(action)
            .tag("\">")
            .text(label)
            .tag("</button>")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(target_arch = "wasm32")]
impl Markup {
    /// The markup as yew nodes.
    pub fn into_html(self) -> yew::Html {
        yew::Html::from_html_unchecked(self.0.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_tags_are_not() {
        let mut m = Markup::new();
        m.tag("<p class=\"x\" title=\"")
            .text("\"><script>")
            .tag("\">")
            .text("<img src=x onerror=alert(1)> & 'é' 👩‍⚕️ שלום")
            .tag("</p>");
        assert_eq!(
            m.as_str(),
            "<p class=\"x\" title=\"&quot;&gt;&lt;script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;é&#39; 👩‍⚕️ שלום</p>"
        );
    }

    #[test]
    fn buttons_name_their_action() {
        let mut m = Markup::new();
        m.button("primary", "next", "Volgende <>");
        assert_eq!(
            m.as_str(),
            "<button type=\"button\" class=\"primary\" data-action=\"next\">Volgende &lt;&gt;</button>"
        );
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        let mut m = Markup::new();
        for n in [0, 7, 10, 350, 4_294_967_295] {
            m.num(n).tag(",");
        }
        assert_eq!(m.into_string(), "0,7,10,350,4294967295,");
    }
}
