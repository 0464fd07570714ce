//! The facilitator's state and the actions that change it, as pure Rust: the invitation and its
//! form, the collected results, the agreements, and the team view's slides and comparison.
//!
//! Only the facilitator's build uses it (`app::facilitator` holds it in a reducer of its own
//! beside the participant's [`AppState`](super::AppState)), so the participant's build links
//! none of it. Its invitation, results and agreements are stored (see
//! [`storage::facilitator_to_storage`](super::storage::facilitator_to_storage)); the rest is
//! what is being typed or shown.

use std::rc::Rc;

use super::CopyFeedback;
use crate::domain::agreement::{one_line, AgreementField, Agreements};
use crate::domain::collect::{self, Collected};
use crate::domain::instrument::{Lang, RoleGroup};
use crate::domain::link::{LinkError, SharedTeam, Workshop};
use crate::domain::response::{TeamName, TeamNameError};

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
    // Not stored:
    /// The invitation's form is open to change it.
    pub editing: bool,
    /// Once results are collected the invitation is folded to a summary; this shows its link
    /// and QR code again (for someone who joins late).
    pub showing_invitation: bool,
    /// The invitation form as filled in.
    pub workshop_form: WorkshopForm,
    /// The paste box as typed; emptied only when a paste added a result.
    pub paste_text: String,
    /// "Erase the collected results" was pressed and waits for confirmation.
    pub confirming_erase: bool,
    /// The field for a second team link, as typed.
    pub compare_text: String,
    /// A second team link to compare the team view with: a team or why it could not be read.
    pub team_compare: Option<Result<SharedTeam, LinkError>>,
    /// The team view is presented as slides: the slide shown (the presenter clamps it).
    pub presenting: Option<usize>,
    /// The copy feedback, and the link that was copied.
    pub copied: Option<(FacilitatorLink, CopyFeedback)>,
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
    /// Text pasted by the facilitator, with result links in it.
    AddPasted(String),
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
    /// Present the team view as slides, from the first.
    Present,
    /// Show this slide while presenting.
    ShowSlide(usize),
    StopPresenting,
    /// Copying one of the facilitator's links worked or failed.
    CopyFinished(FacilitatorLink, CopyFeedback),
    /// The page shows another screen (see [`Shown`](super::Shown)): what belonged to the one
    /// left ends.
    ScreenChanged,
}

impl FacilitatorState {
    /// The state after `action`. Out-of-range indexes are ignored, never a panic.
    pub fn apply(mut self, action: FacilitatorAction) -> FacilitatorState {
        // "Copied" belongs to the link it was given for: any other action clears it.
        if !matches!(action, FacilitatorAction::CopyFinished(..)) {
            self.copied = None;
        }
        match action {
            FacilitatorAction::CreateWorkshop(workshop) => {
                self.invitation = Some(workshop);
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
                        return self.apply(FacilitatorAction::CreateWorkshop(workshop));
                    }
                    Err(error) => self.workshop_form.error = Some(error),
                }
            }
            FacilitatorAction::SetPasteText(text) => self.paste_text = text,
            FacilitatorAction::AddPasted(text) => {
                let before = self.collected.taken().len();
                Rc::make_mut(&mut self.collected).add(&text);
                // A team link pasted on another device brings what that team agreed, unless
                // agreements were typed here already: those are never replaced.
                if self.agreements.is_empty() {
                    self.agreements = self.collected.agreements.clone();
                }
                // The box keeps what it holds unless that added a result: a paste that
                // added nothing can be corrected.
                if self.collected.taken().len() > before {
                    self.paste_text.clear();
                }
            }
            FacilitatorAction::AskErase => self.confirming_erase = true,
            FacilitatorAction::CancelErase => self.confirming_erase = false,
            FacilitatorAction::EraseCollected => {
                // The agreements belong to the team that was collected.
                self.collected = Default::default();
                self.agreements = Agreements::default();
                self.confirming_erase = false;
            }
            FacilitatorAction::SetCompareText(text) => self.compare_text = text,
            FacilitatorAction::CompareTeams(text) => self.team_compare = compare_with(&text),
            FacilitatorAction::CloseCompare => self.team_compare = None,
            FacilitatorAction::SetAgreement(index, field, text) => {
                self.agreements.set(index, field, one_line(&text));
            }
            FacilitatorAction::Present => self.presenting = Some(0),
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
            FacilitatorAction::ScreenChanged => {
                self.confirming_erase = false;
                self.team_compare = None;
                self.compare_text.clear();
                self.presenting = None;
            }
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
/// members); `None` for an empty field.
fn compare_with(text: &str) -> Option<Result<SharedTeam, LinkError>> {
    if text.trim().is_empty() {
        return None;
    }
    let collected = collect::collect(text);
    Some(if collected.responses.is_empty() {
        Err(match collected.problems.first().map(|p| &p.error) {
            Some(collect::CollectError::Link(error)) => error.clone(),
            _ => LinkError::NotALink,
        })
    } else {
        Ok(SharedTeam {
            responses: collected.responses,
            team_name: collected.team_name,
            agreements: collected.agreements,
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
        let adopted = erased.apply(FacilitatorAction::AddPasted(format!(
            "https://x.nl/#{team}"
        )));
        assert_eq!(adopted.agreements, carried);
        let kept = s.apply(FacilitatorAction::AddPasted(team));
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
            Some(Ok(shared)) => assert_eq!(shared.responses.len(), 2),
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
        let s = FacilitatorState::default().apply(FacilitatorAction::ShowSlide(3));
        assert_eq!(s.presenting, None, "no slide without presenting");
        let s = s.apply(FacilitatorAction::Present);
        assert_eq!(s.presenting, Some(0));
        let s = s.apply(FacilitatorAction::ShowSlide(5));
        assert_eq!(s.presenting, Some(5));
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
        assert_eq!(
            s.apply(FacilitatorAction::SetPasteText("x".into()))
                .copy_feedback(FacilitatorLink::Team),
            None
        );
    }
}
