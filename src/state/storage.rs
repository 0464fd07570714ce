//! The stored formats: the participant's draft and where they were ([`STORAGE_KEY`]), and the
//! facilitator's invitation, collected links and agreements ([`WORKSHOP_STORAGE_KEY`]), each
//! one line of text under its own localStorage key. Neither is the share link: the draft must
//! tell "not answered yet" from "don't know". `platform` reads and writes them; a value that
//! cannot be read is first kept under [`backup_key`].

use std::rc::Rc;

use super::facilitator::FacilitatorState;
use super::{AppState, Draft, Screen};
use crate::domain::agreement::Agreements;
use crate::domain::collect;
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

/// `2|<invitation link>|<the links taken, space-separated>|<the agreements>` (see
/// [`Agreements::to_storage`]), then `|<the team links shared, space-separated>` when any was:
/// the links are the responses, and collecting them again restores them and what counts as a
/// duplicate. Version 1 had no agreements; without the last section nothing was shared. What
/// the facilitator is typing or looking at (the forms, the slides) is not stored.
pub fn facilitator_to_storage(state: &FacilitatorState) -> String {
    let mut out = String::from("2|");
    if let Some(invitation) = &state.invitation {
        out.push_str(&link::encode_workshop(invitation));
    }
    out.push('|');
    out.push_str(&state.collected.taken().join(" "));
    out.push('|');
    out.push_str(&state.agreements.to_storage());
    if !state.shared.is_empty() {
        out.push('|');
        out.push_str(&state.shared.join(" "));
    }
    out
}

/// The agreements and the optional section of shared team links after them. The agreements'
/// texts may hold `|`, but a section cannot follow complete agreements unseen: read whole, the
/// agreements fail on it (an index is digits), and the section holds link characters only.
fn agreements_and_shared(text: &str) -> Option<(Agreements, Vec<String>)> {
    if let Some(agreements) = Agreements::from_storage(text) {
        return Some((agreements, Vec::new()));
    }
    let (agreements, shared) = text.rsplit_once('|')?;
    let link_text = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' ');
    if !shared.chars().all(link_text) {
        return None;
    }
    let shared = shared
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    Some((Agreements::from_storage(agreements)?, shared.collect()))
}

/// The facilitator stored by [`facilitator_to_storage`] (or by version 1, without agreements);
/// `None` for a value of another format (damaged, or written by a newer version), which must
/// not be overwritten unseen.
pub fn read_facilitator(text: &str) -> Option<FacilitatorState> {
    let (version, rest) = text.split_once('|')?;
    let (invitation, rest) = rest.split_once('|')?;
    let (links, (agreements, shared)) = match version {
        "1" => (rest, (Agreements::default(), Vec::new())),
        "2" => {
            let (links, rest) = rest.split_once('|')?;
            (links, agreements_and_shared(rest)?)
        }
        _ => return None,
    };
    let invitation = match link::decode(invitation) {
        Ok(Decoded::Workshop(w)) => Some(w),
        _ => None,
    };
    Some(FacilitatorState {
        invitation,
        collected: Rc::new(collect::collect(links)),
        agreements,
        shared,
        ..FacilitatorState::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::{Horizon, Response};
    use crate::state::facilitator::FacilitatorAction;
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
            .apply(FacilitatorAction::AddPasted(team.clone()));
        let f = &s;
        assert_eq!(f.invitation.as_ref(), Some(&invitation));
        assert_eq!((f.collected.participants(), f.collected.duplicates), (4, 2));

        let text = facilitator_to_storage(f);
        assert!(text.starts_with("2|v1w"), "{text}");
        let restored = read_facilitator(&text).unwrap();
        assert_eq!(restored.invitation, Some(invitation));
        assert_eq!(restored.collected.responses, f.collected.responses);
        assert_eq!(restored.collected.teams, f.collected.teams);
        assert_eq!(restored.collected.taken(), f.collected.taken());
        assert_eq!(restored.collected.team_name, f.collected.team_name);
        assert_eq!(facilitator_to_storage(&restored), text);
        // A link taken before the reload is still a duplicate after it.
        let again = restored.apply(FacilitatorAction::AddPasted(one));
        let again = &again.collected;
        assert_eq!((again.participants(), again.duplicates), (4, 1));

        // Nothing made or collected yet.
        assert_eq!(facilitator_to_storage(&FacilitatorState::default()), "2|||");
        assert_eq!(read_facilitator("2|||"), Some(FacilitatorState::default()));
        // What version 1 stored reads as it was, without agreements.
        assert_eq!(read_facilitator("1||"), Some(FacilitatorState::default()));
        let v1 = text.replacen("2|", "1|", 1);
        let v1 = &v1[..v1.len() - 1];
        assert_eq!(
            read_facilitator(v1).map(|f| f.collected.participants()),
            Some(4)
        );
        let response = link::encode_response(&Response::default(), None);
        for garbage in [
            String::new(),
            "garbage".into(),
            "1".into(),
            "|||".into(),
            "0|v1wAAAVkS8t|".into(),
            "3|v1wAAAVkS8t||".into(),
            "2|v1wAAAVkS8t||x".into(),
            "1|garbage|garbage".into(),
            // Only a workshop link is an invitation.
            format!("1|{response}|"),
            // A mistyped invitation.
            "1|v1wAAAVkS8u|".into(),
            "\u{0}|\u{FEFF}".into(),
            "1".repeat(5000),
        ] {
            assert_eq!(
                read_facilitator(&garbage).unwrap_or_default(),
                FacilitatorState::default(),
                "{garbage:?}"
            );
        }
        let no_invitation = read_facilitator(&format!("1||{response}")).unwrap();
        assert_eq!(no_invitation.invitation, None);
        assert_eq!(no_invitation.collected.responses, [Response::default()]);
    }

    #[test]
    fn the_team_links_shared_are_an_optional_last_section() {
        let mut agreements = Agreements::default();
        // An agreement's text may hold `|` and what looks like a link after it.
        agreements.set(
            2,
            crate::domain::agreement::AgreementField::Text,
            "samen | v3tAAA".into(),
        );
        let base = FacilitatorState {
            agreements,
            ..FacilitatorState::default()
        };
        let without = facilitator_to_storage(&base);
        assert!(!without.ends_with("|v3tAAA"), "{without}");
        assert_eq!(
            read_facilitator(&without).unwrap().shared,
            Vec::<String>::new()
        );
        let shared = base
            .clone()
            .apply(FacilitatorAction::Shared("v3tAAADA".into()))
            .apply(FacilitatorAction::Shared("v3tBBBDA".into()));
        let text = facilitator_to_storage(&shared);
        assert!(text.ends_with("|v3tAAADA v3tBBBDA"), "{text}");
        let restored = read_facilitator(&text).unwrap();
        assert_eq!(restored.shared, ["v3tAAADA", "v3tBBBDA"]);
        assert_eq!(restored.agreements, shared.agreements);
        // Without agreements too; and what is not link text is not a section.
        let bare = FacilitatorState::default().apply(FacilitatorAction::Shared("v3tX".into()));
        assert_eq!(facilitator_to_storage(&bare), "2||||v3tX");
        assert_eq!(read_facilitator("2||||v3tX").unwrap().shared, ["v3tX"]);
        assert_eq!(read_facilitator("2||||v3t#X"), None);
        // Erasing keeps them: the next share of this team is checked against them.
        let erased = shared.apply(FacilitatorAction::EraseCollected);
        assert_eq!(erased.shared.len(), 2);
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
