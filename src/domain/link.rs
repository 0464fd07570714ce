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
//! Decoding never panics, reads at most [`MAX_LINK_CHARS`] characters and allocates no more than
//! that input needs.

use std::fmt;

use super::agreement::Agreements;
use super::instrument::{Answer, Lang, RoleGroup, DIMENSION_COUNT};
use super::response::{Response, TeamName};

/// The longest link (in characters, after the `#`) that [`decode`] reads.
pub const MAX_LINK_CHARS: usize = 8192;
/// The most responses a team link may hold.
pub const MAX_TEAM_RESPONSES: usize = 600;
/// The characters one response takes in a link.
pub const RESPONSE_CHARS: usize = 13;
/// The most bytes a team name may take in UTF-8: 60 characters of at most 4 bytes.
pub const MAX_TEAM_NAME_BYTES: usize = 240;

/// The format version this module writes and reads.
const VERSION: u32 = 1;
const KIND_RESPONSE: u8 = b'r';
const KIND_TEAM: u8 = b't';
const KIND_WORKSHOP: u8 = b'w';
/// Bit 7 of a workshop's settings: English.
const WORKSHOP_ENGLISH: u128 = 1 << 7;
/// Characters of the name length (NN) and of the response count (KK): 12 bits each.
const FIELD_CHARS: usize = 2;
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

/// What a link holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    Response(SharedResponse),
    Team(SharedTeam),
    Workshop(Workshop),
}

/// Why a text is not a valid share link. Checked in this order: [`Empty`](LinkError::Empty),
/// [`TooLong`](LinkError::TooLong), the alphabet, the version, the kind, the lengths, the
/// checksum, and then the values in the order they appear in the link.
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
    /// A value written in a form the encoder never writes (a version with a leading zero, or
    /// non-zero unused bits at the end of the name).
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
    push_header(&mut out, KIND_RESPONSE, team_name);
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
    let count = responses.len();
    if count == 0 {
        return Err(LinkError::NoResponses);
    }
    if count > MAX_TEAM_RESPONSES {
        return Err(LinkError::TooManyResponses { count });
    }
    let mut keys: Vec<u128> = responses.iter().map(response_key).collect();
    keys.sort_unstable();
    let mut out = String::with_capacity(link_capacity(team_name, count));
    push_header(&mut out, KIND_TEAM, team_name);
    push_number(&mut out, count as u128, FIELD_CHARS);
    for key in keys {
        push_number(&mut out, key, RESPONSE_CHARS);
    }
    push_checksum(&mut out);
    Ok(out)
}

/// The link fragment (without `#`) of a workshop invitation.
pub fn encode_workshop(workshop: &Workshop) -> String {
    let mut out = String::with_capacity(link_capacity(workshop.team_name.as_ref(), 0));
    push_header(&mut out, KIND_WORKSHOP, workshop.team_name.as_ref());
    let roles = u128::from(RoleGroup::mask(&workshop.roles));
    let lang = match workshop.lang {
        Lang::Nl => 0,
        Lang::En => WORKSHOP_ENGLISH,
    };
    push_number(&mut out, roles | lang, FIELD_CHARS);
    push_checksum(&mut out);
    out
}

/// Reads a link fragment, with or without the leading `#`, ignoring ASCII white space around it.
///
/// # Errors
/// A [`LinkError`] saying what is wrong; the checks run in the order listed there, so a mistyped
/// link gives [`LinkError::ChecksumMismatch`] rather than a confusing value error.
pub fn decode(fragment: &str) -> Result<Decoded, LinkError> {
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
    if version != VERSION {
        return Err(LinkError::UnsupportedVersion { version });
    }
    let padded_version = digits > 1;
    let mut pos = 1 + digits;

    // Kind.
    let kind = *bytes.get(pos).ok_or(LinkError::Truncated)?;
    if ![KIND_RESPONSE, KIND_TEAM, KIND_WORKSHOP].contains(&kind) {
        return Err(LinkError::UnknownKind {
            kind: char::from(kind),
        });
    }
    pos += 1;

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
    let checksum_start = blocks_start + count * RESPONSE_CHARS;
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
    let blocks = &bytes[blocks_start..checksum_start];
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
    Ok(Decoded::Team(SharedTeam {
        responses,
        team_name,
        agreements: Agreements::default(),
    }))
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
    let text = String::from_utf8(bytes).map_err(|_| LinkError::InvalidTeamName)?;
    match TeamName::new(&text) {
        Ok(name) if name.as_str() == text => Ok(Some(name)),
        _ => Err(LinkError::InvalidTeamName),
    }
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

/// `v1`, the kind, the name length and the name.
fn push_header(out: &mut String, kind: u8, team_name: Option<&TeamName>) {
    out.push('v');
    out.push_str(&VERSION.to_string());
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
