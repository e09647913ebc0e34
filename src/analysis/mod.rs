//! What the map shows on demand, computed from the model alone: who is on
//! the map, coverage of key people, and warm paths to a contact.

pub mod alerts;
pub mod communities;
pub mod cooling;
pub mod coverage;
pub mod departures;
pub mod health;
pub mod history;
pub mod path;
pub mod penetration;
pub mod ranking;
pub mod replay;
pub mod retention;
pub mod text;

use crate::model::{Account, MemberId, PersonRef, Project};

/// Our people on an account's map: its team plus anyone with a line there,
/// sorted, without people missing from the project.
pub fn team_on_map(project: &Project, account: &Account) -> Vec<MemberId> {
    let mut ids: Vec<MemberId> = account.team.iter().map(|t| t.member).collect();
    for r in &account.relationships {
        for end in [r.from, r.to] {
            if let PersonRef::Member(m) = end {
                ids.push(m);
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids.retain(|m| project.member(*m).is_some());
    ids
}

/// Everyone on the map: contacts first, then our team, in id order.
pub fn people_on_map(project: &Project, account: &Account) -> Vec<PersonRef> {
    account
        .contacts
        .iter()
        .map(|c| PersonRef::Contact(c.id))
        .chain(team_on_map(project, account).into_iter().map(PersonRef::Member))
        .collect()
}

/// The person at the other end of a line from `me`.
pub fn other_end(r: &crate::model::Relationship, me: PersonRef) -> PersonRef {
    if r.from == me { r.to } else { r.from }
}
