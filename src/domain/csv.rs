//! CSV export of a team: the answers as counts per question, and the summary per dimension.
//! Neither holds a person's record.
//!
//! # Two dialects
//!
//! - [`Dialect::Excel`], for a person who double-clicks the file: fields separated by `;` and
//!   numbers with a decimal comma (`2,5`). Excel with Dutch regional settings (and every
//!   spreadsheet whose list separator is `;`, as in most of continental Europe) splits on `;`
//!   and reads `2,5` as a number; a comma-separated file would open there as one column.
//! - [`Dialect::Rfc4180`], for scripts: RFC 4180, fields separated by commas, a decimal point
//!   (`2.5`).
//!
//! Both: every record (the last too) ended by CRLF, a header record first, and a field in
//! double quotes when it holds the separator, a double quote, CR or LF (a double quote inside
//! doubled). The text is UTF-8 and starts with a byte-order mark, so that spreadsheet programs
//! show "hiërarchisch" and "Cliënt" rather than mojibake (and no `sep=` line, which would make
//! Excel ignore the byte-order mark). Column names are Dutch; the team name is a `team` column
//! on every record, so each record stands on its own when rows are copied or filtered (an extra
//! first line would not be RFC 4180).
//!
//! **Nobody singled out.** The answers file holds counts per question, so no one's answers are
//! linked across questions, and the role groups of [`TeamCounts`] only (groups of at least 3,
//! and the rest none or at least 3, see [`super::team`]). The summary names no role groups.
//! A team name from a pasted link may hold anything: control characters, line breaks and bidi
//! controls are replaced before it reaches a file.
//!
//! **Formula injection.** A team name is anybody's text, and a spreadsheet runs a cell that
//! starts with `=`, `+`, `-` or `@` as a formula (also their full-width forms `＝＋－＠`, and a
//! tab or CR can start one). A cell starts at the start of a field, but also after a `;`, `,` or
//! tab inside it when the file is opened with another separator than it was written with (the
//! comma file in a Dutch Excel, text-to-columns), and after a line break in a program that
//! splits lines itself. And white space, control and format characters (U+FEFF, U+200B, U+2060,
//! U+00AD, …) or a `"` in front of a formula character do not make it safe: a program may skip
//! them. So wherever a cell could start, a dangerous character that follows (after only such
//! invisible characters and quotes) gets a `'` right in front of it (OWASP, "CSV Injection"):
//! `=1+1` is written `'=1+1`, `Team;=1+1` is written `Team;'=1+1`. A name read back from the
//! CSV therefore has those `'` in it; the answers, role groups and numbers never need one.
//!
//! **Numbers.** Answers are 1-5, and empty for "don't know". A median can fall between two
//! positions: `2.5` in the RFC 4180 file, `2,5` in the Excel file.

use super::counts::TeamCounts;
use super::instrument::{dimension, DIMENSIONS, DIMENSION_COUNT};
use super::response::TeamName;
use super::team::{Distribution, TeamSummary};
use super::text::{is_bidi_control, is_invisible};

/// Which spreadsheet or program a CSV file is for (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// For a spreadsheet with Dutch regional settings, opened by double-click: `;` between
    /// fields, decimal comma (`2,5`).
    Excel,
    /// RFC 4180, for scripts: `,` between fields, decimal point (`2.5`).
    Rfc4180,
}

impl Dialect {
    pub const ALL: [Dialect; 2] = [Dialect::Excel, Dialect::Rfc4180];

    /// The character between fields.
    pub fn separator(self) -> char {
        match self {
            Dialect::Excel => ';',
            Dialect::Rfc4180 => ',',
        }
    }

    /// The character between the whole and the fractional part of a number.
    pub fn decimal_separator(self) -> char {
        match self {
            Dialect::Excel => ',',
            Dialect::Rfc4180 => '.',
        }
    }
}

/// `csv` as a `data:` address of a CSV file, for a download link: every byte outside the
/// unreserved characters percent-encoded, so the byte-order mark and "ë" survive and the
/// address needs no HTML escaping.
pub fn data_uri(csv: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(csv.len() * 2);
    out.push_str("data:text/csv;charset=utf-8,");
    for &b in csv.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// [`answers_csv_in`] in the RFC 4180 dialect.
pub fn answers_csv(counts: &TeamCounts, team_name: Option<&TeamName>) -> String {
    answers_csv_in(counts, team_name, Dialect::Rfc4180)
}

/// The answers as counts, never a person's record: one record per part and question. Columns
/// `team`, `rolgroep` (empty for the whole team, else the Dutch label of a role group the
/// counts show), `nummer` (the dimension id), `onderdeel` (its Dutch name), `vraag` (`nu` or
/// `gewenst`), `aantal` (the part's participants), `weet_ik_niet`, and `antwoord_1` ..
/// `antwoord_5`: how many gave that answer. The whole team first, then each role group, each
/// NOW of dimensions 1-14 then DESIRED. Two teams with the same counts get the same file,
/// however their answers paired up across questions.
pub fn answers_csv_in(
    counts: &TeamCounts,
    team_name: Option<&TeamName>,
    dialect: Dialect,
) -> String {
    let sep = dialect.separator();
    let team = team_field(team_name, dialect);
    let mut out = String::from("\u{FEFF}team");
    for column in [
        "rolgroep",
        "nummer",
        "onderdeel",
        "vraag",
        "aantal",
        "weet_ik_niet",
    ] {
        out.push(sep);
        out.push_str(column);
    }
    for answer in 1..=5 {
        out.push(sep);
        out.push_str("antwoord_");
        push_number(&mut out, answer);
    }
    out.push_str("\r\n");
    let parts = std::iter::once(("", counts.team()))
        .chain(counts.groups().iter().map(|(g, c)| (g.label().nl, c)));
    for (group, part) in parts {
        for (question, answers) in part.questions().iter().enumerate() {
            let (horizon, index) = if question < DIMENSION_COUNT {
                ("nu", question)
            } else {
                ("gewenst", question - DIMENSION_COUNT)
            };
            out.push_str(&team);
            out.push(sep);
            push_field(&mut out, group, dialect);
            out.push(sep);
            push_number(&mut out, index + 1);
            out.push(sep);
            push_field(&mut out, DIMENSIONS[index].name.nl, dialect);
            out.push(sep);
            out.push_str(horizon);
            out.push(sep);
            push_number(&mut out, part.participants() as usize);
            // Indexed by answer code: don't know, then positions 1-5.
            for &count in answers {
                out.push(sep);
                push_number(&mut out, count as usize);
            }
            out.push_str("\r\n");
        }
    }
    out
}

/// [`summary_csv_in`] in the RFC 4180 dialect.
pub fn summary_csv(summary: &TeamSummary, team_name: Option<&TeamName>) -> String {
    summary_csv_in(summary, team_name, Dialect::Rfc4180)
}

/// One record per dimension: `team`, `nummer` (the dimension id), `onderdeel` (its Dutch name),
/// then for `nu` and for `gewenst`: `_aantal` (how many gave a position), `_mediaan`, `_min`,
/// `_max` (empty when nobody did) and `_verschil_van_inzicht` (`ja` when max - min >= 3, else
/// `nee`).
pub fn summary_csv_in(
    summary: &TeamSummary,
    team_name: Option<&TeamName>,
    dialect: Dialect,
) -> String {
    let sep = dialect.separator();
    let team = team_field(team_name, dialect);
    let mut out = String::from("\u{FEFF}team");
    for column in ["nummer", "onderdeel"] {
        out.push(sep);
        out.push_str(column);
    }
    for horizon in ["nu_", "gewenst_"] {
        for column in ["aantal", "mediaan", "min", "max", "verschil_van_inzicht"] {
            out.push(sep);
            out.push_str(horizon);
            out.push_str(column);
        }
    }
    out.push_str("\r\n");
    for d in &summary.team.dimensions {
        out.push_str(&team);
        out.push(sep);
        push_number(&mut out, d.id.into());
        out.push(sep);
        push_field(&mut out, dimension(d.id).map_or("", |d| d.name.nl), dialect);
        for h in [&d.now, &d.desired] {
            push_distribution(&mut out, h, dialect);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_distribution(out: &mut String, h: &Distribution, dialect: Dialect) {
    let sep = dialect.separator();
    out.push(sep);
    push_number(out, h.answered() as usize);
    out.push(sep);
    if let Some(halves) = h.median_halves() {
        push_number(out, (halves / 2).into());
        if halves % 2 == 1 {
            out.push(dialect.decimal_separator());
            out.push('5');
        }
    }
    for value in [h.min(), h.max()] {
        out.push(sep);
        if let Some(v) = value {
            push_number(out, v.into());
        }
    }
    out.push(sep);
    out.push_str(if h.difference_of_view() { "ja" } else { "nee" });
}

/// The team name as a field, with every control character (NUL, line breaks), line or
/// paragraph separator and bidi control replaced by U+FFFD: a name from someone else's link
/// must not end a record early or reorder what a spreadsheet shows around it.
fn team_field(team_name: Option<&TeamName>, dialect: Dialect) -> String {
    let name: String = team_name
        .map_or("", TeamName::as_str)
        .chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    let mut field = String::new();
    push_field(&mut field, &name, dialect);
    field
}

/// A character that makes a spreadsheet read a cell as a formula when the cell starts with it.
fn is_formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}'
    )
}

/// A character after which a program may start a new cell: the separators of both dialects,
/// a tab, and a line break.
fn is_cell_break(c: char) -> bool {
    matches!(c, ';' | ',' | '\t' | '\r' | '\n')
}

/// A character a program may skip at the start of a cell before it looks for a formula: an
/// invisible one ([`is_invisible`]: white space, control and format characters) or a `"`.
fn is_skipped_at_cell_start(c: char) -> bool {
    is_invisible(c) || c == '"'
}

/// Appends `text` as one field: a `'` in front of every formula character that could start a
/// cell (see the module docs), and in double quotes (inner ones doubled) when it holds the
/// dialect's separator, a quote, CR or LF.
fn push_field(out: &mut String, text: &str, dialect: Dialect) {
    let sep = dialect.separator();
    let quoted = text
        .chars()
        .any(|c| c == sep || matches!(c, '"' | '\r' | '\n'));
    if quoted {
        out.push('"');
    }
    let mut cell_start = true;
    for c in text.chars() {
        let formula = cell_start && is_formula_start(c);
        if formula {
            out.push('\'');
        }
        if c == '"' {
            out.push('"');
        }
        out.push(c);
        cell_start = is_cell_break(c) || (cell_start && !formula && is_skipped_at_cell_start(c));
    }
    if quoted {
        out.push('"');
    }
}

fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = String::new();
        push_field(&mut out, text, Dialect::Rfc4180);
        out
    }

    #[test]
    fn fields_are_quoted_and_guarded() {
        assert_eq!(field(""), "");
        assert_eq!(field("Wijkteam Oost"), "Wijkteam Oost");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("zeg \"hoi\""), "\"zeg \"\"hoi\"\"\"");
        assert_eq!(field("a\r\nb"), "\"a\r\nb\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+31 6"), "'+31 6");
        assert_eq!(field("-5"), "'-5");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("\rx"), "\"'\rx\"");
        assert_eq!(field("＝1+1"), "'＝1+1");
        assert_eq!(
            field("=HYPERLINK(\"http://x\",\"klik\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""
        );
        // Only a cell start counts (a space is no separator); a Dutch apostrophe name is left as
        // it is. After a separator: tests/csv_dialects.rs.
        assert_eq!(field("Team =x"), "Team =x");
        assert_eq!(field("'s-Hertogenbosch"), "'s-Hertogenbosch");
    }

    #[test]
    fn numbers() {
        let mut out = String::new();
        for n in [0, 7, 10, 14, 600, 1234] {
            push_number(&mut out, n);
            out.push(' ');
        }
        assert_eq!(out, "0 7 10 14 600 1234 ");
    }

    #[test]
    fn data_uri_keeps_every_byte() {
        assert_eq!(
            data_uri("\u{FEFF}a,b\r\në\"<%"),
            "data:text/csv;charset=utf-8,%EF%BB%BFa%2Cb%0D%0A%C3%AB%22%3C%25"
        );
    }
}
