//! The app's state and the actions that change it, as pure Rust.
//!
//! The UI wraps [`AppState`] in yew's `use_reducer` (see `app.rs`); nothing here imports yew or
//! web-sys, so every transition is tested natively. The draft has its own small storage format
//! (not the share link) because it must tell "not answered yet" from "don't know".

use crate::domain::instrument::{Answer, Lang, RoleGroup, DIMENSION_COUNT};
use crate::domain::link::{self, Decoded, LinkError, SharedResponse, SharedTeam};
use crate::domain::response::{Horizon, Response, TeamName};
use crate::embed::EmbedOptions;

/// Which screen is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Welcome,
    /// The questionnaire at a dimension index (0-13).
    Question(usize),
    Results,
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
    /// A link that could not be read, and why.
    Broken(LinkError),
}

/// Feedback of the share panel's copy button.
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
    /// The team name as typed (spaces and all); the draft keeps the trimmed [`TeamName`].
    pub team_name_text: String,
    /// "Start over" was pressed and waits for confirmation.
    pub confirming_start_over: bool,
    /// A link opened from the address bar, shown instead of `screen` while it is `Some`.
    pub link_view: Option<LinkView>,
    pub copy_feedback: Option<CopyFeedback>,
    /// The partner's options when the app is embedded (see [`AppState::with_embed`]).
    pub embed: std::rc::Rc<EmbedOptions>,
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
    CopyResult(CopyFeedback),
}

impl AppState {
    /// The state after `action`. Out-of-range indexes are ignored, never a panic.
    pub fn apply(mut self, action: Action) -> AppState {
        // "Copied" belongs to the link it was given for: any other action clears it.
        if !matches!(action, Action::CopyResult(_)) {
            self.copy_feedback = None;
        }
        let screen_before = self.screen;
        self = self.apply_action(action);
        // The start-over question belongs to the results screen it was asked on.
        if self.screen != screen_before {
            self.confirming_start_over = false;
        }
        self
    }

    fn apply_action(mut self, action: Action) -> AppState {
        match action {
            Action::SetLang(lang) => self.lang = lang,
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
                    Screen::Question(i) if i + 1 < DIMENSION_COUNT => Screen::Question(i + 1),
                    Screen::Question(_) | Screen::Results => Screen::Results,
                }
            }
            Action::Back => {
                self.screen = match self.screen {
                    Screen::Welcome | Screen::Question(0) => Screen::Welcome,
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
            }
            Action::OpenLink(fragment) => {
                let fragment = fragment.strip_prefix('#').unwrap_or(&fragment);
                self.link_view = if fragment.trim().is_empty() {
                    None
                } else {
                    Some(match link::decode(fragment) {
                        Ok(Decoded::Response(shared)) => LinkView::Response(shared),
                        Ok(Decoded::Team(team)) => LinkView::Team(team),
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
            Action::CopyResult(feedback) => self.copy_feedback = Some(feedback),
            Action::StorageFailed => self.storage_notice = true,
            Action::DismissStorageNotice => self.storage_notice = false,
        }
        self
    }
}

/// What a button does that a screen built as static markup names in its `data-action`
/// attribute. One click listener on the page turns the name into a command (see `app.rs`):
/// far less WebAssembly than a listener per `html!` button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Dispatch(Action),
    /// Back from the comparison to the shared result in the address bar.
    ReopenLink,
    Print,
    CopyLink,
    ShareLink,
}

/// The command a `data-action` name stands for; `None` for anything else.
pub fn command(name: &str) -> Option<Command> {
    use Command::Dispatch;
    Some(match name {
        "next" => Dispatch(Action::Next),
        "back" => Dispatch(Action::Back),
        "edit" => Dispatch(Action::GoTo(Screen::Question(0))),
        "start-over" => Dispatch(Action::AskStartOver),
        "start-over-yes" => Dispatch(Action::StartOver),
        "start-over-no" => Dispatch(Action::CancelStartOver),
        "compare" => Dispatch(Action::CompareWithOwn),
        "scan-yourself" => Dispatch(Action::CloseLink(Screen::Welcome)),
        "own-result" => Dispatch(Action::CloseLink(Screen::Results)),
        "lang-nl" => Dispatch(Action::SetLang(Lang::Nl)),
        "lang-en" => Dispatch(Action::SetLang(Lang::En)),
        "dismiss" => Dispatch(Action::DismissStorageNotice),
        "back-to-shared" => Command::ReopenLink,
        "print" => Command::Print,
        "copy" => Command::CopyLink,
        "share" => Command::ShareLink,
        // "q0" to "q13": jump to a dimension.
        _ => {
            let index = name.strip_prefix('q')?.parse::<usize>().ok()?;
            Dispatch(Action::GoTo(Screen::Question(index)))
        }
    })
}

/// The answer a scale's radio stands for: `name` "now-3" or "desired-3" (dimension 3),
/// `value` the answer code (0 = don't know, 1-5). `None` for any other input.
pub fn answer_from_input(name: &str, value: &str) -> Option<Action> {
    let (horizon, id) = if let Some(id) = name.strip_prefix("now-") {
        (Horizon::Now, id)
    } else {
        (Horizon::Desired, name.strip_prefix("desired-")?)
    };
    let index = id.parse::<usize>().ok()?.checked_sub(1)?;
    let answer = Answer::from_code(value.parse().ok()?)?;
    (index < DIMENSION_COUNT).then_some(Action::Answer {
        index,
        horizon,
        answer,
    })
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

fn valid(screen: Screen) -> bool {
    !matches!(screen, Screen::Question(i) if i >= DIMENSION_COUNT)
}

/// Where "start" resumes: the first dimension not completed, or the first one.
fn first_open(draft: &Draft) -> usize {
    (0..DIMENSION_COUNT)
        .find(|&i| !draft.is_complete(i))
        .unwrap_or(0)
}

/// The localStorage key of the draft. The version is in the key: a later format uses a new
/// key and can still read this one.
pub const STORAGE_KEY: &str = "samenwerkingsscan.v1";

/// Writes the state to the storage format, one line:
/// `1|<lang>|<screen>|<role>|<28 answers>|<team name>`; answers: `.` = not answered,
/// `0` = don't know, `1`-`5`; screen: `w`, `r` or the question index; role: 0 = none.
/// The team name comes last so it may contain any character.
pub fn to_storage(state: &AppState) -> String {
    let screen = match state.screen {
        Screen::Welcome => "w".to_owned(),
        Screen::Results => "r".to_owned(),
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
    format!(
        "1|{}|{}|{}|{}|{}",
        state.lang.code(),
        screen,
        state.draft.role.map_or(0, RoleGroup::id),
        answers,
        state.draft.team_name.as_ref().map_or("", |n| n.as_str())
    )
}

/// Reads what [`to_storage`] wrote. Anything malformed gives `None`: the caller starts fresh
/// rather than guess.
pub fn from_storage(text: &str) -> Option<AppState> {
    if text.len() > 1024 {
        return None;
    }
    let mut parts = text.splitn(6, '|');
    if parts.next()? != "1" {
        return None;
    }
    let lang = Lang::from_code(parts.next()?)?;
    let screen = match parts.next()? {
        "w" => Screen::Welcome,
        "r" => Screen::Results,
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
    fn action_names_map_to_commands() {
        assert_eq!(command("next"), Some(Command::Dispatch(Action::Next)));
        assert_eq!(
            command("lang-en"),
            Some(Command::Dispatch(Action::SetLang(Lang::En)))
        );
        assert_eq!(
            command("own-result"),
            Some(Command::Dispatch(Action::CloseLink(Screen::Results)))
        );
        assert_eq!(command("copy"), Some(Command::CopyLink));
        assert_eq!(
            command("q13"),
            Some(Command::Dispatch(Action::GoTo(Screen::Question(13))))
        );
        // An index out of range parses, and the reducer ignores it (see navigation test).
        for unknown in ["", "Next", "next ", "q", "q-1", "q1x", "<script>"] {
            assert_eq!(command(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn scale_inputs_map_to_answers() {
        assert_eq!(
            answer_from_input("now-3", "4"),
            Some(Action::Answer {
                index: 2,
                horizon: Horizon::Now,
                answer: pos(4)
            })
        );
        assert_eq!(
            answer_from_input("desired-14", "0"),
            Some(Action::Answer {
                index: 13,
                horizon: Horizon::Desired,
                answer: Answer::DontKnow
            })
        );
        for (name, value) in [
            ("now-0", "1"),
            ("now-15", "1"),
            ("now-3", "6"),
            ("now-3", ""),
            ("team-name", "1"),
            ("role", "2"),
            ("now-", "1"),
            ("later-3", "1"),
            ("now-3", "-1"),
        ] {
            assert_eq!(answer_from_input(name, value), None, "{name}={value}");
        }
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
        let s = AppState::default().apply(Action::CopyResult(CopyFeedback::Copied));
        assert_eq!(s.copy_feedback, Some(CopyFeedback::Copied));
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
        assert!(text.starts_with("1|en|7|3|"));
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
}
