//! Embedding in a partner's page: the options a host page may pass in the query string of the
//! app's URL, and the messages the widget posts back to the host page.
//!
//! Pure Rust (no yew, no web-sys), tested natively. `embed/embed.js` builds the same query on
//! the host side with the same allow-lists; docs/embedding.md documents both for partners.
//!
//! # Options
//!
//! Read from the query string (`?lang=en&accent=%23c0392b`); the fragment stays for share
//! links. Each option has an allow-list; an unknown key, an invalid value, a bad percent
//! escape or invalid UTF-8 is ignored, never passed on. The first occurrence of a key decides
//! (an invalid first value is not replaced by a later one). At most [`MAX_QUERY_CHARS`]
//! characters are read: the pairs that end within them.
//!
//! | key | value | effect |
//! |---|---|---|
//! | `lang` | `nl` or `en` (any case) | the language to start in |
//! | `accent` | `#rgb` or `#rrggbb` (`%23` in a URL; the `#` may be left out) | the accent colour |
//! | `start` | `1` | skip the welcome screen |
//! | `team` | a team name, 1-60 characters after trimming ([`TeamName`]) | the team name |
//! | `events` | `1` | post `ready` and `finished` to the host (needs `host`) |
//! | `host` | the host page's origin, `http(s)://host[:port]` | the only origin messages go to |
//!
//! # Messages, version 1
//!
//! Plain objects posted with `window.parent.postMessage(message, target)`, every one with
//! `source: "samenwerkingsscan"` ([`MESSAGE_SOURCE`]) and `version: 1` ([`MESSAGE_VERSION`]):
//!
//! - `{type: "resize", height}`: the page's height in CSS pixels, whenever it changes. Always
//!   when embedded; to `host` when given, else to `"*"` (a height tells nothing about answers).
//! - `{type: "ready"}` and `{type: "finished", link}` (the results link): only with `events=1`
//!   and a valid `host`, and only to that origin. By default the host learns nothing.
//!
//! [`EmbedOptions::target_origin`] decides where (and whether) a [`Message`] may go. The widget
//! listens to no messages at all.

use crate::domain::instrument::Lang;
use crate::domain::response::TeamName;

/// The `source` field of every message the widget posts.
pub const MESSAGE_SOURCE: &str = "samenwerkingsscan";
/// The `version` field of every message; hosts ignore other versions.
pub const MESSAGE_VERSION: u32 = 1;
/// At most this many characters (bytes: a browser's query string is ASCII) of the query are
/// read. A longer query is cut after the last `&` within the limit, so no value is cut short.
pub const MAX_QUERY_CHARS: usize = 2048;

/// The options of an embedded widget. `Default` is "not embedded with options": Dutch or the
/// stored language, the app's own colours, the welcome screen, no events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub lang: Option<Lang>,
    pub accent: Option<Accent>,
    pub skip_welcome: bool,
    pub team_name: Option<TeamName>,
    pub events: bool,
    /// The host page's origin, canonical (`https://www.example.nl`, lower case, no default
    /// port, no trailing slash): the `targetOrigin` of every message.
    pub host_origin: Option<String>,
}

/// A message from the widget to its host page (see the module docs for the fields).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Resize { height: u32 },
    Ready,
    Finished { link: String },
}

impl Message {
    /// The `type` field.
    pub fn kind(&self) -> &'static str {
        match self {
            Message::Resize { .. } => "resize",
            Message::Ready => "ready",
            Message::Finished { .. } => "finished",
        }
    }
}

impl EmbedOptions {
    /// Reads the options from a query string, with or without its leading `?`. Never fails and
    /// never panics: whatever is not valid is left out.
    pub fn from_query(query: &str) -> EmbedOptions {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut options = EmbedOptions::default();
        let mut seen = 0u8;
        let mut rest = Some(limit(query));
        while let Some(pair) = next_pair(&mut rest) {
            let (key, value) = match position(pair, b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, ""),
            };
            let bit = match percent_decode(key).as_deref() {
                Some("lang") => 1,
                Some("accent") => 2,
                Some("start") => 4,
                Some("team") => 8,
                Some("events") => 16,
                Some("host") => 32,
                _ => continue,
            };
            if seen & bit != 0 {
                continue;
            }
            seen |= bit;
            let Some(value) = percent_decode(value) else {
                continue;
            };
            match bit {
                1 => options.lang = Lang::from_code(&value),
                2 => options.accent = Accent::parse(&value),
                4 => options.skip_welcome = value == "1",
                8 => options.team_name = TeamName::parse_input(&value).ok().flatten(),
                16 => options.events = value == "1",
                _ => options.host_origin = parse_origin(&value),
            }
        }
        options
    }

    /// The query string (without `?`) that [`EmbedOptions::from_query`] reads back as these
    /// options: the reference for `embed/embed.js`, and the round trip of the tests and the
    /// fuzzer. Keys in the order of the table above; everything but `A-Za-z0-9-._~` escaped.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.code().to_owned()));
        }
        if let Some(accent) = &self.accent {
            pairs.push(("accent", accent.css()));
        }
        if self.skip_welcome {
            pairs.push(("start", "1".to_owned()));
        }
        if let Some(team) = &self.team_name {
            pairs.push(("team", team.as_str().to_owned()));
        }
        if self.events {
            pairs.push(("events", "1".to_owned()));
        }
        if let Some(host) = &self.host_origin {
            pairs.push(("host", host.clone()));
        }
        let mut out = String::new();
        for (key, value) in pairs {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            percent_encode(&mut out, &value);
        }
        out
    }

    /// The `targetOrigin` to post `message` with, or `None` when it must not be posted:
    /// `resize` goes to the host origin, or to `"*"` without one; `ready` and `finished` only
    /// with `events=1` and a host origin, and only to it.
    pub fn target_origin(&self, message: &Message) -> Option<&str> {
        match (message, self.host_origin.as_deref()) {
            (Message::Resize { .. }, None) => Some("*"),
            (_, Some(host)) if self.events || matches!(message, Message::Resize { .. }) => {
                Some(host)
            }
            _ => None,
        }
    }
}

/// The query cut to [`MAX_QUERY_CHARS`]: the pairs that end within the limit.
fn limit(query: &str) -> &str {
    if query.len() <= MAX_QUERY_CHARS {
        return query;
    }
    let mut end = MAX_QUERY_CHARS;
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    // The pair cut by the limit is dropped whole ("" when no pair ends within it).
    match query.as_bytes()[..end].iter().rposition(|&b| b == b'&') {
        Some(amp) => &query[..amp],
        None => "",
    }
}

/// The next `&`-separated piece of `rest` (which then starts after it); `None` at the end.
fn next_pair<'a>(rest: &mut Option<&'a str>) -> Option<&'a str> {
    let text = rest.take()?;
    match position(text, b'&') {
        Some(i) => {
            *rest = Some(&text[i + 1..]);
            Some(&text[..i])
        }
        None => Some(text),
    }
}

/// The index of the first `byte` (ASCII) in `text`. Plain loops here and in `parse_origin`
/// rather than `split`, `split_once` and `parse`: 0.4 KB less WebAssembly (gzip), measured.
fn position(text: &str, byte: u8) -> Option<usize> {
    text.bytes().position(|b| b == byte)
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte, and the bytes
/// must be UTF-8. `None` for a bad escape (`%`, `%4`, `%zz`) or invalid UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = match bytes[i] {
            b'+' => b' ',
            b'%' => {
                let high = hex_digit(*bytes.get(i + 1)?)?;
                let low = hex_digit(*bytes.get(i + 2)?)?;
                i += 2;
                high << 4 | low
            }
            other => other,
        };
        out.push(byte);
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn percent_encode(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// An origin `http(s)://host[:port]` (one trailing `/` allowed), made canonical: lower case,
/// without the scheme's default port. The host is a DNS name or IPv4 address: labels of
/// `a-z 0-9 -` (no `-` at either end), 1-63 characters, 253 in all; internationalised names in
/// their `xn--` form, as `location.origin` gives them. No user, password, path, query or
/// fragment; IPv6 literals are not accepted.
fn parse_origin(text: &str) -> Option<String> {
    let text = text.to_ascii_lowercase();
    // Prefixes rather than `split_once("://")`: a string pattern brings the two-way search
    // algorithm into the WebAssembly.
    let (scheme, rest, default_port) = if let Some(rest) = text.strip_prefix("https://") {
        ("https://", rest, "443")
    } else if let Some(rest) = text.strip_prefix("http://") {
        ("http://", rest, "80")
    } else {
        return None;
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match position(rest, b':') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    // Labels of 1-63 characters of a-z 0-9 '-', not starting or ending with '-'.
    let (mut label, mut previous) = (0, b'.');
    for b in host.bytes() {
        if b == b'.' {
            if label == 0 || previous == b'-' {
                return None;
            }
            label = 0;
        } else if b.is_ascii_lowercase() || b.is_ascii_digit() || (b == b'-' && label > 0) {
            label += 1;
            if label > 63 {
                return None;
            }
        } else {
            return None;
        }
        previous = b;
    }
    if label == 0 || previous == b'-' || host.len() > 253 {
        return None;
    }
    let mut origin = String::from(scheme);
    origin.push_str(host);
    if let Some(port) = port {
        // 1-65535, digits only, no leading zero.
        let mut value = 0u32;
        for b in port.bytes() {
            if !b.is_ascii_digit() || value > 6553 || (value == 0 && b == b'0') {
                return None;
            }
            value = value * 10 + u32::from(b - b'0');
        }
        if value == 0 || value > 65535 {
            return None;
        }
        if port != default_port {
            origin.push(':');
            origin.push_str(port);
        }
    }
    Some(origin)
}

/// A partner's accent colour, validated: only ever an RGB triple, so nothing but `#rrggbb`
/// reaches the style sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Accent {
    r: u8,
    g: u8,
    b: u8,
}

impl Accent {
    pub const BLACK: Accent = Accent::new(0, 0, 0);
    pub const WHITE: Accent = Accent::new(255, 255, 255);

    pub const fn new(r: u8, g: u8, b: u8) -> Accent {
        Accent { r, g, b }
    }

    /// `#rgb`, `#rrggbb`, `rgb` or `rrggbb` (hex digits in any case); nothing else, not even
    /// white space.
    pub fn parse(text: &str) -> Option<Accent> {
        let hex = text.strip_prefix('#').unwrap_or(text).as_bytes();
        if hex.len() != 3 && hex.len() != 6 {
            return None;
        }
        let mut d = [0u8; 6];
        for (digit, &b) in d.iter_mut().zip(hex) {
            *digit = hex_digit(b)?;
        }
        match hex.len() {
            3 => Some(Accent::new(d[0] * 17, d[1] * 17, d[2] * 17)),
            6 => Some(Accent::new(
                d[0] << 4 | d[1],
                d[2] << 4 | d[3],
                d[4] << 4 | d[5],
            )),
            _ => None,
        }
    }

    pub fn rgb(&self) -> (u8, u8, u8) {
        (self.r, self.g, self.b)
    }

    /// `#rrggbb`, lower case: the only form that reaches CSS.
    pub fn css(&self) -> String {
        let mut out = String::with_capacity(7);
        out.push('#');
        for c in [self.r, self.g, self.b] {
            for nibble in [c >> 4, c & 15] {
                out.push(char::from(b"0123456789abcdef"[usize::from(nibble)]));
            }
        }
        out
    }

    /// `"#000000"` or `"#ffffff"`, whichever contrasts more with this colour (WCAG 2.x). The
    /// better of the two is always at least 4.58:1, so text on the accent passes AA (4.5:1)
    /// whatever colour a partner picks.
    pub fn readable_text(&self) -> &'static str {
        // Black wins when (L + 0.05) / 0.05 > 1.05 / (L + 0.05).
        let l = self.relative_luminance() + 0.05;
        if l * l > 0.05 * 1.05 {
            "#000000"
        } else {
            "#ffffff"
        }
    }

    /// Whether the colour can serve as the accent: the app uses it for link text and button
    /// borders on white too, so it must meet AA (4.5:1) against white. A lighter colour is
    /// not applied; the app keeps its own accent.
    pub fn usable_on_white(&self) -> bool {
        self.contrast_ratio(&Accent::WHITE) >= 4.5
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white).
    pub fn relative_luminance(&self) -> f64 {
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG 2.x contrast ratio, 1 to 21.
    pub fn contrast_ratio(&self, other: &Accent) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// An sRGB channel (0-255) in linear light (0-1), as WCAG defines it, without `powf` (which
/// would add libm's `pow` to the wasm): y^2.4 = y^2 * t with t = y^0.4, the root of t^5 = y^2,
/// found by Newton's method from t = 1 (it descends monotonically to the root; 40 steps are
/// far more than y >= 0.09 needs to reach full precision).
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        return c / 12.92;
    }
    let y = (c + 0.055) / 1.055;
    let y2 = y * y;
    let mut t = 1.0;
    for _ in 0..40 {
        let t2 = t * t;
        t = 0.8 * t + y2 / (5.0 * t2 * t2);
    }
    y2 * t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team(text: &str) -> Option<TeamName> {
        Some(TeamName::new(text).unwrap())
    }

    #[test]
    fn no_query_is_no_options() {
        for query in ["", "?", "&&&", "?&", "=", "==&=1", "?foo=bar&x"] {
            assert_eq!(
                EmbedOptions::from_query(query),
                EmbedOptions::default(),
                "{query}"
            );
        }
    }

    #[test]
    fn all_options_together() {
        let options = EmbedOptions::from_query(
            "?lang=en&accent=%23C0392B&start=1&team=Wijkteam+Oost&events=1&host=https%3A%2F%2Fwww.voorbeeldstad.nl",
        );
        assert_eq!(
            options,
            EmbedOptions {
                lang: Some(Lang::En),
                accent: Some(Accent::new(0xc0, 0x39, 0x2b)),
                skip_welcome: true,
                team_name: team("Wijkteam Oost"),
                events: true,
                host_origin: Some("https://www.voorbeeldstad.nl".to_owned()),
            }
        );
        // Without the leading '?' too.
        assert_eq!(
            EmbedOptions::from_query(&options.to_query()),
            options,
            "{}",
            options.to_query()
        );
    }

    #[test]
    fn lang_option() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("lang=nl", Some(Lang::Nl)),
            ("lang=en", Some(Lang::En)),
            ("lang=EN", Some(Lang::En)),
            ("lang=%65n", Some(Lang::En)),
            ("l%61ng=en", Some(Lang::En)),
            ("lang=de", None),
            ("lang=", None),
            ("lang", None),
            ("lang=en-GB", None),
            ("lang=+en", None),
            ("lang=en%00", None),
            ("LANG=en", None),
            ("lang=de&lang=en", None),
            ("lang=en&lang=de", Some(Lang::En)),
        ];
        for &(query, expected) in cases {
            assert_eq!(EmbedOptions::from_query(query).lang, expected, "{query}");
        }
    }

    #[test]
    fn accent_option() {
        type Rgb = (u8, u8, u8);
        let cases: &[(&str, Option<Rgb>)] = &[
            ("accent=%23ff0000", Some((255, 0, 0))),
            ("accent=%23FF0000", Some((255, 0, 0))),
            ("accent=ff0000", Some((255, 0, 0))),
            ("accent=%23f00", Some((255, 0, 0))),
            ("accent=f00", Some((255, 0, 0))),
            ("accent=%230a5c8c", Some((10, 92, 140))),
            ("accent=%23abc", Some((0xaa, 0xbb, 0xcc))),
            // A raw '#' would start the fragment; %2523 is "%23" after decoding, not a colour.
            ("accent=%2523ff0000", None),
            ("accent=red", None),
            ("accent=%23ff0000;background:url(x)", None),
            ("accent=%23ff0000%3Bbackground%3Aurl(x)", None),
            ("accent=%23ff00", None),
            ("accent=%23ff00000", None),
            ("accent=%23%23ff0000", None),
            ("accent=+%23ff0000", None),
            ("accent=%23ff0000+", None),
            ("accent=%23gg0000", None),
            ("accent=rgb(1,2,3)", None),
            ("accent=var(--x)", None),
            ("accent=", None),
            ("accent=%23", None),
            ("accent=%EF%BC%A6f0000", None), // a full-width "Ｆ"
        ];
        for &(query, expected) in cases {
            let accent = EmbedOptions::from_query(query).accent;
            assert_eq!(accent.map(|a| a.rgb()), expected, "{query}");
        }
        assert_eq!(Accent::parse("#0A5C8C").unwrap().css(), "#0a5c8c");
        assert_eq!(Accent::parse("fff").unwrap().css(), "#ffffff");
    }

    #[test]
    fn start_and_events_take_exactly_1() {
        for (value, expected) in [
            ("1", true),
            ("0", false),
            ("true", false),
            ("", false),
            ("01", false),
            ("1+", false),
            ("%31", true),
        ] {
            let query = format!("start={value}&events={value}");
            let options = EmbedOptions::from_query(&query);
            assert_eq!(options.skip_welcome, expected, "{query}");
            assert_eq!(options.events, expected, "{query}");
        }
        assert!(!EmbedOptions::from_query("start").skip_welcome);
    }

    #[test]
    fn team_option() {
        let sixty = "é".repeat(60);
        let sixty_encoded = "%C3%A9".repeat(60);
        let cases: Vec<(String, Option<TeamName>)> = vec![
            ("team=Wijkteam%20Oost".into(), team("Wijkteam Oost")),
            ("team=Wijkteam+Oost".into(), team("Wijkteam Oost")),
            ("team=++Wijkteam+Oost++".into(), team("Wijkteam Oost")),
            (
                "team=%F0%9F%91%A9%E2%80%8D%E2%9A%95%EF%B8%8F".into(),
                team("👩‍⚕️"),
            ),
            // Markup stays text: the app renders team names as text only.
            (
                "team=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".into(),
                team("<img src=x onerror=alert(1)>"),
            ),
            (
                "team=<img src=x onerror=alert(1)>".into(),
                team("<img src=x onerror=alert(1)>"),
            ),
            ("team=a%26b%3Dc".into(), team("a&b=c")),
            (format!("team={sixty_encoded}"), team(&sixty)),
            (format!("team={sixty_encoded}%C3%A9"), None),
            ("team=".into(), None),
            ("team=+++".into(), None),
            ("team=%E2%80%83".into(), None), // an em space only
            ("team=%C3".into(), None),       // cut UTF-8
            ("team=%FF%FE".into(), None),    // not UTF-8
            ("team=%ED%A0%80".into(), None), // a UTF-8-encoded surrogate
            ("team=50%".into(), None),       // bad escape
            ("team=a&b".into(), team("a")),
        ];
        for (query, expected) in cases {
            assert_eq!(
                EmbedOptions::from_query(&query).team_name,
                expected,
                "{query}"
            );
        }
    }

    #[test]
    fn host_option() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "https://www.voorbeeldstad.nl",
                Some("https://www.voorbeeldstad.nl"),
            ),
            (
                "https://www.voorbeeldstad.nl/",
                Some("https://www.voorbeeldstad.nl"),
            ),
            (
                "HTTPS://WWW.Voorbeeldstad.NL",
                Some("https://www.voorbeeldstad.nl"),
            ),
            ("http://localhost:8080", Some("http://localhost:8080")),
            ("http://127.0.0.1:41234", Some("http://127.0.0.1:41234")),
            ("https://example.org:443", Some("https://example.org")),
            ("http://example.org:80", Some("http://example.org")),
            ("https://example.org:80", Some("https://example.org:80")),
            ("http://example.org:65535", Some("http://example.org:65535")),
            (
                "https://xn--bcher-kva.example",
                Some("https://xn--bcher-kva.example"),
            ),
            ("javascript:alert(1)", None),
            ("javascript://alert(1)", None),
            ("javascript://example.org", None),
            ("data:text/html,x", None),
            ("https://evil.example/path", None),
            ("https://evil.example//", None),
            ("https://evil.example?x", None),
            ("https://evil.example#x", None),
            ("https://user:pw@evil.example", None),
            ("https://user@evil.example", None),
            ("https://evil.example:0", None),
            ("https://evil.example:65536", None),
            ("https://evil.example:080", None),
            ("https://evil.example:", None),
            ("https://evil.example:8080:1", None),
            ("https://evil.example:+80", None),
            ("https://", None),
            ("https:///", None),
            ("https://.", None),
            ("https://a..b", None),
            ("https://example.org.", None),
            ("https://-a.example", None),
            ("https://a-.example", None),
            ("https://exa_mple.org", None),
            ("https://exa mple.org", None),
            ("https://bücher.example", None),
            ("https://[::1]", None),
            ("//example.org", None),
            ("example.org", None),
            ("ftp://example.org", None),
            ("file://example.org", None),
            ("*", None),
            ("null", None),
            ("", None),
        ];
        for &(value, expected) in cases {
            let mut query = String::from("host=");
            percent_encode(&mut query, value);
            let options = EmbedOptions::from_query(&query);
            assert_eq!(options.host_origin.as_deref(), expected, "{value}");
            // Unencoded works too, where the text survives a query string.
            if !value.contains(['#', '&', '+', '%']) {
                let raw = EmbedOptions::from_query(&format!("host={value}"));
                assert_eq!(raw.host_origin.as_deref(), expected, "raw {value}");
            }
        }
        let long_label = format!("https://{}.example", "a".repeat(64));
        assert_eq!(parse_origin(&long_label), None);
        let long_name = format!("https://{}a", "a.".repeat(126));
        assert_eq!(long_name.len() - "https://".len(), 253);
        assert!(parse_origin(&long_name).is_some());
        assert_eq!(parse_origin(&format!("{long_name}a")), None);
    }

    #[test]
    fn unknown_keys_and_bad_escapes_are_ignored() {
        let options = EmbedOptions::from_query(
            "style=color:red&onload=alert(1)&lang=en&%zz=1&team=%&accent=%2&host=%E0%A4%A",
        );
        assert_eq!(
            options,
            EmbedOptions {
                lang: Some(Lang::En),
                ..Default::default()
            }
        );
        // A key with a bad escape is no key; the value of a known key with one is no value.
        assert_eq!(EmbedOptions::from_query("lang%=en").lang, None);
        assert_eq!(EmbedOptions::from_query("lang=%en").lang, None);
        assert_eq!(EmbedOptions::from_query("lang=%e").lang, None);
        assert_eq!(EmbedOptions::from_query("lang=e%6").lang, None);
        // A fragment is not part of the query the app passes in, but would be harmless.
        assert_eq!(EmbedOptions::from_query("lang=en#v1rAAKZ").lang, None);
    }

    #[test]
    fn long_queries_are_read_up_to_the_limit() {
        let junk = "x=".to_owned() + &"y".repeat(10 * 1024);
        let front = format!("lang=en&start=1&{junk}&events=1");
        let options = EmbedOptions::from_query(&front);
        assert_eq!(options.lang, Some(Lang::En));
        assert!(options.skip_welcome);
        assert!(!options.events, "past the limit");
        assert_eq!(
            EmbedOptions::from_query(&format!("{junk}&lang=en")).lang,
            None
        );
        // A pair that ends exactly at the limit is read; one cut by it is not.
        let pad = |n: usize| format!("p={}", "a".repeat(n - 2));
        let exact = format!("{}&team=abc", pad(MAX_QUERY_CHARS - 9));
        assert_eq!(exact.len(), MAX_QUERY_CHARS);
        assert_eq!(EmbedOptions::from_query(&exact).team_name, team("abc"));
        let cut = format!("{}&team=abcd", pad(MAX_QUERY_CHARS - 9));
        assert_eq!(EmbedOptions::from_query(&cut).team_name, None);
        // The limit falls inside a multi-byte character: no panic.
        let multi = format!("{}&lang=en&team={}", pad(2000), "é".repeat(100));
        assert_eq!(EmbedOptions::from_query(&multi).lang, Some(Lang::En));
        // 10 KB of '%' and other junk.
        let hostile = "%".repeat(10 * 1024) + &"&=%%".repeat(1024);
        assert_eq!(EmbedOptions::from_query(&hostile), EmbedOptions::default());
    }

    #[test]
    fn messages_go_only_where_allowed() {
        let resize = Message::Resize { height: 812 };
        let ready = Message::Ready;
        let finished = Message::Finished {
            link: "https://scan.example/#v1rAAKZ".into(),
        };
        assert_eq!(
            (resize.kind(), ready.kind(), finished.kind()),
            ("resize", "ready", "finished")
        );
        let host = "https://www.voorbeeldstad.nl";

        let none = EmbedOptions::default();
        assert_eq!(none.target_origin(&resize), Some("*"));
        assert_eq!(none.target_origin(&ready), None);
        assert_eq!(none.target_origin(&finished), None);

        let events_without_host = EmbedOptions::from_query("events=1&host=https://evil.example/x");
        assert_eq!(events_without_host.target_origin(&resize), Some("*"));
        assert_eq!(events_without_host.target_origin(&ready), None);
        assert_eq!(events_without_host.target_origin(&finished), None);

        let host_without_events = EmbedOptions::from_query(&format!("host={host}"));
        assert_eq!(host_without_events.target_origin(&resize), Some(host));
        assert_eq!(host_without_events.target_origin(&ready), None);
        assert_eq!(host_without_events.target_origin(&finished), None);

        let both = EmbedOptions::from_query(&format!("events=1&host={host}"));
        assert_eq!(both.target_origin(&resize), Some(host));
        assert_eq!(both.target_origin(&ready), Some(host));
        assert_eq!(both.target_origin(&finished), Some(host));
    }

    /// The WCAG definition, with `powf`: the reference for [`linear`].
    fn linear_reference(channel: u8) -> f64 {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    #[test]
    fn linear_light_matches_the_wcag_formula() {
        for c in 0..=255u8 {
            let (ours, reference) = (linear(c), linear_reference(c));
            assert!(
                (ours - reference).abs() < 1e-14,
                "{c}: {ours} vs {reference}"
            );
        }
        assert_eq!(linear(0), 0.0);
        assert!((linear(255) - 1.0).abs() < 1e-15);
    }

    fn rounded(ratio: f64) -> f64 {
        (ratio * 100.0).round() / 100.0
    }

    #[test]
    fn contrast_values() {
        let c = |hex: &str| Accent::parse(hex).unwrap();
        assert_eq!(rounded(Accent::BLACK.contrast_ratio(&Accent::WHITE)), 21.0);
        assert_eq!(rounded(Accent::WHITE.contrast_ratio(&Accent::WHITE)), 1.0);
        // Well-known values: #767676 is the lightest grey with 4.5:1 on white.
        assert_eq!(rounded(c("#767676").contrast_ratio(&Accent::WHITE)), 4.54);
        assert_eq!(rounded(c("#777777").contrast_ratio(&Accent::WHITE)), 4.48);
        assert_eq!(rounded(c("#0000ff").contrast_ratio(&Accent::WHITE)), 8.59);
        assert_eq!(rounded(c("#ff0000").contrast_ratio(&Accent::WHITE)), 4.0);
        assert!(c("#767676").usable_on_white());
        assert!(!c("#777777").usable_on_white());
        assert!(!c("#ffcc00").usable_on_white());
        assert!(c("#0a5c8c").usable_on_white());
        assert_eq!(rounded(c("#ff0000").contrast_ratio(&Accent::BLACK)), 5.25);
        let cases = [
            ("#0a5c8c", "#ffffff"), // the app's own blue
            ("#000", "#ffffff"),
            ("#fff", "#000000"),
            ("#ff0", "#000000"),
            ("#f00", "#000000"), // 5.25 with black against 4.00 with white
            ("#00f", "#ffffff"),
            ("#c0392b", "#ffffff"),
            ("#808080", "#000000"),
            ("#767676", "#000000"), // 4.62 with black against 4.54 with white
            ("#757575", "#ffffff"),
            ("#01689b", "#ffffff"), // Rijkshuisstijl hemelblauw
            ("#ffb612", "#000000"), // Rijkshuisstijl donkergeel
            ("#39870c", "#000000"), // Rijkshuisstijl groen: 4.64 with black, 4.52 with white
        ];
        for (accent, text) in cases {
            let a = c(accent);
            assert_eq!(a.readable_text(), text, "{accent}");
            let chosen = Accent::parse(text).unwrap();
            let other = if text == "#000000" {
                Accent::WHITE
            } else {
                Accent::BLACK
            };
            assert!(
                a.contrast_ratio(&chosen) >= a.contrast_ratio(&other),
                "{accent}"
            );
            assert!(a.contrast_ratio(&chosen) >= 4.5, "{accent}");
        }
    }

    /// Every one of the 16.7 million colours: the chosen text colour is the better one and
    /// reaches 4.5:1 (the worst case is 4.58:1). Sums of table values, so it runs fast.
    #[test]
    fn readable_text_passes_aa_on_every_colour() {
        let r: Vec<f64> = (0..=255).map(|c| 0.2126 * linear_reference(c)).collect();
        let g: Vec<f64> = (0..=255).map(|c| 0.7152 * linear_reference(c)).collect();
        let b: Vec<f64> = (0..=255).map(|c| 0.0722 * linear_reference(c)).collect();
        let mut worst = f64::MAX;
        for (ri, rl) in r.iter().enumerate() {
            for (gi, gl) in g.iter().enumerate() {
                for bl in &b {
                    let l = rl + gl + bl;
                    let best = ((l + 0.05) / 0.05).max(1.05 / (l + 0.05));
                    worst = worst.min(best);
                }
                // Spot-check the real function on a grid.
                if ri % 15 == 0 && gi % 15 == 0 {
                    for bi in (0..=255).step_by(15) {
                        let accent = Accent::new(ri as u8, gi as u8, bi as u8);
                        let text = Accent::parse(accent.readable_text()).unwrap();
                        let other = if text == Accent::BLACK {
                            Accent::WHITE
                        } else {
                            Accent::BLACK
                        };
                        assert!(
                            accent.contrast_ratio(&text) >= accent.contrast_ratio(&other),
                            "{}",
                            accent.css()
                        );
                    }
                }
            }
        }
        assert!(worst >= 4.58, "worst best-contrast {worst}");
    }

    /// splitmix64: a seeded PRNG, so every run checks the same cases.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }

        /// A query-ish string: pairs of known keys and plausible values (valid or nearly so),
        /// mixed with junk: '=', '&', '%', '+', hex digits, multi-byte text.
        fn query(&mut self) -> String {
            const KEYS: &[&str] = &["lang", "accent", "start", "team", "events", "host"];
            #[rustfmt::skip]
            const VALUES: &[&str] = &[
                "en", "NL", "de", "%23c0392b", "0a5c8c", "%23abc", "red", "1", "0", "Team+Oost",
                "%C3%A9quipe", "%3Cb%3E", "https%3A%2F%2Fwww.voorbeeldstad.nl",
                "http://a.b:8080", "https://x/y", "javascript:alert(1)",
            ];
            #[rustfmt::skip]
            const JUNK: &[&str] = &[
                "=", "&", "%", "%2", "%23", "%C3", "%A9", "%FF", "+", "1", "#", "f", "https://",
                ":8080", "/", "é", "👩‍⚕️", "<", "\0", " ", "?", "x", ".", "-",
            ];
            let mut out = String::new();
            for i in 0..self.below(8) {
                if i > 0 || self.below(4) == 0 {
                    out.push('&');
                }
                if self.below(5) > 0 {
                    out.push_str(self.pick(KEYS));
                } else {
                    out.push_str(self.pick(JUNK));
                }
                if self.below(10) > 0 {
                    out.push('=');
                }
                for _ in 0..self.below(3) {
                    if self.below(2) == 0 {
                        out.push_str(self.pick(VALUES));
                    } else {
                        out.push_str(self.pick(JUNK));
                    }
                }
            }
            out
        }
    }

    fn assert_valid(options: &EmbedOptions, query: &str) {
        if let Some(accent) = options.accent {
            let css = accent.css();
            assert!(css.len() == 7 && css.starts_with('#'), "{query}");
            assert!(css[1..]
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
            assert!(["#000000", "#ffffff"].contains(&accent.readable_text()));
        }
        if let Some(team) = &options.team_name {
            let n = team.as_str().chars().count();
            assert!((1..=60).contains(&n), "{query}");
            assert_eq!(team.as_str().trim(), team.as_str());
        }
        if let Some(host) = &options.host_origin {
            assert!(
                host.starts_with("http://") || host.starts_with("https://"),
                "{query}"
            );
            assert!(
                !host["https://".len()..].contains(['/', '@', '?', '#']),
                "{query}"
            );
            assert_eq!(
                parse_origin(host).as_deref(),
                Some(host.as_str()),
                "{query}"
            );
        }
        // Whatever was read reads back the same from its canonical query.
        assert_eq!(
            &EmbedOptions::from_query(&options.to_query()),
            options,
            "{query}"
        );
    }

    #[test]
    fn random_queries_never_panic_and_give_valid_options() {
        let mut rng = Rng(0x5eed_0006);
        for _ in 0..20_000 {
            let query = rng.query();
            assert_valid(&EmbedOptions::from_query(&query), &query);
        }
        // Random bytes, made into text as the browser would never give it.
        for _ in 0..20_000 {
            let len = rng.below(64);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            let query = String::from_utf8_lossy(&bytes);
            assert_valid(&EmbedOptions::from_query(&query), &query);
        }
    }

    #[test]
    fn random_options_round_trip() {
        let mut rng = Rng(0x5eed_0007);
        for _ in 0..5_000 {
            let team_len = 1 + rng.below(60);
            let team_text: String = (0..team_len)
                .map(|_| {
                    ['a', 'Z', '&', '=', '%', '+', '#', 'é', '👩', '<', '"', '1'][rng.below(12)]
                })
                .collect();
            let options = EmbedOptions {
                lang: [None, Some(Lang::Nl), Some(Lang::En)][rng.below(3)],
                accent: (rng.below(2) == 0)
                    .then(|| Accent::new(rng.next() as u8, rng.next() as u8, rng.next() as u8)),
                skip_welcome: rng.below(2) == 0,
                team_name: TeamName::new(&team_text).ok().filter(|_| rng.below(2) == 0),
                events: rng.below(2) == 0,
                host_origin: (rng.below(2) == 0).then(|| {
                    [
                        "https://www.voorbeeldstad.nl",
                        "http://localhost:8080",
                        "http://10.0.0.1",
                    ][rng.below(3)]
                    .to_owned()
                }),
            };
            let query = options.to_query();
            assert_eq!(EmbedOptions::from_query(&query), options, "{query}");
            assert_eq!(
                EmbedOptions::from_query(&format!("?{query}")),
                options,
                "{query}"
            );
        }
    }
}
