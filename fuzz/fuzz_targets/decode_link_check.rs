//! The check of the `decode_link` fuzz target, apart from libFuzzer so that `make test` replays
//! the target's corpus with it natively (`tests/fuzz_replay.rs`) without fuzzing.
//!
//! Decodes arbitrary bytes as a share link. The decoder must never panic; whatever it accepts
//! must re-encode to a link that decodes to the same value. And a link it accepts is canonical
//! up to the order of a team's responses: re-encoding gives the same text (less the `#` and the
//! white space around it), or for a team (version 1, or version 2 with its agreements, both
//! re-encoded with `encode_team_with`) the same header, the same blocks, sorted, and the same
//! agreements. A version 3 team link of counts re-encodes (`encode_team_counts`) to exactly the
//! input, or, when it held optional sections of a newer version that the decoder skipped, to the
//! input without them; either way the re-encoded link decodes to the same counts.
//!
//! The input also goes through `repair_address` (issue 14: links carried by mail and chat), as
//! an address of its own, as the fragment of an address, and behind a `%23` in a query with
//! `&amp;`: no panic; a repair changes something, never lengthens the address, is final
//! (repairing again gives nothing), keeps a fragment that decoded decoding to the same value,
//! and takes its fragment from the input as it stands.
use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, encode_team_counts, encode_team_with, encode_workshop,
    Decoded, SharedCounts, RESPONSE_CHARS,
};
use samenwerkingsscan::domain::repair::repair_address;

const CHECKSUM_CHARS: usize = 4;

/// Panics when the decoder or a repair breaks one of the rules in the module docs.
pub fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    check_repair(&text);
    let Ok(decoded) = decode(&text) else {
        return;
    };
    let input = text.trim_ascii();
    let input = input.strip_prefix('#').unwrap_or(input);
    match &decoded {
        Decoded::Response(r) => {
            let canonical = encode_response(&r.response, r.team_name.as_ref());
            assert_eq!(decode(&canonical).as_ref(), Ok(&decoded), "{canonical}");
            assert_eq!(input, canonical);
        }
        Decoded::Workshop(w) => {
            let canonical = encode_workshop(w);
            assert_eq!(decode(&canonical).as_ref(), Ok(&decoded), "{canonical}");
            assert_eq!(input, canonical);
        }
        Decoded::TeamCounts(c) => {
            let canonical = encode_team_counts(&c.counts, c.team_name.as_ref(), &c.agreements)
                .expect("decoded counts re-encode");
            let expected = Decoded::TeamCounts(SharedCounts {
                unread_sections: 0,
                ..c.clone()
            });
            assert_eq!(decode(&canonical), Ok(expected), "{canonical}");
            if c.unread_sections == 0 {
                assert_eq!(input, canonical);
            } else {
                // The skipped sections stood after everything this version writes.
                let kept = &canonical[..canonical.len() - CHECKSUM_CHARS];
                assert!(input.len() > canonical.len() && input.starts_with(kept));
            }
        }
        Decoded::Team(t) => {
            let canonical = encode_team_with(&t.responses, t.team_name.as_ref(), &t.agreements)
                .expect("a decoded team re-encodes");
            assert_eq!(decode(&canonical).as_ref(), Ok(&decoded), "{canonical}");
            assert_eq!(input.len(), canonical.len());
            if t.agreements.is_empty() {
                // Version 1: exactly what encode_team always wrote.
                let v1 = encode_team(&t.responses, t.team_name.as_ref());
                assert_eq!(v1.as_ref(), Ok(&canonical));
            }
            // `v1t`/`v2t`, NN, NAME, KK: the same length either way.
            let name_bytes = t.team_name.as_ref().map_or(0, |n| n.as_str().len());
            let header = 3 + 2 + (name_bytes * 4).div_ceil(3) + 2;
            let blocks_end = header + t.responses.len() * RESPONSE_CHARS;
            assert_eq!(input[..header], canonical[..header]);
            // The agreements (empty in version 1) follow the blocks, in their one order.
            let checksum = canonical.len() - CHECKSUM_CHARS;
            assert_eq!(input[blocks_end..checksum], canonical[blocks_end..checksum]);
            let mut blocks: Vec<&str> = (header..blocks_end)
                .step_by(RESPONSE_CHARS)
                .map(|i| &input[i..i + RESPONSE_CHARS])
                .collect();
            let canonical_blocks: Vec<&str> = (header..blocks_end)
                .step_by(RESPONSE_CHARS)
                .map(|i| &canonical[i..i + RESPONSE_CHARS])
                .collect();
            // The blocks sort by value; in this alphabet that is not the order of the text.
            blocks.sort_by_key(|b| value(b));
            assert_eq!(blocks, canonical_blocks);
        }
    }
}

/// The fragment as a browser reads it: after the first `#`.
fn fragment(href: &str) -> Option<&str> {
    href.split_once('#').map(|(_, f)| f)
}

fn check_repair(text: &str) {
    for href in [
        text.to_owned(),
        format!("https://x.nl/scan/#{text}"),
        format!("https://x.nl/scan/?lang=en&amp;start=1%23{text}"),
    ] {
        let before = fragment(&href).map(decode);
        let Some(repaired) = repair_address(&href) else {
            continue;
        };
        assert_ne!(repaired, href);
        assert!(repaired.len() <= href.len(), "{href:?} -> {repaired:?}");
        assert_eq!(repair_address(&repaired), None, "{href:?} -> {repaired:?}");
        let after_fragment = fragment(&repaired).unwrap_or("");
        assert!(href.contains(after_fragment), "{href:?} -> {repaired:?}");
        let after = decode(after_fragment);
        if let Some(Ok(value)) = before {
            assert_eq!(after, Ok(value), "{href:?} -> {repaired:?}");
        }
    }
}

fn value(block: &str) -> u128 {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    block.bytes().fold(0, |acc, b| {
        let digit = ALPHABET.iter().position(|&a| a == b).expect("alphabet");
        acc * 64 + digit as u128
    })
}
