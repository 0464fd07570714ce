//! Golden vectors of the share link, format versions 1 and 2.
//!
//! `tests/golden/links_v1.txt` holds valid links with their decoded values written out, and
//! `tests/golden/links_invalid_v1.tsv` crafted invalid links (correct checksums around wrong
//! values) with the exact error each gives. `links_v2.txt` and `links_invalid_v2.tsv` do the
//! same for the version 2 team link, which carries the team's agreements. The files are the
//! contract: every later version of the program must decode these links the same way, forever.
//! Never regenerate them to make a test pass; add new records instead.
//!
//! The `#[ignore]`d generators below write the files (into `CARGO_TARGET_TMPDIR`, never over
//! the committed files): `cargo test --test link_golden -- --ignored`. They wrote the first
//! version; the workshop records (kind `w`) were appended later, and the generators extended to
//! write them too, so their output still equals the committed files. The workshop links were
//! also computed with an independent encoder (outside this repository) and are checked against
//! the one at the end of this file. The version 2 files have generators of their own
//! (`generate_*_v2`), and every valid version 2 link is checked against that independent
//! encoder too.

mod common;

use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::instrument::{Answer, Lang, Position, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, encode_team_with, encode_workshop, Decoded, LinkError,
    SharedResponse, SharedTeam, Workshop,
};
use samenwerkingsscan::domain::response::{Response, TeamName};

const VALID: &str = include_str!("golden/links_v1.txt");
const INVALID: &str = include_str!("golden/links_invalid_v1.tsv");
const VALID_V2: &str = include_str!("golden/links_v2.txt");
const INVALID_V2: &str = include_str!("golden/links_invalid_v2.tsv");

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
            agreements: parse_agreements(&id, &fields),
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

/// A team's agreements: `agreements` (their number) and per agreement an `agreement_hex` line
/// (the contract: dimension index 0-13, then what, who and by when as UTF-8 hex, `-` for
/// empty), with an optional readable `agreement` line (the same fields as text, `-` for empty)
/// after it. No `agreements` line: none (a version 1 team).
fn parse_agreements(id: &str, fields: &[(String, Vec<String>)]) -> Agreements {
    let mut agreements = Agreements::default();
    let declared: Vec<usize> = fields
        .iter()
        .filter(|(k, _)| k == "agreements")
        .map(|(_, v)| v[0].parse().unwrap())
        .collect();
    let mut count = 0;
    let mut last: Option<usize> = None;
    for (key, values) in fields {
        match key.as_str() {
            "agreement_hex" => {
                assert_eq!(values.len(), 4, "{id}: agreement_hex {values:?}");
                let index: usize = values[0].parse().unwrap();
                for (field, hex_text) in AgreementField::ALL.into_iter().zip(&values[1..]) {
                    let bytes = if hex_text == "-" {
                        Vec::new()
                    } else {
                        parse_hex(hex_text)
                    };
                    let text = String::from_utf8(bytes).expect("agreement_hex is UTF-8");
                    agreements.set(index, field, text);
                }
                count += 1;
                last = Some(index);
            }
            "agreement" => {
                let index = last.expect("a readable agreement after its agreement_hex");
                assert_eq!(values[0].parse::<usize>().unwrap(), index, "{id}");
                let agreement = agreements.get(index).unwrap();
                for (field, text) in AgreementField::ALL.into_iter().zip(&values[1..]) {
                    let value = agreement.field(field);
                    assert!(
                        text == value || (text == "-" && value.is_empty()),
                        "{id}: agreement {index} reads {text:?}, the hex says {value:?}"
                    );
                }
            }
            _ => {}
        }
    }
    assert_eq!(declared.iter().sum::<usize>(), count, "{id}: agreements");
    assert!(declared.len() <= 1, "{id}: one agreements line");
    agreements
}

fn format_agreements(out: &mut String, agreements: &Agreements) {
    let carried = agreements.for_link();
    if carried.is_empty() {
        return;
    }
    out.push_str(&format!("agreements\t{}\n", carried.len()));
    for (index, agreement) in carried {
        let fields = AgreementField::ALL.map(|f| agreement.field(f));
        let hexes = fields.map(|t| {
            if t.is_empty() {
                "-".to_string()
            } else {
                hex(t.as_bytes())
            }
        });
        let texts = fields.map(|t| if t.is_empty() { "-" } else { t });
        out.push_str(&format!("agreement_hex\t{index}\t{}\n", hexes.join("\t")));
        out.push_str(&format!("agreement\t{index}\t{}\n", texts.join("\t")));
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
        "InvalidAgreement" => LinkError::InvalidAgreement,
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

/// The golden links of both versions.
fn all_valid() -> Vec<Golden> {
    let mut records = parse_valid(VALID);
    records.extend(parse_valid(VALID_V2));
    records
}

#[test]
fn golden_links_decode_to_the_written_values() {
    let records = all_valid();
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
    for g in all_valid() {
        let encoded = match &g.expected {
            Decoded::Response(r) => encode_response(&r.response, r.team_name.as_ref()),
            Decoded::Team(t) => {
                // Any order of the responses gives the canonical link.
                let mut reversed = t.responses.clone();
                reversed.reverse();
                let name = t.team_name.as_ref();
                let forward = encode_team_with(&t.responses, name, &t.agreements).unwrap();
                assert_eq!(
                    encode_team_with(&reversed, name, &t.agreements).unwrap(),
                    forward
                );
                if t.agreements.is_empty() {
                    // Without agreements: exactly what version 1 always wrote.
                    assert_eq!(encode_team(&t.responses, name).unwrap(), forward);
                } else {
                    assert!(forward.starts_with("v2t"), "{}", g.id);
                    // Agreements as typed, with white space around, give the same link.
                    let mut typed = t.agreements.clone();
                    for (index, agreement) in t.agreements.for_link() {
                        for field in AgreementField::ALL {
                            let padded = format!(" {}\t", agreement.field(field));
                            typed.set(index, field, padded);
                        }
                    }
                    assert_eq!(
                        encode_team_with(&t.responses, name, &typed).unwrap(),
                        forward
                    );
                }
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
            // Version 3 has its own golden file and test (link_golden_v3.rs).
            Decoded::TeamCounts(_) => unreachable!("{}: versions 1 and 2 only", g.id),
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
fn golden_links_of_version_2_are_teams_with_agreements() {
    let records = parse_valid(VALID_V2);
    assert!(
        records.len() >= 5,
        "{} golden version 2 links",
        records.len()
    );
    for g in &records {
        let Decoded::Team(t) = &g.expected else {
            panic!("{}: version 2 holds only team links", g.id);
        };
        assert!(g.link.starts_with("v2t"), "{}", g.id);
        assert!(!t.agreements.is_empty(), "{}", g.id);
    }
    for g in parse_valid(VALID) {
        if let Decoded::Team(t) = &g.expected {
            assert!(t.agreements.is_empty(), "{}", g.id);
        }
    }
    let find = |id: &str| {
        let g = records
            .iter()
            .find(|g| g.id == id)
            .unwrap_or_else(|| panic!("no golden link {id}"));
        match &g.expected {
            Decoded::Team(t) => (g.chars, t.clone()),
            _ => unreachable!(),
        }
    };
    // The example of the module docs: 12 people, five agreements of 100 characters.
    let (chars, dutch) = find("team_v2_dutch_12_five_agreements");
    assert_eq!(dutch.responses.len(), 12);
    let carried = dutch.agreements.for_link();
    assert_eq!(carried.len(), 5);
    assert!(carried.iter().all(|(_, a)| a.text.chars().count() == 100));
    assert!(carried.iter().any(|(_, a)| a.text.contains('é')));
    assert!(chars <= 2000, "{chars}");
    // Multi-byte text: an accent, right-to-left script, an emoji sequence, markup.
    let (_, hostile) = find("team_v2_hostile_text");
    let all: String = hostile
        .agreements
        .for_link()
        .iter()
        .flat_map(|(_, a)| [a.text.clone(), a.owner.clone(), a.due.clone()])
        .collect();
    for needle in ["é", "<b>", "&amp;", "\"", "'", "\u{200D}"] {
        assert!(all.contains(needle), "{needle:?} in {all:?}");
    }
    assert!(all.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    assert!(all.chars().any(|c| ('\u{0590}'..='\u{05FF}').contains(&c)));
    let (_, every) = find("team_v2_every_dimension");
    assert_eq!(every.agreements.for_link().len(), DIMENSION_COUNT);
    let (chars, longest) = find("team_v2_longest_agreement");
    let (_, a) = &longest.agreements.for_link()[0];
    assert_eq!((a.text.len(), a.owner.len(), a.due.len()), (560, 160, 160));
    assert_eq!(chars, 3 + 2 + 2 + 13 + 1 + 1182 + 4);
}

#[test]
fn golden_links_match_the_independent_encoder() {
    let records = all_valid();
    let mut workshops = 0;
    let mut agreements = 0;
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
        // A team link with agreements, likewise.
        if let Decoded::Team(t) = &g.expected {
            if !t.agreements.is_empty() {
                let name = t.team_name.as_ref().map_or("", |n| n.as_str());
                let mut keys: Vec<u128> = t.responses.iter().map(independent_key).collect();
                keys.sort_unstable();
                let blocks: Vec<String> = keys.iter().map(|&k| number(k, 13)).collect();
                let carried: Vec<String> = (0..DIMENSION_COUNT)
                    .filter_map(|i| {
                        let a = t.agreements.get(i).unwrap();
                        (!a.text.is_empty()).then(|| {
                            agreement(i, a.text.as_bytes(), a.owner.as_bytes(), a.due.as_bytes())
                        })
                    })
                    .collect();
                let body = team_v2(name.as_bytes(), &blocks, carried.len(), &carried.concat());
                assert_eq!(seal(&body), g.link, "{}", g.id);
                agreements += 1;
            }
        }
    }
    assert!(workshops >= 4, "{workshops} golden workshop links");
    assert!(agreements >= 5, "{agreements} golden version 2 links");
}

/// A response's R value by the published rule, without the codec: role + 8 * Σ code_i * 6^i.
fn independent_key(r: &Response) -> u128 {
    let sum = r
        .now
        .iter()
        .chain(&r.desired)
        .enumerate()
        .map(|(i, a)| u128::from(a.code()) * 6u128.pow(i as u32))
        .sum::<u128>();
    u128::from(r.role.map_or(0, |g| g.id())) + 8 * sum
}

#[test]
fn crafted_invalid_links_give_the_written_error() {
    for file in [INVALID, INVALID_V2] {
        let mut count = 0;
        for (number, line) in file.lines().enumerate() {
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
        Decoded::TeamCounts(_) => unreachable!("{id}: versions 1 and 2 only"),
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
    if let Decoded::Team(t) = &decoded {
        format_agreements(out, &t.agreements);
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

use common::{number, seal, ALPHABET};

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

// ---------------------------------------------------------------------------------------------
// Version 2: a team link with the team's agreements.

/// One agreement as version 2 writes it, from its parts: D, then each field's byte length and
/// base64url.
fn agreement(dimension: usize, text: &[u8], owner: &[u8], due: &[u8]) -> String {
    let mut out = number(dimension as u128, 1);
    for field in [text, owner, due] {
        out.push_str(&number(field.len() as u128, 2));
        out.push_str(&base64(field, 0));
    }
    out
}

/// The body of a version 2 team link (before the checksum): `v2t` NN NAME KK R×K G, then the
/// agreements as given.
fn team_v2(name: &[u8], blocks: &[String], count: usize, agreements: &str) -> String {
    format!(
        "v2t{}{}{}{}{}{agreements}",
        number(name.len() as u128, 2),
        base64(name, 0),
        number(blocks.len() as u128, 2),
        blocks.concat(),
        number(count as u128, 1),
    )
}

/// Agreements from (dimension index, what, who, by when).
fn agreements_of(list: &[(usize, &str, &str, &str)]) -> Agreements {
    let mut agreements = Agreements::default();
    for &(index, text, owner, due) in list {
        agreements.set(index, AgreementField::Text, text.into());
        agreements.set(index, AgreementField::Owner, owner.into());
        agreements.set(index, AgreementField::Due, due.into());
    }
    agreements
}

/// Five agreements of exactly 100 characters, as a Dutch team writes them.
pub const DUTCH_AGREEMENTS: [(usize, &str, &str, &str); 5] = [
    (
        0,
        "We plannen elk kwartaal één casusoverleg met wijkteam, UWV en schuldhulp, en evalueren daarna samen.",
        "Fatima El Amrani",
        "vóór 1 juli",
    ),
    (
        3,
        "Bij nieuwe cliënten vragen we toestemming om gegevens te delen, zodat niemand zijn verhaal herhaalt.",
        "Joost",
        "Q3",
    ),
    (
        5,
        "Eén vast aanspreekpunt per gezin: dat staat in het dossier, iedereen in het netwerk weet wie dat is.",
        "teamleider",
        "",
    ),
    (
        9,
        "We maken een gedeelde sociale kaart van de wijk en houden die bij tijdens het maandelijkse overleg!!",
        "",
        "na de zomer",
    ),
    (
        13,
        "Doelen per gezin formuleren we samen met het gezin, in begrijpelijke taal, en we checken ze elk half",
        "Sanne & Mohamed",
        "december",
    ),
];

#[test]
#[ignore = "generator: writes the first version of tests/golden/links_v2.txt into the target dir"]
fn generate_golden_links_v2() {
    let mut out = String::from(
        "# Share-link golden vectors, format version 2: a team link with the team's agreements.\n\
         # This file is the contract: later versions must decode every link here to exactly these\n\
         # values. Add records; never change one.\n\
         #\n\
         # The records are those of links_v1.txt (kind team only), and:\n\
         #   agreements     the number of agreements\n\
         #   agreement_hex  per agreement: the dimension index (0-13), then what, who and by when\n\
         #                  as UTF-8 bytes in hex, '-' for empty (the contract)\n\
         #   agreement      the same as text, '-' for empty (for reading)\n\n",
    );
    let name = |s: &str| TeamName::new(s).unwrap();
    let mut rng = SplitMix(common::Rng::new(0x5A4E_4E57_4552_4B32));

    let one = vec![rng.response()];
    let agreements = agreements_of(&[(0, "Samen plannen", "", "")]);
    record(
        &mut out,
        "team_v2_one_agreement",
        &encode_team_with(&one, None, &agreements).unwrap(),
    );

    let twelve: Vec<Response> = (0..12).map(|_| rng.response()).collect();
    for (_, text, _, _) in DUTCH_AGREEMENTS {
        assert_eq!(text.chars().count(), 100, "{text}");
    }
    record(
        &mut out,
        "team_v2_dutch_12_five_agreements",
        &encode_team_with(
            &twelve,
            Some(&name("Sociaal team Zuid – Werk & Inkomen")),
            &agreements_of(&DUTCH_AGREEMENTS),
        )
        .unwrap(),
    );

    let mut six: Vec<Response> = (0..5).map(|_| rng.response()).collect();
    six.push(six[1].clone());
    let hostile = agreements_of(&[
        (
            2,
            "Café-overleg <b>&amp;</b> \"samen\" 'leren': اتفاق جديد 👩\u{200D}👩\u{200D}👧 ❤\u{FE0F}",
            "שרה & Zoë",
            "<script>alert(1)</script>",
        ),
        (7, "ἀρχή 中文 𝄞 é\u{301}", "مريم", "Q3 ✔"),
    ]);
    record(
        &mut out,
        "team_v2_hostile_text",
        &encode_team_with(
            &six,
            Some(&name(
                "👩\u{200D}⚕\u{FE0F} فريق <img src=x onerror=alert(1)>",
            )),
            &hostile,
        )
        .unwrap(),
    );

    let three: Vec<Response> = (0..3).map(|_| rng.response()).collect();
    let every: Vec<(usize, String)> = (0..DIMENSION_COUNT)
        .map(|i| (i, format!("Afspraak {}", i + 1)))
        .collect();
    let list: Vec<(usize, &str, &str, &str)> = every
        .iter()
        .map(|(i, t)| (*i, t.as_str(), if i % 2 == 0 { "Anna" } else { "" }, "2027"))
        .collect();
    record(
        &mut out,
        "team_v2_every_dimension",
        &encode_team_with(&three, Some(&name("Wijkteam Oost")), &agreements_of(&list)).unwrap(),
    );

    let longest = agreements_of(&[(13, &"🤝".repeat(140), &"😀".repeat(40), &"𝄞".repeat(40))]);
    record(
        &mut out,
        "team_v2_longest_agreement",
        &encode_team_with(&[rng.response()], None, &longest).unwrap(),
    );

    let last = agreements_of(&[(13, "Evalueren", "Marieke", "juni 2027")]);
    record(
        &mut out,
        "team_v2_last_dimension_owner_and_due",
        &encode_team_with(&[Response::default(), Response::default()], None, &last).unwrap(),
    );

    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("links_v2.txt");
    std::fs::write(&path, out).unwrap();
    println!("wrote {}", path.display());
}

#[test]
#[ignore = "generator: writes the first version of tests/golden/links_invalid_v2.tsv into the target dir"]
fn generate_invalid_links_v2() {
    let max = 8 * 6u128.pow(28) - 1;
    let ok_block = number(12_345_678_901, 13);
    let blocks = vec![ok_block.clone()];
    let ok = agreement(4, b"Samen plannen", b"Anna", b"Q3");
    // A team with the given agreements (their count written as given).
    let team = |count: usize, agreements: &str| team_v2(b"", &blocks, count, agreements);
    let one = |agreement: String| seal(&team(1, &agreement));
    let text = |text: &[u8]| one(agreement(4, text, b"", b""));
    let mut rows: Vec<(&str, String, String)> = Vec::new();
    let mut row = |id: &'static str, error: &str, link: String| {
        rows.push((id, error.to_string(), link));
    };

    let valid = seal(&team(1, &ok));
    assert!(matches!(decode(&valid), Ok(Decoded::Team(_))));
    let last = valid.as_bytes()[valid.len() - 1];
    let changed = if last == b'A' { 'B' } else { 'A' };
    row(
        "v2_checksum_changed",
        "ChecksumMismatch",
        format!("{}{changed}", &valid[..valid.len() - 1]),
    );
    let in_text = format!("{}X{}", &valid[..30], &valid[31..]);
    assert_ne!(in_text, valid);
    row("v2_text_changed", "ChecksumMismatch", in_text);
    row(
        "v2_cut_inside_an_agreement",
        "Truncated",
        valid[..valid.len() - 10].to_string(),
    );
    row(
        "v2_cut_in_the_checksum",
        "Truncated",
        valid[..valid.len() - 1].to_string(),
    );
    row(
        "v2_cut_before_the_agreement_count",
        "Truncated",
        format!("v2tAAAB{ok_block}"),
    );
    row(
        "v2_longer_than_declared",
        "LengthMismatch",
        seal(&format!("{}A", team(1, &ok))),
    );
    row(
        "v2_agreement_count_2_one_given",
        "Truncated",
        seal(&team(2, &ok)),
    );
    row(
        "v2_text_length_4095_short",
        "Truncated",
        seal(&format!("{}E__AAAAAAAA", team(1, ""))),
    );
    row("v2_zero_agreements", "NonCanonical", seal(&team(0, "")));
    let fifteen: String = (0..15).map(|d| agreement(d % 14, b"a", b"", b"")).collect();
    row(
        "v2_agreement_count_15",
        "InvalidAgreement",
        seal(&team(15, &fifteen)),
    );
    row(
        "v2_dimension_14",
        "InvalidAgreement",
        one(agreement(14, b"a", b"", b"")),
    );
    row(
        "v2_dimension_63",
        "InvalidAgreement",
        one(agreement(63, b"a", b"", b"")),
    );
    row(
        "v2_dimensions_descending",
        "InvalidAgreement",
        seal(&team(
            2,
            &[agreement(3, b"a", b"", b""), agreement(1, b"b", b"", b"")].concat(),
        )),
    );
    row(
        "v2_dimension_twice",
        "InvalidAgreement",
        seal(&team(
            2,
            &[agreement(4, b"a", b"", b""), agreement(4, b"b", b"", b"")].concat(),
        )),
    );
    row(
        "v2_second_agreement_invalid",
        "InvalidAgreement",
        seal(&team(
            2,
            &[ok.clone(), agreement(5, b" b", b"", b"")].concat(),
        )),
    );
    row("v2_text_leading_space", "InvalidAgreement", text(b" Samen"));
    row(
        "v2_text_trailing_nbsp",
        "InvalidAgreement",
        text("Samen\u{a0}".as_bytes()),
    );
    row(
        "v2_owner_trailing_newline",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"Anna\n", b"")),
    );
    row(
        "v2_due_ideographic_space",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"", "\u{3000}Q3".as_bytes())),
    );
    row(
        "v2_text_141_chars",
        "InvalidAgreement",
        text("é".repeat(141).as_bytes()),
    );
    row(
        "v2_owner_41_chars",
        "InvalidAgreement",
        one(agreement(4, b"Samen", "a".repeat(41).as_bytes(), b"")),
    );
    row(
        "v2_due_41_chars",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"", "🤝".repeat(41).as_bytes())),
    );
    row(
        "v2_text_561_bytes",
        "InvalidAgreement",
        text(&[&"🤝".repeat(140).into_bytes()[..], b"a"].concat()),
    );
    row(
        "v2_text_control_char",
        "InvalidAgreement",
        text(b"Samen\x07plannen"),
    );
    row("v2_text_del", "InvalidAgreement", text(b"Samen\x7fplannen"));
    row(
        "v2_owner_nul",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"An\0na", b"")),
    );
    row(
        "v2_text_bidi_override",
        "InvalidAgreement",
        text("Samen \u{202E}nennalp".as_bytes()),
    );
    row(
        "v2_due_bidi_isolate",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"", "\u{2066}Q3\u{2069}".as_bytes())),
    );
    row(
        "v2_empty_text_with_owner",
        "InvalidAgreement",
        one(agreement(4, b"", b"Anna", b"")),
    );
    row(
        "v2_empty_text_with_due",
        "InvalidAgreement",
        one(agreement(4, b"", b"", b"Q3")),
    );
    row(
        "v2_all_fields_empty",
        "InvalidAgreement",
        one(agreement(4, b"", b"", b"")),
    );
    row("v2_text_blank", "InvalidAgreement", text(b" "));
    row(
        "v2_text_invalid_utf8",
        "InvalidAgreement",
        text(b"Samen \xff\xfe"),
    );
    row(
        "v2_owner_overlong_utf8",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"\xc0\xaf", b"")),
    );
    row(
        "v2_due_surrogate_utf8",
        "InvalidAgreement",
        one(agreement(4, b"Samen", b"", b"\xed\xa0\x80")),
    );
    row(
        "v2_text_cut_utf8",
        "InvalidAgreement",
        text(&"Samen é".as_bytes()[..7]),
    );
    // "Samen" is 5 bytes: 7 characters, the last with 2 unused bits.
    let mut padded = number(4, 1);
    padded.push_str(&number(5, 2));
    padded.push_str(&base64(b"Samen", 1));
    padded.push_str("AAAA");
    row("v2_text_non_zero_padding_bits", "NonCanonical", one(padded));
    let mut padded = number(4, 1);
    padded.push_str(&number(5, 2));
    padded.push_str(&base64(b"Samen", 0));
    padded.push_str("AA");
    padded.push_str(&number(1, 2));
    padded.push_str(&base64(b"Q", 2));
    row("v2_due_non_zero_padding_bits", "NonCanonical", one(padded));
    row(
        "v2_kind_r",
        "UnsupportedVersion 2",
        seal(&format!("v2rAA{ok_block}")),
    );
    row("v2_kind_w", "UnsupportedVersion 2", seal("v2wAAAV"));
    row(
        "v2_kind_unknown",
        "UnknownKind U+0078",
        seal(&format!("v2xAA{ok_block}")),
    );
    row(
        "v2_version_leading_zero",
        "NonCanonical",
        seal(&format!("v0{}", &team(1, &ok)[1..])),
    );
    row(
        "v2_no_responses",
        "NoResponses",
        seal(&team_v2(b"", &[], 1, &ok)),
    );
    // The values are checked in the order they stand: the name, the responses, the agreements.
    row(
        "v2_name_invalid_before_an_invalid_agreement",
        "InvalidTeamName",
        seal(&team_v2(
            b" Team",
            &blocks,
            1,
            &agreement(14, b"", b"", b""),
        )),
    );
    row(
        "v2_response_out_of_range_before_an_invalid_agreement",
        "ValueOutOfRange",
        seal(&team_v2(
            b"",
            &[number(max + 1, 13)],
            1,
            &agreement(14, b"", b"", b""),
        )),
    );
    row(
        "v2_zero_agreements_with_an_agreement_after",
        "LengthMismatch",
        seal(&team(0, &ok)),
    );

    let mut out = String::from(
        "# Crafted invalid share links, format version 2 (a team link with agreements), with the\n\
         # exact error each gives. As links_invalid_v1.tsv: checksums are correct unless the\n\
         # error comes before the checksum. This file is a contract: add rows; never change one.\n\
         # Columns: id<TAB>error<TAB>link.\n",
    );
    for (id, error, link) in rows {
        assert_eq!(decode(&link), Err(parse_error(&error)), "{id}");
        out.push_str(&format!("{id}\t{error}\t{link}\n"));
    }
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("links_invalid_v2.tsv");
    std::fs::write(&path, out).unwrap();
    println!("wrote {}", path.display());
}
