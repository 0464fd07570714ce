//! The app's state and the actions that change it, as pure Rust.
//!
//! The UI wraps [`AppState`] in yew's `use_reducer` (see `app.rs`); nothing here imports yew or
//! web-sys, so every transition is tested natively. The draft has its own small storage format
//! (not the share link) because it must tell "not answered yet" from "don't know".

use crate::domain::agreement::{AgreementField, Agreements};
use crate::domain::collect::{self, Collected};
use crate::domain::instrument::{Answer, Lang, RoleGroup, DIMENSION_COUNT};
use crate::domain::link::{self, Decoded, LinkError, SharedResponse, SharedTeam, Workshop};
use crate::domain::response::{Horizon, Response, TeamName, TeamNameError};
use crate::embed::EmbedOptions;

/// Which screen is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Welcome,
    /// The questionnaire at a dimension index (0-13).
    Question(usize),
    Results,
    /// The facilitator's screen: the invitation, the collected results and the team view.
    Workshop,
}

/// A participant's answers while they fill in the questionnaire.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// `None` = not answered yet.
    pub now: [Option<Answer>; DIMENSION_COUNT],
    pub desired: [Option<Answer>; DIMENSION_COUNT],
    pub role: Option<RoleGroup>,
    pub team_name: Option<TeamName>,
}

impl Draft {
    /// The response to score or share: a question not answered counts as "don't know".
    pub fn response(&self) -> Response {
        Response {
            now: self.now.map(|a| a.unwrap_or(Answer::DontKnow)),
            desired: self.desired.map(|a| a.unwrap_or(Answer::DontKnow)),
            role: self.role,
        }
    }

    pub fn answer(&self, horizon: Horizon, index: usize) -> Option<Answer> {
        let answers = match horizon {
            Horizon::Now => &self.now,
            Horizon::Desired => &self.desired,
        };
        answers.get(index).copied().flatten()
    }

    /// Both questions of the dimension answered (a "don't know" is an answer).
    pub fn is_complete(&self, index: usize) -> bool {
        self.answer(Horizon::Now, index).is_some() && self.answer(Horizon::Desired, index).is_some()
    }

    pub fn completed_count(&self) -> usize {
        (0..DIMENSION_COUNT)
            .filter(|&i| self.is_complete(i))
            .count()
    }

    pub fn is_empty(&self) -> bool {
        *self == Draft::default()
    }
}

/// What a link opened in the address bar shows, over the reader's own screens. It never
/// changes the reader's draft, and it is never saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkView {
    /// Someone's result, read-only.
    Response(SharedResponse),
    /// Someone's result beside the reader's own.
    Compare(SharedResponse),
    /// A team's results.
    Team(SharedTeam),
    /// A workshop invitation, before the reader joins.
    Join(Workshop),
    /// A link that could not be read, and why.
    Broken(LinkError),
}

/// The link fields that have a copy button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkField {
    /// One's own results link.
    Result,
    /// The workshop's invitation link.
    Join,
    /// The team link.
    Team,
}

/// Feedback of a copy button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyFeedback {
    Copied,
    Failed,
}

/// Everything the app remembers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
    pub draft: Draft,
    /// Storage failed: progress lives in memory only. Shown once until dismissed.
    pub storage_notice: bool,
    /// A stored value this version could not read was kept under a backup key (see
    /// [`backup_key`]). Shown once until dismissed; never saved.
    pub unreadable_kept: bool,
    /// The team name as typed (spaces and all); the draft keeps the trimmed [`TeamName`].
    pub team_name_text: String,
    /// "Start over" was pressed and waits for confirmation.
    pub confirming_start_over: bool,
    /// A link opened from the address bar, shown instead of `screen` while it is `Some`.
    pub link_view: Option<LinkView>,
    /// The copy feedback, and the link field that was copied.
    pub copy_feedback: Option<(LinkField, CopyFeedback)>,
    /// The partner's options when the app is embedded (see [`AppState::with_embed`]).
    pub embed: std::rc::Rc<EmbedOptions>,
    /// The workshop this participant joined: its team name is the draft's, and its role
    /// groups are the ones offered. Saved with the draft.
    pub joined: Option<Workshop>,
    /// The facilitator's side; saved under its own key (see [`Facilitator::to_storage`]).
    pub facilitator: Facilitator,
    /// A second team link to compare the team view with: a team or why it could not be read.
    pub team_compare: Option<Result<SharedTeam, LinkError>>,
    /// The first render is done and the rest of a long screen may follow (see `app.rs`).
    pub settled: bool,
    /// The facilitator's paste box as typed; emptied only when a paste added a result.
    pub paste_text: String,
    /// The field for a second team link, as typed.
    pub compare_text: String,
    /// The invitation form as filled in.
    pub workshop_form: WorkshopForm,
    /// The team view is presented as slides: the slide shown (the presenter clamps it).
    pub presenting: Option<usize>,
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

/// What a facilitator made and collected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facilitator {
    pub invitation: Option<Workshop>,
    /// The invitation's form is open to change it (not saved).
    pub editing: bool,
    /// The responses taken out of everything pasted so far, and what could not be read.
    pub collected: std::rc::Rc<Collected>,
    /// What the team agreed, per dimension, as typed.
    pub agreements: Agreements,
}

/// The localStorage key of the facilitator's workshop.
pub const WORKSHOP_STORAGE_KEY: &str = "samenwerkingsscan.workshop.v1";

impl Facilitator {
    /// `2|<invitation link>|<the links taken, space-separated>|<the agreements>` (see
    /// [`Agreements::to_storage`]): the links are the responses, and collecting them again
    /// restores them and what counts as a duplicate. Version 1 had no agreements.
    pub fn to_storage(&self) -> String {
        let mut out = String::from("2|");
        if let Some(invitation) = &self.invitation {
            out.push_str(&link::encode_workshop(invitation));
        }
        out.push('|');
        out.push_str(&self.collected.taken().join(" "));
        out.push('|');
        out.push_str(&self.agreements.to_storage());
        out
    }

    /// The facilitator stored by [`Facilitator::to_storage`] (or by version 1, without
    /// agreements); `None` for a value of another format (damaged, or written by a newer
    /// version), which must not be overwritten unseen.
    pub fn read_storage(text: &str) -> Option<Facilitator> {
        let (version, rest) = text.split_once('|')?;
        let (invitation, rest) = rest.split_once('|')?;
        let (links, agreements) = match version {
            "1" => (rest, Agreements::default()),
            "2" => {
                let (links, agreements) = rest.split_once('|')?;
                (links, Agreements::from_storage(agreements)?)
            }
            _ => return None,
        };
        let invitation = match link::decode(invitation) {
            Ok(Decoded::Workshop(w)) => Some(w),
            _ => None,
        };
        Some(Facilitator {
            invitation,
            editing: false,
            collected: std::rc::Rc::new(collect::collect(links)),
            agreements,
        })
    }

    /// The facilitator stored by [`Facilitator::to_storage`]; the default for anything else.
    pub fn from_storage(text: &str) -> Facilitator {
        Facilitator::read_storage(text).unwrap_or_default()
    }
}

/// Everything a user can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    SetTeamName(String),
    SetRole(Option<RoleGroup>),
    Start,
    Answer {
        index: usize,
        horizon: Horizon,
        answer: Answer,
    },
    GoTo(Screen),
    Next,
    Back,
    AskStartOver,
    CancelStartOver,
    StartOver,
    StorageFailed,
    DismissStorageNotice,
    /// A fragment from the address bar (without or with `#`); an empty one closes the link view.
    OpenLink(String),
    /// From someone's result to the comparison with the reader's own.
    CompareWithOwn,
    /// Leave the link view for the reader's own scan, at `screen`.
    CloseLink(Screen),
    /// Copying the link of this field worked or failed.
    CopyResult(LinkField, CopyFeedback),
    /// Join the workshop of the invitation that is open (see [`LinkView::Join`]).
    Join,
    /// Do the scan on one's own again, without the workshop's team name and role groups.
    LeaveWorkshop,
    /// The facilitator made (or remade) the invitation.
    CreateWorkshop(Workshop),
    /// Change the invitation: back to its form, filled in with it.
    EditWorkshop,
    /// Typing or choosing in the invitation form.
    EditWorkshopForm(FormEdit),
    /// Make the invitation the form describes, or say why not.
    SubmitWorkshop,
    /// Typing in the paste box.
    SetPasteText(String),
    /// Typing in the field for a second team link.
    SetCompareText(String),
    /// Close the comparison with a second team link (the field keeps its text).
    CloseCompare,
    /// Text pasted by the facilitator, with result links in it.
    AddPasted(String),
    /// Forget the collected results (after confirmation).
    ClearCollected,
    /// A second team link for the team view to compare with; empty closes the comparison.
    CompareTeams(String),
    /// Type one field of a dimension's agreement (dimension index 0-13), kept as typed.
    SetAgreement(usize, AgreementField, String),
    /// Present the team view as slides, from the first.
    Present,
    /// Show this slide while presenting.
    ShowSlide(usize),
    StopPresenting,
    /// The first render is on screen: render everything from now on.
    Settle,
}

impl AppState {
    /// The state after `action`. Out-of-range indexes are ignored, never a panic.
    pub fn apply(mut self, action: Action) -> AppState {
        // "Copied" belongs to the link it was given for: any other action clears it.
        if !matches!(action, Action::CopyResult(..)) {
            self.copy_feedback = None;
        }
        let shown_before = (self.screen, self.link_view.is_some());
        self = self.apply_action(action);
        // The start-over question belongs to the screen it was asked on, and a comparison to
        // the team view it was made in.
        if (self.screen, self.link_view.is_some()) != shown_before {
            self.confirming_start_over = false;
            self.team_compare = None;
            self.compare_text.clear();
            self.presenting = None;
        }
        self
    }

    fn apply_action(mut self, action: Action) -> AppState {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                // A joined workshop speaks the language the participant chose: the storage
                // keeps one language, so the same holds after a reload (and after starting
                // over within the workshop).
                if let Some(workshop) = &mut self.joined {
                    workshop.lang = lang;
                }
            }
            Action::SetTeamName(text) => {
                self.draft.team_name = TeamName::from_input(&text);
                self.team_name_text = text;
            }
            Action::SetRole(role) => self.draft.role = role,
            Action::Start => self.screen = Screen::Question(first_open(&self.draft)),
            Action::Answer {
                index,
                horizon,
                answer,
            } => {
                let answers = match horizon {
                    Horizon::Now => &mut self.draft.now,
                    Horizon::Desired => &mut self.draft.desired,
                };
                if let Some(slot) = answers.get_mut(index) {
                    *slot = Some(answer);
                }
            }
            Action::GoTo(screen) => {
                if valid(screen) {
                    self.screen = screen;
                }
            }
            Action::Next => {
                self.screen = match self.screen {
                    Screen::Welcome => Screen::Question(0),
                    Screen::Workshop => Screen::Workshop,
                    Screen::Question(i) if i + 1 < DIMENSION_COUNT => Screen::Question(i + 1),
                    Screen::Question(_) | Screen::Results => Screen::Results,
                }
            }
            Action::Back => {
                self.screen = match self.screen {
                    Screen::Welcome | Screen::Question(0) | Screen::Workshop => Screen::Welcome,
                    Screen::Question(i) => Screen::Question(i - 1),
                    Screen::Results => Screen::Question(DIMENSION_COUNT - 1),
                }
            }
            Action::AskStartOver => self.confirming_start_over = true,
            Action::CancelStartOver => self.confirming_start_over = false,
            Action::StartOver => {
                self.draft = Draft::default();
                self.team_name_text.clear();
                self.confirming_start_over = false;
                self.screen = Screen::Welcome;
                // Starting over within a workshop stays in it.
                if let Some(workshop) = self.joined.take() {
                    self.join(workshop);
                }
            }
            Action::LeaveWorkshop => self.joined = None,
            Action::OpenLink(fragment) => {
                let fragment = fragment.strip_prefix('#').unwrap_or(&fragment);
                self.link_view = if fragment.trim().is_empty() {
                    None
                } else {
                    Some(match link::decode(fragment) {
                        Ok(Decoded::Response(shared)) => LinkView::Response(shared),
                        Ok(Decoded::Team(team)) => LinkView::Team(team),
                        Ok(Decoded::Workshop(workshop)) => {
                            // The invitation speaks the workshop's language from the start.
                            self.lang = workshop.lang;
                            LinkView::Join(workshop)
                        }
                        Err(error) => LinkView::Broken(error),
                    })
                };
            }
            Action::CompareWithOwn => {
                if let Some(LinkView::Response(shared)) = &self.link_view {
                    self.link_view = Some(LinkView::Compare(shared.clone()));
                }
            }
            Action::CloseLink(screen) => {
                self.link_view = None;
                if valid(screen) {
                    self.screen = screen;
                }
            }
            Action::CopyResult(field, feedback) => self.copy_feedback = Some((field, feedback)),
            Action::Settle => self.settled = true,
            Action::Join => {
                if let Some(LinkView::Join(workshop)) = &self.link_view {
                    let workshop = workshop.clone();
                    self.link_view = None;
                    self.join(workshop);
                }
            }
            Action::CreateWorkshop(workshop) => {
                self.facilitator.invitation = Some(workshop);
                self.facilitator.editing = false;
            }
            Action::EditWorkshop => {
                self.facilitator.editing = true;
                if let Some(invitation) = &self.facilitator.invitation {
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
            Action::EditWorkshopForm(edit) => {
                let form = &mut self.workshop_form;
                match edit {
                    FormEdit::TeamName(text) => {
                        form.team = text;
                        form.error = None;
                    }
                    FormEdit::Lang(lang) => form.lang = Some(lang),
                    FormEdit::Role(role, offered) => {
                        form.roles.retain(|&r| r != role);
                        if offered {
                            form.roles.push(role);
                        }
                        form.roles = RoleGroup::ALL
                            .into_iter()
                            .filter(|r| form.roles.contains(r))
                            .collect();
                    }
                }
            }
            Action::SubmitWorkshop => match TeamName::parse_required(&self.workshop_form.team) {
                Ok(team_name) => {
                    let workshop = Workshop {
                        team_name: Some(team_name),
                        lang: self.workshop_form.lang.unwrap_or(self.lang),
                        roles: self.workshop_form.roles.clone(),
                    };
                    self.workshop_form.error = None;
                    return self.apply_action(Action::CreateWorkshop(workshop));
                }
                Err(error) => self.workshop_form.error = Some(error),
            },
            Action::SetPasteText(text) => self.paste_text = text,
            Action::SetCompareText(text) => self.compare_text = text,
            Action::CloseCompare => self.team_compare = None,
            Action::AddPasted(text) => {
                let before = self.facilitator.collected.taken().len();
                std::rc::Rc::make_mut(&mut self.facilitator.collected).add(&text);
                // A team link pasted on another device brings what that team agreed, unless
                // agreements were typed here already: those are never replaced.
                if self.facilitator.agreements.is_empty() {
                    self.facilitator.agreements = self.facilitator.collected.agreements.clone();
                }
                // The box keeps what it holds unless that added a result: a paste that
                // added nothing can be corrected.
                if self.facilitator.collected.taken().len() > before {
                    self.paste_text.clear();
                }
            }
            Action::ClearCollected => {
                // "Erase everything": the agreements belong to the team that was collected.
                self.facilitator.collected = Default::default();
                self.facilitator.agreements = Agreements::default();
                self.confirming_start_over = false;
            }
            Action::CompareTeams(text) => {
                self.team_compare = if text.trim().is_empty() {
                    None
                } else {
                    // Read like a paste: a whole address, or the links of the members.
                    let collected = collect::collect(&text);
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
            }
            Action::SetAgreement(index, field, text) => {
                self.facilitator.agreements.set(index, field, text);
            }
            Action::Present => self.presenting = Some(0),
            Action::ShowSlide(slide) => self.presenting = self.presenting.and(Some(slide)),
            Action::StopPresenting => self.presenting = None,
            Action::StorageFailed => self.storage_notice = true,
            Action::DismissStorageNotice => {
                self.storage_notice = false;
                self.unreadable_kept = false;
            }
        }
        self
    }
}

impl AppState {
    /// The state as a partner's embed options start it: their language, their team name
    /// (unless the participant already gave one) and, if asked, past the welcome screen.
    pub fn with_embed(mut self, options: EmbedOptions) -> AppState {
        if let Some(lang) = options.lang {
            self.lang = lang;
        }
        if let (None, Some(team)) = (&self.draft.team_name, &options.team_name) {
            self = self.apply(Action::SetTeamName(team.as_str().to_owned()));
        }
        if options.skip_welcome && self.screen == Screen::Welcome {
            self = self.apply(Action::Start);
        }
        self.embed = std::rc::Rc::new(options);
        self
    }
}

impl AppState {
    /// Joins `workshop`: its language, its team name and its role groups. Answers given
    /// before are kept when they were for the same team; otherwise the scan starts fresh
    /// (the join page showed the earlier result's link first).
    fn join(&mut self, workshop: Workshop) {
        self.lang = workshop.lang;
        if self.draft.team_name != workshop.team_name {
            self.draft = Draft::default();
            self.draft.team_name = workshop.team_name.clone();
            self.team_name_text = workshop
                .team_name
                .as_ref()
                .map_or_else(String::new, |n| n.as_str().to_owned());
        }
        if !self.draft.role.is_some_and(|r| workshop.roles.contains(&r)) {
            self.draft.role = None;
        }
        self.screen = Screen::Welcome;
        self.joined = Some(workshop);
    }

    /// Whether joining `workshop` would replace the answers given so far.
    pub fn join_replaces_answers(&self, workshop: &Workshop) -> bool {
        let answered = self
            .draft
            .now
            .iter()
            .chain(&self.draft.desired)
            .any(Option::is_some);
        answered && self.draft.team_name != workshop.team_name
    }
}

fn valid(screen: Screen) -> bool {
    !matches!(screen, Screen::Question(i) if i >= DIMENSION_COUNT)
}

/// Where "start" resumes: the first dimension not completed, or the first one.
fn first_open(draft: &Draft) -> usize {
    (0..DIMENSION_COUNT)
        .find(|&i| !draft.is_complete(i))
        .unwrap_or(0)
}

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

/// The localStorage key of the draft. The version is in the key: a later format uses a new
/// key and can still read this one.
pub const STORAGE_KEY: &str = "samenwerkingsscan.v1";

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::Position;

    fn pos(v: u8) -> Answer {
        Answer::Position(Position::new(v).unwrap())
    }

    #[test]
    fn navigation_walks_the_questionnaire() {
        let mut s = AppState::default().apply(Action::Start);
        assert_eq!(s.screen, Screen::Question(0));
        for i in 1..DIMENSION_COUNT {
            s = s.apply(Action::Next);
            assert_eq!(s.screen, Screen::Question(i));
        }
        s = s.apply(Action::Next);
        assert_eq!(s.screen, Screen::Results);
        s = s.apply(Action::Back);
        assert_eq!(s.screen, Screen::Question(13));
        s = s.apply(Action::GoTo(Screen::Question(14)));
        assert_eq!(s.screen, Screen::Question(13), "an invalid jump is ignored");
        s = s
            .apply(Action::GoTo(Screen::Question(0)))
            .apply(Action::Back);
        assert_eq!(s.screen, Screen::Welcome);
    }

    #[test]
    fn answers_are_kept_and_start_resumes_at_the_first_open_dimension() {
        let mut s = AppState::default();
        for i in 0..3 {
            s = s
                .apply(Action::Answer {
                    index: i,
                    horizon: Horizon::Now,
                    answer: pos(2),
                })
                .apply(Action::Answer {
                    index: i,
                    horizon: Horizon::Desired,
                    answer: Answer::DontKnow,
                });
        }
        s = s.apply(Action::Answer {
            index: 99,
            horizon: Horizon::Now,
            answer: pos(1),
        });
        assert_eq!(s.draft.completed_count(), 3);
        assert_eq!(s.clone().apply(Action::Start).screen, Screen::Question(3));
        let r = s.draft.response();
        assert_eq!(r.now[0], pos(2));
        assert_eq!(r.now[5], Answer::DontKnow);
    }

    #[test]
    fn start_over_erases_the_draft_but_keeps_the_language() {
        let s = AppState::default()
            .apply(Action::SetLang(Lang::En))
            .apply(Action::SetTeamName("Team Oost".into()))
            .apply(Action::Answer {
                index: 0,
                horizon: Horizon::Now,
                answer: pos(5),
            })
            .apply(Action::AskStartOver);
        assert!(s.confirming_start_over);
        let kept = s.clone().apply(Action::CancelStartOver);
        assert!(!kept.draft.is_empty() && !kept.confirming_start_over);
        let s = s.apply(Action::StartOver);
        assert!(s.draft.is_empty());
        assert!(s.team_name_text.is_empty() && !s.confirming_start_over);
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.screen, Screen::Welcome);
    }

    #[test]
    fn links_open_over_the_own_draft_and_never_change_it() {
        let own = AppState::default()
            .apply(Action::Answer {
                index: 0,
                horizon: Horizon::Now,
                answer: pos(3),
            })
            .apply(Action::GoTo(Screen::Question(1)));
        let mut theirs = Response::default();
        theirs.now[0] = pos(5);
        let fragment = link::encode_response(&theirs, None);
        let opened = own.clone().apply(Action::OpenLink(format!("#{fragment}")));
        match &opened.link_view {
            Some(LinkView::Response(shared)) => assert_eq!(shared.response, theirs),
            other => panic!("expected a response view, got {other:?}"),
        }
        assert_eq!((&opened.draft, opened.screen), (&own.draft, own.screen));
        let compared = opened.apply(Action::CompareWithOwn);
        assert!(matches!(compared.link_view, Some(LinkView::Compare(_))));
        let closed = compared.apply(Action::CloseLink(Screen::Results));
        assert_eq!((closed.link_view, closed.screen), (None, Screen::Results));
        assert_eq!(closed.draft, own.draft);

        let broken = own.clone().apply(Action::OpenLink("v2rAAAA".into()));
        assert!(matches!(
            broken.link_view,
            Some(LinkView::Broken(LinkError::UnsupportedVersion {
                version: 2
            }))
        ));
        assert_eq!(
            broken.clone().apply(Action::CompareWithOwn).link_view,
            broken.link_view
        );
        assert_eq!(
            own.clone().apply(Action::OpenLink("#".into())).link_view,
            None
        );
        assert_eq!(broken.draft, own.draft);
    }

    #[test]
    fn embed_options_set_the_start() {
        let options = EmbedOptions::from_query("?lang=en&team=Wijkteam%20Oost&start=1");
        let s = AppState::default().with_embed(options.clone());
        assert_eq!(s.lang, Lang::En);
        assert_eq!(
            s.draft.team_name.as_ref().map(TeamName::as_str),
            Some("Wijkteam Oost")
        );
        assert_eq!(s.screen, Screen::Question(0));
        // A participant's own team name and place are kept.
        let own = AppState::default()
            .apply(Action::SetTeamName("Eigen team".into()))
            .apply(Action::GoTo(Screen::Results))
            .with_embed(options);
        assert_eq!(
            own.draft.team_name.as_ref().map(TeamName::as_str),
            Some("Eigen team")
        );
        assert_eq!(own.screen, Screen::Results);
        assert_eq!(
            AppState::default().with_embed(EmbedOptions::from_query("")),
            AppState::default()
        );
    }

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
        assert!(Facilitator::read_storage("2|v1w…|").is_none());
        assert!(Facilitator::read_storage(&Facilitator::default().to_storage()).is_some());
        assert!(!AppState::default().unreadable_kept);
        let dismissed = AppState {
            unreadable_kept: true,
            ..AppState::default()
        }
        .apply(Action::DismissStorageNotice);
        assert!(!dismissed.unreadable_kept);
    }

    #[test]
    fn the_paste_box_keeps_its_text_unless_a_result_was_added() {
        let mut one = Response::default();
        one.now[0] = pos(4);
        let link = format!("https://example.org/#{}", link::encode_response(&one, None));
        let typed = AppState::default()
            .apply(Action::GoTo(Screen::Workshop))
            .apply(Action::SetPasteText("geen link hier".into()));
        let failed = typed
            .clone()
            .apply(Action::AddPasted(typed.paste_text.clone()));
        assert_eq!(failed.paste_text, "geen link hier");
        assert!(failed.facilitator.collected.responses.is_empty());
        let added = failed
            .apply(Action::SetPasteText(link.clone()))
            .apply(Action::AddPasted(link.clone()));
        assert_eq!(added.paste_text, "");
        assert_eq!(added.facilitator.collected.responses.len(), 1);
        // The same link again adds nothing (a duplicate): the text stays to be looked at.
        let again = added
            .apply(Action::SetPasteText(link.clone()))
            .apply(Action::AddPasted(link.clone()));
        assert_eq!(again.paste_text, link);
        // Copying, switching language and a question keep it too.
        let kept = again
            .apply(Action::CopyResult(LinkField::Join, CopyFeedback::Copied))
            .apply(Action::SetLang(Lang::En))
            .apply(Action::AskStartOver)
            .apply(Action::CancelStartOver);
        assert_eq!(kept.paste_text, link);
    }

    #[test]
    fn the_invitation_form_needs_a_team_name() {
        let s = AppState::default()
            .apply(Action::GoTo(Screen::Workshop))
            .apply(Action::EditWorkshopForm(FormEdit::TeamName("   ".into())))
            .apply(Action::SubmitWorkshop);
        assert_eq!(s.workshop_form.error, Some(TeamNameError::Empty));
        assert_eq!(s.facilitator.invitation, None);
        assert_eq!(s.workshop_form.team, "   ", "what was typed stays");
        let bidi = s
            .clone()
            .apply(Action::EditWorkshopForm(FormEdit::TeamName(
                "Team \u{202E}kooL".into(),
            )))
            .apply(Action::SubmitWorkshop);
        assert!(matches!(
            bidi.workshop_form.error,
            Some(TeamNameError::BidiControl { .. })
        ));
        assert_eq!(bidi.facilitator.invitation, None);
        let s = s.apply(Action::EditWorkshopForm(FormEdit::TeamName(
            " Wijkteam Noord ".into(),
        )));
        assert_eq!(s.workshop_form.error, None, "typing clears the message");
        let s = s
            .apply(Action::EditWorkshopForm(FormEdit::Lang(Lang::En)))
            .apply(Action::EditWorkshopForm(FormEdit::Role(
                RoleGroup::ALL[0],
                false,
            )))
            .apply(Action::EditWorkshopForm(FormEdit::Role(
                RoleGroup::ALL[0],
                true,
            )))
            .apply(Action::EditWorkshopForm(FormEdit::Role(
                RoleGroup::ALL[2],
                false,
            )))
            .apply(Action::SubmitWorkshop);
        let invitation = s.facilitator.invitation.clone().expect("an invitation");
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
            .apply(Action::EditWorkshopForm(FormEdit::TeamName("x".into())))
            .apply(Action::EditWorkshop);
        assert!(editing.facilitator.editing);
        assert_eq!(editing.workshop_form.team, "Wijkteam Noord");
        assert_eq!(editing.workshop_form.roles, roles);
        assert_eq!(editing.workshop_form.lang, Some(Lang::En));
    }

    #[test]
    fn the_form_language_follows_the_screen_until_chosen() {
        let s = AppState::default()
            .apply(Action::SetLang(Lang::En))
            .apply(Action::EditWorkshopForm(FormEdit::TeamName("T".into())))
            .apply(Action::SubmitWorkshop);
        assert_eq!(s.facilitator.invitation.map(|w| w.lang), Some(Lang::En));
    }

    #[test]
    fn closing_a_comparison_keeps_the_typed_link() {
        let team = link::encode_team(&[Response::default()], None).unwrap();
        let s = AppState::default()
            .apply(Action::SetCompareText(team.clone()))
            .apply(Action::CompareTeams(team.clone()));
        assert!(matches!(s.team_compare, Some(Ok(_))));
        let closed = s.apply(Action::CloseCompare);
        assert_eq!(closed.team_compare, None);
        assert_eq!(closed.compare_text, team);
        assert_eq!(
            closed.apply(Action::GoTo(Screen::Workshop)).compare_text,
            ""
        );
    }

    #[test]
    fn the_start_over_question_does_not_outlive_its_screen() {
        let asked = AppState::default()
            .apply(Action::GoTo(Screen::Results))
            .apply(Action::AskStartOver);
        assert!(asked.confirming_start_over);
        assert!(
            asked
                .clone()
                .apply(Action::SetLang(Lang::En))
                .confirming_start_over
        );
        let left = asked.apply(Action::GoTo(Screen::Question(0)));
        assert!(!left.confirming_start_over);
        assert!(
            !left
                .apply(Action::Next)
                .apply(Action::GoTo(Screen::Results))
                .confirming_start_over
        );
    }

    #[test]
    fn copy_feedback_lasts_until_the_next_action() {
        let s =
            AppState::default().apply(Action::CopyResult(LinkField::Team, CopyFeedback::Copied));
        assert_eq!(
            s.copy_feedback,
            Some((LinkField::Team, CopyFeedback::Copied))
        );
        assert_eq!(s.apply(Action::SetLang(Lang::En)).copy_feedback, None);
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

    fn workshop(name: Option<&str>, lang: Lang, roles: &[RoleGroup]) -> Workshop {
        Workshop {
            team_name: name.map(|n| TeamName::new(n).unwrap()),
            lang,
            roles: roles.to_vec(),
        }
    }

    #[test]
    fn agreements_are_kept_as_typed_and_stored() {
        let s = AppState::default()
            .apply(Action::SetAgreement(
                3,
                AgreementField::Text,
                " <b>samen</b> | 😀 ".into(),
            ))
            .apply(Action::SetAgreement(
                3,
                AgreementField::Owner,
                "Fatima".into(),
            ))
            .apply(Action::SetAgreement(
                99,
                AgreementField::Text,
                "nowhere".into(),
            ));
        let agreement = s.facilitator.agreements.get(3).unwrap();
        assert_eq!(agreement.text, " <b>samen</b> | 😀 ");
        assert_eq!(agreement.owner, "Fatima");
        let restored = Facilitator::read_storage(&s.facilitator.to_storage()).unwrap();
        assert_eq!(restored.agreements, s.facilitator.agreements);
        // Erasing the collected results erases what that team agreed.
        let erased = s.clone().apply(Action::ClearCollected);
        assert!(erased.facilitator.agreements.is_empty());

        // A pasted team link brings its agreements where none were typed, and only there.
        let mut carried = crate::domain::agreement::Agreements::default();
        carried.set(5, AgreementField::Text, "Samen plannen".into());
        let team = link::encode_team_with(&[Response::default()], None, &carried).unwrap();
        let adopted = erased.apply(Action::AddPasted(format!("https://x.nl/#{team}")));
        assert_eq!(adopted.facilitator.agreements, carried);
        let kept = s.apply(Action::AddPasted(team));
        assert_eq!(kept.facilitator.agreements.get(5).unwrap().text, "");
        assert_eq!(kept.facilitator.agreements.get(3).unwrap().owner, "Fatima");
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
        let s = AppState::default()
            .apply(Action::CreateWorkshop(invitation.clone()))
            .apply(Action::AddPasted(format!(
                "Anna: https://x/#{one}\nteam: {team}\nnog eens #{one}, en de uitnodiging #{}",
                link::encode_workshop(&invitation)
            )))
            .apply(Action::AddPasted(team.clone()));
        let f = &s.facilitator;
        assert_eq!(f.invitation.as_ref(), Some(&invitation));
        assert_eq!(
            (f.collected.responses.len(), f.collected.duplicates),
            (4, 2)
        );

        let text = f.to_storage();
        assert!(text.starts_with("2|v1w"), "{text}");
        let restored = Facilitator::from_storage(&text);
        assert_eq!(restored.invitation, Some(invitation));
        assert_eq!(restored.collected.responses, f.collected.responses);
        assert_eq!(restored.collected.taken(), f.collected.taken());
        assert_eq!(restored.collected.team_name, f.collected.team_name);
        assert_eq!(restored.to_storage(), text);
        // A link taken before the reload is still a duplicate after it.
        let again = AppState {
            facilitator: restored,
            ..AppState::default()
        }
        .apply(Action::AddPasted(one));
        let again = &again.facilitator.collected;
        assert_eq!((again.responses.len(), again.duplicates), (4, 1));

        // Nothing made or collected yet.
        assert_eq!(Facilitator::default().to_storage(), "2|||");
        assert_eq!(Facilitator::from_storage("2|||"), Facilitator::default());
        // What version 1 stored reads as it was, without agreements.
        assert_eq!(Facilitator::from_storage("1||"), Facilitator::default());
        let v1 = text.replacen("2|", "1|", 1);
        let v1 = &v1[..v1.len() - 1];
        assert_eq!(
            Facilitator::read_storage(v1).map(|f| f.collected.responses.len()),
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
                Facilitator::from_storage(&garbage),
                Facilitator::default(),
                "{garbage:?}"
            );
        }
        let no_invitation = Facilitator::from_storage(&format!("1||{response}"));
        assert_eq!(no_invitation.invitation, None);
        assert_eq!(no_invitation.collected.responses, [Response::default()]);
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
    fn join_does_nothing_unless_an_invitation_is_open() {
        let own = AppState::default()
            .apply(Action::SetTeamName("Wijkteam Oost".into()))
            .apply(Action::GoTo(Screen::Results));
        assert_eq!(own.clone().apply(Action::Join), own);
        // Someone's result stays open.
        let response = link::encode_response(&Response::default(), None);
        let reading = own.clone().apply(Action::OpenLink(response));
        assert_eq!(reading.clone().apply(Action::Join), reading);
    }

    #[test]
    fn joining_a_workshop_from_its_link() {
        let zuid = workshop(
            Some("Wijkteam Zuid"),
            Lang::En,
            &[RoleGroup::SocialTeam, RoleGroup::Uwv],
        );
        let fragment = link::encode_workshop(&zuid);
        let answered = |s: AppState| {
            s.apply(Action::Answer {
                index: 0,
                horizon: Horizon::Now,
                answer: pos(2),
            })
            .apply(Action::Answer {
                index: 0,
                horizon: Horizon::Desired,
                answer: Answer::DontKnow,
            })
        };
        let fresh = Draft {
            team_name: zuid.team_name.clone(),
            ..Draft::default()
        };

        // Answers for another team, with a role group the workshop does not offer.
        let own = answered(
            AppState::default()
                .apply(Action::SetTeamName("Wijkteam Oost".into()))
                .apply(Action::SetRole(Some(RoleGroup::Resident))),
        )
        .apply(Action::GoTo(Screen::Results));
        let opened = own.clone().apply(Action::OpenLink(format!("#{fragment}")));
        assert_eq!(opened.link_view, Some(LinkView::Join(zuid.clone())));
        // Opening the invitation shows it in the workshop's language and changes nothing else.
        assert_eq!(
            (&opened.draft, &opened.joined, opened.lang, opened.screen),
            (&own.draft, &None, Lang::En, Screen::Results)
        );
        assert!(opened.join_replaces_answers(&zuid));
        let joined = opened.apply(Action::Join);
        assert_eq!(joined.link_view, None);
        assert_eq!(joined.joined.as_ref(), Some(&zuid));
        assert_eq!((joined.lang, joined.screen), (Lang::En, Screen::Welcome));
        assert_eq!(joined.draft, fresh, "a fresh draft for the workshop's team");
        assert_eq!(joined.team_name_text, "Wijkteam Zuid");

        // Answers for the same team are kept, with a role group that is offered.
        let same = answered(
            AppState::default()
                .apply(Action::SetTeamName(" Wijkteam Zuid ".into()))
                .apply(Action::SetRole(Some(RoleGroup::Uwv))),
        );
        assert!(!same.join_replaces_answers(&zuid));
        let kept = same
            .clone()
            .apply(Action::OpenLink(fragment.clone()))
            .apply(Action::Join);
        assert_eq!(kept.draft, same.draft);
        assert_eq!((kept.joined.as_ref(), kept.lang), (Some(&zuid), Lang::En));
        // The same team with a role group the workshop does not offer: only the role goes.
        let other_role = same
            .clone()
            .apply(Action::SetRole(Some(RoleGroup::Resident)))
            .apply(Action::OpenLink(fragment.clone()))
            .apply(Action::Join);
        assert_eq!(other_role.draft.role, None);
        assert_eq!(
            (other_role.draft.now, other_role.draft.desired),
            (same.draft.now, same.draft.desired)
        );
        // Nothing to replace in an empty draft.
        assert!(!AppState::default().join_replaces_answers(&zuid));

        // Starting over within the workshop stays in it, with its team name.
        let restarted = kept.apply(Action::AskStartOver).apply(Action::StartOver);
        assert_eq!(restarted.joined.as_ref(), Some(&zuid));
        assert_eq!(restarted.draft, fresh);
        assert_eq!(restarted.team_name_text, "Wijkteam Zuid");
        assert_eq!(
            (restarted.screen, restarted.lang),
            (Screen::Welcome, Lang::En)
        );
        assert!(!restarted.confirming_start_over);

        // Leaving the workshop keeps the answers; a start over after it is a plain one.
        let left = answered(restarted).apply(Action::LeaveWorkshop);
        assert_eq!(left.joined, None);
        assert_eq!(left.draft.completed_count(), 1);
        let alone = left.apply(Action::StartOver);
        assert_eq!((alone.joined, alone.draft), (None, Draft::default()));
    }

    #[test]
    fn a_second_measurement_is_read_like_a_paste() {
        let mut theirs = Response::default();
        theirs.now[0] = pos(2);
        let team = link::encode_team(&[theirs.clone(), Response::default()], None).unwrap();
        let s = AppState::default().apply(Action::CompareTeams(format!(
            "https://example.org/scan/#{team}"
        )));
        match &s.team_compare {
            Some(Ok(shared)) => assert_eq!(shared.responses.len(), 2),
            other => panic!("expected a team, got {other:?}"),
        }
        let s = s.apply(Action::CompareTeams("de link van vorig jaar".into()));
        assert_eq!(s.team_compare, Some(Err(LinkError::NotALink)));
        let s = s.apply(Action::CompareTeams(format!(
            "#{}",
            &team[..team.len() - 1]
        )));
        assert!(matches!(s.team_compare, Some(Err(_))));
        // Leaving the screen closes the comparison.
        let s = s.apply(Action::GoTo(Screen::Question(0)));
        assert_eq!(s.team_compare, None);
        assert_eq!(
            AppState::default()
                .apply(Action::CompareTeams(team))
                .apply(Action::CompareTeams(" ".into()))
                .team_compare,
            None
        );
    }

    #[test]
    fn the_first_render_is_unsettled_and_settling_is_never_saved() {
        let s = AppState::default();
        assert!(!s.settled);
        let settled = s.apply(Action::Settle);
        assert!(settled.settled);
        assert!(!from_storage(&to_storage(&settled)).unwrap().settled);
    }

    #[test]
    fn presenting_walks_the_slides_and_ends_with_the_screen() {
        let s = AppState::default().apply(Action::ShowSlide(3));
        assert_eq!(s.presenting, None, "no slide without presenting");
        let s = s
            .apply(Action::GoTo(Screen::Workshop))
            .apply(Action::Present);
        assert_eq!(s.presenting, Some(0));
        let s = s.apply(Action::ShowSlide(5));
        assert_eq!(s.presenting, Some(5));
        assert_eq!(s.clone().apply(Action::StopPresenting).presenting, None);
        // Another screen or a link opened ends it; it is never saved.
        assert_eq!(
            s.clone().apply(Action::GoTo(Screen::Welcome)).presenting,
            None
        );
        assert_eq!(
            s.clone().apply(Action::OpenLink("#x".into())).presenting,
            None
        );
        assert_eq!(from_storage(&to_storage(&s)).unwrap().presenting, None);
    }
}
