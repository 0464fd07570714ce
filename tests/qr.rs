//! Round trip of the QR encoder through a real decoder (rqrr): what the app
//! shows must scan back to exactly the link it encodes.
//!
//! Native only: the decoder round trips are slow in a browser and prove the
//! same thing there.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use samenwerkingsscan::qr::{Ecc, QrCode};

/// Characters that appear in the app's share links after the prefix.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const PREFIX: &[u8] = b"https://example.org/scan/#v1r";

/// Tiny deterministic PRNG (xorshift64*), so the tests need no `rand`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A link-like ASCII string of exactly `len` bytes.
fn link(len: usize, rng: &mut Rng) -> Vec<u8> {
    let mut v: Vec<u8> = PREFIX.iter().copied().take(len).collect();
    while v.len() < len {
        v.push(ALPHABET[rng.below(ALPHABET.len())]);
    }
    v
}

fn version(q: &QrCode) -> usize {
    (q.size() - 17) / 4
}

/// Renders with a 4-module quiet zone at 4 px per module and decodes:
/// (version, format-coded ECC level, payload).
fn decode(q: &QrCode) -> (usize, u16, Vec<u8>) {
    const SCALE: usize = 4;
    const BORDER: usize = 4;
    let dim = (q.size() + 2 * BORDER) * SCALE;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(dim, dim, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let dark = mx >= BORDER && my >= BORDER && q.get(mx - BORDER, my - BORDER);
        if dark {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "expected exactly one QR code");
    let mut out = Vec::new();
    let meta = grids[0].decode_to(&mut out).expect("decodes");
    (meta.version.0, meta.ecc_level, out)
}

/// Format-information code of a level (what the decoder reports).
fn ecc_code(ecc: Ecc) -> u16 {
    match ecc {
        Ecc::L => 1,
        Ecc::M => 0,
        Ecc::Q => 3,
        Ecc::H => 2,
    }
}

fn round_trip(data: &[u8], ecc: Ecc) -> QrCode {
    let q = QrCode::encode(data, ecc).expect("fits");
    assert_eq!(q.size() % 4, 1);
    let (ver, level, out) = decode(&q);
    assert_eq!(ver, version(&q), "version, {} bytes", data.len());
    assert_eq!(level, ecc_code(ecc), "level, {} bytes", data.len());
    assert!(
        out == data,
        "payload differs, {} bytes at {ecc:?}",
        data.len()
    );
    q
}

#[test]
fn round_trips_link_lengths_at_l_and_m() {
    let mut rng = Rng(0x5EED_0001);
    for len in [1, 20, 22, 100, 300, 600, 1200, 2000] {
        let data = link(len, &mut rng);
        for ecc in [Ecc::L, Ecc::M] {
            // M holds at most 2331 bytes (version 40), L 2953.
            match QrCode::encode(&data, ecc) {
                Some(_) => {
                    round_trip(&data, ecc);
                }
                None => assert!(ecc == Ecc::M && len > 2331, "{len} at {ecc:?}"),
            }
        }
    }
}

/// Byte-mode capacity per version (L, M, Q, H), from the standard's table
/// of data capacities: an independent check of the block tables.
const CAPACITY: [[usize; 4]; 40] = [
    [17, 14, 11, 7],
    [32, 26, 20, 14],
    [53, 42, 32, 24],
    [78, 62, 46, 34],
    [106, 84, 60, 44],
    [134, 106, 74, 58],
    [154, 122, 86, 64],
    [192, 152, 108, 84],
    [230, 180, 130, 98],
    [271, 213, 151, 119],
    [321, 251, 177, 137],
    [367, 287, 203, 155],
    [425, 331, 241, 177],
    [458, 362, 258, 194],
    [520, 412, 292, 220],
    [586, 450, 322, 250],
    [644, 504, 364, 280],
    [718, 560, 394, 310],
    [792, 624, 442, 338],
    [858, 666, 482, 382],
    [929, 711, 509, 403],
    [1003, 779, 565, 439],
    [1091, 857, 611, 461],
    [1171, 911, 661, 511],
    [1273, 997, 715, 535],
    [1367, 1059, 751, 593],
    [1465, 1125, 805, 625],
    [1528, 1190, 868, 658],
    [1628, 1264, 908, 698],
    [1732, 1370, 982, 742],
    [1840, 1452, 1030, 790],
    [1952, 1538, 1112, 842],
    [2068, 1628, 1168, 898],
    [2188, 1722, 1228, 958],
    [2303, 1809, 1283, 983],
    [2431, 1911, 1351, 1051],
    [2563, 1989, 1423, 1093],
    [2699, 2099, 1499, 1139],
    [2809, 2213, 1579, 1219],
    [2953, 2331, 1663, 1273],
];

#[test]
fn every_version_and_level_at_capacity() {
    // A full payload uses every data codeword: covers every row of the block
    // tables and the interleaving of unequal blocks.
    let mut rng = Rng(0x5EED_0002);
    let levels = [Ecc::L, Ecc::M, Ecc::Q, Ecc::H];
    for (v, caps) in (1..=40).zip(CAPACITY) {
        for (ecc, cap) in levels.into_iter().zip(caps) {
            let over = QrCode::encode(&vec![b'a'; cap + 1], ecc).map(|q| version(&q));
            assert_eq!(over, (v < 40).then_some(v + 1), "{} at {ecc:?}", cap + 1);
            // Decode each version at one level (rotating), and versions 1, 2
            // and 7 (the first with version information) at all levels.
            if v <= 2 || v == 7 || v % 4 == ecc as usize {
                let q = round_trip(&link(cap, &mut rng), ecc);
                assert_eq!(version(&q), v, "{cap} at {ecc:?}");
            } else {
                let q = QrCode::encode(&vec![b'a'; cap], ecc).expect("fits");
                assert_eq!(version(&q), v, "{cap} at {ecc:?}");
            }
        }
    }
}

#[test]
fn golden_short_link_at_m() {
    let data = b"https://example.org/#v1rAA";
    let q = round_trip(data, Ecc::M);
    // 26 bytes: 4 + 8 + 208 = 220 bits = 28 codewords after padding;
    // version 1-M holds 16 data codewords, version 2-M exactly 28.
    assert_eq!(version(&q), 2);
    assert_eq!(q.size(), 25);
    // Deterministic: same input, same symbol.
    assert_eq!(QrCode::encode(data, Ecc::M), Some(q));
}

#[test]
fn random_lengths_at_l_decode_or_none() {
    let mut rng = Rng(0x5EED_0003);
    for _ in 0..12 {
        let len = 1 + rng.below(2953);
        round_trip(&link(len, &mut rng), Ecc::L);
    }
    for len in [2953, 2954, 3000, 10_000, 70_000] {
        let data = link(len, &mut rng);
        match QrCode::encode(&data, Ecc::L) {
            Some(_) => {
                assert_eq!(len, 2953);
                round_trip(&data, Ecc::L);
            }
            None => assert!(len > 2953),
        }
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = Rng(0x5EED_0004);
    for _ in 0..40 {
        let len = rng.below(3100);
        let data: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        for ecc in [Ecc::L, Ecc::M, Ecc::Q, Ecc::H] {
            if let Some(q) = QrCode::encode(&data, ecc) {
                assert!((21..=177).contains(&q.size()));
                assert!(!q.get(q.size(), 0) && !q.get(0, usize::MAX));
            }
        }
    }
    let binary: Vec<u8> = (0..=255).collect();
    round_trip(&binary, Ecc::Q);
}

#[test]
fn svg_path_syntax() {
    let q = QrCode::encode(b"https://example.org/#v1rAA", Ecc::M).unwrap();
    let d = q.svg_path(4);
    assert!(d.starts_with("M4,4h7v1h-7z"), "{d}");
    assert!(d
        .bytes()
        .all(|c| matches!(c, b'M' | b'h' | b'v' | b'z' | b',' | b'-' | b'0'..=b'9')));
    // Every run is a closed 4-command rectangle; their widths add up to the
    // number of dark modules.
    let n = q.size();
    let dark = (0..n * n).filter(|&i| q.get(i % n, i / n)).count();
    let mut sum = 0;
    for run in d.split('z').filter(|r| !r.is_empty()) {
        let w: usize = run
            .split('h')
            .nth(1)
            .unwrap()
            .split('v')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(run.ends_with(&format!("v1h-{w}")), "{run}");
        sum += w;
    }
    assert_eq!(sum, dark);
    // Runs never go outside the viewBox.
    for run in d.split('z').filter(|r| !r.is_empty()) {
        let xy = run[1..].split('h').next().unwrap();
        let (x, y) = xy.split_once(',').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let w: usize = run
            .split('h')
            .nth(1)
            .unwrap()
            .split('v')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(x >= 4 && y >= 4 && x + w <= n + 4 && y < n + 4, "{run}");
    }
}

/// The address of a team link with agreements, as the app draws it: an origin and path of 60
/// characters (the `#` included), then the link.
#[test]
fn a_team_link_with_agreements_fits_a_qr_code_at_m() {
    use samenwerkingsscan::domain::link::encode_team_with;
    use samenwerkingsscan::domain::response::{Response, TeamName};

    let agreements = common::five_agreements_of_100_characters();
    let mut rng = common::Rng::new(0x5EED_0005);
    let twelve: Vec<Response> = (0..12).map(|_| rng.response()).collect();
    let name = TeamName::new("Sociaal team Zuid – Werk & Inkomen").unwrap();
    let link = encode_team_with(&twelve, Some(&name), &agreements).unwrap();
    let origin = "https://samenwerkingsscan.example.nl/scan/wijkteams/zuid/#";
    let origin = format!("{}{origin}", "x".repeat(60 - origin.len()));
    assert_eq!(origin.len(), 60);
    let url = format!("{origin}{link}");
    // What the app does (components/qr_code.rs): M, and L only when M does not fit.
    let q = round_trip(url.as_bytes(), Ecc::M);
    assert!(version(&q) <= 30, "version {}", version(&q));
    println!(
        "{} link characters, {} in the address: version {} at M ({} modules)",
        link.len(),
        url.len(),
        version(&q),
        q.size()
    );

    // The most link characters behind such an origin: 2,331 bytes at M, 2,953 at L.
    let most_m = CAPACITY[39][1] - origin.len();
    let most_l = CAPACITY[39][0] - origin.len();
    assert_eq!((most_m, most_l), (2271, 2893));
    let longest = |chars: usize| format!("{origin}{}", "A".repeat(chars));
    assert!(QrCode::encode(longest(most_m).as_bytes(), Ecc::M).is_some());
    assert!(QrCode::encode(longest(most_m + 1).as_bytes(), Ecc::M).is_none());
    assert!(QrCode::encode(longest(most_l).as_bytes(), Ecc::L).is_some());
    assert!(QrCode::encode(longest(most_l + 1).as_bytes(), Ecc::L).is_none());
}
