//! The scoring rule against hand-checked golden answer sets (tests/golden/answer_sets.txt).

mod common;

use common::golden_sets;
use samenwerkingsscan::domain::scoring::{score, Placement};

#[test]
fn golden_sets_place_as_expected() {
    let sets = golden_sets();
    assert!(sets.len() >= 6);
    for set in sets {
        let result = score(&set.response);
        assert_eq!(result.now.model(), set.now_model, "{}: now", set.name);
        assert_eq!(
            result.desired.model(),
            set.desired_model,
            "{}: desired",
            set.name
        );
        let priorities: Vec<(u8, i8)> = result.priorities.iter().map(|p| (p.id, p.gap)).collect();
        assert_eq!(priorities, set.priorities, "{}: priorities", set.name);
    }
}

#[test]
fn golden_intensities_are_exact() {
    let woerden = score(&common::golden("woerden"));
    assert!((woerden.now.intensity().unwrap().value() - 18.0 / 56.0).abs() < 1e-12);
    assert!((woerden.desired.intensity().unwrap().value() - 35.0 / 56.0).abs() < 1e-12);
    // 3/7 exactly is the first value of band 4, not the last of band 3.
    let boundary = score(&common::golden("boundary"));
    assert_eq!(boundary.now.intensity().unwrap().value(), 3.0 / 7.0);
    assert_eq!(boundary.now.model(), Some(4));
}

#[test]
fn too_few_answers_says_how_many() {
    let few = score(&common::golden("fewnow"));
    assert_eq!(few.now, Placement::TooFewAnswers { answered: 5 });
    assert!(matches!(
        few.desired,
        Placement::Placed {
            answered: 7,
            model: 6,
            ..
        }
    ));
    let nothing = score(&common::golden("nothing"));
    assert_eq!(nothing.now, Placement::TooFewAnswers { answered: 0 });
    assert!(nothing.priorities.is_empty());
}

#[test]
fn gaps_need_both_answers() {
    let result = score(&common::golden("dontknow"));
    let gaps: Vec<Option<i8>> = result.dimensions.iter().map(|d| d.gap).collect();
    assert_eq!(
        gaps,
        [
            Some(1),
            Some(1),
            None,
            Some(2),
            Some(2),
            Some(2),
            Some(1),
            Some(1),
            Some(1),
            None,
            Some(0),
            Some(0),
            Some(2),
            Some(2)
        ]
    );
}
