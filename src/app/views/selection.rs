//! What is selected on the map: one person (whose details the side panel
//! shows) with others added by Ctrl-click, or one line. Every change goes
//! through these methods, so a person and a line are never selected at once
//! and a cleared selection is cleared everywhere.

use crate::model::{PersonRef, RelationshipId};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    person: Option<PersonRef>,
    also: Vec<PersonRef>,
    line: Option<RelationshipId>,
}

impl Selection {
    /// The person whose details the side panel shows.
    pub fn person(&self) -> Option<PersonRef> {
        self.person
    }

    /// Further people selected with Ctrl or Shift.
    pub fn also(&self) -> &[PersonRef] {
        &self.also
    }

    /// The selected line, if a line is selected.
    pub fn line(&self) -> Option<RelationshipId> {
        self.line
    }

    /// Everyone selected, the main person first.
    pub fn people(&self) -> impl Iterator<Item = PersonRef> + '_ {
        self.person.into_iter().chain(self.also.iter().copied())
    }

    pub fn contains(&self, p: PersonRef) -> bool {
        self.person == Some(p) || self.also.contains(&p)
    }

    pub fn is_empty(&self) -> bool {
        self.person.is_none() && self.line.is_none()
    }

    /// Selects just this person.
    pub fn set_person(&mut self, p: PersonRef) {
        *self = Self { person: Some(p), ..Self::default() };
    }

    /// Selects just this line.
    pub fn set_line(&mut self, l: RelationshipId) {
        *self = Self { line: Some(l), ..Self::default() };
    }

    /// Ctrl-click: adds a person, or takes them out if already selected.
    pub fn toggle(&mut self, p: PersonRef) {
        self.line = None;
        if self.person.is_none() {
            self.person = Some(p);
        } else if self.person == Some(p) {
            self.person = self.also.pop();
        } else if let Some(i) = self.also.iter().position(|x| *x == p) {
            self.also.remove(i);
        } else {
            self.also.push(p);
        }
    }

    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Keeps only what still exists (after undo or delete).
    pub fn retain(&mut self, person: impl Fn(PersonRef) -> bool, line: impl Fn(RelationshipId) -> bool) {
        self.also.retain(|p| person(*p));
        if self.person.is_some_and(|p| !person(p)) {
            self.person = None;
        }
        if self.line.is_some_and(|l| !line(l)) {
            self.line = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContactId, MemberId};

    #[test]
    fn ctrl_click_adds_and_removes_and_a_line_replaces_people() {
        let (a, b) = (PersonRef::Contact(ContactId(1)), PersonRef::Member(MemberId(2)));
        let mut s = Selection::default();
        s.set_person(a);
        s.toggle(b);
        assert_eq!(s.people().collect::<Vec<_>>(), vec![a, b]);
        s.toggle(a);
        assert_eq!(s.person(), Some(b), "the next one becomes the main person");
        s.set_line(RelationshipId(3));
        assert!(s.person().is_none() && s.also().is_empty());
        s.retain(|_| true, |_| false);
        assert!(s.is_empty());
    }
}
