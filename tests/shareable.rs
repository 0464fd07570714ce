//! Nobody singled out by what a team shares (issue 14, INSTRUMENT.md "A team"): a role group
//! travels with a participant only when that group has at least 3 participants in the team,
//! and the rest then has none or at least 3 too, so that the team minus the shown groups never
//! gives one or two people's answers (src/domain/team.rs). Checked for the role comparison of
//! the summary, `shareable` and the team link; the CSV files are checked in tests/csv_dialects.rs.

mod common;

use common::Rng;
use samenwerkingsscan::domain::instrument::RoleGroup;
use samenwerkingsscan::domain::link::{decode, encode_team, response_key, Decoded, SharedTeam};
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::domain::team::{
    shareable, shown_role_groups, summarise, ComparisonHidden, RoleComparison, MIN_GROUP_SIZE,
};

use RoleGroup::{CareAndWelfare as Care, Other, PolicyManagement as Policy, Resident};
use RoleGroup::{SocialTeam as St, Uwv, WorkAndIncome as Wi};

const VALID: &str = include_str!("golden/links_v1.txt");

/// What the summary's role comparison should be.
#[derive(Debug)]
enum Expect {
    Shown { left_out: usize },
    Hidden(ComparisonHidden),
}

/// Role group (or none) and how many have it.
type Sizes = Vec<(Option<RoleGroup>, usize)>;

/// A team of `sizes` (role group or none, how many), with random answers, in random order.
fn team(rng: &mut Rng, sizes: &[(Option<RoleGroup>, usize)]) -> Vec<Response> {
    let mut team = Vec::new();
    for &(role, n) in sizes {
        for _ in 0..n {
            team.push(Response {
                role,
                ..rng.response()
            });
        }
    }
    for i in (1..team.len()).rev() {
        team.swap(i, rng.below(i as u64 + 1) as usize);
    }
    team
}

fn count(responses: &[Response], role: Option<RoleGroup>) -> usize {
    responses.iter().filter(|r| r.role == role).count()
}

fn shown_groups(roles: &RoleComparison) -> Vec<RoleGroup> {
    match roles {
        RoleComparison::Shown { groups, .. } => groups.iter().map(|(g, _)| *g).collect(),
        RoleComparison::Hidden(_) => Vec::new(),
    }
}

/// The golden cases: role group sizes 1, 2, 3 and 4 alone and mixed, with and without
/// participants who gave no role group. `shown` is what the team may show and share.
#[test]
fn role_groups_of_one_to_four_alone_and_mixed() {
    use ComparisonHidden::{RestTooSmall, TooFewGroups};
    use Expect::{Hidden, Shown};
    #[rustfmt::skip]
    let cases: Vec<(&str, Sizes, Vec<RoleGroup>, Expect)> = vec![
        ("nobody", vec![], vec![], Hidden(TooFewGroups)),
        ("one alone", vec![(Some(St), 1)], vec![], Hidden(TooFewGroups)),
        ("two", vec![(Some(St), 2)], vec![], Hidden(TooFewGroups)),
        ("three", vec![(Some(St), 3)], vec![St], Hidden(TooFewGroups)),
        ("four", vec![(Some(St), 4)], vec![St], Hidden(TooFewGroups)),
        ("no roles", vec![(None, 5)], vec![], Hidden(TooFewGroups)),
        ("1+2", vec![(Some(St), 1), (Some(Wi), 2)], vec![], Hidden(TooFewGroups)),
        // One group of 3 or 4 and 1 or 2 others: the others would be the rest of the link.
        ("3+1", vec![(Some(St), 3), (Some(Wi), 1)], vec![], Hidden(TooFewGroups)),
        ("3+2", vec![(Some(St), 3), (Some(Wi), 2)], vec![], Hidden(TooFewGroups)),
        ("4+2", vec![(Some(St), 4), (Some(Wi), 2)], vec![], Hidden(TooFewGroups)),
        ("4+1 unsaid", vec![(Some(Uwv), 4), (None, 1)], vec![], Hidden(TooFewGroups)),
        ("3+3 unsaid", vec![(Some(St), 3), (None, 3)], vec![St], Hidden(TooFewGroups)),
        ("3+1+1+1", vec![(Some(St), 3), (Some(Wi), 1), (Some(Uwv), 1), (None, 1)], vec![St],
            Hidden(TooFewGroups)),
        ("3+3", vec![(Some(St), 3), (Some(Wi), 3)], vec![St, Wi], Shown { left_out: 0 }),
        ("4+3", vec![(Some(Wi), 4), (Some(Uwv), 3)], vec![Wi, Uwv], Shown { left_out: 0 }),
        ("4+4", vec![(Some(Care), 4), (Some(Other), 4)], vec![Care, Other],
            Shown { left_out: 0 }),
        // Issue 14's team of seven: the labour expert alone outside two groups of 3.
        ("3+3+1", vec![(Some(St), 3), (Some(Wi), 3), (Some(Uwv), 1)], vec![St],
            Hidden(RestTooSmall)),
        ("3+3+2", vec![(Some(St), 3), (Some(Wi), 3), (Some(Uwv), 2)], vec![St],
            Hidden(RestTooSmall)),
        ("3+3+1 unsaid", vec![(Some(St), 3), (Some(Wi), 3), (None, 1)], vec![St],
            Hidden(RestTooSmall)),
        // The smallest group joins the rest; the later one on a tie.
        ("4+3+1", vec![(Some(St), 4), (Some(Wi), 3), (Some(Uwv), 1)], vec![St],
            Hidden(RestTooSmall)),
        ("3+4+1", vec![(Some(St), 3), (Some(Wi), 4), (Some(Uwv), 1)], vec![Wi],
            Hidden(RestTooSmall)),
        ("3+3+3+1", vec![(Some(St), 3), (Some(Wi), 3), (Some(Uwv), 3), (Some(Care), 1)],
            vec![St, Wi], Shown { left_out: 2 }),
        ("4+3+4+2", vec![(Some(St), 4), (Some(Wi), 3), (Some(Uwv), 4), (Some(Care), 2)],
            vec![St, Uwv], Shown { left_out: 2 }),
        // Three or more outside the groups: nothing joins them.
        ("3+3+1+1+1", vec![(Some(St), 3), (Some(Wi), 3), (Some(Uwv), 1), (Some(Care), 1),
            (Some(Policy), 1)], vec![St, Wi], Shown { left_out: 3 }),
        ("3+3+2+1", vec![(Some(St), 3), (Some(Wi), 3), (Some(Resident), 2), (None, 1)],
            vec![St, Wi], Shown { left_out: 1 }),
        ("3+3+3 unsaid", vec![(Some(St), 3), (Some(Wi), 3), (None, 3)], vec![St, Wi],
            Shown { left_out: 0 }),
        ("1+2+3+4", vec![(Some(St), 1), (Some(Wi), 2), (Some(Uwv), 3), (Some(Care), 4)],
            vec![Uwv, Care], Shown { left_out: 2 }),
        ("2+2+3+4", vec![(Some(St), 2), (Some(Wi), 2), (Some(Uwv), 3), (Some(Care), 4)],
            vec![Uwv, Care], Shown { left_out: 2 }),
        ("1+3+4+1 unsaid", vec![(Some(St), 1), (Some(Wi), 3), (Some(Uwv), 4), (None, 1)],
            vec![Uwv], Hidden(RestTooSmall)),
    ];
    let mut rng = Rng::new(0x5A_EE);
    let name = TeamName::new("Wijkteam Oost").unwrap();
    for (label, sizes, shown, expect) in cases {
        let team = team(&mut rng, &sizes);

        assert_eq!(shown_role_groups(&team), shown, "{label}");

        // shareable: the same responses in the same order, a role only of a shown group.
        let shared = shareable(&team);
        assert_eq!(shared.len(), team.len(), "{label}");
        for (s, t) in shared.iter().zip(&team) {
            assert_eq!((&s.now, &s.desired), (&t.now, &t.desired), "{label}");
            let kept = t.role.filter(|g| shown.contains(g));
            assert_eq!(s.role, kept, "{label}");
        }
        for &(role, n) in &sizes {
            let expected = match role {
                Some(g) if shown.contains(&g) => n,
                Some(_) => 0,
                None => continue,
            };
            assert_eq!(count(&shared, role), expected, "{label}: {role:?}");
        }

        // The summary of the collected responses.
        let roles = summarise(&team).roles;
        match (&roles, &expect) {
            (RoleComparison::Shown { groups, left_out }, Expect::Shown { left_out: want }) => {
                assert_eq!(left_out, want, "{label}");
                for (group, summary) in groups {
                    assert_eq!(summary.participants, count(&team, Some(*group)), "{label}");
                }
                assert_eq!(shown_groups(&roles), shown, "{label}");
            }
            (RoleComparison::Hidden(why), Expect::Hidden(want)) => {
                assert_eq!(why, want, "{label}")
            }
            (got, want) => panic!("{label}: expected {want:?}, got {got:?}"),
        }

        // The team link of the shareable responses: the roles as shareable left them.
        if !team.is_empty() {
            let link = encode_team(&shared, Some(&name)).unwrap();
            let Ok(Decoded::Team(SharedTeam { responses, .. })) = decode(&link) else {
                panic!("{label}: {link} does not decode to a team");
            };
            let mut expected = shared.clone();
            expected.sort_by_key(response_key);
            assert_eq!(responses, expected, "{label}");
            assert_eq!(shown_role_groups(&responses), shown, "{label}");
            // Whoever opens the link compares the same groups with the same figures.
            assert_eq!(
                shown_groups(&summarise(&responses).roles),
                shown_groups(&roles),
                "{label}"
            );
            if let (
                RoleComparison::Shown { groups: a, .. },
                RoleComparison::Shown { groups: b, .. },
            ) = (&summarise(&responses).roles, &roles)
            {
                assert_eq!(a, b, "{label}");
            }
        }
    }
}

/// The team link of a team of seven with one UWV labour expert (issue 14) carries no role
/// that could tell whose answers are whose.
#[test]
fn the_team_of_seven_with_one_labour_expert() {
    let mut rng = Rng::new(7);
    let team = team(&mut rng, &[(Some(St), 3), (Some(Wi), 3), (Some(Uwv), 1)]);
    let link = encode_team(&shareable(&team), None).unwrap();
    let Ok(Decoded::Team(decoded)) = decode(&link) else {
        panic!("{link}");
    };
    // Social team stays (3 of them); work & income joined the labour expert: four without.
    assert_eq!(count(&decoded.responses, Some(St)), 3);
    assert_eq!(count(&decoded.responses, Some(Wi)), 0);
    assert_eq!(count(&decoded.responses, Some(Uwv)), 0);
    assert_eq!(count(&decoded.responses, None), 4);
    // Without the fix the link would have said UWV next to one response.
    let unsafe_link = encode_team(&team, None).unwrap();
    let Ok(Decoded::Team(raw)) = decode(&unsafe_link) else {
        panic!("{unsafe_link}");
    };
    assert_eq!(count(&raw.responses, Some(Uwv)), 1);
}

/// The committed team links still decode as before (tests/link_golden.rs checks every value);
/// `shareable` of them drops the roles of groups too small to show.
#[test]
fn old_golden_team_links_open_and_their_lone_roles_are_not_shown() {
    let mut teams = Vec::new();
    let mut id = "";
    for line in VALID.lines() {
        if let Some(rest) = line.strip_prefix("id\t") {
            id = rest;
        }
        if let Some(link) = line.strip_prefix("link\t") {
            if let Ok(Decoded::Team(team)) = decode(link) {
                teams.push((id, team.responses));
            }
        }
    }
    let ids: Vec<&str> = teams.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, ["team_1", "team_6", "team_30"]);
    for (id, responses) in &teams {
        let shared = shareable(responses);
        let expected_shown: Vec<RoleGroup> = match *id {
            // One UWV labour expert: alone.
            "team_1" => vec![],
            // Four care providers and two without a role group: the two would be the rest.
            "team_6" => vec![],
            // Groups of 4, 3, 4, 4, 2, 8 and 1, and 4 without: those of 2 and 1 are not said,
            // and seven are then outside the shown groups.
            "team_30" => vec![St, Wi, Uwv, Care, Resident],
            _ => unreachable!(),
        };
        assert_eq!(shown_role_groups(responses), expected_shown, "{id}");
        for (s, r) in shared.iter().zip(responses) {
            assert_eq!(
                s.role,
                r.role.filter(|g| expected_shown.contains(g)),
                "{id}"
            );
        }
    }
    // What the golden file says, read by hand: team_1 holds a lone UWV role, team_30 lone
    // roles 5 and 7; all are gone from the shareable responses.
    let (_, team_1) = &teams[0];
    assert_eq!(team_1[0].role, Some(Uwv));
    assert_eq!(shareable(team_1)[0].role, None);
    let (_, team_30) = &teams[2];
    assert_eq!(count(team_30, Some(Policy)), 2);
    assert_eq!(count(team_30, Some(Other)), 1);
    assert_eq!(count(&shareable(team_30), Some(Policy)), 0);
    assert_eq!(count(&shareable(team_30), Some(Other)), 0);
    assert_eq!(count(&shareable(team_30), None), 7);
}

/// A team with groups of every size: a few large groups and a tail of small ones.
fn random_team(rng: &mut Rng) -> Vec<Response> {
    let n = rng.below(40) as usize;
    // How roles are spread: all different, a few common ones, or many without a role group.
    let style = rng.below(3);
    (0..n)
        .map(|_| {
            let role = match style {
                0 => RoleGroup::from_id(rng.below(8) as u8),
                1 => RoleGroup::from_id([1, 1, 1, 2, 2, 3, 0, 4, 5, 6, 7][rng.below(11) as usize]),
                _ => RoleGroup::from_id(if rng.below(2) == 0 {
                    0
                } else {
                    rng.below(8) as u8
                }),
            };
            Response {
                role,
                ..rng.response()
            }
        })
        .collect()
}

#[test]
fn no_subtraction_singles_anyone_out_over_random_teams() {
    let mut rng = Rng::new(0x14);
    let mut shown_cases = 0;
    let mut joined_cases = 0;
    for case in 0..3000 {
        let team = random_team(&mut rng);
        let shown = shown_role_groups(&team);
        let shared = shareable(&team);

        // Roles are only ever removed, never changed; answers and order stay.
        assert_eq!(shared.len(), team.len());
        for (s, t) in shared.iter().zip(&team) {
            assert_eq!((&s.now, &s.desired), (&t.now, &t.desired), "case {case}");
            assert!(s.role.is_none() || s.role == t.role, "case {case}");
        }
        // Every group the shared responses name has 3 or more; when any is named, the rest
        // (no role group) is empty or has 3 or more as well.
        for g in RoleGroup::ALL {
            let n = count(&shared, Some(g));
            assert!(n == 0 || n >= MIN_GROUP_SIZE, "case {case}: {g:?} {n}");
            assert_eq!(n > 0, shown.contains(&g), "case {case}");
        }
        let rest = count(&shared, None);
        if !shown.is_empty() {
            assert!(
                rest == 0 || rest >= MIN_GROUP_SIZE,
                "case {case}: rest {rest}"
            );
        }
        // Nothing dropped that did not need to be: every group of 3 or more is shown unless
        // the rest had 1 or 2, and then exactly one, a smallest, joined it.
        let big: Vec<RoleGroup> = RoleGroup::ALL
            .into_iter()
            .filter(|&g| count(&team, Some(g)) >= MIN_GROUP_SIZE)
            .collect();
        let rest_before = team.len() - big.iter().map(|&g| count(&team, Some(g))).sum::<usize>();
        if (1..MIN_GROUP_SIZE).contains(&rest_before) && !big.is_empty() {
            joined_cases += 1;
            assert_eq!(shown.len() + 1, big.len(), "case {case}");
            let joined = *big.iter().find(|g| !shown.contains(g)).unwrap();
            let smallest = big.iter().map(|&g| count(&team, Some(g))).min().unwrap();
            assert_eq!(count(&team, Some(joined)), smallest, "case {case}");
        } else {
            assert_eq!(shown, big, "case {case}");
        }

        // Idempotent, and the same groups whoever recomputes them.
        assert_eq!(shareable(&shared), shared, "case {case}");
        assert_eq!(shown_role_groups(&shared), shown, "case {case}");

        // The summary compares exactly the shown groups (when two or more), and the team minus
        // them is nobody or at least 3, on every dimension and horizon.
        let summary = summarise(&team);
        match &summary.roles {
            RoleComparison::Shown { groups, left_out } => {
                shown_cases += 1;
                assert_eq!(shown_groups(&summary.roles), shown, "case {case}");
                assert!(groups.len() >= 2);
                let in_groups: usize = groups.iter().map(|(_, g)| g.participants).sum();
                let rest = summary.team.participants - in_groups;
                assert!(rest == 0 || rest >= MIN_GROUP_SIZE, "case {case}");
                for (i, d) in summary.team.dimensions.iter().enumerate() {
                    for (team_h, pick) in [(&d.now, 0), (&d.desired, 1)] {
                        let mut left = team_h.answered() + team_h.dont_know;
                        for (_, g) in groups {
                            let h = if pick == 0 {
                                &g.dimensions[i].now
                            } else {
                                &g.dimensions[i].desired
                            };
                            assert!(g.participants >= MIN_GROUP_SIZE);
                            left -= h.answered() + h.dont_know;
                        }
                        assert_eq!(left as usize, rest, "case {case}");
                    }
                }
                let with_participants = RoleGroup::ALL
                    .into_iter()
                    .filter(|&g| count(&team, Some(g)) > 0)
                    .count();
                assert_eq!(*left_out, with_participants - shown.len(), "case {case}");
            }
            RoleComparison::Hidden(_) => assert!(shown.len() < 2, "case {case}"),
        }
        // The team link's reader sees the same comparison.
        if !team.is_empty() {
            let link = encode_team(&shared, None).unwrap();
            let Ok(Decoded::Team(decoded)) = decode(&link) else {
                panic!("case {case}: {link}");
            };
            let theirs = summarise(&decoded.responses).roles;
            assert_eq!(
                shown_groups(&theirs),
                shown_groups(&summary.roles),
                "case {case}"
            );
        }
    }
    // The random teams reach both interesting cases often enough to mean something.
    assert!(shown_cases > 200, "{shown_cases} teams with a comparison");
    assert!(
        joined_cases > 50,
        "{joined_cases} teams where a group joined the rest"
    );
}
