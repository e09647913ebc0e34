//! An undo step's name says what happened and to whom ("Connect Erik
//! Sandberg and Henrik Åberg"), read off the project before the change.

use super::Command;
use crate::i18n::label_with;
use crate::model::{Account, PersonRef, Project};

impl Command {
    /// The undo step's label for this command applied to `project`: the
    /// command's own label, with the people it touches named where it
    /// touches people (see `i18n::label` for how it is read).
    pub fn describe(&self, project: &Project) -> String {
        self.named(project).unwrap_or_else(|| self.label())
    }

    fn named(&self, project: &Project) -> Option<String> {
        let account = |id| project.account(id);
        let name = |a: &Account, p: PersonRef| project.person_name(a, p);
        match self {
            Self::PutRelationship(a, line) => {
                let acc = account(*a)?;
                let (from, to) = (name(acc, line.from), name(acc, line.to));
                let id = if acc.relationship(line.id).is_some() { "undo-edit-line" } else { "undo-connect" };
                Some(label_with(id, &[("from", &from), ("to", &to)]))
            }
            Self::DeleteRelationship(a, id) => {
                let acc = account(*a)?;
                let line = acc.relationship(*id)?;
                let (from, to) = (name(acc, line.from), name(acc, line.to));
                Some(label_with("undo-delete-line", &[("from", &from), ("to", &to)]))
            }
            Self::PutContact(a, c) => {
                let acc = account(*a)?;
                let id = if acc.contact(c.id).is_some() { "undo-edit-person" } else { "undo-add-person" };
                Some(label_with(id, &[("name", &c.name)]))
            }
            Self::DeleteContact(a, id) => {
                let acc = account(*a)?;
                Some(label_with("undo-delete-person", &[("name", &acc.contact(*id)?.name)]))
            }
            Self::DeleteFromMap { account: a, people, lines } if lines.is_empty() && people.len() == 1 => {
                let acc = account(*a)?;
                let id = match people[0] {
                    PersonRef::Contact(_) => "undo-delete-person",
                    PersonRef::Member(_) => "undo-take-off-account",
                };
                Some(label_with(id, &[("name", &name(acc, people[0]))]))
            }
            Self::PutMember(m) => {
                let id = if project.member(m.id).is_some() { "undo-edit-person" } else { "undo-add-person" };
                Some(label_with(id, &[("name", &m.name)]))
            }
            _ => None,
        }
    }
}
