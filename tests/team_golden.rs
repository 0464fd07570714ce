//! The team summary of the six golden answer sets, checked by hand on a few dimensions and
//! committed in full as tests/golden/team_six.txt, which the browser tests compare the team
//! view against.

mod common;

use common::golden;
use samenwerkingsscan::domain::instrument::RoleGroup;
use samenwerkingsscan::domain::response::Response;
use samenwerkingsscan::domain::team::{summarise, ComparisonHidden, RoleComparison, TeamSummary};

const SIX: [&str; 6] = [
    "woerden", "less", "fewnow", "boundary", "dontknow", "middle",
];

fn six() -> Vec<Response> {
    SIX.iter().map(|name| golden(name)).collect()
}

fn fmt_median(m: Option<f64>) -> String {
    m.map_or("-".into(), |m| format!("{m}"))
}

/// One line per dimension: id, then for now and for desired: n median min max flag.
fn render(summary: &TeamSummary) -> String {
    let mut out = String::from(
        "# Team summary of the golden sets woerden less fewnow boundary dontknow middle.\n\
         # Generated from the native scoring by tests/team_golden.rs (UPDATE_GOLDEN=1 rewrites it);\n\
         # the browser tests compare the team view with it.\n\
         # id  now: n median min max flag  desired: n median min max flag\n",
    );
    for d in &summary.team.dimensions {
        out.push_str(&format!("{}", d.id));
        for h in [&d.now, &d.desired] {
            out.push_str(&format!(
                "  {} {} {} {} {}",
                h.answered(),
                fmt_median(h.median()),
                h.min().map_or("-".into(), |v| v.to_string()),
                h.max().map_or("-".into(), |v| v.to_string()),
                if h.difference_of_view() { "flag" } else { "-" }
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "participants {}\nnow_model {}\ndesired_model {}\nagenda {}\n",
        summary.team.participants,
        summary
            .team
            .now
            .model()
            .map_or("-".into(), |m| m.to_string()),
        summary
            .team
            .desired
            .model()
            .map_or("-".into(), |m| m.to_string()),
        summary
            .agenda
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(",")
    ));
    out
}

#[test]
fn hand_checked_dimensions() {
    let summary = summarise(&six());
    assert_eq!(summary.team.participants, 6);
    let d1 = &summary.team.dimensions[0];
    // now: 2 5 3 3 1 3 -> 1 2 3 3 3 5
    assert_eq!(
        (
            d1.now.answered(),
            d1.now.median(),
            d1.now.min(),
            d1.now.max()
        ),
        (6, Some(3.0), Some(1), Some(5))
    );
    assert!(d1.now.difference_of_view());
    // desired: 3 3 4 4 2 3 -> 2 3 3 3 4 4
    assert_eq!(
        (d1.desired.median(), d1.desired.spread()),
        (Some(3.0), Some(2))
    );
    assert!(!d1.desired.difference_of_view());
    // dimension 13 now: 1 5 3 2 1 3 -> median between 2 and 3
    assert_eq!(summary.team.dimensions[12].now.median(), Some(2.5));
    // dimension 10 now: two don't-knows; 2 5 3 3 -> n 4, median 3
    let d10 = &summary.team.dimensions[9].now;
    assert_eq!(
        (d10.answered(), d10.dont_know, d10.median()),
        (4, 2, Some(3.0))
    );
    assert_eq!(d10.counts, [0, 1, 2, 0, 1]);
    // Every role group has at most one participant: no comparison.
    assert_eq!(
        summary.roles,
        RoleComparison::Hidden(ComparisonHidden::TooFewGroups)
    );
}

#[test]
fn committed_team_summary_matches() {
    let rendered = render(&summarise(&six()));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/team_six.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &rendered).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        committed, rendered,
        "tests/golden/team_six.txt is out of date"
    );
}

#[test]
fn role_groups_compared_only_with_three_each() {
    let mut team = Vec::new();
    for (i, name) in SIX.iter().enumerate() {
        let mut r = golden(name);
        r.role = Some(if i < 3 {
            RoleGroup::SocialTeam
        } else {
            RoleGroup::WorkAndIncome
        });
        team.push(r);
    }
    let mut uwv = golden("middle");
    uwv.role = Some(RoleGroup::Uwv);
    team.push(uwv);
    // Issue 14: the labour expert alone outside the two groups. The team minus the two groups
    // would be their answers, so a group joins them and the comparison is hidden.
    assert_eq!(
        summarise(&team).roles,
        RoleComparison::Hidden(ComparisonHidden::RestTooSmall)
    );
    // Two more outside the groups (one of them without a role group): three are outside now,
    // and the two groups are compared.
    let mut care = golden("less");
    care.role = Some(RoleGroup::CareAndWelfare);
    team.push(care);
    let mut unsaid = golden("boundary");
    unsaid.role = None;
    team.push(unsaid);
    match summarise(&team).roles {
        RoleComparison::Shown { groups, left_out } => {
            let roles: Vec<RoleGroup> = groups.iter().map(|(r, _)| *r).collect();
            assert_eq!(roles, [RoleGroup::SocialTeam, RoleGroup::WorkAndIncome]);
            assert!(groups.iter().all(|(_, g)| g.participants == 3));
            assert_eq!(left_out, 2);
        }
        hidden => panic!("expected a comparison, got {hidden:?}"),
    }
    // Take one away from work & income: only one group left to show.
    team.remove(5);
    assert_eq!(
        summarise(&team).roles,
        RoleComparison::Hidden(ComparisonHidden::TooFewGroups)
    );
}
