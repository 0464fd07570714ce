//! Properties of scoring and team summaries over random responses (seeded, reproducible).

mod common;

use common::Rng;
use samenwerkingsscan::domain::instrument::{Answer, Position, DIMENSION_COUNT};
use samenwerkingsscan::domain::response::Response;
use samenwerkingsscan::domain::scoring::{place, score, Placement, MAX_PRIORITIES, MIN_ANSWERED};
use samenwerkingsscan::domain::team::summarise;

const CASES: usize = 20_000;

fn answered(answers: &[Answer; DIMENSION_COUNT]) -> usize {
    answers.iter().filter(|a| a.position().is_some()).count()
}

#[test]
fn placement_follows_the_float_rule_and_the_threshold() {
    let mut rng = Rng::new(1);
    for _ in 0..CASES {
        let r = rng.response();
        let n = answered(&r.now);
        match place(&r.now) {
            Placement::TooFewAnswers { answered } => {
                assert_eq!(answered, n);
                assert!(n < MIN_ANSWERED);
            }
            Placement::Placed {
                intensity,
                model,
                answered,
            } => {
                assert_eq!(answered, n);
                assert!(n >= MIN_ANSWERED);
                let steps: u32 = r
                    .now
                    .iter()
                    .filter_map(|a| a.position())
                    .map(|p| u32::from(p.steps()))
                    .sum();
                let mean = f64::from(steps) / 4.0 / n as f64;
                assert!((intensity.value() - mean).abs() < 1e-12);
                assert!((0.0..=1.0).contains(&mean));
                // Away from band boundaries the float formula agrees with the exact one.
                let scaled = mean * 7.0;
                if (scaled - scaled.round()).abs() > 1e-9 {
                    assert_eq!(model, ((scaled.floor() as u8) + 1).min(7));
                }
                assert!((1..=7).contains(&model));
            }
        }
    }
}

#[test]
fn raising_one_answer_never_lowers_the_model() {
    let mut rng = Rng::new(2);
    for _ in 0..CASES {
        let mut r = rng.response();
        let before = place(&r.now);
        let i = rng.below(DIMENSION_COUNT as u64) as usize;
        if let Some(p) = r.now[i].position() {
            if p.get() < 5 {
                r.now[i] = Answer::Position(Position::new(p.get() + 1).unwrap());
                let after = place(&r.now);
                assert!(after.model() >= before.model());
                if let (Some(a), Some(b)) = (after.intensity(), before.intensity()) {
                    assert!(a.value() > b.value());
                }
            }
        }
    }
}

#[test]
fn the_order_of_dimensions_does_not_change_the_placement() {
    let mut rng = Rng::new(3);
    for _ in 0..CASES / 4 {
        let r = rng.response();
        let mut shuffled = r.now;
        for i in (1..DIMENSION_COUNT).rev() {
            shuffled.swap(i, rng.below(i as u64 + 1) as usize);
        }
        assert_eq!(place(&r.now).model(), place(&shuffled).model());
    }
}

#[test]
fn priorities_are_the_largest_gaps() {
    let mut rng = Rng::new(4);
    for _ in 0..CASES {
        let result = score(&rng.response());
        let p = &result.priorities;
        assert!(p.len() <= MAX_PRIORITIES);
        assert!(p.iter().all(|p| p.gap != 0 && (-4..=4).contains(&p.gap)));
        for w in p.windows(2) {
            let (a, b) = (w[0].gap.unsigned_abs(), w[1].gap.unsigned_abs());
            assert!(a > b || (a == b && w[0].id < w[1].id));
        }
        // Nothing left out is larger than the smallest priority listed.
        let smallest = p.last().map_or(0, |p| p.gap.unsigned_abs());
        for d in &result.dimensions {
            if let Some(gap) = d.gap {
                if !p.iter().any(|p| p.id == d.id) && p.len() == MAX_PRIORITIES {
                    assert!(gap.unsigned_abs() <= smallest);
                }
                assert_eq!(
                    gap,
                    d.desired.position().unwrap().get() as i8
                        - d.now.position().unwrap().get() as i8
                );
            } else {
                assert!(d.now.position().is_none() || d.desired.position().is_none());
            }
        }
        if p.len() < MAX_PRIORITIES {
            let nonzero = result
                .dimensions
                .iter()
                .filter(|d| matches!(d.gap, Some(g) if g != 0))
                .count();
            assert_eq!(p.len(), nonzero);
        }
    }
}

#[test]
fn team_of_one_places_like_the_response() {
    let mut rng = Rng::new(5);
    for _ in 0..CASES / 4 {
        let r = rng.response();
        let team = summarise(std::slice::from_ref(&r));
        assert_eq!(team.team.now, score(&r).now);
        assert_eq!(team.team.desired, score(&r).desired);
        assert_eq!(team.team.participants, 1);
    }
}

#[test]
fn team_summaries_ignore_order_and_keep_statistics_consistent() {
    let mut rng = Rng::new(6);
    for _ in 0..500 {
        let size = 1 + rng.below(40) as usize;
        let mut team: Vec<Response> = (0..size).map(|_| rng.response()).collect();
        let summary = summarise(&team);
        team.reverse();
        team.rotate_left(rng.below(size as u64) as usize);
        assert_eq!(summarise(&team), summary);
        for (i, d) in summary.team.dimensions.iter().enumerate() {
            let nows: Vec<u8> = team
                .iter()
                .filter_map(|r| r.now[i].position())
                .map(Position::get)
                .collect();
            assert_eq!(d.now.answered() as usize, nows.len());
            assert_eq!(d.now.answered() + d.now.dont_know, size as u32);
            assert_eq!(d.now.min(), nows.iter().min().copied());
            assert_eq!(d.now.max(), nows.iter().max().copied());
            if let Some(m) = d.now.median() {
                // At least half the answers on each side of the median.
                let below = nows.iter().filter(|&&v| f64::from(v) <= m).count();
                let above = nows.iter().filter(|&&v| f64::from(v) >= m).count();
                assert!(2 * below >= nows.len() && 2 * above >= nows.len());
                assert!(
                    m >= f64::from(d.now.min().unwrap()) && m <= f64::from(d.now.max().unwrap())
                );
            }
            assert_eq!(
                d.now.difference_of_view(),
                d.now.spread().is_some_and(|s| s >= 3)
            );
        }
        let mut agenda = summary.agenda.clone();
        agenda.sort_unstable();
        assert_eq!(agenda, (1..=14).collect::<Vec<u8>>());
        for w in summary.agenda.windows(2) {
            let a = &summary.team.dimensions[usize::from(w[0] - 1)];
            let b = &summary.team.dimensions[usize::from(w[1] - 1)];
            assert!(a.disagreement() >= b.disagreement());
        }
    }
}

#[test]
fn compared_role_groups_always_have_three_or_more() {
    use samenwerkingsscan::domain::team::RoleComparison;
    let mut rng = Rng::new(7);
    for _ in 0..500 {
        let size = rng.below(30) as usize;
        let team: Vec<Response> = (0..size).map(|_| rng.response()).collect();
        if let RoleComparison::Shown { groups, .. } = summarise(&team).roles {
            assert!(groups.len() >= 2);
            for (role, g) in groups {
                assert!(g.participants >= 3);
                assert_eq!(
                    g.participants,
                    team.iter().filter(|r| r.role == Some(role)).count()
                );
            }
        }
    }
}
