//! Version 3: a team link of counts (see the module docs of `super`, "Format, version 3").
//!
//! Written by [`encode_team_counts`]; read by `super::decode`, which hands a `v3t` link to
//! [`frame`] (lengths, before the checksum) and then [`read`] (values, after it).

use super::{
    base64_chars, crc24, decode_agreements, decode_name, push_base64, push_checksum, push_header,
    push_number, read_field, read_number, sextet, Agreement, AgreementField, Agreements, LinkError,
    SharedCounts, BITS_PER_CHAR, CHECKSUM_CHARS, DIGIT_CHARS, FIELD_CHARS, KIND_TEAM,
    MAX_LINK_CHARS, MAX_TEAM_RESPONSES,
};
use crate::domain::counts::{rank, unrank, ways, QuestionCounts, TeamCounts, QUESTION_COUNT};
use crate::domain::instrument::RoleGroup;
use crate::domain::response::TeamName;
use crate::domain::team::MIN_GROUP_SIZE;

/// The format version of a team link of counts.
pub(super) const VERSION_COUNTS: u32 = 3;
/// The fewest participants a team link of counts may hold: fewer, and each of them can
/// subtract their own answers and learn the others'.
pub const MIN_TEAM_COUNTS: usize = MIN_GROUP_SIZE;
/// Characters of a section's length (LLL): 18 bits, more than any link holds.
const SECTION_LENGTH_CHARS: usize = 3;
/// Section tags below this value must be understood: a reader that does not know one says the
/// link was made with a newer version. Tags from it on (`g` to `_`) may be skipped.
const FIRST_OPTIONAL_TAG: u8 = 32;
/// The section of the team's agreements (tag `A`), as version 2 writes them.
const TAG_AGREEMENTS: u8 = 0;

/// The lengths of a `v3t` link, read before its checksum is judged.
pub(super) struct Frame {
    name_start: usize,
    name_len: usize,
    participants: usize,
    /// Per role group: its id and size as written (checked after the checksum).
    groups: Vec<(u128, usize)>,
    core_start: usize,
    core_chars: usize,
    /// Per section: its tag value and its body's range.
    sections: Vec<(u8, usize, usize)>,
    /// Where the checksum starts.
    pub(super) checksum_start: usize,
}

/// Reads the lengths of a `v3t` link whose header (`v3t`) ends at `pos`.
///
/// # Errors
/// [`LinkError::Truncated`] when the text ends before its header, core or a section's body
/// does.
pub(super) fn frame(bytes: &[u8], mut pos: usize) -> Result<Frame, LinkError> {
    let name_len = read_field(bytes, &mut pos, FIELD_CHARS)? as usize;
    let name_start = pos;
    pos += base64_chars(name_len);
    let participants = read_field(bytes, &mut pos, FIELD_CHARS)? as usize;
    let group_count = read_field(bytes, &mut pos, DIGIT_CHARS)? as usize;
    let mut groups = Vec::with_capacity(group_count);
    for _ in 0..group_count {
        let id = read_field(bytes, &mut pos, DIGIT_CHARS)?;
        let size = read_field(bytes, &mut pos, FIELD_CHARS)? as usize;
        groups.push((id, size));
    }
    let core_start = pos;
    let core_chars =
        core_chars(&part_sizes(participants, &groups), bytes.len()).ok_or(LinkError::Truncated)?;
    pos += core_chars;
    // Sections up to the checksum: the last CHECKSUM_CHARS characters.
    let mut sections = Vec::new();
    while pos + CHECKSUM_CHARS < bytes.len() {
        let tag = sextet(*bytes.get(pos).ok_or(LinkError::Truncated)?).unwrap_or(0);
        pos += DIGIT_CHARS;
        let len = read_field(bytes, &mut pos, SECTION_LENGTH_CHARS)? as usize;
        let end = pos + len;
        if end + CHECKSUM_CHARS > bytes.len() {
            return Err(LinkError::Truncated);
        }
        sections.push((tag, pos, end));
        pos = end;
    }
    if pos + CHECKSUM_CHARS > bytes.len() {
        return Err(LinkError::Truncated);
    }
    Ok(Frame {
        name_start,
        name_len,
        participants,
        groups,
        core_start,
        core_chars,
        sections,
        checksum_start: pos,
    })
}

/// The sizes of the parts the core holds, in its order: each role group as written, then
/// everyone else (when anyone is). Before the checksum the sizes are as written: the rest is
/// then at least 0.
fn part_sizes(participants: usize, groups: &[(u128, usize)]) -> Vec<usize> {
    let mut sizes: Vec<usize> = groups.iter().map(|&(_, size)| size).collect();
    let in_groups = sizes.iter().fold(0usize, |sum, &s| sum.saturating_add(s));
    let rest = participants.saturating_sub(in_groups);
    if rest > 0 {
        sizes.push(rest);
    }
    sizes
}

/// The characters the core takes: the fewest `c` with `64^c >=` the product of every
/// question's [`ways`] in every part. `None` when that is more than `limit` characters (the
/// text could not hold it) or a part is too large to count.
fn core_chars(sizes: &[usize], limit: usize) -> Option<usize> {
    let mut product = Big::from(1);
    for &size in sizes {
        let radix = ways(u32::try_from(size).ok()?)?;
        for _ in 0..QUESTION_COUNT {
            product.mul_add(radix, 0);
            if product.bits() > BITS_PER_CHAR * (limit + 1) {
                return None;
            }
        }
    }
    product.sub_one();
    Some(product.bits().div_ceil(BITS_PER_CHAR))
}

/// The values of a framed `v3t` link whose checksum matched.
///
/// # Errors
/// In the order the values appear: [`LinkError::InvalidTeamName`]; [`LinkError::NoResponses`],
/// [`LinkError::TooFewResponses`], [`LinkError::TooManyResponses`]; [`LinkError::InvalidRoleGroups`];
/// [`LinkError::ValueOutOfRange`] (a core beyond the largest valid number); per section
/// [`LinkError::NonCanonical`] (tags not ascending, an agreements section without agreements),
/// [`LinkError::InvalidAgreement`], [`LinkError::NewerSection`].
pub(super) fn read(bytes: &[u8], frame: &Frame) -> Result<SharedCounts, LinkError> {
    let name_chars = base64_chars(frame.name_len);
    let name = &bytes[frame.name_start..frame.name_start + name_chars];
    let team_name = decode_name(name, frame.name_len)?;
    let count = frame.participants;
    check_size(count)?;
    let groups = check_groups(count, &frame.groups)?;

    // The core: least significant digit first, per part and question.
    let sizes = part_sizes(count, &frame.groups);
    let core = &bytes[frame.core_start..frame.core_start + frame.core_chars];
    let mut number = Big::from_sextets(core);
    let mut parts = Vec::with_capacity(sizes.len());
    for &size in &sizes {
        // Checked above: at most MAX_TEAM_RESPONSES.
        let n = size as u32;
        let radix = ways(n).ok_or(LinkError::ValueOutOfRange)?;
        let mut questions = [[0; 6]; QUESTION_COUNT];
        for question in &mut questions {
            let digit = number.div_rem(radix);
            *question = unrank(n, digit).ok_or(LinkError::ValueOutOfRange)?;
        }
        parts.push(QuestionCounts::from_questions(questions).ok_or(LinkError::ValueOutOfRange)?);
    }
    if !number.is_zero() {
        return Err(LinkError::ValueOutOfRange);
    }
    let team = parts
        .iter()
        .try_fold(QuestionCounts::default(), |sum, p| sum.plus(p))
        .ok_or(LinkError::ValueOutOfRange)?;
    let groups = groups.into_iter().zip(parts).collect();
    let counts = TeamCounts::new(team, groups).map_err(|_| LinkError::InvalidRoleGroups)?;

    // Sections, in strictly ascending tag order.
    let mut agreements = Agreements::default();
    let mut unread_sections = 0;
    let mut next_tag = 0;
    for &(tag, start, end) in &frame.sections {
        if tag < next_tag {
            return Err(LinkError::NonCanonical);
        }
        next_tag = tag + 1;
        let body = &bytes[start..end];
        match tag {
            TAG_AGREEMENTS => {
                let mut pos = 0;
                agreements = decode_agreements(body, &mut pos).map_err(|e| match e {
                    // Lengths that run past the section: the section is not what it says.
                    LinkError::Truncated => LinkError::InvalidAgreement,
                    other => other,
                })?;
                if pos != body.len() {
                    return Err(LinkError::InvalidAgreement);
                }
            }
            t if t < FIRST_OPTIONAL_TAG => {
                return Err(LinkError::NewerSection {
                    tag: char::from(super::ALPHABET[usize::from(t)]),
                })
            }
            _ => unread_sections += 1,
        }
    }
    Ok(SharedCounts {
        counts,
        team_name,
        agreements,
        unread_sections,
    })
}

/// The number of participants a team link of counts may hold.
fn check_size(count: usize) -> Result<(), LinkError> {
    match count {
        0 => Err(LinkError::NoResponses),
        c if c < MIN_TEAM_COUNTS => Err(LinkError::TooFewResponses { count }),
        c if c > MAX_TEAM_RESPONSES => Err(LinkError::TooManyResponses { count }),
        _ => Ok(()),
    }
}

/// The role groups as written: at most 7, ids 1-7 strictly ascending, each of at least
/// [`MIN_GROUP_SIZE`], together at most the team, and the rest 0 or at least
/// [`MIN_GROUP_SIZE`] (the rule of `super::super::team::shown_role_groups`).
fn check_groups(count: usize, groups: &[(u128, usize)]) -> Result<Vec<RoleGroup>, LinkError> {
    let mut out = Vec::with_capacity(groups.len());
    let mut in_groups = 0usize;
    for &(id, size) in groups {
        let group = u8::try_from(id)
            .ok()
            .and_then(RoleGroup::from_id)
            .filter(|&g| out.last().is_none_or(|&last| last < g))
            .ok_or(LinkError::InvalidRoleGroups)?;
        if size < MIN_GROUP_SIZE {
            return Err(LinkError::InvalidRoleGroups);
        }
        in_groups += size;
        out.push(group);
    }
    let rest = count
        .checked_sub(in_groups)
        .ok_or(LinkError::InvalidRoleGroups)?;
    if (1..MIN_GROUP_SIZE).contains(&rest) {
        return Err(LinkError::InvalidRoleGroups);
    }
    Ok(out)
}

/// The link fragment (without `#`) of a team's counts, its name and its agreements: version 3.
/// The same counts always give the same link, however the answers paired up across questions.
///
/// Agreements are carried as [`Agreements::for_link`] gives them (trimmed; one with an
/// [`Agreement::problem`] is left out); without any, the link has no agreements section.
///
/// # Errors
/// [`LinkError::NoResponses`] for no participants, [`LinkError::TooFewResponses`] for 1 or 2
/// (their counts would be their answers), [`LinkError::TooManyResponses`] above
/// [`MAX_TEAM_RESPONSES`], and [`LinkError::TooLong`] when the link would be longer than
/// [`MAX_LINK_CHARS`] (long agreements).
pub fn encode_team_counts(
    counts: &TeamCounts,
    team_name: Option<&TeamName>,
    agreements: &Agreements,
) -> Result<String, LinkError> {
    let count = counts.participants() as usize;
    check_size(count)?;
    let groups = counts.groups();
    let rest = counts.rest().ok_or(LinkError::InvalidRoleGroups)?;
    let mut parts: Vec<&QuestionCounts> = groups.iter().map(|(_, g)| g).collect();
    if rest.participants() > 0 {
        parts.push(&rest);
    }

    let mut out = String::new();
    push_header(&mut out, VERSION_COUNTS, KIND_TEAM, team_name);
    push_number(&mut out, count as u128, FIELD_CHARS);
    push_number(&mut out, groups.len() as u128, DIGIT_CHARS);
    for (group, g) in groups {
        push_number(&mut out, u128::from(group.id()), DIGIT_CHARS);
        push_number(&mut out, u128::from(g.participants()), FIELD_CHARS);
    }
    // The core, most significant digit first: the last part's last question.
    let mut number = Big::from(0);
    for part in parts.iter().rev() {
        let radix = ways(part.participants()).ok_or(LinkError::ValueOutOfRange)?;
        for question in part.questions().iter().rev() {
            let digit = rank(question).ok_or(LinkError::ValueOutOfRange)?;
            number.mul_add(radix, digit);
        }
    }
    let sizes: Vec<usize> = parts.iter().map(|p| p.participants() as usize).collect();
    let chars = core_chars(&sizes, MAX_LINK_CHARS).ok_or(LinkError::TooLong {
        chars: MAX_LINK_CHARS + 1,
    })?;
    for i in (0..chars).rev() {
        out.push(char::from(super::ALPHABET[usize::from(number.sextet(i))]));
    }

    let carried = agreements.for_link();
    if !carried.is_empty() {
        let body = agreements_body(&carried);
        out.push(char::from(super::ALPHABET[usize::from(TAG_AGREEMENTS)]));
        push_number(&mut out, body.len() as u128, SECTION_LENGTH_CHARS);
        out.push_str(&body);
    }
    push_checksum(&mut out);
    if out.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars: out.len() });
    }
    Ok(out)
}

/// The agreements section's body: G, then per agreement D and its three fields, as version 2.
fn agreements_body(agreements: &[(usize, Agreement)]) -> String {
    let mut body = String::new();
    push_number(&mut body, agreements.len() as u128, DIGIT_CHARS);
    for (dimension, agreement) in agreements {
        push_number(&mut body, *dimension as u128, DIGIT_CHARS);
        for field in AgreementField::ALL {
            let bytes = agreement.field(field).as_bytes();
            push_number(&mut body, bytes.len() as u128, FIELD_CHARS);
            push_base64(&mut body, bytes);
        }
    }
    body
}

/// The checksum of a framed link: whether the CRC-24 of the text before it matches.
pub(super) fn checksum_matches(bytes: &[u8], frame: &Frame) -> bool {
    let stored = read_number(&bytes[frame.checksum_start..]);
    u128::from(crc24(&bytes[..frame.checksum_start])) == stored
}

/// An unsigned number of any size: 32-bit limbs, least significant first, no leading zero
/// limbs. Just what the core needs: multiply-add and divide by a u64, read and write sextets.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from(value: u64) -> Big {
        let mut big = Big(vec![value as u32, (value >> 32) as u32]);
        big.trim();
        big
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn bits(&self) -> usize {
        self.0
            .last()
            .map_or(0, |top| 32 * self.0.len() - top.leading_zeros() as usize)
    }

    /// `self = self * factor + add`.
    fn mul_add(&mut self, factor: u64, add: u64) {
        let mut carry = u128::from(add);
        for limb in &mut self.0 {
            let t = u128::from(*limb) * u128::from(factor) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        while carry > 0 {
            self.0.push(carry as u32);
            carry >>= 32;
        }
        self.trim();
    }

    /// `self = self / divisor`, giving the remainder. `divisor` is not 0.
    fn div_rem(&mut self, divisor: u64) -> u64 {
        let divisor = u128::from(divisor);
        let mut rem = 0u128;
        for limb in self.0.iter_mut().rev() {
            let current = (rem << 32) | u128::from(*limb);
            *limb = (current / divisor) as u32;
            rem = current % divisor;
        }
        self.trim();
        rem as u64
    }

    /// `self - 1`; `self` is not 0.
    fn sub_one(&mut self) {
        for limb in &mut self.0 {
            let (value, borrow) = limb.overflowing_sub(1);
            *limb = value;
            if !borrow {
                break;
            }
        }
        self.trim();
    }

    /// Bits `6i .. 6i + 6`.
    fn sextet(&self, i: usize) -> u8 {
        let bit = BITS_PER_CHAR * i;
        let (limb, offset) = (bit / 32, bit % 32);
        let low = u64::from(self.0.get(limb).copied().unwrap_or(0));
        let high = u64::from(self.0.get(limb + 1).copied().unwrap_or(0));
        (((high << 32 | low) >> offset) & 63) as u8
    }

    /// The number big-endian `digits` write (already checked to be in the alphabet).
    fn from_sextets(digits: &[u8]) -> Big {
        let mut limbs = vec![0u32; (digits.len() * BITS_PER_CHAR).div_ceil(32) + 1];
        for (i, &c) in digits.iter().rev().enumerate() {
            let value = u64::from(sextet(c).unwrap_or(0)) << ((BITS_PER_CHAR * i) % 32);
            let limb = BITS_PER_CHAR * i / 32;
            limbs[limb] |= value as u32;
            limbs[limb + 1] |= (value >> 32) as u32;
        }
        let mut big = Big(limbs);
        big.trim();
        big
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_numbers_multiply_divide_and_write_sextets() {
        let mut n = Big::from(0);
        for digit in [5u64, 0, 461, 17] {
            n.mul_add(462, digit);
        }
        let expected = ((5 * 462) * 462 + 461) * 462 + 17;
        assert_eq!(n, Big::from(expected));
        for digit in [17u64, 461, 0, 5] {
            assert_eq!(n.div_rem(462), digit);
        }
        assert!(n.is_zero());

        // 2^70 - 1 is twelve characters: 15 ("P", 4 bits) then eleven 63 ("_").
        let mut big = Big::from(1);
        big.mul_add(1 << 35, 0);
        big.mul_add(1 << 35, 0);
        assert_eq!(big.bits(), 71);
        big.sub_one();
        assert_eq!(big.bits(), 70);
        let text: String = (0..12)
            .rev()
            .map(|i| char::from(crate::domain::link::ALPHABET[usize::from(big.sextet(i))]))
            .collect();
        assert_eq!(text, "P___________");
        assert_eq!(Big::from_sextets(text.as_bytes()), big);
        assert_eq!(Big::from_sextets(b"AAAA"), Big::from(0));
        assert_eq!(Big::from_sextets(b"BA"), Big::from(64));
    }

    #[test]
    fn the_core_is_the_fewest_characters_that_hold_it() {
        // 6 people: 462^28 < 2^248 = 64^41.33: 42 characters.
        assert_eq!(core_chars(&[6], 8192), Some(42));
        // 3 people: 56^28, 162.6 bits: 28 characters.
        assert_eq!(core_chars(&[3], 8192), Some(28));
        // No part: nothing to write.
        assert_eq!(core_chars(&[], 8192), Some(0));
        // More than the text holds.
        assert_eq!(core_chars(&[500], 10), None);
        assert_eq!(core_chars(&[usize::MAX], 8192), None);
    }
}
