//! The facilitator's state and the actions that change it, as pure Rust: the invitation and its
//! form, the collected results, the agreements, and the team view's slides and comparison.
//!
//! Only the facilitator's build uses it (`app::facilitator` holds it in a reducer of its own
//! beside the participant's [`AppState`](super::AppState)), so the participant's build links
//! none of it. Its invitation, results and agreements are stored (see
//! [`storage::facilitator_to_storage`](super::storage::facilitator_to_storage)); the rest is
//! what is being typed or shown.

use std::rc::Rc;

use super::camera::{CameraAction, CameraPanel};
use super::paste::{PasteOutcome, TeamLinkAnswer};
use super::sync::{field_index, LinkEntry, Stamps, Unread};
use super::CopyFeedback;
use crate::domain::agreement::{one_line, AgreementField, Agreements};
use crate::domain::collect::{self, Collected};
use crate::domain::counts::{could_single_out, TeamCounts};
use crate::domain::instrument::{Lang, RoleGroup, DIMENSION_COUNT};
use crate::domain::link::{self, Decoded, LinkError, SharedCounts, Workshop};
use crate::domain::response::{TeamName, TeamNameError};
use crate::slides::Slide;

/// The most shared team links kept for the differencing check: the last ones matter.
pub const MAX_SHARED: usize = 20;

/// The facilitator's links that have a copy button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FacilitatorLink {
    /// The workshop's invitation link.
    Invitation,
    /// The team link.
    Team,
}

/// The facilitator's invitation form, as filled in (not saved).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopForm {
    /// The team name as typed.
    pub team: String,
    /// The participants' language; `None`: the language the facilitator's screen is in.
    pub lang: Option<Lang>,
    /// The role groups offered, in [`RoleGroup::ALL`] order.
    pub roles: Vec<RoleGroup>,
    /// Why the last submit made no invitation.
    pub error: Option<TeamNameError>,
}

impl Default for WorkshopForm {
    fn default() -> WorkshopForm {
        WorkshopForm {
            team: String::new(),
            lang: None,
            roles: RoleGroup::ALL.to_vec(),
            error: None,
        }
    }
}

/// One change to the invitation form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormEdit {
    TeamName(String),
    Lang(Lang),
    /// A role group offered (`true`) or not.
    Role(RoleGroup, bool),
}

/// What a facilitator made, collected and is working on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacilitatorState {
    // Stored:
    pub invitation: Option<Workshop>,
    /// The responses taken out of everything pasted so far, and what could not be read.
    pub collected: Rc<Collected>,
    /// What the team agreed, per dimension, as typed.
    pub agreements: Agreements,
    /// Every link ever taken, with when it was added and removed: `collected` is made of those
    /// present (see [`sync`](super::sync)).
    pub links: Vec<LinkEntry>,
    /// When the invitation and each agreement field last changed.
    pub stamps: Stamps,
    /// The team links (version 3 fragments) this browser shared: copied, downloaded as CSV or
    /// printed, oldest first, at most [`MAX_SHARED`]. Kept over "erase": a later share of the
    /// same team is checked against them ([`FacilitatorState::could_single_out`]).
    pub shared: Vec<String>,
    // Not stored:
    /// The latest stamp this tab made or saw (see [`sync`](super::sync)).
    pub clock: u64,
    /// What the stored value held that could not be read: shown until dismissed.
    pub unread: Unread,
    /// The invitation's form is open to change it.
    pub editing: bool,
    /// Once results are collected the invitation is folded to a summary; this shows its link
    /// and QR code again (for someone who joins late).
    pub showing_invitation: bool,
    /// The invitation form as filled in.
    pub workshop_form: WorkshopForm,
    /// The paste box as typed; emptied only when a paste added a result.
    pub paste_text: String,
    /// A paste with a team link in it, waiting for the answer: this session's team, or an
    /// earlier one to compare with?
    pub team_question: Option<String>,
    /// What the last paste (or its undo, or leaving a team out) did: the message under the box.
    pub paste_outcome: Option<PasteOutcome>,
    /// "Erase the collected results" was pressed and waits for confirmation.
    pub confirming_erase: bool,
    /// The field for a second team link, as typed.
    pub compare_text: String,
    /// A second team link to compare the team view with: a team or why it could not be read.
    pub team_compare: Option<Result<SharedCounts, LinkError>>,
    /// The team view is presented as slides: the slide shown (where it is not in the deck,
    /// the presenter shows the nearest, `slides::Deck::new`).
    pub presenting: Option<Slide>,
    /// The copy feedback, and the link that was copied.
    pub copied: Option<(FacilitatorLink, CopyFeedback)>,
    /// The camera panel that reads the phones' result codes, while it is open.
    pub camera_panel: Option<CameraPanel>,
}

/// Everything a facilitator can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FacilitatorAction {
    /// The facilitator made (or remade) the invitation.
    CreateWorkshop(Workshop),
    /// Change the invitation: back to its form, filled in with it.
    EditWorkshop,
    /// Show (`true`) or hide the folded invitation's link and QR code.
    ShowInvitation(bool),
    /// Typing or choosing in the invitation form.
    EditWorkshopForm(FormEdit),
    /// Make the invitation the form describes, or say why not; the language is the screen's,
    /// for a form whose language was not chosen.
    SubmitWorkshop(Lang),
    /// Typing in the paste box.
    SetPasteText(String),
    /// Text pasted by the facilitator, with result links in it; a team link in it is asked
    /// about first (see [`paste`](super::paste)).
    AddPasted(String),
    /// The answer to whether the team link pasted is this session's team or an earlier one.
    AnswerTeamLink(TeamLinkAnswer),
    /// Take the last paste back.
    UndoPaste,
    /// Leave out every result of this (other) team.
    LeaveOutTeam(TeamName),
    AskErase,
    CancelErase,
    /// Forget the collected results and the agreements (after confirmation).
    EraseCollected,
    /// Typing in the field for a second team link.
    SetCompareText(String),
    /// A second team link for the team view to compare with; empty closes the comparison.
    CompareTeams(String),
    /// Close the comparison with a second team link (the field keeps its text).
    CloseCompare,
    /// Type one field of a dimension's agreement (dimension index 0-13), kept as typed but on
    /// one line (a line break becomes a space, [`one_line`]).
    SetAgreement(usize, AgreementField, String),
    /// Present the team view as slides, from this one (`Slide::FIRST`, or the one kept over
    /// a reload).
    Present(Slide),
    /// Show this slide while presenting.
    ShowSlide(Slide),
    StopPresenting,
    /// Copying one of the facilitator's links worked or failed.
    CopyFinished(FacilitatorLink, CopyFeedback),
    /// The team result with this team link (fragment) left the browser: copied, downloaded as
    /// CSV, or printed.
    Shared(String),
    /// The page shows another screen (see [`Shown`](super::Shown)): what belonged to the one
    /// left ends.
    ScreenChanged,
    /// What another tab stored: merged in (see [`sync`](super::sync)).
    Merge(Box<FacilitatorState>),
    /// Close the notice of what the stored value held that could not be read.
    DismissUnread,
    /// The camera panel (see [`camera`](super::camera)).
    Camera(CameraAction),
}

impl FacilitatorState {
    /// The state after `action`, as [`FacilitatorState::apply_at`] with the tab's own clock.
    pub fn apply(self, action: FacilitatorAction) -> FacilitatorState {
        self.apply_at(action, 0)
    }

    /// The state after `action`, made at `now` (milliseconds; the stamps of what changes, see
    /// [`sync`](super::sync)). Out-of-range indexes are ignored, never a panic.
    pub fn apply_at(mut self, action: FacilitatorAction, now: u64) -> FacilitatorState {
        // "Copied" belongs to the link it was given for: any other action clears it, except the
        // record that the copied team link was shared.
        if !matches!(
            action,
            FacilitatorAction::CopyFinished(..) | FacilitatorAction::Shared(_)
        ) {
            self.copied = None;
        }
        match action {
            FacilitatorAction::CreateWorkshop(workshop) => {
                self.invitation = Some(workshop);
                self.stamps.invitation = self.tick(now);
                self.editing = false;
            }
            FacilitatorAction::EditWorkshop => {
                self.editing = true;
                if let Some(invitation) = &self.invitation {
                    self.workshop_form = WorkshopForm {
                        team: invitation
                            .team_name
                            .as_ref()
                            .map_or_else(String::new, |n| n.as_str().to_owned()),
                        lang: Some(invitation.lang),
                        roles: invitation.roles.clone(),
                        error: None,
                    };
                }
            }
            FacilitatorAction::ShowInvitation(shown) => self.showing_invitation = shown,
            FacilitatorAction::EditWorkshopForm(edit) => self.workshop_form.edit(edit),
            FacilitatorAction::SubmitWorkshop(screen_lang) => {
                match TeamName::parse_required(&self.workshop_form.team) {
                    Ok(team_name) => {
                        let workshop = Workshop {
                            team_name: Some(team_name),
                            lang: self.workshop_form.lang.unwrap_or(screen_lang),
                            roles: self.workshop_form.roles.clone(),
                        };
                        self.workshop_form.error = None;
                        return self.apply_at(FacilitatorAction::CreateWorkshop(workshop), now);
                    }
                    Err(error) => self.workshop_form.error = Some(error),
                }
            }
            FacilitatorAction::SetPasteText(text) => self.paste_text = text,
            FacilitatorAction::AddPasted(text) => self.paste(text, now),
            FacilitatorAction::AnswerTeamLink(answer) => self.answer_team_link(answer, now),
            FacilitatorAction::UndoPaste => self.undo_paste(now),
            FacilitatorAction::LeaveOutTeam(team) => self.leave_out_team(team, now),
            FacilitatorAction::AskErase => self.confirming_erase = true,
            FacilitatorAction::CancelErase => self.confirming_erase = false,
            FacilitatorAction::EraseCollected => {
                // The agreements belong to the team that was collected.
                self.collected = Default::default();
                self.agreements = Agreements::default();
                self.erase_synced(now);
                self.confirming_erase = false;
                self.paste_outcome = None;
                self.team_question = None;
            }
            FacilitatorAction::SetCompareText(text) => self.compare_text = text,
            FacilitatorAction::CompareTeams(text) => self.team_compare = compare_with(&text),
            FacilitatorAction::CloseCompare => self.team_compare = None,
            FacilitatorAction::SetAgreement(index, field, text) => {
                if index < DIMENSION_COUNT {
                    self.agreements.set(index, field, one_line(&text));
                    self.stamps.agreements[index][field_index(field)] = self.tick(now);
                }
            }
            FacilitatorAction::Present(slide) => {
                self.presenting = Some(slide);
                // The projector shows the slides, not the camera's picture of the room.
                self.camera_panel = None;
            }
            FacilitatorAction::ShowSlide(slide) => {
                self.presenting = self.presenting.and(Some(slide));
            }
            FacilitatorAction::StopPresenting => self.presenting = None,
            FacilitatorAction::CopyFinished(link, feedback) => {
                self.copied = Some((link, feedback));
                // "Select the link and copy it yourself": the folded invitation shows it.
                if (link, feedback) == (FacilitatorLink::Invitation, CopyFeedback::Failed) {
                    self.showing_invitation = true;
                }
            }
            FacilitatorAction::Shared(fragment) => {
                self.shared.retain(|s| *s != fragment);
                self.shared.push(fragment);
                let over = self.shared.len().saturating_sub(MAX_SHARED);
                self.shared.drain(..over);
            }
            FacilitatorAction::ScreenChanged => {
                self.confirming_erase = false;
                self.team_compare = None;
                self.compare_text.clear();
                self.presenting = None;
                // The camera goes off when the facilitator leaves the screen.
                self.camera_panel = None;
            }
            FacilitatorAction::Merge(other) => return self.merge(&other),
            FacilitatorAction::DismissUnread => self.unread = Unread::default(),
            FacilitatorAction::Camera(action) => self.camera(action, now),
        }
        self
    }

    /// The invitation as made, unless its form is open to change it: the screen shows one or
    /// the other.
    pub fn invitation_shown(&self) -> Option<&Workshop> {
        self.invitation.as_ref().filter(|_| !self.editing)
    }

    /// The team's name over the team view: the one the collected results carry, else the
    /// invitation's.
    pub fn team_name(&self) -> Option<TeamName> {
        self.collected
            .team_name
            .clone()
            .or_else(|| self.invitation.as_ref().and_then(|w| w.team_name.clone()))
    }

    /// Whether sharing `team` could single people out by differencing: it and a team result
    /// this browser shared earlier, or the one in the compare field, could differ by at most
    /// two people ([`could_single_out`]).
    pub fn could_single_out(&self, team: &TeamCounts) -> bool {
        let earlier = self.shared.iter().filter_map(|s| match link::decode(s) {
            Ok(Decoded::TeamCounts(c)) => Some(c.counts),
            _ => None,
        });
        let compared = self.team_compare.iter().flatten().map(|c| c.counts.clone());
        earlier
            .chain(compared)
            .any(|other| could_single_out(team.team(), other.team()))
    }

    /// The copy feedback of `link`, if it was the one copied last.
    pub fn copy_feedback(&self, link: FacilitatorLink) -> Option<CopyFeedback> {
        self.copied
            .filter(|&(copied, _)| copied == link)
            .map(|(_, feedback)| feedback)
    }
}

impl WorkshopForm {
    fn edit(&mut self, edit: FormEdit) {
        match edit {
            FormEdit::TeamName(text) => {
                self.team = text;
                self.error = None;
            }
            FormEdit::Lang(lang) => self.lang = Some(lang),
            FormEdit::Role(role, offered) => {
                self.roles.retain(|&r| r != role);
                if offered {
                    self.roles.push(role);
                }
                let chosen = std::mem::take(&mut self.roles);
                self.roles = RoleGroup::ALL
                    .into_iter()
                    .filter(|r| chosen.contains(r))
                    .collect();
            }
        }
    }
}

/// A second team to compare with, read like a paste (a whole address, or the links of the
/// members), as counts; `None` for an empty field.
pub(super) fn compare_with(text: &str) -> Option<Result<SharedCounts, LinkError>> {
    if text.trim().is_empty() {
        return None;
    }
    let collected = collect::collect(text);
    Some(if collected.participants() == 0 {
        Err(match collected.problems.first().map(|p| &p.error) {
            Some(collect::CollectError::Link(error)) => error.clone(),
            _ => LinkError::NotALink,
        })
    } else {
        Ok(SharedCounts {
            counts: collected.counts(),
            team_name: collected.team_name,
            agreements: collected.agreements,
            unread_sections: 0,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::link;
    use crate::domain::response::Response;
    use crate::state::storage::{facilitator_to_storage, read_facilitator};
    use crate::state::test_support::pos;

    #[test]
    fn the_paste_box_keeps_its_text_unless_a_result_was_added() {
        let mut one = Response::default();
        one.now[0] = pos(4);
        let link = format!("https://example.org/#{}", link::encode_response(&one, None));
        let typed = FacilitatorState::default()
            .apply(FacilitatorAction::SetPasteText("geen link hier".into()));
        let failed = typed
            .clone()
            .apply(FacilitatorAction::AddPasted(typed.paste_text.clone()));
        assert_eq!(failed.paste_text, "geen link hier");
        assert!(failed.collected.responses.is_empty());
        let added = failed
            .apply(FacilitatorAction::SetPasteText(link.clone()))
            .apply(FacilitatorAction::AddPasted(link.clone()));
        assert_eq!(added.paste_text, "");
        assert_eq!(added.collected.responses.len(), 1);
        // The same link again adds nothing (a duplicate): the text stays to be looked at.
        let again = added
            .apply(FacilitatorAction::SetPasteText(link.clone()))
            .apply(FacilitatorAction::AddPasted(link.clone()));
        assert_eq!(again.paste_text, link);
        // Copying and a question keep it too.
        let kept = again
            .apply(FacilitatorAction::CopyFinished(
                FacilitatorLink::Invitation,
                CopyFeedback::Copied,
            ))
            .apply(FacilitatorAction::AskErase)
            .apply(FacilitatorAction::CancelErase);
        assert_eq!(kept.paste_text, link);
    }

    #[test]
    fn the_invitation_form_needs_a_team_name() {
        let s = FacilitatorState::default()
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::TeamName(
                "   ".into(),
            )))
            .apply(FacilitatorAction::SubmitWorkshop(Lang::Nl));
        assert_eq!(s.workshop_form.error, Some(TeamNameError::Empty));
        assert_eq!(s.invitation, None);
        assert_eq!(s.workshop_form.team, "   ", "what was typed stays");
        let bidi = s
            .clone()
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::TeamName(
                "Team \u{202E}kooL".into(),
            )))
            .apply(FacilitatorAction::SubmitWorkshop(Lang::Nl));
        assert!(matches!(
            bidi.workshop_form.error,
            Some(TeamNameError::BidiControl { .. })
        ));
        assert_eq!(bidi.invitation, None);
        let s = s.apply(FacilitatorAction::EditWorkshopForm(FormEdit::TeamName(
            " Wijkteam Noord ".into(),
        )));
        assert_eq!(s.workshop_form.error, None, "typing clears the message");
        let s = s
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::Lang(
                Lang::En,
            )))
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::Role(
                RoleGroup::ALL[0],
                false,
            )))
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::Role(
                RoleGroup::ALL[0],
                true,
            )))
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::Role(
                RoleGroup::ALL[2],
                false,
            )))
            .apply(FacilitatorAction::SubmitWorkshop(Lang::Nl));
        let invitation = s.invitation.clone().expect("an invitation");
        assert_eq!(
            invitation.team_name.as_ref().map(TeamName::as_str),
            Some("Wijkteam Noord")
        );
        assert_eq!(invitation.lang, Lang::En);
        let mut roles = RoleGroup::ALL.to_vec();
        roles.remove(2);
        assert_eq!(invitation.roles, roles, "in the order of RoleGroup::ALL");
        // Changing it starts from the invitation as made.
        let editing = s
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::TeamName(
                "x".into(),
            )))
            .apply(FacilitatorAction::EditWorkshop);
        assert!(editing.editing);
        assert_eq!(editing.workshop_form.team, "Wijkteam Noord");
        assert_eq!(editing.workshop_form.roles, roles);
        assert_eq!(editing.workshop_form.lang, Some(Lang::En));
    }

    #[test]
    fn the_form_language_follows_the_screen_until_chosen() {
        let s = FacilitatorState::default()
            .apply(FacilitatorAction::EditWorkshopForm(FormEdit::TeamName(
                "T".into(),
            )))
            .apply(FacilitatorAction::SubmitWorkshop(Lang::En));
        assert_eq!(s.invitation.map(|w| w.lang), Some(Lang::En));
    }

    #[test]
    fn closing_a_comparison_keeps_the_typed_link() {
        let team = link::encode_team(&[Response::default()], None).unwrap();
        let s = FacilitatorState::default()
            .apply(FacilitatorAction::SetCompareText(team.clone()))
            .apply(FacilitatorAction::CompareTeams(team.clone()));
        assert!(matches!(s.team_compare, Some(Ok(_))));
        let closed = s.apply(FacilitatorAction::CloseCompare);
        assert_eq!(closed.team_compare, None);
        assert_eq!(closed.compare_text, team);
        assert_eq!(
            closed.apply(FacilitatorAction::ScreenChanged).compare_text,
            ""
        );
    }

    #[test]
    fn agreements_are_kept_as_typed_and_stored() {
        let s = FacilitatorState::default()
            .apply(FacilitatorAction::SetAgreement(
                3,
                AgreementField::Text,
                " <b>samen</b> | 😀 ".into(),
            ))
            .apply(FacilitatorAction::SetAgreement(
                3,
                AgreementField::Owner,
                "Fatima".into(),
            ))
            .apply(FacilitatorAction::SetAgreement(
                99,
                AgreementField::Text,
                "nowhere".into(),
            ));
        let agreement = s.agreements.get(3).unwrap();
        assert_eq!(agreement.text, " <b>samen</b> | 😀 ");
        // A pasted line break becomes a space as it is typed: the link would refuse it.
        let pasted = s.clone().apply(FacilitatorAction::SetAgreement(
            3,
            AgreementField::Text,
            "Samen\r\nplannen\nen\tdoen".into(),
        ));
        let text = &pasted.agreements.get(3).unwrap().text;
        assert_eq!(text, "Samen plannen en doen");
        assert_eq!(
            pasted.agreements.for_link().len(),
            1,
            "and the link carries it"
        );
        assert_eq!(agreement.owner, "Fatima");
        let restored = read_facilitator(&facilitator_to_storage(&s)).unwrap();
        assert_eq!(restored.agreements, s.agreements);
        // Erasing the collected results erases what that team agreed.
        let erased = s.clone().apply(FacilitatorAction::EraseCollected);
        assert!(erased.agreements.is_empty());

        // A pasted team link brings its agreements where none were typed, and only there.
        let mut carried = crate::domain::agreement::Agreements::default();
        carried.set(5, AgreementField::Text, "Samen plannen".into());
        let team = link::encode_team_with(&[Response::default()], None, &carried).unwrap();
        let this_session = FacilitatorAction::AnswerTeamLink(TeamLinkAnswer::ThisSession);
        let adopted = erased
            .apply(FacilitatorAction::AddPasted(format!(
                "https://x.nl/#{team}"
            )))
            .apply(this_session.clone());
        assert_eq!(adopted.agreements, carried);
        let kept = s
            .apply(FacilitatorAction::AddPasted(team))
            .apply(this_session);
        assert_eq!(kept.agreements.get(5).unwrap().text, "");
        assert_eq!(kept.agreements.get(3).unwrap().owner, "Fatima");
    }

    #[test]
    fn a_second_measurement_is_read_like_a_paste() {
        let mut theirs = Response::default();
        theirs.now[0] = pos(2);
        let team = link::encode_team(&[theirs.clone(), Response::default()], None).unwrap();
        let s = FacilitatorState::default().apply(FacilitatorAction::CompareTeams(format!(
            "https://example.org/scan/#{team}"
        )));
        match &s.team_compare {
            Some(Ok(shared)) => assert_eq!(shared.counts.participants(), 2),
            other => panic!("expected a team, got {other:?}"),
        }
        let s = s.apply(FacilitatorAction::CompareTeams(
            "de link van vorig jaar".into(),
        ));
        assert_eq!(s.team_compare, Some(Err(LinkError::NotALink)));
        let s = s.apply(FacilitatorAction::CompareTeams(format!(
            "#{}",
            &team[..team.len() - 1]
        )));
        assert!(matches!(s.team_compare, Some(Err(_))));
        // Leaving the screen closes the comparison.
        let s = s.apply(FacilitatorAction::ScreenChanged);
        assert_eq!(s.team_compare, None);
        assert_eq!(
            FacilitatorState::default()
                .apply(FacilitatorAction::CompareTeams(team))
                .apply(FacilitatorAction::CompareTeams(" ".into()))
                .team_compare,
            None
        );
    }

    #[test]
    fn presenting_walks_the_slides_and_ends_with_the_screen() {
        let s = FacilitatorState::default().apply(FacilitatorAction::ShowSlide(Slide::Title));
        assert_eq!(s.presenting, None, "no slide without presenting");
        let s = s.apply(FacilitatorAction::Present(Slide::FIRST));
        assert_eq!(s.presenting, Some(Slide::Join));
        let s = s.apply(FacilitatorAction::ShowSlide(Slide::Dimension(5)));
        assert_eq!(s.presenting, Some(Slide::Dimension(5)));
        // A reload returns to the slide kept in the tab.
        let kept =
            FacilitatorState::default().apply(FacilitatorAction::Present(Slide::Agreements(2)));
        assert_eq!(kept.presenting, Some(Slide::Agreements(2)));
        assert_eq!(
            s.clone()
                .apply(FacilitatorAction::StopPresenting)
                .presenting,
            None
        );
        // Another screen (or a link opened) ends it; it is never saved.
        assert_eq!(
            s.clone().apply(FacilitatorAction::ScreenChanged).presenting,
            None
        );
        assert_eq!(
            read_facilitator(&facilitator_to_storage(&s))
                .unwrap()
                .presenting,
            None
        );
    }

    #[test]
    fn erasing_asks_first_and_the_question_ends_with_the_screen() {
        let mut one = Response::default();
        one.now[0] = pos(4);
        let collected = FacilitatorState::default()
            .apply(FacilitatorAction::AddPasted(link::encode_response(
                &one, None,
            )))
            .apply(FacilitatorAction::AskErase);
        assert!(collected.confirming_erase);
        let kept = collected.clone().apply(FacilitatorAction::CancelErase);
        assert!(!kept.confirming_erase);
        assert_eq!(kept.collected.responses.len(), 1);
        assert!(
            !collected
                .clone()
                .apply(FacilitatorAction::ScreenChanged)
                .confirming_erase
        );
        let erased = collected.apply(FacilitatorAction::EraseCollected);
        assert!(erased.collected.responses.is_empty() && !erased.confirming_erase);
    }

    #[test]
    fn the_team_view_is_named_after_the_results_else_the_invitation() {
        let invitation = Workshop {
            team_name: TeamName::from_input("Wijkteam Noord"),
            ..Workshop::default()
        };
        let invited =
            FacilitatorState::default().apply(FacilitatorAction::CreateWorkshop(invitation));
        assert_eq!(invited.team_name(), TeamName::from_input("Wijkteam Noord"));
        assert!(invited.invitation_shown().is_some());
        assert!(invited
            .clone()
            .apply(FacilitatorAction::EditWorkshop)
            .invitation_shown()
            .is_none());
        let oost = TeamName::from_input("Team Oost");
        let pasted = link::encode_response(&Response::default(), oost.as_ref());
        let collected = invited.apply(FacilitatorAction::AddPasted(pasted));
        assert_eq!(collected.team_name(), oost);
        assert_eq!(FacilitatorState::default().team_name(), None);
        assert_eq!(FacilitatorState::default().invitation_shown(), None);
    }

    /// Issue 21: a team shared at 6 and again at 7 with one latecomer warns; the check looks
    /// at the team links this browser shared and at the one compared with.
    #[test]
    fn differencing_looks_at_what_was_shared_and_what_is_compared() {
        let people: Vec<Response> = (1..=5u8)
            .chain([3])
            .map(|p| Response {
                now: [pos(p); crate::domain::instrument::DIMENSION_COUNT],
                ..Response::default()
            })
            .collect();
        let six = TeamCounts::from_responses(&people);
        let mut seven_people = people.clone();
        seven_people.push(Response::default());
        let seven = TeamCounts::from_responses(&seven_people);
        let none = Agreements::default();
        let six_link = link::encode_team_counts(&six, None, &none).unwrap();
        let fresh = FacilitatorState::default();
        assert!(!fresh.could_single_out(&seven));
        let shared = fresh
            .clone()
            .apply(FacilitatorAction::Shared(six_link.clone()));
        assert!(shared.could_single_out(&seven));
        assert!(!shared.could_single_out(&six), "the same team again");
        // Shared again: kept once, the latest last.
        let again = shared
            .apply(FacilitatorAction::Shared("v3tX".into()))
            .apply(FacilitatorAction::Shared(six_link.clone()));
        assert_eq!(again.shared, ["v3tX".to_owned(), six_link.clone()]);
        // The one in the compare field counts too.
        let compared = fresh.apply(FacilitatorAction::CompareTeams(format!(
            "https://x.nl/#{six_link}"
        )));
        assert!(compared.could_single_out(&seven));
        // At most MAX_SHARED are kept, the oldest dropped.
        let mut many = FacilitatorState::default();
        for i in 0..MAX_SHARED + 3 {
            many = many.apply(FacilitatorAction::Shared(format!("v3t{i}")));
        }
        assert_eq!(many.shared.len(), MAX_SHARED);
        assert_eq!(many.shared[0], "v3t3");
    }

    #[test]
    fn the_folded_invitation_shows_its_link_on_request_or_when_copying_failed() {
        let s = FacilitatorState::default();
        assert!(!s.showing_invitation);
        let shown = s.clone().apply(FacilitatorAction::ShowInvitation(true));
        assert!(shown.showing_invitation);
        assert!(
            !shown
                .apply(FacilitatorAction::ShowInvitation(false))
                .showing_invitation
        );
        // The message says "select the link yourself": the link must be there to select.
        let failed = s.clone().apply(FacilitatorAction::CopyFinished(
            FacilitatorLink::Invitation,
            CopyFeedback::Failed,
        ));
        assert!(failed.showing_invitation);
        for (link, feedback) in [
            (FacilitatorLink::Invitation, CopyFeedback::Copied),
            (FacilitatorLink::Team, CopyFeedback::Failed),
        ] {
            let other = s
                .clone()
                .apply(FacilitatorAction::CopyFinished(link, feedback));
            assert!(!other.showing_invitation, "{link:?} {feedback:?}");
        }
    }

    #[test]
    fn copy_feedback_belongs_to_its_link_until_the_next_action() {
        let s = FacilitatorState::default().apply(FacilitatorAction::CopyFinished(
            FacilitatorLink::Team,
            CopyFeedback::Copied,
        ));
        assert_eq!(
            s.copy_feedback(FacilitatorLink::Team),
            Some(CopyFeedback::Copied)
        );
        assert_eq!(s.copy_feedback(FacilitatorLink::Invitation), None);
        // Copying the team link shares it: the record keeps the feedback.
        let s = s.apply(FacilitatorAction::Shared("v3tX".into()));
        assert_eq!(
            s.copy_feedback(FacilitatorLink::Team),
            Some(CopyFeedback::Copied)
        );
        assert_eq!(
            s.apply(FacilitatorAction::SetPasteText("x".into()))
                .copy_feedback(FacilitatorLink::Team),
            None
        );
    }
}
