//! One participant's response: NOW and DESIRED on every dimension, an optional role group, and
//! the optional team name that travels with it.

use super::instrument::{Answer, RoleGroup, DIMENSION_COUNT};

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
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamName(String);

/// Why a text is not a valid team name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamNameError {
    Empty,
    TooLong { chars: usize },
}

impl TeamName {
    /// Trims the text and checks its length.
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

    /// Like [`TeamName::new`], but cuts an overlong name to the limit instead of failing, and
    /// gives `None` for an empty one. For text typed into a form.
    pub fn from_input(text: &str) -> Option<TeamName> {
        let cut: String = text.trim().chars().take(TEAM_NAME_MAX_CHARS).collect();
        TeamName::new(&cut).ok()
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
