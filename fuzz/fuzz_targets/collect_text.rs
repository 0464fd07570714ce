//! Collects result links out of arbitrary text (src/domain/collect.rs), as pasted by a
//! facilitator. It must never panic; it never takes more than MAX_TEAM_RESPONSES responses or
//! keeps more than MAX_PROBLEMS problems; every problem's excerpt is a cut candidate (`v…` in the
//! link alphabet); and a text read in two pastes, split at a blank line, gives what it gives when
//! read at once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samenwerkingsscan::domain::collect::{collect, EXCERPT_CHARS, MAX_PROBLEMS};
use samenwerkingsscan::domain::link::MAX_TEAM_RESPONSES;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let collected = collect(&text);
    assert!(collected.responses.len() <= MAX_TEAM_RESPONSES);
    assert!(collected.problems.len() <= MAX_PROBLEMS);
    for problem in &collected.problems {
        let body = problem
            .excerpt
            .strip_suffix('…')
            .unwrap_or(&problem.excerpt);
        assert!(
            body.starts_with('v') && body.len() <= EXCERPT_CHARS,
            "{problem:?}"
        );
        assert!(
            body.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{problem:?}"
        );
    }
    if let Some(i) = text.find("\n\n") {
        let mut parts = collect(&text[..i]);
        parts.add(&text[i + 2..]);
        assert_eq!(parts, collected);
    }
});
