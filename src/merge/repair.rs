//! A record deleted on one side may still be used by the other side's
//! changes (a contact deleted here, a line to them drawn there). Nothing is
//! dropped silently: the record comes back, and a conflict offers to delete
//! it (with everything that refers to it, as deleting it in the app does).

use super::in_account;
use super::record::Conflicts;
use crate::i18n::tr;
use crate::model::ids::{HasId, find, upsert};
use crate::model::{Account, BusinessUnit, Conflict, Contact, Criterion, Fix, Project, RecordKey};
use crate::t;
use std::collections::BTreeSet;

/// Records some side has, the merged list lacks, and something still uses
/// (ours' version first, then theirs', then the base's).
fn missing<T: HasId + Clone>(list: &[T], sides: [&[T]; 3], used: impl Fn(T::Id) -> bool) -> Vec<T> {
    let ids: BTreeSet<T::Id> = sides.iter().flat_map(|s| s.iter().map(HasId::id)).collect();
    ids.into_iter()
        .filter(|id| find(list, *id).is_none() && used(*id))
        .filter_map(|id| sides.iter().find_map(|s| find(s, id)).cloned())
        .collect()
}

/// Puts the records back, each with a conflict offering to delete it.
fn put_back<T: HasId + Clone>(
    list: &mut Vec<T>,
    back: Vec<T>,
    key: impl Fn(T::Id) -> RecordKey,
    words: impl Fn(&T) -> String,
    c: &mut Conflicts,
) -> bool {
    let any = !back.is_empty();
    for x in back {
        let key = key(x.id());
        // Deleted on one side and changed on the other: that conflict becomes
        // this one (kept, or delete), as it reads from the other side too.
        c.0.retain(|x| !matches!(&x.fix, Fix::Restore { record, .. } if *record == key));
        c.0.push(Conflict {
            place: words(&x),
            field: String::new(),
            ours: tr("merge-value-kept"),
            theirs: tr("merge-value-deleted"),
            fix: Fix::Delete { record: key },
        });
        upsert(list, x);
    }
    any
}

/// Puts back whatever the merged project still refers to.
pub fn repair(p: &mut Project, b: &Project, o: &Project, t: &Project, c: &mut Conflicts) {
    let used = |p: &Project, f: &dyn Fn(&Account) -> bool| p.accounts.iter().any(f);
    // A record brought back can refer to others (a contact to their unit).
    for _ in 0..4 {
        let mut changed = false;
        let back = missing(&p.members, [&o.members, &t.members, &b.members], |id| used(p, &|a| a.uses_member(id)));
        changed |= put_back(&mut p.members, back, RecordKey::Member, |m| t!("merge-place-member", name = &m.name), c);
        let back = missing(&p.products, [&o.products, &t.products, &b.products], |id| used(p, &|a| a.uses_product(id)));
        changed |=
            put_back(&mut p.products, back, RecordKey::Product, |x| t!("merge-place-product", name = &x.name), c);
        let sides = [&o.scoring.criteria[..], &t.scoring.criteria, &b.scoring.criteria];
        let back = missing(&p.scoring.criteria, sides, |id| used(p, &|a| a.uses_criterion(id)));
        let words = |x: &Criterion| t!("merge-place-criterion", name = &x.name);
        changed |= put_back(&mut p.scoring.criteria, back, RecordKey::Criterion, words, c);
        let sides = [&o.scoring.tiers.tiers[..], &t.scoring.tiers.tiers, &b.scoring.tiers.tiers];
        let back = missing(&p.scoring.tiers.tiers, sides, |id| used(p, &|a| a.uses_tier(id)));
        if put_back(&mut p.scoring.tiers.tiers, back, RecordKey::Tier, |x| t!("merge-place-tier", name = &x.name), c) {
            // Tiers keep their own order (best first), not id order.
            p.scoring.tiers.tiers.sort_by(|x, y| y.min_score.total_cmp(&x.min_score));
            changed = true;
        }
        for a in &mut p.accounts {
            let sides = [o.account(a.id), t.account(a.id), b.account(a.id)];
            changed |= repair_account(a, sides, c);
        }
        if !changed {
            break;
        }
    }
}

/// Units and contacts of one account that its merged content still uses.
fn repair_account(a: &mut Account, sides: [Option<&Account>; 3], c: &mut Conflicts) -> bool {
    let (aid, name) = (a.id, a.name.clone());
    let units = sides.map(|s| s.map_or(&[][..], |x| &x.units));
    let back = missing(&a.units, units, |id| a.uses_unit(id));
    let words = |u: &BusinessUnit| in_account(&name, &t!("merge-place-unit", name = &u.name));
    let mut changed = put_back(&mut a.units, back, |id| RecordKey::Unit(aid, id), words, c);
    let contacts = sides.map(|s| s.map_or(&[][..], |x| &x.contacts));
    let back = missing(&a.contacts, contacts, |id| a.uses_contact(id));
    let words = |x: &Contact| in_account(&name, &t!("merge-place-contact", name = &x.name));
    changed |= put_back(&mut a.contacts, back, |id| RecordKey::Contact(aid, id), words, c);
    changed
}
