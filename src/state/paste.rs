//! What a paste did, said after every paste, and taking it back (issue 22): the last paste can
//! be undone, the results of another team can be left out, and a team link asks first whether
//! it is this session's team or an earlier one to compare with. Nothing is merged unseen.
//!
//! Undoing and leaving out remove links as erasing does ([`sync`](super::sync)): with a time,
//! so another tab of the same facilitator removes them too.

use std::rc::Rc;

use super::facilitator::FacilitatorState;
use crate::domain::agreement::Agreements;
use crate::domain::collect::{Collected, PasteReport};
use crate::domain::instrument::DIMENSION_COUNT;
use crate::domain::link::{self, Decoded};
use crate::domain::response::TeamName;

/// What the last paste, undo or leaving out did: the message under the paste box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteOutcome {
    /// A paste: what it did, and the other teams' names among the results it added.
    Pasted {
        report: PasteReport,
        other_teams: Vec<TeamName>,
        /// The links it added (for undo); empty when it added nothing.
        links: Vec<String>,
        /// It brought the team's agreements (a team link's, where none were typed).
        brought_agreements: bool,
    },
    /// The last paste was undone: this many participants went out again.
    Undone { participants: usize },
    /// The results of this team were left out: this many participants.
    LeftOut { team: TeamName, participants: usize },
    /// The team links of a paste went to the comparison instead (the facilitator's answer).
    ToCompare,
}

/// The answer to "is this team link this session's team, or an earlier one?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamLinkAnswer {
    /// Add it to the collection.
    ThisSession,
    /// Compare the team view with it.
    Earlier,
}

/// The team name a link carries.
fn team_name_of(link: &str) -> Option<TeamName> {
    match link::decode(link).ok()? {
        Decoded::Response(r) => r.team_name,
        Decoded::Team(t) => t.team_name,
        Decoded::TeamCounts(c) => c.team_name,
        Decoded::Workshop(_) => None,
    }
}

/// Participants of a collection made of `links` alone.
fn participants_of(links: &[String]) -> usize {
    let mut collected = Collected::default();
    for link in links {
        collected.add(link);
    }
    collected.participants()
}

impl FacilitatorState {
    /// The team the session is of: the invitation's, else the first name collected.
    fn session_team(&self) -> Option<TeamName> {
        self.invitation
            .as_ref()
            .and_then(|w| w.team_name.clone())
            .or_else(|| self.collected.team_name.clone())
    }

    /// A paste from the box (or a camera): a team link in it is asked about first.
    pub(super) fn paste(&mut self, text: String, now: u64) {
        let mut probe = (*self.collected).clone();
        if probe.add(&text).team_links > 0 {
            self.team_question = Some(text);
            self.paste_outcome = None;
            return;
        }
        self.take_paste(&text, now);
    }

    /// Adds what `text` holds to the collection and says what it did.
    fn take_paste(&mut self, text: &str, now: u64) {
        let session = self.session_team();
        let before = self.collected.taken().len();
        let report = Rc::make_mut(&mut self.collected).add(text);
        let links = self.collected.taken()[before..].to_vec();
        self.record_taken(before, now);
        let mut other_teams: Vec<TeamName> = Vec::new();
        let session = session.or_else(|| self.collected.team_name.clone());
        for name in links.iter().filter_map(|l| team_name_of(l)) {
            if Some(&name) != session.as_ref() && !other_teams.contains(&name) {
                other_teams.push(name);
            }
        }
        // A team link pasted on another device brings what that team agreed, unless
        // agreements were typed here already: those are never replaced.
        let brought_agreements =
            self.agreements.is_empty() && !self.collected.agreements.is_empty();
        if brought_agreements {
            self.agreements = self.collected.agreements.clone();
            let stamp = self.tick(now);
            self.stamps.agreements = [[stamp; 3]; DIMENSION_COUNT];
        }
        // The box keeps what it holds unless that added a result: a paste that added nothing
        // can be corrected.
        if !links.is_empty() {
            self.paste_text.clear();
        }
        self.paste_outcome = Some(PasteOutcome::Pasted {
            report,
            other_teams,
            links,
            brought_agreements,
        });
    }

    /// The facilitator's answer to the team-link question.
    pub(super) fn answer_team_link(&mut self, answer: TeamLinkAnswer, now: u64) {
        let Some(text) = self.team_question.take() else {
            return;
        };
        match answer {
            TeamLinkAnswer::ThisSession => self.take_paste(&text, now),
            TeamLinkAnswer::Earlier => {
                self.compare_text = text;
                self.team_compare = super::facilitator::compare_with(&self.compare_text);
                self.paste_text.clear();
                self.paste_outcome = Some(PasteOutcome::ToCompare);
            }
        }
    }

    /// Takes the last paste back: its links out (for every tab), its agreements too.
    pub(super) fn undo_paste(&mut self, now: u64) {
        if !matches!(self.paste_outcome, Some(PasteOutcome::Pasted { .. })) {
            return;
        }
        let Some(PasteOutcome::Pasted {
            links,
            brought_agreements,
            ..
        }) = self.paste_outcome.take()
        else {
            return;
        };
        let participants = participants_of(&links);
        self.remove_links(&links, now);
        if brought_agreements {
            self.agreements = Agreements::default();
            let stamp = self.tick(now);
            self.stamps.agreements = [[stamp; 3]; DIMENSION_COUNT];
        }
        self.paste_outcome = Some(PasteOutcome::Undone { participants });
    }

    /// Leaves out every result and team link of `team`.
    pub(super) fn leave_out_team(&mut self, team: TeamName, now: u64) {
        let links: Vec<String> = self
            .links
            .iter()
            .filter(|e| e.present() && team_name_of(&e.link).as_ref() == Some(&team))
            .map(|e| e.link.clone())
            .collect();
        let participants = participants_of(&links);
        self.remove_links(&links, now);
        self.paste_outcome = Some(PasteOutcome::LeftOut { team, participants });
    }

    /// The other teams in the collection, by name, with how many participants each: named on
    /// the workshop screen, each with a button to leave it out.
    pub fn other_teams(&self) -> Vec<(TeamName, usize)> {
        let session = self.session_team();
        let mut teams: Vec<(TeamName, Vec<String>)> = Vec::new();
        for entry in self.links.iter().filter(|e| e.present()) {
            let Some(name) = team_name_of(&entry.link) else {
                continue;
            };
            if Some(&name) == session.as_ref() {
                continue;
            }
            match teams.iter_mut().find(|(n, _)| *n == name) {
                Some((_, links)) => links.push(entry.link.clone()),
                None => teams.push((name, vec![entry.link.clone()])),
            }
        }
        teams
            .into_iter()
            .map(|(name, links)| (name, participants_of(&links)))
            .collect()
    }

    fn remove_links(&mut self, links: &[String], now: u64) {
        let stamp = self.tick(now);
        for entry in self.links.iter_mut().filter(|e| links.contains(&e.link)) {
            entry.removed = stamp;
        }
        self.rebuild_collected();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agreement::AgreementField;
    use crate::domain::counts::TeamCounts;
    use crate::domain::instrument::{Lang, RoleGroup};
    use crate::domain::link::Workshop;
    use crate::domain::response::Response;
    use crate::state::facilitator::FacilitatorAction as A;
    use crate::state::storage::{facilitator_to_storage, read_facilitator};
    use crate::state::test_support::pos;

    fn result(value: u8, team: &str) -> String {
        let mut r = Response::default();
        r.now[0] = pos(value);
        link::encode_response(&r, Some(&TeamName::new(team).unwrap()))
    }

    fn session() -> FacilitatorState {
        FacilitatorState::default().apply(A::CreateWorkshop(Workshop {
            team_name: Some(TeamName::new("Oost").unwrap()),
            lang: Lang::Nl,
            roles: vec![RoleGroup::Uwv],
        }))
    }

    #[test]
    fn a_paste_says_what_it_did_and_can_be_undone() {
        let chat = format!(
            "[10:01] Anna: {}\n[10:02] Piet: {}\nhoi allemaal\n[10:03] Kees: {} en nog eens {}\ngoedemorgen",
            result(1, "Oost"),
            result(2, "Oost"),
            result(3, "Zuid"),
            result(1, "Oost"),
        );
        let s = session().apply(A::AddPasted(chat));
        let Some(PasteOutcome::Pasted {
            report,
            other_teams,
            links,
            ..
        }) = &s.paste_outcome
        else {
            panic!("{:?}", s.paste_outcome)
        };
        assert_eq!((report.results, report.duplicates), (3, 1));
        assert_eq!(report.lines_without_link, 2);
        assert_eq!(other_teams, &[TeamName::new("Zuid").unwrap()]);
        assert_eq!(links.len(), 3);
        assert_eq!(s.collected.participants(), 3);
        // A second paste, then undo: only the second goes.
        let more = s.apply(A::AddPasted(result(4, "Oost")));
        assert_eq!(more.collected.participants(), 4);
        let undone = more.apply(A::UndoPaste);
        assert_eq!(undone.collected.participants(), 3);
        assert_eq!(
            undone.paste_outcome,
            Some(PasteOutcome::Undone { participants: 1 })
        );
        // Undone for good: it stays out after a reload, and a second undo does nothing.
        let stored = read_facilitator(&facilitator_to_storage(&undone)).unwrap();
        assert_eq!(stored.collected.participants(), 3);
        assert_eq!(undone.clone().apply(A::UndoPaste), undone);
        // Pasted again, it comes back.
        let back = undone.apply(A::AddPasted(result(4, "Oost")));
        assert_eq!(back.collected.participants(), 4);
    }

    #[test]
    fn another_team_is_named_and_can_be_left_out() {
        let s = session()
            .apply(A::AddPasted(format!(
                "{} {}",
                result(3, "Zuid"),
                result(2, "Oost")
            )))
            .apply(A::AddPasted(format!(
                "{} {}",
                result(4, "Zuid"),
                result(5, "Noord")
            )));
        assert_eq!(s.collected.participants(), 4);
        let zuid = TeamName::new("Zuid").unwrap();
        let out = s.clone().apply(A::LeaveOutTeam(zuid.clone()));
        assert_eq!(out.collected.participants(), 2);
        assert_eq!(
            out.paste_outcome,
            Some(PasteOutcome::LeftOut {
                team: zuid,
                participants: 2
            })
        );
        // Another tab that still holds them loses them too when it merges.
        let other_tab = read_facilitator(&facilitator_to_storage(&s)).unwrap();
        let merged = other_tab.merge(&read_facilitator(&facilitator_to_storage(&out)).unwrap());
        assert_eq!(merged.collected.participants(), 2);
    }

    #[test]
    fn a_team_link_asks_first_whether_it_is_this_session_or_an_earlier_one() {
        let team: Vec<Response> = (1..=3)
            .map(|v| {
                let mut r = Response::default();
                r.now[1] = pos(v);
                r
            })
            .collect();
        let mut carried = Agreements::default();
        carried.set(2, AgreementField::Text, "Samen".into());
        let team_link = link::encode_team_counts(
            &TeamCounts::from_responses(&team),
            Some(&TeamName::new("Oost").unwrap()),
            &carried,
        )
        .unwrap();
        let text = format!("{team_link} en {}", result(1, "Oost"));
        let asked = session()
            .apply(A::SetPasteText(text.clone()))
            .apply(A::AddPasted(text.clone()));
        assert_eq!(asked.team_question.as_deref(), Some(text.as_str()));
        assert_eq!(asked.collected.participants(), 0, "nothing merged unseen");
        assert_eq!(asked.paste_text, text);
        // This session's team: added, with its agreements; and undone again, with them.
        let added = asked
            .clone()
            .apply(A::AnswerTeamLink(TeamLinkAnswer::ThisSession));
        assert_eq!(added.collected.participants(), 4);
        assert_eq!(added.agreements, carried);
        assert_eq!(added.team_question, None);
        let undone = added.apply(A::UndoPaste);
        assert_eq!(undone.collected.participants(), 0);
        assert!(undone.agreements.is_empty());
        // An earlier one: the comparison, nothing added.
        let compared = asked.apply(A::AnswerTeamLink(TeamLinkAnswer::Earlier));
        assert_eq!(compared.collected.participants(), 0);
        assert!(matches!(compared.team_compare, Some(Ok(_))));
        assert_eq!(compared.paste_outcome, Some(PasteOutcome::ToCompare));
    }
}
