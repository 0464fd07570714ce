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
#![no_main]

use libfuzzer_sys::fuzz_target;

// The check itself, shared with the native replay of the corpus (tests/fuzz_replay.rs).
#[path = "decode_link_check.rs"]
mod decode_link_check;

fuzz_target!(|data: &[u8]| decode_link_check::check(data));
