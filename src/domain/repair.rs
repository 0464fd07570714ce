//! Repairs of a share link's address after mail and chat programs carried it.
//!
//! Dutch municipalities pass links through Outlook (whose Safe Links can turn the `#` into
//! `%23`), Teams, WhatsApp and e-mail that sticks punctuation to a link's end. The app calls
//! [`repair_address`] with the page's whole address before it reads the fragment, and replaces
//! the address with the repaired one (without a new history entry). Only what is unambiguous is
//! repaired; the link's CRC-24 then decides, so a repair can let an intact link through but
//! never turns a damaged one into a valid result.
//!
//! # What is repaired
//!
//! - **`%23` for `#`**: when the address has no `#` (or only the `#` of a numeric entity such
//!   as `&#39;` stuck to the link's end), and `%23` followed by `v` and a digit (the start of
//!   every link, `v1r…`, `v1t…`, `v1w…`) occurs exactly once in its path or query before that,
//!   that `%23` becomes the `#`. (`%23` has no letters, so there is no case to differ.)
//! - **An HTML-escaped `&` in the query**: `&amp;` (in any letter case, also escaped twice as
//!   `&amp;amp;`) between the `?` and the `#` becomes `&`.
//! - **Characters stuck to the end of the link**: when the fragment starts like a link (`v` and
//!   a digit), everything at its end that cannot belong to a link is cut, repeatedly: a
//!   character outside the link alphabet `[A-Za-z0-9_-]` (`.`, `)`, `>`, `,`, `'`, `"`, `;`,
//!   `!`, `?`, `]`, white space, `”`, …), a percent escape of a byte outside the alphabet
//!   (`%3E`, `%22`, `%20`, `%E2%80%9D`, …), and an HTML entity (`&gt;`, `&lt;`, `&quot;`,
//!   `&apos;`, `&amp;`, `&nbsp;`, in any letter case, or numeric such as `&#39;` and `&#x27;`).
//!   None of these can be part of a link, so the cut keeps every character the link had. A
//!   percent escape or numeric entity of an alphabet character (`%41`, `&#65;` for `A`) is not
//!   cut: the link is then left as it is and stays an error.

//!
//! Nothing else is touched: not a fragment that does not start like a link (`#top.`), not
//! characters inside the link, not alphabet characters after it (`…Gd.Bedankt`), not an
//! address that already has a `#` but holds `%23` too.

/// Repairs what mail and chat programs did to a share link's address (see the module docs).
/// `href` is the page's whole address, as `location.href` gives it.
///
/// Gives the repaired address when a repair changed something, and `None` when there was
/// nothing to repair. The repaired address is not checked: its fragment goes to
/// [`super::link::decode`] as usual, whose CRC decides. Repairing a repaired address gives
/// `None`. The work is linear in the length of `href`.
pub fn repair_address(href: &str) -> Option<String> {
    let hash = href.find('#');
    // The link's own `#` became `%23` when the address has no `#` before it, or only the `#`
    // of an entity stuck to its end (`…%23v1r…&#39;`).
    let encoded = match hash {
        Some(at) if !is_entity_hash(href, at) => None,
        _ => encoded_hash(&href[..hash.unwrap_or(href.len())]),
    };
    let (base, fragment) = match (encoded, hash) {
        (Some(at), _) => (&href[..at], Some(&href[at + 3..])),
        (None, Some(at)) => (&href[..at], Some(&href[at + 1..])),
        (None, None) => (href, None),
    };
    let base = unescape_query_ampersands(base);
    let fragment = fragment.map(trim_link_end);
    let mut repaired = base;
    if let Some(fragment) = fragment {
        repaired.push('#');
        repaired.push_str(fragment);
    }
    (repaired != href).then_some(repaired)
}

/// Whether the `#` at `at` is the `#` of a numeric HTML entity such as `&#39;`.
fn is_entity_hash(href: &str, at: usize) -> bool {
    href[..at].ends_with('&') && numeric_entity_len(&href[at + 1..]).is_some()
}

/// When `rest` (what follows `&#`) goes on as a numeric entity, `39;` or `x27;`: the length of
/// that rest and the character's value.
fn numeric_entity_len(rest: &str) -> Option<(usize, u32)> {
    let b = rest.as_bytes();
    let (radix, start) = match b.first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let digits = b[start..]
        .iter()
        .take(8)
        .take_while(|c| (**c as char).is_digit(radix))
        .count();
    if digits == 0 || b.get(start + digits) != Some(&b';') {
        return None;
    }
    let value = u32::from_str_radix(&rest[start..start + digits], radix).ok()?;
    Some((start + digits + 1, value))
}

/// Where the path or query (after `scheme://authority`) holds `%23v<digit>`, when it does
/// exactly once.
fn encoded_hash(href: &str) -> Option<usize> {
    let start = match href.find("://") {
        Some(i) => {
            let after = i + 3;
            after + href[after..].find(['/', '?']).unwrap_or(href.len() - after)
        }
        None => 0,
    };
    let mut found = href[start..]
        .match_indices("%23")
        .map(|(i, _)| start + i)
        .filter(|&i| starts_like_link(&href[i + 3..]));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// `v` and an ASCII digit: how every share link starts.
fn starts_like_link(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 2 && b[0] == b'v' && b[1].is_ascii_digit()
}

/// `base` with `&amp;` (any letter case, any number of times escaped) turned into `&` in its
/// query, the part after the first `?`.
fn unescape_query_ampersands(base: &str) -> String {
    let Some(q) = base.find('?') else {
        return base.to_owned();
    };
    let mut out = String::with_capacity(base.len());
    out.push_str(&base[..q]);
    let mut rest = &base[q..];
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
        while rest.len() >= 4 && rest.as_bytes()[..4].eq_ignore_ascii_case(b"amp;") {
            rest = &rest[4..];
        }
    }
    out.push_str(rest);
    out
}

/// The fragment without what is stuck to its end, when it starts like a link.
fn trim_link_end(fragment: &str) -> &str {
    if !starts_like_link(fragment) {
        return fragment;
    }
    let mut text = fragment;
    loop {
        let cut = junk_at_end(text);
        if cut == 0 {
            return text;
        }
        text = &text[..text.len() - cut];
    }
}

/// The named HTML entities that can stand for what chat and mail put after a link.
const ENTITIES: [&str; 6] = ["&gt;", "&lt;", "&quot;", "&apos;", "&amp;", "&nbsp;"];

/// How many bytes at the end of `text` are one piece of junk: a percent escape of a byte outside
/// the link alphabet, an HTML entity (named, or numeric for a character outside the alphabet),
/// or one character outside the alphabet; 0 when `text` ends with a link character (or an
/// escape or entity of one).
fn junk_at_end(text: &str) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 3] == b'%' {
        if let (Some(hi), Some(lo)) = (hex(b[n - 2]), hex(b[n - 1])) {
            return if is_link_byte(hi << 4 | lo) { 0 } else { 3 };
        }
    }
    if b.last() == Some(&b';') {
        if let Some(entity) = ENTITIES
            .iter()
            .find(|e| n >= e.len() && b[n - e.len()..].eq_ignore_ascii_case(e.as_bytes()))
        {
            return entity.len();
        }
        // A numeric entity: "&#", at most 8 digits (or "x" and at most 8 hex digits), ";".
        let from = n.saturating_sub(12);
        if let Some(at) = text.as_bytes()[from..]
            .windows(2)
            .rposition(|w| w == b"&#")
            .map(|i| from + i)
        {
            if let Some((len, value)) = numeric_entity_len(&text[at + 2..]) {
                if at + 2 + len == n {
                    let link_char = u8::try_from(value).is_ok_and(is_link_byte);
                    return if link_char { 0 } else { n - at };
                }
            }
        }
    }
    match text.chars().next_back() {
        Some(c) if !c.is_ascii() || !is_link_byte(c as u8) => c.len_utf8(),
        _ => 0,
    }
}

fn is_link_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ampersands_in_the_query() {
        assert_eq!(
            unescape_query_ampersands("https://x.nl/a&amp;b"),
            "https://x.nl/a&amp;b"
        );
        assert_eq!(
            unescape_query_ampersands("https://x.nl/?a=1&amp;b=2&AMP;c=3&amp;amp;d=4&e=5&amp"),
            "https://x.nl/?a=1&b=2&c=3&d=4&e=5&amp"
        );
    }

    #[test]
    fn junk_pieces() {
        assert_eq!(junk_at_end("v1rA."), 1);
        assert_eq!(junk_at_end("v1rA%3E"), 3);
        assert_eq!(junk_at_end("v1rA%3e"), 3);
        assert_eq!(junk_at_end("v1rA%41"), 0);
        assert_eq!(junk_at_end("v1rA%5f"), 0);
        assert_eq!(junk_at_end("v1rA&GT;"), 4);
        assert_eq!(junk_at_end("v1rA&#39;"), 5);
        assert_eq!(junk_at_end("v1rA&#x27;"), 6);
        assert_eq!(junk_at_end("v1rA&#X3e;"), 6);
        assert_eq!(junk_at_end("v1rA&#65;"), 0);
        assert_eq!(junk_at_end("v1rA&#;"), 1);
        assert_eq!(junk_at_end("v1rA&#99999999999;"), 1);
        assert_eq!(junk_at_end("v1rA&x;"), 1);
        assert_eq!(junk_at_end("v1rA”"), 3);
        assert_eq!(junk_at_end("v1rA"), 0);
        assert_eq!(junk_at_end(""), 0);
        assert_eq!(junk_at_end("%"), 1);
    }

    #[test]
    fn encoded_hash_only_once_and_after_the_host() {
        assert_eq!(encoded_hash("https://x.nl/%23v1rA"), Some(13));
        assert_eq!(encoded_hash("https://x.nl/?l=en%23v1rA"), Some(18));
        assert_eq!(encoded_hash("https://x.nl/%23v1rA%23v1rB"), None);
        assert_eq!(encoded_hash("https://x.nl/%23top%23v1rB"), Some(19));
        assert_eq!(encoded_hash("https://x%23v1.nl/"), None);
        assert_eq!(encoded_hash("https://x.nl/%23va"), None);
        assert_eq!(encoded_hash("%23v1"), Some(0));
    }
}
