//! What the team thinks of the client's people, as opposed to who they
//! are: stance, political status, the evidence for the ratings, notes (on a
//! person or a line) and the stance a relationship goal aims for. Under the
//! GDPR such opinions are personal data of whom they describe. A project
//! shared without them keeps pieces, units, lines and names; the rest is
//! really gone from what is written, not hidden.

use super::{PoliticalStatus, Project, Stance};

/// The project with every opinion taken out: stances unknown, political
/// status outside, evidence and notes empty, relationship goals (each a
/// stance to win) dropped, and review snapshots likewise.
pub fn without_opinions(project: &Project) -> Project {
    let mut p = project.clone();
    for a in &mut p.accounts {
        for c in &mut a.contacts {
            c.stance = Stance::Unknown;
            c.political = PoliticalStatus::Outside;
            c.evidence.clear();
            c.notes.clear();
            c.assessed = None;
        }
        for r in &mut a.relationships {
            r.note.clear();
        }
        a.plan.relationship_goals.clear();
        for review in &mut a.plan.reviews {
            if let Some(kept) = review.snapshot.as_deref_mut() {
                for person in &mut kept.people {
                    person.stance = Stance::Unknown;
                    person.political = PoliticalStatus::Outside;
                }
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_the_team_thinks_is_left() {
        let p = crate::demo::demo_project().expect("demo");
        let bare = without_opinions(&p);
        let contacts = bare.accounts.iter().flat_map(|a| &a.contacts);
        assert!(contacts.clone().all(|c| c.stance == Stance::Unknown && c.evidence.is_empty() && c.notes.is_empty()));
        assert!(bare.accounts.iter().flat_map(|a| &a.relationships).all(|r| r.note.is_empty()));
        assert!(bare.accounts.iter().all(|a| a.plan.relationship_goals.is_empty()));
        // Who they are stays.
        let names = |p: &Project| {
            p.accounts.iter().flat_map(|a| &a.contacts).map(|c| (c.name.clone(), c.piece)).collect::<Vec<_>>()
        };
        assert_eq!(names(&bare), names(&p));
    }
}
