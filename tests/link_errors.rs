//! Invalid share links and the exact error each gives, derived from the golden links (cut,
//! changed, padded), plus the input the decoder tolerates (`#`, white space around the link).
//! Crafted links with correct checksums around wrong values are in `link_golden.rs`.

use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, Decoded, LinkError, MAX_LINK_CHARS, MAX_TEAM_RESPONSES,
};
use samenwerkingsscan::domain::response::{Response, TeamName};

const GOLDEN: &str = include_str!("golden/links_v1.txt");

/// The link of the golden record `id`.
fn golden(id: &str) -> String {
    let mut lines = GOLDEN.lines().skip_while(|l| *l != format!("id\t{id}"));
    lines
        .find_map(|l| l.strip_prefix("link\t"))
        .unwrap_or_else(|| panic!("no golden link {id}"))
        .to_string()
}

/// `link` with the character at `position` (ASCII) replaced by `with`.
fn replaced(link: &str, position: usize, with: char) -> String {
    assert!(link.is_ascii());
    let mut out = String::with_capacity(link.len() + 4);
    out.push_str(&link[..position]);
    out.push(with);
    out.push_str(&link[position + 1..]);
    assert_ne!(out, link, "the replacement must change the link");
    out
}

fn inserted(link: &str, position: usize, text: &str) -> String {
    format!("{}{text}{}", &link[..position], &link[position..])
}

fn invalid_char(position: usize, character: char) -> LinkError {
    LinkError::InvalidCharacter {
        position,
        character,
    }
}

/// The alternative to `c` in the alphabet: the next character.
fn other(c: char) -> char {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let i = ALPHABET.find(c).expect("an alphabet character");
    ALPHABET.as_bytes()[(i + 1) % 64] as char
}

#[test]
fn invalid_links_give_the_exact_error() {
    let plain = golden("response_plain"); // 22 characters, no name
    let hostile = golden("response_hostile_name"); // a name from position 5 on
    let team6 = golden("team_6");
    let team30 = golden("team_30");
    let at = |link: &str, i: usize| link.as_bytes()[i] as char;

    let table: Vec<(&str, String, LinkError)> = vec![
        // Nothing there.
        ("empty", String::new(), LinkError::Empty),
        ("hash only", "#".into(), LinkError::Empty),
        ("white space only", " \t\r\n".into(), LinkError::Empty),
        ("hash between white space", "  #\n".into(), LinkError::Empty),
        // Cut.
        ("truncated by 1", plain[..21].into(), LinkError::Truncated),
        ("truncated by 10", plain[..12].into(), LinkError::Truncated),
        (
            "team truncated by 1",
            team30[..400].into(),
            LinkError::Truncated,
        ),
        (
            "team truncated by 10",
            team30[..391].into(),
            LinkError::Truncated,
        ),
        (
            "name truncated by 1",
            hostile[..hostile.len() - 1].into(),
            LinkError::Truncated,
        ),
        (
            "name cut inside the name",
            hostile[..20].into(),
            LinkError::Truncated,
        ),
        ("version only", "v1".into(), LinkError::Truncated),
        ("kind only", "v1r".into(), LinkError::Truncated),
        ("half a name length", "v1rA".into(), LinkError::Truncated),
        ("team without a count", "v1tAA".into(), LinkError::Truncated),
        (
            "team with half a count",
            "v1tAAA".into(),
            LinkError::Truncated,
        ),
        // Longer than declared.
        (
            "one character more",
            format!("{plain}A"),
            LinkError::LengthMismatch,
        ),
        (
            "team with 4 more",
            format!("{team30}AAAA"),
            LinkError::LengthMismatch,
        ),
        (
            "a link twice",
            format!("{plain}{plain}"),
            LinkError::LengthMismatch,
        ),
        // One character changed.
        (
            "changed in the payload",
            replaced(&plain, 10, other(at(&plain, 10))),
            LinkError::ChecksumMismatch,
        ),
        (
            "changed in the checksum",
            replaced(&plain, 21, other(at(&plain, 21))),
            LinkError::ChecksumMismatch,
        ),
        (
            "changed in the name",
            replaced(&hostile, 8, other(at(&hostile, 8))),
            LinkError::ChecksumMismatch,
        ),
        (
            "changed in a team block",
            replaced(&team6, 20, other(at(&team6, 20))),
            LinkError::ChecksumMismatch,
        ),
        (
            "team count lowered",
            replaced(&team6, 6, 'F'),
            LinkError::LengthMismatch,
        ),
        (
            "team count raised",
            replaced(&team6, 6, 'H'),
            LinkError::Truncated,
        ),
        (
            "name length raised",
            replaced(&plain, 4, 'B'),
            LinkError::Truncated,
        ),
        (
            "kind r changed to t",
            replaced(&plain, 2, 't'),
            LinkError::Truncated,
        ),
        // Outside the alphabet (positions after the '#').
        ("plus", replaced(&plain, 5, '+'), invalid_char(5, '+')),
        ("slash", replaced(&plain, 6, '/'), invalid_char(6, '/')),
        ("padding", format!("{plain}=="), invalid_char(22, '=')),
        (
            "space inside",
            inserted(&plain, 7, " "),
            invalid_char(7, ' '),
        ),
        (
            "tab inside",
            inserted(&plain, 7, "\t"),
            invalid_char(7, '\t'),
        ),
        ("e acute", replaced(&plain, 3, 'é'), invalid_char(3, 'é')),
        (
            "e acute counted as one character",
            format!("ééé+{plain}"),
            invalid_char(0, 'é'),
        ),
        (
            "percent-encoded space",
            inserted(&plain, 9, "%20"),
            invalid_char(9, '%'),
        ),
        (
            "percent-encoded hash",
            format!("%23{plain}"),
            invalid_char(0, '%'),
        ),
        ("two hashes", format!("##{plain}"), invalid_char(0, '#')),
        (
            "space after the hash",
            format!("# {plain}"),
            invalid_char(0, ' '),
        ),
        (
            "full stop after the link",
            format!("{plain}."),
            invalid_char(22, '.'),
        ),
        (
            "a whole URL",
            format!("https://example.org/#{plain}"),
            invalid_char(5, ':'),
        ),
        (
            "no-break space around",
            format!("\u{a0}{plain}"),
            invalid_char(0, '\u{a0}'),
        ),
        (
            "position after the hash and white space",
            " \n#v1ré".into(),
            invalid_char(3, 'é'),
        ),
        // Not a link, or not this version. A version or kind this program does not read is
        // judged by its checksum first (issue 21): each of these is a valid link with one
        // character changed, so it is damaged, not "made with a newer version". A link of a
        // newer version with a matching checksum: links_invalid_v2.tsv (v2_kind_*) and
        // links_invalid_v3.tsv (v3_kind_*, v4_*).
        ("x1r", replaced(&plain, 0, 'x'), LinkError::NotALink),
        ("capital V", replaced(&plain, 0, 'V'), LinkError::NotALink),
        ("v without digits", "vr".into(), LinkError::NotALink),
        ("v alone", "v".into(), LinkError::NotALink),
        ("a digit first", "1v1r".into(), LinkError::NotALink),
        ("v2r", replaced(&plain, 1, '2'), LinkError::ChecksumMismatch),
        ("v3r", replaced(&plain, 1, '3'), LinkError::ChecksumMismatch),
        ("v0r", replaced(&plain, 1, '0'), LinkError::ChecksumMismatch),
        (
            "v12",
            format!("v12{}", &plain[2..]),
            LinkError::ChecksumMismatch,
        ),
        (
            "v99999999999999999999r",
            format!("v99999999999999999999{}", &plain[2..]),
            LinkError::ChecksumMismatch,
        ),
        (
            "version u32::MAX + 1",
            format!("v4294967296{}", &plain[2..]),
            LinkError::ChecksumMismatch,
        ),
        (
            // No room for a kind and a checksum after the version.
            "version of 8000 digits",
            format!("v{}r", "9".repeat(8000)),
            LinkError::Truncated,
        ),
        (
            "unknown kind q",
            replaced(&plain, 2, 'q'),
            LinkError::ChecksumMismatch,
        ),
        (
            "kind B (the audit's v1B)",
            replaced(&plain, 2, 'B'),
            LinkError::ChecksumMismatch,
        ),
        (
            // Kind w (a workshop invitation) is known since the invitation was added: a
            // response's body is too long for it.
            "kind r changed to w",
            replaced(&plain, 2, 'w'),
            LinkError::LengthMismatch,
        ),
        (
            "unknown kind x",
            replaced(&plain, 2, 'x'),
            LinkError::ChecksumMismatch,
        ),
        (
            "capital R",
            replaced(&plain, 2, 'R'),
            LinkError::ChecksumMismatch,
        ),
        ("kind -", "v1-".into(), LinkError::Truncated),
        (
            // Read with version 3's layout, the first response block is a count of role
            // groups whose headers and core run past the end: broken, not newer.
            "team changed to version 3",
            replaced(&team6, 1, '3'),
            LinkError::Truncated,
        ),
        // Too long: checked before anything else, on the input as given.
        (
            "100 KB of A",
            "A".repeat(100 * 1024),
            LinkError::TooLong { chars: 102_400 },
        ),
        (
            "8193 characters",
            "A".repeat(8193),
            LinkError::TooLong { chars: 8193 },
        ),
        (
            "8193 e acutes",
            "é".repeat(8193),
            LinkError::TooLong { chars: 8193 },
        ),
        (
            "8193 with a valid start",
            format!("{plain}{}", "A".repeat(8193 - 22)),
            LinkError::TooLong { chars: 8193 },
        ),
        (
            "padded with spaces",
            format!("{plain}{}", " ".repeat(8200)),
            LinkError::TooLong { chars: 8222 },
        ),
        // Counting stops after the first MiB: beyond it the count is a lower bound.
        (
            "2 MiB of A",
            "A".repeat(2 << 20),
            LinkError::TooLong { chars: 1 << 20 },
        ),
        // At the limit: read, and rejected for what it is.
        ("8192 characters", "A".repeat(8192), LinkError::NotALink),
        (
            "5000 e acutes (10000 bytes)",
            "é".repeat(5000),
            invalid_char(0, 'é'),
        ),
        (
            "8192 with a valid start",
            format!("{plain}{}", "A".repeat(8192 - 22)),
            LinkError::LengthMismatch,
        ),
    ];

    let mut failures = Vec::new();
    for (name, link, expected) in &table {
        let got = decode(link);
        if got.as_ref() != Err(expected) {
            failures.push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hash_and_surrounding_ascii_white_space_are_tolerated() {
    let plain = golden("response_plain");
    let expected = decode(&plain).unwrap();
    for text in [
        format!("#{plain}"),
        format!("  {plain}  "),
        format!("\n#{plain}\t"),
        format!("\r\n {plain}\r\n"),
    ] {
        assert_eq!(decode(&text), Ok(expected.clone()), "{text:?}");
    }
}

#[test]
fn encoding_a_team_checks_its_size() {
    let response = Response::default();
    assert_eq!(encode_team(&[], None), Err(LinkError::NoResponses));
    let too_many = vec![response.clone(); MAX_TEAM_RESPONSES + 1];
    assert_eq!(
        encode_team(&too_many, None),
        Err(LinkError::TooManyResponses { count: 601 })
    );
}

#[test]
fn the_largest_link_fits_the_cap() {
    // 600 responses and the longest name in bytes: 60 four-byte characters.
    let name = TeamName::new(&"🤝".repeat(60)).unwrap();
    let responses = vec![Response::default(); MAX_TEAM_RESPONSES];
    let link = encode_team(&responses, Some(&name)).unwrap();
    assert_eq!(link.len(), 3 + 2 + 320 + 2 + 600 * 13 + 4);
    assert!(link.len() <= MAX_LINK_CHARS);
    match decode(&link) {
        Ok(Decoded::Team(team)) => {
            assert_eq!(team.responses, responses);
            assert_eq!(team.team_name, Some(name));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn errors_are_std_errors_with_english_messages() {
    let error: Box<dyn std::error::Error> = Box::new(decode("").unwrap_err());
    assert_eq!(error.to_string(), "the link is empty");
    let plain = golden("response_plain");
    let changed = replaced(&plain, 10, other(plain.as_bytes()[10] as char));
    assert!(decode(&changed)
        .unwrap_err()
        .to_string()
        .contains("checksum"));
    assert_eq!(
        LinkError::TooLong { chars: 9000 }.to_string(),
        "the link is too long: 9000 characters, at most 8192 are read"
    );
    // A response link has room for a name; encode_response never fails.
    let name = TeamName::new("Team").unwrap();
    assert!(decode(&encode_response(&Response::default(), Some(&name))).is_ok());
}
