//! Golden vectors of the share link, format version 1.
//!
//! `tests/golden/links_v1.txt` holds valid links with their decoded values written out, and
//! `tests/golden/links_invalid_v1.tsv` crafted invalid links (correct checksums around wrong
//! values) with the exact error each gives. The files are the contract: every later version of
//! the program must decode these links the same way, forever. Never regenerate them to make a
//! test pass; add new records instead.
//!
//! The `#[ignore]`d generators below write both files (into `CARGO_TARGET_TMPDIR`, never over
//! the committed files): `cargo test --test link_golden -- --ignored`. They wrote the first
//! version; the workshop records (kind `w`) were appended later, and the generators extended to
//! write them too, so their output still equals the committed files. The workshop links were
//! also computed with an independent encoder (outside this repository) and are checked against
//! the one at the end of this file.

mod common;

use samenwerkingsscan::domain::instrument::{Answer, Lang, Position, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, encode_workshop, Decoded, LinkError, SharedResponse,
    SharedTeam, Workshop,
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

/// A workshop's role groups: ids 1-7 in ascending order separated by `,`, or `-` for none.
fn parse_roles(text: &str) -> Vec<RoleGroup> {
    if text == "-" {
        return Vec::new();
    }
    let ids: Vec<u8> = text.split(',').map(|id| id.parse().unwrap()).collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "roles {text:?} ascending"
    );
    ids.into_iter()
        .map(|id| RoleGroup::from_id(id).expect("role id 1-7"))
        .collect()
}

fn format_roles(roles: &[RoleGroup]) -> String {
    if roles.is_empty() {
        return "-".to_string();
    }
    roles
        .iter()
        .map(|r| r.id().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

fn parse_lang(text: &str) -> Lang {
    match text {
        "nl" => Lang::Nl,
        "en" => Lang::En,
        other => panic!("lang {other:?}"),
    }
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
    let has = |key: &str| fields.iter().any(|(k, _)| k == key);
    let kind = one("kind");
    if kind == "workshop" {
        // An invitation carries no answers; its settings are written out instead.
        assert!(
            !has("count") && !has("response"),
            "{id}: a workshop has no responses"
        );
        let expected = Decoded::Workshop(Workshop {
            team_name,
            lang: parse_lang(one("lang")),
            roles: parse_roles(one("roles")),
        });
        return Golden {
            id,
            link,
            chars,
            expected,
        };
    }
    assert!(
        !has("lang") && !has("roles"),
        "{id}: lang and roles are a workshop's"
    );
    let responses: Vec<Response> = fields
        .iter()
        .filter(|(k, _)| k == "response")
        .map(|(_, v)| parse_response(&v.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    let count: usize = one("count").parse().unwrap();
    assert_eq!(responses.len(), count, "{id}: count");
    let expected = match kind {
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
            agreements: Default::default(),
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
            Decoded::Workshop(w) => {
                // The order of the role groups, and a group given twice, do not matter.
                let mut shuffled = w.clone();
                shuffled.roles.reverse();
                shuffled.roles.extend(w.roles.first());
                assert_eq!(encode_workshop(&shuffled), encode_workshop(w), "{}", g.id);
                encode_workshop(w)
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
        other => panic!("{id} is not a response: {other:?}"),
    };
    let team = |id: &str| match &find(id).expected {
        Decoded::Team(t) => t.clone(),
        other => panic!("{id} is not a team: {other:?}"),
    };
    let workshop = |id: &str| match &find(id).expected {
        Decoded::Workshop(w) => w.clone(),
        other => panic!("{id} is not a workshop: {other:?}"),
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

    let plain = workshop("workshop_no_name");
    assert_eq!(plain.team_name, None);
    assert_eq!(plain.lang, Lang::Nl);
    assert!(!plain.roles.is_empty());
    // v1w + NN + SS + CCCC.
    assert_eq!(find("workshop_no_name").chars, 11);

    let dutch = workshop("workshop_dutch_name").team_name.unwrap();
    assert_eq!(dutch.as_str(), "Wijkteam Zuid-Oost ë");

    let all = workshop("workshop_all_roles_en");
    assert_eq!(all.roles, RoleGroup::ALL);
    assert_eq!(all.lang, Lang::En);

    let none = workshop("workshop_no_roles");
    assert!(none.roles.is_empty());
    assert_eq!((none.lang, none.team_name), (Lang::Nl, None));
    let hostile = workshop("workshop_no_roles_en_hostile_name");
    assert!(hostile.roles.is_empty() && hostile.lang == Lang::En);
    assert!(hostile.team_name.unwrap().as_str().contains("<img"));

    // Bit 6 (role group 7) next to bit 7 (the language).
    let seven = workshop("workshop_role_7_only");
    assert_eq!(
        (seven.roles, seven.lang),
        (vec![RoleGroup::Other], Lang::Nl)
    );

    let sixty = workshop("workshop_name_60_chars").team_name.unwrap();
    assert_eq!(sixty.as_str().len(), 240);
}

#[test]
fn golden_links_match_the_independent_encoder() {
    let records = parse_valid(VALID);
    let mut workshops = 0;
    for g in &records {
        // Every checksum, recomputed bit by bit.
        assert_eq!(seal(&g.link[..g.link.len() - 4]), g.link, "{}", g.id);
        // A workshop link written from its fields with the helpers below, not the codec.
        if let Decoded::Workshop(w) = &g.expected {
            let name = w.team_name.as_ref().map_or("", |n| n.as_str());
            let roles = w.roles.iter().map(|r| 1u128 << (r.id() - 1)).sum::<u128>();
            let lang = if w.lang == Lang::En { 1 << 7 } else { 0 };
            let body = format!("{}{}", named('w', name.as_bytes()), number(roles | lang, 2));
            assert_eq!(seal(&body), g.link, "{}", g.id);
            workshops += 1;
        }
    }
    assert!(workshops >= 4, "{workshops} golden workshop links");
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
        Decoded::Workshop(w) => ("workshop", &w.team_name, Vec::new()),
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
    if let Decoded::Workshop(w) = &decoded {
        out.push_str(&format!(
            "lang\t{}\nroles\t{}\n",
            w.lang.code(),
            format_roles(&w.roles)
        ));
    } else {
        out.push_str(&format!("count\t{}\n", responses.len()));
        for r in &responses {
            out.push_str(&format_response(r));
            out.push('\n');
        }
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
         #   kind      response | team | workshop\n\
         #   name      the team name as text (for reading; optional)\n\
         #   name_hex  the team name's UTF-8 bytes in hex, or '-' for no name (the contract)\n\
         #   count     the number of responses (response and team only)\n\
         #   response  role (1-7, '-' = none), NOW and DESIRED as 14 characters each, dimension 1\n\
         #             first: 1-5 a position, '?' don't know. A team's responses are listed in\n\
         #             canonical order (ascending R value), which is how the decoder returns them.\n\
         #   lang      a workshop's language: nl | en (workshop only)\n\
         #   roles     a workshop's role groups: ids 1-7 in ascending order separated by ',', or '-'\n\
         #             for none (workshop only)\n\n",
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

    // Added with the workshop invitation (kind `w`).
    let workshop = |team_name: Option<&str>, lang: Lang, roles: &[u8]| {
        encode_workshop(&Workshop {
            team_name: team_name.map(name),
            lang,
            roles: roles
                .iter()
                .map(|&id| RoleGroup::from_id(id).unwrap())
                .collect(),
        })
    };
    record(
        &mut out,
        "workshop_no_name",
        &workshop(None, Lang::Nl, &[1, 3, 5]),
    );
    record(
        &mut out,
        "workshop_dutch_name",
        &workshop(Some("Wijkteam Zuid-Oost ë"), Lang::Nl, &[1, 2, 4, 6]),
    );
    record(
        &mut out,
        "workshop_all_roles_en",
        &workshop(None, Lang::En, &[1, 2, 3, 4, 5, 6, 7]),
    );
    record(
        &mut out,
        "workshop_no_roles",
        &workshop(None, Lang::Nl, &[]),
    );
    record(
        &mut out,
        "workshop_no_roles_en_hostile_name",
        &workshop(Some(hostile_name.as_str()), Lang::En, &[]),
    );
    record(
        &mut out,
        "workshop_role_7_only",
        &workshop(Some("Wijkteam Oost"), Lang::Nl, &[7]),
    );
    record(
        &mut out,
        "workshop_name_60_chars",
        &workshop(Some(&"🤝".repeat(60)), Lang::En, &[2, 6]),
    );

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

    // Added with the workshop invitation: `v1w` NN NAME SS CCCC, SS bits 8-11 zero.
    let bit_8 = seal(&format!("v1wAA{}", number(0x100, 2)));
    row("workshop_settings_bit_8", "ValueOutOfRange", bit_8.clone());
    row(
        "workshop_settings_bit_11_all_roles_en",
        "ValueOutOfRange",
        seal(&format!(
            "{}{}",
            named('w', b"Wijkteam Oost"),
            number(0x800 | 0xFF, 2)
        )),
    );
    row(
        "workshop_settings_all_bits_set",
        "ValueOutOfRange",
        seal("v1wAA__"),
    );
    row("workshop_settings_cut", "Truncated", "v1wAAA".to_string());
    let roles_1_3_5 = seal("v1wAAAV");
    row(
        "workshop_checksum_cut",
        "Truncated",
        roles_1_3_5[..roles_1_3_5.len() - 1].to_string(),
    );
    row(
        "workshop_name_length_4095_short",
        "Truncated",
        seal("v1w__AA"),
    );
    row(
        "workshop_longer_than_declared",
        "LengthMismatch",
        seal("v1wAAAVA"),
    );
    row(
        "workshop_with_a_response_block",
        "LengthMismatch",
        seal(&format!("v1wAA{ok_block}")),
    );
    row(
        "workshop_checksum_changed",
        "ChecksumMismatch",
        format!("{}u", &roles_1_3_5[..roles_1_3_5.len() - 1]),
    );
    // The checksum is checked before the settings.
    row(
        "workshop_settings_out_of_range_checksum_changed",
        "ChecksumMismatch",
        format!("{}A", &bit_8[..bit_8.len() - 1]),
    );
    row(
        "workshop_name_leading_space",
        "InvalidTeamName",
        seal(&format!("{}AV", named('w', b" Team"))),
    );
    // The name comes before the settings, so its error comes first.
    row(
        "workshop_name_invalid_utf8_settings_out_of_range",
        "InvalidTeamName",
        seal(&format!(
            "{}{}",
            named('w', b"Team \xff\xfe"),
            number(0x100, 2)
        )),
    );
    row(
        "workshop_name_61_chars",
        "InvalidTeamName",
        seal(&format!("{}AV", named('w', "a".repeat(61).as_bytes()))),
    );
    row(
        "workshop_version_leading_zero",
        "NonCanonical",
        seal("v01wAAAV"),
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
