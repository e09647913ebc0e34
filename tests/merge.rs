//! Three-way merge by stable ids (`gambit::merge`): what one side changed is
//! taken, additions on both sides are kept, the same field changed twice is a
//! conflict that says how to take the other side.

mod common;

use common::Rng;
use gambit::command::{Command, apply_to};
use gambit::merge::{merge, resolve_all};
use gambit::model::ids::next_id;
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
    Contact::new(next_id(&nordvik(p).contacts), name)
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
    let line_id = next_id(&nordvik(&base).relationships);
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
    let line_id = next_id(&nordvik(&base).relationships);
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

/// One random edit of a project, of any kind of record.
fn random_edit(r: &mut Rng, p: &mut Project, side: &str) {
    let Some(a) = p.accounts.first().map(|a| a.id) else {
        p.name = format!("{} {side}", p.name);
        return;
    };
    let acc = p.account(a).expect("account").clone();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1 + r.below(28) as u32).expect("date");
    let cmd = match r.below(12) {
        0 => Command::PutContact(a, Contact::new(next_id(&acc.contacts), format!("{side} {}", r.below(1000)))),
        1 if !acc.contacts.is_empty() => {
            let mut c = acc.contacts[r.below(acc.contacts.len() as u64) as usize].clone();
            c.title = format!("{side} title {}", r.below(5));
            Command::PutContact(a, c)
        }
        2 if !acc.contacts.is_empty() => {
            Command::DeleteContact(a, acc.contacts[r.below(acc.contacts.len() as u64) as usize].id)
        }
        3 if !acc.contacts.is_empty() && !p.members.is_empty() => {
            let to = PersonRef::Contact(acc.contacts[r.below(acc.contacts.len() as u64) as usize].id);
            let from = PersonRef::Member(p.members[r.below(p.members.len() as u64) as usize].id);
            Command::PutRelationship(a, Relationship::new_line(next_id(&acc.relationships), from, to, day))
        }
        4 if !acc.relationships.is_empty() => {
            Command::DeleteRelationship(a, acc.relationships[r.below(acc.relationships.len() as u64) as usize].id)
        }
        5 => {
            let mut plan = acc.plan.clone();
            plan.strategy = format!("{side} strategy {}", r.below(3));
            plan.activities.push(Activity {
                title: format!("{side} call"),
                owner: None,
                due: Some(day),
                status: ActivityStatus::Planned,
            });
            Command::SetPlan(a, Box::new(plan))
        }
        6 => Command::PutMember(Member {
            id: next_id(&p.members),
            name: format!("{side} member"),
            title: String::new(),
            email: String::new(),
            skills: String::new(),
        }),
        7 if !p.members.is_empty() => {
            let mut m = p.members[r.below(p.members.len() as u64) as usize].clone();
            m.title = format!("{side} {}", r.below(4));
            Command::PutMember(m)
        }
        8 => {
            let crit = CriterionId(r.range(1, 6));
            Command::SetScore(
                a,
                crit,
                Some(CriterionScore { criterion: crit, value: r.range(1, 5) as u8, evidence: side.into() }),
            )
        }
        9 => {
            let mut info = gambit::command::AccountInfo::of(&acc);
            info.industry = format!("{side} industry {}", r.below(3));
            Command::SetAccountInfo(a, info)
        }
        10 if !acc.units.is_empty() => {
            let mut u = acc.units[r.below(acc.units.len() as u64) as usize].clone();
            u.location = format!("{side} town");
            Command::PutUnit(a, u)
        }
        _ => Command::SetPositions(
            a,
            vec![(PersonRef::Member(MemberId(1)), Some(MapPos { x: r.below(500) as f32, y: 0.0, pinned: true }))],
        ),
    };
    let _ = apply_to(p, cmd);
}

fn errors(p: &Project) -> usize {
    p.validate().iter().filter(|x| x.severity == Severity::Error).count()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

    /// Random edits on two sides: the merge keeps every edit the other side
    /// did not touch, stays sound, and is the same whichever side is ours.
    #[test]
    fn merging_random_edits_keeps_them_all(seed in 0u64..u64::MAX, n in 1usize..8, m in 1usize..8, salt in 0u64..u64::MAX) {
        let base = common::project(seed);
        let mut r = Rng::new(salt);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for _ in 0..n { random_edit(&mut r, &mut ours, "ours"); }
        for _ in 0..m { random_edit(&mut r, &mut theirs, "theirs"); }
        let merged = merge(&base, &ours, &theirs);
        let swapped = merge(&base, &theirs, &ours);
        if errors(&base) + errors(&ours) + errors(&theirs) == 0 {
            proptest::prop_assert_eq!(errors(&merged.project), 0, "{:#?}", merged.project.validate());
        }
        // The same fields in conflict either way round (a record deleted on one
        // side and changed on the other is kept or not as ours says, and what
        // it refers to follows); with no conflict, the very same project.
        let fields = |m: &gambit::merge::Merged| {
            let mut v: Vec<(RecordKey, String)> = m
                .conflicts
                .iter()
                .filter_map(|c| match &c.fix {
                    Fix::Field { record, field, .. } => Some((record.clone(), field.clone())),
                    _ => None,
                })
                .collect();
            v.sort();
            v
        };
        proptest::prop_assert_eq!(fields(&merged), fields(&swapped));
        proptest::prop_assert_eq!(merged.conflicts.is_empty(), swapped.conflicts.is_empty());
        if merged.conflicts.is_empty() {
            proptest::prop_assert_eq!(&merged.project, &swapped.project);
        }
        // Every record one side changed and the other left alone is there as changed.
        if merged.renumbered.is_empty() {
            for (mine, other) in [(&ours, &theirs), (&theirs, &ours)] {
                for m in &mine.members {
                    let untouched = other.member(m.id) == base.member(m.id);
                    let conflicted = merged.conflicts.iter().any(|x| x.place.contains(&format!("team member \"{}\"", m.name)));
                    if untouched && !conflicted {
                        proptest::prop_assert_eq!(merged.project.member(m.id), Some(m), "the edit of {} kept", m.id);
                    }
                }
                for a in &mine.accounts {
                    let (Some(ba), Some(oa)) = (base.account(a.id), other.account(a.id)) else { continue };
                    // The account's own fields and the plan's texts: one side's change arrives.
                    let got = merged.project.account(a.id).expect("an account both sides kept stays");
                    if oa.industry == ba.industry {
                        proptest::prop_assert_eq!(&got.industry, &a.industry);
                    }
                    if oa.plan.strategy == ba.plan.strategy {
                        proptest::prop_assert_eq!(&got.plan.strategy, &a.plan.strategy);
                    }
                    for s in &a.scores {
                        let untouched = oa.scores.iter().find(|x| x.criterion == s.criterion) == ba.scores.iter().find(|x| x.criterion == s.criterion);
                        if untouched {
                            proptest::prop_assert!(got.scores.contains(s), "score for {} kept", s.criterion);
                        }
                    }
                    for c in &a.contacts {
                        let untouched = oa.contact(c.id) == ba.contact(c.id);
                        let conflicted = merged.conflicts.iter().any(|x| x.place.contains(&format!("contact \"{}\"", c.name)));
                        if untouched && !conflicted {
                            let got = merged.project.account(a.id).and_then(|x| x.contact(c.id));
                            proptest::prop_assert_eq!(got, Some(c), "{}'s edit of {} kept", if std::ptr::eq(mine, &ours) { "ours" } else { "theirs" }, c.id);
                        }
                    }
                }
            }
        }
    }
}
