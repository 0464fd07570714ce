//! Properties of the version 3 team link (counts, no records) over random teams, with the
//! project's seeded PRNG (tests/common): every run checks the same cases, and a failure names
//! its case. Also the lengths against version 1, which docs/link-formats.md quotes.

mod common;

use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::counts::TeamCounts;
use samenwerkingsscan::domain::instrument::{RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{
    decode, encode_team, encode_team_counts, Decoded, LinkError, SharedCounts, MAX_TEAM_RESPONSES,
};
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::domain::team::{shareable, shown_role_groups};
use samenwerkingsscan::qr::{Ecc, QrCode};

const CASES: usize = 2_000;
use common::{carried, seal, ALPHABET};

struct Rng(common::Rng);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0.below(n as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    /// A team of `count`: role groups from all seven, or from two or three only (so that groups
    /// are often shown), or none.
    fn team(&mut self, count: usize) -> Vec<Response> {
        let roles = match self.below(3) {
            0 => 8,
            1 => 1 + 2 + self.below(2),
            _ => 1,
        };
        (0..count)
            .map(|_| {
                let mut r = self.0.response();
                r.role = RoleGroup::from_id(self.below(roles) as u8);
                r
            })
            .collect()
    }

    fn size(&mut self) -> usize {
        match self.below(10) {
            0 => 3 + self.below(MAX_TEAM_RESPONSES - 2),
            1..=3 => 3 + self.below(5),
            _ => 3 + self.below(40),
        }
    }

    fn name(&mut self) -> Option<TeamName> {
        let names = [
            "Wijkteam Oost",
            "Sociaal team Zuid – Werk & Inkomen",
            "👩‍⚕️ فريق",
        ];
        (!self.chance(2)).then(|| TeamName::new(names[self.below(names.len())]).unwrap())
    }

    fn agreements(&mut self) -> Agreements {
        let mut agreements = Agreements::default();
        if self.chance(2) {
            for _ in 0..1 + self.below(4) {
                let index = self.below(DIMENSION_COUNT);
                agreements.set(index, AgreementField::Text, " Samen plannen ".into());
                if self.chance(2) {
                    agreements.set(index, AgreementField::Owner, "Anna".into());
                }
            }
        }
        agreements
    }
}

fn rng(seed: u64) -> Rng {
    Rng(common::Rng::new(seed))
}

#[test]
fn teams_of_counts_round_trip() {
    let mut rng = rng(31);
    let mut with_groups = 0;
    for case in 0..CASES {
        let count = rng.size();
        let responses = rng.team(count);
        let counts = TeamCounts::from_responses(&responses);
        with_groups += usize::from(!counts.groups().is_empty());
        let (name, agreements) = (rng.name(), rng.agreements());
        let link = encode_team_counts(&counts, name.as_ref(), &agreements).unwrap();
        assert!(link.starts_with("v3t"), "case {case}: {link}");
        assert!(link.bytes().all(|b| ALPHABET.contains(&b)), "{link}");
        let expected = Decoded::TeamCounts(SharedCounts {
            counts: counts.clone(),
            team_name: name,
            agreements: carried(&agreements),
            unread_sections: 0,
        });
        assert_eq!(decode(&link), Ok(expected), "case {case}: {link}");
        // The groups are those a team may show, with their members' counts.
        let shown: Vec<RoleGroup> = counts.groups().iter().map(|(g, _)| *g).collect();
        assert_eq!(shown, shown_role_groups(&responses), "case {case}");
        assert_eq!(counts.participants() as usize, count);
    }
    assert!(
        with_groups > CASES / 10,
        "{with_groups} cases with role groups"
    );
}

#[test]
fn a_team_link_of_counts_is_the_same_for_the_shareable_responses() {
    // What version 1 writes (the shareable responses) gives the same counts and link.
    let mut rng = rng(32);
    for case in 0..CASES {
        let count = rng.size();
        let responses = rng.team(count);
        let a = TeamCounts::from_responses(&responses);
        let b = TeamCounts::from_responses(&shareable(&responses));
        assert_eq!(a, b, "case {case}");
        // And a version 1 link of them, decoded and counted: the same counts again.
        let v1 = encode_team(&shareable(&responses), None).unwrap();
        let Ok(Decoded::Team(team)) = decode(&v1) else {
            panic!("case {case}: {v1}");
        };
        assert_eq!(
            TeamCounts::from_responses(&team.responses),
            a,
            "case {case}"
        );
    }
}

/// `responses` with each question's answers shuffled among the members of each part (each shown
/// role group, and everyone else): the same counts per question and part, other records.
fn repaired(rng: &mut Rng, responses: &[Response]) -> Vec<Response> {
    let shown = shown_role_groups(responses);
    let part = |r: &Response| r.role.filter(|g| shown.contains(g));
    let mut out = responses.to_vec();
    let parts: Vec<Option<RoleGroup>> = shown.iter().copied().map(Some).chain([None]).collect();
    for p in parts {
        let members: Vec<usize> = (0..out.len()).filter(|&i| part(&out[i]) == p).collect();
        for question in 0..2 * DIMENSION_COUNT {
            let mut answers: Vec<_> = members
                .iter()
                .map(|&i| {
                    let r = &out[i];
                    if question < DIMENSION_COUNT {
                        r.now[question]
                    } else {
                        r.desired[question - DIMENSION_COUNT]
                    }
                })
                .collect();
            for i in (1..answers.len()).rev() {
                answers.swap(i, rng.below(i + 1));
            }
            for (&i, a) in members.iter().zip(answers) {
                if question < DIMENSION_COUNT {
                    out[i].now[question] = a;
                } else {
                    out[i].desired[question - DIMENSION_COUNT] = a;
                }
            }
        }
    }
    out
}

#[test]
fn answers_paired_up_differently_give_the_same_link() {
    let mut rng = rng(33);
    let mut records_differ = 0;
    for case in 0..CASES {
        let count = rng.size();
        let responses = rng.team(count);
        let other = repaired(&mut rng, &responses);
        assert_eq!(shown_role_groups(&other), shown_role_groups(&responses));
        let (name, agreements) = (rng.name(), rng.agreements());
        let link = |r: &[Response]| {
            encode_team_counts(&TeamCounts::from_responses(r), name.as_ref(), &agreements).unwrap()
        };
        assert_eq!(link(&other), link(&responses), "case {case}");
        // The records did change (version 1 tells them apart), so the test can fail.
        let v1 = |r: &[Response]| encode_team(&shareable(r), None).unwrap();
        records_differ += usize::from(v1(&other) != v1(&responses));
    }
    assert!(records_differ > CASES * 9 / 10, "{records_differ}");
}

#[test]
fn too_few_and_too_many_are_not_written() {
    let mut rng = rng(34);
    for count in 0..3 {
        let counts = TeamCounts::from_responses(&rng.team(count));
        let expected = if count == 0 {
            LinkError::NoResponses
        } else {
            LinkError::TooFewResponses { count }
        };
        assert_eq!(
            encode_team_counts(&counts, None, &Agreements::default()),
            Err(expected)
        );
    }
    let counts = TeamCounts::from_responses(&rng.team(MAX_TEAM_RESPONSES + 1));
    assert_eq!(
        encode_team_counts(&counts, None, &Agreements::default()),
        Err(LinkError::TooManyResponses { count: 601 })
    );
    let most = TeamCounts::from_responses(&rng.team(MAX_TEAM_RESPONSES));
    assert!(encode_team_counts(&most, None, &Agreements::default()).is_ok());
}

#[test]
fn every_changed_character_is_rejected() {
    let mut rng = rng(35);
    for _ in 0..3 {
        let counts = TeamCounts::from_responses(&rng.team(6));
        let mut agreements = Agreements::default();
        agreements.set(3, AgreementField::Text, "Samen".into());
        let link = encode_team_counts(&counts, rng.name().as_ref(), &agreements).unwrap();
        let bytes = link.as_bytes();
        for position in 0..bytes.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != bytes[position]) {
                let mut changed = bytes.to_vec();
                changed[position] = c;
                let changed = String::from_utf8(changed).unwrap();
                let result = decode(&changed);
                assert!(result.is_err(), "{changed} decoded to {result:?}");
                // Damaged is never "made with a newer version".
                assert!(
                    !matches!(
                        result,
                        Err(LinkError::UnsupportedVersion { .. }
                            | LinkError::UnknownKind { .. }
                            | LinkError::NewerSection { .. })
                    ),
                    "{changed}: {result:?}"
                );
            }
        }
        // Cut anywhere: never read, never newer.
        for end in 0..link.len() {
            let result = decode(&link[..end]);
            assert!(
                matches!(
                    result,
                    Err(LinkError::Empty
                        | LinkError::NotALink
                        | LinkError::Truncated
                        | LinkError::ChecksumMismatch)
                ),
                "{}: {result:?}",
                &link[..end]
            );
        }
    }
}

#[test]
fn random_text_behind_a_version_3_header_never_panics() {
    let mut rng = rng(36);
    let mut ok = 0;
    for _ in 0..CASES * 5 {
        let len = rng.below(1500);
        let mut text: String = (0..len)
            .map(|_| char::from(ALPHABET[rng.below(64)]))
            .collect();
        let header = [
            "v3t",
            "v3tAA",
            "v3tAAAG",
            "v3tAAAGB",
            "v3tAAJYHB",
            "v3tAAAGAAAA",
        ];
        let header = header[rng.below(header.len())];
        text.replace_range(..len.min(header.len()), header);
        ok += usize::from(decode(&text).is_ok());
    }
    assert_eq!(ok, 0);
}

/// The characters of a version 1 team link and of a version 3 one of the same team (no name, no
/// agreements), and the QR versions at M of their addresses behind a 60-character origin.
fn lengths(count: usize, responses: &[Response]) -> (usize, Result<usize, LinkError>) {
    let v1 = encode_team(&shareable(&responses[..count]), None).unwrap();
    let v3 = encode_team_counts(
        &TeamCounts::from_responses(&responses[..count]),
        None,
        &Agreements::default(),
    );
    (v1.len(), v3.map(|l| l.len()))
}

/// The QR code version (1-40) of a link's address behind a 60-character origin, at error
/// correction M as the app draws it; "L" and the version at L when M does not fit, "-" when
/// neither does.
fn qr_version(link_chars: usize) -> String {
    let address = format!("{}{}", "o".repeat(60), "A".repeat(link_chars));
    let version = |ecc| QrCode::encode(address.as_bytes(), ecc).map(|q| (q.size() - 17) / 4);
    match (version(Ecc::M), version(Ecc::L)) {
        (Some(v), _) => v.to_string(),
        (None, Some(v)) => format!("{v} at L"),
        (None, None) => "none".to_string(),
    }
}

#[test]
fn a_team_link_of_counts_is_shorter_than_version_1_at_every_size() {
    let mut rng = rng(37);
    let without_roles: Vec<Response> = (0..MAX_TEAM_RESPONSES)
        .map(|_| {
            let mut r = rng.0.response();
            r.role = None;
            r
        })
        .collect();
    for count in 3..=MAX_TEAM_RESPONSES {
        let (v1, v3) = lengths(count, &without_roles);
        let v3 = v3.unwrap();
        assert!(v3 < v1, "{count}: {v3} against {v1}");
    }
    // With as many role groups shown as the team allows: every group of 3, the rest 0 or 3+.
    for count in 3..=120 {
        let groups = (count / 3).min(7);
        let team: Vec<Response> = (0..count)
            .map(|i| {
                let mut r = rng.0.response();
                r.role = RoleGroup::from_id((i / 3 + 1).min(groups) as u8);
                r
            })
            .collect();
        let counts = TeamCounts::from_responses(&team);
        assert!(!counts.groups().is_empty() || count < 6, "{count}");
        let (v1, v3) = lengths(count, &team);
        assert!(
            v3.clone().unwrap() < v1,
            "{count} with groups: {v3:?} against {v1}"
        );
    }
    // The table of docs/link-formats.md: `cargo test --test link_counts -- --nocapture`.
    let mut table = String::from("| team | v1 | v3 | QR v1 | QR v3 |\n|---|---|---|---|---|\n");
    for count in (1..=10).chain([30, 500]) {
        let (v1, v3) = lengths(count, &without_roles);
        let v3_text = v3
            .clone()
            .map_or_else(|e| format!("not written ({e:?})"), |c| c.to_string());
        let qr3 = v3.map_or("-".to_string(), qr_version);
        table += &format!(
            "| {count} | {v1} | {v3_text} | {} | {qr3} |\n",
            qr_version(v1)
        );
    }
    println!("{table}");
    assert_eq!(qr_version(401), "17");
    assert_eq!(qr_version(190), "11");
    assert_eq!(qr_version(6511), "none");
    // The example: 6 people in about 42 characters of payload, against 78.
    let (v1, v3) = lengths(6, &without_roles);
    assert_eq!((v1, v3), (89, Ok(54)));
    assert_eq!(lengths(30, &without_roles), (401, Ok(98)));
    assert_eq!(lengths(500, &without_roles), (6511, Ok(190)));
}

/// `body` with a matching checksum, so that the decoder judges its values.

#[test]
fn resealed_mutations_never_panic_and_what_decodes_is_canonical() {
    // The fuzz target's property, natively: change, insert or delete characters of a valid
    // link, seal it again so the checksum matches, and decode. Whatever decodes re-encodes to
    // exactly its text (or, with skipped optional sections, to its text without them).
    let mut rng = rng(38);
    let mut decoded = 0;
    for case in 0..CASES * 5 {
        let count = 3 + rng.below(12);
        let responses = rng.team(count);
        let (name, agreements) = (rng.name(), rng.agreements());
        let link = encode_team_counts(
            &TeamCounts::from_responses(&responses),
            name.as_ref(),
            &agreements,
        )
        .unwrap();
        let mut body = link.as_bytes()[..link.len() - 4].to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(body.len());
            let c = ALPHABET[rng.below(64)];
            match rng.below(3) {
                0 => body[at] = c,
                1 => body.insert(at, c),
                _ => {
                    body.remove(at);
                }
            }
        }
        let mutated = seal(std::str::from_utf8(&body).unwrap());
        let Ok(Decoded::TeamCounts(c)) = decode(&mutated) else {
            continue;
        };
        decoded += 1;
        let canonical = encode_team_counts(&c.counts, c.team_name.as_ref(), &c.agreements)
            .expect("decoded counts re-encode");
        if c.unread_sections == 0 {
            assert_eq!(mutated, canonical, "case {case}");
        } else {
            assert!(
                mutated.starts_with(&canonical[..canonical.len() - 4]),
                "case {case}"
            );
        }
    }
    // Some mutations land on another valid team (a changed core digit often does).
    assert!(decoded > 0, "{decoded} mutations decoded");
    println!("{decoded} of {} resealed mutations decoded", CASES * 5);
}
