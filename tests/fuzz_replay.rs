//! The `decode_link` fuzz target's check, natively and without fuzzing (issue 21): over every
//! input of its seed corpus (the golden links, valid and invalid, of versions 1-3, as
//! scripts/fuzz.sh writes them), over every file of `fuzz/corpus/decode_link/` and
//! `fuzz/artifacts/decode_link/` where a `make fuzz` left them, and over seeded random inputs
//! near valid links.

mod common;

#[path = "../fuzz/fuzz_targets/decode_link_check.rs"]
mod decode_link_check;

use common::Rng;
use decode_link_check::check;
use samenwerkingsscan::domain::link::decode;

/// The seed corpus: the link of every golden line, as scripts/fuzz.sh seeds it.
fn seeds() -> Vec<String> {
    let valid = [
        include_str!("golden/links_v1.txt"),
        include_str!("golden/links_v2.txt"),
        include_str!("golden/links_v3.txt"),
    ];
    let invalid = [
        include_str!("golden/links_invalid_v1.tsv"),
        include_str!("golden/links_invalid_v2.tsv"),
        include_str!("golden/links_invalid_v3.tsv"),
    ];
    let mut out: Vec<String> = valid
        .iter()
        .flat_map(|f| f.lines())
        .filter_map(|l| l.strip_prefix("link\t"))
        .map(|l| l.split('\t').next().unwrap_or(l).to_owned())
        .collect();
    out.extend(
        invalid
            .iter()
            .flat_map(|f| f.lines())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.splitn(3, '\t').nth(2).map(str::to_owned)),
    );
    out
}

#[test]
fn the_seed_corpus_and_any_local_corpus_pass_the_check() {
    let seeds = seeds();
    let valid = seeds.iter().filter(|s| decode(s).is_ok()).count();
    // Every golden link of versions 1-3 (16 + 6 + 13), and the invalid tables.
    assert_eq!(valid, 35, "the valid golden links");
    assert!(seeds.len() > 100, "{} seeds", seeds.len());
    for seed in &seeds {
        check(seed.as_bytes());
    }
    let mut files = 0;
    for dir in ["fuzz/corpus/decode_link", "fuzz/artifacts/decode_link"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let Ok(entries) = std::fs::read_dir(&path) else {
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(data) = std::fs::read(entry.path()) {
                check(&data);
                files += 1;
            }
        }
    }
    eprintln!("replayed {} seeds and {files} corpus files", seeds.len());
}

/// Random inputs near valid links: a golden link with characters changed, cut, doubled or
/// inserted, and random runs of the link alphabet behind a version prefix.
#[test]
fn random_inputs_near_valid_links_pass_the_check() {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let seeds: Vec<String> = seeds().into_iter().filter(|s| decode(s).is_ok()).collect();
    let mut rng = Rng::new(0xF022);
    let mut accepted = 0;
    for _ in 0..20_000 {
        let mut bytes = seeds[rng.below(seeds.len() as u64) as usize]
            .as_bytes()
            .to_vec();
        for _ in 0..=rng.below(3) {
            let at = rng.below(bytes.len() as u64 + 1) as usize;
            let c = ALPHABET[rng.below(64) as usize];
            match rng.below(6) {
                0 if at < bytes.len() => bytes[at] = c,
                1 => bytes.insert(at, c),
                2 if at < bytes.len() => {
                    bytes.remove(at);
                }
                3 => bytes.truncate(at),
                4 => {
                    let tail = bytes[at..].to_vec();
                    bytes.extend(tail);
                }
                _ => bytes.insert(at, rng.below(256) as u8),
            }
        }
        check(&bytes);
        accepted += usize::from(decode(&String::from_utf8_lossy(&bytes)).is_ok());
        let prefix = ["v1r", "v1t", "v2t", "v3t", "v1w", "v3", "#v3t"][rng.below(7) as usize];
        let mut random = prefix.as_bytes().to_vec();
        for _ in 0..rng.below(120) {
            random.push(ALPHABET[rng.below(64) as usize]);
        }
        check(&random);
    }
    // Some mutations still decode (a character in an unused place, a doubled link cut back):
    // the re-encoding half of the check ran too.
    eprintln!("{accepted} mutated inputs decoded");
}
