//! The lines an import draws once every row is in: reports-to lines from
//! a manager column, lines from our people named as contact owners, and
//! the leaving out of any reporting line that would close a cycle.

use super::Builder;
use crate::i18n::tr;
use crate::interchange::clean::match_key;
use crate::model::{ContactId, MemberId, PersonRef, RelKind, Relationship, RelationshipId, TeamAssignment, TeamRole};
use crate::t;
use std::collections::{HashMap, HashSet};

impl Builder<'_> {
    fn new_line(&mut self, from: PersonRef, to: PersonRef, kind: RelKind, note: &str, report: usize) -> RelationshipId {
        let id = RelationshipId(self.next_line.take().unwrap_or(u32::MAX));
        self.acc.relationships.push(Relationship {
            id,
            from,
            to,
            kind,
            strength: Relationship::DEFAULT_STRENGTH,
            last_contact: None,
            note: note.to_owned(),
        });
        self.new_lines.insert(id, report);
        id
    }

    /// The contact a manager cell names: by email, else by a unique name.
    fn manager(&self, text: &str) -> Result<ContactId, Option<String>> {
        let k = match_key(text);
        if let Some(id) = self.by_email.get(&k) {
            return Ok(*id);
        }
        match self.by_name.get(&k).map(Vec::as_slice) {
            Some([one]) => Ok(*one),
            Some(many) if many.len() > 1 => Err(Some(t!("import-manager-ambiguous", count = many.len(), name = text))),
            _ => Err(None),
        }
    }

    pub(super) fn reporting_lines(&mut self) {
        let mut reports: HashMap<ContactId, Vec<(RelationshipId, ContactId)>> = HashMap::new();
        for r in self.acc.relationships.iter().filter(|r| r.kind == RelKind::ReportsTo) {
            if let (PersonRef::Contact(a), PersonRef::Contact(b)) = (r.from, r.to) {
                reports.entry(a).or_default().push((r.id, b));
            }
        }
        let pending = std::mem::take(&mut self.pending);
        for p in pending.iter().filter(|p| !p.manager.is_empty()) {
            let boss = match self.manager(&p.manager) {
                Ok(boss) => boss,
                Err(Some(note)) => {
                    self.report.rows[p.report].notes.push(note);
                    continue;
                }
                Err(None) => {
                    let rows = self.report.unmatched_managers.entry(p.manager.clone()).or_default();
                    rows.push(self.report.rows[p.report].row);
                    continue;
                }
            };
            if boss == p.contact {
                self.report.rows[p.report].notes.push(tr("import-note-own-manager"));
                continue;
            }
            let now = reports.entry(p.contact).or_default();
            if now.iter().any(|(_, b)| *b == boss) {
                continue;
            }
            if !now.is_empty() && !self.options.overwrite {
                let note = t!("import-note-has-manager", manager = &p.manager);
                self.report.rows[p.report].notes.push(note);
                continue;
            }
            let old: HashSet<RelationshipId> = now.drain(..).map(|(id, _)| id).collect();
            self.acc.relationships.retain(|r| !old.contains(&r.id));
            let id = self.new_line(
                PersonRef::Contact(p.contact),
                PersonRef::Contact(boss),
                RelKind::ReportsTo,
                "",
                p.report,
            );
            now.push((id, boss));
            self.report.reporting_lines += 1;
        }
        self.pending = pending;
    }

    fn member_named(&self, text: &str) -> Option<MemberId> {
        let k = match_key(text);
        let members = &self.project.members;
        members
            .iter()
            .find(|m| match_key(&m.name) == k || (!m.email.is_empty() && match_key(&m.email) == k))
            .map(|m| m.id)
    }

    pub(super) fn owner_lines(&mut self) {
        let pair = |a: PersonRef, b: PersonRef| if a < b { (a, b) } else { (b, a) };
        let mut linked: HashSet<(PersonRef, PersonRef)> =
            self.acc.relationships.iter().map(|r| pair(r.from, r.to)).collect();
        let pending = std::mem::take(&mut self.pending);
        for p in pending.iter().filter(|p| !p.owner.is_empty()) {
            let Some(member) = self.member_named(&p.owner) else {
                let rows = self.report.unmatched_owners.entry(p.owner.clone()).or_default();
                rows.push(self.report.rows[p.report].row);
                continue;
            };
            let (ours, theirs) = (PersonRef::Member(member), PersonRef::Contact(p.contact));
            if !linked.insert(pair(ours, theirs)) {
                continue;
            }
            if !self.acc.team.iter().any(|t| t.member == member) {
                self.acc.team.push(TeamAssignment { member, role: TeamRole::Sales });
                let name = self.project.member(member).map_or_else(String::new, |m| m.name.clone());
                self.report.joined_team.push(name);
            }
            self.new_line(ours, theirs, RelKind::Knows, &tr("import-owner-line-note"), p.report);
            self.report.owner_lines += 1;
        }
    }

    /// Leaves out imported reporting lines that would close a reporting
    /// cycle (which validation forbids), saying so on their rows.
    pub(super) fn break_cycles(&mut self) {
        let tangles = crate::model::validate::reporting_cycles(&self.acc);
        if tangles.is_empty() {
            return;
        }
        let mut tangle_of: HashMap<ContactId, usize> = HashMap::new();
        for (i, t) in tangles.iter().enumerate() {
            tangle_of.extend(t.members().map(|c| (c, i)));
        }
        let in_tangle = |r: &Relationship| match (r.from, r.to) {
            (PersonRef::Contact(a), PersonRef::Contact(b)) => {
                r.kind == RelKind::ReportsTo && tangle_of.get(&a).is_some_and(|t| tangle_of.get(&b) == Some(t))
            }
            _ => false,
        };
        let dropped: Vec<(RelationshipId, usize, PersonRef)> = self
            .acc
            .relationships
            .iter()
            .filter(|r| in_tangle(r))
            .filter_map(|r| self.new_lines.get(&r.id).map(|row| (r.id, *row, r.to)))
            .collect();
        for (id, row, to) in &dropped {
            let boss = self.project.person_name(&self.acc, *to);
            self.report.rows[*row].notes.push(t!("import-note-cycle", boss = boss.clone()));
            self.new_lines.remove(id);
        }
        let gone: HashSet<RelationshipId> = dropped.iter().map(|d| d.0).collect();
        self.acc.relationships.retain(|r| !gone.contains(&r.id));
        self.report.reporting_lines -= dropped.len();
    }
}
