//! Three-way merge by stable ids (`gambit::merge`): what one side changed is
//! taken, additions on both sides are kept, the same field changed twice is a
//! conflict that says how to take the other side.

use gambit::command::{Command, NewIds, apply_to};
use gambit::merge::{merge, resolve_all};
use gambit::model::*;

fn demo() -> Project {
    gambit::demo::demo_project().expect("the demo loads")
}

fn edit(p: &mut Project, cmd: Command) {
    apply_to(p, cmd).expect("the edit applies");
}

fn nordvik(p: &Project) -> &Account {
    &p.accounts[0]
}

fn new_contact(p: &Project, name: &str) -> Contact {
    Contact::new(NewIds::new(p, None).contact(nordvik(p).id), name)
}

#[test]
fn changes_on_different_records_and_fields_all_arrive() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = nordvik(&base).id;
    let mut henrik = nordvik(&base).contacts[0].clone();
    henrik.title = "Chief Executive".into();
    edit(&mut ours, Command::PutContact(a, henrik.clone()));
    let mut henrik_phone = nordvik(&base).contacts[0].clone();
    henrik_phone.phone = "+46 70 000 00 00".into();
    edit(&mut theirs, Command::PutContact(a, henrik_phone));
    let mut plan = nordvik(&base).plan.clone();
    plan.strategy = "Grow frozen foods".into();
    edit(&mut theirs, Command::SetPlan(a, Box::new(plan)));
    let m = merge(&base, &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:#?}", m.conflicts);
    let got = &nordvik(&m.project).contacts[0];
    assert_eq!((got.title.as_str(), got.phone.as_str()), ("Chief Executive", "+46 70 000 00 00"));
    assert_eq!(nordvik(&m.project).plan.strategy, "Grow frozen foods");
}

#[test]
fn two_new_contacts_with_the_same_number_both_stay_with_their_lines() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = nordvik(&base).id;
    let anna = new_contact(&base, "Anna Ny");
    let bo = new_contact(&base, "Bo Nyberg");
    assert_eq!(anna.id, bo.id, "both sides gave out the same number");
    edit(&mut ours, Command::PutContact(a, anna.clone()));
    edit(&mut theirs, Command::PutContact(a, bo.clone()));
    let line_id = NewIds::new(&base, None).line(nordvik(&base).id);
    let from = PersonRef::Member(base.members[0].id);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    edit(
        &mut theirs,
        Command::PutRelationship(a, Relationship::new_line(line_id, from, PersonRef::Contact(bo.id), day)),
    );
    let m = merge(&base, &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:#?}", m.conflicts);
    assert_eq!(m.renumbered.len(), 1, "one of the two moved");
    let acc = nordvik(&m.project);
    let find = |name: &str| acc.contacts.iter().find(|c| c.name == name).expect(name).id;
    let (anna_id, bo_id) = (find("Anna Ny"), find("Bo Nyberg"));
    assert_ne!(anna_id, bo_id);
    let line = acc.relationships.iter().find(|r| r.id == line_id).expect("their line");
    assert_eq!(line.to, PersonRef::Contact(bo_id), "the line follows Bo to his new number");
    assert!(acc.contacts.windows(2).all(|w| w[0].id < w[1].id), "contacts stay sorted by id");
    assert!(m.project.validate().iter().all(|p| p.severity != Severity::Error));
}

#[test]
fn the_same_field_changed_twice_is_a_conflict_that_can_take_theirs() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = nordvik(&base).id;
    let mut o = nordvik(&base).contacts[0].clone();
    o.title = "CEO".into();
    let mut t = o.clone();
    t.title = "Group CEO and chair".into();
    edit(&mut ours, Command::PutContact(a, o));
    edit(&mut theirs, Command::PutContact(a, t));
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!((c.field.as_str(), c.ours.as_str(), c.theirs.as_str()), ("title", "CEO", "Group CEO and chair"));
    assert!(c.place.contains("Henrik Åberg"), "{}", c.place);
    assert_eq!(nordvik(&m.project).contacts[0].title, "CEO", "ours until picked");
    let mut taken = m.project.clone();
    assert!(resolve_all(&mut taken, true).is_empty());
    assert_eq!(nordvik(&taken).contacts[0].title, "Group CEO and chair");
    assert!(taken.conflicts.is_empty());
}

#[test]
fn a_contact_deleted_here_and_connected_there_comes_back_as_a_conflict() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = nordvik(&base).id;
    let gone = nordvik(&base).contacts[5].id;
    edit(&mut ours, Command::DeleteContact(a, gone));
    let line_id = NewIds::new(&base, None).line(nordvik(&base).id);
    let from = PersonRef::Member(base.members[1].id);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    edit(
        &mut theirs,
        Command::PutRelationship(a, Relationship::new_line(line_id, from, PersonRef::Contact(gone), day)),
    );
    let m = merge(&base, &ours, &theirs);
    assert!(nordvik(&m.project).contact(gone).is_some(), "nothing refers to nobody");
    assert!(m.project.validate().iter().all(|p| p.severity != Severity::Error));
    assert!(
        m.conflicts.iter().any(|c| matches!(c.fix, Fix::Delete { record: RecordKey::Contact(_, id) } if id == gone))
    );
    let mut deleted = m.project.clone();
    assert!(resolve_all(&mut deleted, true).is_empty());
    assert!(nordvik(&deleted).contact(gone).is_none());
    assert!(!nordvik(&deleted).relationships.iter().any(|r| r.touches(PersonRef::Contact(gone))), "with their lines");
}

#[test]
fn an_activity_ticked_off_here_and_renamed_there_is_one_activity() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = nordvik(&base).id;
    let mut p = nordvik(&base).plan.clone();
    assert!(!p.activities.is_empty());
    p.activities[0].status = ActivityStatus::Done;
    edit(&mut ours, Command::SetPlan(a, Box::new(p)));
    let mut p = nordvik(&base).plan.clone();
    p.activities[0].title = "Renamed".into();
    edit(&mut theirs, Command::SetPlan(a, Box::new(p)));
    let m = merge(&base, &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:#?}", m.conflicts);
    let acts = &nordvik(&m.project).plan.activities;
    assert_eq!(acts.len(), nordvik(&base).plan.activities.len());
    assert_eq!((acts[0].title.as_str(), acts[0].status), ("Renamed", ActivityStatus::Done));
}
