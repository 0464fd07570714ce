//! The team summary: many responses to one picture, as INSTRUMENT.md says.
//!
//! - per dimension and horizon: how many answered, the median, minimum, maximum and the
//!   distribution; a difference-of-view flag when max - min >= 3;
//! - the team placement: the mean of the per-dimension medians, placed like one response;
//! - role groups compared only when every shown group has at least [`MIN_GROUP_SIZE`]
//!   participants, so that no one's answers can be singled out;
//! - what a team may share ([`shareable`]): a participant's role group only where that group is
//!   shown.
//!
//! # Nobody singled out, also by subtraction
//!
//! Shared figures separate a team into sets of people: each role group that is shown, and the
//! rest (those without a role group, and those whose group is not shown). The rest is never
//! shown as such, but the team minus the shown groups IS the rest: in a team of seven with
//! three from the social team, three from work & income and one UWV labour expert, the team's
//! answers minus the two groups' answers are the labour expert's, and in a team link the one
//! response without a role group is theirs. So a group is shown only when
//! - it has at least [`MIN_GROUP_SIZE`] participants, and
//! - the rest then has none, or at least [`MIN_GROUP_SIZE`] participants too. When the rest
//!   would have 1 or 2, the smallest shown group (the later one in [`RoleGroup::ALL`] order on a
//!   tie) joins the rest, which then has at least 4.
//!
//! [`shown_role_groups`] applies this rule; [`summarise`] compares only those groups and
//! [`shareable`] keeps only their role groups, so the screen, the team link and the CSV files
//! single out the same nobody. A role group that is shown has at least 3 participants and so
//! does everyone else; what remains visible is what a group of 3 always shows (when all three
//! give the same answer, each one's answer is known).
//!
//! Medians of an even count can fall between two positions, so they are kept in half steps.

use super::counts::{QuestionCounts, TeamCounts};
use super::instrument::{Answer, RoleGroup, DIMENSIONS, DIMENSION_COUNT, SCALE_POINTS};
use super::response::{Horizon, Response};
use super::scoring::Placement;

/// A role group is shown in a comparison only with at least this many participants.
pub const MIN_GROUP_SIZE: usize = 3;

/// max - min of at least this many scale points flags a difference of view.
pub const DIFFERENCE_OF_VIEW_SPREAD: u8 = 3;

/// The answers of many participants to one question (one dimension, one horizon).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Distribution {
    /// `counts[p - 1]` participants chose position p.
    pub counts: [u32; SCALE_POINTS as usize],
    pub dont_know: u32,
}

impl Distribution {
    pub fn add(&mut self, answer: Answer) {
        match answer.position() {
            Some(p) => self.counts[usize::from(p.steps())] += 1,
            None => self.dont_know += 1,
        }
    }

    /// How many gave a position (not "don't know").
    pub fn answered(&self) -> u32 {
        self.counts.iter().sum()
    }

    pub fn min(&self) -> Option<u8> {
        (1..=SCALE_POINTS).find(|&p| self.counts[usize::from(p - 1)] > 0)
    }

    pub fn max(&self) -> Option<u8> {
        (1..=SCALE_POINTS)
            .rev()
            .find(|&p| self.counts[usize::from(p - 1)] > 0)
    }

    /// max - min in scale points; `None` when nobody answered.
    pub fn spread(&self) -> Option<u8> {
        Some(self.max()? - self.min()?)
    }

    /// Someone near each pole: max - min >= 3.
    pub fn difference_of_view(&self) -> bool {
        self.spread()
            .is_some_and(|s| s >= DIFFERENCE_OF_VIEW_SPREAD)
    }

    /// The median times two (2..=10), exact also when it falls between two positions.
    pub fn median_halves(&self) -> Option<u8> {
        let n = self.answered();
        if n == 0 {
            return None;
        }
        // The k-th smallest answer, k counted from 0.
        let nth = |k: u32| -> u8 {
            let mut seen = 0;
            for p in 1..=SCALE_POINTS {
                seen += self.counts[usize::from(p - 1)];
                if seen > k {
                    return p;
                }
            }
            SCALE_POINTS
        };
        Some(nth((n - 1) / 2) + nth(n / 2))
    }

    /// The median as a number on the 1-5 scale.
    pub fn median(&self) -> Option<f64> {
        self.median_halves().map(|h| f64::from(h) / 2.0)
    }
}

/// One dimension of the team summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionSummary {
    pub id: u8,
    pub now: Distribution,
    pub desired: Distribution,
}

impl DimensionSummary {
    pub fn horizon(&self, horizon: Horizon) -> &Distribution {
        match horizon {
            Horizon::Now => &self.now,
            Horizon::Desired => &self.desired,
        }
    }

    /// The larger spread of the two horizons: how far apart the team's views are.
    pub fn disagreement(&self) -> u8 {
        self.now
            .spread()
            .unwrap_or(0)
            .max(self.desired.spread().unwrap_or(0))
    }

    pub fn difference_of_view(&self) -> bool {
        self.now.difference_of_view() || self.desired.difference_of_view()
    }
}

/// Medians and placement of a set of participants (the whole team, or one role group).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSummary {
    pub participants: usize,
    pub dimensions: [DimensionSummary; DIMENSION_COUNT],
    pub now: Placement,
    pub desired: Placement,
}

impl GroupSummary {
    pub fn of<'a>(responses: impl IntoIterator<Item = &'a Response>) -> GroupSummary {
        let mut participants = 0;
        let mut dimensions = DIMENSIONS.map(|d| DimensionSummary {
            id: d.id,
            now: Distribution::default(),
            desired: Distribution::default(),
        });
        for response in responses {
            participants += 1;
            for (i, summary) in dimensions.iter_mut().enumerate() {
                summary.now.add(response.now[i]);
                summary.desired.add(response.desired[i]);
            }
        }
        GroupSummary {
            participants,
            now: place_medians(&dimensions, Horizon::Now),
            desired: place_medians(&dimensions, Horizon::Desired),
            dimensions,
        }
    }

    /// The same summary from counts: equal to [`GroupSummary::of`] the responses counted.
    pub fn from_counts(counts: &QuestionCounts) -> GroupSummary {
        let dimensions = DIMENSIONS.map(|d| DimensionSummary {
            id: d.id,
            now: counts.distribution(Horizon::Now, d.index()),
            desired: counts.distribution(Horizon::Desired, d.index()),
        });
        GroupSummary {
            participants: counts.participants() as usize,
            now: place_medians(&dimensions, Horizon::Now),
            desired: place_medians(&dimensions, Horizon::Desired),
            dimensions,
        }
    }

    pub fn placement(&self, horizon: Horizon) -> Placement {
        match horizon {
            Horizon::Now => self.now,
            Horizon::Desired => self.desired,
        }
    }
}

/// The team placement: the mean of the per-dimension medians, over the dimensions that anyone
/// answered, placed like one response (so at least 7 such dimensions are needed).
fn place_medians(dimensions: &[DimensionSummary; DIMENSION_COUNT], horizon: Horizon) -> Placement {
    let halves = dimensions
        .iter()
        .filter_map(|d| d.horizon(horizon).median_halves());
    let (sum, answered) = halves.fold((0u32, 0usize), |(sum, n), h| {
        // A median of m is m*2 halves and (m - 1) * 2 half-steps above the low pole.
        (sum + u32::from(h - 2), n + 1)
    });
    Placement::from_steps(sum, 8, answered)
}

/// Why the role groups are not compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonHidden {
    /// Fewer than two role groups have enough participants to be shown.
    TooFewGroups,
    /// Two or more groups have 3 or more participants, but then 1 or 2 participants would be
    /// left outside them, whose answers the team minus the groups would give. The smallest
    /// group joins them, and fewer than two groups remain (see the module docs).
    RestTooSmall,
}

/// The role-group comparison of a team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoleComparison {
    /// The groups of [`shown_role_groups`] (two or more, each with at least
    /// [`MIN_GROUP_SIZE`] participants), in role-group order. `left_out` counts the groups
    /// that had participants but are not shown: those with fewer than [`MIN_GROUP_SIZE`], and
    /// a group that joined a rest of 1 or 2 (see the module docs).
    Shown {
        groups: Vec<(RoleGroup, GroupSummary)>,
        left_out: usize,
    },
    Hidden(ComparisonHidden),
}

/// Everything the team view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSummary {
    pub team: GroupSummary,
    /// Dimension ids, the largest disagreement first: the agenda for the conversation.
    pub agenda: Vec<u8>,
    pub roles: RoleComparison,
}

/// Summarises a team from its responses: the reference that [`summarise_counts`] equals
/// (`tests/team_counts.rs`). The order of `responses` does not matter.
pub fn summarise(responses: &[Response]) -> TeamSummary {
    let team = GroupSummary::of(responses);
    TeamSummary {
        agenda: agenda(&team),
        roles: compare_roles(responses),
        team,
    }
}

/// Summarises a team from its counts, as everything the app draws does: the team's figures and
/// the role groups the counts hold. The counts cannot tell which groups were left out, so a
/// comparison says none was; [`summarise_sized`] knows.
pub fn summarise_counts(counts: &TeamCounts) -> TeamSummary {
    summarise_sized(counts, &RoleSizes::of_counts(counts))
}

/// [`summarise_counts`], with the left-out groups and the reason for a hidden comparison
/// taken from `sizes`: how many said each role group where the counts came from (the
/// facilitator's own collection). With the counts and sizes of the same responses it equals
/// [`summarise`] of them.
pub fn summarise_sized(counts: &TeamCounts, sizes: &RoleSizes) -> TeamSummary {
    let team = GroupSummary::from_counts(counts.team());
    let rule = sizes.rule();
    let groups: Vec<(RoleGroup, GroupSummary)> = counts
        .groups()
        .iter()
        .map(|(g, c)| (*g, GroupSummary::from_counts(c)))
        .collect();
    let roles = match groups.len() {
        1 if rule.joined_rest => RoleComparison::Hidden(ComparisonHidden::RestTooSmall),
        0 | 1 => RoleComparison::Hidden(ComparisonHidden::TooFewGroups),
        n => RoleComparison::Shown {
            left_out: rule.with_participants.saturating_sub(n),
            groups,
        },
    };
    TeamSummary {
        agenda: agenda(&team),
        roles,
        team,
    }
}

/// Dimension ids, largest spread first, then the larger spread summed over both horizons, then
/// schema order.
fn agenda(team: &GroupSummary) -> Vec<u8> {
    let mut agenda: Vec<&DimensionSummary> = team.dimensions.iter().collect();
    agenda.sort_by_key(|d| {
        let both = d.now.spread().unwrap_or(0) + d.desired.spread().unwrap_or(0);
        (
            std::cmp::Reverse(d.disagreement()),
            std::cmp::Reverse(both),
            d.id,
        )
    });
    agenda.into_iter().map(|d| d.id).collect()
}

/// How many participants said each role group, and how many took part: all the role-group rule
/// ([`shown_role_groups`]) needs. Those who said no group, and a team link's members outside
/// the groups it shows, are "not said".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoleSizes {
    /// Indexed by role group id - 1.
    said: [usize; RoleGroup::ALL.len()],
    participants: usize,
}

impl RoleSizes {
    /// The sizes of these responses' role groups.
    pub fn of(responses: &[Response]) -> RoleSizes {
        let mut sizes = RoleSizes {
            participants: responses.len(),
            ..RoleSizes::default()
        };
        for role in responses.iter().filter_map(|r| r.role) {
            sizes.said[usize::from(role.id() - 1)] += 1;
        }
        sizes
    }

    /// The sizes a team's counts show: its groups; everyone else did not say.
    pub fn of_counts(counts: &TeamCounts) -> RoleSizes {
        let mut sizes = RoleSizes {
            participants: counts.participants() as usize,
            ..RoleSizes::default()
        };
        for (g, c) in counts.groups() {
            sizes.said[usize::from(g.id() - 1)] += c.participants() as usize;
        }
        sizes
    }

    /// Both together: a collection of individual results and team links.
    pub fn plus(mut self, other: &RoleSizes) -> RoleSizes {
        for (a, b) in self.said.iter_mut().zip(other.said) {
            *a += b;
        }
        self.participants += other.participants;
        self
    }

    /// The participants who said `group`.
    pub fn said(&self, group: RoleGroup) -> usize {
        self.said[usize::from(group.id() - 1)]
    }

    /// The groups that may be shown ([`shown_role_groups`]'s rule).
    pub fn shown(&self) -> Vec<RoleGroup> {
        self.rule().shown
    }

    fn rule(&self) -> RoleGroups {
        let count = |role: RoleGroup| self.said(role);
        let mut shown: Vec<RoleGroup> = RoleGroup::ALL
            .into_iter()
            .filter(|&g| count(g) >= MIN_GROUP_SIZE)
            .collect();
        let rest = self
            .participants
            .saturating_sub(shown.iter().map(|&g| count(g)).sum::<usize>());
        let mut joined_rest = false;
        if (1..MIN_GROUP_SIZE).contains(&rest) {
            // The smallest group, the later one on a tie; it has at least MIN_GROUP_SIZE, so
            // the rest then has more than MIN_GROUP_SIZE and no second step is needed.
            if let Some(i) = (0..shown.len()).rev().min_by_key(|&i| count(shown[i])) {
                shown.remove(i);
                joined_rest = true;
            }
        }
        RoleGroups {
            with_participants: RoleGroup::ALL.into_iter().filter(|&g| count(g) > 0).count(),
            shown,
            joined_rest,
        }
    }
}

/// The role groups that a team's results may show and share: those with at least
/// [`MIN_GROUP_SIZE`] participants, less the smallest of them when the participants outside
/// them would number 1 or 2 (see the module docs), in [`RoleGroup::ALL`] order.
pub fn shown_role_groups(responses: &[Response]) -> Vec<RoleGroup> {
    role_groups(responses).shown
}

/// The responses as a team may share them: the same responses in the same order, with the role
/// group of every participant whose group is not among [`shown_role_groups`] set to `None`
/// ("not said"). Pass this, never the collected responses themselves, to
/// [`super::link::encode_team`]; the CSV writers in [`super::csv`] apply it themselves.
///
/// Applying it twice changes nothing more, and [`summarise`] of the result compares the same
/// groups, with the same figures, as of the input.
pub fn shareable(responses: &[Response]) -> Vec<Response> {
    let shown = RoleGroup::mask(&shown_role_groups(responses));
    responses
        .iter()
        .map(|r| Response {
            role: r.role.filter(|&g| shown & RoleGroup::mask(&[g]) != 0),
            ..r.clone()
        })
        .collect()
}

/// Which role groups are shown, and why others are not.
struct RoleGroups {
    shown: Vec<RoleGroup>,
    /// Role groups with participants (shown or not).
    with_participants: usize,
    /// A group of at least [`MIN_GROUP_SIZE`] that joined a rest of 1 or 2.
    joined_rest: bool,
}

fn role_groups(responses: &[Response]) -> RoleGroups {
    RoleSizes::of(responses).rule()
}

fn compare_roles(responses: &[Response]) -> RoleComparison {
    let RoleGroups {
        shown,
        with_participants,
        joined_rest,
    } = role_groups(responses);
    let left_out = with_participants - shown.len();
    match shown.len() {
        0 => RoleComparison::Hidden(ComparisonHidden::TooFewGroups),
        1 if joined_rest => RoleComparison::Hidden(ComparisonHidden::RestTooSmall),
        1 => RoleComparison::Hidden(ComparisonHidden::TooFewGroups),
        _ => RoleComparison::Shown {
            groups: shown
                .into_iter()
                .map(|role| {
                    let members = responses.iter().filter(|r| r.role == Some(role));
                    (role, GroupSummary::of(members))
                })
                .collect(),
            left_out,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::Position;

    fn dist(values: &[u8], dont_know: u32) -> Distribution {
        let mut d = Distribution::default();
        for &v in values {
            d.add(Answer::Position(Position::new(v).unwrap()));
        }
        for _ in 0..dont_know {
            d.add(Answer::DontKnow);
        }
        d
    }

    #[test]
    fn medians_odd_and_even() {
        assert_eq!(dist(&[3], 0).median(), Some(3.0));
        assert_eq!(dist(&[1, 5], 0).median(), Some(3.0));
        assert_eq!(dist(&[1, 2], 0).median(), Some(1.5));
        assert_eq!(dist(&[5, 1, 4], 2).median(), Some(4.0));
        assert_eq!(dist(&[2, 2, 4, 5], 0).median(), Some(3.0));
        assert_eq!(dist(&[], 3).median(), None);
    }

    #[test]
    fn spread_and_flag() {
        let d = dist(&[2, 5], 1);
        assert_eq!((d.min(), d.max(), d.spread()), (Some(2), Some(5), Some(3)));
        assert!(d.difference_of_view());
        assert!(!dist(&[2, 4], 0).difference_of_view());
        assert!(!dist(&[], 4).difference_of_view());
        assert_eq!(d.answered(), 2);
        assert_eq!(d.dont_know, 1);
    }
}
