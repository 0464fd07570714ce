//! Issue 21, counts in the app: the team summary from counts equals the summary from the
//! responses; two teams that differ only in how their answers pair up across questions share
//! byte-identical team links and CSV files; a collection of individual results and team links
//! shows a role group only by the rule; and the differencing check.

mod common;

use common::{golden, Rng};
use samenwerkingsscan::domain::agreement::Agreements;
use samenwerkingsscan::domain::counts::{could_single_out, QuestionCounts, TeamCounts};
use samenwerkingsscan::domain::csv::{answers_csv_in, summary_csv_in, Dialect};
use samenwerkingsscan::domain::instrument::{Answer, RoleGroup, DIMENSION_COUNT};
use samenwerkingsscan::domain::link::{encode_team_counts, MIN_TEAM_COUNTS};
use samenwerkingsscan::domain::response::{Response, TeamName};
use samenwerkingsscan::domain::team::{
    summarise, summarise_counts, summarise_sized, RoleComparison, RoleSizes,
};

/// A random team of `n`, with role groups drawn so that groups of 1 to 5 are common.
fn team(rng: &mut Rng, n: usize) -> Vec<Response> {
    (0..n)
        .map(|_| Response {
            role: RoleGroup::from_id([0, 0, 1, 1, 1, 2, 2, 3, 7][rng.below(9) as usize]),
            ..rng.response()
        })
        .collect()
}

#[test]
fn the_summary_of_counts_is_the_summary_of_the_responses() {
    let mut rng = Rng::new(0x5C0A7);
    let mut shown = 0;
    for case in 0..1_500 {
        let n = rng.below(40) as usize;
        let team = team(&mut rng, n);
        let counts = TeamCounts::from_responses(&team);
        let reference = summarise(&team);
        // With the role sizes of the collection: equal in everything.
        let sized = summarise_sized(&counts, &RoleSizes::of(&team));
        assert_eq!(sized, reference, "case {case}");
        // From the counts alone (an opened team link): the same figures and the same groups;
        // only why a group is left out cannot be told.
        let alone = summarise_counts(&counts);
        assert_eq!(alone.team, reference.team, "case {case}");
        assert_eq!(alone.agenda, reference.agenda, "case {case}");
        match (&alone.roles, &reference.roles) {
            (RoleComparison::Shown { groups: a, .. }, RoleComparison::Shown { groups: b, .. }) => {
                assert_eq!(a, b, "case {case}");
                shown += 1;
            }
            (RoleComparison::Hidden(_), RoleComparison::Hidden(_)) => {}
            other => panic!("case {case}: {other:?}"),
        }
    }
    assert!(shown > 100, "{shown} teams compared their role groups");
}

/// The same answers per question, paired up differently: each question's answers shuffled
/// among the participants on their own (role groups move with the questions of a group, so
/// every group keeps its counts too).
fn repaired(rng: &mut Rng, team: &[Response]) -> Vec<Response> {
    let mut out = team.to_vec();
    let groups: Vec<Option<RoleGroup>> = std::iter::once(None)
        .chain(RoleGroup::ALL.into_iter().map(Some))
        .collect();
    for group in groups {
        let members: Vec<usize> = (0..out.len()).filter(|&i| out[i].role == group).collect();
        for q in 0..2 * DIMENSION_COUNT {
            for k in (1..members.len()).rev() {
                let j = rng.below(k as u64 + 1) as usize;
                let (a, b) = (members[k], members[j]);
                let (x, y) = (answer(&out[a], q), answer(&out[b], q));
                set(&mut out[a], q, y);
                set(&mut out[b], q, x);
            }
        }
    }
    // And in another order.
    out.reverse();
    out
}

fn answer(r: &Response, q: usize) -> Answer {
    if q < DIMENSION_COUNT {
        r.now[q]
    } else {
        r.desired[q - DIMENSION_COUNT]
    }
}

fn set(r: &mut Response, q: usize, a: Answer) {
    if q < DIMENSION_COUNT {
        r.now[q] = a;
    } else {
        r.desired[q - DIMENSION_COUNT] = a;
    }
}

#[test]
fn teams_that_differ_only_in_pairing_share_identical_links_and_files() {
    let mut rng = Rng::new(0x9A1);
    let name = TeamName::new("Wijkteam Oost").unwrap();
    let mut different_records = 0;
    for case in 0..400 {
        let n = MIN_TEAM_COUNTS + rng.below(30) as usize;
        let a = team(&mut rng, n);
        let b = repaired(&mut rng, &a);
        let mut sorted_a = a.clone();
        let mut sorted_b = b.clone();
        let key = |r: &Response| format!("{r:?}");
        sorted_a.sort_by_key(key);
        sorted_b.sort_by_key(key);
        different_records += usize::from(sorted_a != sorted_b);
        let (ca, cb) = (
            TeamCounts::from_responses(&a),
            TeamCounts::from_responses(&b),
        );
        let none = Agreements::default();
        let link_a = encode_team_counts(&ca, Some(&name), &none).unwrap();
        let link_b = encode_team_counts(&cb, Some(&name), &none).unwrap();
        assert_eq!(link_a, link_b, "case {case}");
        for dialect in Dialect::ALL {
            assert_eq!(
                answers_csv_in(&ca, Some(&name), dialect),
                answers_csv_in(&cb, Some(&name), dialect),
                "case {case}"
            );
            assert_eq!(
                summary_csv_in(&summarise_counts(&ca), Some(&name), dialect),
                summary_csv_in(&summarise_counts(&cb), Some(&name), dialect),
                "case {case}"
            );
        }
    }
    // The property is not empty: the records themselves differed.
    assert!(different_records > 390, "{different_records}");
}

fn with_role(r: Response, role: Option<RoleGroup>) -> Response {
    Response { role, ..r }
}

#[test]
fn a_collection_of_results_and_team_links_shows_a_group_by_the_rule() {
    use RoleGroup::{SocialTeam as St, WorkAndIncome as Wi};
    let mut rng = Rng::new(0xC011);
    let mut people = |role, n: usize| -> Vec<Response> {
        (0..n).map(|_| with_role(rng.response(), role)).collect()
    };
    // A team link of 6 showing social team (3) and a rest of 3 (2 work & income, 1 without).
    let mut linked = people(Some(St), 3);
    linked.extend(people(Some(Wi), 2));
    linked.extend(people(None, 1));
    let link = TeamCounts::from_responses(&linked);
    assert_eq!(link.groups().len(), 1);
    // Two individual results of work & income beside it: work & income has 2 said (the link's
    // two are "not said"), so it is not shown; social team 3 + 0 is.
    let two_wi = people(Some(Wi), 2);
    let mixed = TeamCounts::collected(&two_wi, std::slice::from_ref(&link));
    assert_eq!(mixed.participants(), 8);
    let groups: Vec<(RoleGroup, u32)> = mixed
        .groups()
        .iter()
        .map(|(g, c)| (*g, c.participants()))
        .collect();
    assert_eq!(groups, [(St, 3)]);
    // The team is the sum of its parts, whoever they are.
    assert_eq!(
        mixed.team(),
        &link
            .team()
            .plus(&QuestionCounts::of(&two_wi))
            .expect("no overflow")
    );
    // A social team member more as an individual: the group is the link's 3 plus 1.
    let one_st = people(Some(St), 1);
    let mixed = TeamCounts::collected(&one_st, std::slice::from_ref(&link));
    let social = &mixed.groups()[0].1;
    assert_eq!(social.participants(), 4);
    assert_eq!(
        social,
        &link.groups()[0]
            .1
            .plus(&QuestionCounts::of(&one_st))
            .unwrap()
    );
    // Two links of 3 + 3: each shows its social team of 3; together 6, with a rest of 0 shown.
    let a = TeamCounts::from_responses(&people(Some(St), 3));
    let b = TeamCounts::from_responses(&people(Some(St), 3));
    let both = TeamCounts::collected(&[], &[a.clone(), b.clone()]);
    assert_eq!(both.groups().len(), 1);
    assert_eq!(both.groups()[0].1.participants(), 6);
    // A group that would leave a rest of 1 or 2 over the whole collection is not shown, even
    // where one part alone showed it: 3 social team in a link, 2 individuals without a group.
    let rest_two = TeamCounts::collected(&people(None, 2), std::slice::from_ref(&a));
    assert_eq!(rest_two.groups(), []);
    assert_eq!(rest_two.participants(), 5);
    let sizes = TeamCounts::sizes_of(&people(None, 2), std::slice::from_ref(&a));
    assert!(matches!(
        summarise_sized(&rest_two, &sizes).roles,
        RoleComparison::Hidden(_)
    ));
    // Without team links it is the counts of the responses.
    let alone = people(Some(Wi), 4);
    assert_eq!(
        TeamCounts::collected(&alone, &[]),
        TeamCounts::from_responses(&alone)
    );
}

/// The six golden sets with a seventh, and the six half a year later.
fn six() -> Vec<Response> {
    [
        "woerden", "less", "fewnow", "boundary", "dontknow", "middle",
    ]
    .iter()
    .map(|n| golden(n))
    .collect()
}

#[test]
fn differencing_warns_for_a_latecomer_and_not_for_a_later_session() {
    let six_people = six();
    let at_six = TeamCounts::from_responses(&six_people);
    // One latecomer: shared at 6, then at 7.
    let mut seven = six_people.clone();
    seven.push(golden("fewnow"));
    let at_seven = TeamCounts::from_responses(&seven);
    assert!(could_single_out(at_six.team(), at_seven.team()));
    assert!(
        could_single_out(at_seven.team(), at_six.team()),
        "either order"
    );
    // Two latecomers still; three no longer.
    let mut eight = seven.clone();
    eight.push(golden("boundary"));
    assert!(could_single_out(
        at_six.team(),
        TeamCounts::from_responses(&eight).team()
    ));
    let mut nine = eight.clone();
    nine.push(golden("less"));
    assert!(!could_single_out(
        at_six.team(),
        TeamCounts::from_responses(&nine).team()
    ));
    // One who left: 6 then 5.
    assert!(could_single_out(
        at_six.team(),
        TeamCounts::from_responses(&six_people[1..]).team()
    ));
    // Identical: nothing new to learn.
    assert!(!could_single_out(at_six.team(), at_six.team()));
    // Half a year later: one new colleague, and the answers moved.
    let mut later: Vec<Response> = six_people
        .iter()
        .map(|r| {
            let mut r = r.clone();
            for a in r.now.iter_mut() {
                *a = match a.position() {
                    Some(p) if p.get() < 5 => Answer::from_code(p.get() + 1).unwrap(),
                    _ => Answer::from_code(3).unwrap(),
                };
            }
            r
        })
        .collect();
    later.push(golden("middle"));
    let later = TeamCounts::from_responses(&later);
    assert!(!could_single_out(at_six.team(), later.team()));
    // Two people whose answers changed on one question: within reach still (a change of one
    // person's answer is one unmatched answer).
    let mut changed = six_people.clone();
    changed[0].now[0] = Answer::from_code(5).unwrap();
    changed[1].now[0] = Answer::from_code(5).unwrap();
    let changed = TeamCounts::from_responses(&changed);
    if changed != at_six {
        assert!(could_single_out(at_six.team(), changed.team()));
    }
}
