//! The codes of the camera e2e's film (tests/e2e/film.mjs draws them in node, which has no QR
//! encoder of ours): 12 participants' result links of one workshop, a team link (version 3,
//! counts), the workshop's invitation and a code of someone else's, each with the module
//! matrix src/qr.rs draws for it at the error correction the app uses
//! (components/qr_code.rs: M, or L where only L fits). This test keeps
//! tests/e2e/fixtures/film-codes.json what the app's encoders and src/qr.rs make
//! (`UPDATE_GOLDEN=1 cargo test --test film_codes` writes it anew).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::frames::{app_code, ORIGIN};
use common::Rng;
use samenwerkingsscan::domain::agreement::Agreements;
use samenwerkingsscan::domain::collect::{collect, CollectError};
use samenwerkingsscan::domain::counts::TeamCounts;
use samenwerkingsscan::domain::instrument::{Lang, RoleGroup};
use samenwerkingsscan::domain::link::{
    encode_response, encode_team_counts, encode_workshop, Workshop,
};
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::qr::QrCode;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/e2e/fixtures/film-codes.json"
);

/// A foreign code a phone may show by mistake: a restaurant's menu.
const FOREIGN: &str = "https://example.org/menu";

/// One code of the film: what it is, its address, and its modules.
struct FilmCode {
    name: String,
    kind: &'static str,
    url: String,
}

/// The workshop's codes. The addresses are what the participant's send screen puts in its QR
/// code (pages/results.rs, `results_url`: the page's address without its fragment, `#`, the
/// link), here for the scan served at a municipality's address of 60 characters
/// (tests/common/frames.rs, `ORIGIN`), as docs/link-formats.md counts.
fn film_codes() -> Vec<FilmCode> {
    let team = TeamName::new("Wijkteam Oost").expect("a valid name");
    let roles = [
        RoleGroup::from_id(1).expect("a group"),
        RoleGroup::from_id(2).expect("a group"),
        RoleGroup::from_id(4).expect("a group"),
    ];
    let mut rng = Rng::new(0xF11A);
    // Varied answers (some "don't know"), every participant of the team; some chose a role
    // of the invitation's, the others left it open.
    let participants: Vec<Response> = (0..12)
        .map(|i| {
            let mut r = rng.response();
            r.role = (i % 3 != 2).then(|| roles[i % roles.len()]);
            r
        })
        .collect();
    let mut codes: Vec<FilmCode> = participants
        .iter()
        .enumerate()
        .map(|(i, r)| FilmCode {
            name: format!("participant {}", i + 1),
            kind: "result",
            url: format!("{ORIGIN}{}", encode_response(r, Some(&team))),
        })
        .collect();
    // An earlier session of the same team, as its team link (counts).
    let earlier: Vec<Response> = (0..6).map(|_| rng.response()).collect();
    let counts = TeamCounts::from_responses(&earlier);
    codes.push(FilmCode {
        name: "team link of 6 (v3)".to_owned(),
        kind: "team",
        url: format!(
            "{ORIGIN}{}",
            encode_team_counts(&counts, Some(&team), &Agreements::default()).expect("encodes")
        ),
    });
    let invitation = Workshop {
        team_name: Some(team),
        lang: Lang::Nl,
        roles: roles.to_vec(),
    };
    codes.push(FilmCode {
        name: "invitation".to_owned(),
        kind: "invitation",
        url: format!("{ORIGIN}{}", encode_workshop(&invitation)),
    });
    codes.push(FilmCode {
        name: "foreign".to_owned(),
        kind: "foreign",
        url: FOREIGN.to_owned(),
    });
    codes
}

/// Each row of modules in hex, dark = 1, the first module the highest bit, padded to whole
/// hex digits (as bench/decoder-codes.json).
fn rows(code: &QrCode) -> Vec<String> {
    (0..code.size())
        .map(|y| {
            let bits: Vec<bool> = (0..code.size().div_ceil(4) * 4)
                .map(|x| x < code.size() && code.get(x, y))
                .collect();
            bits.chunks(4)
                .map(|n| format!("{:x}", n.iter().fold(0, |acc, &b| acc << 1 | u8::from(b))))
                .collect()
        })
        .collect()
}

fn json(codes: &[FilmCode]) -> String {
    let entries: Vec<String> = codes
        .iter()
        .map(|c| {
            let code = app_code(&c.url);
            format!(
                "    {{\n      \"name\": \"{}\",\n      \"kind\": \"{}\",\n      \"url\": \"{}\",\n      \"version\": {},\n      \"size\": {},\n      \"rows\": [\n        \"{}\"\n      ]\n    }}",
                c.name,
                c.kind,
                c.url,
                (code.size() - 17) / 4,
                code.size(),
                rows(&code).join("\",\n        \"")
            )
        })
        .collect();
    format!(
        "{{\n  \"origin\": \"{ORIGIN}\",\n  \"codes\": [\n{}\n  ]\n}}\n",
        entries.join(",\n")
    )
}

/// The film's codes do what the film needs: 12 different participants (none a duplicate of
/// another), a team link, an invitation and a code that is no link of the app.
#[test]
fn the_films_codes_are_twelve_participants_a_team_an_invitation_and_a_foreign_code() {
    let codes = film_codes();
    let of = |kind: &str| -> Vec<&FilmCode> { codes.iter().filter(|c| c.kind == kind).collect() };
    let results: Vec<&str> = of("result").iter().map(|c| c.url.as_str()).collect();
    assert_eq!(results.len(), 12);
    let collected = collect(&results.join("\n"));
    assert_eq!(
        (collected.responses.len(), collected.duplicates),
        (12, 0),
        "12 different participants"
    );
    assert_eq!(
        collected.team_name.as_ref().map(|n| n.as_str()),
        Some("Wijkteam Oost")
    );
    assert!(collected.responses.iter().any(|r| r.role.is_some()));
    assert!(collected.responses.iter().any(|r| r.role.is_none()));

    let team = collect(&of("team")[0].url);
    assert_eq!((team.teams.len(), team.participants()), (1, 6));

    let invitation = collect(&of("invitation")[0].url);
    assert_eq!(invitation.participants(), 0);
    assert_eq!(
        invitation.problems.last().map(|p| &p.error),
        Some(&CollectError::Invitation)
    );

    let foreign = collect(&of("foreign")[0].url);
    assert_eq!((foreign.participants(), foreign.problems.len()), (0, 0));
}

/// tests/e2e/fixtures/film-codes.json is what the app's encoders and src/qr.rs make.
#[test]
fn the_films_fixture_is_what_the_app_draws() {
    let json = json(&film_codes());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(FIXTURE, &json).expect("writes the fixture");
    }
    let file = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    assert!(
        file == json,
        "tests/e2e/fixtures/film-codes.json is not what the app draws: run with UPDATE_GOLDEN=1 cargo test --test film_codes"
    );
}
