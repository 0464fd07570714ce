//! The team's name above a result, an invitation or a team view, when there is one.

use crate::domain::response::TeamName;
use crate::markup::Markup;

/// `<p class="team-name">`, escaped like all data; nothing without a name.
pub fn team_name_line(m: &mut Markup, name: Option<&TeamName>) {
    if let Some(name) = name {
        m.tag("<p class=\"team-name\">")
            .text(name.as_str())
            .tag("</p>");
    }
}
