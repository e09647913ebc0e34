//! A record deleted on one side may still be used by the other side's
//! changes (a contact deleted here, a line to them drawn there). Nothing is
//! dropped silently: the record comes back, and a conflict offers to delete
//! it (with everything that refers to it, as deleting it in the app does).

use super::record::Conflicts;
use crate::model::ids::{HasId, find, upsert};
use crate::model::*;
use std::collections::BTreeSet;

fn bring_back<T: HasId + Clone>(
    list: &mut Vec<T>,
    id: T::Id,
    sides: [&[T]; 3],
    key: RecordKey,
    words: impl Fn(&T) -> String,
    c: &mut Conflicts,
) -> bool {
    let Some(x) = sides.iter().find_map(|s| find(s, id)) else { return false };
    let place = words(x);
    upsert(list, x.clone());
    // Deleted on one side and changed on the other: that conflict becomes
    // this one (kept, or delete), as it reads from the other side too.
    c.0.retain(|x| !matches!(&x.fix, Fix::Restore { record, .. } if *record == key));
    c.0.push(Conflict {
        place,
        field: String::new(),
        ours: "(kept: still used by the other side's changes)".into(),
        theirs: "(deleted)".into(),
        fix: Fix::Delete { record: key },
    });
    true
}

fn account_of(p: &Project, id: AccountId) -> &[Account] {
    p.account(id).map(std::slice::from_ref).unwrap_or(&[])
}

/// Puts back whatever the merged project still refers to.
pub fn repair(p: &mut Project, b: &Project, o: &Project, t: &Project, c: &mut Conflicts) {
    // A record brought back can refer to others (a contact to their unit).
    for _ in 0..4 {
        let mut changed = false;
        for id in used_members(p) {
            if p.member(id).is_none() {
                let sides = [o.members.as_slice(), &t.members, &b.members];
                let words = |m: &Member| format!("team member \"{}\"", m.name);
                changed |= bring_back(&mut p.members, id, sides, RecordKey::Member(id), words, c);
            }
        }
        let products: BTreeSet<ProductId> = p
            .accounts
            .iter()
            .flat_map(|a| {
                a.plan.penetration.iter().map(|x| x.product).chain(a.plan.opportunities.iter().map(|x| x.product))
            })
            .collect();
        for id in products {
            if find(&p.products, id).is_none() {
                let sides = [o.products.as_slice(), &t.products, &b.products];
                let words = |x: &Product| format!("product \"{}\"", x.name);
                changed |= bring_back(&mut p.products, id, sides, RecordKey::Product(id), words, c);
            }
        }
        let criteria: BTreeSet<CriterionId> =
            p.accounts.iter().flat_map(|a| a.scores.iter().map(|s| s.criterion)).collect();
        for id in criteria {
            if find(&p.scoring.criteria, id).is_none() {
                let sides = [o.scoring.criteria.as_slice(), &t.scoring.criteria, &b.scoring.criteria];
                let words = |x: &Criterion| format!("criterion \"{}\"", x.name);
                changed |= bring_back(&mut p.scoring.criteria, id, sides, RecordKey::Criterion(id), words, c);
            }
        }
        let tiers: BTreeSet<TierId> =
            p.accounts.iter().filter_map(|a| a.tier_override.as_ref().map(|o| o.tier)).collect();
        for id in tiers {
            if find(&p.scoring.tiers.tiers, id).is_none() {
                let sides = [o.scoring.tiers.tiers.as_slice(), &t.scoring.tiers.tiers, &b.scoring.tiers.tiers];
                let words = |x: &Tier| format!("tier \"{}\"", x.name);
                let found = sides.iter().find_map(|s| find(s, id)).cloned();
                if let Some(tier) = found {
                    // Tiers keep their own order (best first), not id order.
                    p.scoring.tiers.tiers.push(tier.clone());
                    p.scoring.tiers.tiers.sort_by(|x, y| y.min_score.total_cmp(&x.min_score));
                    c.0.push(Conflict {
                        place: words(&tier),
                        field: String::new(),
                        ours: "(kept: still used by the other side's changes)".into(),
                        theirs: "(deleted)".into(),
                        fix: Fix::Delete { record: RecordKey::Tier(id) },
                    });
                    changed = true;
                }
            }
        }
        for i in 0..p.accounts.len() {
            let aid = p.accounts[i].id;
            let (ba, oa, ta) = (account_of(b, aid), account_of(o, aid), account_of(t, aid));
            changed |= repair_account(&mut p.accounts[i], [oa, ta, ba], c);
        }
        if !changed {
            break;
        }
    }
}

fn used_members(p: &Project) -> BTreeSet<MemberId> {
    let mut used = BTreeSet::new();
    for a in &p.accounts {
        used.extend(a.team.iter().map(|x| x.member));
        for r in &a.relationships {
            for end in [r.from, r.to] {
                if let PersonRef::Member(m) = end {
                    used.insert(m);
                }
            }
        }
        used.extend(a.map.positions.keys().filter_map(|k| if let PersonRef::Member(m) = k { Some(*m) } else { None }));
        used.extend(a.plan.activities.iter().filter_map(|x| x.owner));
        used.extend(a.plan.opportunities.iter().filter_map(|x| x.owner));
    }
    used
}

/// Units and contacts of one account that its merged content still uses.
fn repair_account(a: &mut Account, sides: [&[Account]; 3], c: &mut Conflicts) -> bool {
    let aid = a.id;
    let same: Vec<&Account> = sides.iter().filter_map(|s| s.first()).collect();
    let mut changed = false;
    let mut units: BTreeSet<UnitId> = a.contacts.iter().filter_map(|x| x.unit).collect();
    units.extend(a.units.iter().filter_map(|u| u.parent));
    units.extend(a.plan.penetration.iter().map(|x| x.unit));
    units.extend(a.plan.opportunities.iter().map(|x| x.unit));
    units.extend(a.plan.competitors.iter().flat_map(|x| x.units.iter().copied()));
    let name = a.name.clone();
    for id in units {
        if find(&a.units, id).is_none() {
            let lists: Vec<&[BusinessUnit]> = same.iter().map(|x| x.units.as_slice()).collect();
            let sides = [
                lists.first().copied().unwrap_or(&[]),
                lists.get(1).copied().unwrap_or(&[]),
                lists.get(2).copied().unwrap_or(&[]),
            ];
            let words = |u: &BusinessUnit| format!("account \"{name}\" > business unit \"{}\"", u.name);
            changed |= bring_back(&mut a.units, id, sides, RecordKey::Unit(aid, id), words, c);
        }
    }
    let mut contacts: BTreeSet<ContactId> = BTreeSet::new();
    for r in &a.relationships {
        for end in [r.from, r.to] {
            if let PersonRef::Contact(x) = end {
                contacts.insert(x);
            }
        }
    }
    contacts.extend(a.map.positions.keys().filter_map(|k| if let PersonRef::Contact(x) = k { Some(*x) } else { None }));
    contacts.extend(a.plan.relationship_goals.iter().map(|x| x.contact));
    contacts.extend(a.plan.referrals.iter().map(|x| x.contact));
    for id in contacts {
        if a.contact(id).is_none() {
            let lists: Vec<&[Contact]> = same.iter().map(|x| x.contacts.as_slice()).collect();
            let sides = [
                lists.first().copied().unwrap_or(&[]),
                lists.get(1).copied().unwrap_or(&[]),
                lists.get(2).copied().unwrap_or(&[]),
            ];
            let words = |x: &Contact| format!("account \"{name}\" > contact \"{}\"", x.name);
            changed |= bring_back(&mut a.contacts, id, sides, RecordKey::Contact(aid, id), words, c);
        }
    }
    changed
}
