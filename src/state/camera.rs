//! The facilitator's camera panel (issue 23) as pure state: whether the camera runs and why
//! not, what the last code did, and which codes are in view. A code read by the camera goes the
//! paste's way ([`paste`](super::paste)): the same rules, messages and undo, but what is typed
//! in the paste box stays.
//!
//! The camera itself (the picture, the frames, the decoder) is the platform's
//! (`platform::camera`); the panel's component turns what it reads into [`CameraAction`]s.

use super::facilitator::FacilitatorState;
use crate::domain::collect::CollectError;

/// A code out of view this long and then seen again counts as shown again ("al ontvangen");
/// seen within it, it is the same showing (a phone held up for a second or two, read on many
/// frames, some of which miss it).
pub const GONE_AFTER_MS: u64 = 1_000;

/// The camera goes off after this long without a new code (the camera's light, and a laptop
/// mirrored to a projector showing the room).
pub const IDLE_AFTER_MS: u32 = 120_000;

/// The camera panel, while it is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CameraPanel {
    pub status: CameraStatus,
    /// Each start of the camera (opening, "start again", another camera) has its number: the
    /// component (re)starts the camera when it changes.
    pub run: u32,
    /// The camera chosen; empty for the browser's default.
    pub device: String,
    /// The cameras to choose from (id, label), once the browser has told them.
    pub devices: Vec<(String, String)>,
    /// The picture mirrored: a camera that faces the user (or does not say where it faces).
    pub mirrored: bool,
    /// The picture large; small by default, so a laptop mirrored to a projector does not show
    /// the room its own faces.
    pub large: bool,
    /// A short sound for each code; off by default.
    pub sound: bool,
    /// What the last code did.
    pub said: Option<Said>,
}

/// Whether the camera runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CameraStatus {
    /// Asked for; the picture has not come yet.
    #[default]
    Starting,
    /// The picture is there and codes are read.
    Live,
    /// The camera is off, and why.
    Off(CameraOff),
}

/// Why the camera is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraOff {
    /// No new code for [`IDLE_AFTER_MS`].
    Idle,
    /// The browser, or the person, refused the camera.
    Refused,
    NoCamera,
    /// Another program has the camera.
    InUse,
    /// Not a secure page (https): the browser offers no camera.
    Insecure,
    /// The page the scan is embedded in does not let it use a camera (its permissions policy).
    Blocked,
    /// The camera stopped while it ran: unplugged, or taken by the system.
    Lost,
    /// Anything else: the camera or the decoder could not start, or the decoder failed.
    Failed,
}

impl CameraOff {
    /// The camera's error by its name: a `DOMException`'s from `getUserMedia` (with the names
    /// older Chrome gave them), or the camera module's own. The one place these are read.
    pub fn from_error_name(name: &str) -> CameraOff {
        match name {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraOff::Refused,
            "NotFoundError"
            | "OverconstrainedError"
            | "DevicesNotFoundError"
            | "ConstraintNotSatisfiedError" => CameraOff::NoCamera,
            "NotReadableError" | "TrackStartError" => CameraOff::InUse,
            "InsecureContext" => CameraOff::Insecure,
            "Blocked" => CameraOff::Blocked,
            "CameraEnded" => CameraOff::Lost,
            _ => CameraOff::Failed,
        }
    }
}

/// What a code read by the camera did, as the panel confirms it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A result (or several) added.
    Received,
    /// Every link in it was taken before: nothing counted.
    AlreadyReceived,
    /// A workshop invitation: nothing added.
    Invitation,
    /// A team link: the paste's question (this session or an earlier one?) waits.
    TeamLink,
    /// A link of this app that cannot be read (damaged, from a newer version).
    Unreadable,
    /// No link of this app.
    NotOurs,
}

/// The confirmation of the last code; `seq` tells two equal ones apart (each is shown and
/// sounded anew).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Said {
    pub kind: CodeKind,
    pub seq: u32,
}

/// Everything the camera panel does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CameraAction {
    Open,
    Close,
    /// The picture came: the camera used, those there are, and whether to mirror it.
    Started {
        device: String,
        devices: Vec<(String, String)>,
        mirrored: bool,
    },
    Failed(CameraOff),
    /// A code came into view (see [`Sightings`]): its text.
    Code(String),
    /// [`IDLE_AFTER_MS`] passed since the start or the last new code.
    Idle,
    /// "Start the camera again".
    Restart,
    /// Another camera chosen.
    Choose(String),
    Large(bool),
    Sound(bool),
}

impl CameraPanel {
    /// A new run of the camera: the component stops the old one and starts this.
    fn start_again(&mut self) {
        self.status = CameraStatus::Starting;
        self.run = self.run.wrapping_add(1);
    }
}

impl FacilitatorState {
    /// The camera panel's part of the reducer.
    pub(super) fn camera(&mut self, action: CameraAction, now: u64) {
        if action == CameraAction::Open {
            // Opening it again keeps the choices made (camera, size, sound), and starts anew.
            self.camera_panel
                .get_or_insert_with(CameraPanel::default)
                .start_again();
            return;
        }
        let Some(panel) = &mut self.camera_panel else {
            // What the camera said after the panel closed (a start that was under way).
            return;
        };
        match action {
            CameraAction::Open => {}
            CameraAction::Close => self.camera_panel = None,
            CameraAction::Started {
                device,
                devices,
                mirrored,
            } => {
                if panel.status == CameraStatus::Starting {
                    panel.status = CameraStatus::Live;
                    panel.device = device;
                    panel.devices = devices;
                    panel.mirrored = mirrored;
                }
            }
            CameraAction::Failed(off) => panel.status = CameraStatus::Off(off),
            CameraAction::Idle => {
                if panel.status == CameraStatus::Live {
                    panel.status = CameraStatus::Off(CameraOff::Idle);
                }
            }
            CameraAction::Restart => panel.start_again(),
            CameraAction::Choose(device) => {
                panel.device = device;
                panel.start_again();
            }
            CameraAction::Large(large) => panel.large = large,
            CameraAction::Sound(sound) => panel.sound = sound,
            CameraAction::Code(text) => {
                let kind = self.scanned(text, now);
                if let Some(panel) = &mut self.camera_panel {
                    let seq = panel.said.map_or(0, |s| s.seq.wrapping_add(1));
                    panel.said = Some(Said { kind, seq });
                }
            }
        }
    }

    /// A code's text, taken as a paste is, except that the paste box keeps what is typed in it.
    fn scanned(&mut self, text: String, now: u64) -> CodeKind {
        // Tried on a copy first: only a result or a team link goes the paste's way. Anything
        // else would stand under the paste box ("no link in 1 line") in the place of the last
        // paste's undo, and an invitation or a damaged link among the paste's problems.
        let mut probe = (*self.collected).clone();
        let report = probe.add(&text);
        if !report.added() {
            return match probe.problems.last() {
                // The phone shown again: said, and nothing else changes (the last code's undo
                // under the paste box stays).
                _ if report.duplicates > 0 && report.problems == 0 => CodeKind::AlreadyReceived,
                Some(p) if report.problems > 0 && p.error == CollectError::Invitation => {
                    CodeKind::Invitation
                }
                _ if report.problems > 0 => CodeKind::Unreadable,
                _ => CodeKind::NotOurs,
            };
        }
        let typed = std::mem::take(&mut self.paste_text);
        self.paste(text, now);
        self.paste_text = typed;
        if self.team_question.is_some() {
            CodeKind::TeamLink
        } else {
            CodeKind::Received
        }
    }
}

/// Which codes are in view, so that a phone held up for a second or two counts once: the
/// camera reads it on many frames, and misses it on some.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sightings {
    /// Each code in view and when it was last seen.
    last_seen: Vec<(String, u64)>,
}

impl Sightings {
    /// The codes of one frame (their texts, one a line, as the decoder gives them; empty for
    /// none) read at `now` (ms): those that came into view, each once.
    pub fn see(&mut self, texts: &str, now: u64) -> Vec<String> {
        // Out of view for longer than GONE_AFTER_MS: forgotten, so a second showing is new.
        self.last_seen
            .retain(|(_, seen)| now.saturating_sub(*seen) <= GONE_AFTER_MS);
        let mut new = Vec::new();
        for text in texts.lines().map(str::trim).filter(|t| !t.is_empty()) {
            match self.last_seen.iter_mut().find(|(t, _)| t == text) {
                Some((_, seen)) => *seen = now,
                None => {
                    self.last_seen.push((text.to_owned(), now));
                    new.push(text.to_owned());
                }
            }
        }
        new
    }

    /// Forget every code in view (the camera started again).
    pub fn clear(&mut self) {
        self.last_seen.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::link;
    use crate::domain::response::{Response, TeamName};
    use crate::state::facilitator::FacilitatorAction;
    use crate::state::paste::PasteOutcome;
    use crate::state::test_support::{pos, workshop};

    /// The result link of a participant whose first answer is `answer` (distinct per person).
    fn result(answer: u8) -> String {
        let mut r = Response::default();
        r.now[0] = pos(answer);
        r.desired[1] = pos(answer);
        format!("https://scan.example/#{}", link::encode_response(&r, None))
    }

    fn open() -> FacilitatorState {
        let state =
            FacilitatorState::default().apply(FacilitatorAction::Camera(CameraAction::Open));
        state.apply(FacilitatorAction::Camera(CameraAction::Started {
            device: "cam-1".into(),
            devices: vec![("cam-1".into(), "Front".into())],
            mirrored: true,
        }))
    }

    fn code(state: FacilitatorState, text: &str) -> FacilitatorState {
        state.apply_at(
            FacilitatorAction::Camera(CameraAction::Code(text.into())),
            1,
        )
    }

    fn said(state: &FacilitatorState) -> Option<CodeKind> {
        state.camera_panel.as_ref()?.said.map(|s| s.kind)
    }

    #[test]
    fn a_code_goes_the_pastes_way_and_the_same_code_again_counts_nothing() {
        let typed = open().apply(FacilitatorAction::SetPasteText("half getypt".into()));
        let one = code(typed, &result(1));
        assert_eq!(one.collected.participants(), 1);
        assert_eq!(said(&one), Some(CodeKind::Received));
        // The paste's message and undo, and what was typed stays.
        assert!(matches!(
            &one.paste_outcome,
            Some(PasteOutcome::Pasted { links, .. }) if links.len() == 1
        ));
        assert_eq!(one.paste_text, "half getypt");
        let again = code(one.clone(), &result(1));
        assert_eq!(again.collected.participants(), 1);
        assert_eq!(said(&again), Some(CodeKind::AlreadyReceived));
        // Nothing else changed: the last code's message and undo stay.
        assert_eq!(again.paste_outcome, one.paste_outcome);
        assert_eq!(again.collected, one.collected);
        let seq = again.camera_panel.as_ref().unwrap().said.unwrap().seq;
        let two = code(again, &result(2));
        assert_eq!(two.collected.participants(), 2);
        assert_eq!(said(&two), Some(CodeKind::Received));
        assert_eq!(
            two.camera_panel.as_ref().unwrap().said.unwrap().seq,
            seq + 1
        );
        // The undo under the paste box takes the last code back.
        let undone = two.apply(FacilitatorAction::UndoPaste);
        assert_eq!(undone.collected.participants(), 1);
    }

    #[test]
    fn an_invitation_a_foreign_code_and_a_damaged_link_add_nothing_and_keep_the_undo() {
        let one = code(open(), &result(1));
        let outcome = one.paste_outcome.clone();
        let invitation = format!(
            "https://scan.example/#{}",
            link::encode_workshop(&workshop(
                Some("Zuid"),
                crate::domain::instrument::Lang::Nl,
                &[]
            ))
        );
        let mut damaged = result(3);
        damaged.truncate(damaged.len() - 4);
        for (text, kind) in [
            (invitation.as_str(), CodeKind::Invitation),
            ("https://example.org/menu", CodeKind::NotOurs),
            ("WIFI:S:zaal;T:WPA;P:geheim;;", CodeKind::NotOurs),
            (damaged.as_str(), CodeKind::Unreadable),
        ] {
            let after = code(one.clone(), text);
            assert_eq!(said(&after), Some(kind), "{text}");
            assert_eq!(after.collected, one.collected, "{text}");
            assert_eq!(after.paste_outcome, outcome, "{text}");
        }
    }

    #[test]
    fn a_team_link_asks_the_pastes_question_first() {
        let mut a = Response::default();
        a.now[0] = pos(2);
        let team = link::encode_team(
            &[a.clone(), a.clone(), a],
            Some(&TeamName::new("Zuid").unwrap()),
        )
        .unwrap();
        let asked = code(open(), &format!("https://scan.example/#{team}"));
        assert_eq!(said(&asked), Some(CodeKind::TeamLink));
        assert!(asked.team_question.is_some());
        assert_eq!(asked.collected.participants(), 0);
    }

    #[test]
    fn the_camera_goes_off_when_idle_closed_or_the_screen_is_left() {
        let live = open();
        assert_eq!(
            live.camera_panel.as_ref().unwrap().status,
            CameraStatus::Live
        );
        let idle = live
            .clone()
            .apply(FacilitatorAction::Camera(CameraAction::Idle));
        let panel = idle.camera_panel.clone().unwrap();
        assert_eq!(panel.status, CameraStatus::Off(CameraOff::Idle));
        // Started again: a new run, and idle only counts while live.
        let again = idle.apply(FacilitatorAction::Camera(CameraAction::Restart));
        let restarted = again.camera_panel.as_ref().unwrap();
        assert_eq!(restarted.status, CameraStatus::Starting);
        assert_eq!(restarted.run, panel.run + 1);
        let still = again.apply(FacilitatorAction::Camera(CameraAction::Idle));
        assert_eq!(
            still.camera_panel.as_ref().unwrap().status,
            CameraStatus::Starting
        );
        assert_eq!(
            live.clone()
                .apply(FacilitatorAction::Camera(CameraAction::Close))
                .camera_panel,
            None
        );
        assert_eq!(
            live.clone()
                .apply(FacilitatorAction::ScreenChanged)
                .camera_panel,
            None
        );
        assert_eq!(
            live.apply(FacilitatorAction::Present(crate::slides::Slide::FIRST))
                .camera_panel,
            None
        );
    }

    #[test]
    fn what_the_camera_says_after_the_panel_closed_changes_nothing() {
        let closed = FacilitatorState::default();
        for action in [
            CameraAction::Started {
                device: String::new(),
                devices: vec![],
                mirrored: false,
            },
            CameraAction::Failed(CameraOff::Refused),
            CameraAction::Code(result(1)),
            CameraAction::Idle,
        ] {
            assert_eq!(
                closed.clone().apply(FacilitatorAction::Camera(action)),
                closed
            );
        }
    }

    #[test]
    fn opening_again_keeps_the_choices_and_a_failure_is_said_by_its_kind() {
        let chosen = open()
            .apply(FacilitatorAction::Camera(CameraAction::Large(true)))
            .apply(FacilitatorAction::Camera(CameraAction::Sound(true)))
            .apply(FacilitatorAction::Camera(CameraAction::Choose(
                "cam-2".into(),
            )));
        let panel = chosen.camera_panel.clone().unwrap();
        assert_eq!(
            (panel.device.as_str(), panel.status),
            ("cam-2", CameraStatus::Starting)
        );
        let failed = chosen.apply(FacilitatorAction::Camera(CameraAction::Failed(
            CameraOff::InUse,
        )));
        let reopened = failed.apply(FacilitatorAction::Camera(CameraAction::Open));
        let panel = reopened.camera_panel.unwrap();
        assert!(panel.large && panel.sound);
        assert_eq!(panel.status, CameraStatus::Starting);
        for (name, off) in [
            ("NotAllowedError", CameraOff::Refused),
            ("PermissionDeniedError", CameraOff::Refused),
            ("DevicesNotFoundError", CameraOff::NoCamera),
            ("ConstraintNotSatisfiedError", CameraOff::NoCamera),
            ("TrackStartError", CameraOff::InUse),
            ("NotFoundError", CameraOff::NoCamera),
            ("NotReadableError", CameraOff::InUse),
            ("InsecureContext", CameraOff::Insecure),
            ("Blocked", CameraOff::Blocked),
            ("DecoderError", CameraOff::Failed),
            ("CameraEnded", CameraOff::Lost),
            // Not "in use": the camera module also says it for a start that was stopped.
            ("AbortError", CameraOff::Failed),
            ("", CameraOff::Failed),
        ] {
            assert_eq!(CameraOff::from_error_name(name), off, "{name}");
        }
    }

    #[test]
    fn a_code_held_up_counts_once_and_again_only_after_it_was_gone() {
        let mut seen = Sightings::default();
        let a = result(1);
        let b = result(2);
        assert_eq!(seen.see(&a, 0), std::slice::from_ref(&a));
        // Read on later frames, missed on some: the same showing.
        assert!(seen.see("", 400).is_empty());
        assert!(seen.see(&a, 900).is_empty());
        // Two phones in one frame: the one already in view is not new.
        assert_eq!(
            seen.see(&format!("{a}\n{b}"), 1_500),
            std::slice::from_ref(&b)
        );
        assert!(seen.see(&b, 2_000).is_empty());
        // Gone for more than a second, then shown again: new.
        assert_eq!(seen.see(&a, 2_600), std::slice::from_ref(&a));
        seen.clear();
        assert_eq!(seen.see(&a, 2_700), [a]);
    }

    /// Property: whatever frames miss within a showing, a code shown `k` times with more than
    /// a second out of view between showings comes `k` times, never more.
    #[test]
    fn property_each_showing_counts_once() {
        let mut state = 0x2300_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..500 {
            let mut seen = Sightings::default();
            let mut now = 0;
            let mut came: Vec<String> = Vec::new();
            let mut shown: Vec<String> = Vec::new();
            for _ in 0..1 + next(12) {
                let text = format!("code-{}", next(4));
                shown.push(text.clone());
                // About 1.6 s at a few frames a second; the first frame reads it, some later
                // ones miss it (never for a second).
                let frames = 3 + next(10);
                let mut last_read = now;
                for f in 0..frames {
                    let read = f == 0 || next(3) > 0 || now - last_read > 700;
                    if read {
                        last_read = now;
                    }
                    came.extend(seen.see(if read { &text } else { "" }, now));
                    now += 80 + next(120);
                }
                // The blank between phones: longer than GONE_AFTER_MS, read on a few frames.
                let blank_end = now + GONE_AFTER_MS + 1 + next(2_000);
                while now < blank_end {
                    came.extend(seen.see("", now));
                    now += 80 + next(400);
                }
            }
            assert_eq!(came, shown);
        }
    }
}
