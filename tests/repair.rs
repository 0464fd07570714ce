//! Links survive the programs that carry them (issue 14 §2): `repair_address` undoes what mail
//! and chat did to a link's address, and never turns a damaged link into a valid result.

mod common;

use common::Rng;
use samenwerkingsscan::domain::instrument::{Lang, RoleGroup};
use samenwerkingsscan::domain::link::{
    decode, encode_response, encode_team, encode_workshop, Decoded, LinkError, Workshop,
};
use samenwerkingsscan::domain::repair::repair_address;
use samenwerkingsscan::domain::response::TeamName;

const LINK: &str = "v1rAAHroX0an9A5uohaOdl";
const BASE: &str = "https://x.nl/scan/";

const BASES: [&str; 7] = [
    "https://x.nl/scan/",
    "https://www.voorbeeldstad.nl/samenwerkingsscan/index.html",
    "http://localhost:8080/",
    "https://x.nl/scan/?lang=en",
    "https://x.nl/scan/?lang=en&start=1",
    "https://x.nl/?a=1&b=2&c=3",
    "https://gemeente.example/sociaal-domein/scan/?embed=1&lang=nl&team=Oost",
];

/// What chat and mail stick to the end of a link, raw and escaped.
const JUNK: [&str; 30] = [
    ".",
    ")",
    ">",
    ",",
    "'",
    "\"",
    ";",
    "!",
    "?",
    "]",
    " ",
    "&gt;",
    "&GT;",
    "%3E",
    "%3e",
    "%22",
    "%20",
    "%29",
    "%2E",
    "%5D",
    "&quot;",
    "&#39;",
    "&apos;",
    "&amp;",
    "&nbsp;",
    "”",
    "»",
    "%E2%80%9D",
    "\u{00A0}",
    "\n",
];

/// The fragment of an address, without the `#`.
fn fragment(href: &str) -> &str {
    href.split_once('#').map_or("", |(_, f)| f)
}

/// What the app would open: the repaired address's fragment, decoded.
fn open(href: &str) -> Result<Decoded, LinkError> {
    let repaired = repair_address(href).unwrap_or_else(|| href.to_owned());
    decode(fragment(&repaired))
}

#[test]
fn golden_repairs() {
    let intact = format!("{BASE}#{LINK}");
    let repaired = |s: &str| Some(s.to_owned());
    let cases: Vec<(String, Option<String>)> = vec![
        // Nothing to repair.
        (intact.clone(), None),
        (BASE.to_owned(), None),
        (format!("{BASE}#"), None),
        (format!("{BASE}?lang=en#{LINK}"), None),
        // Punctuation and escapes at the end.
        (format!("{intact}."), repaired(&intact)),
        (format!("{intact})"), repaired(&intact)),
        (format!("{intact}>"), repaired(&intact)),
        (format!("{intact},"), repaired(&intact)),
        (format!("{intact}'"), repaired(&intact)),
        (format!("{intact}\""), repaired(&intact)),
        (format!("{intact};"), repaired(&intact)),
        (format!("{intact}!"), repaired(&intact)),
        (format!("{intact}?"), repaired(&intact)),
        (format!("{intact}]"), repaired(&intact)),
        (format!("{intact})."), repaired(&intact)),
        (format!("{intact}&gt;"), repaired(&intact)),
        (format!("{intact}%3E"), repaired(&intact)),
        (format!("{intact}%3e."), repaired(&intact)),
        (format!("{intact}%22%3E"), repaired(&intact)),
        (format!("{intact}%E2%80%9D"), repaired(&intact)),
        (format!("{intact}”"), repaired(&intact)),
        (format!("{intact} "), repaired(&intact)),
        (format!("{intact}&quot;)"), repaired(&intact)),
        (format!("{intact}&#39;"), repaired(&intact)),
        (format!("{intact}&#x27;."), repaired(&intact)),
        // %23 for # in the path or the query.
        (format!("{BASE}%23{LINK}"), repaired(&intact)),
        (format!("{BASE}%23{LINK}."), repaired(&intact)),
        // ... also with an entity's `#` stuck to its end.
        (format!("{BASE}%23{LINK}&#39;"), repaired(&intact)),
        (format!("{BASE}%23{LINK}&#x27;)"), repaired(&intact)),
        (
            format!("{BASE}?lang=en%23{LINK}"),
            repaired(&format!("{BASE}?lang=en#{LINK}")),
        ),
        (
            format!("https://x.nl/scan%23{LINK}"),
            repaired(&format!("https://x.nl/scan#{LINK}")),
        ),
        // &amp; in the query.
        (
            format!("{BASE}?lang=en&amp;start=1#{LINK}"),
            repaired(&format!("{BASE}?lang=en&start=1#{LINK}")),
        ),
        (
            format!("{BASE}?a=1&amp;amp;b=2&AMP;c=3#{LINK}"),
            repaired(&format!("{BASE}?a=1&b=2&c=3#{LINK}")),
        ),
        // All at once.
        (
            format!("{BASE}?lang=en&amp;start=1%23{LINK}&gt;)."),
            repaired(&format!("{BASE}?lang=en&start=1#{LINK}")),
        ),
        // Left alone: not a link, junk inside the link, alphabet characters after it, an
        // escaped alphabet character, two candidates, &amp; outside the query, %23 when the
        // address has a #.
        (format!("{BASE}#top."), None),
        (format!("{BASE}#vandaag!"), None),
        (format!("{BASE}#v1rAAH.roX0an9A5uohaOdl"), None),
        (format!("{intact}.Bedankt"), None),
        (format!("{intact}%41"), None),
        (format!("{BASE}%23{LINK}%23{LINK}"), None),
        (format!("{BASE}%23top"), None),
        (format!("https://x.nl/a&amp;b/#{LINK}"), None),
        (format!("{BASE}?next=%23{LINK}#top"), None),
        (format!("https://x.nl%23{LINK}/"), None),
        // An entity's `#` before the %23 is where a browser's fragment starts: left alone.
        (format!("{BASE}?a=&#39;%23{LINK}"), None),
        (format!("{intact}&#65;"), None),
    ];
    for (href, expected) in cases {
        assert_eq!(repair_address(&href), expected, "{href:?}");
        if let Some(r) = &expected {
            assert_eq!(repair_address(r), None, "repairing twice: {r:?}");
        }
    }
}

/// The link of issue 14: a results link with `.`, `)`, `>` or `,` at its end said "Deze link
/// werkt niet", and with `%23` it showed the welcome screen.
#[test]
fn the_links_of_the_issue_open() {
    let intact = decode(LINK).unwrap();
    for junk in [".", ")", ">", ","] {
        let href = format!("{BASE}#{LINK}{junk}");
        assert!(decode(fragment(&href)).is_err(), "it was broken: {href}");
        assert_eq!(open(&href), Ok(intact.clone()), "{href}");
    }
    let href = format!("{BASE}%23{LINK}");
    assert_eq!(fragment(&href), "", "it had no fragment at all");
    assert_eq!(open(&href), Ok(intact));
}

struct Links(Rng);

impl Links {
    fn name(&mut self) -> Option<TeamName> {
        const NAMES: [&str; 6] = [
            "Wijkteam Oost",
            "Sociaal team Zuid – Werk & Inkomen",
            "👩‍⚕️ فريق <img src=x> #v1r",
            "a",
            "Team %23 &amp; \"x\".",
            "'s-Hertogenbosch",
        ];
        match self.0.below(4) {
            0 => None,
            _ => Some(TeamName::new(NAMES[self.0.below(6) as usize]).unwrap()),
        }
    }

    /// A valid link of any kind, from the encoders.
    fn link(&mut self) -> String {
        match self.0.below(3) {
            0 => encode_response(&self.0.response(), self.name().as_ref()),
            1 => {
                let n = 1 + self.0.below(12);
                let team: Vec<_> = (0..n).map(|_| self.0.response()).collect();
                encode_team(&team, self.name().as_ref()).unwrap()
            }
            _ => encode_workshop(&Workshop {
                team_name: self.name(),
                lang: if self.0.below(2) == 0 {
                    Lang::Nl
                } else {
                    Lang::En
                },
                roles: RoleGroup::from_mask(self.0.below(128) as u8),
            }),
        }
    }

    fn base(&mut self) -> &'static str {
        BASES[self.0.below(BASES.len() as u64) as usize]
    }

    /// `href` as mail and chat may leave it: junk at the end, `%23` for `#`, `&amp;` for `&`.
    fn carry(&mut self, base: &str, link: &str) -> String {
        let base = if self.0.below(2) == 0 {
            base.replace('&', "&amp;")
        } else {
            base.to_owned()
        };
        let hash = if self.0.below(2) == 0 { "%23" } else { "#" };
        let mut href = format!("{base}{hash}{link}");
        for _ in 0..self.0.below(5) {
            href.push_str(JUNK[self.0.below(JUNK.len() as u64) as usize]);
        }
        href
    }
}

/// Every valid link, however carried, opens exactly as the intact link, at the intact address.
#[test]
fn carried_links_repair_to_the_intact_address() {
    let mut links = Links(Rng::new(0x23));
    let mut repaired = 0;
    for case in 0..20_000 {
        let link = links.link();
        let base = links.base();
        let intact = format!("{base}#{link}");
        let carried = links.carry(base, &link);
        let expected = decode(&link).unwrap();
        match repair_address(&carried) {
            None => assert_eq!(carried, intact, "case {case}"),
            Some(r) => {
                repaired += 1;
                assert_eq!(r, intact, "case {case}: {carried:?}");
                assert_eq!(repair_address(&r), None, "case {case}");
            }
        }
        assert_eq!(open(&carried), Ok(expected), "case {case}: {carried:?}");
    }
    assert!(repaired > 15_000, "{repaired}");
}

/// `link` damaged the way the CRC must catch: cut short, one character changed, one removed,
/// one inserted.
fn damage(rng: &mut Rng, link: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = link.as_bytes().to_vec();
    let at = rng.below(bytes.len() as u64) as usize;
    match rng.below(4) {
        0 => bytes.truncate(at.max(1)),
        1 => {
            let old = bytes[at];
            while bytes[at] == old {
                bytes[at] = ALPHABET[rng.below(64) as usize];
            }
        }
        2 => {
            bytes.remove(at);
        }
        _ => bytes.insert(at, ALPHABET[rng.below(64) as usize]),
    }
    String::from_utf8(bytes).unwrap()
}

/// A damaged link stays an error however it was carried and repaired.
#[test]
fn damaged_links_stay_errors() {
    let mut links = Links(Rng::new(0xDA));
    let mut rng = Rng::new(0xD4);
    for case in 0..20_000 {
        let link = links.link();
        let damaged = damage(&mut rng, &link);
        assert!(decode(&damaged).is_err(), "case {case}: {damaged}");
        let base = links.base();
        let carried = links.carry(base, &damaged);
        let result = open(&carried);
        assert!(
            result.is_err(),
            "case {case}: {carried:?} opened as {result:?}"
        );
        // Junk put inside the link is never cut out.
        let at = 1 + rng.below(link.len() as u64 - 1) as usize;
        let junk = JUNK[rng.below(JUNK.len() as u64) as usize];
        let inside = format!("{}{junk}{}", &link[..at], &link[at..]);
        let carried = links.carry(base, &inside);
        assert!(open(&carried).is_err(), "case {case}: {carried:?}");
    }
}

/// Random addresses built from the pieces repairs look at: never a panic, a repair never longer
/// than what it repaired, repairing twice changes nothing, and what opened before a repair
/// opens the same after it.
#[test]
fn random_addresses() {
    const PIECES: [&str; 28] = [
        "https://x.nl/",
        "scan/",
        "?",
        "lang=en",
        "&",
        "&amp;",
        "amp;",
        "%23",
        "#",
        "v1r",
        "v1",
        "v",
        "AAHroX0an9A5uohaOdl",
        "A",
        "%3E",
        "%4",
        "%",
        "&gt;",
        ")",
        ".",
        "”",
        "%E2",
        "-",
        "_",
        "&#39;",
        "&#",
        "0;",
        "x27;",
    ];
    let mut rng = Rng::new(0xAD);
    let mut changed = 0;
    for case in 0..100_000 {
        let mut href = String::new();
        for _ in 0..rng.below(12) {
            href.push_str(PIECES[rng.below(PIECES.len() as u64) as usize]);
        }
        if rng.below(4) == 0 {
            href.push_str(&format!("#{LINK}"));
            for _ in 0..rng.below(3) {
                href.push_str(JUNK[rng.below(JUNK.len() as u64) as usize]);
            }
        }
        let before = href.split_once('#').map(|(_, f)| decode(f));
        match repair_address(&href) {
            None => {}
            Some(r) => {
                changed += 1;
                assert_ne!(r, href, "case {case}");
                assert!(r.len() <= href.len(), "case {case}: {href:?} -> {r:?}");
                assert_eq!(repair_address(&r), None, "case {case}: {href:?} -> {r:?}");
                // The fragment is taken from the input as it stands, never made up.
                assert!(
                    href.contains(fragment(&r)),
                    "case {case}: {href:?} -> {r:?}"
                );
                if let Some(Ok(opened)) = before {
                    assert_eq!(decode(fragment(&r)), Ok(opened), "case {case}: {href:?}");
                }
            }
        }
    }
    assert!(changed > 10_000, "{changed}");
}
