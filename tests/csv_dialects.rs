//! The two CSV dialects (issue 14 §4): Excel with Dutch regional settings (`;`, decimal comma)
//! and RFC 4180 (`,`, decimal point); the formula guard after every separator and behind
//! invisible characters; and role groups only as the team may share them (§1).

mod common;

use common::{golden, Rng};
use samenwerkingsscan::domain::csv::{
    answers_csv, answers_csv_in, summary_csv, summary_csv_in, Dialect,
};
use samenwerkingsscan::domain::instrument::{Answer, RoleGroup, DIMENSIONS};
use samenwerkingsscan::domain::link::response_key;
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::domain::team::{shareable, shown_role_groups, summarise, MIN_GROUP_SIZE};
use samenwerkingsscan::domain::text::is_invisible;

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
    let answers = answers_csv_in(&six(), Some(&oost), Dialect::Excel);
    let summary = summary_csv_in(&summarise(&six()), Some(&oost), Dialect::Excel);
    check_golden("answers_six_excel.csv", &answers);
    check_golden("summary_six_excel.csv", &summary);
    // Checked by hand.
    assert!(answers.starts_with("\u{FEFF}team;rolgroep;nu_1;nu_2;"));
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
        answers_csv(&six(), Some(&oost)),
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
            answers_csv(&team, Some(&n)),
            answers_csv_in(&team, Some(&n), Dialect::Rfc4180)
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
        // After a separator of either dialect, or a tab or line break.
        ("Team;=cmd", "Team;'=cmd", "\"Team;'=cmd\"", "Team;'=cmd"),
        ("Team,=cmd", "Team,'=cmd", "Team,'=cmd", "\"Team,'=cmd\""),
        ("Team\t=cmd", "Team\t'=cmd", "Team\t'=cmd", "Team\t'=cmd"),
        ("x\t\t=y", "x\t'\t'=y", "x\t'\t'=y", "x\t'\t'=y"),
        ("a;-b,+c", "a;'-b,'+c", "\"a;'-b,'+c\"", "\"a;'-b,'+c\""),
        ("a\r\n=b", "a\r\n'=b", "\"a\r\n'=b\"", "\"a\r\n'=b\""),
        ("x\n@y", "x\n'@y", "\"x\n'@y\"", "\"x\n'@y\""),
        ("x\r-y", "x\r'-y", "\"x\r'-y\"", "\"x\r'-y\""),
        // Invisible characters, white space and quotes in front do not hide one.
        ("\u{FEFF}=1", "\u{FEFF}'=1", "\u{FEFF}'=1", "\u{FEFF}'=1"),
        ("\u{200B}\u{2060}+1", "\u{200B}\u{2060}'+1", "\u{200B}\u{2060}'+1",
            "\u{200B}\u{2060}'+1"),
        ("\u{00AD}-1", "\u{00AD}'-1", "\u{00AD}'-1", "\u{00AD}'-1"),
        ("\u{202E}@x", "\u{202E}'@x", "\u{202E}'@x", "\u{202E}'@x"),
        ("\u{0}=x", "\u{0}'=x", "\u{0}'=x", "\u{0}'=x"),
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
            let csv = answers_csv_in(&six(), Some(&team_name), dialect);
            let records = parse(&csv, sep);
            assert_eq!(records.len(), 7);
            for record in &records[1..] {
                assert_eq!(record[0], read, "{text:?} {dialect:?}");
                assert_eq!(record.len(), 30);
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
/// starts with no formula character; and the name reads back with only `'` added.
#[test]
fn no_cell_ever_starts_a_formula() {
    let mut rng = Rng::new(0xF0F);
    let mut guarded = 0;
    for case in 0..6_000 {
        let team_name = hostile_name(&mut rng);
        let text = team_name.as_str();
        let team = [rng.response()];
        for dialect in Dialect::ALL {
            let sep = dialect.separator();
            let csv = answers_csv_in(&team, Some(&team_name), dialect);
            let records = parse(&csv, sep);
            assert_eq!(records.len(), 2, "case {case}: {csv:?}");
            assert_eq!(records[1].len(), 30, "case {case}: {csv:?}");
            let field = &records[1][0];
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

/// The role groups the answers file names, in a team with role groups of `sizes`.
fn roles_in_file(team: &[Response], dialect: Dialect) -> Vec<String> {
    let records = parse(&answers_csv_in(team, None, dialect), dialect.separator());
    records[1..].iter().map(|r| r[1].clone()).collect()
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
            assert_eq!(roles.len(), team.len());
            for &(role, n) in sizes {
                let label = role.label().nl;
                let expected = if shown.contains(&role) { n } else { 0 };
                assert_eq!(
                    roles.iter().filter(|r| *r == label).count(),
                    expected,
                    "{sizes:?} {role:?} {dialect:?}"
                );
            }
            let unsaid = roles.iter().filter(|r| r.is_empty()).count();
            let in_shown: usize = sizes
                .iter()
                .filter(|(r, _)| shown.contains(r))
                .map(|(_, n)| n)
                .sum();
            assert_eq!(unsaid, team.len() - in_shown, "{sizes:?}");
        }
        // The records in the order of the shareable responses' keys.
        let mut expected = shareable(&team);
        expected.sort_by_key(response_key);
        let records = parse(&answers_csv(&team, None), ',');
        for (record, response) in records[1..].iter().zip(&expected) {
            let now: Vec<String> = response
                .now
                .iter()
                .map(|a| match a {
                    Answer::DontKnow => String::new(),
                    Answer::Position(p) => p.get().to_string(),
                })
                .collect();
            assert_eq!(record[2..16], now[..]);
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
            for g in RoleGroup::ALL {
                let k = roles.iter().filter(|r| *r == g.label().nl).count();
                assert!(k == 0 || k >= MIN_GROUP_SIZE, "case {case}");
                assert_eq!(k > 0, shown.contains(&g), "case {case}");
            }
            let unsaid = roles.iter().filter(|r| r.is_empty()).count();
            if !shown.is_empty() {
                assert!(unsaid == 0 || unsaid >= MIN_GROUP_SIZE, "case {case}");
            }
        }
    }
}
