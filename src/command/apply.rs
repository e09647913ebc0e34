//! Applying a command to a project and building its inverse.

use super::{AccountInfo, Command, CommandError};
use crate::i18n::tr;
use crate::model::ids::{find_mut, remove, upsert};
use crate::model::{Account, AccountId, PersonRef, Project};
use crate::t;

fn account_mut(p: &mut Project, id: AccountId) -> Result<&mut Account, CommandError> {
    find_mut(&mut p.accounts, id).ok_or_else(|| missing(id))
}

fn missing(what: impl std::fmt::Display) -> CommandError {
    CommandError(t!("command-error-missing", what = what.to_string()))
}

/// Applies `cmd`, returning the command that undoes it. On error the
/// project is unchanged.
#[expect(clippy::too_many_lines, reason = "one arm per command, each short; the match is the list")]
pub(super) fn apply(p: &mut Project, cmd: Command) -> Result<Command, CommandError> {
    use Command as C;
    Ok(match cmd {
        C::SetProjectInfo { name, our_company, currency } => C::SetProjectInfo {
            name: std::mem::replace(&mut p.name, name),
            our_company: std::mem::replace(&mut p.our_company, our_company),
            currency: std::mem::replace(&mut p.currency, currency),
        },
        C::SetRetention(months) => C::SetRetention(std::mem::replace(&mut p.retention_months, months)),
        C::PutMember(m) => {
            let id = m.id;
            let held = holding(p, |a| a.uses_member(id));
            match upsert(&mut p.members, m) {
                Some(old) => C::PutMember(old),
                None => undo_of_new(C::DeleteMember(id), held),
            }
        }
        C::DeleteMember(id) => delete_member(p, id)?,
        C::PutProduct(x) => {
            let id = x.id;
            let held = holding(p, |a| a.uses_product(id));
            match upsert(&mut p.products, x) {
                Some(old) => C::PutProduct(old),
                None => undo_of_new(C::DeleteProduct(id), held),
            }
        }
        C::DeleteProduct(id) => delete_product(p, id)?,
        C::AddAccount(a) => {
            let id = a.id;
            if p.account(id).is_some() {
                return Err(CommandError(t!("command-error-exists", what = id.to_string())));
            }
            upsert(&mut p.accounts, *a);
            C::DeleteAccount(id)
        }
        C::DeleteAccount(id) => C::AddAccount(Box::new(remove(&mut p.accounts, id).ok_or_else(|| missing(id))?)),
        C::ReplaceAccount(a) => {
            let acc = account_mut(p, a.id)?;
            C::ReplaceAccount(Box::new(std::mem::replace(acc, *a)))
        }
        C::SetAccountInfo(id, info) => {
            let a = account_mut(p, id)?;
            let old = AccountInfo::of(a);
            a.name = info.name;
            a.industry = info.industry;
            a.lifecycle = info.lifecycle;
            a.current_revenue = info.current_revenue;
            a.potential_revenue = info.potential_revenue;
            a.rhythm_days = info.rhythm_days;
            C::SetAccountInfo(id, old)
        }
        C::PutUnit(aid, u) => {
            let uid = u.id;
            let a = account_mut(p, aid)?;
            let held = holding_one(a, |a| a.uses_unit(uid));
            match upsert(&mut a.units, u) {
                Some(old) => C::PutUnit(aid, old),
                None => undo_of_new(C::DeleteUnit(aid, uid), held),
            }
        }
        C::DeleteUnit(aid, uid) => delete_unit(account_mut(p, aid)?, uid)?,
        C::PutContact(aid, c) => {
            let cid = c.id;
            let a = account_mut(p, aid)?;
            let held = holding_one(a, |a| a.uses_contact(cid));
            let unit = c.unit;
            match upsert(&mut a.contacts, c) {
                // Moved to another unit: they go to that unit's place, so a
                // position saved for the old one (a pin too) is let go; the
                // undo puts it back with the old unit.
                Some(old) if old.unit != unit => match a.map.positions.remove(&PersonRef::Contact(cid)) {
                    Some(pos) => C::Batch(
                        "undo-edit-contact".into(),
                        vec![C::PutContact(aid, old), C::SetPositions(aid, vec![(PersonRef::Contact(cid), Some(pos))])],
                    ),
                    None => C::PutContact(aid, old),
                },
                Some(old) => C::PutContact(aid, old),
                None => undo_of_new(C::DeleteContact(aid, cid), held),
            }
        }
        C::DeleteContact(aid, cid) => delete_contact(account_mut(p, aid)?, cid)?,
        C::PutRelationship(aid, r) => {
            let rid = r.id;
            match upsert(&mut account_mut(p, aid)?.relationships, r) {
                Some(old) => C::PutRelationship(aid, old),
                None => C::DeleteRelationship(aid, rid),
            }
        }
        C::DeleteRelationship(aid, rid) => {
            let old = remove(&mut account_mut(p, aid)?.relationships, rid).ok_or_else(|| missing(rid))?;
            C::PutRelationship(aid, old)
        }
        C::SetScore(aid, crit, score) => {
            if let Some(s) = score.as_ref().filter(|s| s.criterion != crit) {
                return Err(CommandError(t!(
                    "command-error-score",
                    criterion = s.criterion.to_string(),
                    slot = crit.to_string()
                )));
            }
            let a = account_mut(p, aid)?;
            let old = a.scores.iter().position(|s| s.criterion == crit).map(|i| a.scores.remove(i));
            if let Some(s) = score {
                let pos = a.scores.partition_point(|x| x.criterion < crit);
                a.scores.insert(pos, s);
            }
            C::SetScore(aid, crit, old)
        }
        C::SetTierOverride(aid, o) => {
            let a = account_mut(p, aid)?;
            C::SetTierOverride(aid, std::mem::replace(&mut a.tier_override, o))
        }
        C::RemoveFromAccount(aid, m) => {
            let a = account_mut(p, aid)?;
            let before = a.clone();
            if !remove_member_from(a, m) {
                return Err(CommandError(t!(
                    "command-error-not-on-account",
                    member = m.to_string(),
                    account = aid.to_string()
                )));
            }
            C::ReplaceAccount(Box::new(before))
        }
        C::DeleteFromMap { account, people, lines } => delete_from_map(account_mut(p, account)?, &people, &lines)?,
        C::SetTeam(aid, team) => C::SetTeam(aid, std::mem::replace(&mut account_mut(p, aid)?.team, team)),
        C::SetPlan(aid, plan) => C::SetPlan(aid, Box::new(std::mem::replace(&mut account_mut(p, aid)?.plan, *plan))),
        C::SetScoring(m) => C::SetScoring(std::mem::replace(&mut p.scoring, m)),
        C::SetMapLayout(aid, layout) => {
            C::SetMapLayout(aid, std::mem::replace(&mut account_mut(p, aid)?.map.layout, layout))
        }
        C::SetPositions(aid, changes) => set_positions(account_mut(p, aid)?, aid, changes),
        C::Batch(label, cmds) => apply_batch(p, label, cmds)?,
        C::ReplaceProject(label, project) => C::ReplaceProject(label, Box::new(std::mem::replace(p, *project))),
    })
}

/// The accounts that already refer to an id about to be created (references
/// left dangling, say by an import), as they are now.
fn holding(p: &Project, refers: impl Fn(&Account) -> bool) -> Vec<Account> {
    p.accounts.iter().filter(|a| refers(a)).cloned().collect()
}

fn holding_one(a: &Account, refers: impl Fn(&Account) -> bool) -> Vec<Account> {
    if refers(a) { vec![a.clone()] } else { Vec::new() }
}

/// Undoes adding a record. Deleting it also clears every reference to it,
/// so where references to that id were there before, they are put back.
fn undo_of_new(delete: Command, held: Vec<Account>) -> Command {
    if held.is_empty() {
        return delete;
    }
    let label = delete.label();
    let restore = held.into_iter().map(|a| Command::ReplaceAccount(Box::new(a)));
    Command::Batch(label, std::iter::once(delete).chain(restore).collect())
}

/// Removes a product from the catalogue and from every plan that names it.
fn delete_product(p: &mut Project, id: crate::model::ProductId) -> Result<Command, CommandError> {
    let product = remove(&mut p.products, id).ok_or_else(|| missing(id))?;
    let mut undo = vec![Command::PutProduct(product)];
    for a in p.accounts.iter_mut().filter(|a| a.uses_product(id)) {
        undo.push(Command::ReplaceAccount(Box::new(a.clone())));
        a.plan.penetration.retain(|c| c.product != id);
        a.plan.opportunities.retain(|o| o.product != id);
    }
    Ok(Command::Batch("undo-delete-product".into(), undo))
}

/// Removes a business unit; people, sub-units and plan entries there lose the reference.
fn delete_unit(a: &mut Account, uid: crate::model::UnitId) -> Result<Command, CommandError> {
    let before = a.clone();
    remove(&mut a.units, uid).ok_or_else(|| missing(uid))?;
    for c in &mut a.contacts {
        let roles = c.earlier_roles.iter_mut().map(|r| &mut r.unit);
        std::iter::once(&mut c.unit).chain(roles).filter(|u| **u == Some(uid)).for_each(|u| *u = None);
    }
    a.units.iter_mut().filter(|u| u.parent == Some(uid)).for_each(|u| u.parent = None);
    a.plan.penetration.retain(|c| c.unit != uid);
    a.plan.opportunities.retain(|o| o.unit != uid);
    a.plan.competitors.iter_mut().for_each(|c| c.units.retain(|u| *u != uid));
    Ok(Command::ReplaceAccount(Box::new(before)))
}

/// Removes a contact with their lines, map position and plan entries.
fn delete_contact(a: &mut Account, cid: crate::model::ContactId) -> Result<Command, CommandError> {
    let before = a.clone();
    remove(&mut a.contacts, cid).ok_or_else(|| missing(cid))?;
    a.relationships.retain(|r| !r.touches(PersonRef::Contact(cid)));
    // Whose seat they had taken is vacant again.
    a.contacts.iter_mut().filter(|c| c.successor == Some(cid)).for_each(|c| c.successor = None);
    a.map.positions.remove(&PersonRef::Contact(cid));
    a.plan.relationship_goals.retain(|g| g.contact != cid);
    a.plan.referrals.retain(|r| r.contact != cid);
    Ok(Command::ReplaceAccount(Box::new(before)))
}

/// Takes a member off one account; false when they were not on it at all.
fn remove_member_from(a: &mut Account, m: crate::model::MemberId) -> bool {
    let me = PersonRef::Member(m);
    let (team, lines) = (a.team.len(), a.relationships.len());
    a.team.retain(|t| t.member != m);
    a.relationships.retain(|r| !r.touches(me));
    let placed = a.map.positions.remove(&me).is_some();
    placed || team != a.team.len() || lines != a.relationships.len()
}

/// Deletes a map selection as one step: contacts with their cascade, our
/// people from this account, and lines. Fails when none of it exists.
fn delete_from_map(
    a: &mut Account,
    people: &[PersonRef],
    lines: &[crate::model::RelationshipId],
) -> Result<Command, CommandError> {
    let before = a.clone();
    let mut any = false;
    for id in lines {
        any |= remove(&mut a.relationships, *id).is_some();
    }
    for person in people {
        any |= match *person {
            PersonRef::Contact(c) => delete_contact(a, c).is_ok(),
            PersonRef::Member(m) => remove_member_from(a, m),
        };
    }
    if !any {
        return Err(CommandError(tr("command-error-selection-gone")));
    }
    Ok(Command::ReplaceAccount(Box::new(before)))
}

/// Moves, pins or clears map positions.
fn set_positions(a: &mut Account, aid: AccountId, changes: Vec<(PersonRef, Option<crate::model::MapPos>)>) -> Command {
    let positions = &mut a.map.positions;
    let mut old = Vec::with_capacity(changes.len());
    for (person, pos) in changes {
        let previous = match pos {
            Some(pos) => positions.insert(person, pos),
            None => positions.remove(&person),
        };
        old.push((person, previous));
    }
    // Undo in reverse order, so a person listed twice ends where they started.
    old.reverse();
    Command::SetPositions(aid, old)
}

/// Removes a member with their team seats and relationship lines.
fn delete_member(p: &mut Project, id: crate::model::MemberId) -> Result<Command, CommandError> {
    let member = remove(&mut p.members, id).ok_or_else(|| missing(id))?;
    let mut undo = vec![Command::PutMember(member)];
    let me = PersonRef::Member(id);
    for a in &mut p.accounts {
        if a.uses_member(id) {
            undo.push(Command::ReplaceAccount(Box::new(a.clone())));
            a.team.retain(|t| t.member != id);
            a.relationships.retain(|r| !r.touches(me));
            a.map.positions.remove(&me);
            a.plan.activities.iter_mut().filter(|x| x.owner == Some(id)).for_each(|x| x.owner = None);
            a.plan.opportunities.iter_mut().filter(|x| x.owner == Some(id)).for_each(|x| x.owner = None);
        }
    }
    // Each undo step restores whole values, so their order does not matter.
    Ok(Command::Batch("undo-delete-team-member".into(), undo))
}

/// Applies all or nothing: a failing step puts the project back exactly as
/// it was. (Replaying the inverses is not enough: an inverse can be refused
/// where the project already held a dangling reference the step removed.)
fn apply_batch(p: &mut Project, label: String, cmds: Vec<Command>) -> Result<Command, CommandError> {
    let before = (cmds.len() > 1).then(|| p.clone());
    let mut inverses = Vec::with_capacity(cmds.len());
    for cmd in cmds {
        match apply(p, cmd) {
            Ok(inv) => inverses.push(inv),
            Err(e) => {
                if let Some(before) = before {
                    *p = before;
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Command::Batch(label, inverses))
}
