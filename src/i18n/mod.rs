//! User-facing text, Dutch first and English second.
//!
//! Every text is a [`Text`] holding both languages, so a missing translation is a compile
//! error. `copy` holds the prose of the screens, `ui` the short labels, `present` the slides';
//! texts with numbers in them are functions.

pub mod camera;
pub mod copy;
pub mod participant;
pub mod paste;
pub mod present;
pub mod storage;
pub mod team;
pub mod ui;

pub use crate::domain::instrument::{Lang, Text};

/// A text in both languages, Dutch first: how every text file of this module writes its
/// constants (`tests/scripts/labels.test.mjs` reads them in this form).
const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}

use crate::domain::agreement::{AgreementError, Room};
use crate::domain::link::LinkError;
use crate::domain::response::TeamNameError;

/// Why a typed team name is refused, in the reader's words.
pub fn team_name_problem(error: &TeamNameError) -> Text {
    match error {
        TeamNameError::Empty => ui::TEAM_NAME_REQUIRED,
        TeamNameError::TooLong { .. } => ui::TEAM_NAME_TOO_LONG,
        TeamNameError::Control { .. } => ui::TEAM_NAME_CONTROL,
        TeamNameError::BidiControl { .. } => ui::TEAM_NAME_BIDI,
        TeamNameError::Invisible => ui::TEAM_NAME_INVISIBLE,
    }
}

/// Why a team link cannot carry an agreement as typed.
pub fn agreement_problem(error: &AgreementError) -> Text {
    match error {
        AgreementError::TooLong { .. } => ui::AGREEMENT_TOO_LONG,
        AgreementError::Control { .. } | AgreementError::BidiControl { .. } => {
            ui::AGREEMENT_CONTROL
        }
        AgreementError::NoText => ui::AGREEMENT_NO_TEXT,
    }
}

/// The reason a link failed, in the reader's words.
pub fn broken_message(error: &LinkError) -> Text {
    match error {
        LinkError::TooLong { .. } => ui::BROKEN_TOO_LONG,
        LinkError::UnsupportedVersion { .. }
        | LinkError::UnknownKind { .. }
        | LinkError::NewerSection { .. } => ui::BROKEN_NEWER,
        LinkError::Truncated => ui::BROKEN_TRUNCATED,
        LinkError::LengthMismatch
        | LinkError::ChecksumMismatch
        | LinkError::NonCanonical
        | LinkError::ValueOutOfRange
        | LinkError::InvalidTeamName
        | LinkError::TooManyResponses { .. }
        | LinkError::NoResponses
        | LinkError::InvalidAgreement
        | LinkError::TooFewResponses { .. }
        | LinkError::InvalidRoleGroups => ui::BROKEN_DAMAGED,
        LinkError::Empty | LinkError::NotALink | LinkError::InvalidCharacter { .. } => {
            ui::BROKEN_NOT_A_LINK
        }
    }
}

/// What the live count of a field adds near its limit: "nog 15 tekens", "3 tekens te veel".
pub fn room_left(lang: Lang, room: Room) -> String {
    let (n, over) = match room {
        Room::Plenty => return String::new(),
        Room::Left(n) => (n, false),
        Room::Over(n) => (n, true),
    };
    let s = if n == 1 { "" } else { "s" };
    match (lang, over) {
        (Lang::Nl, false) => format!(" · nog {n} teken{s}"),
        (Lang::Nl, true) => format!(" · {n} teken{s} te veel"),
        (Lang::En, false) => format!(" · {n} character{s} left"),
        (Lang::En, true) => format!(" · {n} character{s} too many"),
    }
}
