//! The two CSV dialects (issue 14 §4): Excel with Dutch regional settings (`;`, decimal comma)
//! and RFC 4180 (`,`, decimal point); the formula guard after every separator and behind
//! invisible characters; role groups only as the team may share them (§1); and, since issue 21,
//! answers as counts per question, with control, line-break and bidi characters of a name
//! replaced.

mod common;

use common::{golden, Rng};
use samenwerkingsscan::domain::counts::TeamCounts;
use samenwerkingsscan::domain::csv::{
    answers_csv, answers_csv_in, summary_csv, summary_csv_in, Dialect,
};
use samenwerkingsscan::domain::instrument::{RoleGroup, DIMENSIONS};
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::domain::team::{shown_role_groups, summarise, MIN_GROUP_SIZE};
use samenwerkingsscan::domain::text::{is_bidi_control, is_invisible};

/// The counts a team shares.
fn counts(team: &[Response]) -> TeamCounts {
    TeamCounts::from_responses(team)
}

/// A name as the CSV files carry it: control characters, line and paragraph separators and
/// bidi controls replaced by U+FFFD (written out here apart from the writer).
fn cleaned(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bad = c.is_control() || is_bidi_control(c) || c == '\u{2028}' || c == '\u{2029}';
            if bad {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// The columns of the answers file.
const ANSWER_COLUMNS: usize = 12;

const SIX: [&str; 6] = [
    "woerden", "less", "fewnow", "boundary", "dontknow", "middle",
];

/// The characters that start a formula, written out here apart from the writer's own list.
const DANGEROUS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

fn six() -> Vec<Response> {
    SIX.iter().map(|name| golden(name)).collect()
}

fn name(text: &str) -> TeamName {
    TeamName::new(text).unwrap()
}

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

/// Reads a CSV file of either dialect strictly, as a spreadsheet that knows the separator does:
/// a byte-order mark first, CRLF after every record, quotes only around a whole field, `""`
/// inside them; anything else fails the test.
fn parse(text: &str, sep: char) -> Vec<Vec<String>> {
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
                let next = chars.peek().copied();
                assert!(
                    next == Some(sep) || next == Some('\r'),
                    "a quoted field ends at the separator or CRLF"
                );
            }
            c if c == sep => record.push(std::mem::take(&mut field)),
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

/// Where a spreadsheet could start a cell inside `text`: at its start, and after every `;`,
/// `,`, tab or line break (another separator than the file's, text-to-columns, a program that
/// splits lines itself). Gives the first character of every such cell after skipping what a
/// program may skip (invisible characters and quotes), when it is a dangerous one.
fn formula_starts(text: &str) -> Vec<String> {
    text.split([';', ',', '\t', '\r', '\n'])
        .filter_map(|cell| {
            let shown = cell.trim_start_matches(|c: char| is_invisible(c) || c == '"');
            shown
                .starts_with(DANGEROUS)
                .then(|| format!("{cell:?} in {text:?}"))
        })
        .collect()
}

/// `guarded` is `original` with `'` put in only right before dangerous characters.
fn only_apostrophes_added(original: &str, guarded: &str) -> bool {
    let mut o = original.chars().peekable();
    let mut g = guarded.chars().peekable();
    loop {
        match (o.peek(), g.next()) {
            (None, None) => return true,
            (Some(&a), Some(b)) if a == b => {
                o.next();
            }
            (Some(&a), Some('\'')) if DANGEROUS.contains(&a) => {}
            _ => return false,
        }
    }
}

#[test]
fn golden_excel_files_of_the_six() {
    let oost = name("Wijkteam Oost");
    let answers = answers_csv_in(&counts(&six()), Some(&oost), Dialect::Excel);
    let summary = summary_csv_in(&summarise(&six()), Some(&oost), Dialect::Excel);
    check_golden("answers_six_excel.csv", &answers);
    check_golden("summary_six_excel.csv", &summary);
    // Checked by hand.
    assert!(answers.starts_with(
        "\u{FEFF}team;rolgroep;nummer;onderdeel;vraag;aantal;weet_ik_niet;antwoord_1;"
    ));
    // Dimension 13 now: 1 5 3 2 1 3, no "don't know".
    assert!(
        answers.contains("\r\nWijkteam Oost;;13;Aanspreekpunt voor burger;nu;6;0;2;1;2;0;1\r\n"),
        "{answers}"
    );
    assert!(summary.starts_with("\u{FEFF}team;nummer;onderdeel;nu_aantal;nu_mediaan;nu_min;"));
    // Dimension 13 now: 1 5 3 2 1 3, the median between 2 and 3.
    assert!(
        summary.contains("\r\nWijkteam Oost;13;Aanspreekpunt voor burger;6;2,5;1;5;ja;"),
        "{summary}"
    );
    // The same file as the RFC 4180 one but for the separator and the decimal separator.
    let rfc = summary_csv(&summarise(&six()), Some(&oost));
    assert_eq!(
        summary.replace(',', ".").replace(';', ","),
        rfc,
        "nothing else differs"
    );
    assert_eq!(
        answers.replace(';', ","),
        answers_csv(&counts(&six()), Some(&oost)),
        "the answers have no decimals"
    );
    for text in [&answers, &summary] {
        assert_eq!(text.matches("\r\n").count(), text.matches('\n').count());
    }
}

#[test]
fn the_old_functions_are_the_rfc_4180_dialect() {
    let mut rng = Rng::new(0xD1A);
    for _ in 0..50 {
        let team: Vec<Response> = (0..rng.below(20)).map(|_| rng.response()).collect();
        let n = name("Team, \"=x\";y");
        assert_eq!(
            answers_csv(&counts(&team), Some(&n)),
            answers_csv_in(&counts(&team), Some(&n), Dialect::Rfc4180)
        );
        let s = summarise(&team);
        assert_eq!(
            summary_csv(&s, Some(&n)),
            summary_csv_in(&s, Some(&n), Dialect::Rfc4180)
        );
    }
    assert_eq!(Dialect::Excel.separator(), ';');
    assert_eq!(Dialect::Excel.decimal_separator(), ',');
    assert_eq!(Dialect::Rfc4180.separator(), ',');
    assert_eq!(Dialect::Rfc4180.decimal_separator(), '.');
    assert_eq!(Dialect::ALL, [Dialect::Excel, Dialect::Rfc4180]);
}

/// A team name that tries to become a formula, as the `team` field reads back in each dialect,
/// and as it stands in the file.
#[test]
fn hostile_names_table() {
    // (name, field read back, raw Excel field, raw RFC 4180 field)
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str, &str)] = &[
        ("Wijkteam Oost", "Wijkteam Oost", "Wijkteam Oost", "Wijkteam Oost"),
        ("=1+1", "'=1+1", "'=1+1", "'=1+1"),
        ("+31 6", "'+31 6", "'+31 6", "'+31 6"),
        ("-5", "'-5", "'-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)"),
        ("＝1", "'＝1", "'＝1", "'＝1"),
        ("＋1", "'＋1", "'＋1", "'＋1"),
        ("－1", "'－1", "'－1", "'－1"),
        ("＠x", "'＠x", "'＠x", "'＠x"),
        // After a separator of either dialect. Tabs and line breaks are replaced (issue 21), so
        // what followed them no longer starts a cell.
        ("Team;=cmd", "Team;'=cmd", "\"Team;'=cmd\"", "Team;'=cmd"),
        ("Team,=cmd", "Team,'=cmd", "Team,'=cmd", "\"Team,'=cmd\""),
        ("Team\t=cmd", "Team\u{FFFD}=cmd", "Team\u{FFFD}=cmd", "Team\u{FFFD}=cmd"),
        ("x\t\t=y", "x\u{FFFD}\u{FFFD}=y", "x\u{FFFD}\u{FFFD}=y", "x\u{FFFD}\u{FFFD}=y"),
        ("a;-b,+c", "a;'-b,'+c", "\"a;'-b,'+c\"", "\"a;'-b,'+c\""),
        ("a\r\n=b", "a\u{FFFD}\u{FFFD}=b", "a\u{FFFD}\u{FFFD}=b", "a\u{FFFD}\u{FFFD}=b"),
        ("x\n@y", "x\u{FFFD}@y", "x\u{FFFD}@y", "x\u{FFFD}@y"),
        ("x\r-y", "x\u{FFFD}-y", "x\u{FFFD}-y", "x\u{FFFD}-y"),
        // Invisible characters, white space and quotes in front do not hide one; control and
        // bidi characters are replaced, and a replacement character is visible.
        ("\u{FEFF}=1", "\u{FEFF}'=1", "\u{FEFF}'=1", "\u{FEFF}'=1"),
        ("\u{200B}\u{2060}+1", "\u{200B}\u{2060}'+1", "\u{200B}\u{2060}'+1",
            "\u{200B}\u{2060}'+1"),
        ("\u{00AD}-1", "\u{00AD}'-1", "\u{00AD}'-1", "\u{00AD}'-1"),
        ("\u{202E}@x", "\u{FFFD}@x", "\u{FFFD}@x", "\u{FFFD}@x"),
        ("\u{0}=x", "\u{FFFD}=x", "\u{FFFD}=x", "\u{FFFD}=x"),
        ("\u{E0041}=x", "\u{E0041}'=x", "\u{E0041}'=x", "\u{E0041}'=x"),
        ("x; \u{200B}＝1", "x; \u{200B}'＝1", "\"x; \u{200B}'＝1\"", "x; \u{200B}'＝1"),
        ("Team, \"=cmd\"", "Team, \"'=cmd\"", "\"Team, \"\"'=cmd\"\"\"",
            "\"Team, \"\"'=cmd\"\"\""),
        ("\"=cmd\"", "\"'=cmd\"", "\"\"\"'=cmd\"\"\"", "\"\"\"'=cmd\"\"\""),
        // Left alone: not at a cell start, or already text.
        ("Team =x", "Team =x", "Team =x", "Team =x"),
        ("Zuid-Oost", "Zuid-Oost", "Zuid-Oost", "Zuid-Oost"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch", "'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("a,'=b", "a,'=b", "a,'=b", "\"a,'=b\""),
        ("2,5", "2,5", "2,5", "\"2,5\""),
        ("a;b", "a;b", "\"a;b\"", "a;b"),
        ("x\u{200B}=y", "x\u{200B}=y", "x\u{200B}=y", "x\u{200B}=y"),
    ];
    for &(text, read, raw_excel, raw_rfc) in cases {
        let team_name = name(text);
        for (dialect, raw) in [(Dialect::Excel, raw_excel), (Dialect::Rfc4180, raw_rfc)] {
            let sep = dialect.separator();
            let csv = answers_csv_in(&counts(&six()), Some(&team_name), dialect);
            let records = parse(&csv, sep);
            assert_eq!(records.len(), 1 + 28 * (1 + counts(&six()).groups().len()));
            for record in &records[1..] {
                assert_eq!(record[0], read, "{text:?} {dialect:?}");
                assert_eq!(record.len(), ANSWER_COLUMNS);
            }
            assert!(
                csv.contains(&format!("\r\n{raw}{sep}")),
                "{text:?} {dialect:?}: {csv}"
            );
            assert!(formula_starts(&csv).is_empty(), "{text:?}");
            let summary = summary_csv_in(&summarise(&six()), Some(&team_name), dialect);
            let records = parse(&summary, sep);
            assert!(records[1..].iter().all(|r| r[0] == read && r.len() == 13));
        }
    }
}

/// A name from a pool rich in separators, formula characters, invisible characters and
/// quotes.
fn hostile_name(rng: &mut Rng) -> TeamName {
    const POOL: &[char] = &[
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\u{FF1D}',
        '\u{FF0B}',
        '\u{FF0D}',
        '\u{FF20}',
        ';',
        ',',
        '"',
        '\'',
        ' ',
        '\u{00A0}',
        '\u{FEFF}',
        '\u{200B}',
        '\u{2060}',
        '\u{00AD}',
        '\u{202E}',
        '\u{0}',
        '\u{1F}',
        '\u{85}',
        '\u{3164}',
        '\u{E0041}',
        'a',
        'Z',
        '1',
        'ë',
        '中',
        '|',
        '!',
        '(',
    ];
    loop {
        let len = 1 + rng.below(24) as usize;
        let text: String = (0..len)
            .map(|_| POOL[rng.below(POOL.len() as u64) as usize])
            .collect();
        if let Ok(name) = TeamName::new(&text) {
            return name;
        }
    }
}

/// Every cell a spreadsheet could make of the file, in either dialect and however it splits,
/// starts with no formula character; and the name reads back cleaned, with only `'` added.
#[test]
fn no_cell_ever_starts_a_formula() {
    let mut rng = Rng::new(0xF0F);
    let mut guarded = 0;
    for case in 0..6_000 {
        let team_name = hostile_name(&mut rng);
        let text = &cleaned(team_name.as_str());
        let team = [rng.response()];
        for dialect in Dialect::ALL {
            let sep = dialect.separator();
            let csv = answers_csv_in(&counts(&team), Some(&team_name), dialect);
            let records = parse(&csv, sep);
            assert_eq!(records.len(), 29, "case {case}: {csv:?}");
            assert_eq!(records[1].len(), ANSWER_COLUMNS, "case {case}: {csv:?}");
            let field = &records[1][0];
            assert!(
                !field.chars().any(|c| c.is_control() || is_bidi_control(c)),
                "case {case}: {field:?}"
            );
            // Read as the file's own dialect, then split further.
            assert_eq!(formula_starts(field), Vec::<String>::new(), "case {case}");
            // Read without quotes at all.
            assert_eq!(formula_starts(&csv), Vec::<String>::new(), "case {case}");
            assert!(
                only_apostrophes_added(text, field),
                "case {case}: {text:?} -> {field:?}"
            );
            guarded += usize::from(field != text);
        }
        // And the summary, in both dialects.
        for dialect in Dialect::ALL {
            let summary = summary_csv_in(&summarise(&team), Some(&team_name), dialect);
            assert_eq!(
                formula_starts(&summary),
                Vec::<String>::new(),
                "case {case}"
            );
        }
    }
    assert!(guarded > 1_500, "{guarded} guarded fields");
}

/// Without the guard the check above would fail: the names it produces do hold formula starts.
#[test]
fn the_cell_check_finds_unguarded_formulas() {
    assert!(!formula_starts("Team;=cmd").is_empty());
    assert!(!formula_starts("\u{200B}\"+1").is_empty());
    assert!(!formula_starts("a\r\n@b").is_empty());
    assert!(formula_starts("Team;'=cmd").is_empty());
    assert!(only_apostrophes_added("a=b", "a'=b"));
    assert!(!only_apostrophes_added("ab", "a'b"));
    assert!(!only_apostrophes_added("a=b", "a=b'"));
}

/// Summary numbers: the median with the dialect's decimal separator, the rest as integers.
#[test]
fn summary_reads_back_in_both_dialects() {
    let mut rng = Rng::new(0x5A5);
    for case in 0..300 {
        let team: Vec<Response> = (0..rng.below(30)).map(|_| rng.response()).collect();
        let summary = summarise(&team);
        for dialect in Dialect::ALL {
            let records = parse(
                &summary_csv_in(&summary, None, dialect),
                dialect.separator(),
            );
            assert_eq!(records.len(), 15);
            for (record, d) in records[1..].iter().zip(&summary.team.dimensions) {
                assert_eq!(record.len(), 13);
                assert_eq!(record[1], d.id.to_string());
                assert_eq!(record[2], DIMENSIONS[usize::from(d.id) - 1].name.nl);
                for (fields, h) in [(&record[3..8], &d.now), (&record[8..13], &d.desired)] {
                    assert_eq!(fields[0], h.answered().to_string(), "case {case}");
                    let median = h.median().map_or(String::new(), |m| {
                        m.to_string()
                            .replace('.', &dialect.decimal_separator().to_string())
                    });
                    assert_eq!(fields[1], median, "case {case} {dialect:?}");
                }
            }
        }
    }
}

/// The role groups the answers file names, each with its size (the `aantal` of its records),
/// in the order of the file; every group's 28 records agree on it.
fn roles_in_file(team: &[Response], dialect: Dialect) -> Vec<(String, usize)> {
    let records = parse(
        &answers_csv_in(&counts(team), None, dialect),
        dialect.separator(),
    );
    let mut groups: Vec<(String, usize)> = Vec::new();
    for r in &records[1..] {
        let group = (r[1].clone(), r[5].parse().unwrap());
        if groups.last() != Some(&group) {
            groups.push(group);
        }
    }
    assert_eq!(records.len(), 1 + 28 * groups.len());
    assert_eq!(
        groups[0],
        (String::new(), team.len()),
        "the whole team first"
    );
    groups.remove(0);
    groups
}

/// Role groups and how many have each.
type Sizes = &'static [(RoleGroup, usize)];

/// Role groups of 1, 2, 3 and 4 alone and mixed: the `rolgroep` column names a group only when
/// the team may show it (tests/shareable.rs has the rule's golden cases).
#[test]
fn answers_name_a_role_group_only_when_it_may_be_shown() {
    use RoleGroup::{CareAndWelfare as Care, SocialTeam as St, Uwv, WorkAndIncome as Wi};
    let mut rng = Rng::new(0xC5F2);
    #[rustfmt::skip]
    let cases: &[(Sizes, &[RoleGroup])] = &[
        (&[(St, 1)], &[]),
        (&[(St, 2)], &[]),
        (&[(St, 3)], &[St]),
        (&[(St, 4)], &[St]),
        (&[(St, 3), (Wi, 1)], &[]),
        (&[(St, 3), (Wi, 3)], &[St, Wi]),
        (&[(St, 3), (Wi, 3), (Uwv, 1)], &[St]),
        (&[(St, 4), (Wi, 3), (Uwv, 1), (Care, 2)], &[St, Wi]),
        (&[(St, 1), (Wi, 2), (Uwv, 3), (Care, 4)], &[Uwv, Care]),
    ];
    for &(sizes, shown) in cases {
        let mut team = Vec::new();
        for &(role, n) in sizes {
            for _ in 0..n {
                team.push(Response {
                    role: Some(role),
                    ..rng.response()
                });
            }
        }
        for dialect in Dialect::ALL {
            let roles = roles_in_file(&team, dialect);
            let expected: Vec<(String, usize)> = sizes
                .iter()
                .filter(|(r, _)| shown.contains(r))
                .map(|&(r, n)| (r.label().nl.to_owned(), n))
                .collect();
            let mut sorted = expected.clone();
            sorted.sort_by_key(|(label, _)| {
                RoleGroup::ALL.iter().position(|g| g.label().nl == label)
            });
            assert_eq!(roles, sorted, "{sizes:?} {dialect:?}");
        }
    }
}

#[test]
fn answers_over_random_teams_single_nobody_out() {
    let mut rng = Rng::new(0xA11);
    for case in 0..500 {
        let n = rng.below(30) as usize;
        let team: Vec<Response> = (0..n)
            .map(|_| Response {
                role: RoleGroup::from_id([0, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7][rng.below(11) as usize]),
                ..rng.response()
            })
            .collect();
        let shown = shown_role_groups(&team);
        for dialect in Dialect::ALL {
            let roles = roles_in_file(&team, dialect);
            let labels: Vec<&str> = shown.iter().map(|g| g.label().nl).collect();
            assert_eq!(
                roles.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(),
                labels,
                "case {case}"
            );
            let in_groups: usize = roles.iter().map(|(_, k)| k).sum();
            for (_, k) in &roles {
                assert!(*k >= MIN_GROUP_SIZE, "case {case}");
            }
            let rest = n - in_groups;
            if !shown.is_empty() {
                assert!(rest == 0 || rest >= MIN_GROUP_SIZE, "case {case}");
            }
        }
    }
}
