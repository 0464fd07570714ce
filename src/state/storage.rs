//! The stored formats: the participant's draft and where they were ([`STORAGE_KEY`]), and the
//! facilitator's invitation, collected links and agreements ([`WORKSHOP_STORAGE_KEY`]), each
//! one line of text under its own localStorage key. Neither is the share link: the draft must
//! tell "not answered yet" from "don't know". `platform` reads and writes them; a value that
//! cannot be read is first kept under [`backup_key`].

use super::facilitator::FacilitatorState;
use super::sync::{LinkEntry, Stamps, Unread};
use super::{AppState, Draft, Screen};
use crate::domain::agreement::Agreements;
use crate::domain::instrument::{Answer, Lang, RoleGroup, DIMENSION_COUNT};
use crate::domain::link::{self, Decoded, Workshop};
use crate::domain::response::TeamName;

/// The localStorage key of the draft. The version is in the key: a later format uses a new
/// key and can still read this one.
pub const STORAGE_KEY: &str = "samenwerkingsscan.v1";

/// The localStorage key of the facilitator's workshop.
pub const WORKSHOP_STORAGE_KEY: &str = "samenwerkingsscan.workshop.v1";

/// Where a stored value that this version cannot read is kept before the key is written again:
/// the first of `<key>.unreadable`, `<key>.unreadable.2` … `<key>.unreadable.9` that is free
/// or already holds this same text. `None` when all are taken by other values (then the value
/// stays where it is and the app writes nothing over it in that visit; see `platform::load`).
pub fn backup_key(
    key: &str,
    text: &str,
    stored: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    (1..=9).find_map(|n| {
        let candidate = if n == 1 {
            format!("{key}.unreadable")
        } else {
            format!("{key}.unreadable.{n}")
        };
        match stored(&candidate) {
            None => Some(candidate),
            Some(existing) if existing == text => Some(candidate),
            Some(_) => None,
        }
    })
}

/// Writes the state to the storage format, one line:
/// `2|<lang>|<screen>|<role>|<28 answers>|<workshop>|<team name>`; answers: `.` = not answered,
/// `0` = don't know, `1`-`5`; screen: `w`, `r`, `f` (facilitator) or the question index;
/// role: 0 = none; workshop: `-` when not in one, else the mask of its role groups (bit i for
/// the group with id i + 1). The team name comes last so it may contain any character.
/// Version 1 (the same without the workshop) is still read.
pub fn to_storage(state: &AppState) -> String {
    let screen = match state.screen {
        Screen::Welcome => "w".to_owned(),
        Screen::Results => "r".to_owned(),
        Screen::Workshop => "f".to_owned(),
        Screen::Question(i) => i.to_string(),
    };
    let answers: String = state
        .draft
        .now
        .iter()
        .chain(state.draft.desired.iter())
        .map(|a| match a {
            None => '.',
            Some(a) => char::from(b'0' + a.code()),
        })
        .collect();
    let workshop = state
        .joined
        .as_ref()
        .map_or_else(|| "-".to_owned(), |w| RoleGroup::mask(&w.roles).to_string());
    format!(
        "2|{}|{}|{}|{}|{}|{}",
        state.lang.code(),
        screen,
        state.draft.role.map_or(0, RoleGroup::id),
        answers,
        workshop,
        state.draft.team_name.as_ref().map_or("", |n| n.as_str())
    )
}

/// The state stored by [`to_storage`] (or by version 1); `None` for anything else.
pub fn from_storage(text: &str) -> Option<AppState> {
    if text.len() > 1024 {
        return None;
    }
    let version = text.get(..2)?;
    let mut parts = text.splitn(if version == "2|" { 7 } else { 6 }, '|');
    if !matches!(parts.next()?, "1" | "2") {
        return None;
    }
    let lang = Lang::from_code(parts.next()?)?;
    let screen = match parts.next()? {
        "w" => Screen::Welcome,
        "r" => Screen::Results,
        "f" => Screen::Workshop,
        index => Screen::Question(index.parse().ok().filter(|&i| i < DIMENSION_COUNT)?),
    };
    let role = match parts.next()?.parse::<u8>().ok()? {
        0 => None,
        id => Some(RoleGroup::from_id(id)?),
    };
    let codes = parts.next()?.as_bytes();
    if codes.len() != 2 * DIMENSION_COUNT {
        return None;
    }
    let mut answers = [None; 2 * DIMENSION_COUNT];
    for (slot, &code) in answers.iter_mut().zip(codes) {
        *slot = match code {
            b'.' => None,
            b'0'..=b'5' => Some(Answer::from_code(code - b'0')?),
            _ => return None,
        };
    }
    let joined_field = if version == "2|" { parts.next() } else { None };
    let joined_roles = match joined_field {
        None | Some("-") => None,
        Some(mask) => {
            let mask = mask.parse::<u8>().ok().filter(|&m| m < 1 << 7)?;
            Some(RoleGroup::from_mask(mask))
        }
    };
    let name = parts.next()?;
    let team_name = if name.is_empty() {
        None
    } else {
        Some(TeamName::new(name).ok()?)
    };
    let mut now = [None; DIMENSION_COUNT];
    let mut desired = [None; DIMENSION_COUNT];
    now.copy_from_slice(&answers[..DIMENSION_COUNT]);
    desired.copy_from_slice(&answers[DIMENSION_COUNT..]);
    Some(AppState {
        lang,
        screen,
        joined: joined_roles.map(|roles| Workshop {
            team_name: team_name.clone(),
            lang,
            roles,
        }),
        team_name_text: team_name
            .as_ref()
            .map_or_else(String::new, |n| n.as_str().to_owned()),
        draft: Draft {
            now,
            desired,
            role,
            team_name,
        },
        ..AppState::default()
    })
}

/// `3|<invitation time>|<invitation link>|<links>|<agreement times>|<shared>|<agreements>`, one
/// line:
/// - links: space-separated `<link>.<added>` or `<link>.<added>.<removed>` (times in ms, see
///   [`sync`](super::sync)); `.` is not in the link alphabet. Every link ever taken is kept with
///   its times, so a link erased in one tab stays out when another tab merges;
/// - agreement times: comma-separated `<dimension>.<field>.<time>` for the fields with a time;
/// - shared: the team links (version 3) this browser shared, space-separated, oldest first (the
///   differencing check's memory, see [`FacilitatorState::shared`]);
/// - agreements: [`Agreements::to_storage`], last, as its texts may hold any character.
///
/// Collecting the links present again restores the responses and what counts as a duplicate.
/// Versions 1 (`1|<invitation>|<links>`) and 2 (`2|<invitation>|<links>|<agreements>`) are still
/// read, their links and agreements as if made at time 1. What the facilitator is typing or
/// looking at (the forms, the slides) is not stored.
pub fn facilitator_to_storage(state: &FacilitatorState) -> String {
    let mut out = format!("3|{}|", state.stamps.invitation);
    if let Some(invitation) = &state.invitation {
        out.push_str(&link::encode_workshop(invitation));
    }
    out.push('|');
    for (i, entry) in state.links.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format!("{}.{}", entry.link, entry.added));
        if entry.removed > 0 {
            out.push_str(&format!(".{}", entry.removed));
        }
    }
    out.push('|');
    let mut first = true;
    for (index, fields) in state.stamps.agreements.iter().enumerate() {
        for (field, &stamp) in fields.iter().enumerate().filter(|(_, &t)| t > 0) {
            if !std::mem::replace(&mut first, false) {
                out.push(',');
            }
            out.push_str(&format!("{index}.{field}.{stamp}"));
        }
    }
    out.push('|');
    out.push_str(&state.shared.join(" "));
    out.push('|');
    out.push_str(&state.agreements.to_storage());
    out
}

/// The facilitator stored by [`facilitator_to_storage`] (or by version 1 or 2), with what it
/// held that could not be read: a damaged invitation, damaged links, damaged agreements. The
/// parts that can be read are kept; the caller keeps the whole value aside before anything is
/// written when any part could not be read. `None` for a value of another format (damaged
/// beyond its parts, or written by a newer version), which must not be overwritten unseen.
pub fn read_facilitator(text: &str) -> Option<FacilitatorState> {
    let (version, rest) = text.split_once('|')?;
    let mut state = FacilitatorState::default();
    let mut unread = Unread::default();
    let (invitation, links, agreements) = match version {
        "1" => {
            let (invitation, links) = rest.split_once('|')?;
            (invitation, links, None)
        }
        "2" => {
            let (invitation, rest) = rest.split_once('|')?;
            let (links, agreements) = rest.split_once('|')?;
            (invitation, links, Some(agreements))
        }
        "3" => {
            let (stamp, rest) = rest.split_once('|')?;
            let (invitation, rest) = rest.split_once('|')?;
            let (links, rest) = rest.split_once('|')?;
            let (stamps, rest) = rest.split_once('|')?;
            let (shared, agreements) = rest.split_once('|')?;
            state.stamps.invitation = stamp.parse().unwrap_or(0);
            for link in shared.split(' ').filter(|l| !l.is_empty()) {
                match link::decode(link) {
                    Ok(Decoded::TeamCounts(_)) => state.shared.push(link.to_owned()),
                    _ => unread.links += 1,
                }
            }
            if !read_agreement_stamps(stamps, &mut state.stamps) {
                unread.agreements = true;
            }
            (invitation, links, Some(agreements))
        }
        _ => return None,
    };
    let old = version != "3";
    if !invitation.is_empty() {
        match link::decode(invitation) {
            Ok(Decoded::Workshop(w)) => {
                state.invitation = Some(w);
                if old {
                    state.stamps.invitation = 1;
                }
            }
            _ => unread.invitation = true,
        }
    }
    for item in links.split(' ').filter(|l| !l.is_empty()) {
        match read_link_entry(item, old) {
            Some(entry) if !state.links.iter().any(|e| e.link == entry.link) => {
                state.links.push(entry)
            }
            Some(_) => {}
            None => unread.links += 1,
        }
    }
    if let Some(agreements) = agreements {
        match Agreements::from_storage(agreements) {
            Some(agreements) => {
                if old {
                    state.stamps.agreements = [[1; 3]; DIMENSION_COUNT];
                }
                state.agreements = agreements;
            }
            None => unread.agreements = true,
        }
    }
    state.clock = state
        .links
        .iter()
        .map(|e| e.added.max(e.removed))
        .fold(state.stamps.latest(), u64::max);
    state.rebuild_collected();
    state.unread = unread;
    Some(state)
}

/// One stored link with its times (version 3), or a bare link (versions 1 and 2, added at
/// time 1); `None` when it is damaged: its times, or a link that does not decode.
fn read_link_entry(item: &str, old: bool) -> Option<LinkEntry> {
    let (link, added, removed) = if old {
        (item, 1, 0)
    } else {
        let mut parts = item.split('.');
        let link = parts.next()?;
        let added = parts.next()?.parse().ok()?;
        let removed = parts.next().map_or(Some(0), |t| t.parse().ok())?;
        if parts.next().is_some() {
            return None;
        }
        (link, added, removed)
    };
    link::decode(link).ok()?;
    Some(LinkEntry {
        link: link.to_owned(),
        added,
        removed,
    })
}

/// Reads the agreement times into `stamps`; `false` when any is damaged (those are left 0).
fn read_agreement_stamps(text: &str, stamps: &mut Stamps) -> bool {
    let mut whole = true;
    for item in text.split(',').filter(|i| !i.is_empty()) {
        let mut parts = item.split('.').map(str::parse::<u64>);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(index)), Some(Ok(field)), Some(Ok(stamp)), None)
                if index < DIMENSION_COUNT as u64 && field < 3 =>
            {
                stamps.agreements[index as usize][field as usize] = stamp;
            }
            _ => whole = false,
        }
    }
    whole
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::{Horizon, Response};
    use crate::state::facilitator::FacilitatorAction;
    use crate::state::paste::TeamLinkAnswer;
    use crate::state::test_support::{pos, workshop};
    use crate::state::Action;

    #[test]
    fn unreadable_values_get_the_first_free_backup_key() {
        use std::collections::HashMap;
        let mut stored: HashMap<String, String> = HashMap::new();
        let get = |s: &HashMap<String, String>, k: &str| s.get(k).cloned();
        assert_eq!(
            backup_key("k", "3|x", |k| get(&stored, k)).as_deref(),
            Some("k.unreadable")
        );
        stored.insert("k.unreadable".into(), "3|x".into());
        // The same value again: the same key (no second copy).
        assert_eq!(
            backup_key("k", "3|x", |k| get(&stored, k)).as_deref(),
            Some("k.unreadable")
        );
        assert_eq!(
            backup_key("k", "3|y", |k| get(&stored, k)).as_deref(),
            Some("k.unreadable.2")
        );
        for n in 2..=9 {
            stored.insert(format!("k.unreadable.{n}"), format!("other {n}"));
        }
        assert_eq!(backup_key("k", "3|z", |k| get(&stored, k)), None);
        // What this version reads is not "unreadable"; what a newer one wrote is.
        assert!(from_storage("3|nl|w|0|............................|-|").is_none());
        assert!(read_facilitator("2|v1w…|").is_none());
        assert!(read_facilitator(&facilitator_to_storage(&FacilitatorState::default())).is_some());
    }

    #[test]
    fn storage_round_trips() {
        let mut s = AppState::default()
            .apply(Action::SetLang(Lang::En))
            .apply(Action::SetRole(Some(RoleGroup::Uwv)))
            .apply(Action::SetTeamName(" Wijkteam | Oost 👩‍⚕️ <b> ".into()))
            .apply(Action::GoTo(Screen::Question(7)));
        s = s.apply(Action::Answer {
            index: 3,
            horizon: Horizon::Desired,
            answer: Answer::DontKnow,
        });
        s = s.apply(Action::Answer {
            index: 13,
            horizon: Horizon::Now,
            answer: pos(4),
        });
        let text = to_storage(&s);
        let restored = from_storage(&text).unwrap();
        assert_eq!(restored.draft, s.draft);
        assert_eq!((restored.lang, restored.screen), (s.lang, s.screen));
        assert_eq!(restored.team_name_text, "Wijkteam | Oost 👩‍⚕️ <b>");
        assert!(text.starts_with("2|en|7|3|"));
        let results = s.apply(Action::GoTo(Screen::Results));
        assert_eq!(
            from_storage(&to_storage(&results)).unwrap().screen,
            Screen::Results
        );
    }

    #[test]
    fn malformed_storage_is_rejected() {
        let good = to_storage(&AppState::default());
        assert!(from_storage(&good).is_some());
        for bad in [
            "",
            "2|nl|w|0|............................|",
            "1|de|w|0|............................|",
            "1|nl|14|0|............................|",
            "1|nl|w|8|............................|",
            "1|nl|w|0|...........................|",
            "1|nl|w|0|...........................6|",
            "1|nl|w|0|............................",
            "1|nl|x|0|............................|",
        ] {
            assert_eq!(from_storage(bad), None, "{bad}");
        }
        assert_eq!(from_storage(&"1".repeat(5000)), None);
    }

    #[test]
    fn facilitator_storage_round_trips() {
        let invitation = workshop(
            Some("Wijkteam Zuid-Oost ë"),
            Lang::En,
            &[RoleGroup::SocialTeam, RoleGroup::Other],
        );
        let mut first = Response::default();
        first.now[0] = pos(3);
        let second = Response {
            role: Some(RoleGroup::Uwv),
            ..Response::default()
        };
        let team = link::encode_team(&[first.clone(), second.clone(), second], None).unwrap();
        let one = link::encode_response(&first, Some(&TeamName::new("Oost").unwrap()));
        let s = FacilitatorState::default()
            .apply(FacilitatorAction::CreateWorkshop(invitation.clone()))
            .apply(FacilitatorAction::AddPasted(format!(
                "Anna: https://x/#{one}\nteam: {team}\nnog eens #{one}, en de uitnodiging #{}",
                link::encode_workshop(&invitation)
            )))
            .apply(FacilitatorAction::AnswerTeamLink(
                TeamLinkAnswer::ThisSession,
            ))
            .apply(FacilitatorAction::AddPasted(team.clone()))
            .apply(FacilitatorAction::AnswerTeamLink(
                TeamLinkAnswer::ThisSession,
            ));
        let f = &s;
        assert_eq!(f.invitation.as_ref(), Some(&invitation));
        assert_eq!((f.collected.participants(), f.collected.duplicates), (4, 2));

        let text = facilitator_to_storage(f);
        assert!(text.starts_with("3|1|v1w"), "{text}");
        let restored = read_facilitator(&text).unwrap();
        assert_eq!(restored.invitation, Some(invitation.clone()));
        assert_eq!(restored.collected.responses, f.collected.responses);
        assert_eq!(restored.collected.teams, f.collected.teams);
        assert_eq!(restored.collected.taken(), f.collected.taken());
        assert_eq!(restored.collected.team_name, f.collected.team_name);
        assert!(restored.synced() == f.synced());
        assert_eq!(restored.unread, Unread::default());
        assert_eq!(facilitator_to_storage(&restored), text);
        // A link taken before the reload is still a duplicate after it.
        let again = restored.apply(FacilitatorAction::AddPasted(one.clone()));
        let again = &again.collected;
        assert_eq!((again.participants(), again.duplicates), (4, 1));

        // Nothing made or collected yet.
        assert_eq!(
            facilitator_to_storage(&FacilitatorState::default()),
            "3|0|||||"
        );
        assert_eq!(
            read_facilitator("3|0|||||"),
            Some(FacilitatorState::default())
        );
        // What versions 1 and 2 stored reads as it was, as if made at time 1.
        let inv = link::encode_workshop(&invitation);
        let v2 = read_facilitator(&format!("2|{inv}|{one} {team}|3,2:ab0:0:")).unwrap();
        assert_eq!(v2.invitation.as_ref(), Some(&invitation));
        assert_eq!(v2.collected.participants(), 4);
        assert_eq!(v2.agreements.0[3].text, "ab");
        assert_eq!((v2.stamps.invitation, v2.stamps.agreements[3]), (1, [1; 3]));
        let v1 = read_facilitator(&format!("1|{inv}|{one} {team}")).unwrap();
        assert_eq!(v1.collected.participants(), 4);
        assert!(v1.agreements.is_empty() && v1.unread == Unread::default());
        assert_eq!(read_facilitator("1||"), Some(FacilitatorState::default()));
        // Not this format at all: kept aside whole.
        for garbage in [
            String::new(),
            "garbage".into(),
            "1".into(),
            "|||".into(),
            "0|v1wAAAVkS8t|".into(),
            "3|v1wAAAVkS8t||".into(),
            "4|0||||".into(),
            "2|v1wAAAVkS8t|".into(),
            "\u{0}|\u{FEFF}".into(),
            "1".repeat(5000),
        ] {
            assert_eq!(read_facilitator(&garbage), None, "{garbage:?}");
        }
        let response = link::encode_response(&Response::default(), None);
        let no_invitation = read_facilitator(&format!("1||{response}")).unwrap();
        assert_eq!(no_invitation.invitation, None);
        assert_eq!(no_invitation.collected.responses, [Response::default()]);
    }

    #[test]
    fn a_damaged_part_is_named_and_the_rest_is_read() {
        let one = link::encode_response(&Response::default(), None);
        let mut other = Response::default();
        other.now[2] = pos(5);
        let two = link::encode_response(&other, None);
        // A mistyped invitation, a response link cut short, a link whose time is damaged, and
        // agreements whose lengths do not add up.
        let text = format!(
            "3|7|v1wAAAVkS8u|{one}.5 {}.6 {two}.x|0.0.9||0,5:abc0:0:",
            &two[..10]
        );
        let s = read_facilitator(&text).unwrap();
        assert_eq!(
            s.unread,
            Unread {
                invitation: true,
                links: 2,
                agreements: true
            }
        );
        assert_eq!(s.invitation, None);
        assert_eq!(s.collected.responses, [Response::default()]);
        assert!(s.agreements.is_empty());
        // Only the agreements' times damaged: still said.
        let times = read_facilitator(&format!("3|0||{one}.5|0.9.9||")).unwrap();
        assert!(times.unread.agreements && times.unread.links == 0);
        // Version 1's damaged parts too (the whole value was read as nothing before).
        let old = read_facilitator("1|garbage|garbage").unwrap();
        assert_eq!((old.unread.invitation, old.unread.links), (true, 1));
    }

    #[test]
    fn a_stored_value_over_a_mebibyte_reads_back_whole() {
        // The audit's case: 1.38 MB of team links with agreements, 500 responses. Read as one
        // paste, the value was cut at 1 MiB and 120 responses were lost on reload.
        use crate::domain::agreement::{Agreement, Agreements};
        let long = "x".repeat(140);
        let mut agreements = Agreements::default();
        for agreement in agreements.0.iter_mut() {
            *agreement = Agreement {
                text: long.clone(),
                owner: "y".repeat(40),
                due: "z".repeat(40),
            };
        }
        let mut links = Vec::new();
        // 180 team links of one response and 160 of two: 500 responses.
        for i in 0..340u32 {
            let mut r = Response::default();
            r.now[0] = pos(1 + (i % 5) as u8);
            let members = if i < 180 { 1 } else { 2 };
            // Each team link differs in its agreements, so none is a duplicate.
            let mut own = agreements.clone();
            own.0[0].owner = format!("{i:0>40}");
            links.push(link::encode_team_with(&vec![r; members], None, &own).unwrap());
        }
        let text = format!("2||{}|", links.join(" "));
        assert!(text.len() > 1_380_000, "{}", text.len());
        let s = read_facilitator(&text).unwrap();
        assert_eq!(s.collected.participants(), 500);
        assert_eq!(s.unread, Unread::default());
        let again = read_facilitator(&facilitator_to_storage(&s)).unwrap();
        assert_eq!(again.collected.participants(), 500);
    }

    #[test]
    fn storage_version_2_keeps_the_workshop_joined() {
        let zuid = workshop(
            Some("Wijkteam | Zuid-Oost ë"),
            Lang::En,
            &[RoleGroup::SocialTeam, RoleGroup::Resident, RoleGroup::Other],
        );
        let s = AppState::default()
            .apply(Action::OpenLink(link::encode_workshop(&zuid)))
            .apply(Action::Join)
            .apply(Action::SetRole(Some(RoleGroup::Resident)))
            .apply(Action::Answer {
                index: 2,
                horizon: Horizon::Now,
                answer: pos(4),
            })
            .apply(Action::GoTo(Screen::Question(2)));
        assert_eq!(s.joined.as_ref(), Some(&zuid));
        let text = to_storage(&s);
        // Role groups 1, 6 and 7: 1 + 32 + 64.
        assert!(text.starts_with("2|en|2|6|"), "{text}");
        assert!(text.ends_with("|97|Wijkteam | Zuid-Oost ë"), "{text}");
        let restored = from_storage(&text).unwrap();
        assert_eq!(restored.joined, s.joined);
        assert_eq!(restored.draft, s.draft);
        assert_eq!((restored.lang, restored.screen), (s.lang, s.screen));
        assert_eq!(restored.team_name_text, "Wijkteam | Zuid-Oost ë");

        // A workshop without a name or role groups, and no workshop at all.
        let bare = AppState::default()
            .apply(Action::OpenLink(
                link::encode_workshop(&Workshop::default()),
            ))
            .apply(Action::Join);
        assert_eq!(bare.joined, Some(Workshop::default()));
        let text = to_storage(&bare);
        assert!(text.ends_with("|0|"), "{text}");
        assert_eq!(
            from_storage(&text).unwrap().joined,
            Some(Workshop::default())
        );
        let alone = to_storage(&AppState::default());
        assert!(
            alone.starts_with("2|nl|w|0|") && alone.ends_with("|-|"),
            "{alone}"
        );
        assert_eq!(from_storage(&alone).unwrap().joined, None);
        let dots = ".".repeat(28);
        for bad in [
            format!("2|nl|w|0|{dots}|128|"),
            format!("2|nl|w|0|{dots}|x|"),
            format!("2|nl|w|0|{dots}||"),
            format!("2|nl|w|0|{dots}|-"),
        ] {
            assert_eq!(from_storage(&bad), None, "{bad}");
        }
    }

    #[test]
    fn a_joined_workshop_keeps_the_chosen_language_over_a_reload() {
        let english = workshop(Some("Team"), Lang::En, &[RoleGroup::Uwv]);
        let s = AppState::default()
            .apply(Action::OpenLink(link::encode_workshop(&english)))
            .apply(Action::Join)
            .apply(Action::SetLang(Lang::Nl));
        let restored = from_storage(&to_storage(&s)).unwrap();
        assert_eq!(
            restored.joined, s.joined,
            "the same workshop before and after"
        );
        assert_eq!(restored.lang, Lang::Nl);
        for state in [s, restored] {
            let again = state.apply(Action::StartOver);
            assert_eq!(
                again.lang,
                Lang::Nl,
                "starting over keeps the chosen language"
            );
            assert!(again.joined.is_some());
        }
    }

    #[test]
    fn storage_version_1_still_loads() {
        let dots = ".".repeat(28);
        // A version 1 line, written before workshops, still loads: not in a workshop.
        let codes = "1234501234.....54321012345.";
        let codes = format!("{codes}{}", ".".repeat(28 - codes.len()));
        let old = from_storage(&format!("1|nl|3|2|{codes}|Team")).expect("a version 1 line loads");
        assert_eq!(old.joined, None);
        assert_eq!((old.lang, old.screen), (Lang::Nl, Screen::Question(3)));
        assert_eq!(old.draft.role, Some(RoleGroup::WorkAndIncome));
        assert_eq!(old.draft.now[0], Some(pos(1)));
        assert_eq!(old.draft.now[5], Some(Answer::DontKnow));
        assert_eq!(old.draft.now[10], None);
        assert_eq!(old.draft.desired[1], Some(pos(5)));
        assert_eq!(old.draft.team_name, Some(TeamName::new("Team").unwrap()));
        assert_eq!(old.team_name_text, "Team");
        // Version 1 without a team name, and with a '|' in it.
        let nameless = from_storage(&format!("1|en|r|0|{dots}|")).expect("loads");
        assert_eq!((nameless.joined, nameless.draft.team_name), (None, None));
        let piped = from_storage(&format!("1|en|w|0|{dots}|Team | Oost")).expect("loads");
        assert_eq!(
            piped.draft.team_name.as_ref().map(TeamName::as_str),
            Some("Team | Oost")
        );
        assert_eq!(piped.joined, None);
    }

    #[test]
    fn settling_is_never_saved() {
        let settled = AppState::default().apply(Action::Settle);
        assert!(!from_storage(&to_storage(&settled)).unwrap().settled);
    }
}
