//! Tombstones in a merge: erased on either side stays erased. Each side is
//! cleared of whom the other erased before the records are merged, so an
//! older copy neither brings them back nor shows them in a conflict.

use crate::model::Project;
use crate::model::erase::{Erased, apply_tombstones, tombstones};

/// Both sides' tombstones, each person once (the earlier day kept).
pub fn union(a: &[Erased], b: &[Erased]) -> Vec<Erased> {
    let mut all: Vec<Erased> = a.iter().chain(b).copied().collect();
    all.sort();
    all.dedup_by_key(|e| e.id);
    all
}

/// Erases from all three whom any of them erased.
pub fn clear(b: &mut Project, o: &mut Project, t: &mut Project) {
    let mut stones = tombstones(o);
    stones.extend(tombstones(t));
    stones.extend(tombstones(b));
    if stones.is_empty() {
        return;
    }
    for p in [b, o, t] {
        apply_tombstones(p, &stones);
    }
}
