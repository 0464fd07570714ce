//! A team result as counts: per question, how many gave each answer; never a person's record.
//!
//! Every team figure the app draws is built from per-question counts ([`Distribution`]), so a
//! team result that leaves the facilitator's browser needs nothing more. A record (a person's
//! 28 answers kept together) links their answers across questions: whoever knows one of them
//! learns the others. Counts per question do not link.
//!
//! [`TeamCounts`] holds the counts of the whole team and, per role group that may be shown
//! ([`shown_role_groups`]: at least 3 participants, and everyone outside the shown groups none
//! or at least 3), the counts of that group. Two teams whose answers differ only in how they
//! pair up across questions have equal counts.
//!
//! The ranking functions ([`rank`], [`unrank`]) number the ways `n` people can spread over the
//! 6 answers (stars and bars: `C(n + 5, 5)` ways), which is how the version 3 team link writes a
//! question's counts (`super::link`).

use super::instrument::{Answer, RoleGroup, DIMENSION_COUNT};
use super::response::{Horizon, Response};
use super::team::{shown_role_groups, Distribution, RoleSizes, MIN_GROUP_SIZE};

/// The questions of the instrument: NOW of dimensions 1-14, then DESIRED of dimensions 1-14.
pub const QUESTION_COUNT: usize = 2 * DIMENSION_COUNT;
/// The answers a question can get: don't know and positions 1-5, indexed by [`Answer::code`].
pub const ANSWER_VALUES: usize = 6;

/// How many gave each answer to one question, indexed by [`Answer::code`] (0 = don't know).
pub type AnswerCounts = [u32; ANSWER_VALUES];

/// The counts of a set of participants (a team, a role group): per question, how many gave each
/// answer. Every question's counts add up to the number of participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionCounts {
    participants: u32,
    // Boxed: 672 bytes would make every value that holds counts (a decoded link) that large.
    questions: Box<[AnswerCounts; QUESTION_COUNT]>,
}

impl Default for QuestionCounts {
    fn default() -> Self {
        QuestionCounts {
            participants: 0,
            questions: Box::new([[0; ANSWER_VALUES]; QUESTION_COUNT]),
        }
    }
}

impl QuestionCounts {
    /// The counts of these responses (their role groups are ignored).
    pub fn of<'a>(responses: impl IntoIterator<Item = &'a Response>) -> QuestionCounts {
        let mut counts = QuestionCounts::default();
        for response in responses {
            counts.add(response);
        }
        counts
    }

    /// Counts one more participant.
    fn add(&mut self, response: &Response) {
        self.participants += 1;
        let answers = response.now.iter().chain(response.desired.iter());
        for (question, answer) in self.questions.iter_mut().zip(answers) {
            question[usize::from(answer.code())] += 1;
        }
    }

    /// From per-question counts that each add up to the same number of participants; `None`
    /// when they do not (or a sum overflows).
    pub fn from_questions(questions: [AnswerCounts; QUESTION_COUNT]) -> Option<QuestionCounts> {
        let sums: Vec<u32> = questions
            .iter()
            .map(|q| q.iter().try_fold(0u32, |sum, &c| sum.checked_add(c)))
            .collect::<Option<_>>()?;
        let participants = sums[0];
        sums.iter()
            .all(|&s| s == participants)
            .then(|| QuestionCounts {
                participants,
                questions: Box::new(questions),
            })
    }

    pub fn participants(&self) -> u32 {
        self.participants
    }

    /// All questions: NOW of dimensions 1-14, then DESIRED of dimensions 1-14.
    pub fn questions(&self) -> &[AnswerCounts; QUESTION_COUNT] {
        &self.questions
    }

    /// One question's counts as the team view reads them.
    pub fn distribution(&self, horizon: Horizon, dimension_index: usize) -> Distribution {
        let offset = match horizon {
            Horizon::Now => 0,
            Horizon::Desired => DIMENSION_COUNT,
        };
        let q = &self.questions[offset + dimension_index];
        let mut counts = [0; 5];
        counts.copy_from_slice(&q[1..]);
        Distribution {
            counts,
            dont_know: q[usize::from(Answer::DontKnow.code())],
        }
    }

    /// `self - other`, per question and answer; `None` where `other` has more.
    pub fn minus(&self, other: &QuestionCounts) -> Option<QuestionCounts> {
        let mut out = self.clone();
        out.participants = self.participants.checked_sub(other.participants)?;
        for (q, o) in out.questions.iter_mut().zip(other.questions.iter()) {
            for (c, &d) in q.iter_mut().zip(o) {
                *c = c.checked_sub(d)?;
            }
        }
        Some(out)
    }

    /// `self + other`, per question and answer; `None` on overflow.
    pub fn plus(&self, other: &QuestionCounts) -> Option<QuestionCounts> {
        let mut out = self.clone();
        out.participants = self.participants.checked_add(other.participants)?;
        for (q, o) in out.questions.iter_mut().zip(other.questions.iter()) {
            for (c, &d) in q.iter_mut().zip(o) {
                *c = c.checked_add(d)?;
            }
        }
        Some(out)
    }
}

/// A team's result as counts: the whole team, and each role group the team may show.
///
/// Invariants (kept by every constructor): the groups are in ascending [`RoleGroup`] order,
/// each has at least [`MIN_GROUP_SIZE`] participants, their counts fit inside the team's
/// (per question and answer), and the participants outside them number 0 or at least
/// [`MIN_GROUP_SIZE`]: no group, and nobody outside the groups, can be singled out by
/// subtraction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamCounts {
    team: QuestionCounts,
    groups: Vec<(RoleGroup, QuestionCounts)>,
}

/// Why counts do not make a [`TeamCounts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountsError {
    /// The groups are not in ascending order, or a group appears twice.
    GroupOrder,
    /// A group has fewer than [`MIN_GROUP_SIZE`] participants.
    GroupTooSmall,
    /// The groups hold more of some answer than the team.
    GroupsExceedTeam,
    /// 1 or 2 participants are outside the groups: the team minus the groups gives them away.
    RestTooSmall,
}

impl TeamCounts {
    /// The counts of a team's responses, with a role group's counts for each group in
    /// [`shown_role_groups`] (the rule `super::team::shareable` applies to a team link).
    /// The order of the responses does not matter, nor how answers pair up across questions.
    pub fn from_responses(responses: &[Response]) -> TeamCounts {
        let groups = shown_role_groups(responses)
            .into_iter()
            .map(|g| {
                let members = responses.iter().filter(|r| r.role == Some(g));
                (g, QuestionCounts::of(members))
            })
            .collect();
        TeamCounts {
            team: QuestionCounts::of(responses),
            groups,
        }
    }

    /// A facilitator's collection as one team: individual results (with their role groups) and
    /// the counts of team links pasted beside them. A group's counts are its individuals plus
    /// each team link's counts of that group; a team link's members outside the groups it
    /// shows did not say a group. A group is kept only where the rule of
    /// [`shown_role_groups`] allows it over the whole collection (at least [`MIN_GROUP_SIZE`],
    /// and the rest none or at least [`MIN_GROUP_SIZE`]), so the sum cannot single out a group
    /// that no part showed. With no team links this is [`TeamCounts::from_responses`].
    pub fn collected(responses: &[Response], teams: &[TeamCounts]) -> TeamCounts {
        let shown = Self::sizes_of(responses, teams).shown();
        let sum = |of_team: &dyn Fn(&TeamCounts) -> Option<QuestionCounts>,
                   mine: QuestionCounts| {
            teams
                .iter()
                .filter_map(of_team)
                .try_fold(mine, |sum, c| sum.plus(&c))
        };
        let team = sum(&|t| Some(t.team.clone()), QuestionCounts::of(responses));
        let groups: Option<Vec<_>> = shown
            .into_iter()
            .map(|g| {
                let mine = QuestionCounts::of(responses.iter().filter(|r| r.role == Some(g)));
                let of_team = |t: &TeamCounts| {
                    t.groups
                        .iter()
                        .find(|(tg, _)| *tg == g)
                        .map(|(_, c)| c.clone())
                };
                Some((g, sum(&of_team, mine)?))
            })
            .collect();
        // Sums of at most MAX_TEAM_RESPONSES never overflow, and the groups keep the rule by
        // construction; should either fail, the team is shown without groups rather than wrong.
        match (team, groups) {
            (Some(team), Some(groups)) => {
                TeamCounts::new(team.clone(), groups).unwrap_or(TeamCounts {
                    team,
                    groups: Vec::new(),
                })
            }
            (Some(team), None) => TeamCounts {
                team,
                groups: Vec::new(),
            },
            _ => TeamCounts::default(),
        }
    }

    /// The role-group sizes of [`TeamCounts::collected`] of the same parts.
    pub fn sizes_of(responses: &[Response], teams: &[TeamCounts]) -> RoleSizes {
        teams.iter().fold(RoleSizes::of(responses), |sizes, t| {
            sizes.plus(&RoleSizes::of_counts(t))
        })
    }

    /// From the team's counts and its groups' counts, checked against the invariants above.
    ///
    /// # Errors
    /// A [`CountsError`] saying which invariant does not hold.
    pub fn new(
        team: QuestionCounts,
        groups: Vec<(RoleGroup, QuestionCounts)>,
    ) -> Result<TeamCounts, CountsError> {
        if groups.windows(2).any(|w| w[0].0 >= w[1].0) {
            return Err(CountsError::GroupOrder);
        }
        if groups
            .iter()
            .any(|(_, g)| (g.participants as usize) < MIN_GROUP_SIZE)
        {
            return Err(CountsError::GroupTooSmall);
        }
        let counts = TeamCounts { team, groups };
        let rest = counts.rest().ok_or(CountsError::GroupsExceedTeam)?;
        if (1..MIN_GROUP_SIZE).contains(&(rest.participants as usize)) {
            return Err(CountsError::RestTooSmall);
        }
        Ok(counts)
    }

    /// The number of participants.
    pub fn participants(&self) -> u32 {
        self.team.participants
    }

    /// The whole team's counts.
    pub fn team(&self) -> &QuestionCounts {
        &self.team
    }

    /// The role groups that may be shown, with their counts, in ascending order.
    pub fn groups(&self) -> &[(RoleGroup, QuestionCounts)] {
        &self.groups
    }

    /// Everyone outside the shown groups: the team minus the groups; `None` when the groups
    /// hold more than the team.
    pub fn rest(&self) -> Option<QuestionCounts> {
        self.groups
            .iter()
            .try_fold(self.team.clone(), |rest, (_, g)| rest.minus(g))
    }
}

/// The most people by whom two results of one team may differ before the difference could show
/// their answers: [`could_single_out`].
pub const DIFFERENCING_PEOPLE: u32 = 2;

/// Whether `a` and `b` could be two results of one team that differ by at most
/// [`DIFFERENCING_PEOPLE`] people: for every question, all but at most that many of the larger
/// one's answers are matched in the other (the same answer to the same question). Then the
/// difference between them could show those people's answers (a latecomer's, one who left).
/// Identical counts show nothing new: `false`.
///
/// A team measured again half a year later, with changed answers, fails the match on some
/// question; a team of 6 shared again at 7 with one latecomer passes it on every question.
pub fn could_single_out(a: &QuestionCounts, b: &QuestionCounts) -> bool {
    let larger = a.participants().max(b.participants());
    a != b
        && a.questions()
            .iter()
            .zip(b.questions().iter())
            .all(|(qa, qb)| {
                let matched: u32 = qa.iter().zip(qb).map(|(x, y)| (*x).min(*y)).sum();
                larger - matched <= DIFFERENCING_PEOPLE
            })
}

/// `C(n, k)`, or `None` when it does not fit a u64. Only small `k` is used here (5).
pub fn binomial(n: u64, k: u64) -> Option<u64> {
    if k > n {
        return Some(0);
    }
    let mut result: u64 = 1;
    for i in 0..k {
        // result * (n - i) / (i + 1) is exact at every step: it is C(n, i + 1) * ... in u128.
        let next = u128::from(result) * u128::from(n - i) / u128::from(i + 1);
        result = u64::try_from(next).ok()?;
    }
    Some(result)
}

/// The number of ways `n` people can spread over the 6 answers: `C(n + 5, 5)`; `None` when it
/// does not fit a u64 (n above about 4.6 million, far beyond any team).
pub fn ways(n: u32) -> Option<u64> {
    binomial(u64::from(n) + 5, 5)
}

/// The number of a question's counts among the [`ways`] their total can spread, from 0.
///
/// The counts `c_0..c_5` (by [`Answer::code`]) are stars and bars: the bars stand at
/// `p_j = c_0 + ... + c_j + j` for j = 0..4, five distinct places in `0..n + 5`, and the number
/// is their combinatorial rank `Σ C(p_j, j + 1)` (all at 5 is 0, all "don't know" the last).
/// `None` when a binomial does not fit a u64.
pub fn rank(counts: &AnswerCounts) -> Option<u64> {
    let mut place = 0u64;
    let mut sum = 0u64;
    for (j, &c) in counts[..ANSWER_VALUES - 1].iter().enumerate() {
        place += u64::from(c) + u64::from(j > 0);
        sum = sum.checked_add(binomial(place, j as u64 + 1)?)?;
    }
    Some(sum)
}

/// The counts of `n` people whose number is `rank`: the inverse of [`rank`]. `None` when
/// `rank` is not below [`ways`]`(n)`.
pub fn unrank(n: u32, mut rank: u64) -> Option<AnswerCounts> {
    if rank >= ways(n)? {
        return None;
    }
    // The bars from the last: p_j is the largest place below the one after it with
    // C(p_j, j + 1) <= what is left.
    let mut places = [0u64; ANSWER_VALUES - 1];
    let mut above = u64::from(n) + 5;
    for j in (0..ANSWER_VALUES - 1).rev() {
        let k = j as u64 + 1;
        // C(p, k) grows with p: search [j, above - 1] for the last p with C(p, k) <= rank
        // (C(j, j + 1) = 0 always qualifies).
        let (mut low, mut high) = (j as u64, above - 1);
        while low < high {
            let mid = low + (high - low).div_ceil(2);
            if binomial(mid, k)? <= rank {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        let p = low;
        rank -= binomial(p, k)?;
        places[j] = p;
        above = p;
    }
    let mut counts = [0u32; ANSWER_VALUES];
    let mut before = 0u64;
    for (j, &p) in places.iter().enumerate() {
        // p_j - p_(j-1) - 1 people between two bars (p_(-1) = -1).
        let c = if j == 0 { p } else { p - before - 1 };
        counts[j] = u32::try_from(c).ok()?;
        before = p;
    }
    counts[ANSWER_VALUES - 1] = n - counts[..ANSWER_VALUES - 1].iter().sum::<u32>();
    Some(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::Position;

    #[test]
    fn binomials() {
        assert_eq!(binomial(11, 5), Some(462));
        assert_eq!(binomial(4, 5), Some(0));
        assert_eq!(binomial(0, 0), Some(1));
        assert_eq!(ways(6), Some(462));
        assert_eq!(ways(1), Some(6));
        assert_eq!(ways(500), Some(268_318_178_226));
        assert_eq!(binomial(u64::MAX, 2), None);
    }

    #[test]
    fn ranks_are_a_bijection_onto_0_to_ways() {
        for n in 0..=12u32 {
            let total = ways(n).unwrap();
            let mut seen = vec![false; total as usize];
            // Every composition of n into 6 parts.
            let mut count = 0;
            for a in 0..=n {
                for b in 0..=n - a {
                    for c in 0..=n - a - b {
                        for d in 0..=n - a - b - c {
                            for e in 0..=n - a - b - c - d {
                                let counts = [a, b, c, d, e, n - a - b - c - d - e];
                                let r = rank(&counts).unwrap();
                                assert!(r < total, "{counts:?}");
                                assert!(!seen[r as usize], "{counts:?} twice");
                                seen[r as usize] = true;
                                assert_eq!(unrank(n, r), Some(counts));
                                count += 1;
                            }
                        }
                    }
                }
            }
            assert_eq!(count, total);
        }
        assert_eq!(unrank(6, 462), None);
        assert_eq!(rank(&[0, 0, 0, 0, 0, 6]), Some(0));
        assert_eq!(rank(&[6, 0, 0, 0, 0, 0]), Some(461));
    }

    #[test]
    fn large_teams_rank_and_unrank() {
        for counts in [
            [600, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 600],
            [100; 6],
            [1, 2, 3, 4, 5, 585],
        ] {
            let n = counts.iter().sum();
            let r = rank(&counts).unwrap();
            assert!(r < ways(n).unwrap());
            assert_eq!(unrank(n, r), Some(counts));
        }
    }

    fn response(code: u8, role: Option<RoleGroup>) -> Response {
        let a = Answer::from_code(code).unwrap();
        Response {
            now: [a; DIMENSION_COUNT],
            desired: [a; DIMENSION_COUNT],
            role,
        }
    }

    #[test]
    fn counts_of_responses_with_their_shown_groups() {
        let social = Some(RoleGroup::SocialTeam);
        let uwv = Some(RoleGroup::Uwv);
        // 3 social team, 2 UWV (not shown), 3 without a role: the rest is 5.
        let mut responses = vec![response(1, social); 3];
        responses.extend(vec![response(2, uwv); 2]);
        responses.extend(vec![response(0, None); 3]);
        let counts = TeamCounts::from_responses(&responses);
        assert_eq!(counts.participants(), 8);
        assert_eq!(counts.groups().len(), 1);
        assert_eq!(counts.groups()[0].0, RoleGroup::SocialTeam);
        assert_eq!(counts.team().questions()[0], [3, 3, 2, 0, 0, 0]);
        assert_eq!(counts.rest().unwrap().questions()[27], [3, 0, 2, 0, 0, 0]);
        let d = counts.team().distribution(Horizon::Desired, 13);
        assert_eq!((d.dont_know, d.counts), (3, [3, 2, 0, 0, 0]));
        assert_eq!(
            TeamCounts::new(counts.team().clone(), counts.groups().to_vec()),
            Ok(counts.clone())
        );
        // A group of 2, a rest of 2, groups beyond the team, groups out of order.
        let two = QuestionCounts::of(&responses[..2]);
        let three = QuestionCounts::of(&responses[..3]);
        let team = counts.team().clone();
        let g = RoleGroup::SocialTeam;
        assert_eq!(
            TeamCounts::new(team.clone(), vec![(g, two)]),
            Err(CountsError::GroupTooSmall)
        );
        let six = QuestionCounts::of(&responses[..6]);
        assert_eq!(
            TeamCounts::new(team.clone(), vec![(g, six)]),
            Err(CountsError::RestTooSmall)
        );
        // Two groups of the same three answers: six at 1, where the team has three.
        assert_eq!(
            TeamCounts::new(
                team.clone(),
                vec![(g, three.clone()), (RoleGroup::Uwv, three.clone())]
            ),
            Err(CountsError::GroupsExceedTeam)
        );
        assert_eq!(
            TeamCounts::new(team, vec![(RoleGroup::Uwv, three.clone()), (g, three)]),
            Err(CountsError::GroupOrder)
        );
    }

    #[test]
    fn counts_from_questions_must_agree_on_the_total() {
        let mut questions = [[1, 0, 0, 0, 0, 2]; QUESTION_COUNT];
        assert_eq!(
            QuestionCounts::from_questions(questions).map(|q| q.participants()),
            Some(3)
        );
        questions[5] = [0, 0, 0, 0, 0, 2];
        assert_eq!(QuestionCounts::from_questions(questions), None);
        let five = Answer::Position(Position::new(5).unwrap());
        let r = Response {
            now: [five; DIMENSION_COUNT],
            ..Response::default()
        };
        let q = QuestionCounts::of([&r]);
        assert_eq!(q.questions()[0], [0, 0, 0, 0, 0, 1]);
        assert_eq!(q.questions()[14], [1, 0, 0, 0, 0, 0]);
    }
}
