//! The reflection question of the team view (issue 14 §5): no "towards less" for a team that
//! gave no desired position, and the direction of the medians otherwise.

mod common;

use samenwerkingsscan::domain::instrument::{Answer, Position};
use samenwerkingsscan::domain::reflection::{team_direction, Direction, REFLECTION_QUESTIONS};
use samenwerkingsscan::domain::team::Distribution;

fn distribution(positions: &[u8], dont_know: usize) -> Distribution {
    let mut d = Distribution::default();
    for &p in positions {
        d.add(Answer::Position(Position::new(p).unwrap()));
    }
    for _ in 0..dont_know {
        d.add(Answer::DontKnow);
    }
    d
}

/// Positions and don't-knows NOW, the same DESIRED, and the direction expected.
type Case = (
    &'static [u8],
    usize,
    &'static [u8],
    usize,
    Option<Direction>,
);

#[test]
fn golden_directions() {
    use Direction::{Less, More};
    // (now, desired, direction)
    #[rustfmt::skip]
    let cases: &[Case] = &[
        // Nobody gave a desired position: neither question (it used to be "towards less").
        (&[3, 4, 5], 0, &[], 3, None),
        (&[1], 0, &[], 0, None),
        // Nobody gave a current position.
        (&[], 2, &[4, 5], 0, None),
        (&[], 0, &[], 0, None),
        // Medians apart.
        (&[2, 2, 3], 0, &[4, 4, 5], 0, Some(More)),
        (&[4, 5, 5], 1, &[2, 3], 2, Some(Less)),
        // Half steps: 2.5 now, 3 desired; 3 now, 2.5 desired.
        (&[2, 3], 0, &[3, 3], 0, Some(More)),
        (&[3, 3], 0, &[2, 3], 0, Some(Less)),
        // Equal medians: "towards more", as the team view always asked.
        (&[1, 3, 5], 0, &[3, 3, 3], 0, Some(More)),
    ];
    for (i, &(now, now_dk, desired, desired_dk, expected)) in cases.iter().enumerate() {
        let now = distribution(now, now_dk).median_halves();
        let desired = distribution(desired, desired_dk).median_halves();
        assert_eq!(team_direction(now, desired), expected, "case {i}");
    }
    // The defect: comparing the Options took a missing desired median for a lower one.
    let (now, desired) = (Some(8u8), None);
    assert!(desired < now);
    assert_eq!(team_direction(now, desired), None);
}

#[test]
fn every_pair_of_medians() {
    for now in 2..=10u8 {
        assert_eq!(team_direction(Some(now), None), None);
        assert_eq!(team_direction(None, Some(now)), None);
        for desired in 2..=10u8 {
            let expected = if desired < now {
                Direction::Less
            } else {
                Direction::More
            };
            assert_eq!(team_direction(Some(now), Some(desired)), Some(expected));
        }
    }
}

#[test]
fn the_question_of_a_direction() {
    for r in &REFLECTION_QUESTIONS {
        assert_eq!(r.question(Direction::More), r.toward_more);
        assert_eq!(r.question(Direction::Less), r.toward_less);
    }
}

/// Over random teams: a direction exactly when both horizons have a position, and then the one
/// the medians point to.
#[test]
fn random_teams() {
    let mut rng = common::Rng::new(0x5EC);
    let mut none = 0;
    for case in 0..20_000 {
        let answers = |rng: &mut common::Rng| -> Vec<u8> {
            let n = rng.below(6) as usize;
            (0..n).map(|_| 1 + rng.below(5) as u8).collect()
        };
        let (now, desired) = (answers(&mut rng), answers(&mut rng));
        let (n, d) = (
            distribution(&now, 0).median_halves(),
            distribution(&desired, 0).median_halves(),
        );
        let direction = team_direction(n, d);
        assert_eq!(
            direction.is_some(),
            !now.is_empty() && !desired.is_empty(),
            "case {case}"
        );
        none += usize::from(direction.is_none());
        if let (Some(n), Some(d), Some(direction)) = (n, d, direction) {
            assert_eq!(direction == Direction::Less, d < n, "case {case}");
        }
    }
    assert!(none > 1000, "{none}");
}
