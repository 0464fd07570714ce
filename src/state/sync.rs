//! Two tabs of the same facilitator, one stored value: what each tab stores is merged with what
//! the other wrote, never written over it blind.
//!
//! Every stored part carries the time of its last change (milliseconds, from the tab's clock, but
//! never behind the latest stamp the tab has seen, so a stamp always moves forward):
//! - the collected links are a set with removals: each link has the time it was last added and
//!   last removed, and is in the collection while added is later. Erasing the collection removes
//!   every link at once; a link pasted again later comes back. Two tabs merge by taking, per link,
//!   the later of each time, so what one tab erased stays out in the other, and what one pasted
//!   after the erase stays in;
//! - each agreement field (dimension × what, who, by when) and the invitation take the later edit;
//!   equal times (two tabs in the same millisecond) go to the larger text, so both tabs agree.
//!
//! Merging is commutative, associative and idempotent (tested): two tabs that have seen the same
//! writes hold the same value, whatever the order the writes reached them.

use std::cmp::Ordering;
use std::rc::Rc;

use super::facilitator::{FacilitatorState, MAX_SHARED};
use crate::domain::agreement::AgreementField;
use crate::domain::collect::Collected;
use crate::domain::instrument::DIMENSION_COUNT;
use crate::domain::link;

/// A link taken into the collection, with the times it was last added and last removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkEntry {
    /// The link's text, as [`Collected::taken`] holds it.
    pub link: String,
    pub added: u64,
    /// 0: never removed.
    pub removed: u64,
}

impl LinkEntry {
    /// In the collection: added after it was last removed.
    pub fn present(&self) -> bool {
        self.added > self.removed
    }
}

/// When each stored part other than the links last changed; 0: never (or before stamps).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamps {
    pub invitation: u64,
    /// Per dimension, per field in [`AgreementField::ALL`] order.
    pub agreements: [[u64; 3]; DIMENSION_COUNT],
}

impl Stamps {
    /// The latest stamp.
    pub fn latest(&self) -> u64 {
        self.agreements
            .iter()
            .flatten()
            .fold(self.invitation, |a, &b| a.max(b))
    }
}

/// The index of a field in [`Stamps::agreements`].
pub fn field_index(field: AgreementField) -> usize {
    match field {
        AgreementField::Text => 0,
        AgreementField::Owner => 1,
        AgreementField::Due => 2,
    }
}

/// What a stored value held that could not be read (the rest was); the notice names it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unread {
    /// The invitation was there but is no invitation link.
    pub invitation: bool,
    /// How many stored links are damaged.
    pub links: usize,
    /// The agreements (or their times) could not be read.
    pub agreements: bool,
}

impl Unread {
    pub fn any(&self) -> bool {
        self.invitation || self.links > 0 || self.agreements
    }
}

impl FacilitatorState {
    /// A stamp for a change made at `now`: never behind one this tab has seen.
    pub(super) fn tick(&mut self, now: u64) -> u64 {
        self.clock = now.max(self.clock + 1);
        self.clock
    }

    /// Records the links the last [`Collected::add`] took (from `before` on) as added at `now`.
    pub(super) fn record_taken(&mut self, before: usize, now: u64) {
        let new: Vec<String> = self.collected.taken()[before..].to_vec();
        for link in new {
            // Each its own stamp, so that the order of a paste survives a rebuild.
            let stamp = self.tick(now);
            match self.links.iter_mut().find(|e| e.link == link) {
                Some(entry) => entry.added = stamp,
                None => self.links.push(LinkEntry {
                    link,
                    added: stamp,
                    removed: 0,
                }),
            }
        }
        // A link added again moves to the end, as `Collected::add` appended it.
        sort_links(&mut self.links);
    }

    /// Removes every link and agreement at `now` (the facilitator erased the collection).
    pub(super) fn erase_synced(&mut self, now: u64) {
        let stamp = self.tick(now);
        for entry in &mut self.links {
            entry.removed = stamp;
        }
        self.stamps.agreements = [[stamp; 3]; DIMENSION_COUNT];
    }

    /// What is stored and merged: equal for two tabs that have seen the same writes.
    pub fn synced(&self) -> impl PartialEq + '_ {
        (
            &self.invitation,
            &self.links,
            &self.agreements,
            &self.stamps,
        )
    }

    /// This state with what `other` stored merged in (see the module docs). What is being typed
    /// or shown in this tab is kept.
    pub fn merge(mut self, other: &FacilitatorState) -> FacilitatorState {
        self.clock = self.clock.max(other.clock);
        let invitation = |s: &FacilitatorState| {
            (
                s.stamps.invitation,
                s.invitation.as_ref().map(link::encode_workshop),
            )
        };
        if invitation(other) > invitation(&self) {
            self.invitation = other.invitation.clone();
            self.stamps.invitation = other.stamps.invitation;
        }
        for (index, stamps) in other.stamps.agreements.iter().enumerate() {
            for field in AgreementField::ALL {
                let f = field_index(field);
                let theirs = (stamps[f], other.agreements.0[index].field(field));
                let ours = (
                    self.stamps.agreements[index][f],
                    self.agreements.0[index].field(field),
                );
                if theirs > ours {
                    let text = theirs.1.to_owned();
                    self.agreements.set(index, field, text);
                    self.stamps.agreements[index][f] = stamps[f];
                }
            }
        }
        // The team links shared: a set; the latest kept, as a share here keeps them.
        for link in &other.shared {
            if !self.shared.contains(link) {
                self.shared.push(link.clone());
            }
        }
        let over = self.shared.len().saturating_sub(MAX_SHARED);
        self.shared.drain(..over);
        let before = self.links.clone();
        for theirs in &other.links {
            match self.links.iter_mut().find(|e| e.link == theirs.link) {
                Some(ours) => {
                    ours.added = ours.added.max(theirs.added);
                    ours.removed = ours.removed.max(theirs.removed);
                }
                None => self.links.push(theirs.clone()),
            }
        }
        sort_links(&mut self.links);
        if self.links != before {
            self.rebuild_collected();
        }
        self
    }

    /// The collection from the links present, in the order they were added (the same in every
    /// tab), each read on its own: no paste limit cuts a large stored collection.
    pub(super) fn rebuild_collected(&mut self) {
        sort_links(&mut self.links);
        let mut collected = Collected::default();
        for entry in self.links.iter().filter(|e| e.present()) {
            collected.add(&entry.link);
        }
        self.collected = Rc::new(collected);
    }
}

/// In the order they were (last) added; the same in every tab.
fn sort_links(links: &mut [LinkEntry]) {
    links.sort_by(|a, b| match a.added.cmp(&b.added) {
        Ordering::Equal => a.link.cmp(&b.link),
        order => order,
    });
}
