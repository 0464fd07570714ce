//! The team summary: many responses to one picture, as INSTRUMENT.md says.
//!
//! - per dimension and horizon: how many answered, the median, minimum, maximum and the
//!   distribution; a difference-of-view flag when max - min >= 3;
//! - the team placement: the mean of the per-dimension medians, placed like one response;
//! - role groups compared only when every shown group has at least [`MIN_GROUP_SIZE`]
//!   participants, so that no one's answers can be singled out.
//!
//! Medians of an even count can fall between two positions, so they are kept in half steps.

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
}

/// The role-group comparison of a team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoleComparison {
    /// The groups with at least [`MIN_GROUP_SIZE`] participants (two or more), in role-group
    /// order. `left_out` counts the groups that had participants but too few to be shown.
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

/// Summarises a team. The order of `responses` does not matter.
pub fn summarise(responses: &[Response]) -> TeamSummary {
    let team = GroupSummary::of(responses);
    let mut agenda: Vec<&DimensionSummary> = team.dimensions.iter().collect();
    // Largest spread first, then the larger spread summed over both horizons, then schema order.
    super::sort::sort_by_key(&mut agenda, |d| {
        let both = d.now.spread().unwrap_or(0) + d.desired.spread().unwrap_or(0);
        (
            std::cmp::Reverse(d.disagreement()),
            std::cmp::Reverse(both),
            d.id,
        )
    });
    let agenda = agenda.into_iter().map(|d| d.id).collect();
    TeamSummary {
        agenda,
        roles: compare_roles(responses),
        team,
    }
}

fn compare_roles(responses: &[Response]) -> RoleComparison {
    let mut groups = Vec::new();
    let mut left_out = 0;
    for role in RoleGroup::ALL {
        let members: Vec<&Response> = responses.iter().filter(|r| r.role == Some(role)).collect();
        if members.len() >= MIN_GROUP_SIZE {
            groups.push((role, GroupSummary::of(members)));
        } else if !members.is_empty() {
            left_out += 1;
        }
    }
    if groups.len() < 2 {
        RoleComparison::Hidden(ComparisonHidden::TooFewGroups)
    } else {
        RoleComparison::Shown { groups, left_out }
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
