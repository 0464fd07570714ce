//! The share link: one participant's response, or a whole team's, packed into the fragment of a
//! URL (everything after the `#`), so answers travel without a server and never reach one.
//!
//! # Format, version 1
//!
//! Only the characters `[A-Za-z0-9_-]` are used (the base64url alphabet, with the values
//! `A-Z a-z 0-9 - _` = 0..63), so chat tools, mail clients and Teams leave the link alone. Every
//! number is written big-endian, six bits per character.
//!
//! | kind | layout |
//! |---|---|
//! | one response | `v1r` NN NAME R CCCC |
//! | a team | `v1t` NN NAME KK R×K CCCC |
//! | a workshop invitation | `v1w` NN NAME SS CCCC |
//!
//! - NN: 2 characters, the byte length of the team name in UTF-8 (0 = no name, at most
//!   [`MAX_TEAM_NAME_BYTES`]).
//! - NAME: the UTF-8 bytes in unpadded base64url, exactly `ceil(len * 4 / 3)` characters; the
//!   unused bits of the last character are zero. The name must be a valid [`TeamName`] as it
//!   stands (1-60 characters, no surrounding white space).
//! - R: [`RESPONSE_CHARS`] characters, a 78-bit number in mixed radix:
//!   `role + 8 * Σ code_i * 6^i`, with role 0 (none) or a [`RoleGroup`] id 1-7, and code_i the
//!   [`Answer::code`] (0 = don't know, 1-5) of the NOW answers of dimensions 1-14 (i = 0..13)
//!   and then the DESIRED answers (i = 14..27). See [`response_key`].
//! - KK: 2 characters, the number of responses, 1 to [`MAX_TEAM_RESPONSES`]. The encoder writes
//!   the responses sorted by their R value, so the order never tells who answered what, and the
//!   same team always gives the same link.
//! - SS: 2 characters, a workshop's settings: bits 0-6 the role groups that apply (bit i for
//!   the [`RoleGroup`] with id i + 1), bit 7 the language (0 Dutch, 1 English), bits 8-11 zero.
//!   An invitation carries no answers: participants open it to join, and send their own
//!   response link back.
//! - CCCC: 4 characters, the CRC-24 (OpenPGP) of the ASCII text before it, from the `v` on. A
//!   single changed character is always detected.
//!
//! A response without a name takes 22 characters; a team of 30 without a name 401; an
//! invitation without a name 11.
//!
//! # Format, version 2: a team with its agreements
//!
//! The same alphabet, numbers, name and checksum as version 1. Version 2 defines only the team
//! link; a team without agreements is still written (and only read) as `v1t`.
//!
//! | kind | layout |
//! |---|---|
//! | a team with agreements | `v2t` NN NAME KK R×K G [D TT TEXT OO OWNER WW DUE]×G CCCC |
//!
//! - NN, NAME, KK, R×K: as in version 1 (responses sorted by their R value).
//! - G: 1 character, the number of agreements, 1 to 14. A version 2 link with G = 0 is
//!   [`LinkError::NonCanonical`] (the encoder writes version 1 then); G above 14 is
//!   [`LinkError::InvalidAgreement`].
//! - per agreement, D: 1 character, the dimension index 0-13 (dimension 1-14). Strictly
//!   ascending, so each dimension has at most one agreement and a set of agreements one link.
//! - TT, OO, WW: 2 characters each, the byte length in UTF-8 of what (the text), who (the owner)
//!   and by when (the due date), each followed by its bytes in unpadded base64url as NAME is
//!   (the unused bits of the last character zero). Owner and due may be empty (length 0, no
//!   characters); the text may not.
//! - CCCC: the CRC-24 of everything before it, agreements included.
//!
//! Each agreement is what [`Agreements::for_link`] gives: trimmed, with text, at most 140, 40
//! and 40 characters (so at most 560, 160 and 160 bytes), no control characters and no bidi
//! controls ([`Agreement::problem`] is `None`). Anything else is
//! [`LinkError::InvalidAgreement`]. `v2r` and `v2w` do not exist: they give
//! [`LinkError::UnsupportedVersion`] with version 2, what a link of a later version gives (the
//! reader is told the link was made with a newer version).
//!
//! Length: `3 + 2 + ⌈4n/3⌉ + 2 + 13k + 1 + Σ (7 + ⌈4t/3⌉ + ⌈4o/3⌉ + ⌈4w/3⌉) + 4` characters
//! for a name of n bytes, k responses and agreements of t, o and w bytes. An agreement of 100
//! ASCII characters without owner or due takes 141 characters; a full one (140, 40, 40 ASCII)
//! 302; the longest possible (4-byte characters throughout) 1,182. A team of 12 named "Sociaal
//! team Zuid – Werk & Inkomen" with five agreements of 100 Dutch characters (a few accented),
//! each with an owner of 24 characters and a due date of 25, takes 1,275 characters (the budget
//! is 2,000; `tests/link_properties.rs`). A link that would be longer than [`MAX_LINK_CHARS`]
//! is not written ([`encode_team_with`] gives [`LinkError::TooLong`]).
//!
//! QR code: the app draws a link's whole address in byte mode at error correction level M, or L
//! when M does not fit (`crate::qr`, the `qr_code` component). Version 40 holds 2,331 bytes at
//! M and 2,953 at L, so behind an origin and path of 60 characters (`#` included) a QR code
//! holds a link of up to 2,271 characters at M and 2,893 at L. The team of 12 above, behind
//! such an origin (1,335 bytes), is a version 30 code at M, 137 modules a side
//! (`tests/qr.rs`). A longer link is still shown and copied; the app then says a QR code cannot
//! hold it.
//!
//! # Format, version 3: a team link of counts
//!
//! The same alphabet, numbers, name, agreements and checksum as versions 1 and 2, but no
//! record of a person: per question, how many gave each answer. Written by
//! [`encode_team_counts`] from a [`TeamCounts`]: what the app shares (issue 21).
//!
//! | kind | layout |
//! |---|---|
//! | a team of counts | `v3t` NN NAME KK G [I SS]×G CORE [T LLL BODY]* CCCC |
//!
//! - NN, NAME: as in version 1.
//! - KK: 2 characters, the number of participants, 3 to [`MAX_TEAM_RESPONSES`]. Fewer than 3 is
//!   [`LinkError::TooFewResponses`]: each of two could subtract their own answers.
//! - G: 1 character, the number of role groups shown (0-7), by the rule of
//!   [`super::team::shown_role_groups`]; per group I (1 character, its id 1-7, strictly
//!   ascending) and SS (2 characters, its size, at least 3). The participants outside the groups
//!   (the rest) number 0 or at least 3. Anything else is [`LinkError::InvalidRoleGroups`].
//! - CORE: one number in mixed radix, least significant digit first: per part (each group in
//!   order, then the rest when it has anyone), per question (NOW of dimensions 1-14, then
//!   DESIRED), the rank of that part's counts for that question among the `C(m + 5, 5)` ways
//!   its m people can spread over the 6 answers ([`super::counts::rank`]). Written in the fewest
//!   characters that hold every such number, so its length follows from KK and the groups; a
//!   number beyond the largest is [`LinkError::ValueOutOfRange`]. The team's counts are the sum
//!   of the parts, so the link holds nothing the groups and the team do not show.
//! - Sections, each T (1 character, a tag), LLL (3 characters, the length of its body in
//!   characters) and the body, in strictly ascending tag order (else
//!   [`LinkError::NonCanonical`]). Version 3 defines tag `A` (0): the agreements, a body of
//!   version 2's `G [D TT TEXT OO OWNER WW DUE]×G` (G at least 1); a team without agreements has
//!   no section. A later version may add sections: a tag below 32 (`A`-`f`) must be understood,
//!   and a reader that does not know it says the link was made with a newer version
//!   ([`LinkError::NewerSection`]); a tag from 32 on (`g`-`_`) is optional, and a reader that
//!   does not know it reads the link without it ([`SharedCounts::unread_sections`]).
//! - CCCC: the CRC-24 of everything before it.
//!
//! Length without name and groups: `3 + 2 + 2 + 1 + core + 4`; the core is 28 characters for 3
//! people, 42 for 6 (against 78 in version 1), 86 for 30 and 178 for 500: whole links of 40, 54,
//! 98 and 190 characters (version 1: 50, 89, 401 and 6,511). A role group adds 3 characters and
//! splits the core into parts; the link stays shorter than version 1 for every team of 3 to 600
//! (`tests/link_counts.rs`).
//!
//! # Every version: the checksum first
//!
//! Every version, also a later one, ends in the CRC-24 of the rest (4 characters). A link of a
//! version or kind this program does not read is judged by that first: when it does not match,
//! the link is damaged ([`LinkError::ChecksumMismatch`]); only a matching one was made with a
//! newer version ([`LinkError::UnsupportedVersion`], [`LinkError::UnknownKind`]).
//!
//! # Decoding
//!
//! Decoding never panics, reads at most [`MAX_LINK_CHARS`] characters and allocates no more than
//! that input needs.

use std::fmt;

use super::agreement::{Agreement, AgreementField, Agreements};
use super::counts::TeamCounts;
use super::instrument::{Answer, Lang, RoleGroup, DIMENSION_COUNT};
use super::response::{Response, TeamName};

mod v3;
pub use v3::{encode_team_counts, MIN_TEAM_COUNTS};

/// The longest link (in characters, after the `#`) that [`decode`] reads.
pub const MAX_LINK_CHARS: usize = 8192;
/// The most responses a team link may hold.
pub const MAX_TEAM_RESPONSES: usize = 600;
/// The characters one response takes in a link.
pub const RESPONSE_CHARS: usize = 13;
/// The most bytes a team name may take in UTF-8: 60 characters of at most 4 bytes.
pub const MAX_TEAM_NAME_BYTES: usize = 240;

/// The format version of every link without agreements.
const VERSION_1: u32 = 1;
/// The format version of a team link with the team's agreements (kind `t` only).
const VERSION_AGREEMENTS: u32 = 2;
const KIND_RESPONSE: u8 = b'r';
const KIND_TEAM: u8 = b't';
const KIND_WORKSHOP: u8 = b'w';
/// Bit 7 of a workshop's settings: English.
const WORKSHOP_ENGLISH: u128 = 1 << 7;
/// Characters of the name length (NN), of the response count (KK) and of an agreement field's
/// byte length (TT, OO, WW): 12 bits each.
const FIELD_CHARS: usize = 2;
/// Characters of the agreement count (G) and of an agreement's dimension index (D).
const DIGIT_CHARS: usize = 1;
/// The most bytes one character takes in UTF-8: a field's byte limit is its character limit
/// times this.
const MAX_UTF8_BYTES: usize = 4;
const CHECKSUM_CHARS: usize = 4;
const BITS_PER_CHAR: usize = 6;

const ROLE_RADIX: u128 = 8;
const ANSWER_RADIX: u128 = 6;
/// The number of answers in one response: NOW and DESIRED for every dimension.
const ANSWER_COUNT: usize = 2 * DIMENSION_COUNT;
/// The largest valid R value: every answer 5 and role 7, i.e. `8 * 6^28 - 1` (below 2^76).
const MAX_RESPONSE_VALUE: u128 = ROLE_RADIX * ANSWER_RADIX.pow(ANSWER_COUNT as u32) - 1;
// RESPONSE_CHARS characters hold every response, and one fewer would not.
const _: () = assert!(MAX_RESPONSE_VALUE < 1 << (BITS_PER_CHAR * RESPONSE_CHARS));
const _: () = assert!(MAX_RESPONSE_VALUE >= 1 << (BITS_PER_CHAR * (RESPONSE_CHARS - 1)));

/// When the input is too long, [`LinkError::TooLong`] counts its characters over at most this
/// many bytes, so the count costs bounded work however large the input is.
const TOO_LONG_COUNT_LIMIT_BYTES: usize = 1 << 20;

/// The link alphabet in value order (base64url).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// One participant's response as it came out of a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedResponse {
    pub response: Response,
    pub team_name: Option<TeamName>,
}

/// A team's responses as they came out of a link, in canonical order (ascending
/// [`response_key`]), whatever order the link had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedTeam {
    pub responses: Vec<Response>,
    pub team_name: Option<TeamName>,
    /// What the team agreed, per dimension (none in a version 1 link).
    pub agreements: Agreements,
}

/// A workshop invitation: the team, the language and the role groups a facilitator chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workshop {
    pub team_name: Option<TeamName>,
    pub lang: Lang,
    /// The role groups participants choose from; empty = the role question is not asked.
    pub roles: Vec<RoleGroup>,
}

/// A team's counts as they came out of a version 3 link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedCounts {
    pub counts: TeamCounts,
    pub team_name: Option<TeamName>,
    /// What the team agreed, per dimension.
    pub agreements: Agreements,
    /// Optional sections of a newer version that this one skipped (the link was read without
    /// them); 0 for every link this version writes.
    pub unread_sections: usize,
}

/// What a link holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    Response(SharedResponse),
    /// A team link of versions 1 and 2: one record per participant.
    Team(SharedTeam),
    Workshop(Workshop),
    /// A team link of version 3: counts per question, no records.
    TeamCounts(SharedCounts),
}

/// Why a text is not a valid share link. Checked in this order: [`Empty`](LinkError::Empty),
/// [`TooLong`](LinkError::TooLong), the alphabet, `v` and digits; then, for a version and kind
/// this program reads (`v1r`, `v1t`, `v1w`, `v2t`, `v3t`), the lengths (a version 2 link's
/// agreements and a version 3 link's sections included), the checksum, and the values in the
/// order they appear in the link; for any other, the checksum (its last 4 characters, a rule
/// every version keeps) and only then the version and the kind. So a damaged link is
/// "damaged", never "made with a newer version".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing but white space and an optional `#`.
    Empty,
    /// More than [`MAX_LINK_CHARS`] characters (white space included). `chars` is the count,
    /// made over at most the first MiB of the input: for larger input it is a lower bound.
    TooLong { chars: usize },
    /// A character outside `[A-Za-z0-9_-]`; `position` counts characters from the start of the
    /// link, after the white space and the `#` in front of it.
    InvalidCharacter { position: usize, character: char },
    /// Does not start with `v` followed by a version number.
    NotALink,
    /// A version this program does not read (saturated at `u32::MAX`).
    UnsupportedVersion { version: u32 },
    /// A kind of link this program does not know.
    UnknownKind { kind: char },
    /// Shorter than its header says, or too short to hold a header.
    Truncated,
    /// Longer than its header says.
    LengthMismatch,
    /// The checksum does not match: the link was mistyped or cut.
    ChecksumMismatch,
    /// A value written in a form the encoder never writes: a version with a leading zero,
    /// non-zero unused bits at the end of the name or of an agreement's field, or a version 2
    /// team link without agreements (the encoder writes version 1 then).
    NonCanonical,
    /// A response number beyond the largest valid one, or a workshop's settings with any of
    /// bits 8-11 set.
    ValueOutOfRange,
    /// The team name is too long, not UTF-8, or not a valid [`TeamName`] as it stands.
    InvalidTeamName,
    /// A team link with more than [`MAX_TEAM_RESPONSES`] responses.
    TooManyResponses { count: usize },
    /// A team link without any response.
    NoResponses,
    /// A version 2 team link with an agreement the encoder never writes: more than 14, a
    /// dimension index beyond 13 or not above the one before, a field longer than its limit,
    /// not UTF-8 or not trimmed, no text, or an [`Agreement::problem`] (a control character, a
    /// bidi control).
    InvalidAgreement,
    /// A team link of counts (version 3) with 1 or 2 participants: each of them could subtract
    /// their own answers and learn the others'. The encoder refuses it too.
    TooFewResponses { count: usize },
    /// A version 3 link's role groups are not what the encoder writes: more than 7, an id
    /// beyond 7 or not above the one before, a group below 3 participants, groups larger than
    /// the team, or 1 or 2 participants outside the groups.
    InvalidRoleGroups,
    /// A version 3 link with a section this version must understand but does not know: the
    /// link was made with a newer version. `tag` is the section's tag character.
    NewerSection { tag: char },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => f.write_str("the link is empty"),
            LinkError::TooLong { chars } => write!(
                f,
                "the link is too long: {chars} characters, at most {MAX_LINK_CHARS} are read"
            ),
            LinkError::InvalidCharacter {
                position,
                character,
            } => write!(
                f,
                "the link has an invalid character {character:?} at position {position}"
            ),
            LinkError::NotALink => f.write_str("this is not a share link"),
            LinkError::UnsupportedVersion { version } => {
                write!(f, "the link has version {version}, which is not supported")
            }
            LinkError::UnknownKind { kind } => write!(f, "the link has an unknown kind {kind:?}"),
            LinkError::Truncated => f.write_str("the link is incomplete"),
            LinkError::LengthMismatch => f.write_str("the link is longer than its header says"),
            LinkError::ChecksumMismatch => {
                f.write_str("the link's checksum does not match: it was changed or mistyped")
            }
            LinkError::NonCanonical => f.write_str("the link is not written in canonical form"),
            LinkError::ValueOutOfRange => f.write_str("the link holds an impossible answer"),
            LinkError::InvalidTeamName => f.write_str("the link holds an invalid team name"),
            LinkError::TooManyResponses { count } => write!(
                f,
                "the team has {count} responses, at most {MAX_TEAM_RESPONSES} are allowed"
            ),
            LinkError::NoResponses => f.write_str("the team has no responses"),
            LinkError::InvalidAgreement => f.write_str("the link holds an invalid agreement"),
            LinkError::TooFewResponses { count } => write!(
                f,
                "the team has {count} responses, a team link of counts needs at least {MIN_TEAM_COUNTS}"
            ),
            LinkError::InvalidRoleGroups => f.write_str("the link holds invalid role groups"),
            LinkError::NewerSection { tag } => write!(
                f,
                "the link has a section {tag:?} of a newer version, which is not supported"
            ),
        }
    }
}

impl std::error::Error for LinkError {}

/// The R value of a response: `role + 8 * Σ code_i * 6^i` (see the module docs). Two responses
/// have the same key exactly when they are equal, so it serves to find duplicates and to sort.
pub fn response_key(response: &Response) -> u128 {
    let sum = response
        .now
        .iter()
        .chain(response.desired.iter())
        .rev()
        .fold(0u128, |acc, answer| {
            acc * ANSWER_RADIX + u128::from(answer.code())
        });
    sum * ROLE_RADIX + u128::from(response.role.map_or(0, RoleGroup::id))
}

/// The link fragment (without `#`) for one participant's response.
pub fn encode_response(response: &Response, team_name: Option<&TeamName>) -> String {
    let mut out = String::with_capacity(link_capacity(team_name, 1));
    push_header(&mut out, VERSION_1, KIND_RESPONSE, team_name);
    push_number(&mut out, response_key(response), RESPONSE_CHARS);
    push_checksum(&mut out);
    out
}

/// The link fragment (without `#`) for a team's responses. The responses are written in
/// canonical order, so the same multiset of responses always gives the same link.
///
/// A pure codec: it writes every role group it is given. A team link that is shared must be
/// made of [`super::team::shareable`] responses, so that it names a role group only where the
/// team may show it.
///
/// # Errors
/// [`LinkError::NoResponses`] for an empty slice, [`LinkError::TooManyResponses`] above
/// [`MAX_TEAM_RESPONSES`].
pub fn encode_team(
    responses: &[Response],
    team_name: Option<&TeamName>,
) -> Result<String, LinkError> {
    team_link(responses, team_name, &[])
}

/// The link fragment (without `#`) for a team's responses and the agreements it made: version 1
/// (what [`encode_team`] writes) when [`Agreements::for_link`] is empty, else version 2 with
/// those agreements (trimmed; an agreement with a [`Agreement::problem`] is left out, as it is
/// from every team link).
///
/// # Errors
/// Those of [`encode_team`], and [`LinkError::TooLong`] when the link would be longer than
/// [`MAX_LINK_CHARS`] (at most 14 long agreements of 4-byte characters, or many responses with
/// long agreements): [`decode`] would not read it.
pub fn encode_team_with(
    responses: &[Response],
    team_name: Option<&TeamName>,
    agreements: &Agreements,
) -> Result<String, LinkError> {
    team_link(responses, team_name, &agreements.for_link())
}

/// A team link: version 1 without agreements, version 2 with them (checked, trimmed, in
/// ascending dimension order, as [`Agreements::for_link`] gives them).
fn team_link(
    responses: &[Response],
    team_name: Option<&TeamName>,
    agreements: &[(usize, Agreement)],
) -> Result<String, LinkError> {
    let count = responses.len();
    if count == 0 {
        return Err(LinkError::NoResponses);
    }
    if count > MAX_TEAM_RESPONSES {
        return Err(LinkError::TooManyResponses { count });
    }
    let mut keys: Vec<u128> = responses.iter().map(response_key).collect();
    keys.sort_unstable();
    let version = if agreements.is_empty() {
        VERSION_1
    } else {
        VERSION_AGREEMENTS
    };
    let capacity = link_capacity(team_name, count) + agreements_capacity(agreements);
    let mut out = String::with_capacity(capacity);
    push_header(&mut out, version, KIND_TEAM, team_name);
    push_number(&mut out, count as u128, FIELD_CHARS);
    for key in keys {
        push_number(&mut out, key, RESPONSE_CHARS);
    }
    if !agreements.is_empty() {
        push_number(&mut out, agreements.len() as u128, DIGIT_CHARS);
        for (dimension, agreement) in agreements {
            push_number(&mut out, *dimension as u128, DIGIT_CHARS);
            for field in AgreementField::ALL {
                // Within its limit, a field takes at most 560 bytes: 12 bits hold its length.
                let bytes = agreement.field(field).as_bytes();
                push_number(&mut out, bytes.len() as u128, FIELD_CHARS);
                push_base64(&mut out, bytes);
            }
        }
    }
    push_checksum(&mut out);
    // Only version 2 can get here: the longest version 1 link has 8131 characters.
    if out.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars: out.len() });
    }
    Ok(out)
}

/// The link fragment (without `#`) of a workshop invitation.
pub fn encode_workshop(workshop: &Workshop) -> String {
    let mut out = String::with_capacity(link_capacity(workshop.team_name.as_ref(), 0));
    push_header(
        &mut out,
        VERSION_1,
        KIND_WORKSHOP,
        workshop.team_name.as_ref(),
    );
    let roles = u128::from(RoleGroup::mask(&workshop.roles));
    let lang = match workshop.lang {
        Lang::Nl => 0,
        Lang::En => WORKSHOP_ENGLISH,
    };
    push_number(&mut out, roles | lang, FIELD_CHARS);
    push_checksum(&mut out);
    out
}

/// Reads a link fragment, with or without the leading `#`, ignoring ASCII white space around it:
/// every version this library reads, the team link of counts (version 3) included.
///
/// # Errors
/// A [`LinkError`] saying what is wrong; the checks run in the order listed there, so a mistyped
/// link gives [`LinkError::ChecksumMismatch`] rather than a confusing value error.
pub fn decode(fragment: &str) -> Result<Decoded, LinkError> {
    decode_versions::<true>(fragment)
}

/// [`decode`]; `COUNTS` false judged a version 3 link as one of a newer version while the app
/// did not take them (before issue 21's counts): kept as a constant so that a later version
/// can be held back the same way.
fn decode_versions<const COUNTS: bool>(fragment: &str) -> Result<Decoded, LinkError> {
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    // A string never has more characters than bytes: only a long one needs counting.
    if fragment.len() > MAX_LINK_CHARS {
        let chars = count_chars_bounded(fragment.as_bytes());
        if chars > MAX_LINK_CHARS {
            return Err(LinkError::TooLong { chars });
        }
    }
    let text = fragment.trim_ascii();
    let text = text.strip_prefix('#').unwrap_or(text);
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    if let Some((position, character)) = text
        .chars()
        .enumerate()
        .find(|&(_, c)| !c.is_ascii() || sextet(c as u8).is_none())
    {
        return Err(LinkError::InvalidCharacter {
            position,
            character,
        });
    }
    // From here on the text is ASCII from the alphabet: one byte per character.
    let bytes = text.as_bytes();

    // Version: 'v' and decimal digits.
    if bytes[0] != b'v' {
        return Err(LinkError::NotALink);
    }
    let digits = bytes[1..].iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return Err(LinkError::NotALink);
    }
    let version = bytes[1..=digits].iter().fold(0u32, |acc, &b| {
        acc.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    });
    let padded_version = digits > 1;
    let mut pos = 1 + digits;

    // Kind. A version and kind this program reads has its layout read below; any other link is
    // judged by the one rule every version keeps (its last CHECKSUM_CHARS characters are the
    // CRC-24 of the rest) before it is called newer: a damaged link is damaged, whatever its
    // version now says (`v0…`, `v1B…`, `v99999…`).
    let kind = bytes.get(pos).copied();
    let known = match (version, kind) {
        (VERSION_1, Some(k)) => [KIND_RESPONSE, KIND_TEAM, KIND_WORKSHOP].contains(&k),
        (VERSION_AGREEMENTS, Some(k)) => k == KIND_TEAM,
        (v3::VERSION_COUNTS, Some(k)) => COUNTS && k == KIND_TEAM,
        _ => false,
    };
    let Some(kind) = kind else {
        return Err(LinkError::Truncated);
    };
    if !known {
        if bytes.len() < pos + 1 + CHECKSUM_CHARS {
            return Err(LinkError::Truncated);
        }
        let checksum_start = bytes.len() - CHECKSUM_CHARS;
        if u128::from(crc24(&bytes[..checksum_start])) != read_number(&bytes[checksum_start..]) {
            return Err(LinkError::ChecksumMismatch);
        }
        if ![VERSION_1, VERSION_AGREEMENTS, v3::VERSION_COUNTS].contains(&version) {
            return Err(LinkError::UnsupportedVersion { version });
        }
        if ![KIND_RESPONSE, KIND_TEAM, KIND_WORKSHOP].contains(&kind) {
            return Err(LinkError::UnknownKind {
                kind: char::from(kind),
            });
        }
        // Versions 2 and 3 define only the team link: `v2r`, `v3w` and the like are what a
        // later version might define, as any other version is.
        return Err(LinkError::UnsupportedVersion { version });
    }
    pos += 1;

    if COUNTS && version == v3::VERSION_COUNTS {
        let frame = v3::frame(bytes, pos)?;
        if !v3::checksum_matches(bytes, &frame) {
            return Err(LinkError::ChecksumMismatch);
        }
        if padded_version {
            return Err(LinkError::NonCanonical);
        }
        return v3::read(bytes, &frame).map(Decoded::TeamCounts);
    }

    // Header and lengths.
    let name_len = read_field(bytes, &mut pos, FIELD_CHARS)? as usize;
    let name_start = pos;
    let name_chars = base64_chars(name_len);
    pos += name_chars;
    // A team's response count, or a workshop's settings (and then no responses).
    let field = if kind == KIND_RESPONSE {
        0
    } else {
        read_field(bytes, &mut pos, FIELD_CHARS)?
    };
    let count = match kind {
        KIND_RESPONSE => 1,
        KIND_TEAM => field as usize,
        _ => 0,
    };
    let blocks_start = pos;
    let blocks_end = blocks_start + count * RESPONSE_CHARS;
    let checksum_start = if version == VERSION_AGREEMENTS {
        // The agreements' lengths, read as far as the text goes: their values come later.
        let mut at = blocks_end;
        let agreements = read_field(bytes, &mut at, DIGIT_CHARS)?;
        for _ in 0..agreements {
            read_agreement(bytes, &mut at)?;
        }
        at
    } else {
        blocks_end
    };
    let declared = checksum_start + CHECKSUM_CHARS;
    if bytes.len() < declared {
        return Err(LinkError::Truncated);
    }
    if bytes.len() > declared {
        return Err(LinkError::LengthMismatch);
    }

    // Checksum.
    let stored = read_number(&bytes[checksum_start..]);
    if u128::from(crc24(&bytes[..checksum_start])) != stored {
        return Err(LinkError::ChecksumMismatch);
    }

    // Values, in the order they appear.
    if padded_version {
        return Err(LinkError::NonCanonical);
    }
    let team_name = decode_name(&bytes[name_start..name_start + name_chars], name_len)?;
    let blocks = &bytes[blocks_start..blocks_end];
    if kind == KIND_WORKSHOP {
        if field >= 1 << 8 {
            return Err(LinkError::ValueOutOfRange);
        }
        return Ok(Decoded::Workshop(Workshop {
            team_name,
            lang: if field & WORKSHOP_ENGLISH == 0 {
                Lang::Nl
            } else {
                Lang::En
            },
            // Below 2^8 (checked above); bit 7 is the language.
            roles: RoleGroup::from_mask(field as u8),
        }));
    }
    if kind == KIND_RESPONSE {
        let response = response_from_key(read_number(blocks))?;
        return Ok(Decoded::Response(SharedResponse {
            response,
            team_name,
        }));
    }
    if count == 0 {
        return Err(LinkError::NoResponses);
    }
    if count > MAX_TEAM_RESPONSES {
        return Err(LinkError::TooManyResponses { count });
    }
    let mut keys: Vec<u128> = blocks
        .chunks_exact(RESPONSE_CHARS)
        .map(read_number)
        .collect();
    keys.sort_unstable();
    let responses = keys
        .into_iter()
        .map(response_from_key)
        .collect::<Result<Vec<_>, _>>()?;
    let agreements = if version == VERSION_AGREEMENTS {
        decode_agreements(bytes, &mut blocks_end.clone())?
    } else {
        Agreements::default()
    };
    Ok(Decoded::Team(SharedTeam {
        responses,
        team_name,
        agreements,
    }))
}

/// Where one agreement of a version 2 link stands: its dimension index (D) and, per field, the
/// declared byte length and the base64url text.
struct AgreementSpan<'a> {
    dimension: usize,
    fields: [(usize, &'a [u8]); 3],
}

/// Reads the lengths of the agreement at `*pos` and moves past it; `Truncated` when the text
/// stops before its end. Its values are not checked here.
fn read_agreement<'a>(bytes: &'a [u8], pos: &mut usize) -> Result<AgreementSpan<'a>, LinkError> {
    let dimension = read_field(bytes, pos, DIGIT_CHARS)? as usize;
    let mut fields = [(0, &[][..]); 3];
    for field in &mut fields {
        let len = read_field(bytes, pos, FIELD_CHARS)? as usize;
        let chars = base64_chars(len);
        let text = bytes.get(*pos..*pos + chars).ok_or(LinkError::Truncated)?;
        *pos += chars;
        *field = (len, text);
    }
    Ok(AgreementSpan { dimension, fields })
}

/// The agreements of a version 2 link (or a version 3 link's agreements section): G at `*pos`,
/// then G agreements; `*pos` moves past them. Each must be what [`Agreements::for_link`] gives:
/// one per dimension in ascending order, trimmed, with text, within the limits, without
/// [`Agreement::problem`].
fn decode_agreements(bytes: &[u8], pos: &mut usize) -> Result<Agreements, LinkError> {
    let count = read_field(bytes, pos, DIGIT_CHARS)? as usize;
    if count == 0 {
        // A team without agreements is written in version 1.
        return Err(LinkError::NonCanonical);
    }
    if count > DIMENSION_COUNT {
        return Err(LinkError::InvalidAgreement);
    }
    let mut agreements = Agreements::default();
    // Strictly ascending: each dimension once, in one order, so a set has one link.
    let mut lowest_next = 0;
    for _ in 0..count {
        let span = read_agreement(bytes, pos)?;
        if span.dimension < lowest_next || span.dimension >= DIMENSION_COUNT {
            return Err(LinkError::InvalidAgreement);
        }
        lowest_next = span.dimension + 1;
        let mut agreement = Agreement::default();
        for (field, (len, text)) in AgreementField::ALL.into_iter().zip(span.fields) {
            if len > field.max_chars() * MAX_UTF8_BYTES {
                return Err(LinkError::InvalidAgreement);
            }
            let value = String::from_utf8(decode_base64(text, len)?)
                .map_err(|_| LinkError::InvalidAgreement)?;
            if value.trim() != value {
                return Err(LinkError::InvalidAgreement);
            }
            *agreement.field_mut(field) = value;
        }
        if agreement.text.is_empty() || agreement.problem().is_some() {
            return Err(LinkError::InvalidAgreement);
        }
        agreements.0[span.dimension] = agreement;
    }
    Ok(agreements)
}

/// The response with the given R value.
fn response_from_key(key: u128) -> Result<Response, LinkError> {
    if key > MAX_RESPONSE_VALUE {
        return Err(LinkError::ValueOutOfRange);
    }
    // Every role value 0-7 is valid: 0 is "no role".
    let role = RoleGroup::from_id((key % ROLE_RADIX) as u8);
    let mut rest = key / ROLE_RADIX;
    let mut answers = [Answer::DontKnow; ANSWER_COUNT];
    for answer in &mut answers {
        *answer =
            Answer::from_code((rest % ANSWER_RADIX) as u8).ok_or(LinkError::ValueOutOfRange)?;
        rest /= ANSWER_RADIX;
    }
    let mut response = Response {
        role,
        ..Response::default()
    };
    response.now.copy_from_slice(&answers[..DIMENSION_COUNT]);
    response
        .desired
        .copy_from_slice(&answers[DIMENSION_COUNT..]);
    Ok(response)
}

/// The team name from its base64url text and declared byte length.
fn decode_name(text: &[u8], len: usize) -> Result<Option<TeamName>, LinkError> {
    if len == 0 {
        return Ok(None);
    }
    if len > MAX_TEAM_NAME_BYTES {
        return Err(LinkError::InvalidTeamName);
    }
    let text =
        String::from_utf8(decode_base64(text, len)?).map_err(|_| LinkError::InvalidTeamName)?;
    match TeamName::new(&text) {
        Ok(name) if name.as_str() == text => Ok(Some(name)),
        _ => Err(LinkError::InvalidTeamName),
    }
}

/// The `len` bytes that unpadded base64url `text` of exactly [`base64_chars`]`(len)`
/// characters (already checked to be in the alphabet) holds; `NonCanonical` when the unused
/// bits of its last character are not zero.
fn decode_base64(text: &[u8], len: usize) -> Result<Vec<u8>, LinkError> {
    let mut bytes = Vec::with_capacity(len);
    for chunk in text.chunks(4) {
        // 2, 3 or 4 characters carry 1, 2 or 3 bytes; a lone character never occurs.
        let full = chunk.len() - 1;
        if full == 0 {
            return Err(LinkError::NonCanonical);
        }
        let mut group = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            group |= u32::from(sextet(c).unwrap_or(0)) << (18 - BITS_PER_CHAR * i);
        }
        let unused_bits = 24 - 8 * full;
        if group & ((1u32 << unused_bits) - 1) != 0 {
            return Err(LinkError::NonCanonical);
        }
        for i in 0..full {
            bytes.push((group >> (16 - 8 * i)) as u8);
        }
    }
    Ok(bytes)
}

/// Reads a `chars`-character number at `*pos` and moves past it.
fn read_field(bytes: &[u8], pos: &mut usize, chars: usize) -> Result<u128, LinkError> {
    let field = bytes.get(*pos..*pos + chars).ok_or(LinkError::Truncated)?;
    *pos += chars;
    Ok(read_number(field))
}

/// The big-endian number in `digits` (at most 21 characters, already checked to be in the
/// alphabet).
fn read_number(digits: &[u8]) -> u128 {
    digits.iter().fold(0u128, |acc, &c| {
        (acc << BITS_PER_CHAR) | u128::from(sextet(c).unwrap_or(0))
    })
}

/// The value 0-63 of an alphabet character.
fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Appends `value` as `chars` big-endian characters (its low `6 * chars` bits).
fn push_number(out: &mut String, value: u128, chars: usize) {
    for i in (0..chars).rev() {
        let digit = (value >> (BITS_PER_CHAR * i)) & 63;
        out.push(char::from(ALPHABET[digit as usize]));
    }
}

/// Appends `bytes` in unpadded base64url.
fn push_base64(out: &mut String, bytes: &[u8]) {
    for chunk in bytes.chunks(3) {
        let mut group = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            group |= u32::from(b) << (16 - 8 * i);
        }
        for i in 0..=chunk.len() {
            let digit = (group >> (18 - BITS_PER_CHAR * i)) & 63;
            out.push(char::from(ALPHABET[digit as usize]));
        }
    }
}

/// The unpadded base64 length of `len` bytes.
const fn base64_chars(len: usize) -> usize {
    (len * 4).div_ceil(3)
}

/// `v`, the version, the kind, the name length and the name.
fn push_header(out: &mut String, version: u32, kind: u8, team_name: Option<&TeamName>) {
    out.push('v');
    out.push_str(&version.to_string());
    out.push(char::from(kind));
    let name = team_name.map_or(&[][..], |n| n.as_str().as_bytes());
    // A TeamName has at most 60 characters, so at most MAX_TEAM_NAME_BYTES bytes.
    push_number(out, name.len() as u128, FIELD_CHARS);
    push_base64(out, name);
}

/// Appends the CRC-24 of everything in `out`.
fn push_checksum(out: &mut String) {
    let crc = crc24(out.as_bytes());
    push_number(out, u128::from(crc), CHECKSUM_CHARS);
}

/// An upper bound of the link length, to allocate once.
fn link_capacity(team_name: Option<&TeamName>, responses: usize) -> usize {
    let name = team_name.map_or(0, |n| n.as_str().len());
    3 + 2 * FIELD_CHARS + base64_chars(name) + responses * RESPONSE_CHARS + CHECKSUM_CHARS
}

/// The characters that agreements take in a version 2 link (G and every agreement).
fn agreements_capacity(agreements: &[(usize, Agreement)]) -> usize {
    if agreements.is_empty() {
        return 0;
    }
    let fields: usize = agreements
        .iter()
        .flat_map(|(_, a)| AgreementField::ALL.map(|f| a.field(f).len()))
        .map(|len| FIELD_CHARS + base64_chars(len))
        .sum();
    DIGIT_CHARS + agreements.len() * DIGIT_CHARS + fields
}

/// The number of characters in `bytes` (UTF-8), counted over at most
/// [`TOO_LONG_COUNT_LIMIT_BYTES`]: every byte that is not a continuation byte starts one.
fn count_chars_bounded(bytes: &[u8]) -> usize {
    let end = bytes.len().min(TOO_LONG_COUNT_LIMIT_BYTES);
    bytes[..end].iter().filter(|&&b| (b as i8) >= -0x40).count()
}

const CRC24_INIT: u32 = 0x00B7_04CE;
const CRC24_POLY: u32 = 0x0086_4CFB;

const CRC24_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u32) << 16;
        let mut bit = 0;
        while bit < 8 {
            crc <<= 1;
            if crc & 0x0100_0000 != 0 {
                crc ^= CRC24_POLY;
            }
            bit += 1;
        }
        table[i] = crc & 0x00FF_FFFF;
        i += 1;
    }
    table
};

/// CRC-24/OpenPGP (RFC 4880): polynomial 0x864CFB, initial value 0xB704CE, no reflection, no
/// final xor.
fn crc24(bytes: &[u8]) -> u32 {
    bytes.iter().fold(CRC24_INIT, |crc, &b| {
        let index = ((crc >> 16) ^ u32::from(b)) & 0xFF;
        ((crc << 8) ^ CRC24_TABLE[index as usize]) & 0x00FF_FFFF
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::Position;

    fn base64(bytes: &[u8]) -> String {
        let mut out = String::new();
        push_base64(&mut out, bytes);
        out
    }

    /// A bit-by-bit CRC-24, written straight from the definition, to check the table.
    fn crc24_bitwise(bytes: &[u8]) -> u32 {
        let mut crc = CRC24_INIT;
        for &b in bytes {
            crc ^= u32::from(b) << 16;
            for _ in 0..8 {
                crc <<= 1;
                if crc & 0x0100_0000 != 0 {
                    crc ^= 0x0186_4CFB;
                }
            }
        }
        crc
    }

    #[test]
    fn crc24_matches_the_openpgp_check_value() {
        assert_eq!(crc24(b"123456789"), 0x21CF02);
        assert_eq!(crc24(b""), 0xB704CE);
        for text in [
            &b"v1rAAAAAAAAAAAAAAA"[..],
            b"\x00\xff\x80",
            b"Samenwerkingsscan",
        ] {
            assert_eq!(crc24(text), crc24_bitwise(text));
        }
        assert_eq!(crc24_bitwise(b"123456789"), 0x21CF02);
    }

    #[test]
    fn base64_follows_rfc_4648_without_padding() {
        // RFC 4648 section 10, in the URL-safe alphabet and without '='.
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg");
        assert_eq!(base64(b"fo"), "Zm8");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg");
        assert_eq!(base64(b"fooba"), "Zm9vYmE");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // The two characters that differ from standard base64: '+' -> '-', '/' -> '_'.
        assert_eq!(base64(&[0xfb, 0xff]), "-_8");
        for len in 0..10 {
            assert_eq!(base64(&vec![0xAB; len]).len(), base64_chars(len));
        }
        assert_eq!(base64_chars(240), 320);
    }

    #[test]
    fn base64_decoding_rejects_unused_bits() {
        assert_eq!(
            decode_name(b"Zm9vYmE", 5),
            Ok(Some(TeamName::new("fooba").unwrap()))
        );
        // "Zg" is "f"; "Zh" sets one of the four unused bits.
        assert_eq!(decode_name(b"Zg", 1), Ok(Some(TeamName::new("f").unwrap())));
        assert_eq!(decode_name(b"Zh", 1), Err(LinkError::NonCanonical));
        assert_eq!(decode_name(b"Zm9", 2), Err(LinkError::NonCanonical));
        assert_eq!(decode_name(b"IA", 1), Err(LinkError::InvalidTeamName)); // " "
        assert_eq!(decode_name(b"_w", 1), Err(LinkError::InvalidTeamName)); // 0xFF
    }

    #[test]
    fn numbers_are_big_endian_sextets() {
        let mut out = String::new();
        push_number(&mut out, 0, 2);
        push_number(&mut out, 4095, 2);
        push_number(&mut out, 64, 2);
        assert_eq!(out, "AA__BA");
        assert_eq!(read_number(b"__"), 4095);
        assert_eq!(read_number(b"BA"), 64);
        assert_eq!(read_number(b"_____________"), (1u128 << 78) - 1);
        for c in 0..=255u8 {
            let expected = ALPHABET.iter().position(|&a| a == c).map(|v| v as u8);
            assert_eq!(sextet(c), expected);
        }
    }

    #[test]
    fn mixed_radix_limits() {
        assert_eq!(MAX_RESPONSE_VALUE, 8 * 6u128.pow(28) - 1);

        let none = Response::default();
        assert_eq!(response_key(&none), 0);

        let five = Answer::Position(Position::new(5).unwrap());
        let top = Response {
            now: [five; DIMENSION_COUNT],
            desired: [five; DIMENSION_COUNT],
            role: Some(RoleGroup::Other),
        };
        assert_eq!(response_key(&top), MAX_RESPONSE_VALUE);
        assert_eq!(response_from_key(MAX_RESPONSE_VALUE), Ok(top));
        assert_eq!(
            response_from_key(MAX_RESPONSE_VALUE + 1),
            Err(LinkError::ValueOutOfRange)
        );
        assert_eq!(
            response_from_key(u128::MAX),
            Err(LinkError::ValueOutOfRange)
        );

        // The place values: role, then NOW of dimension 1 (6^0), ..., DESIRED of dimension 14.
        let mut one = Response {
            role: Some(RoleGroup::Uwv),
            ..Response::default()
        };
        assert_eq!(response_key(&one), 3);
        one.now[0] = Answer::Position(Position::new(1).unwrap());
        assert_eq!(response_key(&one), 3 + 8);
        one.desired[13] = Answer::Position(Position::new(2).unwrap());
        assert_eq!(response_key(&one), 3 + 8 + 8 * 2 * 6u128.pow(27));
        assert_eq!(response_from_key(response_key(&one)), Ok(one));
    }

    #[test]
    fn too_long_counts_characters_within_a_bound() {
        assert_eq!(count_chars_bounded("aé👩".as_bytes()), 3);
        let huge = vec![b'A'; TOO_LONG_COUNT_LIMIT_BYTES + 10];
        assert_eq!(count_chars_bounded(&huge), TOO_LONG_COUNT_LIMIT_BYTES);
    }

    #[test]
    fn a_team_with_agreements_is_version_2_and_without_them_version_1() {
        let responses = [Response::default()];
        let mut agreements = Agreements::default();
        assert_eq!(
            encode_team_with(&responses, None, &agreements),
            encode_team(&responses, None)
        );
        // Only an invalid agreement: nothing to carry, so still version 1.
        agreements.set(4, AgreementField::Text, "a\u{0}b".into());
        assert_eq!(
            encode_team_with(&responses, None, &agreements),
            encode_team(&responses, None)
        );
        agreements.set(2, AgreementField::Text, " samen ".into());
        agreements.set(2, AgreementField::Due, "Q3".into());
        let link = encode_team_with(&responses, None, &agreements).unwrap();
        // v2t NN KK R G, then D TT "samen" OO WW "Q3", then CCCC.
        assert_eq!(&link[..3], "v2t");
        assert_eq!(link.len(), 3 + 2 + 2 + 13 + 1 + (1 + 2 + 7 + 2 + 2 + 3) + 4);
        let Ok(Decoded::Team(team)) = decode(&link) else {
            panic!("{link}");
        };
        let mut expected = Agreements::default();
        expected.set(2, AgreementField::Text, "samen".into());
        expected.set(2, AgreementField::Due, "Q3".into());
        assert_eq!(team.agreements, expected);
        assert_eq!(
            encode_team_with(&team.responses, None, &team.agreements),
            Ok(link)
        );
    }

    /// `body` and its checksum.
    fn sealed(body: &str) -> String {
        let mut link = body.to_string();
        push_checksum(&mut link);
        link
    }

    #[test]
    fn versions_2_and_3_are_team_links_only() {
        for version in [2, 3] {
            for kind in ['r', 'w'] {
                assert_eq!(
                    decode(&sealed(&format!("v{version}{kind}AAAAAA"))),
                    Err(LinkError::UnsupportedVersion { version })
                );
                // A damaged link is damaged, whatever its version and kind now say.
                assert_eq!(
                    decode(&format!("v{version}{kind}AAAAAA")),
                    Err(LinkError::ChecksumMismatch)
                );
            }
        }
        assert_eq!(
            decode(&sealed("v2qAA")),
            Err(LinkError::UnknownKind { kind: 'q' })
        );
        assert_eq!(decode("v2qAAAA"), Err(LinkError::ChecksumMismatch));
        assert_eq!(
            decode(&sealed("v4tAA")),
            Err(LinkError::UnsupportedVersion { version: 4 })
        );
        // Too short to hold a kind and a checksum.
        assert_eq!(decode("v4tAAA"), Err(LinkError::Truncated));
        assert_eq!(decode("v4"), Err(LinkError::Truncated));
    }

    #[test]
    fn a_link_beyond_the_cap_is_not_written() {
        // 14 agreements of 4-byte characters at their limits: 14 * 1182 characters.
        let mut agreements = Agreements::default();
        for index in 0..DIMENSION_COUNT {
            for field in AgreementField::ALL {
                agreements.set(index, field, "😀".repeat(field.max_chars()));
            }
        }
        let expected = 3 + 2 + 2 + 13 + 1 + DIMENSION_COUNT * 1182 + 4;
        assert_eq!(
            encode_team_with(&[Response::default()], None, &agreements),
            Err(LinkError::TooLong { chars: expected })
        );
        assert_eq!(
            agreements_capacity(&agreements.for_link()),
            1 + DIMENSION_COUNT * 1182
        );
    }

    #[test]
    fn errors_read_as_english() {
        assert_eq!(
            LinkError::TooManyResponses { count: 601 }.to_string(),
            "the team has 601 responses, at most 600 are allowed"
        );
        assert_eq!(
            LinkError::InvalidCharacter {
                position: 4,
                character: '+'
            }
            .to_string(),
            "the link has an invalid character '+' at position 4"
        );
    }
}
