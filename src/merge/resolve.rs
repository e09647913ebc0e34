//! Settling conflicts: keep ours (nothing to do) or take theirs (apply the
//! conflict's fix).

use crate::command::{Command, apply_to};
use crate::i18n::{key_words, tr};
use crate::model::ids::{find_mut, remove, upsert};
use crate::model::{Account, AccountId, Fix, Plan, Project, RecordKey};
use crate::t;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Sets one field of a record from JSON text.
pub(super) fn edit_json<T: Serialize + DeserializeOwned>(t: &mut T, field: &str, value: &str) -> Result<(), String> {
    let mut v = serde_json::to_value(&*t).map_err(|e| e.to_string())?;
    let new: serde_json::Value = serde_json::from_str(value).map_err(|e| format!("{field}: {e}"))?;
    let no_field = || t!("merge-error-no-field", field = key_words(field));
    let m = v.as_object_mut().ok_or_else(no_field)?;
    // A field left out when empty is absent on one side: taking "none"
    // removes it, taking a value adds it (and it must then be one of T's).
    let (known, none) = (m.contains_key(field), new.is_null());
    if none {
        m.remove(field);
    } else {
        m.insert(field.to_owned(), new);
    }
    let next: T = serde_json::from_value(v).map_err(|e| format!("{field}: {e}"))?;
    let taken = serde_json::to_value(&next).map_err(|e| e.to_string())?;
    if !known && !none && taken.get(field).is_none() {
        return Err(no_field());
    }
    *t = next;
    Ok(())
}

fn parse<T: DeserializeOwned>(ron_text: &str) -> Result<T, String> {
    ron::from_str(ron_text).map_err(|e| e.to_string())
}

fn account(p: &mut Project, id: AccountId) -> Result<&mut Account, String> {
    find_mut(&mut p.accounts, id).ok_or_else(|| gone(id))
}

fn gone(what: impl std::fmt::Display) -> String {
    t!("merge-error-gone", what = what.to_string())
}

/// Settles the project's conflicts: `take_theirs[i]` says, for conflict
/// `i`, whether to take the other side's version. Every conflict is
/// settled (the list is emptied); the ones whose fix no longer applies are
/// returned as messages.
pub fn resolve(p: &mut Project, take_theirs: &[bool]) -> Vec<String> {
    let conflicts = std::mem::take(&mut p.conflicts);
    let mut failed = Vec::new();
    // Last first: a fix that puts back a plan entry shifts only the ones after it.
    for (c, _) in conflicts.iter().zip(take_theirs).rev().filter(|(_, theirs)| **theirs) {
        if let Err(e) = apply_fix(p, &c.fix) {
            failed.push(format!("{} {}: {e}", c.place, c.field).trim_end().to_owned());
        }
    }
    failed
}

/// Takes one side for every conflict.
pub fn resolve_all(p: &mut Project, take_theirs: bool) -> Vec<String> {
    let picks = vec![take_theirs; p.conflicts.len()];
    resolve(p, &picks)
}

fn apply_fix(p: &mut Project, fix: &Fix) -> Result<(), String> {
    match fix {
        Fix::Field { record, field, value } => set_field(p, record, field, value),
        Fix::Restore { record, value } => restore(p, record, value),
        Fix::Delete { record } => delete(p, record),
    }
}

fn set_field(p: &mut Project, key: &RecordKey, field: &str, value: &str) -> Result<(), String> {
    use RecordKey as K;
    match key {
        K::Project => {
            let mut f = super::project_fields(p);
            edit_json(&mut f, field, value)?;
            (p.name, p.our_company, p.currency, p.retention_months) =
                (f.name, f.our_company, f.currency, f.retention_months);
            Ok(())
        }
        K::Scoring => {
            let mut f = super::scoring_fields(&p.scoring);
            edit_json(&mut f, field, value)?;
            (p.scoring.tiers.name, p.scoring.max_key_accounts) = (f.scheme, f.max_key_accounts);
            Ok(())
        }
        K::Member(id) => edit_json(find_mut(&mut p.members, *id).ok_or_else(|| gone(id))?, field, value),
        K::Product(id) => edit_json(find_mut(&mut p.products, *id).ok_or_else(|| gone(id))?, field, value),
        K::Criterion(id) => edit_json(find_mut(&mut p.scoring.criteria, *id).ok_or_else(|| gone(id))?, field, value),
        K::Tier(id) => edit_json(find_mut(&mut p.scoring.tiers.tiers, *id).ok_or_else(|| gone(id))?, field, value),
        K::Account(id) => super::account::set_field(account(p, *id)?, field, value),
        K::Plan(id) => super::account::set_plan_text(&mut account(p, *id)?.plan, field, value),
        K::Unit(a, id) => edit_json(find_mut(&mut account(p, *a)?.units, *id).ok_or_else(|| gone(id))?, field, value),
        K::Contact(a, id) => {
            edit_json(find_mut(&mut account(p, *a)?.contacts, *id).ok_or_else(|| gone(id))?, field, value)
        }
        K::Line(a, id) => {
            edit_json(find_mut(&mut account(p, *a)?.relationships, *id).ok_or_else(|| gone(id))?, field, value)
        }
        K::Score(a, id) => {
            let s = account(p, *a)?.scores.iter_mut().find(|s| s.criterion == *id).ok_or_else(|| gone(id))?;
            edit_json(s, field, value)
        }
        K::Team(a, id) => {
            let s = account(p, *a)?.team.iter_mut().find(|s| s.member == *id).ok_or_else(|| gone(id))?;
            edit_json(s, field, value)
        }
        K::Position(a, who) => edit_json(
            account(p, *a)?.map.positions.get_mut(who).ok_or_else(|| gone(tr("merge-error-map-position")))?,
            field,
            value,
        ),
        K::PlanItem(a, list, i) => plan_item(&mut account(p, *a)?.plan, list, *i, Item::Field(field, value)),
    }
}

/// What to do with one entry of a plan list.
#[derive(Clone, Copy)]
enum Item<'a> {
    Field(&'a str, &'a str),
    Restore(&'a str),
    Delete,
}

fn on_list<T: Serialize + DeserializeOwned>(list: &mut Vec<T>, i: usize, what: Item<'_>) -> Result<(), String> {
    match what {
        Item::Field(field, value) => {
            edit_json(list.get_mut(i).ok_or_else(|| gone(tr("merge-error-plan-entry")))?, field, value)
        }
        Item::Restore(text) => {
            list.insert(i.min(list.len()), parse(text)?);
            Ok(())
        }
        Item::Delete => {
            (i < list.len()).then(|| list.remove(i)).ok_or_else(|| gone(tr("merge-error-plan-entry")))?;
            Ok(())
        }
    }
}

fn plan_item(plan: &mut Plan, list: &str, i: usize, what: Item<'_>) -> Result<(), String> {
    match list {
        "economics" => on_list(&mut plan.economics, i, what),
        "agreements" => on_list(&mut plan.agreements, i, what),
        "kpis" => on_list(&mut plan.kpis, i, what),
        "activities" => on_list(&mut plan.activities, i, what),
        "relationship_goals" => on_list(&mut plan.relationship_goals, i, what),
        "competitors" => on_list(&mut plan.competitors, i, what),
        "partners" => on_list(&mut plan.partners, i, what),
        "meetings" => on_list(&mut plan.meetings, i, what),
        "reviews" => on_list(&mut plan.reviews, i, what),
        "referrals" => on_list(&mut plan.referrals, i, what),
        "penetration" => on_list(&mut plan.penetration, i, what),
        "opportunities" => on_list(&mut plan.opportunities, i, what),
        other => Err(format!("a plan has no list called {other}")),
    }
}

fn restore(p: &mut Project, key: &RecordKey, text: &str) -> Result<(), String> {
    use RecordKey as K;
    match key {
        K::Member(_) => drop(upsert(&mut p.members, parse(text)?)),
        K::Product(_) => drop(upsert(&mut p.products, parse(text)?)),
        K::Criterion(_) => drop(upsert(&mut p.scoring.criteria, parse(text)?)),
        K::Tier(_) => {
            p.scoring.tiers.tiers.push(parse(text)?);
            p.scoring.tiers.tiers.sort_by(|x, y| y.min_score.total_cmp(&x.min_score));
        }
        K::Account(_) => drop(upsert(&mut p.accounts, parse(text)?)),
        K::Unit(a, _) => drop(upsert(&mut account(p, *a)?.units, parse(text)?)),
        K::Contact(a, _) => drop(upsert(&mut account(p, *a)?.contacts, parse(text)?)),
        K::Line(a, _) => drop(upsert(&mut account(p, *a)?.relationships, parse(text)?)),
        K::Score(a, crit) => {
            let a = account(p, *a)?;
            a.scores.retain(|s| s.criterion != *crit);
            a.scores.push(parse(text)?);
            a.scores.sort_by_key(|s| s.criterion);
        }
        K::Team(a, m) => {
            let a = account(p, *a)?;
            a.team.retain(|s| s.member != *m);
            a.team.push(parse(text)?);
        }
        K::Position(a, who) => drop(account(p, *a)?.map.positions.insert(*who, parse(text)?)),
        K::PlanItem(a, list, i) => plan_item(&mut account(p, *a)?.plan, list, *i, Item::Restore(text))?,
        K::Project | K::Scoring | K::Plan(_) => return Err(tr("merge-error-cannot-put-back")),
    }
    Ok(())
}

fn delete(p: &mut Project, key: &RecordKey) -> Result<(), String> {
    use RecordKey as K;
    let cmd = match key {
        K::Member(id) => Command::DeleteMember(*id),
        K::Product(id) => Command::DeleteProduct(*id),
        K::Account(id) => Command::DeleteAccount(*id),
        K::Unit(a, id) => Command::DeleteUnit(*a, *id),
        K::Contact(a, id) => Command::DeleteContact(*a, *id),
        K::Line(a, id) => Command::DeleteRelationship(*a, *id),
        K::Score(a, crit) => Command::SetScore(*a, *crit, None),
        K::Position(a, who) => Command::SetPositions(*a, vec![(*who, None)]),
        K::Team(a, m) => {
            account(p, *a)?.team.retain(|s| s.member != *m);
            return Ok(());
        }
        K::Criterion(id) => {
            remove(&mut p.scoring.criteria, *id).ok_or_else(|| gone(id))?;
            p.accounts.iter_mut().for_each(|a| a.scores.retain(|s| s.criterion != *id));
            return Ok(());
        }
        K::Tier(id) => {
            p.scoring.tiers.tiers.retain(|t| t.id != *id);
            for a in &mut p.accounts {
                a.tier_override = a.tier_override.take().filter(|o| o.tier != *id);
            }
            return Ok(());
        }
        K::PlanItem(a, list, i) => return plan_item(&mut account(p, *a)?.plan, list, *i, Item::Delete),
        K::Project | K::Scoring | K::Plan(_) => return Err(tr("merge-error-cannot-delete")),
    };
    apply_to(p, cmd).map_err(|e| e.0)
}
