//! Taking result links out of pasted text (src/domain/collect.rs): realistic WhatsApp, Teams and
//! e-mail pastes holding the golden results links (tests/golden/results_links_v1.txt), broken
//! links and a duplicate; then properties over random teams in random noise, random garbage,
//! and pastes added one after another.

mod common;

use common::golden;
use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::collect::{
    collect, CollectError, Collected, Problem, EXCERPT_CHARS, MAX_PROBLEMS,
};
use samenwerkingsscan::domain::counts::TeamCounts;
use samenwerkingsscan::domain::instrument::{Lang, RoleGroup};
use samenwerkingsscan::domain::link::{
    encode_response, encode_team, encode_team_with, encode_workshop, response_key, LinkError,
    Workshop, MAX_TEAM_RESPONSES,
};
use samenwerkingsscan::domain::response::{Response, TeamName};

const SIX: [&str; 6] = [
    "woerden", "less", "fewnow", "boundary", "dontknow", "middle",
];

/// Copied from WhatsApp (Web or an export): "[time, date] name: text". Anna's link (woerden,
/// team name "Wijkteam Oost") and Bert's (less); a link cut short by its sender and sent again
/// whole, in brackets.
const WHATSAPP: &str = "\
[14:00, 22-11-2026] Marieke (facilitator): Welkom allemaal! Stuur je resultaatlink hier in de groep 🙏 #samenwerkingsscan #vandaag
[14:02, 22-11-2026] Anna: https://scan.example.nl/#v1rANV2lqa3RlYW0gT29zdAImgXM4vm3j2fS16dl
[14:02, 22-11-2026] Anna: Dit is de mijne 😊
[14:03, 22-11-2026] Bert: Hier: https://scan.example.nl/#v1rAAKZybuURiWb__86Wam.
[14:04, 22-11-2026] +31 6 12345678: https://scan.example.nl/#v1rAAIUpE8MqYJY2zJv
[14:05, 22-11-2026] +31 6 12345678: Oeps, afgeknipt. Nu goed (https://scan.example.nl/#v1rAAIUpE8MqYJY2zJvnhg)
[14:06, 22-11-2026] Marieke (facilitator): Top, dank! Nog 3 te gaan. Achtergrond: https://www.movisie.nl/artikel#vervolg
";

/// Copied from a Teams chat: the name and time on a line of their own, links in angle brackets,
/// `&amp;` in the address. Fatima (fewnow); Joost first sends a link with one character changed
/// (0 -> O), then the right one (dontknow).
const TEAMS: &str = "\
Fatima El Amrani 14:07
Mijn resultaat: <https://scan.example.nl/#v1rAAAAAHyybwiOoQIOdED>

Fatima El Amrani 14:07
(ik wist veel niet, vandaar weinig antwoorden)

Joost de Vries 14:09
https://scan.example.nl/?utm_source=teams&amp;utm_medium=chat#v1rAAGO83QFuemNcFrJEOc

Joost de Vries 14:10
Die vorige klopt niet, ik had hem overgetypt. Deze: https://scan.example.nl/?utm_source=teams&amp;utm_medium=chat#v1rAAGO83QFuemNcFrJE0c, sorry!
";

/// An e-mail reply in plain text: Sanne's link (middle) wrapped by her mail client after a `-`,
/// a link from a newer version of the app, and the quoted earlier mail with Anna's link again
/// (the duplicate), wrapped at 76 columns inside the fragment, behind `> `.
const EMAIL: &str = "\
Van: Sanne Bakker <s.bakker@voorbeeldstad.nl>
Verzonden: maandag 23 november 2026 09:12
Aan: Marieke Jansen <m.jansen@voorbeeldstad.nl>
Onderwerp: RE: Samenwerkingsscan ontwikkelwerkplaats

Hoi Marieke,

Hierbij alsnog mijn uitslag. Ik had de scan eerst in de nieuwe testversie
gedaan, die link stuur ik ook mee, maar die werkt bij jou misschien niet:
https://scan.example.nl/#v1rAAGOdWqUz-
izMzNfRMv
https://test.scan.example.nl/#v2rAAAAAAAAALf3Bw1YsO2

Groet, Sanne

> Van: Marieke Jansen <m.jansen@voorbeeldstad.nl>
> Verzonden: zondag 22 november 2026 16:40
> Onderwerp: Samenwerkingsscan ontwikkelwerkplaats
>
> Beste collega's,
>
> Dank voor jullie deelname. Wie de scan nog niet heeft ingevuld, kan dat via
> https://scan.example.nl/. Als voorbeeld de link van Anna, zo ziet die eruit
> als je hem opent: https://scan.example.nl/#v1rANV2lqa3RlYW0gT29zdAImgXM4vm
> 3j2fS16dl.
>
> Met vriendelijke groet,
> Marieke
";

fn sorted(mut responses: Vec<Response>) -> Vec<Response> {
    responses.sort_by_key(response_key);
    responses
}

fn problem(excerpt: &str, error: LinkError) -> Problem {
    Problem {
        excerpt: excerpt.to_owned(),
        error: CollectError::Link(error),
    }
}

fn check_golden(c: &Collected) {
    let six: Vec<Response> = SIX.iter().map(|name| golden(name)).collect();
    assert_eq!(sorted(c.responses.clone()), sorted(six));
    assert_eq!(c.duplicates, 1);
    assert_eq!(
        c.problems,
        [
            problem("v1rAAIUpE8MqYJY2zJv", LinkError::Truncated),
            problem("v1rAAGO83QFuemNcFrJEOc", LinkError::ChecksumMismatch),
            // A newer version's link (its checksum matches: issue 21 judges that first).
            problem(
                "v2rAAAAAAAAALf3Bw1YsO2",
                LinkError::UnsupportedVersion { version: 2 }
            ),
        ]
    );
    assert_eq!(c.team_name, Some(TeamName::new("Wijkteam Oost").unwrap()));
    assert_eq!((c.other_team_names, c.more_problems, c.cut), (0, 0, false));
}

#[test]
fn golden_chat_teams_and_mail_pastes() {
    let mut c = collect(WHATSAPP);
    assert_eq!(
        c.responses,
        [golden("woerden"), golden("less"), golden("boundary")]
    );
    c.add(TEAMS);
    assert_eq!(c.responses.len(), 5);
    c.add(EMAIL);
    check_golden(&c);
    // In order of appearance, in one paste as well.
    let all = collect(&[WHATSAPP, TEAMS, EMAIL].join("\n"));
    assert_eq!(all, c);
    assert_eq!(
        all.responses,
        ["woerden", "less", "boundary", "fewnow", "dontknow", "middle"].map(golden)
    );
    // The pastes in another order give the same team, with the problems in their new order.
    let reversed = collect(&[EMAIL, TEAMS, WHATSAPP].join("\n"));
    assert_eq!(sorted(reversed.responses), sorted(c.responses.clone()));
    assert_eq!(reversed.duplicates, 1);
    assert_eq!(reversed.problems.len(), 3);
    assert_eq!(
        reversed.problems[0].error,
        CollectError::Link(LinkError::UnsupportedVersion { version: 2 })
    );
}

#[test]
fn golden_links_pasted_as_the_committed_file() {
    // The committed file itself, comments and all, holds seven links: the six and "nothing".
    let c = collect(include_str!("golden/results_links_v1.txt"));
    assert_eq!(c.responses.len(), 7);
    assert_eq!(c.responses[..6], SIX.map(golden));
    assert_eq!((c.problems.len(), c.duplicates), (0, 0));
}

#[test]
fn a_team_link_and_a_new_member_later() {
    let six: Vec<Response> = SIX.iter().map(|name| golden(name)).collect();
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let team = encode_team(&six, Some(&name)).unwrap();
    let mut c = collect(&format!(
        "Teamlink na sessie 1: https://scan.example.nl/#{team}"
    ));
    // A team link is held as its counts (issue 21).
    assert_eq!((c.participants(), c.responses.len()), (6, 0));
    assert_eq!(c.teams, [TeamCounts::from_responses(&six)]);
    c.add(&format!(
        "nieuw: #{}",
        encode_response(&golden("middle"), Some(&name))
    ));
    // A seventh person who happens to answer like "middle" is a different link text from the
    // team link: counted.
    assert_eq!(c.participants(), 7);
    let mut seven = six.clone();
    seven.push(golden("middle"));
    assert_eq!(c.counts(), TeamCounts::from_responses(&seven));
    // The team link pasted again adds nothing.
    c.add(&team);
    assert_eq!((c.participants(), c.duplicates), (7, 1));
}

#[test]
fn a_pasted_invitation_is_a_problem_and_the_results_are_taken() {
    let oost = TeamName::new("Wijkteam Oost").unwrap();
    // The facilitator's invitation, and a participant who sends it back instead of a result.
    let invitation = encode_workshop(&Workshop {
        team_name: Some(TeamName::new("Wijkteam Zuid-Oost ë, werkplaats 2").unwrap()),
        lang: Lang::Nl,
        roles: vec![RoleGroup::SocialTeam, RoleGroup::Uwv],
    });
    let english = encode_workshop(&Workshop {
        team_name: None,
        lang: Lang::En,
        roles: RoleGroup::ALL.to_vec(),
    });
    let anna = encode_response(&golden("woerden"), Some(&oost));
    let bert = encode_response(&golden("less"), None);
    let text = format!(
        "\
[13:55, 22-11-2026] Marieke (facilitator): Doe mee via https://x/#{invitation} 🙏
[14:02, 22-11-2026] Anna: https://x/#{anna}
[14:03, 22-11-2026] Carla: Deze? <https://x/#{english}>
[14:04, 22-11-2026] Bert: https://x/#{bert}.
"
    );
    let c = collect(&text);
    assert_eq!(c.responses, [golden("woerden"), golden("less")]);
    assert!(invitation.len() > EXCERPT_CHARS);
    assert_eq!(
        c.problems,
        [
            Problem {
                excerpt: format!("{}…", &invitation[..EXCERPT_CHARS]),
                error: CollectError::Invitation,
            },
            Problem {
                excerpt: english.clone(),
                error: CollectError::Invitation,
            },
        ]
    );
    // An invitation is not a result: its team name is not the team's, and it is not taken.
    assert_eq!((&c.team_name, c.other_team_names), (&Some(oost), 0));
    assert_eq!(c.taken(), [anna, bert]);
    assert_eq!(c.duplicates, 0);
}

#[test]
fn collecting_the_taken_links_again_gives_the_same_responses() {
    let six: Vec<Response> = SIX.iter().map(|name| golden(name)).collect();
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let team = encode_team(&six[..3], Some(&name)).unwrap();
    let transcript = [
        WHATSAPP,
        TEAMS,
        EMAIL,
        &format!("Teamlink van vorige week: https://scan.example.nl/#{team}\n"),
        // The chat copied again later, and the team link sent twice.
        WHATSAPP,
        &team,
    ]
    .join("\n");
    let c = collect(&transcript);
    assert_eq!((c.participants(), c.duplicates), (9, 5));
    assert_eq!(c.taken().len(), 7);

    let again = collect(&c.taken().join(" "));
    assert_eq!(again.responses, c.responses);
    assert_eq!(again.teams, c.teams);
    assert_eq!(again.taken(), c.taken());
    assert_eq!(again.team_name, c.team_name);
    assert_eq!((again.duplicates, again.problems.len()), (0, 0));
    // What was taken stays taken: the transcript pasted again only adds duplicates.
    let mut restored = again;
    restored.add(&transcript);
    assert_eq!(restored.responses, c.responses);
    assert_eq!(restored.taken(), c.taken());
}

/// The agreements a team made in its first workshop, in Dutch, with an accent, right-to-left
/// script, an emoji sequence and markup: what a version 2 team link carries.
fn workshop_agreements() -> Agreements {
    let mut agreements = Agreements::default();
    let mut set = |index: usize, text: &str, owner: &str, due: &str| {
        agreements.set(index, AgreementField::Text, text.into());
        agreements.set(index, AgreementField::Owner, owner.into());
        agreements.set(index, AgreementField::Due, due.into());
    };
    set(
        0,
        "Eén gezamenlijk intakeformulier voor wijkteam, UWV en schuldhulp",
        "Fatima",
        "vóór de zomer",
    );
    set(6, "Maandelijks casusoverleg <b>&amp;</b> \"'", "", "Q3");
    set(
        11,
        "Tolk regelen bij gesprekken in het Arabisch: مرحبا 👩‍👩‍👧",
        "שרה",
        "",
    );
    agreements
}

#[test]
fn a_team_link_with_agreements_in_a_transcript_glued_and_wrapped() {
    let six: Vec<Response> = SIX.iter().map(|name| golden(name)).collect();
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let agreements = workshop_agreements();
    let team = encode_team_with(&six, Some(&name), &agreements).unwrap();
    assert!(team.starts_with("v2t") && team.len() > 3 * 76, "{team}");
    let bert = encode_response(&golden("less"), None);
    let check = |c: &Collected, participants: usize| {
        assert_eq!(c.problems, [], "{c:?}");
        assert_eq!(c.participants(), participants);
        assert_eq!(c.team_name.as_ref(), Some(&name));
        assert_eq!(c.agreements.for_link(), agreements.for_link());
        assert_eq!(c.taken()[0], team);
    };

    // In a chat transcript, with a full stop after it.
    let chat = format!(
        "[16:40, 22-11-2026] Marieke (facilitator): De teamlink met onze afspraken: \
         https://scan.example.nl/scan/#{team}. Tot de volgende keer!\n\
         [16:41, 22-11-2026] Bert: top 👍\n"
    );
    check(&collect(&chat), 6);

    // Glued to the next link, and to chat formatting.
    check(&collect(&format!("*{team}{bert}_-x*")), 7);

    // Wrapped by a mail client at 76 columns and quoted in a reply, twice.
    let url = format!("https://scan.example.nl/#{team}");
    let lines: Vec<&str> = url
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    for quote in ["> ", ">> ", "> > "] {
        let mail = format!(
            "Hoi allemaal,\n\n{quote}Hierbij de teamlink:\n{quote}{}\n{quote}\n{quote}Groet, Marieke\n",
            lines.join(&format!("\n{quote}"))
        );
        check(&collect(&mail), 6);
    }
    // Cut in the middle of an agreement: a problem, and no agreements.
    let cut = &team[..team.len() - 40];
    let c = collect(&format!("#{cut}\nGroet"));
    assert_eq!(c.problems.len(), 1);
    assert_eq!(
        c.problems[0].error,
        CollectError::Link(LinkError::Truncated)
    );
    assert!(c.agreements.is_empty() && c.participants() == 0);
}

#[test]
fn the_first_team_link_with_agreements_gives_them() {
    let six: Vec<Response> = SIX.iter().map(|name| golden(name)).collect();
    let agreements = workshop_agreements();
    let mut later = Agreements::default();
    later.set(
        3,
        AgreementField::Text,
        "Een ander team, andere afspraken".into(),
    );
    let without = encode_team(&six[..2], None).unwrap();
    let with = encode_team_with(&six[2..], None, &agreements).unwrap();
    let other = encode_team_with(&six[..1], None, &later).unwrap();
    let c = collect(&format!("{without}\n{with}\n{other}"));
    assert_eq!(c.participants(), 7);
    assert_eq!(c.agreements.for_link(), agreements.for_link());
    // The same in two pastes.
    let mut two = collect(&without);
    assert!(two.agreements.is_empty());
    two.add(&format!("{with}\n{other}"));
    assert_eq!(two, c);
}

// ---------------------------------------------------------------------------------------------
// Properties.

const CASES: usize = 2_000;
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

struct Rng(common::Rng);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0.below(n as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Where a link may stand: the text before it, and after it.
const BEFORE: [&str; 8] = [
    "https://scan.example.nl/#",
    "https://scan.example.nl/scan/?utm_source=teams&amp;lang=nl#",
    "#",
    "",
    "<https://scan.example.nl/#",
    "(https://scan.example.nl/#",
    "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fscan.example.nl%2F%23",
    "\"",
];
const AFTER: [&str; 16] = [
    "",
    ".",
    ",",
    ")",
    ">",
    "!",
    "?",
    ";",
    ":",
    "\"",
    "…",
    "&amp;data=x",
    "*",
    "_",
    "-",
    "'",
];
/// What separates a link from what comes next.
const SEPARATORS: [&str; 7] = [" ", "\n", "\r\n", "\n\n", " — ", "\t", "\n> "];
/// Chat noise: names, times, words, emoji, hashtags, other addresses; nothing that is a link.
const NOISE: [&str; 16] = [
    "[14:02, 22-11-2026] Anna:",
    "Anna de Vries 14:03",
    "> Op 22 nov. 2026 om 14:05 schreef Bert <bert@example.nl>:",
    "hier is mijn link",
    "👍🏽",
    "#vandaag #v #v_1",
    "https://www.example.org/pagina#vervolg",
    "versie v12 is klaar",
    "Groet, Sanne",
    "Zorg & Welzijn",
    "‏שלום עולם‎",
    "مرحبا",
    "v1 v2",
    "%20%23x",
    "&amp;&lt;&gt;",
    "vijf-v1-r",
];
const NAMES: [&str; 6] = [
    "Wijkteam Oost",
    "Team 's-Hertogenbosch",
    "=HYPERLINK(\"http://x\",\"klik\")",
    "👩‍⚕️ team, \"zuid\"",
    "فريق الحي",
    "a\nb",
];

/// A link's text as a mail client might wrap it: cut in pieces, each next one on a new line
/// behind an optional quote mark. A piece never starts like a link of its own ("v1r…").
fn wrap(rng: &mut Rng, link: &str) -> String {
    let mut out = String::new();
    let mut start = 0;
    while start < link.len() {
        let first = start == 0;
        let mut end = (start + 3 + rng.below(60)).min(link.len());
        let bare = |s: &str| {
            let b = s.as_bytes();
            b.len() >= 3 && b[0] == b'v' && b[1].is_ascii_digit()
        };
        while end < link.len() && bare(&link[end..]) {
            end += 1;
        }
        if !first {
            out.push_str(rng.pick(&["\n", "\r\n", "\n> ", " \n>> ", "\n  "]));
        }
        out.push_str(&link[start..end]);
        start = end;
    }
    out
}

/// A random team (distinct responses), written as response and team links in random noise.
/// Gives the text, the responses, the team name, how many links were repeated and how many
/// were wrapped.
fn noisy_team(rng: &mut Rng) -> (String, Vec<Response>, Option<TeamName>, usize, usize) {
    let count = 1 + rng.below(40);
    let mut team: Vec<Response> = Vec::new();
    while team.len() < count {
        let r = rng.0.response();
        if !team.contains(&r) {
            team.push(r);
        }
    }
    let name = (!rng.chance(3)).then(|| TeamName::new(rng.pick(&NAMES)).unwrap());
    let mut links = Vec::new();
    let mut rest = &team[..];
    while !rest.is_empty() {
        let take = if rng.chance(4) {
            (2 + rng.below(8)).min(rest.len())
        } else {
            1
        };
        links.push(if take == 1 {
            encode_response(&rest[0], name.as_ref())
        } else {
            encode_team(&rest[..take], name.as_ref()).unwrap()
        });
        rest = &rest[take..];
    }
    let mut repeats = 0;
    let mut wrapped = 0;
    let mut text = String::new();
    let mut order: Vec<usize> = (0..links.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    for (n, &i) in order.iter().enumerate() {
        for _ in 0..rng.below(3) {
            text.push_str(rng.pick(&NOISE));
            text.push_str(rng.pick(&SEPARATORS));
        }
        let times = if rng.chance(6) { 2 } else { 1 };
        repeats += times - 1;
        for _ in 0..times {
            text.push_str(rng.pick(&BEFORE));
            if rng.chance(5) {
                wrapped += 1;
                text.push_str(&wrap(rng, &links[i]));
            } else {
                text.push_str(&links[i]);
            }
            text.push_str(rng.pick(&AFTER));
            text.push_str(rng.pick(&SEPARATORS));
        }
        if n + 1 == order.len() && rng.chance(2) {
            text.push_str(rng.pick(&NOISE));
        }
    }
    (text, team, name, repeats, wrapped)
}

#[test]
fn random_teams_in_noise_are_collected_back_exactly() {
    let mut rng = Rng(common::Rng::new(0x0C01_1EC7));
    let mut wrapped = 0;
    for case in 0..CASES {
        let (text, team, name, repeats, wraps) = noisy_team(&mut rng);
        wrapped += wraps;
        let c = collect(&text);
        assert_eq!(c.problems, [], "case {case}: {text:?}");
        // Individual results as they were; team links as their counts; together the team.
        assert_eq!(c.participants(), team.len(), "case {case}: {text:?}");
        assert_eq!(
            c.counts().team(),
            TeamCounts::from_responses(&team).team(),
            "case {case}: {text:?}"
        );
        assert_eq!(c.duplicates, repeats, "case {case}: {text:?}");
        assert_eq!(c.team_name, name, "case {case}");
        assert_eq!(c.other_team_names, 0);
    }
    assert!(wrapped > CASES, "{wrapped} wrapped links");
}

#[test]
fn adding_a_paste_equals_pasting_both_at_once() {
    let mut rng = Rng(common::Rng::new(0xADD));
    for case in 0..CASES {
        let (a, ..) = noisy_team(&mut rng);
        let (b, ..) = noisy_team(&mut rng);
        let mut added = collect(&a);
        added.add(&b);
        let once = collect(&format!("{a}\n{b}"));
        assert_eq!(added, once, "case {case}: {a:?} + {b:?}");
        // Different teams may have different names: the first is kept, the others counted.
        if added.team_name.is_some() {
            assert!(added.other_team_names <= 1);
        }
    }
}

/// Text that looks a little like links: pieces of valid links, link starts, separators, quote
/// marks, `#` and `%23`, long runs, and arbitrary characters.
fn garbage(rng: &mut Rng, links: &[String]) -> String {
    let mut text = String::new();
    let parts = rng.below(60);
    for _ in 0..parts {
        match rng.below(12) {
            0 => {
                let link = &links[rng.below(links.len())];
                let a = rng.below(link.len());
                let b = a + rng.below(link.len() - a + 1);
                text.push_str(&link[a..b]);
            }
            1 => text.push_str(&links[rng.below(links.len())]),
            2 => {
                text.push_str(rng.pick(&["v1r", "v1t", "v2r", "v01r", "v1", "v1w", "v9999999999t"]))
            }
            3 => text
                .push_str(rng.pick(&["#", "%23", "%", "23", "#v", "\n", "\r", "\r\n", "> ", ">"])),
            4 => text.push_str(rng.pick(&[
                " ",
                "\t",
                ".",
                "…",
                "&amp;",
                "<",
                ">",
                "\"",
                "é",
                "👩‍⚕️",
                "\u{202E}",
            ])),
            5 => {
                let c = ALPHABET[rng.below(64)] as char;
                let n = rng.below(200);
                text.extend(std::iter::repeat_n(c, n));
            }
            6 => {
                let bytes: Vec<u8> = (0..rng.below(20)).map(|_| rng.below(256) as u8).collect();
                text.push_str(&String::from_utf8_lossy(&bytes));
            }
            _ => {
                for _ in 0..rng.below(20) {
                    text.push(ALPHABET[rng.below(64)] as char);
                }
            }
        }
    }
    text
}

fn some_links(rng: &mut Rng) -> Vec<String> {
    let mut links: Vec<String> = SIX
        .iter()
        .map(|n| encode_response(&golden(n), None))
        .collect();
    let team: Vec<Response> = (0..1 + rng.below(30)).map(|_| rng.0.response()).collect();
    links.push(encode_team(&team, TeamName::new(rng.pick(&NAMES)).ok().as_ref()).unwrap());
    links
}

fn check_invariants(c: &Collected, context: &str) {
    assert!(c.responses.len() <= MAX_TEAM_RESPONSES, "{context}");
    assert!(c.problems.len() <= MAX_PROBLEMS, "{context}");
    for p in &c.problems {
        let chars = p.excerpt.chars().count();
        assert!(chars <= EXCERPT_CHARS + 1, "{context}");
        let body = p.excerpt.strip_suffix('…').unwrap_or(&p.excerpt);
        assert!(
            body.bytes().all(|b| ALPHABET.contains(&b)),
            "{context}: {p:?}"
        );
        assert!(body.starts_with('v'), "{context}: {p:?}");
        assert_eq!(
            chars == EXCERPT_CHARS + 1,
            p.excerpt.ends_with('…'),
            "{context}"
        );
    }
}

#[test]
fn garbage_never_panics_and_keeps_the_invariants() {
    let mut rng = Rng(common::Rng::new(0x6A4B));
    for case in 0..CASES * 3 {
        let links = some_links(&mut rng);
        let text = garbage(&mut rng, &links);
        let c = collect(&text);
        check_invariants(&c, &format!("case {case}: {text:?}"));
        // A valid link standing free in the garbage is always found.
        let free = &links[rng.below(links.len())];
        let with = format!("{text} {free} {}", garbage(&mut rng, &links));
        let c = collect(&with);
        check_invariants(&c, &format!("case {case}: {with:?}"));
        let expected = collect(free);
        for t in &expected.teams {
            assert!(
                c.teams.contains(t),
                "case {case}: {free} not found in {with:?}"
            );
        }
        let mut found = sorted(c.responses.clone());
        for r in expected.responses {
            let at = found.iter().position(|f| *f == r);
            assert!(at.is_some(), "case {case}: {free} not found in {with:?}");
            found.remove(at.unwrap());
        }
    }
}

#[test]
fn garbage_pasted_in_two_parts_equals_one_paste() {
    // With a blank line between them, so no wrapped link can be joined across the two.
    let mut rng = Rng(common::Rng::new(0x2B));
    for case in 0..CASES {
        let links = some_links(&mut rng);
        let a = garbage(&mut rng, &links);
        let b = garbage(&mut rng, &links);
        let mut added = collect(&a);
        added.add(&b);
        assert_eq!(
            added,
            collect(&format!("{a}\n\n{b}")),
            "case {case}: {a:?} + {b:?}"
        );
    }
}

#[test]
fn large_hostile_pastes_take_linear_time() {
    // Each is a MiB: many short candidates, long lines that could be joined, glued links, one
    // endless run. A quadratic reading would take minutes here; this takes well under a second
    // in a release build.
    let less = encode_response(&golden("less"), None);
    let mib = 1 << 20;
    let team = encode_team(&[golden("less")], None).unwrap();
    for unit in [
        "#v1 ".to_owned(),
        "v1r\n".to_owned(),
        "#v1tAAJZ\n".to_owned(),
        "#v1rAAAA\n> AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n".to_owned(),
        less.clone(),
        format!("{less} "),
        format!("{team}\n"),
        "A".to_owned(),
    ] {
        let text = unit.repeat(mib / unit.len() + 1);
        for text in [text.clone(), format!("#v1r{text}")] {
            let c = collect(&text);
            check_invariants(&c, &unit);
            assert!(c.cut);
        }
    }
    // Six hundred taken, then every further (different) link compared with all of them.
    let mut rng = common::Rng::new(7);
    let many: String = (0..44_000)
        .map(|_| encode_response(&rng.response(), None) + "\n")
        .collect();
    let c = collect(&many);
    assert_eq!(c.responses.len(), MAX_TEAM_RESPONSES);
    assert!(c.more_problems > 40_000);
    // The same link forty thousand times is one response.
    let c = collect(&format!("{less} ").repeat(40_000));
    assert_eq!((c.responses.len(), c.duplicates, c.cut), (1, 39_999, false));
    let c = collect(&less.repeat(40_000));
    assert_eq!((c.responses.len(), c.duplicates, c.cut), (1, 39_999, false));
}

/// Issue 21's audit: a mail program wrapped the link right after its `v`, or after `v1`.
#[test]
fn a_link_wrapped_right_after_v_or_v1_is_rejoined() {
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let one = encode_response(&golden("less"), Some(&name));
    let team = encode_team(&[golden("less"), golden("middle")], None).unwrap();
    for link in [&one, &team] {
        for cut in [1, 2] {
            for sep in ["\n", "\r\n", "\n> ", " \n>> "] {
                let text = format!(
                    "Hoi,\n> https://scan.example.nl/#{}{sep}{}\nGroet",
                    &link[..cut],
                    &link[cut..]
                );
                let c = collect(&text);
                assert_eq!(c.problems, [], "{text:?}");
                assert_eq!(c.taken(), std::slice::from_ref(link), "{text:?}");
            }
        }
    }
    // A hashtag `#v` at the end of a line is still nothing at all.
    let c = collect("zie #v\nvoor meer");
    assert_eq!((c.participants(), c.problems.len()), (0, 0));
    // `#v1` cut and continued by an ordinary word: a problem, as before.
    let c = collect("#v1\nGroeten");
    assert_eq!(c.problems.len(), 1);
    assert_eq!(c.participants(), 0);
}

/// A team link of counts (version 3) is taken as it is, beside individual results; the same
/// text twice counts once.
#[test]
fn a_team_link_of_counts_is_collected_as_counts() {
    let six: Vec<Response> = SIX.iter().map(|name| golden(name)).collect();
    let counts = TeamCounts::from_responses(&six);
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let mut agreements = Agreements::default();
    agreements.set(4, AgreementField::Text, "Elke maand samen".into());
    let v3 = samenwerkingsscan::domain::link::encode_team_counts(&counts, Some(&name), &agreements)
        .unwrap();
    assert!(v3.starts_with("v3t"));
    let late = encode_response(&golden("middle"), None);
    let c = collect(&format!(
        "Teamlink: https://scan.example.nl/#{v3}.\nnieuw: {late}\nnog eens {v3}"
    ));
    assert_eq!(c.problems, []);
    assert_eq!(c.teams, std::slice::from_ref(&counts));
    assert_eq!((c.participants(), c.duplicates), (7, 1));
    assert_eq!(c.team_name, Some(name));
    assert_eq!(c.agreements.get(4).unwrap().text, "Elke maand samen");
    let mut seven = six.clone();
    seven.push(golden("middle"));
    assert_eq!(c.counts(), TeamCounts::from_responses(&seven));
}

/// A team link of counts (version 3) wrapped by a mail client at 76 columns and quoted, and
/// wrapped right after its `v`: continued until its checksum holds.
#[test]
fn a_wrapped_team_link_of_counts_is_rejoined() {
    let mut rng = common::Rng::new(0x3A3);
    let thirty: Vec<Response> = (0..30).map(|_| rng.response()).collect();
    let counts = TeamCounts::from_responses(&thirty);
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let v3 = samenwerkingsscan::domain::link::encode_team_counts(
        &counts,
        Some(&name),
        &workshop_agreements(),
    )
    .unwrap();
    let url = format!("https://scan.example.nl/#{v3}");
    let lines: Vec<&str> = url
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    assert!(lines.len() > 3);
    for quote in ["", "> ", ">> "] {
        let mail = format!(
            "Hoi,\n{quote}{}\n{quote}\n{quote}Groet\n",
            lines.join(&format!("\n{quote}"))
        );
        let c = collect(&mail);
        assert_eq!(c.problems, [], "{mail}");
        assert_eq!(c.teams, std::slice::from_ref(&counts));
    }
    let c = collect(&format!("zie #v\n{}\nGroet", &v3[1..]));
    assert_eq!((c.participants(), c.problems.len()), (30, 0));
    // Cut short: a problem, nothing taken.
    let c = collect(&format!("#{}\nGroet", &v3[..v3.len() - 5]));
    assert_eq!((c.participants(), c.problems.len()), (0, 1));
}
