//! Properties of the share link over random input, with a seeded PRNG (no extra crates): every
//! run checks the same cases, and a failure names its seed and case.

mod common;
use common::carried;

use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::instrument::{Answer, Lang, Position, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, encode_team_with, encode_workshop, response_key, Decoded,
    LinkError, SharedResponse, SharedTeam, Workshop, MAX_LINK_CHARS, RESPONSE_CHARS,
};
use samenwerkingsscan::domain::response::{Response, TeamName};

const CASES: usize = 10_000;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The shared seeded PRNG (tests/common), with this file's own generators.
struct Rng(common::Rng);

impl Rng {
    fn seeded(seed: u64) -> Rng {
        Rng(common::Rng::new(seed))
    }

    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform enough in `0..n` for tests (n is small).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn answer(&mut self) -> Answer {
        Answer::from_code(self.below(6) as u8).unwrap()
    }

    fn response(&mut self) -> Response {
        let mut r = Response::default();
        // Sometimes mostly "don't know", sometimes all answered, as real forms are.
        let dont_know_bias = self.below(3);
        for a in r.now.iter_mut().chain(r.desired.iter_mut()) {
            *a = if dont_know_bias == 0 && self.chance(2) {
                Answer::DontKnow
            } else {
                self.answer()
            };
        }
        r.role = RoleGroup::from_id(self.below(8) as u8);
        r
    }

    /// A character from a mix of scripts, emoji, joiners, direction marks and anything else.
    fn char(&mut self) -> char {
        let (lo, hi) = match self.below(8) {
            0 | 1 => (0x20, 0x7E),   // ASCII, '<' and '"' included
            2 => (0xA0, 0x24F),      // Latin-1 and Latin Extended
            3 => (0x590, 0x6FF),     // Hebrew, Arabic
            4 => (0x4E00, 0x9FFF),   // CJK
            5 => (0x1F300, 0x1FAFF), // emoji
            6 => (0x2000, 0x206F),   // spaces, ZWJ, bidi controls
            _ => (0, 0x10FFFF),      // any scalar value
        };
        loop {
            if let Some(c) = char::from_u32(lo + (self.next() % u64::from(hi - lo + 1)) as u32) {
                return c;
            }
        }
    }

    fn text(&mut self, max_chars: usize) -> String {
        let len = self.below(max_chars + 1);
        (0..len).map(|_| self.char()).collect()
    }

    /// A team name of 1-60 characters, or `None`.
    fn name(&mut self) -> Option<TeamName> {
        if self.chance(2) {
            None
        } else {
            TeamName::from_input(&self.text(70))
        }
    }
}

fn sorted(mut responses: Vec<Response>) -> Vec<Response> {
    responses.sort_by_key(response_key);
    responses
}

#[test]
fn responses_round_trip() {
    let mut rng = Rng::seeded(1);
    let mut named = 0;
    for case in 0..CASES {
        let response = rng.response();
        let team_name = rng.name();
        named += usize::from(team_name.is_some());
        let link = encode_response(&response, team_name.as_ref());
        let expected = Decoded::Response(SharedResponse {
            response,
            team_name,
        });
        assert_eq!(decode(&link), Ok(expected), "case {case}: {link}");
        assert!(link.bytes().all(|b| ALPHABET.contains(&b)), "{link}");
    }
    assert!(named > CASES / 3, "{named} of the cases had a name");
}

#[test]
fn teams_round_trip_as_a_multiset() {
    let mut rng = Rng::seeded(2);
    for case in 0..CASES {
        let count = 1 + rng.below(50);
        let mut responses: Vec<Response> = (0..count).map(|_| rng.response()).collect();
        if count > 1 && rng.chance(4) {
            // Two people may answer identically: both count.
            let i = rng.below(count);
            responses[rng.below(count)] = responses[i].clone();
        }
        let team_name = rng.name();
        let link = encode_team(&responses, team_name.as_ref()).unwrap();
        let expected = Decoded::Team(SharedTeam {
            responses: sorted(responses),
            team_name,
            agreements: Default::default(),
        });
        assert_eq!(decode(&link), Ok(expected), "case {case}: {link}");
    }
}

#[test]
fn team_links_do_not_depend_on_the_order_of_responses() {
    let mut rng = Rng::seeded(3);
    for case in 0..CASES {
        let count = 1 + rng.below(50);
        let responses: Vec<Response> = (0..count).map(|_| rng.response()).collect();
        let mut shuffled = responses.clone();
        for i in (1..count).rev() {
            shuffled.swap(i, rng.below(i + 1));
        }
        let team_name = rng.name();
        assert_eq!(
            encode_team(&shuffled, team_name.as_ref()),
            encode_team(&responses, team_name.as_ref()),
            "case {case}"
        );
    }
}

/// The number a run of alphabet characters writes, read without the codec.
fn sextets(text: &str) -> u128 {
    text.bytes().fold(0, |acc, b| {
        let value = ALPHABET.iter().position(|&a| a == b).unwrap();
        acc * 64 + value as u128
    })
}

#[test]
fn response_keys_are_unique_and_are_what_the_link_writes() {
    let mut rng = Rng::seeded(4);
    for case in 0..CASES {
        let (a, b) = (rng.response(), rng.response());
        let (ka, kb) = (response_key(&a), response_key(&b));
        assert_eq!(ka == kb, a == b, "case {case}");
        let link = encode_response(&a, None);
        assert_eq!(sextets(&link[5..18]), ka, "case {case}: {link}");
        // The key written out by the published rule: role + 8 * sum(code_i * 6^i).
        let sum = a
            .now
            .iter()
            .chain(&a.desired)
            .enumerate()
            .map(|(i, answer)| u128::from(answer.code()) * 6u128.pow(i as u32))
            .sum::<u128>();
        assert_eq!(ka, u128::from(a.role.map_or(0, RoleGroup::id)) + 8 * sum);
    }
}

#[test]
fn sizes() {
    let mut rng = Rng::seeded(5);
    for _ in 0..CASES {
        let link = encode_response(&rng.response(), None);
        assert_eq!(link.len(), 22);
        // v1r + NN + R + CCCC: the response itself is 13 characters.
        assert_eq!(link.len() - 3 - 2 - 4, RESPONSE_CHARS);
        assert_eq!(RESPONSE_CHARS, 13);
    }
    // One participant's whole link without a name fits in 24 characters.
    assert!(encode_response(&Response::default(), None).len() <= 24);
    let thirty: Vec<Response> = (0..30).map(|_| rng.response()).collect();
    let team = encode_team(&thirty, None).unwrap();
    assert_eq!(team.len(), 401);
    assert!(team.len() <= 600);
}

#[test]
fn random_text_never_panics() {
    let mut rng = Rng::seeded(6);
    let mut ok = 0;
    for _ in 0..CASES {
        let len = rng.below(2000);
        // From the alphabet, half of them behind a plausible header.
        let mut text: String = (0..len)
            .map(|_| char::from(ALPHABET[rng.below(64)]))
            .collect();
        if rng.chance(2) {
            let header = ["v1r", "v1t", "v1rAA", "v1tAA", "v1tAAAB", "v1rAB"][rng.below(6)];
            text.replace_range(..len.min(header.len()), header);
        }
        ok += usize::from(decode(&text).is_ok());
        // Any characters at all.
        let text = rng.text(2000);
        ok += usize::from(decode(&text).is_ok());
    }
    // A random text passes the checksum once in 2^24: none of these should.
    assert_eq!(ok, 0);
}

#[test]
fn mangled_links_never_panic_and_never_decode_to_something_else() {
    let mut rng = Rng::seeded(7);
    for case in 0..CASES {
        let count = 1 + rng.below(8);
        let responses: Vec<Response> = (0..count).map(|_| rng.response()).collect();
        let link = if rng.chance(2) {
            encode_response(&responses[0], rng.name().as_ref())
        } else {
            encode_team(&responses, rng.name().as_ref()).unwrap()
        };
        let original = decode(&link).unwrap();
        let mangled = mangle(&mut rng, link);
        // Only a swap of two equal characters leaves a link that decodes.
        if let Ok(decoded) = decode(&mangled) {
            assert_eq!(decoded, original, "case {case}: {mangled}");
        }
    }
}

/// Decodes `link` with each character replaced by each other one of the alphabet, asserting
/// that every such change is rejected; gives how many changes were tried.
fn assert_every_substitution_rejected(link: &str) -> usize {
    let bytes = link.as_bytes();
    let mut checked = 0;
    for position in 0..bytes.len() {
        for &c in ALPHABET.iter().filter(|&&c| c != bytes[position]) {
            let mut changed = bytes.to_vec();
            changed[position] = c;
            let changed = String::from_utf8(changed).unwrap();
            let result = decode(&changed);
            assert!(result.is_err(), "{changed} decoded to {result:?}");
            checked += 1;
        }
    }
    checked
}

/// `link` with one character removed or inserted, cut short, or two characters swapped.
fn mangle(rng: &mut Rng, link: String) -> String {
    let mut bytes = link.into_bytes();
    let position = rng.below(bytes.len());
    match rng.below(4) {
        0 => {
            bytes.remove(position);
        }
        1 => bytes.insert(position, ALPHABET[rng.below(64)]),
        2 => bytes.truncate(position),
        _ => {
            let (i, j) = (position, rng.below(bytes.len()));
            bytes.swap(i, j);
        }
    }
    String::from_utf8(bytes).unwrap()
}

#[test]
fn every_single_character_substitution_is_detected() {
    let mut rng = Rng::seeded(8);
    let hostile = TeamName::new("👩‍⚕️ فريق <img src=x onerror=alert(1)>").unwrap();
    let thirty: Vec<Response> = (0..30).map(|_| rng.response()).collect();
    let links = [
        encode_response(&rng.response(), None),
        encode_response(&Response::default(), None),
        encode_response(&rng.response(), Some(&hostile)),
        encode_team(&thirty[..6], Some(&TeamName::new("Wijkteam Oost").unwrap())).unwrap(),
        encode_team(&thirty, None).unwrap(),
    ];
    let mut checked = 0;
    for link in &links {
        assert!(decode(link).is_ok());
        checked += assert_every_substitution_rejected(link);
    }
    assert_eq!(checked, 63 * links.iter().map(String::len).sum::<usize>());
}

#[test]
fn decoding_is_the_inverse_of_encoding_for_every_role_and_answer() {
    // Each role, and each answer code in each of the 28 places, on its own.
    for role in 0..8u8 {
        let response = Response {
            role: RoleGroup::from_id(role),
            ..Response::default()
        };
        let link = encode_response(&response, None);
        assert_eq!(
            decode(&link),
            Ok(Decoded::Response(SharedResponse {
                response,
                team_name: None
            }))
        );
    }
    for place in 0..2 * DIMENSION_COUNT {
        for code in 1..=5 {
            let mut response = Response::default();
            let answer = Answer::Position(Position::new(code).unwrap());
            if place < DIMENSION_COUNT {
                response.now[place] = answer;
            } else {
                response.desired[place - DIMENSION_COUNT] = answer;
            }
            let link = encode_response(&response, None);
            match decode(&link) {
                Ok(Decoded::Response(shared)) => assert_eq!(shared.response, response),
                other => panic!("{other:?}"),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Workshop invitations (kind `w`).

impl Rng {
    /// A workshop with a random name, language and subset of role groups, the groups given in
    /// a random order and sometimes twice; and the same workshop as decoding returns it (the
    /// groups once each, in [`RoleGroup::ALL`] order).
    fn workshop(&mut self) -> (Workshop, Workshop) {
        let mask = self.below(128);
        let canonical: Vec<RoleGroup> = RoleGroup::ALL
            .into_iter()
            .filter(|r| mask & 1 << (r.id() - 1) != 0)
            .collect();
        let mut roles = canonical.clone();
        for i in (1..roles.len()).rev() {
            roles.swap(i, self.below(i + 1));
        }
        if !roles.is_empty() && self.chance(4) {
            roles.push(roles[self.below(roles.len())]);
        }
        let team_name = self.name();
        let lang = if self.chance(2) { Lang::Nl } else { Lang::En };
        let given = Workshop {
            team_name: team_name.clone(),
            lang,
            roles,
        };
        let decoded = Workshop {
            team_name,
            lang,
            roles: canonical,
        };
        (given, decoded)
    }
}

#[test]
fn workshops_round_trip() {
    let mut rng = Rng::seeded(9);
    let (mut named, mut english, mut masks) = (0, 0, std::collections::HashSet::new());
    for case in 0..CASES {
        let (given, expected) = rng.workshop();
        named += usize::from(given.team_name.is_some());
        english += usize::from(given.lang == Lang::En);
        masks.insert(expected.roles.clone());
        let link = encode_workshop(&given);
        assert_eq!(encode_workshop(&expected), link, "case {case}: role order");
        assert_eq!(
            decode(&link),
            Ok(Decoded::Workshop(expected.clone())),
            "case {case}: {link}"
        );
        assert!(link.bytes().all(|b| ALPHABET.contains(&b)), "{link}");
        // v1w + NN + NAME + SS + CCCC.
        let name_bytes = expected.team_name.as_ref().map_or(0, |n| n.as_str().len());
        assert_eq!(
            link.len(),
            3 + 2 + (name_bytes * 4).div_ceil(3) + 2 + 4,
            "{link}"
        );
        // SS is the role groups' bits and the language bit, read without the codec.
        let ss = sextets(&link[link.len() - 6..link.len() - 4]);
        let roles = expected
            .roles
            .iter()
            .map(|r| 1u128 << (r.id() - 1))
            .sum::<u128>();
        assert_eq!(
            ss,
            roles | u128::from(expected.lang == Lang::En) << 7,
            "{link}"
        );
    }
    assert!(named > CASES / 3, "{named} of the cases had a name");
    assert!(english > CASES / 3, "{english} of the cases were English");
    assert_eq!(masks.len(), 128, "every subset of role groups");
}

#[test]
fn every_single_character_substitution_of_a_workshop_link_is_detected() {
    let mut rng = Rng::seeded(10);
    let name = |s: &str| Some(TeamName::new(s).unwrap());
    let mut workshops = vec![
        Workshop::default(),
        Workshop {
            team_name: name("Wijkteam Zuid-Oost ë"),
            lang: Lang::En,
            roles: RoleGroup::ALL.to_vec(),
        },
        Workshop {
            team_name: name("👩‍⚕️ فريق <img src=x onerror=alert(1)>"),
            lang: Lang::Nl,
            roles: vec![RoleGroup::Other],
        },
    ];
    workshops.extend((0..20).map(|_| rng.workshop().0));
    let links: Vec<String> = workshops.iter().map(encode_workshop).collect();
    let mut checked = 0;
    for link in &links {
        assert!(matches!(decode(link), Ok(Decoded::Workshop(_))), "{link}");
        checked += assert_every_substitution_rejected(link);
        // The kind changed to another known kind is rejected too.
        for kind in ['r', 't'] {
            let changed = format!("v1{kind}{}", &link[3..]);
            assert!(decode(&changed).is_err(), "{changed}");
        }
    }
    assert_eq!(checked, 63 * links.iter().map(String::len).sum::<usize>());
}

#[test]
fn mangled_workshop_links_never_decode_to_something_else() {
    let mut rng = Rng::seeded(11);
    for case in 0..CASES {
        let link = encode_workshop(&rng.workshop().0);
        let original = decode(&link).unwrap();
        let mangled = mangle(&mut rng, link);
        // Only a swap of two equal characters leaves a link that decodes.
        if let Ok(decoded) = decode(&mangled) {
            assert_eq!(decoded, original, "case {case}: {mangled}");
        }
    }
}

#[test]
fn random_text_behind_a_workshop_header_never_decodes() {
    let mut rng = Rng::seeded(12);
    let mut ok = 0;
    for _ in 0..CASES {
        let header = ["v1w", "v1wAA", "v1wAAD_", "v1wAB"][rng.below(4)];
        let len = rng.below(40);
        let text: String = header
            .chars()
            .chain((0..len).map(|_| char::from(ALPHABET[rng.below(64)])))
            .collect();
        ok += usize::from(decode(&text).is_ok());
    }
    // A random text passes the checksum once in 2^24: none of these should.
    assert_eq!(ok, 0);
}

// ---------------------------------------------------------------------------------------------
// Team links with agreements (version 2).

impl Rng {
    /// A field as someone might type it: mostly within its limit, sometimes with white space
    /// around, sometimes empty, now and then too long or with a control character (which
    /// `for_link` leaves out).
    fn field(&mut self, max_chars: usize) -> String {
        match self.below(10) {
            0 => String::new(),
            1 => format!(" {} ", self.text(max_chars.saturating_sub(2))),
            2 if self.chance(3) => self.text(max_chars + 20),
            _ => self.text(max_chars),
        }
    }

    /// Agreements on a random subset of the dimensions (sometimes none), typed as above.
    fn agreements(&mut self) -> Agreements {
        let mut agreements = Agreements::default();
        let density = self.below(4);
        for index in 0..DIMENSION_COUNT {
            if self.below(4) >= density {
                continue;
            }
            for field in AgreementField::ALL {
                let text = self.field(field.max_chars());
                agreements.set(index, field, text);
            }
        }
        agreements
    }
}

#[test]
fn teams_with_agreements_round_trip() {
    let mut rng = Rng::seeded(13);
    let (mut v2, mut too_long, mut carried_total) = (0, 0, 0);
    for case in 0..CASES {
        let count = 1 + rng.below(30);
        let responses: Vec<Response> = (0..count).map(|_| rng.response()).collect();
        let team_name = rng.name();
        let agreements = rng.agreements();
        let expected_agreements = carried(&agreements);
        let link = match encode_team_with(&responses, team_name.as_ref(), &agreements) {
            Ok(link) => link,
            Err(LinkError::TooLong { chars }) => {
                assert!(chars > MAX_LINK_CHARS, "case {case}");
                too_long += 1;
                continue;
            }
            Err(other) => panic!("case {case}: {other:?}"),
        };
        assert!(link.len() <= MAX_LINK_CHARS);
        assert!(link.bytes().all(|b| ALPHABET.contains(&b)), "{link}");
        if expected_agreements.is_empty() {
            // Nothing to carry: the version 1 link, unchanged.
            assert_eq!(
                Ok(&link),
                encode_team(&responses, team_name.as_ref()).as_ref(),
                "case {case}"
            );
        } else {
            assert!(link.starts_with("v2t"), "case {case}: {link}");
            v2 += 1;
            carried_total += agreements.for_link().len();
        }
        let expected = Decoded::Team(SharedTeam {
            responses: sorted(responses.clone()),
            team_name: team_name.clone(),
            agreements: expected_agreements.clone(),
        });
        assert_eq!(decode(&link), Ok(expected), "case {case}: {link}");
        // Canonical: what was decoded encodes to the same link, in any order of responses.
        let mut shuffled = responses;
        shuffled.reverse();
        assert_eq!(
            encode_team_with(&shuffled, team_name.as_ref(), &expected_agreements),
            Ok(link),
            "case {case}"
        );
    }
    assert!(v2 > CASES / 2, "{v2} of the cases were version 2");
    assert!(carried_total > CASES, "{carried_total} agreements carried");
    assert!(too_long < CASES / 20, "{too_long} too long");
}

#[test]
fn without_agreements_the_version_1_link_is_unchanged() {
    let mut rng = Rng::seeded(14);
    for case in 0..CASES {
        let count = 1 + rng.below(50);
        let responses: Vec<Response> = (0..count).map(|_| rng.response()).collect();
        let team_name = rng.name();
        // Nothing typed, only white space, or only what cannot be carried.
        let mut agreements = Agreements::default();
        match rng.below(3) {
            0 => {}
            1 => agreements.set(
                rng.below(DIMENSION_COUNT),
                AgreementField::Text,
                " \t".into(),
            ),
            _ => {
                let index = rng.below(DIMENSION_COUNT);
                agreements.set(index, AgreementField::Owner, "Fatima".into());
            }
        }
        assert!(agreements.for_link().is_empty());
        let v1 = encode_team(&responses, team_name.as_ref()).unwrap();
        assert!(v1.starts_with("v1t"));
        assert_eq!(
            encode_team_with(&responses, team_name.as_ref(), &agreements),
            Ok(v1),
            "case {case}"
        );
    }
}

/// A version 2 link of a few responses and random agreements that fit.
fn team_with_agreements(rng: &mut Rng) -> String {
    loop {
        let responses: Vec<Response> = (0..1 + rng.below(8)).map(|_| rng.response()).collect();
        let agreements = rng.agreements();
        if let Ok(link) = encode_team_with(&responses, rng.name().as_ref(), &agreements) {
            if link.starts_with("v2t") {
                return link;
            }
        }
    }
}

#[test]
fn mangled_team_links_with_agreements_never_decode_to_something_else() {
    let mut rng = Rng::seeded(15);
    for case in 0..CASES {
        let link = team_with_agreements(&mut rng);
        let original = decode(&link).unwrap();
        let mangled = mangle(&mut rng, link);
        if let Ok(decoded) = decode(&mangled) {
            assert_eq!(decoded, original, "case {case}: {mangled}");
        }
    }
}

#[test]
fn every_single_character_substitution_of_a_team_link_with_agreements_is_detected() {
    let mut rng = Rng::seeded(16);
    // Short ones: every substitution of every character is decoded, 63 per character.
    let links: Vec<String> = std::iter::repeat_with(|| team_with_agreements(&mut rng))
        .filter(|link| link.len() <= 700)
        .take(4)
        .collect();
    let mut checked = 0;
    for link in &links {
        assert!(decode(link).is_ok());
        checked += assert_every_substitution_rejected(link);
    }
    assert_eq!(checked, 63 * links.iter().map(String::len).sum::<usize>());
}

#[test]
fn random_text_behind_a_version_2_header_never_decodes() {
    let mut rng = Rng::seeded(17);
    let mut ok = 0;
    let block = "AAAAAAALf3Bw1";
    for _ in 0..CASES {
        let header = [
            "v2t".to_string(),
            "v2tAAAB".to_string(),
            format!("v2tAAAB{block}B"),
            format!("v2tAAAB{block}BE"),
            format!("v2tAAAB{block}O"),
        ][rng.below(5)]
        .clone();
        let len = rng.below(400);
        let text: String = header
            .chars()
            .chain((0..len).map(|_| char::from(ALPHABET[rng.below(64)])))
            .collect();
        ok += usize::from(decode(&text).is_ok());
    }
    // A random text passes the checksum once in 2^24: none of these should.
    assert_eq!(ok, 0);
}

#[test]
fn a_team_of_12_with_five_agreements_of_100_characters_fits_in_2000() {
    let mut rng = Rng::seeded(18);
    let twelve: Vec<Response> = (0..12).map(|_| rng.response()).collect();
    let agreements = common::five_agreements_of_100_characters();
    let name = TeamName::new("Sociaal team Zuid – Werk & Inkomen").unwrap();
    let link = encode_team_with(&twelve, Some(&name), &agreements).unwrap();
    assert!(link.starts_with("v2t"));
    assert!(link.len() <= 2000, "{} characters", link.len());
    // The figure in the module docs and docs/link-formats.md, with this owner and due on every agreement.
    assert_eq!(link.len(), 1275);
    match decode(&link) {
        Ok(Decoded::Team(team)) => assert_eq!(team.agreements, agreements),
        other => panic!("{other:?}"),
    }
}
