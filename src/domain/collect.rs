//! Result links taken out of pasted text, for the workshop's team view.
//!
//! A facilitator pastes whatever holds the participants' result links: one link, many, or a whole
//! chat transcript copied from WhatsApp, Teams or an e-mail, with names, times and quoted replies
//! around them. [`collect`] finds every link in it, decodes it with [`decode`] and keeps the
//! responses; [`Collected::add`] takes a later paste, so the team grows.
//!
//! # What is read as a link
//!
//! The text is read as runs of the link alphabet `[A-Za-z0-9_-]`; anything else (white space,
//! punctuation, the `<>` around a link, `&amp;`, emoji) ends a run. A run is a candidate when
//! - it follows a `#`, or `%23` (the `#` of a link inside an encoded address, as in Outlook's
//!   Safe Links), and starts with `v` and a digit: a link's fragment. A `#` followed by anything
//!   else (`#vandaag`, `#top`) is a hashtag or an anchor and is left alone; or
//! - it starts with `v`, digits and `r` or `t` (`v1r…`, `v1t…`): a link pasted without its
//!   address. A run starts at a word boundary, so `v1r` inside a word is not read.
//!
//! Every candidate is decoded; one that does not decode becomes a [`Problem`] with the error, in
//! order of appearance. Two repairs make a version 1 link readable where chat and mail tools
//! mangled its surroundings. The link's CRC-24 checks both, so neither turns noise into a
//! response:
//! - A run longer than its header declares (`…86Wam_` from chat formatting, or two links glued
//!   together) is read up to the declared length, and the rest is read as a new run.
//! - A run that stops at the end of a line before its declared length (a mail client wrapped the
//!   link) is continued with the next lines, skipping quote marks `>` and indentation, while each
//!   next line starts with alphabet characters. The joined text is taken only when it is a valid
//!   link; otherwise the problem is reported for the run as it stood.
//!
//! # The same response counted once
//!
//! A link is counted once, however often its text occurs: a transcript is copied again later with
//! the earlier messages in it, an e-mail quotes the one before, someone sends the link twice. A
//! link whose text (the fragment, after the repairs) was already taken adds nothing and counts in
//! [`Collected::duplicates`]. A team link adds all its responses, identical ones included (a team
//! link holds different people by construction, so it is a multiset); the same team link text
//! twice is the same team pasted twice and is taken once; different team links are all taken in
//! full.
//!
//! Why by the link text and not by the answers: two people may give identical answers, and must
//! not merge just because their answers do. But the text is all the link has: a version 1 link
//! carries no identity (it is anonymous on purpose) and is a function of its content, so two
//! people with the same 28 answers, role group and team name make byte-identical links and count
//! once. Nothing can tell them from one person who pasted twice. Counting every occurrence would
//! err far more often (every transcript pasted again would double the team); a full match of two
//! people is rare, and costs the team view one of two identical answers. For the same reason a
//! response that arrives both in its own link and inside a team link counts twice: nothing ties
//! the two together. Paste a team link or the links of its members, not both.
//!
//! # Limits
//!
//! At most [`MAX_PASTE_BYTES`] of each paste are read ([`Collected::cut`] says so), at most
//! [`MAX_TEAM_RESPONSES`] responses are collected (a link that would go beyond takes none of its
//! responses and is a [`CollectError::TooManyResponses`] problem), and at most [`MAX_PROBLEMS`]
//! problems are kept ([`Collected::more_problems`] counts the rest). The work is linear in the
//! text; nothing panics.

use super::link::{decode, Decoded, LinkError, MAX_LINK_CHARS, MAX_TEAM_RESPONSES, RESPONSE_CHARS};
use super::response::{Response, TeamName};

/// The most bytes of one paste that are read.
pub const MAX_PASTE_BYTES: usize = 1 << 20;
/// The most problems kept.
pub const MAX_PROBLEMS: usize = 100;
/// A problem's excerpt keeps at most this many characters of the link.
pub const EXCERPT_CHARS: usize = 40;

/// Why a candidate's responses were not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectError {
    /// The candidate is not a valid link.
    Link(LinkError),
    /// A valid link whose responses would take the team above [`MAX_TEAM_RESPONSES`]: none of
    /// them was taken.
    TooManyResponses,
    /// A workshop invitation: it holds no answers (someone pasted the join link).
    Invitation,
}

/// A candidate that gave no responses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The candidate, without the `#`: at most [`EXCERPT_CHARS`] characters, then `…` if cut.
    pub excerpt: String,
    pub error: CollectError,
}

/// Everything collected so far, from one paste or several.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collected {
    /// In order of appearance; a team link's responses in its canonical order.
    pub responses: Vec<Response>,
    /// The first team name on a link that was taken.
    pub team_name: Option<TeamName>,
    /// How many different other team names were on links that were taken.
    pub other_team_names: usize,
    /// How many valid links were not taken because the same link text was taken before.
    pub duplicates: usize,
    /// The first [`MAX_PROBLEMS`] problems, in order of appearance.
    pub problems: Vec<Problem>,
    /// Problems beyond [`MAX_PROBLEMS`], counted only.
    pub more_problems: usize,
    /// A paste was longer than [`MAX_PASTE_BYTES`]; only its beginning was read.
    pub cut: bool,
    /// The texts of the links taken.
    taken: Vec<String>,
    /// The other team names, each once.
    other_names: Vec<TeamName>,
}

/// The links in `text`; see the module docs.
pub fn collect(text: &str) -> Collected {
    let mut collected = Collected::default();
    collected.add(text);
    collected
}

impl Collected {
    /// Adds the links in another paste: the team grows, and a link taken before counts as a
    /// duplicate. Adding `b` after `a` gives what one paste of `a + "\n" + b` gives, unless a
    /// link is cut in two between them (one paste joins a wrapped link, two do not) or the two
    /// together exceed [`MAX_PASTE_BYTES`] (the limit is per paste).
    pub fn add(&mut self, text: &str) {
        let all = text.as_bytes();
        let bytes = &all[..all.len().min(MAX_PASTE_BYTES)];
        self.cut |= bytes.len() < all.len();
        let mut i = 0;
        // The end of the run at `i`, once known: a run may hold several glued links.
        let mut end = 0;
        while i < bytes.len() {
            if !is_link_byte(bytes[i]) {
                i += 1;
                continue;
            }
            if i >= end {
                end = run_end(bytes, i);
            }
            let run = &bytes[i..end];
            let before = if i > 0 { bytes[i - 1] } else { b' ' };
            i = if (before == b'#' && versioned(run)) || bare(run) {
                self.candidate(text, bytes, i, end)
            } else if before == b'%' && run.starts_with(b"23") && versioned(&run[2..]) {
                self.candidate(text, bytes, i + 2, end)
            } else {
                end
            };
        }
    }

    /// The texts of the links taken, in order: collecting them again gives the same responses.
    pub fn taken(&self) -> &[String] {
        &self.taken
    }

    /// Reads the candidate at `start` in the run ending at `end`; gives where to read on.
    fn candidate(&mut self, text: &str, bytes: &[u8], start: usize, end: usize) -> usize {
        let run = text.get(start..end).unwrap_or_default();
        let want = declared(run.as_bytes());
        let found = if run.len() < want {
            join(text, bytes, start, end)
        } else {
            Some((run.get(..want).unwrap_or(run).to_owned(), start + want))
        };
        if let Some((link, next)) = found {
            if let Ok(decoded) = decode(&link) {
                self.take(link, decoded);
                return next;
            }
        }
        if let Err(error) = decode(run) {
            self.problem(run, CollectError::Link(error));
        }
        end
    }

    fn take(&mut self, link: String, decoded: Decoded) {
        if self.taken.contains(&link) {
            self.duplicates += 1;
            return;
        }
        let (responses, name) = match decoded {
            Decoded::Response(r) => (vec![r.response], r.team_name),
            Decoded::Team(t) => (t.responses, t.team_name),
            Decoded::Workshop(_) => return self.problem(&link, CollectError::Invitation),
        };
        if self.responses.len() + responses.len() > MAX_TEAM_RESPONSES {
            return self.problem(&link, CollectError::TooManyResponses);
        }
        self.responses.extend(responses);
        self.taken.push(link);
        match (&self.team_name, name) {
            (None, name) => self.team_name = name,
            (Some(first), Some(name)) if *first != name && !self.other_names.contains(&name) => {
                self.other_names.push(name);
                self.other_team_names += 1;
            }
            _ => {}
        }
    }

    fn problem(&mut self, link: &str, error: CollectError) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more_problems += 1;
            return;
        }
        // A candidate is ASCII: one byte per character.
        let mut excerpt = String::from(link.get(..EXCERPT_CHARS).unwrap_or(link));
        if excerpt.len() < link.len() {
            excerpt.push('…');
        }
        self.problems.push(Problem { excerpt, error });
    }
}

/// The run from `start` to `pos` joined with the runs that continue it on the next lines, up to
/// the length its header declares; and where that length ends in `bytes`.
fn join(text: &str, bytes: &[u8], start: usize, mut pos: usize) -> Option<(String, usize)> {
    let mut link = String::from(text.get(start..pos)?);
    loop {
        let want = declared(link.as_bytes());
        if link.len() >= want {
            let excess = link.len() - want;
            link.truncate(want);
            return Some((link, pos - excess));
        }
        if want > MAX_LINK_CHARS {
            return None;
        }
        // The piece must end its line (blanks may follow); the next line may be quoted.
        pos = skip(bytes, pos, b" \t");
        pos += match bytes.get(pos..) {
            Some([b'\r', b'\n', ..]) => 2,
            Some([b'\r' | b'\n', ..]) => 1,
            _ => return None,
        };
        pos = skip(bytes, pos, b" \t>");
        // Copy no more than a link can hold: the header may declare more once it is complete.
        let piece_end = run_end(bytes, pos).min(pos + MAX_LINK_CHARS - link.len());
        if piece_end == pos || bare(&bytes[pos..piece_end]) {
            return None;
        }
        link.push_str(text.get(pos..piece_end)?);
        pos = piece_end;
    }
}

/// The length of the version 1 link that `link` begins, as far as its header shows it (a lower
/// bound while the header is incomplete); for anything else, its own length.
fn declared(link: &[u8]) -> usize {
    // A two-character number (NN or KK) at `at`, 0 where the text stops before it.
    let field = |at: usize| {
        link.get(at..at + 2)
            .map_or(0, |f| sextet(f[0]) << 6 | sextet(f[1]))
    };
    let name_end = 5 + (field(3) * 4).div_ceil(3);
    let body = match link.get(..3) {
        Some(b"v1r") => RESPONSE_CHARS,
        Some(b"v1t") => 2 + field(name_end).max(1) * RESPONSE_CHARS,
        // An invitation: the two characters of its settings.
        Some(b"v1w") => 2,
        _ => return link.len(),
    };
    name_end + body + 4
}

/// The value of an alphabet character.
fn sextet(b: u8) -> usize {
    usize::from(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'-' => 62,
        _ => 63,
    })
}

fn is_link_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

fn run_end(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|&b| is_link_byte(b)) {
        pos += 1;
    }
    pos
}

fn skip(bytes: &[u8], mut pos: usize, set: &[u8]) -> usize {
    while bytes.get(pos).is_some_and(|b| set.contains(b)) {
        pos += 1;
    }
    pos
}

/// `v` and a digit: how every version of the link begins.
fn versioned(run: &[u8]) -> bool {
    run.first() == Some(&b'v') && run.get(1).is_some_and(u8::is_ascii_digit)
}

/// `v`, digits and `r` or `t`: a link without its address.
fn bare(run: &[u8]) -> bool {
    let digits = run
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    versioned(run) && matches!(run.get(1 + digits), Some(b'r' | b't' | b'w'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::link::{encode_response, encode_team};

    /// The golden sets "less" (no name) and "woerden" (team name "Wijkteam Oost").
    const LESS: &str = "v1rAAKZybuURiWb__86Wam";
    const WOERDEN: &str = "v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl";

    fn one(text: &str) -> Collected {
        let c = collect(text);
        assert_eq!(c.problems, [], "{text:?}");
        assert_eq!(c.responses.len(), 1, "{text:?}");
        c
    }

    fn link_error(text: &str) -> CollectError {
        let c = collect(text);
        assert_eq!(c.problems.len(), 1, "{text:?}: {c:?}");
        c.problems[0].error.clone()
    }

    #[test]
    fn finds_links_in_every_kind_of_surrounding() {
        for text in [
            LESS.to_owned(),
            format!("#{LESS}"),
            format!("  #{LESS}\n"),
            format!("[14:02, 22-11-2026] Anna: https://scan.example.nl/#{LESS}"),
            format!("Anna de Vries 14:03\nhttps://scan.example.nl/scan/#{LESS}\n"),
            format!("<https://scan.example.nl/#{LESS}>"),
            format!("zie https://scan.example.nl/#{LESS}."),
            format!("(https://scan.example.nl/#{LESS}), dank"),
            format!("https://scan.example.nl/?a=1&amp;b=2#{LESS}&amp;x"),
            format!("[link](https://scan.example.nl/#{LESS})"),
            format!("\"{LESS}\""),
            format!("*{LESS}*"),
            format!("_https://scan.example.nl/#{LESS}_"),
            format!("👍{LESS}👍"),
            format!("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fscan.example.nl%2F%23{LESS}&data=05%7C02"),
            format!("\t{LESS}\r\n"),
        ] {
            one(&text);
        }
    }

    #[test]
    fn leaves_hashtags_anchors_and_words_alone() {
        for text in [
            "#vandaag #v #top https://x.nl/#section v1 v12 vijf v1rr",
            "av1rAAKZybuURiWb__86Wam",
            "%24v1",
            "",
            "#",
        ] {
            let c = collect(text);
            // "v1rr" is a bare link start: the only problem allowed.
            assert!(c.responses.is_empty(), "{text:?}");
            assert!(
                c.problems
                    .iter()
                    .all(|p| p.excerpt == "v1rr"
                        && p.error == CollectError::Link(LinkError::Truncated)),
                "{text:?}: {c:?}"
            );
        }
        assert_eq!(collect("#vandaag #v #top v1 v12 vijf").problems, []);
    }

    #[test]
    fn reports_broken_links_with_their_error() {
        assert_eq!(
            link_error("#v1rAAKZybuURiWb__86W"),
            CollectError::Link(LinkError::Truncated)
        );
        assert_eq!(
            link_error("#v1rAAKZybuURiWb__86Wan"),
            CollectError::Link(LinkError::ChecksumMismatch)
        );
        assert_eq!(
            link_error("#v2rAAKZybuURiWb__86Wam"),
            CollectError::Link(LinkError::UnsupportedVersion { version: 2 })
        );
        assert_eq!(
            link_error("#v1xAAKZybuURiWb__86Wam"),
            CollectError::Link(LinkError::UnknownKind { kind: 'x' })
        );
        assert_eq!(link_error("#v1"), CollectError::Link(LinkError::Truncated));
        assert_eq!(
            link_error(&format!("#v1r{}", "A".repeat(27))),
            CollectError::Link(LinkError::LengthMismatch)
        );
        let long = format!("#v2r{}", "A".repeat(MAX_LINK_CHARS));
        let c = collect(&long);
        assert_eq!(c.problems.len(), 1);
        assert_eq!(
            c.problems[0].error,
            CollectError::Link(LinkError::TooLong {
                chars: MAX_LINK_CHARS + 3
            })
        );
        assert_eq!(c.problems[0].excerpt, format!("{}…", &long[1..41]));
    }

    #[test]
    fn glued_links_and_trailing_characters() {
        let c = collect(&format!("{LESS}{WOERDEN}_-x"));
        assert_eq!((c.responses.len(), c.problems.len()), (2, 0));
        // The prefix rule never takes a broken link: the error is the run's.
        assert_eq!(
            link_error(&format!("#{}x", &LESS[..21])),
            CollectError::Link(LinkError::ChecksumMismatch)
        );
    }

    #[test]
    fn joins_links_wrapped_by_mail_clients() {
        for (a, b) in [(10, 22), (3, 22), (3, 30), (4, 5), (25, 40)] {
            for sep in ["\n", "\r\n", " \n> ", "\n>> ", "\r\n  > > "] {
                let text = format!(
                    "> https://scan.example.nl/#{}{sep}{}{sep}{}.\n> Groeten",
                    &WOERDEN[..a],
                    &WOERDEN[a..b],
                    &WOERDEN[b..]
                );
                let c = collect(&text);
                assert_eq!((c.responses.len(), c.problems.len()), (1, 0), "{text:?}");
                assert_eq!(c.team_name.as_ref().unwrap().as_str(), "Wijkteam Oost");
            }
        }
        // A cut link before an ordinary line stays a problem, reported as it stood.
        let c = collect(&format!("#{}\nGroeten\n{LESS}", &LESS[..12]));
        assert_eq!(c.responses.len(), 1);
        assert_eq!(c.problems.len(), 1);
        assert_eq!(c.problems[0].excerpt, &LESS[..12]);
        assert_eq!(
            c.problems[0].error,
            CollectError::Link(LinkError::Truncated)
        );
        // A next line that starts a link of its own is not a continuation.
        let c = collect(&format!("#{}\n{LESS}", &LESS[..12]));
        assert_eq!((c.responses.len(), c.problems.len()), (1, 1));
    }

    #[test]
    fn same_link_once_identical_team_members_all() {
        let r = collect(LESS).responses[0].clone();
        let c = collect(&format!("{LESS} {LESS}\n#{LESS}"));
        assert_eq!((c.responses.len(), c.duplicates), (1, 2));
        let team = encode_team(&[r.clone(), r.clone(), r.clone()], None).unwrap();
        let c = collect(&format!("{team} {team} {LESS}"));
        assert_eq!(c.responses, vec![r; 4]);
        assert_eq!(c.duplicates, 1);
    }

    #[test]
    fn first_team_name_and_others_counted_once() {
        let r = Response::default();
        let name = |n: &str| TeamName::new(n).unwrap();
        let text = [
            encode_response(&r, None),
            encode_response(&r, Some(&name("Oost"))),
            encode_response(&r, Some(&name("West"))),
            encode_response(&r, Some(&name("West"))),
            encode_response(&r, Some(&name("Noord"))),
            encode_response(&r, Some(&name("Oost"))),
        ]
        .join(" ");
        let c = collect(&text);
        assert_eq!(c.team_name, Some(name("Oost")));
        assert_eq!(c.other_team_names, 2);
        assert_eq!(c.duplicates, 2);
    }

    #[test]
    fn at_most_600_responses_and_a_team_is_never_split() {
        let mut rng = 0x1234_5678_9ABC_DEF0u64;
        let mut team: Vec<Response> = Vec::new();
        while team.len() < 601 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let mut r = Response::default();
            for (i, a) in r.now.iter_mut().enumerate() {
                *a = crate::domain::instrument::Answer::from_code(((rng >> (2 * i)) % 6) as u8)
                    .unwrap();
            }
            team.push(r);
        }
        let big = encode_team(&team[..599], None).unwrap();
        let two = encode_team(&team[599..601], None).unwrap();
        let last = encode_response(&team[599], None);
        let c = collect(&format!(
            "{big}\n{two}\n{last}\n{}",
            encode_response(&team[600], None)
        ));
        assert_eq!(c.responses.len(), 600);
        assert_eq!(c.problems.len(), 2);
        assert!(c
            .problems
            .iter()
            .all(|p| p.error == CollectError::TooManyResponses));
        assert_eq!(c.problems[0].excerpt, two);
    }

    #[test]
    fn limits_on_input_and_problems() {
        let mut text = "x".repeat(MAX_PASTE_BYTES - 5);
        text.push_str(&format!(" {LESS}"));
        let c = collect(&text);
        assert!(c.cut && c.responses.is_empty());
        assert!(!collect(LESS).cut);
        let c = collect(&"#v1 ".repeat(MAX_PROBLEMS + 7));
        assert_eq!((c.problems.len(), c.more_problems), (MAX_PROBLEMS, 7));
    }

    #[test]
    fn declared_lengths() {
        assert_eq!(declared(LESS.as_bytes()), 22);
        assert_eq!(declared(WOERDEN.as_bytes()), WOERDEN.len());
        assert_eq!(declared(b"v1r"), 22);
        assert_eq!(declared(b"v1t"), 24);
        assert_eq!(declared(b"v1tAAAC"), 5 + 2 + 2 * 13 + 4);
        assert_eq!(declared(b"v2rAAAA"), 7);
        let team = encode_team(
            &vec![Response::default(); 2],
            Some(&TeamName::new("Zuid").unwrap()),
        )
        .unwrap();
        assert_eq!(declared(team.as_bytes()), team.len());
        for cut in 0..team.len() {
            assert!(declared(&team.as_bytes()[..cut]) <= team.len());
        }
    }
}
