//! "How do we reach X?": the strongest warm path from our team to a contact.
//!
//! Lines are walked in both directions; conflicts are never used, and people
//! who have left the company cannot pass an introduction on. Each line costs
//! 6 - strength (a 5 costs 1, a 1 costs 5), so the path with the lowest total
//! prefers strong lines and few steps. Ties go to the lower ids, so the
//! answer is the same every time.

use super::other_end;
use crate::model::{Account, PersonRef, Project, RelKind, RelationshipId};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

/// A path from one of our people to the target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WarmPath {
    /// People in order: our member first, the target last.
    pub people: Vec<PersonRef>,
    /// The lines between consecutive people.
    pub lines: Vec<RelationshipId>,
    /// Total cost (lower is warmer).
    pub cost: u32,
}

fn cost(strength: u8) -> u32 {
    6 - u32::from(strength.clamp(1, 5))
}

/// The warmest path from any of our people on the map to `target`.
pub fn warm_path(project: &Project, account: &Account, target: PersonRef) -> Option<WarmPath> {
    // Nobody sits in a vacant seat to be reached.
    if let PersonRef::Contact(c) = target
        && account.contact(c).is_some_and(crate::model::Contact::is_vacant)
    {
        return None;
    }
    let passable = |p: PersonRef| match p {
        PersonRef::Member(m) => project.member(m).is_some(),
        PersonRef::Contact(c) => account.contact(c).is_some_and(|c| !c.has_left),
    };
    let mut lines: BTreeMap<PersonRef, Vec<(PersonRef, RelationshipId, u32)>> = BTreeMap::new();
    for r in account.relationships.iter().filter(|r| r.kind != RelKind::Conflict && r.from != r.to) {
        lines.entry(r.from).or_default().push((r.to, r.id, cost(r.strength)));
        lines.entry(r.to).or_default().push((r.from, r.id, cost(r.strength)));
    }
    let mut best: BTreeMap<PersonRef, (u32, Option<(PersonRef, RelationshipId)>)> = BTreeMap::new();
    let mut queue = BinaryHeap::new();
    for m in super::team_on_map(project, account) {
        let p = PersonRef::Member(m);
        best.insert(p, (0, None));
        queue.push(Reverse((0u32, p)));
    }
    while let Some(Reverse((d, p))) = queue.pop() {
        if best.get(&p).is_some_and(|(known, _)| *known < d) {
            continue;
        }
        if p == target {
            break;
        }
        // Only the target itself may have left; nobody passes through them.
        if p != target && !passable(p) {
            continue;
        }
        for &(next, line, c) in lines.get(&p).map_or(&[][..], |v| v.as_slice()) {
            let nd = d + c;
            let better = best.get(&next).is_none_or(|(known, _)| nd < *known);
            if better && (next == target || passable(next)) {
                best.insert(next, (nd, Some((p, line))));
                queue.push(Reverse((nd, next)));
            }
        }
    }
    let (total, _) = *best.get(&target)?;
    let (mut people, mut used) = (vec![target], Vec::new());
    let mut at = target;
    while let Some((_, Some((prev, line)))) = best.get(&at) {
        used.push(*line);
        people.push(*prev);
        at = *prev;
    }
    people.reverse();
    used.reverse();
    Some(WarmPath { people, lines: used, cost: total })
}

/// The contacts a member has a line to (for "who knows whom").
pub fn contacts_of(account: &Account, member: PersonRef) -> Vec<PersonRef> {
    let mut out: Vec<PersonRef> = account.relationships_of(member).map(|r| other_end(r, member)).collect();
    out.sort();
    out.dedup();
    out
}

/// A person and everyone one line away from them, whatever the kind of line.
pub fn neighbourhood(account: &Account, person: PersonRef) -> std::collections::BTreeSet<PersonRef> {
    account.relationships_of(person).map(|r| other_end(r, person)).chain(std::iter::once(person)).collect()
}
