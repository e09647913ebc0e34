//! Coverage: which client people our team reaches, and how well.
//!
//! Rules: a member covers a contact through any relationship line between
//! them except a conflict; its strength is the strongest such line. A key
//! piece (King, Queen, Rook) still at the company is *uncovered* when no
//! member reaches them with strength 3 or more. A contact still at the
//! company is *single-threaded* when exactly one member reaches them. A key
//! person who left with nobody named in their place leaves a *vacant* seat:
//! uncovered too, since nobody sits in it to be reached.

use crate::model::{Account, ContactId, MemberId, PersonRef, RelKind};
use std::collections::BTreeMap;

/// Strength a key person needs from at least one of us.
pub const KEY_COVERAGE_STRENGTH: u8 = 3;

/// How one contact is covered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactCoverage {
    /// Each covering member with their strongest line, strongest first.
    pub members: Vec<(MemberId, u8)>,
}

impl ContactCoverage {
    pub fn best(&self) -> u8 {
        self.members.first().map_or(0, |m| m.1)
    }

    /// How many of us cover them well enough to count (strength 3 or more).
    pub fn strong_count(&self) -> usize {
        self.members.iter().filter(|m| m.1 >= KEY_COVERAGE_STRENGTH).count()
    }
}

/// Coverage of every contact of an account.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub contacts: BTreeMap<ContactId, ContactCoverage>,
    /// Key pieces with no line of strength 3+ from our team.
    pub uncovered_key: Vec<ContactId>,
    /// Contacts reached by only one of our people.
    pub single_threaded: Vec<ContactId>,
    /// Key seats left empty: who left them, nobody named in their place.
    pub vacant_key: Vec<ContactId>,
}

impl Coverage {
    /// A key person nobody covers, or a key seat left vacant.
    pub fn is_uncovered_key(&self, c: ContactId) -> bool {
        self.uncovered_key.contains(&c) || self.vacant_key.contains(&c)
    }

    pub fn is_single_threaded(&self, c: ContactId) -> bool {
        self.single_threaded.contains(&c)
    }

    pub fn is_vacant(&self, c: ContactId) -> bool {
        self.vacant_key.contains(&c)
    }
}

/// Computes coverage for an account.
pub fn coverage(account: &Account) -> Coverage {
    let mut strongest: BTreeMap<ContactId, BTreeMap<MemberId, u8>> = BTreeMap::new();
    for r in account.relationships.iter().filter(|r| r.kind != RelKind::Conflict) {
        let pair = match (r.from, r.to) {
            (PersonRef::Member(m), PersonRef::Contact(c)) | (PersonRef::Contact(c), PersonRef::Member(m)) => (m, c),
            _ => continue,
        };
        let best = strongest.entry(pair.1).or_default().entry(pair.0).or_insert(0);
        *best = (*best).max(r.strength);
    }
    let mut out = Coverage::default();
    for c in &account.contacts {
        let mut members: Vec<(MemberId, u8)> =
            strongest.get(&c.id).map(|m| m.iter().map(|(k, v)| (*k, *v)).collect()).unwrap_or_default();
        members.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let cov = ContactCoverage { members };
        if c.is_vacant() {
            out.vacant_key.push(c.id);
        }
        if !c.has_left {
            if c.piece.is_key() && cov.best() < KEY_COVERAGE_STRENGTH {
                out.uncovered_key.push(c.id);
            }
            if cov.members.len() == 1 {
                out.single_threaded.push(c.id);
            }
        }
        out.contacts.insert(c.id, cov);
    }
    out
}
