//! Results links made by version 1, committed with the results they must show: every later
//! version must open them with identical results (issue: the results link instead of a PDF).
//! tests/golden/results_links_v1.txt pairs each golden answer set with its link; the browser
//! tests open the same links and check the same placements and priorities.

mod common;

use common::golden_sets;
use samenwerkingsscan::domain::link::{decode, encode_response, Decoded};
use samenwerkingsscan::domain::response::TeamName;
use samenwerkingsscan::domain::scoring::score;

/// (golden set name, team name, link) from the committed file.
fn committed() -> Vec<(String, Option<String>, String)> {
    include_str!("golden/results_links_v1.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 3, "bad line: {line}");
            let name = (f[1] != "-").then(|| f[1].to_owned());
            (f[0].to_owned(), name, f[2].to_owned())
        })
        .collect()
}

#[test]
fn committed_links_open_with_the_golden_results() {
    let links = committed();
    let sets = golden_sets();
    assert_eq!(links.len(), sets.len(), "one link per golden set");
    for (set_name, team, link) in links {
        let set = sets
            .iter()
            .find(|s| s.name == set_name)
            .expect("golden set");
        let Ok(Decoded::Response(shared)) = decode(&link) else {
            panic!("{set_name}: {link} does not decode to a response");
        };
        assert_eq!(shared.response, set.response, "{set_name}");
        assert_eq!(
            shared.team_name.as_ref().map(TeamName::as_str),
            team.as_deref()
        );
        let result = score(&shared.response);
        assert_eq!(result.now.model(), set.now_model, "{set_name}");
        assert_eq!(result.desired.model(), set.desired_model, "{set_name}");
        let priorities: Vec<(u8, i8)> = result.priorities.iter().map(|p| (p.id, p.gap)).collect();
        assert_eq!(priorities, set.priorities, "{set_name}");
        // This version still writes the same link for the same answers.
        let name = team.as_deref().map(|t| TeamName::new(t).unwrap());
        assert_eq!(
            encode_response(&set.response, name.as_ref()),
            link,
            "{set_name}"
        );
    }
}

/// Prints the file's lines; run with `--ignored --nocapture` to make it once.
#[test]
#[ignore]
fn print_links() {
    for set in golden_sets() {
        let team = (set.name == "woerden").then(|| TeamName::new("Wijkteam Oost").unwrap());
        println!(
            "{}\t{}\t{}",
            set.name,
            team.as_ref().map_or("-", TeamName::as_str),
            encode_response(&set.response, team.as_ref())
        );
    }
}
