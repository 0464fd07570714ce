//! Result links taken out of pasted text, for the workshop's team view.
//!
//! A facilitator pastes whatever holds the participants' result links: one link, many, or a whole
//! chat transcript copied from WhatsApp, Teams or an e-mail, with names, times and quoted replies
//! around them. [`collect`] finds every link in it, decodes it with [`decode`] and keeps the
//! individual results, and the team links as counts ([`Collected::teams`]: versions 1 and 2 are
//! held as their counts, version 3 as it is); [`Collected::add`] takes a later paste, so the team
//! grows. [`Collected::counts`] is the whole collection as one team's counts: what is shared.
//!
//! # What is read as a link
//!
//! The text is read as runs of the link alphabet `[A-Za-z0-9_-]`; anything else (white space,
//! punctuation, the `<>` around a link, `&amp;`, emoji) ends a run. A run is a candidate when
//! - it follows a `#`, or `%23` (the `#` of a link inside an encoded address, as in Outlook's
//!   Safe Links), and starts with `v` and a digit: a link's fragment. A `#` followed by anything
//!   else (`#vandaag`, `#top`) is a hashtag or an anchor and is left alone; or
//! - it starts with `v`, digits and `r`, `t` or `w` (`v1r…`, `v1t…`, `v2t…`): a link pasted
//!   without its address. A run starts at a word boundary, so `v1r` inside a word is not read.
//!
//! Every candidate is decoded; one that does not decode becomes a [`Problem`] with the error, in
//! order of appearance. Two repairs make a version 1 link, or a version 2 team link with its
//! agreements, readable where chat and mail tools mangled its surroundings. The link's CRC-24 checks both, so neither turns noise into a
//! response:
//! - A run longer than its header declares (`…86Wam_` from chat formatting, or two links glued
//!   together) is read up to the declared length, and the rest is read as a new run. A version
//!   2 link declares its length piece by piece (the responses, the number of agreements, each
//!   field's length), so the whole header is read to find its end.
//! - A run that stops at the end of a line before its declared length (a mail client wrapped the
//!   link) is continued with the next lines, skipping quote marks `>` and indentation, while each
//!   next line starts with alphabet characters. The joined text is taken only when it is a valid
//!   link; otherwise the problem is reported for the run as it stood. A `#v` or `#v1` at the end
//!   of a line is such a run too (issue 21: wrapped right after the version).
//!
//! A version 3 team link declares no length of its own before its checksum (its sections run up
//! to it): a wrapped one is continued line by line until its checksum holds (at most
//! `MAX_JOINED_LINES` lines); one glued to other text is not cut out of it.
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
//! # The team's agreements
//!
//! [`Collected::agreements`] are the agreements of the first team link taken that carried any
//! (version 2), as [`Collected::team_name`] is the first name: a later team link is compared
//! with what that team agreed. Agreements on later team links are not merged in.
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

use super::agreement::Agreements;
use super::counts::TeamCounts;
use super::link::{decode, Decoded, LinkError, MAX_LINK_CHARS, MAX_TEAM_RESPONSES, RESPONSE_CHARS};
use super::response::{Response, TeamName};
use super::team::RoleSizes;

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
    /// The individual results (result links), in order of appearance. They never leave the
    /// browser: what is shared is [`Collected::counts`].
    pub responses: Vec<Response>,
    /// The counts of the team links taken, in order of appearance. A team link of version 1 or
    /// 2 (one record per person) is held as its counts from then on.
    pub teams: Vec<TeamCounts>,
    /// The first team name on a link that was taken.
    pub team_name: Option<TeamName>,
    /// The agreements of the first team link taken that carried any; none when no team link
    /// did.
    pub agreements: Agreements,
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

/// What one paste did ([`Collected::add`]): what a message after the paste says, for example
/// "3 uitkomsten toegevoegd, 1 dubbel, 1 van team Zuid, geen link in 2 regels".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PasteReport {
    /// Individual results (result links) added.
    pub results: usize,
    /// Team links added, each held as counts.
    pub team_links: usize,
    /// The participants those team links hold together.
    pub team_participants: usize,
    /// Valid links not taken because the same link text was taken before (this paste or an
    /// earlier one).
    pub duplicates: usize,
    /// The team names on links taken (not duplicates) in this paste that are not the
    /// collection's team name, each once, in order of appearance.
    pub other_teams: Vec<TeamName>,
    /// Lines with text on them where no link starts (chatter, names, times).
    pub lines_without_link: usize,
    /// Candidates that gave nothing: their [`Problem`]s are the last ones of
    /// [`Collected::problems`] (or counted in [`Collected::more_problems`]).
    pub problems: usize,
    /// This paste was longer than [`MAX_PASTE_BYTES`]; only its beginning was read.
    pub cut: bool,
}

impl PasteReport {
    /// Whether the paste added anyone.
    pub fn added(&self) -> bool {
        self.results + self.team_links > 0
    }
}

/// The lines of `bytes` with anything but white space on them that no link touches (`spans`:
/// where candidates started and where reading went on after them, ascending).
fn lines_without(bytes: &[u8], spans: &[(usize, usize)]) -> usize {
    let mut count = 0;
    let mut line_start = 0;
    let mut span = 0;
    for line in bytes.split(|&b| b == b'\n') {
        let line_end = line_start + line.len();
        // Spans that ended before this line no longer matter.
        while spans.get(span).is_some_and(|&(_, e)| e < line_start) {
            span += 1;
        }
        let touched = spans
            .get(span)
            .is_some_and(|&(s, e)| s <= line_end && e >= line_start);
        if !touched && !line.iter().all(u8::is_ascii_whitespace) {
            count += 1;
        }
        line_start = line_end + 1;
    }
    count
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
    ///
    /// Gives what this paste did ([`PasteReport`]), for the message after a paste.
    pub fn add(&mut self, text: &str) -> PasteReport {
        let all = text.as_bytes();
        let bytes = &all[..all.len().min(MAX_PASTE_BYTES)];
        self.cut |= bytes.len() < all.len();
        let before = (
            self.responses.len(),
            self.teams.len(),
            self.duplicates,
            self.problems.len() + self.more_problems,
        );
        let mut names = Vec::new();
        let mut spans = Vec::new();
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
            // `#v` alone may be a link that a mail program wrapped right after its `v`.
            let at = if (before == b'#' && (versioned(run) || run == b"v")) || bare(run) {
                Some(i)
            } else if before == b'%' && run.starts_with(b"23") && versioned(&run[2..]) {
                Some(i + 2)
            } else {
                None
            };
            i = match at {
                Some(at) => {
                    let next = self.candidate(text, bytes, at, end, &mut names);
                    // A wrapped link spans its lines.
                    spans.push((at, next));
                    next
                }
                None => end,
            };
        }
        let mut other_teams: Vec<TeamName> = Vec::new();
        for name in names {
            if self.team_name.as_ref() != Some(&name) && !other_teams.contains(&name) {
                other_teams.push(name);
            }
        }
        let added: Vec<&TeamCounts> = self.teams[before.1..].iter().collect();
        PasteReport {
            results: self.responses.len() - before.0,
            team_links: added.len(),
            team_participants: added.iter().map(|t| t.participants() as usize).sum(),
            duplicates: self.duplicates - before.2,
            other_teams,
            lines_without_link: lines_without(bytes, &spans),
            problems: self.problems.len() + self.more_problems - before.3,
            cut: bytes.len() < all.len(),
        }
    }

    /// The texts of the links taken, in order: collecting them again gives the same responses.
    pub fn taken(&self) -> &[String] {
        &self.taken
    }

    /// Everyone collected: the individual results and the team links' participants.
    pub fn participants(&self) -> usize {
        self.teams
            .iter()
            .fold(self.responses.len(), |n, t| n + t.participants() as usize)
    }

    /// The whole collection as one team's counts ([`TeamCounts::collected`]): what the team
    /// view draws and shares.
    pub fn counts(&self) -> TeamCounts {
        TeamCounts::collected(&self.responses, &self.teams)
    }

    /// How many said each role group, over the individual results and the team links.
    pub fn role_sizes(&self) -> RoleSizes {
        TeamCounts::sizes_of(&self.responses, &self.teams)
    }

    /// Reads the candidate at `start` in the run ending at `end`; gives where to read on.
    fn candidate(
        &mut self,
        text: &str,
        bytes: &[u8],
        start: usize,
        end: usize,
        names: &mut Vec<TeamName>,
    ) -> usize {
        let run = text.get(start..end).unwrap_or_default();
        let want = declared(run.as_bytes());
        let found = if run.len() < want {
            join(text, bytes, start, end)
        } else {
            Some((run.get(..want).unwrap_or(run).to_owned(), start + want))
        };
        let counts = found
            .as_ref()
            .map_or(run, |(link, _)| link.as_str())
            .starts_with("v3t");
        if let Some((link, next)) = found {
            if let Ok(decoded) = decode(&link) {
                names.extend(self.take(link, decoded));
                return next;
            }
        }
        if counts {
            if let Some((link, decoded, next)) = join_counts(text, bytes, start, end) {
                names.extend(self.take(link, decoded));
                return next;
            }
        }
        // A lone `#v` that continues nowhere is a hashtag, not a broken link.
        if let (Err(error), true) = (decode(run), run != "v") {
            self.problem(run, CollectError::Link(error));
        }
        end
    }

    /// Takes a valid link, unless taken before; gives the team name of a link taken.
    fn take(&mut self, link: String, decoded: Decoded) -> Option<TeamName> {
        if self.taken.contains(&link) {
            self.duplicates += 1;
            return None;
        }
        let (responses, team, name, agreements) = match decoded {
            Decoded::Response(r) => (vec![r.response], None, r.team_name, None),
            // Versions 1 and 2 are held as counts from here on.
            Decoded::Team(t) => (
                Vec::new(),
                Some(TeamCounts::from_responses(&t.responses)),
                t.team_name,
                Some(t.agreements),
            ),
            Decoded::TeamCounts(c) => (Vec::new(), Some(c.counts), c.team_name, Some(c.agreements)),
            Decoded::Workshop(_) => {
                self.problem(&link, CollectError::Invitation);
                return None;
            }
        };
        let adds = responses.len() + team.as_ref().map_or(0, |t| t.participants() as usize);
        if self.participants() + adds > MAX_TEAM_RESPONSES {
            self.problem(&link, CollectError::TooManyResponses);
            return None;
        }
        self.responses.extend(responses);
        self.teams.extend(team);
        self.taken.push(link);
        match agreements {
            Some(agreements) if self.agreements.is_empty() => self.agreements = agreements,
            _ => {}
        }
        match (&self.team_name, &name) {
            (None, name) => self.team_name = name.clone(),
            (Some(first), Some(name)) if first != name && !self.other_names.contains(name) => {
                self.other_names.push(name.clone());
                self.other_team_names += 1;
            }
            _ => {}
        }
        name
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

/// The most lines a wrapped version 3 link is looked for in (a link of [`MAX_LINK_CHARS`]
/// wrapped at 76 columns takes 108): the work per candidate stays bounded.
const MAX_JOINED_LINES: usize = 200;

/// A version 3 team link wrapped over lines: its length shows only where its checksum holds
/// (its sections run up to it), so the lines that continue the run are added one at a time, as
/// [`join`] reads them, until the text is a valid link; `None` when none is.
fn join_counts(
    text: &str,
    bytes: &[u8],
    start: usize,
    mut pos: usize,
) -> Option<(String, Decoded, usize)> {
    let mut link = String::from(text.get(start..pos)?);
    for _ in 0..MAX_JOINED_LINES {
        pos = skip(bytes, pos, b" \t");
        pos += match bytes.get(pos..) {
            Some([b'\r', b'\n', ..]) => 2,
            Some([b'\r' | b'\n', ..]) => 1,
            _ => return None,
        };
        pos = skip(bytes, pos, b" \t>");
        let piece_end = run_end(bytes, pos).min(pos + MAX_LINK_CHARS.saturating_sub(link.len()));
        if piece_end == pos || bare(&bytes[pos..piece_end]) {
            return None;
        }
        link.push_str(text.get(pos..piece_end)?);
        pos = piece_end;
        if let Ok(decoded) = decode(&link) {
            return Some((link, decoded, pos));
        }
    }
    None
}

/// The length of the version 1 link, or version 2 team link, that `link` begins, as far as its
/// header shows it; for anything else, its own length.
///
/// While the header is incomplete this is a lower bound, and more than the text's length: every
/// field the text stops before is counted as 0 (a count of responses or agreements as 1), and
/// the fields after it and the checksum are still added, so a link is never cut inside its
/// header.
fn declared(link: &[u8]) -> usize {
    // A number of `chars` characters at `at`, 0 where the text stops before it.
    let number = |at: usize, chars: usize| {
        link.get(at..at + chars)
            .map_or(0, |f| f.iter().fold(0, |acc, &c| acc << 6 | sextet(c)))
    };
    // A name or an agreement's field: its 2-character byte length, then its base64url text.
    let text_field = |at: usize| at + 2 + (number(at, 2) * 4).div_ceil(3);
    let name_end = text_field(3);
    let blocks_end = name_end + 2 + number(name_end, 2).max(1) * RESPONSE_CHARS;
    let end = match link.get(..3) {
        Some(b"v1r") => name_end + RESPONSE_CHARS,
        Some(b"v1t") => blocks_end,
        // An invitation: the two characters of its settings.
        Some(b"v1w") => name_end + 2,
        // A link cut right after its `v` or version (wrapped there by a mail program): at
        // least one more character.
        _ if link.iter().skip(1).all(u8::is_ascii_digit) => return link.len() + 1,
        Some(b"v2t") => {
            // G agreements (at most 63 in any text: bounded work), each D and three fields;
            // at least one while G is not there yet.
            let agreements = link.get(blocks_end).map_or(1, |&g| sextet(g));
            let mut at = blocks_end + 1;
            for _ in 0..agreements {
                at = text_field(text_field(text_field(at + 1)));
            }
            at
        }
        _ => return link.len(),
    };
    end + 4
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

/// `v`, digits and `r`, `t` or `w`: a link without its address.
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
    use crate::domain::agreement::AgreementField;
    use crate::domain::link::{encode_response, encode_team, encode_team_with};

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
        // A response link with its version or kind changed is damaged (issue 21: the
        // checksum is judged before the version)...
        assert_eq!(
            link_error("#v2rAAKZybuURiWb__86Wam"),
            CollectError::Link(LinkError::ChecksumMismatch)
        );
        assert_eq!(
            link_error("#v1xAAKZybuURiWb__86Wam"),
            CollectError::Link(LinkError::ChecksumMismatch)
        );
        // ...and one whose checksum matches was made by a newer version.
        assert_eq!(
            link_error("#v2rAAAAAAAAALf3Bw1YsO2"),
            CollectError::Link(LinkError::UnsupportedVersion { version: 2 })
        );
        assert_eq!(
            link_error("#v2xAAAAAAAAALf3Bw1twoh"),
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
        assert_eq!(c.responses, vec![r.clone()]);
        assert_eq!(
            c.teams,
            vec![TeamCounts::from_responses(&[r.clone(), r.clone(), r])]
        );
        assert_eq!((c.participants(), c.duplicates), (4, 1));
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
        assert_eq!(c.participants(), 600);
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
    fn a_paste_says_what_it_did() {
        let r = Response::default();
        let zuid = TeamName::new("Zuid").unwrap();
        let oost = TeamName::new("Oost").unwrap();
        let team = encode_team(&[r.clone(), r.clone(), r.clone()], Some(&oost)).unwrap();
        let mut c = collect(&encode_response(&r, Some(&oost)));
        // A wrapped link is one line with a link, not two; chatter lines are counted.
        let wrapped = encode_response(&golden_like(3), Some(&oost));
        let text = format!(
            "[10:01] Anna: hier\n#{}\n{}\n\n[10:02] Bert: {}\n{team} en van Zuid {}\nkapot #{}\nv1w\ndoei",
            &wrapped[..10],
            &wrapped[10..],
            encode_response(&r, Some(&oost)),
            encode_response(&golden_like(4), Some(&zuid)),
            &LESS[..12],
        );
        let report = c.add(&text);
        assert_eq!(
            report,
            PasteReport {
                results: 2,
                team_links: 1,
                team_participants: 3,
                duplicates: 1,
                other_teams: vec![zuid.clone()],
                // "[10:01] Anna: hier" and "doei"; the blank line is not counted, "v1w" is a
                // (broken) link.
                lines_without_link: 2,
                problems: 2,
                cut: false,
            }
        );
        assert!(report.added());
        // Pasted again: only duplicates; nothing of another team was added.
        let again = c.add(&text);
        assert_eq!(
            (again.results, again.team_links, again.duplicates),
            (0, 0, 4)
        );
        assert_eq!(again.other_teams, []);
        assert!(!again.added());
        // Nothing at all.
        let none = c.add("geen link hier\n\nen hier ook niet");
        assert_eq!(none.lines_without_link, 2);
        assert_eq!(
            none,
            PasteReport {
                lines_without_link: 2,
                ..PasteReport::default()
            }
        );
        // Cut at the limit: said.
        let long = format!("{}\n{LESS}", "x".repeat(MAX_PASTE_BYTES));
        assert!(Collected::default().add(&long).cut);
    }

    /// A response with every answer `code`.
    fn golden_like(code: u8) -> Response {
        let a = crate::domain::instrument::Answer::from_code(code).unwrap();
        Response {
            now: [a; crate::domain::instrument::DIMENSION_COUNT],
            desired: [a; crate::domain::instrument::DIMENSION_COUNT],
            role: None,
        }
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

    #[test]
    fn declared_lengths_of_a_team_with_agreements() {
        let mut agreements = Agreements::default();
        agreements.set(
            1,
            AgreementField::Text,
            "Eén keer per maand casusoverleg".into(),
        );
        agreements.set(1, AgreementField::Owner, "Fatima".into());
        agreements.set(12, AgreementField::Text, "שיתוף 👩‍👩‍👧".into());
        agreements.set(12, AgreementField::Due, "Q3".into());
        let team = encode_team_with(
            &vec![Response::default(); 3],
            Some(&TeamName::new("Zuid").unwrap()),
            &agreements,
        )
        .unwrap();
        assert!(team.starts_with("v2t"));
        assert_eq!(declared(team.as_bytes()), team.len());
        // Every prefix from the kind on: a lower bound, and beyond its own length until the
        // header is complete, so a wrapped link is never cut short.
        for cut in 3..team.len() {
            let want = declared(&team.as_bytes()[..cut]);
            assert!(want <= team.len() && want > cut, "{cut}: {want}");
        }
        // Followed by anything, a link is read to its own end.
        let glued = format!("{team}{LESS}");
        assert_eq!(declared(glued.as_bytes()), team.len());
        // v2t, no name, one response, G = 0: the header ends at the checksum.
        assert_eq!(declared(b"v2tAAABAAAAAAAAAAAAAA"), 5 + 2 + 13 + 1 + 4);
        // G = 63 agreements of empty fields.
        let most = format!("v2tAAAB{}_", "A".repeat(13));
        assert_eq!(declared(most.as_bytes()), most.len() + 63 * 7 + 4);
    }

    #[test]
    fn agreements_of_the_first_team_link_that_carries_any() {
        let r = Response::default();
        let mut first = Agreements::default();
        first.set(0, AgreementField::Text, "eerst".into());
        let mut second = Agreements::default();
        second.set(5, AgreementField::Text, "daarna".into());
        let text = [
            encode_response(&r, None),
            encode_team(std::slice::from_ref(&r), None).unwrap(),
            encode_team_with(&[r.clone(), r.clone()], None, &first).unwrap(),
            encode_team_with(std::slice::from_ref(&r), None, &second).unwrap(),
        ]
        .join("\n");
        let c = collect(&text);
        assert_eq!((c.participants(), c.problems.len()), (5, 0));
        assert_eq!(c.agreements, first);
        assert!(collect(&encode_team(&[r], None).unwrap())
            .agreements
            .is_empty());
    }
}
