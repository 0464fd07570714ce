//! Golden vectors of the share link, format version 3: a team link of counts.
//!
//! `tests/golden/links_v3.txt` holds valid links with their counts written out, and
//! `tests/golden/links_invalid_v3.tsv` crafted invalid links (correct checksums around wrong
//! values, unless the error comes first) with the exact error each gives, and the audit's cases
//! of issue 21 (a damaged link is damaged, not "made with a newer version"). The files are the
//! contract: every later version must decode these links the same way. Never regenerate them
//! to make a test pass; add records instead.
//!
//! The `#[ignore]`d generators write the files into `CARGO_TARGET_TMPDIR`:
//! `cargo test --test link_golden_v3 -- --ignored`. The valid links were also checked once
//! against an encoder written apart from this repository (Python, from the format's
//! description in docs/link-formats.md).

mod common;

use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::counts::{QuestionCounts, TeamCounts, QUESTION_COUNT};
use samenwerkingsscan::domain::instrument::{Answer, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{
    decode, encode_team_counts, Decoded, LinkError, SharedCounts,
};
use samenwerkingsscan::domain::response::{Response, TeamName};

const VALID: &str = include_str!("golden/links_v3.txt");
const INVALID: &str = include_str!("golden/links_invalid_v3.tsv");

// ---------------------------------------------------------------------------------------------
// Reading the golden files.

struct Golden {
    id: String,
    link: String,
    chars: usize,
    expected: SharedCounts,
}

fn parse_hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// 28 fields of `dk,1,2,3,4,5` counts: NOW of dimensions 1-14, then DESIRED.
fn parse_questions(fields: &[String]) -> QuestionCounts {
    assert_eq!(fields.len(), QUESTION_COUNT, "{fields:?}");
    let mut questions = [[0u32; 6]; QUESTION_COUNT];
    for (q, field) in questions.iter_mut().zip(fields) {
        let counts: Vec<u32> = field.split(',').map(|c| c.parse().unwrap()).collect();
        *q = counts.try_into().expect("6 counts");
    }
    QuestionCounts::from_questions(questions).expect("every question adds up to the same")
}

fn format_questions(q: &QuestionCounts) -> String {
    q.questions()
        .iter()
        .map(|c| c.map(|n| n.to_string()).join(","))
        .collect::<Vec<_>>()
        .join("\t")
}

fn parse_valid(text: &str) -> Vec<Golden> {
    let mut records = Vec::new();
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "end" {
            records.push(build(std::mem::take(&mut fields)));
            continue;
        }
        let mut parts = line.split('\t').map(str::to_string);
        let key = parts.next().unwrap();
        fields.push((key, parts.collect()));
    }
    assert!(fields.is_empty(), "the last record has no `end`");
    records
}

fn build(fields: Vec<(String, Vec<String>)>) -> Golden {
    let one = |key: &str| -> String {
        let found: Vec<_> = fields.iter().filter(|(k, _)| k == key).collect();
        assert_eq!(found.len(), 1, "exactly one {key:?}");
        found[0].1.join("\t")
    };
    let id = one("id");
    let team_name = match one("name_hex").as_str() {
        "-" => None,
        h => Some(TeamName::new(&String::from_utf8(parse_hex(h)).unwrap()).unwrap()),
    };
    let team = fields
        .iter()
        .find(|(k, _)| k == "team")
        .map(|(_, v)| parse_questions(v))
        .unwrap();
    assert_eq!(
        team.participants().to_string(),
        one("participants"),
        "{id}: participants"
    );
    let groups = fields
        .iter()
        .filter(|(k, _)| k == "group")
        .map(|(_, v)| {
            let group = RoleGroup::from_id(v[0].parse().unwrap()).unwrap();
            (group, parse_questions(&v[1..]))
        })
        .collect();
    let counts = TeamCounts::new(team, groups).expect("valid counts");
    let mut agreements = Agreements::default();
    for (_, v) in fields.iter().filter(|(k, _)| k == "agreement_hex") {
        let index: usize = v[0].parse().unwrap();
        for (field, h) in AgreementField::ALL.into_iter().zip(&v[1..]) {
            let text = if h == "-" { Vec::new() } else { parse_hex(h) };
            agreements.set(index, field, String::from_utf8(text).unwrap());
        }
    }
    let unread_sections = fields
        .iter()
        .find(|(k, _)| k == "unread_sections")
        .map_or(0, |(_, v)| v[0].parse().unwrap());
    Golden {
        link: one("link"),
        chars: one("chars").parse().unwrap(),
        expected: SharedCounts {
            counts,
            team_name,
            agreements,
            unread_sections,
        },
        id,
    }
}

fn parse_error(text: &str) -> LinkError {
    let parts: Vec<&str> = text.split(' ').collect();
    let number = |i: usize| -> usize { parts[i].parse().unwrap() };
    let character = |i: usize| {
        let code = parts[i].strip_prefix("U+").unwrap();
        char::from_u32(u32::from_str_radix(code, 16).unwrap()).unwrap()
    };
    match parts[0] {
        "Truncated" => LinkError::Truncated,
        "LengthMismatch" => LinkError::LengthMismatch,
        "ChecksumMismatch" => LinkError::ChecksumMismatch,
        "NonCanonical" => LinkError::NonCanonical,
        "ValueOutOfRange" => LinkError::ValueOutOfRange,
        "InvalidTeamName" => LinkError::InvalidTeamName,
        "NoResponses" => LinkError::NoResponses,
        "TooFewResponses" => LinkError::TooFewResponses { count: number(1) },
        "TooManyResponses" => LinkError::TooManyResponses { count: number(1) },
        "InvalidRoleGroups" => LinkError::InvalidRoleGroups,
        "InvalidAgreement" => LinkError::InvalidAgreement,
        "NewerSection" => LinkError::NewerSection { tag: character(1) },
        "UnsupportedVersion" => LinkError::UnsupportedVersion {
            version: parts[1].parse().unwrap(),
        },
        "UnknownKind" => LinkError::UnknownKind { kind: character(1) },
        other => panic!("unknown error {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The tests.

#[test]
fn golden_links_decode_to_the_written_counts() {
    let records = parse_valid(VALID);
    assert!(records.len() >= 10, "{} golden links", records.len());
    let mut ids = std::collections::HashSet::new();
    for g in &records {
        assert!(ids.insert(g.id.clone()), "duplicate id {}", g.id);
        assert_eq!(g.link.len(), g.chars, "{}: chars", g.id);
        assert!(g.link.starts_with("v3t"), "{}", g.id);
        let expected = Decoded::TeamCounts(g.expected.clone());
        assert_eq!(decode(&g.link).as_ref(), Ok(&expected), "{}", g.id);
        assert_eq!(
            decode(&format!(" #{}\n", g.link)).as_ref(),
            Ok(&expected),
            "{}",
            g.id
        );
        // The checksum, recomputed bit by bit.
        assert_eq!(seal(&g.link[..g.link.len() - 4]), g.link, "{}", g.id);
    }
}

#[test]
fn a_damaged_link_of_counts_is_damaged() {
    for g in parse_valid(VALID) {
        let last = g.link.len() - 1;
        let flipped = if g.link.ends_with('A') { "B" } else { "A" };
        let damaged = format!("{}{flipped}", &g.link[..last]);
        assert_eq!(
            decode(&damaged),
            Err(LinkError::ChecksumMismatch),
            "{}",
            g.id
        );
    }
}

#[test]
fn golden_links_are_what_the_encoder_writes() {
    for g in parse_valid(VALID) {
        let e = &g.expected;
        let encoded = encode_team_counts(&e.counts, e.team_name.as_ref(), &e.agreements).unwrap();
        if e.unread_sections == 0 {
            assert_eq!(encoded, g.link, "{}", g.id);
        } else {
            // A newer version's optional sections are not written again: the same link
            // without them (they stand after the core and the agreements).
            assert!(encoded.len() < g.link.len(), "{}", g.id);
            let kept = &encoded[..encoded.len() - 4];
            assert!(g.link.starts_with(kept), "{}", g.id);
        }
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
    // The issue's lengths: 6, 30 and 500 people without a name.
    assert_eq!(find("team_6").chars, 54);
    assert_eq!(find("team_30").chars, 98);
    assert_eq!(find("team_500").chars, 190);
    assert_eq!(find("team_3").expected.counts.participants(), 3);
    assert_eq!(
        find("team_600_seven_groups").expected.counts.groups().len(),
        7
    );
    assert_eq!(find("team_6_two_groups").expected.counts.groups().len(), 2);
    let one = &find("team_7_one_group").expected.counts;
    assert_eq!(one.groups().len(), 1);
    assert_eq!(one.rest().unwrap().participants(), 4);
    assert!(!find("team_12_dutch_five_agreements")
        .expected
        .agreements
        .is_empty());
    assert_eq!(find("team_6_optional_section").expected.unread_sections, 1);
    // The extremes of a question's number: all "don't know" and all at 5.
    let dk = &find("team_3_all_dont_know").expected.counts;
    assert!(dk.team().questions().iter().all(|q| q[0] == 3));
    let five = &find("team_3_all_five").expected.counts;
    assert!(five.team().questions().iter().all(|q| q[5] == 3));
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
    assert!(count >= 30, "{count} crafted invalid links");
}

// ---------------------------------------------------------------------------------------------
// Independent of the codec: a bit-by-bit CRC-24/OpenPGP, base64url and sextet numbers.

use common::{number, seal, ALPHABET};

fn base64(bytes: &[u8]) -> String {
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
        out.push(char::from(ALPHABET[((acc << (6 - bits)) & 63) as usize]));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The generators, run once by hand; a person copies the output into tests/golden/.

/// A team of `count` from the shared PRNG, the first `3 * groups` in role groups 1, 2, ... of
/// three each (or as `sizes` says), the rest without a role.
fn team(seed: u64, count: usize, sizes: &[usize]) -> Vec<Response> {
    let mut rng = common::Rng::new(seed);
    let mut roles = Vec::new();
    for (i, &size) in sizes.iter().enumerate() {
        roles.extend(std::iter::repeat_n(RoleGroup::from_id(i as u8 + 1), size));
    }
    (0..count)
        .map(|i| {
            let mut r = rng.response();
            r.role = roles.get(i).copied().flatten();
            r
        })
        .collect()
}

fn all(count: usize, code: u8) -> Vec<Response> {
    let a = Answer::from_code(code).unwrap();
    vec![
        Response {
            now: [a; DIMENSION_COUNT],
            desired: [a; DIMENSION_COUNT],
            role: None,
        };
        count
    ]
}

fn record(out: &mut String, id: &str, link: &str) {
    let Ok(Decoded::TeamCounts(shared)) = decode(link) else {
        panic!("{id}: {link} does not decode");
    };
    out.push_str(&format!("id\t{id}\nlink\t{link}\nchars\t{}\n", link.len()));
    match &shared.team_name {
        None => out.push_str("name_hex\t-\n"),
        Some(n) => out.push_str(&format!(
            "name\t{}\nname_hex\t{}\n",
            n.as_str(),
            hex(n.as_str().as_bytes())
        )),
    }
    let counts = &shared.counts;
    out.push_str(&format!("participants\t{}\n", counts.participants()));
    out.push_str(&format!("team\t{}\n", format_questions(counts.team())));
    for (group, q) in counts.groups() {
        out.push_str(&format!("group\t{}\t{}\n", group.id(), format_questions(q)));
    }
    for (index, a) in shared.agreements.for_link() {
        let fields = AgreementField::ALL.map(|f| a.field(f));
        let hexes = fields.map(|t| {
            if t.is_empty() {
                "-".into()
            } else {
                hex(t.as_bytes())
            }
        });
        let texts = fields.map(|t| if t.is_empty() { "-" } else { t });
        out.push_str(&format!("agreement_hex\t{index}\t{}\n", hexes.join("\t")));
        out.push_str(&format!("agreement\t{index}\t{}\n", texts.join("\t")));
    }
    if shared.unread_sections > 0 {
        out.push_str(&format!("unread_sections\t{}\n", shared.unread_sections));
    }
    out.push_str("end\n\n");
}

fn link(responses: &[Response], name: Option<&str>, agreements: &Agreements) -> String {
    let name = name.map(|n| TeamName::new(n).unwrap());
    encode_team_counts(
        &TeamCounts::from_responses(responses),
        name.as_ref(),
        agreements,
    )
    .unwrap()
}

#[test]
#[ignore = "writes the golden file into the target directory; run by hand"]
fn generate_golden_links_v3() {
    let none = Agreements::default();
    let mut out = String::from(
        "# Share-link golden vectors, format version 3: a team link of counts. This file is the\n\
         # contract: later versions must decode every link here to exactly these values. Add\n\
         # records; never change one.\n\
         #\n\
         # A record is `key<TAB>value` lines closed by `end`:\n\
         #   id, link, chars, name, name_hex   as in links_v1.txt\n\
         #   participants    the team's size\n\
         #   team            28 fields, NOW of dimensions 1-14 then DESIRED: per question the\n\
         #                   counts of don't know, 1, 2, 3, 4, 5, separated by ','\n\
         #   group           a shown role group: its id (1-7), then its 28 fields as team\n\
         #   agreement_hex, agreement   as in links_v2.txt\n\
         #   unread_sections optional sections of a newer version the reader skipped (default 0)\n\n",
    );
    record(&mut out, "team_3", &link(&team(301, 3, &[]), None, &none));
    record(&mut out, "team_6", &link(&team(302, 6, &[]), None, &none));
    record(&mut out, "team_30", &link(&team(303, 30, &[]), None, &none));
    record(
        &mut out,
        "team_500",
        &link(&team(304, 500, &[]), None, &none),
    );
    record(
        &mut out,
        "team_3_all_dont_know",
        &link(&all(3, 0), None, &none),
    );
    record(&mut out, "team_3_all_five", &link(&all(3, 5), None, &none));
    record(
        &mut out,
        "team_6_two_groups",
        &link(&team(305, 6, &[3, 3]), Some("Wijkteam Oost"), &none),
    );
    record(
        &mut out,
        "team_7_one_group",
        &link(&team(306, 7, &[3]), None, &none),
    );
    record(
        &mut out,
        "team_30_three_groups_named",
        &link(
            &team(307, 30, &[8, 0, 12, 4]),
            Some("Sociaal team Zuid – Werk & Inkomen"),
            &none,
        ),
    );
    record(
        &mut out,
        "team_600_seven_groups",
        &link(
            &team(308, 600, &[80, 90, 70, 60, 50, 40, 30]),
            Some(&"🤝".repeat(60)),
            &none,
        ),
    );
    record(
        &mut out,
        "team_12_dutch_five_agreements",
        &link(
            &team(309, 12, &[4, 4]),
            Some("Sociaal team Zuid – Werk & Inkomen"),
            &common::five_agreements_of_100_characters(),
        ),
    );
    let mut hostile = Agreements::default();
    hostile.set(
        0,
        AgreementField::Text,
        "<b>Samen</b> &amp; \"zo\" 'n plan – שלום فريق 👩‍⚕️".into(),
    );
    hostile.set(13, AgreementField::Text, "é".into());
    hostile.set(13, AgreementField::Due, "Q3".into());
    record(
        &mut out,
        "team_4_hostile_name_and_agreements",
        &link(
            &team(310, 4, &[]),
            Some("👩‍⚕️ فريق <img src=x onerror=alert(1)>"),
            &hostile,
        ),
    );
    // A newer version's optional section (tag `g`, the first optional tag) after the
    // agreements: read without it.
    let mut one = Agreements::default();
    one.set(2, AgreementField::Text, "Samen plannen".into());
    let base = link(&team(311, 6, &[]), None, &one);
    let optional = seal(&format!(
        "{}g{}2026-",
        &base[..base.len() - 4],
        number(5, 3)
    ));
    record(&mut out, "team_6_optional_section", &optional);
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("links_v3.txt");
    std::fs::write(&path, out).unwrap();
    println!("wrote {}", path.display());
}

/// The header of a crafted `v3t` link: name, participants and role groups (id, size).
fn header(name: &[u8], count: usize, groups: &[(u128, usize)]) -> String {
    let mut out = format!(
        "v3t{}{}{}{}",
        number(name.len() as u128, 2),
        base64(name),
        number(count as u128, 2),
        number(groups.len() as u128, 1)
    );
    for &(id, size) in groups {
        out.push_str(&number(id, 1));
        out.push_str(&number(size as u128, 2));
    }
    out
}

/// A sealed link of `header`, a core of `fill` characters of the length the header calls for
/// (found as the shortest that is not cut), and `sections`.
fn crafted(header: &str, fill: char, sections: &str) -> String {
    for chars in 0..2000 {
        let link = seal(&format!(
            "{header}{}{sections}",
            fill.to_string().repeat(chars)
        ));
        if decode(&link) != Err(LinkError::Truncated) {
            return link;
        }
    }
    panic!("no core length for {header}");
}

/// The agreements section: tag `A`, its length, and the body (G, then the agreements).
fn agreements_section(body: &str) -> String {
    format!("A{}{body}", number(body.len() as u128, 3))
}

fn agreement(dimension: usize, text: &[u8], owner: &[u8], due: &[u8]) -> String {
    let mut out = number(dimension as u128, 1);
    for field in [text, owner, due] {
        out.push_str(&number(field.len() as u128, 2));
        out.push_str(&base64(field));
    }
    out
}

#[test]
#[ignore = "writes the golden file into the target directory; run by hand"]
fn generate_invalid_links_v3() {
    let valid = link(&team(302, 6, &[]), None, &Agreements::default());
    let with_agreement = {
        let mut a = Agreements::default();
        a.set(2, AgreementField::Text, "Samen plannen".into());
        link(&team(302, 6, &[]), None, &a)
    };
    let plain_v1 = "v1rAAHroX0an9A5uohaOdl";
    let changed =
        |link: &str, at: usize, with: &str| format!("{}{with}{}", &link[..at], &link[at + 1..]);
    let samen = agreement(2, b"Samen plannen", b"", b"");
    let rows: Vec<(&str, String, String)> = vec![
        // Damaged: the checksum speaks before the version and the kind (issue 21's audit).
        (
            "audit_v0",
            "ChecksumMismatch".into(),
            changed(plain_v1, 1, "0"),
        ),
        (
            "audit_v1B",
            "ChecksumMismatch".into(),
            changed(plain_v1, 2, "B"),
        ),
        (
            "audit_v99999",
            "ChecksumMismatch".into(),
            format!("v99999{}", &plain_v1[2..]),
        ),
        (
            "v3_version_changed_to_4",
            "ChecksumMismatch".into(),
            changed(&valid, 1, "4"),
        ),
        (
            "v3_kind_changed_to_r",
            "ChecksumMismatch".into(),
            changed(&valid, 2, "r"),
        ),
        (
            "v3_checksum_changed",
            "ChecksumMismatch".into(),
            changed(&valid, valid.len() - 1, "A"),
        ),
        (
            "v3_core_changed",
            "ChecksumMismatch".into(),
            changed(&valid, 20, if &valid[20..21] == "A" { "B" } else { "A" }),
        ),
        // Newer, with a matching checksum.
        (
            "v4_team",
            "UnsupportedVersion 4".into(),
            seal(&format!("v4t{}", &valid[3..valid.len() - 4])),
        ),
        (
            "v3_kind_r",
            "UnsupportedVersion 3".into(),
            seal("v3rAAAAAAAAAAAAA"),
        ),
        ("v3_kind_w", "UnsupportedVersion 3".into(), seal("v3wAAAA")),
        ("v3_kind_x", "UnknownKind U+0078".into(), seal("v3xAAAA")),
        (
            "v3_required_section_B",
            "NewerSection U+0042".into(),
            seal(&format!("{}B{}", &valid[..valid.len() - 4], number(0, 3))),
        ),
        (
            "v3_required_section_f_with_body",
            "NewerSection U+0066".into(),
            seal(&format!(
                "{}f{}xyz",
                &valid[..valid.len() - 4],
                number(3, 3)
            )),
        ),
        // Cut or longer.
        (
            "v3_cut_in_core",
            "Truncated".into(),
            valid[..30].to_string(),
        ),
        (
            "v3_cut_in_checksum",
            "Truncated".into(),
            valid[..valid.len() - 1].to_string(),
        ),
        ("v3_header_only", "Truncated".into(), "v3tAAAG".into()),
        (
            "v3_group_header_cut",
            "Truncated".into(),
            "v3tAAAGBBA".into(),
        ),
        (
            "v3_section_runs_past_the_end",
            "Truncated".into(),
            seal(&format!("{}g{}ab", &valid[..valid.len() - 4], number(9, 3))),
        ),
        (
            "v3_section_length_cut",
            "Truncated".into(),
            seal(&format!("{}gA", &valid[..valid.len() - 4])),
        ),
        // Values.
        (
            "v3_version_leading_zero",
            "NonCanonical".into(),
            seal(&format!("v03t{}", &valid[3..valid.len() - 4])),
        ),
        (
            "v3_name_leading_space",
            "InvalidTeamName".into(),
            crafted(&header(b" Team", 6, &[]), 'A', ""),
        ),
        (
            "v3_name_invalid_before_groups",
            "InvalidTeamName".into(),
            crafted(&header(b"Team\xff", 6, &[(0, 1)]), 'A', ""),
        ),
        (
            "v3_no_participants",
            "NoResponses".into(),
            crafted(&header(b"", 0, &[]), 'A', ""),
        ),
        (
            "v3_one_participant",
            "TooFewResponses 1".into(),
            crafted(&header(b"", 1, &[]), 'A', ""),
        ),
        (
            "v3_two_participants",
            "TooFewResponses 2".into(),
            crafted(&header(b"", 2, &[]), 'A', ""),
        ),
        (
            "v3_601_participants",
            "TooManyResponses 601".into(),
            crafted(&header(b"", 601, &[]), 'A', ""),
        ),
        (
            "v3_core_all_bits_set",
            "ValueOutOfRange".into(),
            crafted(&header(b"", 6, &[]), '_', ""),
        ),
        (
            "v3_group_id_0",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(0, 3)]), 'A', ""),
        ),
        (
            "v3_group_id_8",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(8, 3)]), 'A', ""),
        ),
        (
            "v3_groups_descending",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(2, 3), (1, 3)]), 'A', ""),
        ),
        (
            "v3_group_twice",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(1, 3), (1, 3)]), 'A', ""),
        ),
        (
            "v3_group_of_2",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(1, 2)]), 'A', ""),
        ),
        (
            "v3_group_of_0",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(1, 0)]), 'A', ""),
        ),
        (
            "v3_groups_beyond_the_team",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(1, 3), (2, 4)]), 'A', ""),
        ),
        (
            "v3_rest_of_1",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 7, &[(1, 3), (2, 3)]), 'A', ""),
        ),
        (
            "v3_rest_of_2",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 5, &[(1, 3)]), 'A', ""),
        ),
        (
            "v3_eight_groups",
            "InvalidRoleGroups".into(),
            crafted(
                &header(
                    b"",
                    24,
                    &[
                        (1, 3),
                        (2, 3),
                        (3, 3),
                        (4, 3),
                        (5, 3),
                        (6, 3),
                        (7, 3),
                        (7, 3),
                    ],
                ),
                'A',
                "",
            ),
        ),
        (
            "v3_groups_before_a_bad_core",
            "InvalidRoleGroups".into(),
            crafted(&header(b"", 6, &[(1, 2)]), '_', ""),
        ),
        // Sections.
        (
            "v3_sections_descending",
            "NonCanonical".into(),
            seal(&format!(
                "{}g{}{}",
                &valid[..valid.len() - 4],
                number(0, 3),
                agreements_section(&format!("B{samen}"))
            )),
        ),
        (
            "v3_section_twice",
            "NonCanonical".into(),
            seal(&format!(
                "{}g{}g{}",
                &valid[..valid.len() - 4],
                number(0, 3),
                number(0, 3)
            )),
        ),
        (
            "v3_agreements_twice",
            "NonCanonical".into(),
            seal(&format!(
                "{}{}{}",
                &valid[..valid.len() - 4],
                agreements_section(&format!("B{samen}")),
                agreements_section(&format!("B{samen}"))
            )),
        ),
        (
            "v3_agreements_none",
            "NonCanonical".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section("A")
            )),
        ),
        (
            "v3_agreements_empty_body",
            "InvalidAgreement".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section("")
            )),
        ),
        (
            "v3_agreements_section_longer",
            "InvalidAgreement".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section(&format!("B{samen}AAAA"))
            )),
        ),
        (
            "v3_agreements_run_past_the_section",
            "InvalidAgreement".into(),
            seal(&format!(
                "{}{}g{}",
                &valid[..valid.len() - 4],
                agreements_section(&format!("B{}", &samen[..samen.len() - 2])),
                number(0, 3)
            )),
        ),
        (
            "v3_agreement_leading_space",
            "InvalidAgreement".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section(&format!("B{}", agreement(2, b" Samen", b"", b"")))
            )),
        ),
        (
            "v3_agreement_dimension_14",
            "InvalidAgreement".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section(&format!("B{}", agreement(14, b"Samen", b"", b"")))
            )),
        ),
        (
            "v3_agreement_bidi",
            "InvalidAgreement".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section(&format!(
                    "B{}",
                    agreement(0, "Samen \u{202E}plan".as_bytes(), b"", b"")
                ))
            )),
        ),
        (
            "v3_agreement_non_zero_padding",
            "NonCanonical".into(),
            seal(&format!(
                "{}{}",
                &valid[..valid.len() - 4],
                agreements_section("BCAFU2FtZW5AAAA")
            )),
        ),
        (
            "v3_newer_required_section_after_agreements",
            "NewerSection U+0042".into(),
            seal(&format!(
                "{}B{}",
                &with_agreement[..with_agreement.len() - 4],
                number(0, 3)
            )),
        ),
    ];
    let mut out = String::from(
        "# Crafted invalid share links, format version 3 (a team link of counts), with the exact\n\
         # error each gives, and the audit's cases of issue 21. Checksums are correct unless the\n\
         # error comes before the checksum. This file is a contract: add rows; never change one.\n\
         # Columns: id<TAB>error<TAB>link.\n",
    );
    for (id, error, link) in rows {
        assert!(decode(&link).is_err(), "{id}: {link} decodes");
        out.push_str(&format!("{id}\t{error}\t{link}\n"));
    }
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("links_invalid_v3.tsv");
    std::fs::write(&path, out).unwrap();
    println!("wrote {}", path.display());
}

#[test]
fn crafted_helpers_match_the_codec() {
    // The header helper writes what the encoder writes.
    let responses = team(302, 6, &[]);
    let valid = link(&responses, None, &Agreements::default());
    assert!(valid.starts_with(&header(b"", 6, &[])));
    let groups = link(
        &team(305, 6, &[3, 3]),
        Some("Wijkteam Oost"),
        &Agreements::default(),
    );
    assert!(groups.starts_with(&header(b"Wijkteam Oost", 6, &[(1, 3), (2, 3)])));
}
