//! Shared by the native test files: the golden answer sets and a small seeded PRNG (so the
//! property tests are reproducible without a dependency).
#![allow(dead_code)]

pub mod frames;

use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::instrument::{Answer, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::response::Response;

/// One row of tests/golden/answer_sets.txt.
pub struct GoldenSet {
    pub name: String,
    pub response: Response,
    pub now_model: Option<u8>,
    pub desired_model: Option<u8>,
    /// (dimension id, gap), in the expected order.
    pub priorities: Vec<(u8, i8)>,
}

fn answers(digits: &str) -> [Answer; DIMENSION_COUNT] {
    let codes: Vec<Answer> = digits
        .bytes()
        .map(|b| Answer::from_code(b - b'0').expect("digit 0-5"))
        .collect();
    codes.try_into().expect("14 answers")
}

fn model(field: &str) -> Option<u8> {
    (field != "-").then(|| field.parse().expect("model"))
}

pub fn golden_sets() -> Vec<GoldenSet> {
    let text = include_str!("../golden/answer_sets.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(f.len(), 7, "bad golden line: {line}");
            let priorities = if f[6] == "-" {
                Vec::new()
            } else {
                f[6].split(',')
                    .map(|p| {
                        let (id, gap) = p.split_once(':').expect("id:gap");
                        (id.parse().unwrap(), gap.parse().unwrap())
                    })
                    .collect()
            };
            GoldenSet {
                name: f[0].to_owned(),
                response: Response {
                    now: answers(f[1]),
                    desired: answers(f[2]),
                    role: RoleGroup::from_id(f[3].parse().unwrap()),
                },
                now_model: model(f[4]),
                desired_model: model(f[5]),
                priorities,
            }
        })
        .collect()
}

pub fn golden(name: &str) -> Response {
    golden_sets()
        .into_iter()
        .find(|g| g.name == name)
        .unwrap_or_else(|| panic!("no golden set {name}"))
        .response
}

/// SplitMix64: tiny, seeded, good enough to spread test inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    pub fn answer(&mut self, dont_know_weight: u64) -> Answer {
        let r = self.below(5 + dont_know_weight);
        Answer::from_code(if r >= 5 { 0 } else { r as u8 + 1 }).unwrap()
    }

    pub fn response(&mut self) -> Response {
        let dk = self.below(6);
        Response {
            now: std::array::from_fn(|_| self.answer(dk)),
            desired: std::array::from_fn(|_| self.answer(dk)),
            role: RoleGroup::from_id(self.below(8) as u8),
        }
    }
}

/// Issue 13's length example: five agreements of exactly 100 characters of Dutch text (accented
/// letters take two bytes), on dimensions 1, 4, 7, 10 and 13, each with the longest owner and
/// due a facilitator is likely to type.
pub fn five_agreements_of_100_characters() -> Agreements {
    let texts = [
        "We plannen elk kwartaal één casusoverleg met wijkteam, UWV en schuldhulp, en evalueren daarna samen.",
        "Bij nieuwe cliënten vragen we toestemming om gegevens te delen, zodat niemand zijn verhaal herhaalt.",
        "Eén vast aanspreekpunt per gezin: dat staat in het dossier, iedereen in het netwerk weet wie dat is.",
        "We maken een gedeelde sociale kaart van de wijk en houden die bij tijdens het maandelijkse overleg!!",
        "Doelen per gezin formuleren we samen met het gezin, in begrijpelijke taal, en we checken ze elk half",
    ];
    let mut agreements = Agreements::default();
    for (i, text) in texts.into_iter().enumerate() {
        assert_eq!(text.chars().count(), 100, "{text}");
        agreements.set(i * 3, AgreementField::Text, text.into());
        agreements.set(
            i * 3,
            AgreementField::Owner,
            "Fatima El Amrani-Brouwér".into(),
        );
        agreements.set(
            i * 3,
            AgreementField::Due,
            "vóór de evaluatie in juni".into(),
        );
    }
    agreements
}

// Independent of the codec: a bit-by-bit CRC-24/OpenPGP and sextet numbers, to craft links with
// correct checksums around wrong values (tests/link_golden.rs, link_golden_v3.rs, link_counts.rs).

/// The link alphabet, in sextet order.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// CRC-24/OpenPGP, bit by bit.
pub fn crc24(bytes: &[u8]) -> u32 {
    let mut crc: u32 = 0xB704CE;
    for &b in bytes {
        crc ^= u32::from(b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc
}

/// `value` as `chars` sextets, most significant first.
pub fn number(value: u128, chars: usize) -> String {
    (0..chars)
        .rev()
        .map(|i| char::from(ALPHABET[((value >> (6 * i)) & 63) as usize]))
        .collect()
}

/// `body` with its checksum appended: a link as every version ends.
pub fn seal(body: &str) -> String {
    format!("{body}{}", number(u128::from(crc24(body.as_bytes())), 4))
}

/// What a link carries of `agreements`, as the decoder gives it back (the valid ones, trimmed).
pub fn carried(agreements: &Agreements) -> Agreements {
    let mut out = Agreements::default();
    for (index, agreement) in agreements.for_link() {
        for field in AgreementField::ALL {
            out.set(index, field, agreement.field(field).to_owned());
        }
    }
    out
}
