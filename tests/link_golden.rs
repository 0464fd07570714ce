//! Golden vectors of the share link, format version 1.
//!
//! `tests/golden/links_v1.txt` holds valid links with their decoded values written out, and
//! `tests/golden/links_invalid_v1.tsv` crafted invalid links (correct checksums around wrong
//! values) with the exact error each gives. The files are the contract: every later version of
//! the program must decode these links the same way, forever. Never regenerate them to make a
//! test pass; add new records instead.
//!
//! The `#[ignore]`d generators below wrote the first version of both files (into
//! `CARGO_TARGET_TMPDIR`, never over the committed files):
//! `cargo test --test link_golden -- --ignored`.

mod common;

use samenwerkingsscan::domain::instrument::{Answer, Position, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, Decoded, LinkError, SharedResponse, SharedTeam,
};
use samenwerkingsscan::domain::response::{Response, TeamName};

const VALID: &str = include_str!("golden/links_v1.txt");
const INVALID: &str = include_str!("golden/links_invalid_v1.tsv");

// ---------------------------------------------------------------------------------------------
// Reading the golden files, by hand.

/// Answers of one horizon as 14 characters, dimension 1 first: `1`-`5`, or `?` for don't know.
fn parse_answers(text: &str) -> [Answer; DIMENSION_COUNT] {
    let codes: Vec<char> = text.chars().collect();
    assert_eq!(codes.len(), DIMENSION_COUNT, "answers {text:?}");
    let mut answers = [Answer::DontKnow; DIMENSION_COUNT];
    for (answer, c) in answers.iter_mut().zip(codes) {
        *answer = match c {
            '?' => Answer::DontKnow,
            '1'..='5' => Answer::Position(Position::new(c as u8 - b'0').unwrap()),
            _ => panic!("bad answer {c:?} in {text:?}"),
        };
    }
    answers
}

fn format_answers(answers: &[Answer; DIMENSION_COUNT]) -> String {
    answers
        .iter()
        .map(|a| match a {
            Answer::DontKnow => '?',
            Answer::Position(p) => char::from(b'0' + p.get()),
        })
        .collect()
}

/// `role<TAB>now<TAB>desired`, role `-` or 1-7.
fn parse_response(fields: &[&str]) -> Response {
    assert_eq!(fields.len(), 3, "response fields {fields:?}");
    let role = match fields[0] {
        "-" => None,
        id => Some(RoleGroup::from_id(id.parse().unwrap()).expect("role id 1-7")),
    };
    Response {
        now: parse_answers(fields[1]),
        desired: parse_answers(fields[2]),
        role,
    }
}

fn format_response(r: &Response) -> String {
    let role = r.role.map_or("-".to_string(), |g| g.id().to_string());
    format!(
        "response\t{role}\t{}\t{}",
        format_answers(&r.now),
        format_answers(&r.desired)
    )
}

fn parse_hex(text: &str) -> Vec<u8> {
    assert!(text.len().is_multiple_of(2), "hex {text:?}");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

struct Golden {
    id: String,
    link: String,
    chars: usize,
    expected: Decoded,
}

/// Records of `key<TAB>value` lines closed by `end`; `#` starts a comment line.
fn parse_valid(text: &str) -> Vec<Golden> {
    let mut records = Vec::new();
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "end" {
            records.push(build_record(std::mem::take(&mut fields)));
            continue;
        }
        let mut parts = line.split('\t');
        let key = parts.next().unwrap().to_string();
        let values: Vec<String> = parts.map(str::to_string).collect();
        assert!(!values.is_empty(), "line {}: {line:?}", number + 1);
        fields.push((key, values));
    }
    assert!(fields.is_empty(), "the last record has no `end`");
    records
}

fn build_record(fields: Vec<(String, Vec<String>)>) -> Golden {
    let one = |key: &str| -> &str {
        let found: Vec<_> = fields.iter().filter(|(k, _)| k == key).collect();
        assert_eq!(found.len(), 1, "exactly one {key:?} in {fields:?}");
        assert_eq!(found[0].1.len(), 1, "{key:?} has one value");
        &found[0].1[0]
    };
    let id = one("id").to_string();
    let link = one("link").to_string();
    let chars: usize = one("chars").parse().unwrap();
    let team_name = match one("name_hex") {
        "-" => None,
        h => {
            let text = String::from_utf8(parse_hex(h)).expect("name_hex is UTF-8");
            // The readable `name` line, when present, must say the same.
            if let Some((_, v)) = fields.iter().find(|(k, _)| k == "name") {
                assert_eq!(v.join("\t"), text, "{id}: name and name_hex differ");
            }
            let name = TeamName::new(&text).unwrap();
            assert_eq!(name.as_str(), text);
            Some(name)
        }
    };
    let responses: Vec<Response> = fields
        .iter()
        .filter(|(k, _)| k == "response")
        .map(|(_, v)| parse_response(&v.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    let count: usize = one("count").parse().unwrap();
    assert_eq!(responses.len(), count, "{id}: count");
    let expected = match one("kind") {
        "response" => {
            assert_eq!(count, 1, "{id}");
            Decoded::Response(SharedResponse {
                response: responses.into_iter().next().unwrap(),
                team_name,
            })
        }
        "team" => Decoded::Team(SharedTeam {
            responses,
            team_name,
        }),
        other => panic!("{id}: kind {other:?}"),
    };
    Golden {
        id,
        link,
        chars,
        expected,
    }
}

/// An error as the golden file writes it: the variant, then its fields separated by spaces;
/// a character as `U+XXXX`.
fn parse_error(text: &str) -> LinkError {
    let parts: Vec<&str> = text.split(' ').collect();
    let number = |i: usize| -> usize { parts[i].parse().unwrap() };
    match parts[0] {
        "Empty" => LinkError::Empty,
        "TooLong" => LinkError::TooLong { chars: number(1) },
        "InvalidCharacter" => LinkError::InvalidCharacter {
            position: number(1),
            character: parse_char(parts[2]),
        },
        "NotALink" => LinkError::NotALink,
        "UnsupportedVersion" => LinkError::UnsupportedVersion {
            version: parts[1].parse().unwrap(),
        },
        "UnknownKind" => LinkError::UnknownKind {
            kind: parse_char(parts[1]),
        },
        "Truncated" => LinkError::Truncated,
        "LengthMismatch" => LinkError::LengthMismatch,
        "ChecksumMismatch" => LinkError::ChecksumMismatch,
        "NonCanonical" => LinkError::NonCanonical,
        "ValueOutOfRange" => LinkError::ValueOutOfRange,
        "InvalidTeamName" => LinkError::InvalidTeamName,
        "TooManyResponses" => LinkError::TooManyResponses { count: number(1) },
        "NoResponses" => LinkError::NoResponses,
        other => panic!("unknown error {other:?}"),
    }
}

fn parse_char(text: &str) -> char {
    let code = text
        .strip_prefix("U+")
        .expect("a character is written U+XXXX");
    char::from_u32(u32::from_str_radix(code, 16).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The tests.

#[test]
fn golden_links_decode_to_the_written_values() {
    let records = parse_valid(VALID);
    assert!(records.len() >= 8, "at least 8 golden links");
    let mut ids = std::collections::HashSet::new();
    for g in &records {
        assert!(ids.insert(g.id.clone()), "duplicate id {}", g.id);
        assert_eq!(g.link.len(), g.chars, "{}: chars", g.id);
        assert_eq!(decode(&g.link).as_ref(), Ok(&g.expected), "{}", g.id);
        // The same with '#' and white space around it, as pasted from an address bar.
        assert_eq!(
            decode(&format!(" #{}\n", g.link)).as_ref(),
            Ok(&g.expected),
            "{}",
            g.id
        );
    }
}

#[test]
fn golden_links_are_what_the_encoder_writes() {
    for g in parse_valid(VALID) {
        let encoded = match &g.expected {
            Decoded::Response(r) => encode_response(&r.response, r.team_name.as_ref()),
            Decoded::Team(t) => {
                // Any order of the responses gives the canonical link.
                let mut reversed = t.responses.clone();
                reversed.reverse();
                let forward = encode_team(&t.responses, t.team_name.as_ref()).unwrap();
                assert_eq!(
                    encode_team(&reversed, t.team_name.as_ref()).unwrap(),
                    forward
                );
                forward
            }
        };
        assert_eq!(encoded, g.link, "{}", g.id);
    }
}

#[test]
fn golden_links_cover_the_required_cases() {
    let records = parse_valid(VALID);
    let find = |id: &str| {
        records
            .iter()
            .find(|g| g.id == id)
            .unwrap_or_else(|| panic!("no golden link {id}"))
    };
    let response = |id: &str| match &find(id).expected {
        Decoded::Response(r) => r.clone(),
        Decoded::Team(_) => panic!("{id} is a team"),
    };
    let team = |id: &str| match &find(id).expected {
        Decoded::Team(t) => t.clone(),
        Decoded::Response(_) => panic!("{id} is a response"),
    };

    let plain = response("response_plain");
    assert_eq!(plain.team_name, None);
    assert_eq!(find("response_plain").chars, 22);

    let unknown = response("response_all_dont_know");
    assert_eq!(unknown.response, Response::default());

    let top = response("response_all_five_role_7");
    assert_eq!(top.response.role, Some(RoleGroup::Other));
    assert!(top
        .response
        .now
        .iter()
        .chain(&top.response.desired)
        .all(|a| a.code() == 5));

    let hostile = response("response_hostile_name");
    let name = hostile.team_name.unwrap();
    assert!(name.as_str().contains("<img src=x onerror=alert(1)>"));
    assert!(name
        .as_str()
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    assert!(name.as_str().chars().any(|c| c as u32 >= 0x1F000));

    let sixty = response("response_name_60_chars").team_name.unwrap();
    assert_eq!(sixty.as_str().chars().count(), 60);
    assert_eq!(sixty.as_str().len(), 240);

    assert_eq!(team("team_1").responses.len(), 1);
    let six = team("team_6");
    assert_eq!(six.responses.len(), 6);
    assert_eq!(team("team_30").responses.len(), 30);
    assert_eq!(find("team_30").chars, 401);
    // Two identical answers stay two: a team link is a multiset.
    assert!(six.responses.windows(2).any(|w| w[0] == w[1]));
}

#[test]
fn crafted_invalid_links_give_the_written_error() {
    let mut count = 0;
    for (number, line) in INVALID.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "line {}", number + 1);
        let (id, error, link) = (fields[0], parse_error(fields[1]), fields[2]);
        assert_eq!(decode(link), Err(error), "{id}");
        count += 1;
    }
    assert!(count >= 10, "{count} crafted invalid links");
}

// ---------------------------------------------------------------------------------------------
// The generators, run once by hand. They write into the target directory; a person copies the
// output into tests/golden/ after reading it.

/// The shared seeded PRNG (tests/common), for reproducible answers in the generator.
struct SplitMix(common::Rng);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A plausible answer: mostly positions, sometimes don't know.
    fn answer(&mut self) -> Answer {
        if self.below(8) == 0 {
            Answer::DontKnow
        } else {
            Answer::Position(Position::new(1 + self.below(5) as u8).unwrap())
        }
    }

    fn response(&mut self) -> Response {
        let mut r = Response::default();
        for a in r.now.iter_mut().chain(r.desired.iter_mut()) {
            *a = self.answer();
        }
        r.role = RoleGroup::from_id(self.below(8) as u8);
        r
    }
}

fn record(out: &mut String, id: &str, link: &str) {
    let decoded = decode(link).unwrap();
    out.push_str(&format!("id\t{id}\nlink\t{link}\nchars\t{}\n", link.len()));
    let (kind, name, responses) = match &decoded {
        Decoded::Response(r) => ("response", &r.team_name, vec![r.response.clone()]),
        Decoded::Team(t) => ("team", &t.team_name, t.responses.clone()),
    };
    out.push_str(&format!("kind\t{kind}\n"));
    match name {
        None => out.push_str("name_hex\t-\n"),
        Some(n) => out.push_str(&format!(
            "name\t{}\nname_hex\t{}\n",
            n.as_str(),
            hex(n.as_str().as_bytes())
        )),
    }
    out.push_str(&format!("count\t{}\n", responses.len()));
    for r in &responses {
        out.push_str(&format_response(r));
        out.push('\n');
    }
    out.push_str("end\n\n");
}

fn response_of(role: &str, now: &str, desired: &str) -> Response {
    parse_response(&[role, now, desired])
}

#[test]
#[ignore = "generator: writes the first version of tests/golden/links_v1.txt into the target dir"]
fn generate_golden_links() {
    let mut out = String::from(
        "# Share-link golden vectors, format version 1. This file is the contract: later versions\n\
         # must decode every link here to exactly these values. Add records; never change one.\n\
         #\n\
         # A record is `key<TAB>value` lines closed by `end`:\n\
         #   id        a name for the record\n\
         #   link      the fragment, without '#'\n\
         #   chars     its length in characters\n\
         #   kind      response | team\n\
         #   name      the team name as text (for reading; optional)\n\
         #   name_hex  the team name's UTF-8 bytes in hex, or '-' for no name (the contract)\n\
         #   count     the number of responses\n\
         #   response  role (1-7, '-' = none), NOW and DESIRED as 14 characters each, dimension 1\n\
         #             first: 1-5 a position, '?' don't know. A team's responses are listed in\n\
         #             canonical order (ascending R value), which is how the decoder returns them.\n\n",
    );
    let name = |s: &str| TeamName::new(s).unwrap();

    let plain = response_of("1", "2323?123341213", "4434?345452324");
    record(&mut out, "response_plain", &encode_response(&plain, None));

    let unknown = Response::default();
    record(
        &mut out,
        "response_all_dont_know",
        &encode_response(&unknown, None),
    );

    let top = response_of("7", "55555555555555", "55555555555555");
    record(
        &mut out,
        "response_all_five_role_7",
        &encode_response(&top, None),
    );

    let hostile = response_of("4", "12345?12345?12", "3?453?45345345");
    let hostile_name = name("👩\u{200D}⚕\u{FE0F} فريق <img src=x onerror=alert(1)>");
    record(
        &mut out,
        "response_hostile_name",
        &encode_response(&hostile, Some(&hostile_name)),
    );

    let sixty = response_of("-", "33333333333333", "44444444444444");
    record(
        &mut out,
        "response_name_60_chars",
        &encode_response(&sixty, Some(&name(&"🤝".repeat(60)))),
    );

    let dutch = response_of("2", "2?1223?1121?31", "4?3345?3343?54");
    record(
        &mut out,
        "response_dutch_name",
        &encode_response(&dutch, Some(&name("Sociaal team Zuid – Werk & Inkomen"))),
    );

    let mut rng = SplitMix(common::Rng::new(0x5A4E_4E57_4552_4B31));
    let one = vec![rng.response()];
    record(
        &mut out,
        "team_1",
        &encode_team(&one, Some(&name("Wijkteam Oost"))).unwrap(),
    );

    let mut six: Vec<Response> = (0..5).map(|_| rng.response()).collect();
    six.push(six[2].clone());
    record(&mut out, "team_6", &encode_team(&six, None).unwrap());

    let thirty: Vec<Response> = (0..30).map(|_| rng.response()).collect();
    record(&mut out, "team_30", &encode_team(&thirty, None).unwrap());

    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("links_v1.txt");
    std::fs::write(&path, out).unwrap();
    println!("wrote {}", path.display());
}

// Independent of the codec: a bit-by-bit CRC-24/OpenPGP, base64url and sextet numbers, to craft
// links with correct checksums around wrong values.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn crc24(bytes: &[u8]) -> u32 {
    let mut crc: u32 = 0xB704CE;
    for &b in bytes {
        crc ^= u32::from(b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc
}

fn number(value: u128, chars: usize) -> String {
    (0..chars)
        .rev()
        .map(|i| char::from(ALPHABET[((value >> (6 * i)) & 63) as usize]))
        .collect()
}

/// Unpadded base64url through a bit accumulator; `tail` is OR-ed into the unused low bits of
/// the last character (0 for the canonical form).
fn base64(bytes: &[u8], tail: u32) -> String {
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(char::from(ALPHABET[((acc >> bits) & 63) as usize]));
        }
    }
    if bits > 0 {
        let last = ((acc << (6 - bits)) & 63) | tail;
        out.push(char::from(ALPHABET[last as usize]));
    }
    out
}

fn seal(body: &str) -> String {
    format!("{body}{}", number(u128::from(crc24(body.as_bytes())), 4))
}

fn named(kind: char, name: &[u8]) -> String {
    format!(
        "v1{kind}{}{}",
        number(name.len() as u128, 2),
        base64(name, 0)
    )
}

#[test]
#[ignore = "generator: writes the first version of tests/golden/links_invalid_v1.tsv into the target dir"]
fn generate_invalid_links() {
    let max = 8 * 6u128.pow(28) - 1;
    let ok_block = number(12_345_678_901, 13);
    let mut rows: Vec<(&str, String, String)> = Vec::new();
    let mut row = |id: &'static str, error: &str, link: String| {
        rows.push((id, error.to_string(), link));
    };

    row(
        "response_value_out_of_range",
        "ValueOutOfRange",
        seal(&format!("v1rAA{}", number(max + 1, 13))),
    );
    row(
        "response_value_all_bits_set",
        "ValueOutOfRange",
        seal(&format!("v1rAA{}", "_".repeat(13))),
    );
    row(
        "team_value_out_of_range",
        "ValueOutOfRange",
        seal(&format!("v1tAAAC{ok_block}{}", number(max + 1, 13))),
    );
    row(
        "name_invalid_utf8",
        "InvalidTeamName",
        seal(&format!("{}{ok_block}", named('r', b"Team \xff\xfe"))),
    );
    row(
        "name_overlong_utf8",
        "InvalidTeamName",
        seal(&format!("{}{ok_block}", named('r', b"\xc0\xaf"))),
    );
    row(
        "name_surrogate_utf8",
        "InvalidTeamName",
        seal(&format!("{}{ok_block}", named('r', b"\xed\xa0\x80"))),
    );
    let long: Vec<u8> = [&"🤝".repeat(60).into_bytes()[..], b"a"].concat();
    row(
        "name_length_241",
        "InvalidTeamName",
        seal(&format!("{}{ok_block}", named('r', &long))),
    );
    row(
        "name_61_chars",
        "InvalidTeamName",
        seal(&format!(
            "{}{ok_block}",
            named('r', "a".repeat(61).as_bytes())
        )),
    );
    row(
        "name_leading_space",
        "InvalidTeamName",
        seal(&format!("{}{ok_block}", named('r', b" Team"))),
    );
    row(
        "name_trailing_nbsp",
        "InvalidTeamName",
        seal(&format!(
            "{}{ok_block}",
            named('r', "Team\u{a0}".as_bytes())
        )),
    );
    row(
        "team_name_leading_space",
        "InvalidTeamName",
        seal(&format!("{}AB{ok_block}", named('t', b" Team"))),
    );
    row(
        "name_non_canonical_tail",
        "NonCanonical",
        seal(&format!(
            "v1r{}{}{ok_block}",
            number(4, 2),
            base64(b"Team", 1)
        )),
    );
    row(
        "version_leading_zero",
        "NonCanonical",
        seal(&format!("v01rAA{ok_block}")),
    );
    row("team_count_0", "NoResponses", seal("v1tAAAA"));
    row(
        "team_count_601",
        "TooManyResponses 601",
        seal(&format!("v1tAA{}{}", number(601, 2), ok_block.repeat(601))),
    );
    row(
        "team_count_4095_short",
        "Truncated",
        seal(&format!("v1tAA__{}", ok_block.repeat(3))),
    );
    row(
        "name_length_4095_short",
        "Truncated",
        seal(&format!("v1r__{ok_block}")),
    );
    row(
        "longer_than_declared_sealed",
        "LengthMismatch",
        seal(&format!("v1rAA{ok_block}A")),
    );
    row(
        "team_longer_than_declared",
        "LengthMismatch",
        seal(&format!("v1tAAAB{ok_block}{ok_block}")),
    );
    row(
        "team_shorter_than_declared",
        "Truncated",
        seal(&format!("v1tAAAD{ok_block}{ok_block}")),
    );

    let mut out = String::from(
        "# Crafted invalid share links, format version 1, with the exact error each gives.\n\
         # Their checksums are correct (unless the error comes before the checksum), so they test\n\
         # the checks on values. This file is a contract: add rows; never change one.\n\
         # Columns: id<TAB>error<TAB>link. An error is its variant name and its fields, separated\n\
         # by spaces; a character is written U+XXXX.\n",
    );
    for (id, error, link) in rows {
        assert_eq!(decode(&link), Err(parse_error(&error)), "{id}");
        out.push_str(&format!("{id}\t{error}\t{link}\n"));
    }
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("links_invalid_v1.tsv");
    std::fs::write(&path, out).unwrap();
    println!("wrote {}", path.display());
}
