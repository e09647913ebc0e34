//! Erasing one of the client's people: the person and every trace of them
//! in the account (their lines, map place, the plan's entries about them,
//! what review snapshots kept of them, their name in any text, where it
//! gives way to a mark), leaving a tombstone of their number and the day,
//! never their name.

use super::{Account, ContactId, PersonRef};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who was erased (by number) and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Erased {
    pub id: ContactId,
    pub on: NaiveDate,
}

/// The undo step's name (the app also clears recovery copies on it).
pub const UNDO_LABEL: &str = "undo-erase-person";
/// The undo step's name when everyone past the project's retention goes.
pub const RETENTION_LABEL: &str = "undo-erase-retention";

/// What stands in a text where an erased person's name was.
pub const ERASED_MARK: &str = "[…]";

/// Names shorter than this are not searched for in texts (they would
/// match inside ordinary words).
const SHORTEST_NAME: usize = 3;

/// Erases `id` from `account` on `on`. Returns whether anything held them.
pub fn erase(account: &mut Account, id: ContactId, on: NaiveDate) -> bool {
    let me = PersonRef::Contact(id);
    let name = account.contact(id).map(|c| c.name.clone()).or_else(|| {
        account.plan.reviews.iter().filter_map(|r| r.snapshot.as_deref()?.person(id)).map(|p| p.name.clone()).next()
    });
    let before = account.clone();
    account.contacts.retain(|c| c.id != id);
    account.relationships.retain(|r| !r.touches(me));
    account.map.positions.remove(&me);
    account.plan.relationship_goals.retain(|g| g.contact != id);
    account.plan.referrals.retain(|r| r.contact != id);
    account.contacts.iter_mut().filter(|c| c.successor == Some(id)).for_each(|c| c.successor = None);
    for review in &mut account.plan.reviews {
        if let Some(kept) = review.snapshot.as_deref_mut() {
            kept.people.retain(|p| p.id != id);
            kept.lines.retain(|l| l.from != me && l.to != me);
            kept.uncovered_key.retain(|c| *c != id);
            kept.single_threaded.retain(|c| *c != id);
        }
    }
    if let Some(name) = name.filter(|n| n.trim().chars().count() >= SHORTEST_NAME) {
        scrub_texts(account, name.trim());
    }
    let changed = *account != before;
    if !account.erased.iter().any(|e| e.id == id) {
        account.erased.push(Erased { id, on });
        account.erased.sort();
    }
    changed
}

/// Every text of the account with `name` (in any case) replaced by the mark.
fn scrub_texts(account: &mut Account, name: &str) {
    let Ok(mut value) = serde_json::to_value(&*account) else { return };
    if scrub(&mut value, &name.to_lowercase())
        && let Ok(scrubbed) = serde_json::from_value::<Account>(value)
    {
        *account = scrubbed;
    }
}

fn scrub(v: &mut serde_json::Value, name: &str) -> bool {
    match v {
        serde_json::Value::String(s) => match replaced(s, name) {
            Some(new) => {
                *s = new;
                true
            }
            None => false,
        },
        serde_json::Value::Array(items) => items.iter_mut().fold(false, |any, x| scrub(x, name) | any),
        serde_json::Value::Object(map) => map.values_mut().fold(false, |any, x| scrub(x, name) | any),
        _ => false,
    }
}

/// `text` with each occurrence of `name` (lower case) replaced, when any.
fn replaced(text: &str, name: &str) -> Option<String> {
    let lower = text.to_lowercase();
    // Lower-casing can change lengths; only a text that keeps them is edited in place.
    if lower.len() != text.len() || !lower.contains(name) {
        return lower.contains(name).then(|| lower.replace(name, ERASED_MARK));
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (at, _) in lower.match_indices(name) {
        out.push_str(&text[rest..at]);
        out.push_str(ERASED_MARK);
        rest = at + name.len();
    }
    out.push_str(&text[rest..]);
    Some(out)
}

/// The tombstones of every account of `project`, by account.
pub fn tombstones(project: &super::Project) -> Vec<(super::AccountId, Erased)> {
    project.accounts.iter().flat_map(|a| a.erased.iter().map(move |e| (a.id, *e))).collect()
}

/// Erases again, in `project`, everyone the tombstones name (a copy made
/// before they were erased); returns whether anything changed.
pub fn apply_tombstones(project: &mut super::Project, stones: &[(super::AccountId, Erased)]) -> bool {
    let mut changed = false;
    for (aid, e) in stones {
        if let Some(a) = project.accounts.iter_mut().find(|a| a.id == *aid) {
            changed |= erase(a, e.id, e.on);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_gives_way_to_the_mark_in_any_case() {
        assert_eq!(replaced("Lunch with Annika Berg", "annika berg").as_deref(), Some("Lunch with […]"));
        assert_eq!(replaced("ANNIKA BERG said no", "annika berg").as_deref(), Some("[…] said no"));
        assert_eq!(replaced("Nobody here", "annika berg"), None);
    }
}
