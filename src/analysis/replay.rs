//! The map as it stood at a point in the account's history, and what moved
//! since the point before: who joined, who left (kept as a ghost where they
//! stood), whose stance got better or worse, which lines were gained and
//! which lost (kept, to be drawn dashed). The timeline replays these over
//! the review points with everyone where the whole history puts them.

use super::history::warmth;
use crate::model::snapshot::{LineThen, PersonThen, Snapshot};
use crate::model::{Account, Contact, ContactId, PersonRef, Relationship, RelationshipId};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What happened to a person since the point before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonChange {
    Joined,
    /// Left the client or was taken off the map: drawn as a ghost.
    Gone,
    StanceBetter,
    StanceWorse,
}

/// What happened to a line since the point before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineChange {
    Gained,
    /// Drawn dashed and faded where it was.
    Lost,
}

/// One step of the replay: the account as it stood, with what changed
/// since the point before marked.
#[derive(Clone, Debug)]
pub struct Replay {
    /// The people and lines then; ghosts and lost lines included.
    pub account: Account,
    pub people: BTreeMap<PersonRef, PersonChange>,
    pub lines: BTreeMap<RelationshipId, LineChange>,
}

/// Today's account looked up by id (a 1,000-person account with 20,000
/// lines is replayed in milliseconds, not by scanning lists).
struct Now<'a> {
    account: &'a Account,
    contacts: HashMap<ContactId, &'a Contact>,
    notes: HashMap<RelationshipId, &'a str>,
}

impl<'a> Now<'a> {
    fn new(account: &'a Account) -> Self {
        Self {
            account,
            contacts: account.contacts.iter().map(|c| (c.id, c)).collect(),
            notes: account
                .relationships
                .iter()
                .filter(|r| !r.note.is_empty())
                .map(|r| (r.id, r.note.as_str()))
                .collect(),
        }
    }
}

fn contact_then(now: &Now<'_>, p: &PersonThen) -> Contact {
    let mut c = now.contacts.get(&p.id).map(|c| (*c).clone()).unwrap_or_else(|| Contact::new(p.id, p.name.as_str()));
    let now = now.account;
    c.name.clone_from(&p.name);
    c.title.clone_from(&p.title);
    // Units are kept by name: a unit renamed since is found no more.
    let same_unit = c.unit.and_then(|u| now.unit(u)).is_some_and(|u| u.name == p.unit);
    if !same_unit {
        c.unit = now.units.iter().find(|u| !p.unit.is_empty() && u.name == p.unit).map(|u| u.id);
    }
    c.level = p.level;
    c.piece = p.piece;
    c.stance = p.stance;
    c.influence = p.influence;
    c.political = p.political;
    c.has_left = p.has_left;
    c.left_on = p.left_on;
    c.successor = p.successor;
    c
}

fn line_then(now: &Now<'_>, l: &LineThen) -> Relationship {
    let note = now.notes.get(&l.id).map(|n| (*n).to_owned()).unwrap_or_default();
    Relationship {
        id: l.id,
        from: l.from,
        to: l.to,
        kind: l.kind,
        strength: l.strength,
        last_contact: l.last_contact,
        note,
    }
}

/// The account as `snapshot` keeps it: its people and lines then, everything
/// else (units, plan, pins, team seats) as it is `now`.
pub fn account_then(now: &Account, snapshot: &Snapshot) -> Account {
    then(&Now::new(now), snapshot)
}

fn then(now: &Now<'_>, snapshot: &Snapshot) -> Account {
    let mut a = Account { contacts: Vec::new(), relationships: Vec::new(), ..now.account.clone() };
    a.contacts = snapshot.people.iter().map(|p| contact_then(now, p)).collect();
    a.relationships = snapshot.lines.iter().map(|l| line_then(now, l)).collect();
    a
}

/// Everyone and every line that stands at any of `points` or now, each as
/// last seen: what the timeline lays out once, so nobody moves between steps.
pub fn union(now: &Account, points: &[&Snapshot]) -> Account {
    let mut a = now.clone();
    let now = Now::new(now);
    let mut people: BTreeSet<ContactId> = a.contacts.iter().map(|c| c.id).collect();
    let mut lines: BTreeSet<RelationshipId> = a.relationships.iter().map(|r| r.id).collect();
    for s in points.iter().rev() {
        for p in &s.people {
            if people.insert(p.id) {
                a.contacts.push(contact_then(&now, p));
            }
        }
        for l in &s.lines {
            if lines.insert(l.id) {
                a.relationships.push(line_then(&now, l));
            }
        }
    }
    a
}

/// The map at `after`, with what changed since `before` marked (`before`
/// none: the first point, nothing marked).
pub fn replay(now: &Account, before: Option<&Snapshot>, after: &Snapshot) -> Replay {
    let now = &Now::new(now);
    let mut account = then(now, after);
    let Some(before) = before else {
        return Replay { account, people: BTreeMap::new(), lines: BTreeMap::new() };
    };
    let old: BTreeMap<ContactId, &PersonThen> = before.people.iter().map(|p| (p.id, p)).collect();
    let mut people = BTreeMap::new();
    for p in &after.people {
        let change = match old.get(&p.id).filter(|o| !o.has_left) {
            None if !p.has_left => Some(PersonChange::Joined),
            None => None,
            Some(_) if p.has_left => Some(PersonChange::Gone),
            Some(o) => match warmth(o.stance).zip(warmth(p.stance)) {
                Some((x, y)) if y > x => Some(PersonChange::StanceBetter),
                Some((x, y)) if y < x => Some(PersonChange::StanceWorse),
                _ => None,
            },
        };
        if let Some(c) = change {
            people.insert(PersonRef::Contact(p.id), c);
        }
    }
    // Taken off the map since: a ghost where they stood.
    let then: BTreeSet<ContactId> = after.people.iter().map(|p| p.id).collect();
    for o in before.people.iter().filter(|o| !o.has_left && !then.contains(&o.id)) {
        let mut ghost = contact_then(now, o);
        ghost.has_left = true;
        account.contacts.push(ghost);
        people.insert(PersonRef::Contact(o.id), PersonChange::Gone);
    }
    let was: BTreeSet<RelationshipId> = before.lines.iter().map(|l| l.id).collect();
    let mut lines: BTreeMap<RelationshipId, LineChange> =
        after.lines.iter().filter(|l| !was.contains(&l.id)).map(|l| (l.id, LineChange::Gained)).collect();
    let is: BTreeSet<RelationshipId> = after.lines.iter().map(|l| l.id).collect();
    for l in before.lines.iter().filter(|l| !is.contains(&l.id)) {
        account.relationships.push(line_then(now, l));
        lines.insert(l.id, LineChange::Lost);
    }
    Replay { account, people, lines }
}
