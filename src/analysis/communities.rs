//! Communities among the client's people who have no business unit, found
//! from the lines between them (label propagation, deterministic: people in
//! id order; a tie keeps the current label when it is among the best, else
//! goes to a pseudo-random one of them, fixed by a hash, as label
//! propagation needs: always taking the smallest floods across bridges). The map groups them as it groups
//! a unit's people, so a merged or imported org chart without departments
//! still shows its structure.

use crate::model::{Account, ContactId, PersonRef};
use std::collections::BTreeMap;

/// Rounds of propagation; real graphs settle in a handful.
const ROUNDS: usize = 20;

/// Each unit-less contact's community, numbered 0.. by smallest member id.
pub fn unitless(account: &Account) -> BTreeMap<ContactId, usize> {
    let free: Vec<ContactId> =
        account.contacts.iter().filter(|c| c.unit.is_none_or(|u| account.unit(u).is_none())).map(|c| c.id).collect();
    if free.is_empty() {
        return BTreeMap::new();
    }
    let index: BTreeMap<ContactId, usize> = free.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); free.len()];
    for r in &account.relationships {
        if let (PersonRef::Contact(a), PersonRef::Contact(b)) = (r.from, r.to)
            && let (Some(&i), Some(&j)) = (index.get(&a), index.get(&b))
            && i != j
        {
            neighbours[i].push(j);
            neighbours[j].push(i);
        }
    }
    let mut label: Vec<usize> = (0..free.len()).collect();
    for _ in 0..ROUNDS {
        let mut changed = false;
        for i in 0..free.len() {
            let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
            for &j in &neighbours[i] {
                *votes.entry(label[j]).or_default() += 1;
            }
            let Some(top) = votes.values().max().copied() else { continue };
            if votes.get(&label[i]) == Some(&top) {
                continue;
            }
            let best = votes.iter().filter(|(_, n)| **n == top).map(|(l, _)| *l).min_by_key(|l| mix(*l, i));
            if let Some(best) = best {
                label[i] = best;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut number: BTreeMap<usize, usize> = BTreeMap::new();
    free.iter()
        .enumerate()
        .map(|(i, c)| {
            let next = number.len();
            (*c, *number.entry(label[i]).or_insert(next))
        })
        .collect()
}

/// A fixed pseudo-random order of labels for one person (`SplitMix64`).
fn mix(label: usize, person: usize) -> u64 {
    let mut z =
        (label as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (person as u64).wrapping_add(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AccountId, Contact, RelKind, Relationship, RelationshipId};

    #[test]
    fn two_cliques_joined_by_one_line_are_two_communities() {
        let mut a = Account::new(AccountId(1), "A");
        a.contacts = (1..=8).map(|i| Contact::new(ContactId(i), format!("P{i}"))).collect();
        let mut id = 0;
        let mut link = |a: &mut Account, x: u32, y: u32| {
            id += 1;
            a.relationships.push(Relationship {
                id: RelationshipId(id),
                from: PersonRef::Contact(ContactId(x)),
                to: PersonRef::Contact(ContactId(y)),
                kind: RelKind::Knows,
                strength: 3,
                last_contact: None,
                note: String::new(),
            });
        };
        for (x, y) in
            [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4), (5, 6), (5, 7), (5, 8), (6, 7), (6, 8), (7, 8), (4, 5)]
        {
            link(&mut a, x, y);
        }
        let c = unitless(&a);
        assert_eq!(c[&ContactId(1)], c[&ContactId(3)]);
        assert_eq!(c[&ContactId(6)], c[&ContactId(8)]);
        assert_ne!(c[&ContactId(1)], c[&ContactId(8)]);
    }
}
