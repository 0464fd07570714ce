//! Two tabs of the same facilitator, each changing the stored value (issue 21): merging what
//! the other wrote loses nothing typed, keeps what was erased out, and gives both tabs the same
//! value whatever order the writes reach them.

mod common;

use common::Rng;
use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
use samenwerkingsscan::domain::counts::TeamCounts;
use samenwerkingsscan::domain::instrument::{Lang, RoleGroup};
use samenwerkingsscan::domain::link::{self, Workshop};
use samenwerkingsscan::domain::response::TeamName;
use samenwerkingsscan::state::facilitator::{FacilitatorAction, FacilitatorState};
use samenwerkingsscan::state::storage::{facilitator_to_storage, read_facilitator};

/// One of a few result links, so that tabs paste the same links too.
fn a_link(rng: &mut Rng, pool: &[String]) -> String {
    pool[rng.below(pool.len() as u64) as usize].clone()
}

fn pool(rng: &mut Rng) -> Vec<String> {
    (0..12)
        .map(|_| link::encode_response(&rng.response(), None))
        .collect()
}

/// A team link of counts, as the facilitator shares one.
fn a_team_link(rng: &mut Rng) -> String {
    let team: Vec<_> = (0..3).map(|_| rng.response()).collect();
    link::encode_team_counts(
        &TeamCounts::from_responses(&team),
        None,
        &Agreements::default(),
    )
    .unwrap()
}

/// A random change, made at `now`.
fn change(rng: &mut Rng, pool: &[String], s: FacilitatorState, now: u64) -> FacilitatorState {
    let action = match rng.below(10) {
        0..=3 => {
            FacilitatorAction::AddPasted(format!("{} en {}", a_link(rng, pool), a_link(rng, pool)))
        }
        4 => FacilitatorAction::EraseCollected,
        5 if rng.below(2) == 0 => FacilitatorAction::Shared(a_team_link(rng)),
        5 => FacilitatorAction::CreateWorkshop(Workshop {
            team_name: Some(TeamName::new(&format!("Team {}", rng.below(5))).unwrap()),
            lang: Lang::Nl,
            roles: vec![RoleGroup::Uwv],
        }),
        _ => FacilitatorAction::SetAgreement(
            rng.below(15) as usize,
            AgreementField::ALL[rng.below(3) as usize],
            format!("tekst {}", rng.below(1000)),
        ),
    };
    s.apply_at(action, now)
}

/// What the other tab reads: the value as stored.
fn stored(s: &FacilitatorState) -> FacilitatorState {
    read_facilitator(&facilitator_to_storage(s)).expect("a stored value reads back")
}

fn same(a: &FacilitatorState, b: &FacilitatorState) -> bool {
    a.synced() == b.synced() && a.collected == b.collected
}

#[test]
fn merging_converges_whatever_the_order() {
    let mut rng = Rng::new(0x7461_6273);
    for round in 0..300 {
        let pool = pool(&mut rng);
        // A shared start, then three tabs change it on their own, at times that interleave.
        let mut base = FacilitatorState::default();
        for _ in 0..rng.below(4) {
            let now = 1_000 + rng.below(3);
            base = change(&mut rng, &pool, base, now);
        }
        let base = stored(&base);
        let mut tabs = [base.clone(), base.clone(), base];
        for tab in tabs.iter_mut() {
            for _ in 0..1 + rng.below(5) {
                // Close times, so that two tabs often stamp the same millisecond.
                let now = 2_000 + rng.below(4);
                *tab = change(&mut rng, &pool, tab.clone(), now);
            }
        }
        let [a, b, c] = tabs.map(|t| stored(&t));
        let ab = a.clone().merge(&b);
        let ba = b.clone().merge(&a);
        assert!(same(&ab, &ba), "round {round}: a+b = b+a");
        assert!(
            same(&ab.clone().merge(&b), &ab),
            "round {round}: idempotent"
        );
        assert!(same(&a.clone().merge(&a), &a), "round {round}: a+a = a");
        let left = ab.merge(&c);
        let right = a.clone().merge(&b.clone().merge(&c));
        assert!(same(&left, &right), "round {round}: associative");
        // The merged value stores and reads back as itself.
        assert!(same(&stored(&left), &left), "round {round}: stored");
    }
}

#[test]
fn nothing_typed_or_pasted_in_either_tab_is_lost() {
    let mut rng = Rng::new(0x6c6f_7374);
    let pool = pool(&mut rng);
    let start = stored(
        &FacilitatorState::default().apply_at(FacilitatorAction::AddPasted(pool[0].clone()), 1_000),
    );
    // Tab A types an agreement; tab B, which has not seen it, types another and pastes.
    let a = start.clone().apply_at(
        FacilitatorAction::SetAgreement(2, AgreementField::Text, "Wekelijks overleg".into()),
        2_000,
    );
    let b = start
        .apply_at(
            FacilitatorAction::SetAgreement(5, AgreementField::Owner, "Sanne".into()),
            2_001,
        )
        .apply_at(FacilitatorAction::AddPasted(pool[1].clone()), 2_002);
    for merged in [a.clone().merge(&stored(&b)), b.clone().merge(&stored(&a))] {
        assert_eq!(merged.agreements.0[2].text, "Wekelijks overleg");
        assert_eq!(merged.agreements.0[5].owner, "Sanne");
        assert_eq!(merged.collected.responses.len(), 2);
    }
    // The same field in both: the later edit.
    let later = a.clone().apply_at(
        FacilitatorAction::SetAgreement(5, AgreementField::Owner, "Joost".into()),
        3_000,
    );
    assert_eq!(
        later.clone().merge(&stored(&b)).agreements.0[5].owner,
        "Joost"
    );
    assert_eq!(b.merge(&stored(&later)).agreements.0[5].owner, "Joost");
}

#[test]
fn what_one_tab_erased_stays_out_of_the_other() {
    let mut rng = Rng::new(0x6572_6173);
    let pool = pool(&mut rng);
    let both = stored(
        &FacilitatorState::default()
            .apply_at(FacilitatorAction::AddPasted(pool[0].clone()), 1_000)
            .apply_at(
                FacilitatorAction::SetAgreement(1, AgreementField::Text, "Oud".into()),
                1_001,
            ),
    );
    let erased = both
        .clone()
        .apply_at(FacilitatorAction::EraseCollected, 2_000);
    // The other tab still holds the old results and agreement: merging does not bring them back.
    let other = both.clone().merge(&stored(&erased));
    assert!(other.collected.responses.is_empty() && other.agreements.is_empty());
    let back = erased.clone().merge(&stored(&both));
    assert!(back.collected.responses.is_empty() && back.agreements.is_empty());
    // What the other tab pasted after the erase stays in; the same link pasted again comes back.
    let pasted = both
        .merge(&stored(&erased))
        .apply_at(FacilitatorAction::AddPasted(pool[0].clone()), 3_000);
    assert_eq!(pasted.collected.responses.len(), 1);
    assert_eq!(erased.merge(&stored(&pasted)).collected.responses.len(), 1);
}
