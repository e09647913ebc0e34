//! How strongly each person and line is drawn under what the user is
//! looking at: a warm path lights its people and lines and dims the rest; a
//! selected team member lights whom they know; a selected client person
//! keeps their neighbourhood and dims the rest. Nothing selected: all normal.

use super::Emphasis;
use crate::analysis::path::{WarmPath, contacts_of, neighbourhood};
use crate::analysis::people_on_map;
use crate::model::{Account, PersonRef, Project, RelationshipId};
use std::collections::{BTreeMap, BTreeSet};

/// The emphasis of each person and each line: empty maps when nothing is
/// emphasised (everyone is drawn as normal).
pub struct Emphases {
    pub people: BTreeMap<PersonRef, Emphasis>,
    pub lines: BTreeMap<RelationshipId, Emphasis>,
}

/// The emphasis for a warm path on show, or else for the selected person.
pub fn emphasis(
    project: &Project,
    account: &Account,
    path: Option<&WarmPath>,
    selected: Option<PersonRef>,
) -> Emphases {
    let on_map = || people_on_map(project, account);
    let each_line = |f: &dyn Fn(&crate::model::Relationship) -> Emphasis| {
        account.relationships.iter().map(|r| (r.id, f(r))).collect::<BTreeMap<_, _>>()
    };
    let lit_or_dim = |lit: bool| if lit { Emphasis::Lit } else { Emphasis::Dim };
    let normal_or_dim = |on: bool| if on { Emphasis::Normal } else { Emphasis::Dim };
    if let Some(path) = path {
        return Emphases {
            people: on_map().into_iter().map(|p| (p, lit_or_dim(path.people.contains(&p)))).collect(),
            lines: each_line(&|r| lit_or_dim(path.lines.contains(&r.id))),
        };
    }
    match selected {
        // Who knows whom: a selected team member's contacts are lit, the rest dimmed.
        Some(me @ PersonRef::Member(_)) => {
            let known: BTreeSet<PersonRef> = contacts_of(account, me).into_iter().collect();
            let person = |p: PersonRef| if p == me { Emphasis::Normal } else { lit_or_dim(known.contains(&p)) };
            Emphases {
                people: on_map().into_iter().map(|p| (p, person(p))).collect(),
                lines: each_line(&|r| normal_or_dim(r.touches(me))),
            }
        }
        // Focus: a selected client person's neighbourhood in full, the rest dimmed.
        Some(me @ PersonRef::Contact(_)) => {
            let near = neighbourhood(account, me);
            Emphases {
                people: on_map().into_iter().map(|p| (p, normal_or_dim(near.contains(&p)))).collect(),
                lines: each_line(&|r| normal_or_dim(r.touches(me))),
            }
        }
        None => Emphases { people: BTreeMap::new(), lines: BTreeMap::new() },
    }
}

/// Emphasis under the wall's spotlight: the person, their lines and the
/// people at the other end are lit; everyone else is dimmed. A key piece's
/// lit lines are only those to our people (who of us covers them).
pub fn spotlight(project: &Project, account: &Account, me: PersonRef) -> Emphases {
    let lit_lines: BTreeSet<RelationshipId> = account
        .relationships_of(me)
        .filter(|r| match me {
            PersonRef::Contact(_) => matches!(crate::analysis::other_end(r, me), PersonRef::Member(_)),
            PersonRef::Member(_) => true,
        })
        .map(|r| r.id)
        .collect();
    let lit_people: BTreeSet<PersonRef> = account
        .relationships
        .iter()
        .filter(|r| lit_lines.contains(&r.id))
        .map(|r| crate::analysis::other_end(r, me))
        .collect();
    let lit_or_dim = |lit: bool| if lit { Emphasis::Lit } else { Emphasis::Dim };
    Emphases {
        people: people_on_map(project, account)
            .into_iter()
            .map(|p| (p, lit_or_dim(p == me || lit_people.contains(&p))))
            .collect(),
        lines: account.relationships.iter().map(|r| (r.id, lit_or_dim(lit_lines.contains(&r.id)))).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        AccountId, Contact, ContactId, Member, MemberId, RelKind, Relationship, TeamAssignment, TeamRole,
    };

    /// Ann (ours) knows Bo; Bo reports to Cy; Dee stands apart.
    fn account() -> (Project, Account) {
        let mut p = Project::new("t");
        let ann = Member {
            id: MemberId(1),
            name: "Ann Ek".into(),
            title: String::new(),
            email: String::new(),
            skills: String::new(),
        };
        p.members.push(ann);
        let mut a = Account::new(AccountId(1), "A");
        for (i, name) in [(1, "Bo"), (2, "Cy"), (3, "Dee")] {
            a.contacts.push(Contact::new(ContactId(i), name));
        }
        a.team.push(TeamAssignment { member: MemberId(1), role: TeamRole::Sales });
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        a.relationships.push(Relationship::new_line(RelationshipId(1), ANN, BO, day));
        let mut reports = Relationship::new_line(RelationshipId(2), BO, CY, day);
        reports.kind = RelKind::ReportsTo;
        a.relationships.push(reports);
        (p, a)
    }

    const ANN: PersonRef = PersonRef::Member(MemberId(1));
    const BO: PersonRef = PersonRef::Contact(ContactId(1));
    const CY: PersonRef = PersonRef::Contact(ContactId(2));
    const DEE: PersonRef = PersonRef::Contact(ContactId(3));

    #[test]
    fn nothing_selected_draws_everyone_as_normal() {
        let (p, a) = account();
        let e = emphasis(&p, &a, None, None);
        assert!(e.people.is_empty() && e.lines.is_empty(), "no emphasis without a selection or path");
    }

    #[test]
    fn a_selected_team_member_lights_whom_they_know() {
        let (p, a) = account();
        let e = emphasis(&p, &a, None, Some(ANN));
        assert_eq!(e.people[&ANN], Emphasis::Normal, "the member themself");
        assert_eq!(e.people[&BO], Emphasis::Lit, "Ann knows Bo");
        assert_eq!(e.people[&CY], Emphasis::Dim, "Ann does not know Cy");
        assert_eq!(e.people[&DEE], Emphasis::Dim);
        assert_eq!(e.lines[&RelationshipId(1)], Emphasis::Normal, "Ann's own line");
        assert_eq!(e.lines[&RelationshipId(2)], Emphasis::Dim, "a line Ann is not on");
    }

    #[test]
    fn a_selected_client_person_keeps_their_neighbourhood() {
        let (p, a) = account();
        let e = emphasis(&p, &a, None, Some(BO));
        for near in [ANN, BO, CY] {
            assert_eq!(e.people[&near], Emphasis::Normal, "{near:?} is next to Bo");
        }
        assert_eq!(e.people[&DEE], Emphasis::Dim, "Dee is not");
        assert!(e.lines.values().all(|l| *l == Emphasis::Normal), "both lines touch Bo");
    }

    #[test]
    fn the_spotlight_on_a_client_person_lights_who_of_us_covers_them() {
        let (p, a) = account();
        let e = spotlight(&p, &a, BO);
        assert_eq!(e.people[&BO], Emphasis::Lit, "the person in the spotlight");
        assert_eq!(e.people[&ANN], Emphasis::Lit, "Ann covers Bo");
        assert_eq!(e.people[&CY], Emphasis::Dim, "Cy is Bo's colleague, not ours");
        assert_eq!(e.lines[&RelationshipId(1)], Emphasis::Lit);
        assert_eq!(e.lines[&RelationshipId(2)], Emphasis::Dim, "a line inside the client stays dim");
    }

    #[test]
    fn a_warm_path_wins_over_the_selection() {
        let (p, a) = account();
        let path = WarmPath { people: vec![ANN, BO, CY], lines: vec![RelationshipId(1), RelationshipId(2)], cost: 2 };
        let e = emphasis(&p, &a, Some(&path), Some(DEE));
        for on in [ANN, BO, CY] {
            assert_eq!(e.people[&on], Emphasis::Lit, "{on:?} is on the path");
        }
        assert_eq!(e.people[&DEE], Emphasis::Dim, "the selection does not count while a path shows");
        assert!(e.lines.values().all(|l| *l == Emphasis::Lit), "both lines are the path");
    }
}
