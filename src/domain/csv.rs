//! CSV export of a team: the anonymous answers, and the summary per dimension.
//!
//! The format is RFC 4180: fields separated by commas, every record (the last too) ended by CRLF,
//! a header record first, and a field in double quotes when it holds a comma, a double quote, CR
//! or LF (a double quote inside doubled). The text is UTF-8 and starts with a byte-order mark, so
//! that spreadsheet programs show "hiërarchisch" and "Cliënt" rather than mojibake. Column names
//! are Dutch; the team name is a `team` column on every record, so each record stands on its
//! own when rows are copied or filtered (an extra first line would not be RFC 4180).
//!
//! **Formula injection.** A team name is anybody's text, and a spreadsheet runs a cell that
//! starts with `=`, `+`, `-` or `@` as a formula (a tab or CR in front can hide one). A field
//! that starts with one of those, or with their full-width forms `＝＋－＠`, gets a leading `'`
//! (OWASP, "CSV Injection"), inside the quotes where it has them. A name read back from the CSV
//! therefore has that `'` in front; the answers, role groups and numbers never need it.
//!
//! **Numbers.** Answers are 1-5, and empty for "don't know". A median can fall between two
//! positions and is written with a decimal point (`2.5`), never a decimal comma: a comma would
//! need quoting in every such field, and the point is what RFC 4180 readers and scripts expect.
//! A spreadsheet in a Dutch locale may need the decimal separator set to `.` when importing.

use super::instrument::{dimension, DIMENSION_COUNT};
use super::link::response_key;
use super::response::{Response, TeamName};
use super::sort::sort_by_key;
use super::team::{Distribution, TeamSummary};

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

/// One record per participant: `team`, `rolgroep` (the Dutch label of the role group, empty for
/// none), `nu_1`..`nu_14`, `gewenst_1`..`gewenst_14`. The records are in the canonical order of
/// the share link (ascending [`response_key`]), so their order says nothing about who answered
/// what, and the same team always gives the same file.
pub fn answers_csv(responses: &[Response], team_name: Option<&TeamName>) -> String {
    let team = team_field(team_name);
    let mut out = String::from("\u{FEFF}team,rolgroep");
    for horizon in [",nu_", ",gewenst_"] {
        for id in 1..=DIMENSION_COUNT {
            out.push_str(horizon);
            push_number(&mut out, id);
        }
    }
    out.push_str("\r\n");
    let mut rows: Vec<(u128, &Response)> = responses.iter().map(|r| (response_key(r), r)).collect();
    sort_by_key(&mut rows, |row| row.0);
    for (_, response) in rows {
        out.push_str(&team);
        out.push(',');
        push_field(&mut out, response.role.map_or("", |r| r.label().nl));
        for answer in response.now.iter().chain(&response.desired) {
            out.push(',');
            if let Some(p) = answer.position() {
                push_number(&mut out, p.get().into());
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// One record per dimension: `team`, `nummer` (the dimension id), `onderdeel` (its Dutch name),
/// then for `nu` and for `gewenst`: `_aantal` (how many gave a position), `_mediaan`, `_min`,
/// `_max` (empty when nobody did) and `_verschil_van_inzicht` (`ja` when max - min >= 3, else
/// `nee`).
pub fn summary_csv(summary: &TeamSummary, team_name: Option<&TeamName>) -> String {
    let team = team_field(team_name);
    let mut out = String::from("\u{FEFF}team,nummer,onderdeel");
    for horizon in [",nu_", ",gewenst_"] {
        for column in ["aantal", "mediaan", "min", "max", "verschil_van_inzicht"] {
            out.push_str(horizon);
            out.push_str(column);
        }
    }
    out.push_str("\r\n");
    for d in &summary.team.dimensions {
        out.push_str(&team);
        out.push(',');
        push_number(&mut out, d.id.into());
        out.push(',');
        push_field(&mut out, dimension(d.id).map_or("", |d| d.name.nl));
        for h in [&d.now, &d.desired] {
            push_distribution(&mut out, h);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_distribution(out: &mut String, h: &Distribution) {
    out.push(',');
    push_number(out, h.answered() as usize);
    out.push(',');
    if let Some(halves) = h.median_halves() {
        push_number(out, (halves / 2).into());
        if halves % 2 == 1 {
            out.push_str(".5");
        }
    }
    for value in [h.min(), h.max()] {
        out.push(',');
        if let Some(v) = value {
            push_number(out, v.into());
        }
    }
    out.push_str(if h.difference_of_view() {
        ",ja"
    } else {
        ",nee"
    });
}

fn team_field(team_name: Option<&TeamName>) -> String {
    let mut field = String::new();
    push_field(&mut field, team_name.map_or("", TeamName::as_str));
    field
}

/// Appends `text` as one field: with a `'` in front when a spreadsheet would read it as a
/// formula, and in double quotes (inner ones doubled) when it holds a comma, a quote, CR or LF.
fn push_field(out: &mut String, text: &str) {
    let quoted = text
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'));
    if quoted {
        out.push('"');
    }
    if matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
    ) {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
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
        push_field(&mut out, text);
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
        // Only the start counts; a Dutch apostrophe name is left as it is.
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
