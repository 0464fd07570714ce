//! One participant's response: NOW and DESIRED on every dimension, an optional role group, and
//! the optional team name that travels with it.

use super::instrument::{Answer, RoleGroup, DIMENSION_COUNT};
use super::text::{is_bidi_control, is_invisible};

/// One participant's answers. A dimension not (yet) answered counts as "don't know": the share
/// link has no third state, and neither counts in the scoring.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Response {
    /// How the team works now, per dimension (index = dimension id - 1).
    pub now: [Answer; DIMENSION_COUNT],
    /// What fits the team's aims, per dimension.
    pub desired: [Answer; DIMENSION_COUNT],
    pub role: Option<RoleGroup>,
}

impl Default for Response {
    fn default() -> Self {
        Response {
            now: [Answer::DontKnow; DIMENSION_COUNT],
            desired: [Answer::DontKnow; DIMENSION_COUNT],
            role: None,
        }
    }
}

/// Which of the two questions per dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Horizon {
    Now,
    Desired,
}

impl Response {
    pub fn answers(&self, horizon: Horizon) -> &[Answer; DIMENSION_COUNT] {
        match horizon {
            Horizon::Now => &self.now,
            Horizon::Desired => &self.desired,
        }
    }

    pub fn answers_mut(&mut self, horizon: Horizon) -> &mut [Answer; DIMENSION_COUNT] {
        match horizon {
            Horizon::Now => &mut self.now,
            Horizon::Desired => &mut self.desired,
        }
    }
}

/// The most characters (Unicode scalar values) a team name may have.
pub const TEAM_NAME_MAX_CHARS: usize = 60;

/// A team name: any Unicode text of 1 to 60 characters after trimming. It is data to display
/// as text, never markup.
///
/// Two ways in, on purpose: [`TeamName::new`] is lenient (any text, so every name an old link
/// carries still decodes, and must then be shown isolated, in `<bdi>`), while
/// [`TeamName::parse_input`] and [`TeamName::parse_required`] are strict, for what a person types
/// into a form now: no control characters, no bidi overrides or isolates, not only invisible
/// characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamName(String);

/// Why a text is not a valid team name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamNameError {
    /// Nothing but white space. At input this is only an error where a name is required
    /// ([`TeamName::parse_required`]); in the optional field it means "no name".
    Empty,
    /// More than [`TEAM_NAME_MAX_CHARS`] characters after trimming.
    TooLong { chars: usize },
    /// A control character (Unicode Cc: a tab, a line break, NUL, ...) inside the name.
    /// `position` counts characters from the start of the trimmed text. Input only.
    Control { position: usize, character: char },
    /// A bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069), which
    /// could reorder the text around the name on screen. Input only.
    BidiControl { position: usize, character: char },
    /// Only invisible characters (zero-width spaces, joiners, format characters, fillers): a
    /// name nobody can read. Input only.
    Invisible,
}

impl TeamName {
    /// Trims the text and checks its length. Lenient about the characters: this is what the link
    /// decoder and the stored draft use, so that every name that was ever written reads back.
    ///
    /// # Errors
    /// [`TeamNameError::Empty`] when nothing but white space is left,
    /// [`TeamNameError::TooLong`] above [`TEAM_NAME_MAX_CHARS`] characters.
    pub fn new(text: &str) -> Result<TeamName, TeamNameError> {
        let trimmed = text.trim();
        let chars = trimmed.chars().count();
        if chars == 0 {
            Err(TeamNameError::Empty)
        } else if chars > TEAM_NAME_MAX_CHARS {
            Err(TeamNameError::TooLong { chars })
        } else {
            Ok(TeamName(trimmed.to_owned()))
        }
    }

    /// A name typed into the optional team-name field: `Ok(None)` when nothing but white space
    /// was typed (no name), otherwise the trimmed name or why it is refused.
    ///
    /// # Errors
    /// Checked in this order: [`TeamNameError::Control`] for a control character inside the
    /// name (one at either end is white space and trimmed), [`TeamNameError::BidiControl`],
    /// [`TeamNameError::Invisible`] when no character can be seen, and
    /// [`TeamNameError::TooLong`] above [`TEAM_NAME_MAX_CHARS`] characters.
    pub fn parse_input(text: &str) -> Result<Option<TeamName>, TeamNameError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        let mut chars = 0;
        let mut visible = false;
        for (position, character) in trimmed.chars().enumerate() {
            if character.is_control() {
                return Err(TeamNameError::Control {
                    position,
                    character,
                });
            }
            if is_bidi_control(character) {
                return Err(TeamNameError::BidiControl {
                    position,
                    character,
                });
            }
            visible |= !is_invisible(character);
            chars += 1;
        }
        if !visible {
            return Err(TeamNameError::Invisible);
        }
        if chars > TEAM_NAME_MAX_CHARS {
            return Err(TeamNameError::TooLong { chars });
        }
        Ok(Some(TeamName(trimmed.to_owned())))
    }

    /// A name typed where one is required (the workshop invitation): like
    /// [`TeamName::parse_input`], with [`TeamNameError::Empty`] for white space only.
    ///
    /// # Errors
    /// [`TeamNameError::Empty`], or any error of [`TeamName::parse_input`].
    pub fn parse_required(text: &str) -> Result<TeamName, TeamNameError> {
        TeamName::parse_input(text)?.ok_or(TeamNameError::Empty)
    }

    /// Like [`TeamName::parse_input`], but cuts an overlong name to the limit instead of
    /// failing, and gives `None` for an empty or refused one. Prefer `parse_input`, which says
    /// why a name is refused.
    pub fn from_input(text: &str) -> Option<TeamName> {
        let cut: String = text.trim().chars().take(TEAM_NAME_MAX_CHARS).collect();
        TeamName::parse_input(&cut).ok().flatten()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TeamName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_names_are_trimmed_and_limited() {
        assert_eq!(TeamName::new("  Team Oost ").unwrap().as_str(), "Team Oost");
        assert_eq!(TeamName::new("   "), Err(TeamNameError::Empty));
        let sixty = "é".repeat(60);
        assert_eq!(TeamName::new(&sixty).unwrap().as_str(), sixty);
        assert_eq!(
            TeamName::new(&"é".repeat(61)),
            Err(TeamNameError::TooLong { chars: 61 })
        );
        assert_eq!(
            TeamName::from_input(&"👩‍⚕️".repeat(40))
                .unwrap()
                .as_str()
                .chars()
                .count(),
            60
        );
        assert_eq!(TeamName::from_input(" "), None);
        let hostile = "<img src=x onerror=alert(1)>";
        assert_eq!(TeamName::new(hostile).unwrap().as_str(), hostile);
    }
}
