//! Team names at input (issue 14 §4): refused are control characters, bidi overrides and
//! isolates, and names of invisible characters only, each with its own error; the link decoder
//! stays lenient, so names old links carry still open.

mod common;

use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_workshop, Decoded, Workshop,
};
use samenwerkingsscan::domain::response::{Response, TeamName, TeamNameError, TEAM_NAME_MAX_CHARS};
use samenwerkingsscan::domain::text::{is_bidi_control, is_invisible};
use samenwerkingsscan::i18n::{ui, Text};

use TeamNameError::{BidiControl, Control, Empty, Invisible, TooLong};

fn ok(name: &str) -> Result<Option<TeamName>, TeamNameError> {
    Ok(Some(TeamName::new(name).unwrap()))
}

#[test]
fn input_table() {
    let sixty = "é".repeat(60);
    let sixty_one = "é".repeat(61);
    let invisible_61 = "\u{200B}".repeat(61);
    let cases: Vec<(&str, Result<Option<TeamName>, TeamNameError>)> = vec![
        // No name.
        ("", Ok(None)),
        ("   ", Ok(None)),
        ("\t \r\n\u{3000}\u{00A0}", Ok(None)),
        // Names, trimmed.
        ("Wijkteam Oost", ok("Wijkteam Oost")),
        ("  Team  Zuid \n", ok("Team  Zuid")),
        ("'s-Hertogenbosch", ok("'s-Hertogenbosch")),
        ("Zorg & Welzijn, \"Noord\"", ok("Zorg & Welzijn, \"Noord\"")),
        (
            "<img src=x onerror=alert(1)>",
            ok("<img src=x onerror=alert(1)>"),
        ),
        ("=1+1", ok("=1+1")),
        ("👩‍⚕️ Zorg", ok("👩‍⚕️ Zorg")),
        ("e\u{301}", ok("e\u{301}")),
        ("\u{200F}فريق الحي", ok("\u{200F}فريق الحي")),
        ("שלום\u{200E} 2", ok("שלום\u{200E} 2")),
        ("\u{200B}Team", ok("\u{200B}Team")),
        ("a", ok("a")),
        (&sixty, ok(&sixty)),
        // Control characters inside the name (at either end they are white space, trimmed).
        (
            "Team\tOost",
            Err(Control {
                position: 4,
                character: '\t',
            }),
        ),
        (
            "Team\nOost",
            Err(Control {
                position: 4,
                character: '\n',
            }),
        ),
        (
            "Team\r\nOost",
            Err(Control {
                position: 4,
                character: '\r',
            }),
        ),
        (
            "A\u{0}",
            Err(Control {
                position: 1,
                character: '\u{0}',
            }),
        ),
        (
            "A\u{7F}B",
            Err(Control {
                position: 1,
                character: '\u{7F}',
            }),
        ),
        (
            "A\u{85}B",
            Err(Control {
                position: 1,
                character: '\u{85}',
            }),
        ),
        (
            "\u{1B}[31mRood",
            Err(Control {
                position: 0,
                character: '\u{1B}',
            }),
        ),
        // Bidi embeddings, overrides and isolates.
        (
            "Team \u{202E}lageR",
            Err(BidiControl {
                position: 5,
                character: '\u{202E}',
            }),
        ),
        (
            "\u{202A}x",
            Err(BidiControl {
                position: 0,
                character: '\u{202A}',
            }),
        ),
        (
            "x\u{202B}",
            Err(BidiControl {
                position: 1,
                character: '\u{202B}',
            }),
        ),
        (
            "x\u{202C}",
            Err(BidiControl {
                position: 1,
                character: '\u{202C}',
            }),
        ),
        (
            "x\u{202D}",
            Err(BidiControl {
                position: 1,
                character: '\u{202D}',
            }),
        ),
        (
            "x\u{2066}",
            Err(BidiControl {
                position: 1,
                character: '\u{2066}',
            }),
        ),
        (
            "x\u{2067}",
            Err(BidiControl {
                position: 1,
                character: '\u{2067}',
            }),
        ),
        (
            "x\u{2068}y",
            Err(BidiControl {
                position: 1,
                character: '\u{2068}',
            }),
        ),
        (
            "x\u{2069}",
            Err(BidiControl {
                position: 1,
                character: '\u{2069}',
            }),
        ),
        // Invisible only.
        ("\u{200B}", Err(Invisible)),
        (" \u{200B} ", Err(Invisible)),
        (
            "\u{200B}\u{2060}\u{FEFF}\u{00AD}\u{200D}\u{200C}",
            Err(Invisible),
        ),
        ("\u{3164}", Err(Invisible)),
        ("\u{115F}\u{1160}", Err(Invisible)),
        ("\u{2800}\u{2800}", Err(Invisible)),
        ("\u{FE0F}", Err(Invisible)),
        ("\u{E0041}\u{E0042}", Err(Invisible)),
        ("\u{200E}\u{200F}", Err(Invisible)),
        ("\u{200B}\u{00A0}\u{200B}", Err(Invisible)),
        (&invisible_61, Err(Invisible)),
        // Too long.
        (&sixty_one, Err(TooLong { chars: 61 })),
    ];
    for (text, expected) in cases {
        assert_eq!(TeamName::parse_input(text), expected, "{text:?}");
        // Required: the same, with white space only an error.
        let required = match &expected {
            Ok(None) => Err(Empty),
            Ok(Some(name)) => Ok(name.clone()),
            Err(e) => Err(*e),
        };
        assert_eq!(TeamName::parse_required(text), required, "{text:?}");
    }
}

#[test]
fn from_input_refuses_what_parse_input_refuses_and_still_cuts() {
    assert_eq!(TeamName::from_input("Team \u{202E}x"), None);
    assert_eq!(TeamName::from_input("Team\u{0}"), None);
    assert_eq!(TeamName::from_input("\u{200B}\u{200B}"), None);
    assert_eq!(TeamName::from_input(" "), None);
    assert_eq!(
        TeamName::from_input(&"x".repeat(70)).unwrap().as_str(),
        "x".repeat(60)
    );
    assert_eq!(
        TeamName::from_input("  Wijkteam Oost ").unwrap().as_str(),
        "Wijkteam Oost"
    );
}

/// What input refuses, the link still carries: a name from an old link opens.
#[test]
fn the_link_decoder_stays_lenient() {
    for text in [
        "Team\tOost",
        "Team \u{202E}lageR",
        "\u{2066}x\u{2069}",
        "\u{200B}",
        "\u{3164}",
        "a\u{0}b",
    ] {
        assert!(TeamName::parse_input(text).is_err(), "{text:?}");
        let name = TeamName::new(text).unwrap();
        let link = encode_response(&Response::default(), Some(&name));
        let Ok(Decoded::Response(shared)) = decode(&link) else {
            panic!("{text:?}: {link}");
        };
        assert_eq!(shared.team_name, Some(name.clone()));
        let workshop = Workshop {
            team_name: Some(name.clone()),
            ..Workshop::default()
        };
        let Ok(Decoded::Workshop(w)) = decode(&encode_workshop(&workshop)) else {
            panic!("{text:?}");
        };
        assert_eq!(w.team_name, Some(name));
    }
}

/// Random text from every corner of Unicode: the result always agrees with its reason.
#[test]
fn parse_input_over_random_text() {
    let mut rng = common::Rng::new(0x7EA);
    let pools: [(u32, u32); 8] = [
        (0x20, 0x7E),
        (0x00, 0x20),
        (0x80, 0x24F),
        (0x590, 0x6FF),
        (0x2000, 0x206F),
        (0xFE00, 0xFEFF),
        (0x0, 0x10FFFF),
        (0x200B, 0x200D),
    ];
    let mut counts = [0usize; 6];
    for case in 0..100_000 {
        let len = rng.below(70) as usize;
        // Mostly one or two pools per text, so that every outcome is reached.
        let mine = [
            rng.below(pools.len() as u64) as usize,
            rng.below(pools.len() as u64) as usize,
        ];
        let text: String = (0..len)
            .map(|_| loop {
                let (lo, hi) = pools[mine[usize::from(rng.below(8) == 0)]];
                let c = lo + rng.below(u64::from(hi - lo + 1)) as u32;
                if let Some(c) = char::from_u32(c) {
                    break c;
                }
            })
            .collect();
        let trimmed = text.trim();
        match TeamName::parse_input(&text) {
            Ok(None) => {
                counts[0] += 1;
                assert!(trimmed.is_empty(), "case {case}");
            }
            Ok(Some(name)) => {
                counts[1] += 1;
                assert_eq!(name.as_str(), trimmed, "case {case}");
                assert!(!trimmed
                    .chars()
                    .any(|c| c.is_control() || is_bidi_control(c)));
                assert!(trimmed.chars().any(|c| !is_invisible(c)), "case {case}");
                assert!(trimmed.chars().count() <= TEAM_NAME_MAX_CHARS);
                // Strict input is a part of what the lenient decoder reads.
                assert_eq!(TeamName::new(&text), Ok(name), "case {case}");
            }
            Err(Control {
                position,
                character,
            }) => {
                counts[2] += 1;
                assert!(character.is_control());
                let chars: Vec<char> = trimmed.chars().collect();
                assert_eq!(chars[position], character, "case {case}");
                // The first refused character.
                assert!(!chars[..position]
                    .iter()
                    .any(|&c| c.is_control() || is_bidi_control(c)));
            }
            Err(BidiControl {
                position,
                character,
            }) => {
                counts[3] += 1;
                assert!(is_bidi_control(character));
                let chars: Vec<char> = trimmed.chars().collect();
                assert_eq!(chars[position], character, "case {case}");
                assert!(!chars[..position]
                    .iter()
                    .any(|&c| c.is_control() || is_bidi_control(c)));
            }
            Err(Invisible) => {
                counts[4] += 1;
                assert!(!trimmed.is_empty());
                assert!(trimmed
                    .chars()
                    .all(|c| is_invisible(c) && !c.is_control() && !is_bidi_control(c)));
            }
            Err(TooLong { chars }) => {
                counts[5] += 1;
                assert_eq!(chars, trimmed.chars().count());
                assert!(chars > TEAM_NAME_MAX_CHARS);
            }
            Err(Empty) => panic!("case {case}: Empty is for parse_required only"),
        }
    }
    // Every outcome is reached.
    assert!(counts.iter().all(|&n| n > 20), "{counts:?}");
}

/// A message for every error, Dutch first, both filled in.
#[test]
fn every_error_has_a_message() {
    let messages: [(TeamNameError, Text); 5] = [
        (Empty, ui::TEAM_NAME_REQUIRED),
        (TooLong { chars: 61 }, ui::TEAM_NAME_TOO_LONG),
        (
            Control {
                position: 0,
                character: '\t',
            },
            ui::TEAM_NAME_CONTROL,
        ),
        (
            BidiControl {
                position: 0,
                character: '\u{202E}',
            },
            ui::TEAM_NAME_BIDI,
        ),
        (Invisible, ui::TEAM_NAME_INVISIBLE),
    ];
    for (error, text) in messages {
        assert!(!text.nl.is_empty() && !text.en.is_empty(), "{error:?}");
        assert_ne!(text.nl, text.en, "{error:?}");
        assert!(
            text.nl.ends_with('.') && text.en.ends_with('.'),
            "{error:?}"
        );
    }
    assert!(ui::TEAM_NAME_TOO_LONG.nl.contains("60"));
    assert!(ui::TEAM_NAME_TOO_LONG.en.contains("60"));
}
