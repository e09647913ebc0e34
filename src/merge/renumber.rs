//! Ids stay small numbers in the file (it reads and diffs cleanly), so two
//! people who each add a record can both give it the next number. Such a
//! record is new on both sides (not in the base) with different contents:
//! before merging, one of the two gets a fresh id, with every reference to
//! it on its side. Which one is decided by content, so the merge gives the
//! same result whichever side is ours.

use crate::model::ids::Fresh;
use crate::model::{
    Account, AccountId, ContactId, CriterionId, HasId, MemberId, PersonRef, ProductId, Project, RawId as _,
    RelationshipId, TierId, UnitId, ids,
};
use serde::Serialize;

/// A record renumbered to avoid a collision: what, and from which id to which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renumbered {
    /// The message id naming the kind of record with its number (`id-contact`).
    pub what: &'static str,
    pub from: u32,
    pub to: u32,
}

/// Which side keeps the id: false when `theirs` must move.
fn ours_moves<T: Serialize>(o: &T, t: &T) -> bool {
    ron::to_string(o).unwrap_or_default() > ron::to_string(t).unwrap_or_default()
}

/// Ids new on both sides with different records, and which side moves.
fn collisions<T: HasId + PartialEq + Serialize>(b: &[T], o: &[T], t: &[T]) -> Vec<(T::Id, bool)> {
    o.iter()
        .filter(|x| ids::find(b, x.id()).is_none())
        .filter_map(|x| ids::find(t, x.id()).filter(|y| *y != x).map(|y| (x.id(), ours_moves(x, y))))
        .collect()
}

/// The next id free on all three sides (past the largest, then the gaps:
/// a file whose largest id is 4294967295 still merges).
fn fresh(ids: &mut Fresh) -> u32 {
    // Every id taken on some side cannot be read from three files.
    ids.take().unwrap_or(u32::MAX)
}

/// Renumbers the colliding records of one list (`$list` of base, ours and
/// theirs) on whichever side moves, rewriting references with `$rewrite`.
macro_rules! list {
    ($b:expr, $o:expr, $t:expr, $list:ident, $what:literal, $rewrite:ident) => {{
        let mut ids = Fresh::past(&[&$b.$list, &$o.$list, &$t.$list]);
        let mut moved = Vec::new();
        for (id, ours) in collisions(&$b.$list, &$o.$list, &$t.$list) {
            let to = fresh(&mut ids);
            $rewrite(if ours { &mut *$o } else { &mut *$t }, id.raw(), to);
            moved.push(Renumbered { what: $what, from: id.raw(), to });
        }
        moved
    }};
}

/// Renumbers colliding records on whichever side moves; returns what moved.
pub fn renumber(b: &Project, o: &mut Project, t: &mut Project) -> Vec<Renumbered> {
    let mut moved = Vec::new();
    moved.extend(list!(b, o, t, members, "id-member", member));
    moved.extend(list!(b, o, t, products, "id-product", product));
    moved.extend(list!(b, o, t, accounts, "id-account", account));
    let mut ids = Fresh::past(&[&b.scoring.criteria, &o.scoring.criteria, &t.scoring.criteria]);
    for (id, ours) in collisions(&b.scoring.criteria, &o.scoring.criteria, &t.scoring.criteria) {
        let to = fresh(&mut ids);
        criterion(if ours { &mut *o } else { &mut *t }, id.raw(), to);
        moved.push(Renumbered { what: "id-criterion", from: id.raw(), to });
    }
    let mut ids = Fresh::past(&[&b.scoring.tiers.tiers, &o.scoring.tiers.tiers, &t.scoring.tiers.tiers]);
    for (id, ours) in collisions(&b.scoring.tiers.tiers, &o.scoring.tiers.tiers, &t.scoring.tiers.tiers) {
        let to = fresh(&mut ids);
        tier(if ours { &mut *o } else { &mut *t }, id.raw(), to);
        moved.push(Renumbered { what: "id-tier", from: id.raw(), to });
    }
    for oa in &mut o.accounts {
        let Some(ta) = t.accounts.iter_mut().find(|a| a.id == oa.id) else { continue };
        let empty = Account::new(oa.id, "");
        let ba = b.account(oa.id).unwrap_or(&empty);
        moved.extend(within_account(ba, oa, ta));
    }
    moved
}

fn within_account(b: &Account, o: &mut Account, t: &mut Account) -> Vec<Renumbered> {
    let mut moved = Vec::new();
    moved.extend(list!(b, o, t, units, "id-unit", unit));
    moved.extend(list!(b, o, t, contacts, "id-contact", contact));
    moved.extend(list!(b, o, t, relationships, "id-relationship", line));
    moved
}

fn sort<T: HasId>(items: &mut [T]) {
    items.sort_by_key(|x| x.id());
}

fn member(p: &mut Project, from: u32, to: u32) {
    let (from, to) = (MemberId(from), MemberId(to));
    p.members.iter_mut().filter(|m| m.id == from).for_each(|m| m.id = to);
    sort(&mut p.members);
    for a in &mut p.accounts {
        a.team.iter_mut().filter(|x| x.member == from).for_each(|x| x.member = to);
        let (old, new) = (PersonRef::Member(from), PersonRef::Member(to));
        person(a, old, new);
        a.plan.activities.iter_mut().filter(|x| x.owner == Some(from)).for_each(|x| x.owner = Some(to));
        a.plan.opportunities.iter_mut().filter(|x| x.owner == Some(from)).for_each(|x| x.owner = Some(to));
    }
}

/// Lines and the map position of one person, moved to a new id.
fn person(a: &mut Account, old: PersonRef, new: PersonRef) {
    for r in &mut a.relationships {
        if r.from == old {
            r.from = new;
        }
        if r.to == old {
            r.to = new;
        }
    }
    if let Some(pos) = a.map.positions.remove(&old) {
        a.map.positions.insert(new, pos);
    }
}

fn product(p: &mut Project, from: u32, to: u32) {
    let (from, to) = (ProductId(from), ProductId(to));
    p.products.iter_mut().filter(|x| x.id == from).for_each(|x| x.id = to);
    sort(&mut p.products);
    for a in &mut p.accounts {
        a.plan.penetration.iter_mut().filter(|x| x.product == from).for_each(|x| x.product = to);
        a.plan.opportunities.iter_mut().filter(|x| x.product == from).for_each(|x| x.product = to);
    }
}

fn account(p: &mut Project, from: u32, to: u32) {
    p.accounts.iter_mut().filter(|a| a.id == AccountId(from)).for_each(|a| a.id = AccountId(to));
    sort(&mut p.accounts);
}

fn criterion(p: &mut Project, from: u32, to: u32) {
    let (from, to) = (CriterionId(from), CriterionId(to));
    p.scoring.criteria.iter_mut().filter(|x| x.id == from).for_each(|x| x.id = to);
    sort(&mut p.scoring.criteria);
    for a in &mut p.accounts {
        a.scores.iter_mut().filter(|s| s.criterion == from).for_each(|s| s.criterion = to);
        a.scores.sort_by_key(|s| s.criterion);
    }
}

fn tier(p: &mut Project, from: u32, to: u32) {
    let (from, to) = (TierId(from), TierId(to));
    p.scoring.tiers.tiers.iter_mut().filter(|x| x.id == from).for_each(|x| x.id = to);
    for a in &mut p.accounts {
        a.tier_override.iter_mut().filter(|o| o.tier == from).for_each(|o| o.tier = to);
    }
}

fn unit(a: &mut Account, from: u32, to: u32) {
    let (from, to) = (UnitId(from), UnitId(to));
    a.units.iter_mut().filter(|x| x.id == from).for_each(|x| x.id = to);
    a.units.iter_mut().filter(|x| x.parent == Some(from)).for_each(|x| x.parent = Some(to));
    sort(&mut a.units);
    for c in &mut a.contacts {
        let roles = c.earlier_roles.iter_mut().map(|r| &mut r.unit);
        std::iter::once(&mut c.unit).chain(roles).filter(|u| **u == Some(from)).for_each(|u| *u = Some(to));
    }
    a.plan.penetration.iter_mut().filter(|x| x.unit == from).for_each(|x| x.unit = to);
    a.plan.opportunities.iter_mut().filter(|x| x.unit == from).for_each(|x| x.unit = to);
    for c in &mut a.plan.competitors {
        c.units.iter_mut().filter(|u| **u == from).for_each(|u| *u = to);
    }
}

fn contact(a: &mut Account, from: u32, to: u32) {
    let (from, to) = (ContactId(from), ContactId(to));
    a.contacts.iter_mut().filter(|x| x.id == from).for_each(|x| x.id = to);
    a.contacts.iter_mut().filter(|x| x.successor == Some(from)).for_each(|x| x.successor = Some(to));
    sort(&mut a.contacts);
    person(a, PersonRef::Contact(from), PersonRef::Contact(to));
    a.plan.relationship_goals.iter_mut().filter(|x| x.contact == from).for_each(|x| x.contact = to);
    a.plan.referrals.iter_mut().filter(|x| x.contact == from).for_each(|x| x.contact = to);
}

fn line(a: &mut Account, from: u32, to: u32) {
    a.relationships.iter_mut().filter(|x| x.id == RelationshipId(from)).for_each(|x| x.id = RelationshipId(to));
    sort(&mut a.relationships);
}
