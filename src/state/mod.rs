//! The app's state and the actions that change it, as pure Rust.
//!
//! Split by who needs it, so that the participant's build links only its own part:
//! - this module: the participant's state ([`AppState`], [`Action`]): the language, the screen,
//!   the draft, a link opened from the address bar, the notices;
//! - [`facilitator`]: the facilitator's ([`FacilitatorState`](facilitator::FacilitatorState)):
//!   the invitation, the collected results, the agreements, the team view's presenting and
//!   comparison. Only the facilitator's build uses it (`app::facilitator`);
//! - [`storage`]: the stored formats of both, and where an unreadable value is kept.
//!
//! The UI wraps each in yew's `use_reducer` (see `app`); nothing here imports yew or web-sys,
//! so every transition is tested natively.

pub mod camera;
pub mod facilitator;
pub mod paste;
pub mod storage;
pub mod sync;

use crate::domain::counts::TeamCounts;
use crate::domain::instrument::{Answer, Lang, RoleGroup, DIMENSION_COUNT};
use crate::domain::link::{self, Decoded, LinkError, SharedCounts, SharedResponse, Workshop};
use crate::domain::response::{Horizon, Response, TeamName};
use crate::domain::team::RoleSizes;
use crate::embed::EmbedOptions;

/// Which of the reader's own screens is shown (a link opened over it aside: see [`LinkView`]).
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

impl Screen {
    /// The participant's step as a history entry records it (issue 22: the phone's Back goes
    /// to the previous question): 0 the welcome, 1-14 the questions, 15 the result. The
    /// facilitator's screen is no step.
    pub fn step(self) -> Option<u8> {
        match self {
            Screen::Welcome => Some(0),
            // `valid` keeps the index below 14; a larger one is no step, never a panic.
            Screen::Question(i) if i < DIMENSION_COUNT => u8::try_from(i + 1).ok(),
            Screen::Question(_) => None,
            Screen::Results => Some(15),
            Screen::Workshop => None,
        }
    }

    /// The screen of a step from [`Screen::step`]; anything else (another script's history
    /// state, a damaged one) is `None`.
    pub fn from_step(step: f64) -> Option<Screen> {
        if !(0.0..=15.0).contains(&step) || step.fract() != 0.0 {
            return None;
        }
        Some(match step as usize {
            0 => Screen::Welcome,
            15 => Screen::Results,
            n => Screen::Question(n - 1),
        })
    }
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

    /// How far the dimension at `index` is answered, for the list to jump to any dimension.
    pub fn progress(&self, index: usize) -> Progress {
        let now = self.answer(Horizon::Now, index).is_some();
        let desired = self.answer(Horizon::Desired, index).is_some();
        match (now, desired) {
            (true, true) => Progress::Done,
            (false, false) => Progress::Open,
            _ => Progress::Half,
        }
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

/// How far one dimension is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Open,
    /// One of its two questions answered.
    Half,
    Done,
}

/// What a link opened in the address bar shows, over the reader's own screens. It never
/// changes the reader's draft, and it is never saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkView {
    /// Someone's result, read-only.
    Response(SharedResponse),
    /// Someone's result beside the reader's own.
    Compare(SharedResponse),
    /// A team's results, as counts (a team link of version 1 or 2 is read as its counts), and
    /// how many said each role group (a version 1 or 2 link tells more than its counts do:
    /// which groups were too small to be shown).
    Team(SharedCounts, RoleSizes),
    /// A workshop invitation, before the reader joins.
    Join(Workshop),
    /// A link that could not be read, and why.
    Broken(LinkError),
}

/// What the page shows: the screen, or the link opened over it. The one notion of "the screen
/// changed": the focus moves to the new heading, and questions asked on the old screen (start
/// over, erase the collected results) and the team view's slides and comparison end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Screen(Screen),
    SharedResult,
    Comparison,
    TeamLink,
    Invitation,
    BrokenLink,
}

impl Shown {
    /// Whether this is one of the facilitator's screens, which the participant's build does
    /// not have: showing one there loads the facilitator's build and hands the page over.
    pub fn is_facilitators(self) -> bool {
        matches!(self, Shown::Screen(Screen::Workshop) | Shown::TeamLink)
    }
}

/// Feedback of a copy button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyFeedback {
    Copied,
    Failed,
}

/// Everything the participant's side of the app remembers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
    pub draft: Draft,
    /// Storage failed: progress lives in memory only. Shown once until dismissed.
    pub storage_notice: bool,
    /// A stored value this version could not read was kept under a backup key (see
    /// [`storage::backup_key`]). Shown once until dismissed; never saved.
    pub unreadable_kept: bool,
    /// The team name as typed (spaces and all); the draft keeps the trimmed [`TeamName`].
    pub team_name_text: String,
    /// "Start over" was pressed and waits for confirmation.
    pub confirming_start_over: bool,
    /// A link opened from the address bar, shown instead of `screen` while it is `Some`.
    pub link_view: Option<LinkView>,
    /// The feedback of the results link's copy button.
    pub copy_feedback: Option<CopyFeedback>,
    /// The partner's options when the app is embedded (see [`AppState::with_embed`]).
    pub embed: std::rc::Rc<EmbedOptions>,
    /// The workshop this participant joined: its team name is the draft's, and its role
    /// groups are the ones offered. Saved with the draft.
    pub joined: Option<Workshop>,
    /// The role group chosen on an open invitation, before joining (the join step holds the
    /// choice; the draft changes only on "join"). Never saved.
    pub join_role: Option<RoleGroup>,
    /// The first render is done and the rest of a long screen may follow (see `app`).
    pub settled: bool,
}

/// Everything a participant can do, and what the app reports to the state.
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
    /// A stored value could not be read and was kept under a backup key.
    UnreadableKept,
    DismissStorageNotice,
    /// A fragment from the address bar (without or with `#`); an empty one closes the link view.
    OpenLink(String),
    /// From someone's result to the comparison with the reader's own.
    CompareWithOwn,
    /// Leave the link view for the reader's own scan, at `screen`.
    CloseLink(Screen),
    /// Copying the results link worked or failed.
    CopyFinished(CopyFeedback),
    /// The role group chosen on the invitation, before joining.
    SetJoinRole(Option<RoleGroup>),
    /// Join the workshop of the invitation that is open (see [`LinkView::Join`]) with the
    /// role chosen there, and start (or resume) its questions.
    Join,
    /// Do the scan on one's own again, without the workshop's team name and role groups.
    LeaveWorkshop,
    /// The first render is on screen: render everything from now on.
    Settle,
}

impl AppState {
    /// What the page shows (see [`Shown`]).
    pub fn shown(&self) -> Shown {
        match &self.link_view {
            None => Shown::Screen(self.screen),
            Some(LinkView::Response(_)) => Shown::SharedResult,
            Some(LinkView::Compare(_)) => Shown::Comparison,
            Some(LinkView::Team(..)) => Shown::TeamLink,
            Some(LinkView::Join(_)) => Shown::Invitation,
            Some(LinkView::Broken(_)) => Shown::BrokenLink,
        }
    }

    /// The state after `action`. Out-of-range indexes are ignored, never a panic.
    pub fn apply(mut self, action: Action) -> AppState {
        // "Copied" belongs to the link it was given for: any other action clears it.
        if !matches!(action, Action::CopyFinished(..)) {
            self.copy_feedback = None;
        }
        let shown_before = self.shown();
        self = self.apply_action(action);
        // The start-over question belongs to the screen it was asked on.
        if self.shown() != shown_before {
            self.confirming_start_over = false;
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
                // Chosen on the invitation, it carries through "join" (issue 22).
                if let Some(LinkView::Join(workshop)) = &mut self.link_view {
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
                        Ok(Decoded::Team(team)) => LinkView::Team(
                            SharedCounts {
                                counts: TeamCounts::from_responses(&team.responses),
                                team_name: team.team_name,
                                agreements: team.agreements,
                                unread_sections: 0,
                            },
                            RoleSizes::of(&team.responses),
                        ),
                        Ok(Decoded::TeamCounts(team)) => {
                            let sizes = RoleSizes::of_counts(&team.counts);
                            LinkView::Team(team, sizes)
                        }
                        Ok(Decoded::Workshop(workshop)) => {
                            if self.finished_in(&workshop) {
                                // Opened again after finishing: the send step, not question 1.
                                self.link_view = None;
                                self.screen = Screen::Results;
                                return self;
                            }
                            // The invitation speaks the workshop's language from the start.
                            self.lang = workshop.lang;
                            self.join_role = self.draft.role.filter(|r| {
                                workshop.roles.contains(r)
                                    && self.draft.team_name == workshop.team_name
                            });
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
            Action::CopyFinished(feedback) => self.copy_feedback = Some(feedback),
            Action::Settle => self.settled = true,
            Action::SetJoinRole(role) => self.join_role = role,
            Action::Join => {
                if let Some(LinkView::Join(workshop)) = &self.link_view {
                    let workshop = workshop.clone();
                    self.link_view = None;
                    self.join(workshop);
                    // The join step held the role and "start": straight to the questions.
                    self.draft.role = self
                        .join_role
                        .take()
                        .filter(|r| self.joined.as_ref().is_some_and(|w| w.roles.contains(r)));
                    self.screen = Screen::Question(first_open(&self.draft));
                }
            }
            Action::StorageFailed => self.storage_notice = true,
            Action::UnreadableKept => self.unreadable_kept = true,
            Action::DismissStorageNotice => {
                self.storage_notice = false;
                self.unreadable_kept = false;
            }
        }
        self
    }

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

    /// Whether this participant joined `workshop` (the same team and role groups, in any
    /// language) and finished it: reached the result, or answered every question.
    fn finished_in(&self, workshop: &Workshop) -> bool {
        let same = self.joined.as_ref().is_some_and(|joined| {
            joined.team_name == workshop.team_name && joined.roles == workshop.roles
        });
        same && (self.screen == Screen::Results || self.draft.completed_count() == DIMENSION_COUNT)
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

/// Whether the participant's build, which leaves out the facilitator's screens, must hand the
/// page over to the facilitator's build for what `state` shows. While it does, it is not ready
/// (tests and embedders wait for the facilitator's own screen).
pub fn hands_over(facilitators_included: bool, state: &AppState) -> bool {
    !facilitators_included && state.shown().is_facilitators()
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

#[cfg(test)]
mod test_support {
    use crate::domain::instrument::{Answer, Lang, Position, RoleGroup};
    use crate::domain::link::Workshop;
    use crate::domain::response::TeamName;

    pub fn pos(v: u8) -> Answer {
        Answer::Position(Position::new(v).unwrap())
    }

    pub fn workshop(name: Option<&str>, lang: Lang, roles: &[RoleGroup]) -> Workshop {
        Workshop {
            team_name: name.map(|n| TeamName::new(n).unwrap()),
            lang,
            roles: roles.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{pos, workshop};
    use super::*;

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
        assert_eq!(s.draft.progress(2), Progress::Done);
        assert_eq!(s.draft.progress(3), Progress::Open);
        assert_eq!(s.draft.progress(99), Progress::Open);
        let half = s.clone().apply(Action::Answer {
            index: 3,
            horizon: Horizon::Desired,
            answer: pos(1),
        });
        assert_eq!(half.draft.progress(3), Progress::Half);
        assert_eq!(half.draft.completed_count(), 3);
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

        // A `v2r` link with a matching checksum: made by a newer version (issue 21: a link
        // whose checksum does not match is damaged, whatever its version says).
        let broken = own
            .clone()
            .apply(Action::OpenLink("v2rAAAAAAAAALf3Bw1YsO2".into()));
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
        let s = AppState::default().apply(Action::CopyFinished(CopyFeedback::Copied));
        assert_eq!(s.copy_feedback, Some(CopyFeedback::Copied));
        assert_eq!(s.apply(Action::SetLang(Lang::En)).copy_feedback, None);
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
        // The join step held "start": the questions follow at once, not the welcome again.
        assert_eq!(
            (joined.lang, joined.screen),
            (Lang::En, Screen::Question(0))
        );
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
    fn the_invitation_carries_its_language_and_role_through_join() {
        let zuid = workshop(
            Some("Wijkteam Zuid"),
            Lang::Nl,
            &[RoleGroup::SocialTeam, RoleGroup::Uwv],
        );
        let opened = AppState::default().apply(Action::OpenLink(link::encode_workshop(&zuid)));
        // English chosen on the invitation, a role chosen there: both hold after "join".
        let joined = opened
            .apply(Action::SetLang(Lang::En))
            .apply(Action::SetJoinRole(Some(RoleGroup::Uwv)))
            .apply(Action::Join);
        assert_eq!(joined.lang, Lang::En);
        assert_eq!(joined.joined.as_ref().map(|w| w.lang), Some(Lang::En));
        assert_eq!(joined.draft.role, Some(RoleGroup::Uwv));
        assert_eq!(joined.screen, Screen::Question(0));
        assert_eq!(joined.join_role, None);
        // A role the workshop does not offer is not taken over.
        let odd = AppState::default()
            .apply(Action::OpenLink(link::encode_workshop(&zuid)))
            .apply(Action::SetJoinRole(Some(RoleGroup::Resident)))
            .apply(Action::Join);
        assert_eq!(odd.draft.role, None);
        // The role choice before joining leaves the draft alone.
        let own = AppState::default().apply(Action::SetRole(Some(RoleGroup::Resident)));
        let choosing = own
            .apply(Action::OpenLink(link::encode_workshop(&zuid)))
            .apply(Action::SetJoinRole(Some(RoleGroup::Uwv)));
        assert_eq!(choosing.draft.role, Some(RoleGroup::Resident));
    }

    #[test]
    fn a_finished_participant_who_opens_the_invitation_again_lands_on_the_send_step() {
        let zuid = workshop(Some("Wijkteam Zuid"), Lang::Nl, &[RoleGroup::Uwv]);
        let fragment = link::encode_workshop(&zuid);
        let joined = AppState::default()
            .apply(Action::OpenLink(fragment.clone()))
            .apply(Action::SetLang(Lang::En))
            .apply(Action::Join);
        // Half-way: the invitation again, to resume from.
        let half = joined.clone().apply(Action::GoTo(Screen::Question(4)));
        let reopened = half.apply(Action::OpenLink(fragment.clone()));
        assert_eq!(reopened.shown(), Shown::Invitation);
        assert_eq!(reopened.apply(Action::Join).screen, Screen::Question(0));
        // Finished (the result reached), in whatever language: the send step.
        let finished = joined.clone().apply(Action::GoTo(Screen::Results));
        let again = finished.apply(Action::OpenLink(fragment.clone()));
        assert_eq!(again.shown(), Shown::Screen(Screen::Results));
        assert_eq!(again.lang, Lang::En, "the participant's language stays");
        // Every question answered, on the last one: the send step too.
        let mut all = joined.clone().apply(Action::GoTo(Screen::Question(13)));
        for index in 0..DIMENSION_COUNT {
            for horizon in [Horizon::Now, Horizon::Desired] {
                all = all.apply(Action::Answer {
                    index,
                    horizon,
                    answer: pos(3),
                });
            }
        }
        let again = all.apply(Action::OpenLink(format!("#{fragment}")));
        assert_eq!(again.shown(), Shown::Screen(Screen::Results));
        // Over someone's result that was open, too.
        let response = link::encode_response(&Response::default(), None);
        let over = joined
            .apply(Action::GoTo(Screen::Results))
            .apply(Action::OpenLink(response))
            .apply(Action::OpenLink(fragment));
        assert_eq!(over.shown(), Shown::Screen(Screen::Results));
        // Another workshop's invitation is an invitation, finished or not.
        let noord = workshop(Some("Wijkteam Noord"), Lang::Nl, &[RoleGroup::Uwv]);
        let other = over.apply(Action::OpenLink(link::encode_workshop(&noord)));
        assert_eq!(other.shown(), Shown::Invitation);
    }

    #[test]
    fn steps_round_trip_through_history_numbers() {
        let screens = [Screen::Welcome, Screen::Results]
            .into_iter()
            .chain((0..DIMENSION_COUNT).map(Screen::Question));
        for screen in screens {
            let step = screen.step().expect("a participant's step");
            assert_eq!(Screen::from_step(f64::from(step)), Some(screen));
        }
        assert_eq!(Screen::Workshop.step(), None);
        assert_eq!(Screen::Question(14).step(), None);
        assert_eq!(Screen::Question(usize::MAX).step(), None);
        for junk in [-1.0, 0.5, 16.0, 14.5, f64::NAN, f64::INFINITY] {
            assert_eq!(Screen::from_step(junk), None, "{junk}");
        }
    }

    #[test]
    fn the_first_render_is_unsettled() {
        let s = AppState::default();
        assert!(!s.settled);
        assert!(s.apply(Action::Settle).settled);
    }

    #[test]
    fn notices_of_storage_show_until_dismissed() {
        let s = AppState::default();
        assert!(!s.unreadable_kept && !s.storage_notice);
        let s = s.apply(Action::UnreadableKept).apply(Action::StorageFailed);
        assert!(s.unreadable_kept && s.storage_notice);
        let dismissed = s.apply(Action::DismissStorageNotice);
        assert!(!dismissed.unreadable_kept && !dismissed.storage_notice);
    }

    #[test]
    fn what_is_shown_follows_the_screen_and_the_link_over_it() {
        let own = AppState::default().apply(Action::GoTo(Screen::Question(4)));
        assert_eq!(own.shown(), Shown::Screen(Screen::Question(4)));
        let response = link::encode_response(&Response::default(), None);
        let team = link::encode_team(&[Response::default()], None).unwrap();
        let invitation = link::encode_workshop(&Workshop::default());
        for (fragment, shown) in [
            (response.as_str(), Shown::SharedResult),
            (team.as_str(), Shown::TeamLink),
            (invitation.as_str(), Shown::Invitation),
            ("v1rgarbage", Shown::BrokenLink),
        ] {
            let opened = own.clone().apply(Action::OpenLink(fragment.into()));
            assert_eq!(opened.shown(), shown, "{fragment}");
            // The screen behind it does not count while the link is open.
            assert_eq!(opened.apply(Action::Next).shown(), shown, "{fragment}");
        }
        let compared = own
            .clone()
            .apply(Action::OpenLink(response))
            .apply(Action::CompareWithOwn);
        assert_eq!(compared.shown(), Shown::Comparison);
        assert_eq!(
            compared.apply(Action::CloseLink(Screen::Results)).shown(),
            Shown::Screen(Screen::Results)
        );
    }

    /// Issue 21: both builds read a team link of counts; a version 1 or 2 team link is read as
    /// its counts, with the same figures, and keeps what it tells of its role groups.
    #[test]
    fn a_team_link_of_any_version_opens_as_counts() {
        let people: Vec<Response> = (0..4)
            .map(|i| Response {
                role: (i < 3).then_some(RoleGroup::Uwv),
                ..Response::default()
            })
            .collect();
        let counts = TeamCounts::from_responses(&people);
        let none = crate::domain::agreement::Agreements::default();
        let v3 = link::encode_team_counts(&counts, None, &none).unwrap();
        let v1 = link::encode_team(&people, None).unwrap();
        let open = |f: &str| {
            AppState::default()
                .apply(Action::OpenLink(f.into()))
                .link_view
        };
        match (open(&v3), open(&v1)) {
            (Some(LinkView::Team(a, a_roles)), Some(LinkView::Team(b, b_roles))) => {
                assert_eq!(a.counts, counts);
                assert_eq!(b.counts, counts);
                assert_eq!(a_roles, RoleSizes::of_counts(&counts));
                assert_eq!(b_roles, RoleSizes::of(&people));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_participants_build_hands_over_for_the_facilitators_screens_only() {
        let team = link::encode_team(&[Response::default()], None).unwrap();
        let response = link::encode_response(&Response::default(), None);
        let workshop = AppState::default().apply(Action::GoTo(Screen::Workshop));
        let team_link = AppState::default().apply(Action::OpenLink(team));
        // A link opened over the workshop screen is what is shown, not the workshop.
        let result_over_workshop = workshop.clone().apply(Action::OpenLink(response));
        for (state, facilitators) in [
            (AppState::default(), false),
            (AppState::default().apply(Action::Start), false),
            (
                AppState::default().apply(Action::GoTo(Screen::Results)),
                false,
            ),
            (workshop, true),
            (team_link, true),
            (result_over_workshop, false),
        ] {
            assert_eq!(state.shown().is_facilitators(), facilitators, "{state:?}");
            assert_eq!(hands_over(false, &state), facilitators, "{state:?}");
            // The facilitator's build has every screen: it never hands over.
            assert!(!hands_over(true, &state));
        }
    }

    #[test]
    fn a_changed_screen_ends_the_start_over_question_and_nothing_else_does() {
        let asked = AppState::default()
            .apply(Action::GoTo(Screen::Results))
            .apply(Action::AskStartOver);
        let response = link::encode_response(&Response::default(), None);
        for (action, ends) in [
            (Action::SetLang(Lang::En), false),
            (Action::CopyFinished(CopyFeedback::Failed), false),
            (Action::Settle, false),
            (Action::GoTo(Screen::Results), false),
            (Action::Back, true),
            (Action::OpenLink(response), true),
        ] {
            let after = asked.clone().apply(action.clone());
            assert_eq!(!after.confirming_start_over, ends, "{action:?}");
        }
    }
}
