//! Reads arbitrary bytes as the query string of an embedded widget's URL. The options parser
//! must never panic, and whatever it accepts must be valid and canonical: an accent that is
//! `#rrggbb` with a readable text colour, a team name of 1 to 60 characters with no white space
//! around it, a host that is a bare http(s) origin; the options read back identically from
//! their own query; and `ready`/`finished` never go anywhere but to that host.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samenwerkingsscan::embed::{EmbedOptions, Message};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let options = EmbedOptions::from_query(&text);

    if let Some(accent) = options.accent {
        let css = accent.css();
        assert_eq!(css.len(), 7, "{css}");
        assert!(css.starts_with('#'));
        assert!(css[1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert!(["#000000", "#ffffff"].contains(&accent.readable_text()));
    }
    if let Some(team) = &options.team_name {
        let name = team.as_str();
        assert!((1..=60).contains(&name.chars().count()), "{name:?}");
        assert_eq!(name.trim(), name);
    }
    if let Some(host) = &options.host_origin {
        let rest = host
            .strip_prefix("https://")
            .or_else(|| host.strip_prefix("http://"))
            .unwrap_or_else(|| panic!("not http(s): {host:?}"));
        assert!(!rest.is_empty());
        assert!(
            rest.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.:".contains(&b)),
            "{host:?}"
        );
    }

    let canonical = options.to_query();
    assert_eq!(EmbedOptions::from_query(&canonical), options, "{canonical}");

    for message in [
        Message::Resize { height: 600 },
        Message::Ready,
        Message::Finished {
            link: "https://scan.example/#v1r".to_owned(),
        },
    ] {
        match options.target_origin(&message) {
            Some("*") => assert!(matches!(message, Message::Resize { .. })),
            Some(target) => assert_eq!(Some(target), options.host_origin.as_deref()),
            None => assert!(!matches!(message, Message::Resize { .. })),
        }
        if !matches!(message, Message::Resize { .. }) && options.target_origin(&message).is_some() {
            assert!(options.events && options.host_origin.is_some());
        }
    }
});
