//! The three-way merge against an oracle of its own: every field of every
//! record (project, scoring, members, products, criteria, tiers, accounts,
//! plan texts, units, contacts, lines, scores, team seats, map positions)
//! and every plan list, on generated projects edited at random on two sides.
//!
//! The oracle: where one side changed (or added, or deleted) something the
//! other side left as in the base, the merge holds that side's version,
//! unless a conflict names it. Where both sides hold the same, the merge
//! holds it too. Records both sides added under the same id are renumbered
//! first (`merge::renumber`, checked here on its own), and the oracle reads
//! the sides as renumbered, so such cases are checked, not skipped.

mod common;

use common::Rng;
use gambit::command::{Command, NewIds, apply_to};
use gambit::merge::renumber::renumber;
use gambit::merge::{Merged, merge};
use gambit::model::{
    Activity, ActivityStatus, BusinessUnit, Conflict, Contact, CriterionId, CriterionScore, Fix, MapPos, Member,
    PersonRef, Project, RecordKey, Relationship, RelationshipGoal, Severity, Stance, TeamAssignment, TeamRole,
    UnitKind,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// One field of one record.
type Item = (RecordKey, String);

/// Every field of `record` under `key`.
fn fields<T: Serialize>(out: &mut BTreeMap<Item, String>, key: &RecordKey, record: &T, skip: &[&str]) {
    let map = match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        other => panic!("{key:?} serialises as an object: {other:?}"),
    };
    for (field, value) in map {
        if !skip.contains(&field.as_str()) {
            out.insert((key.clone(), field), value.to_string());
        }
    }
}

/// The project as fields of records, each under the key a conflict names it by.
fn flatten(p: &Project) -> BTreeMap<Item, String> {
    let mut out = BTreeMap::new();
    let f = &mut out;
    for (field, value) in [("name", &p.name), ("our_company", &p.our_company), ("currency", &p.currency)] {
        f.insert((RecordKey::Project, field.to_owned()), value.clone());
    }
    f.insert((RecordKey::Scoring, "tiers.name".into()), p.scoring.tiers.name.clone());
    f.insert((RecordKey::Scoring, "max_key_accounts".into()), p.scoring.max_key_accounts.to_string());
    p.members.iter().for_each(|m| fields(f, &RecordKey::Member(m.id), m, &[]));
    p.products.iter().for_each(|x| fields(f, &RecordKey::Product(x.id), x, &[]));
    p.scoring.criteria.iter().for_each(|x| fields(f, &RecordKey::Criterion(x.id), x, &[]));
    p.scoring.tiers.tiers.iter().for_each(|x| fields(f, &RecordKey::Tier(x.id), x, &[]));
    for a in &p.accounts {
        let lists = ["units", "contacts", "relationships", "scores", "team", "plan", "map"];
        let mut own = a.clone();
        own.map.positions.clear(); // keyed by person: not a JSON object
        fields(f, &RecordKey::Account(a.id), &own, &lists);
        f.insert((RecordKey::Account(a.id), "layout".into()), format!("{:?}", a.map.layout));
        let Ok(Value::Object(plan)) = serde_json::to_value(&a.plan) else { panic!("the plan is an object") };
        for (field, value) in plan.iter().filter(|(_, v)| !v.is_array()) {
            f.insert((RecordKey::Plan(a.id), field.clone()), value.to_string());
        }
        a.units.iter().for_each(|x| fields(f, &RecordKey::Unit(a.id, x.id), x, &[]));
        a.contacts.iter().for_each(|x| fields(f, &RecordKey::Contact(a.id, x.id), x, &[]));
        a.relationships.iter().for_each(|x| fields(f, &RecordKey::Line(a.id, x.id), x, &[]));
        a.scores.iter().for_each(|x| fields(f, &RecordKey::Score(a.id, x.criterion), x, &[]));
        a.team.iter().for_each(|x| fields(f, &RecordKey::Team(a.id, x.member), x, &[]));
        a.map.positions.iter().for_each(|(who, x)| fields(f, &RecordKey::Position(a.id, *who), x, &[]));
    }
    out
}

/// Each account's plan lists, by the list's name.
fn plan_lists(p: &Project) -> BTreeMap<(u32, String), Vec<Value>> {
    let mut out = BTreeMap::new();
    for a in &p.accounts {
        let Ok(Value::Object(plan)) = serde_json::to_value(&a.plan) else { panic!("the plan is an object") };
        for (name, value) in plan {
            if let Value::Array(items) = value {
                out.insert((a.id.0, name), items);
            }
        }
    }
    out
}

/// The account a record key belongs to.
fn account_of(key: &RecordKey) -> Option<u32> {
    match key {
        RecordKey::Account(a)
        | RecordKey::Plan(a)
        | RecordKey::Unit(a, _)
        | RecordKey::Contact(a, _)
        | RecordKey::Line(a, _)
        | RecordKey::Score(a, _)
        | RecordKey::Team(a, _)
        | RecordKey::Position(a, _)
        | RecordKey::PlanItem(a, _, _) => Some(a.0),
        _ => None,
    }
}

/// Whether a conflict names this field: its own field, or its whole record
/// (a record deleted on one side and changed on the other, or put back),
/// or its whole account.
fn conflicted(conflicts: &[Conflict], (key, field): &Item) -> bool {
    conflicts.iter().any(|c| match &c.fix {
        Fix::Field { record, field: f, .. } => record == key && (f == field || f.is_empty()),
        Fix::Restore { record, .. } | Fix::Delete { record } => {
            record == key || matches!(record, RecordKey::Account(a) if account_of(key) == Some(a.0))
        }
    })
}

fn list_conflicted(conflicts: &[Conflict], (account, list): &(u32, String)) -> bool {
    conflicts.iter().any(|c| {
        let record = match &c.fix {
            Fix::Field { record, .. } | Fix::Restore { record, .. } | Fix::Delete { record } => record,
        };
        matches!(record, RecordKey::PlanItem(a, l, _) if a.0 == *account && l == list)
            || matches!(record, RecordKey::Account(a) if a.0 == *account)
    })
}

/// What the oracle finds wrong with a merge of `ours` and `theirs` (as
/// renumbered) from `base`.
fn wrong(base: &Project, ours: &Project, theirs: &Project, merged: &Merged) -> Vec<String> {
    let (b, o, t, m) = (flatten(base), flatten(ours), flatten(theirs), flatten(&merged.project));
    let mut out = Vec::new();
    let keys: BTreeSet<&Item> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    for k in keys {
        let (bv, ov, tv, mv) = (b.get(k), o.get(k), t.get(k), m.get(k));
        let expected = if ov == tv || tv == bv {
            ov
        } else if ov == bv {
            tv
        } else {
            continue; // changed on both sides: the conflict's business
        };
        if mv != expected && !conflicted(&merged.conflicts, k) {
            out.push(format!("{k:?}: base {bv:?}, ours {ov:?}, theirs {tv:?}, merged {mv:?}"));
        }
    }
    let (b, o, t, m) = (plan_lists(base), plan_lists(ours), plan_lists(theirs), plan_lists(&merged.project));
    let keys: BTreeSet<&(u32, String)> = o.keys().chain(t.keys()).collect();
    for k in keys {
        if list_conflicted(&merged.conflicts, k) || !m.contains_key(k) {
            continue;
        }
        let (bv, ov, tv, mv) = (b.get(k), o.get(k), t.get(k), &m[k]);
        for (mine, other) in [(ov, tv), (tv, ov)] {
            let Some(mine) = mine else { continue };
            if other == bv && mine != mv {
                out.push(format!("plan list {k:?}: one side's {mine:?} was not taken, merged {mv:?}"));
            }
            // Every entry a side added or changed is there, field by field: a
            // field may hold the other side's change of the same entry instead.
            let other_holds =
                |field: &str, value: &Value| other.is_some_and(|o| o.iter().any(|x| x.get(field) == Some(value)));
            let kept = |e: &Value| {
                mv.iter().any(|m| {
                    e.as_object().is_some_and(|fields| {
                        fields.iter().all(|(f, v)| m.get(f) == Some(v) || m.get(f).is_some_and(|mf| other_holds(f, mf)))
                    })
                })
            };
            for entry in mine.iter().filter(|e| bv.is_none_or(|b| !b.contains(e))) {
                if !kept(entry) {
                    out.push(format!("plan list {k:?}: {entry} lost"));
                }
            }
        }
    }
    out
}

/// One random edit of any kind of record or list.
#[expect(clippy::too_many_lines, reason = "one arm per kind of edit")]
fn random_edit(r: &mut Rng, p: &mut Project, side: &str) {
    let Some(a) = p.accounts.get(r.below(p.accounts.len() as u64) as usize).map(|a| a.id) else {
        p.name = format!("{} {side}", p.name);
        return;
    };
    let acc = p.account(a).expect("account").clone();
    let ids = NewIds::new(p, None);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1 + r.below(28) as u32).expect("date");
    let one = |r: &mut Rng, n: usize| r.below(n as u64) as usize;
    let member = p.members.get(one(r, p.members.len())).map(|m| m.id);
    let contact = acc.contacts.get(one(r, acc.contacts.len())).cloned();
    let unit = acc.units.get(one(r, acc.units.len())).cloned();
    let cmd = match r.below(20) {
        0 => Command::PutContact(a, Contact::new(ids.contact(a), format!("{side} {}", r.below(1000)))),
        1 if contact.is_some() => {
            let mut c = contact.expect("a contact");
            match r.below(3) {
                0 => c.title = format!("{side} title {}", r.below(5)),
                1 => c.unit = unit.map(|u| u.id),
                _ => c.stance = r.pick(&[Stance::Supporter, Stance::Neutral, Stance::Enemy]),
            }
            Command::PutContact(a, c)
        }
        2 if contact.is_some() => Command::DeleteContact(a, contact.expect("a contact").id),
        3 if contact.is_some() && member.is_some() => {
            let (from, to) = (PersonRef::Member(member.expect("m")), PersonRef::Contact(contact.expect("c").id));
            Command::PutRelationship(a, Relationship::new_line(ids.line(a), from, to, day))
        }
        4 if !acc.relationships.is_empty() => {
            let mut l = acc.relationships[one(r, acc.relationships.len())].clone();
            if r.chance(50) {
                Command::DeleteRelationship(a, l.id)
            } else {
                l.strength = r.range(1, 5) as u8;
                l.note = format!("{side} note");
                Command::PutRelationship(a, l)
            }
        }
        5 => {
            let mut plan = acc.plan.clone();
            plan.strategy = format!("{side} strategy {}", r.below(3));
            plan.activities.push(Activity {
                title: format!("{side} call"),
                owner: member,
                due: Some(day),
                status: ActivityStatus::Planned,
            });
            Command::SetPlan(a, Box::new(plan))
        }
        6 => Command::PutMember(Member {
            id: ids.member(),
            name: format!("{side} member"),
            title: String::new(),
            email: String::new(),
            skills: String::new(),
        }),
        7 if member.is_some() => {
            let mut m = p.member(member.expect("m")).expect("m").clone();
            m.title = format!("{side} {}", r.below(4));
            Command::PutMember(m)
        }
        8 => {
            let crit = CriterionId(r.range(1, 6));
            let score = CriterionScore { criterion: crit, value: r.range(1, 5) as u8, evidence: side.into() };
            Command::SetScore(a, crit, r.chance(80).then_some(score))
        }
        9 => {
            let mut info = gambit::command::AccountInfo::of(&acc);
            info.industry = format!("{side} industry {}", r.below(3));
            Command::SetAccountInfo(a, info)
        }
        10 if unit.is_some() => {
            let mut u = unit.expect("a unit");
            u.location = format!("{side} town {}", r.below(3));
            Command::PutUnit(a, u)
        }
        11 => {
            let id = ids.unit(a);
            let parent = unit.map(|u| u.id).filter(|_| r.chance(50));
            Command::PutUnit(
                a,
                BusinessUnit {
                    id,
                    name: format!("{side} unit"),
                    kind: UnitKind::Department,
                    parent,
                    location: String::new(),
                },
            )
        }
        12 if unit.is_some() => Command::DeleteUnit(a, unit.expect("a unit").id),
        13 if member.is_some() => {
            let m = member.expect("m");
            let mut team = acc.team.clone();
            let role = r.pick(&[TeamRole::Sales, TeamRole::Service, TeamRole::Mentor]);
            match team.iter_mut().find(|s| s.member == m) {
                Some(_) if r.chance(30) => team.retain(|s| s.member != m),
                Some(seat) => seat.role = role,
                None => team.push(TeamAssignment { member: m, role }),
            }
            Command::SetTeam(a, team)
        }
        14 => {
            let who = contact.map(|c| PersonRef::Contact(c.id)).or(member.map(PersonRef::Member));
            let Some(who) = who else { return };
            let pos = MapPos { x: r.below(500) as f32, y: r.below(500) as f32, pinned: r.chance(50) };
            Command::SetPositions(a, vec![(who, r.chance(85).then_some(pos))])
        }
        15 if contact.is_some() => {
            let mut plan = acc.plan.clone();
            let goal = RelationshipGoal {
                contact: contact.expect("c").id,
                target_stance: Stance::Supporter,
                target_coverage: r.range(1, 3) as u8,
                how: format!("{side} lunch"),
            };
            match plan.relationship_goals.len() {
                0 => plan.relationship_goals.push(goal),
                n if r.chance(50) => plan.relationship_goals[r.below(n as u64) as usize].how = format!("{side} dinner"),
                n => {
                    plan.relationship_goals.remove(r.below(n as u64) as usize);
                }
            }
            Command::SetPlan(a, Box::new(plan))
        }
        16 if !acc.plan.activities.is_empty() => {
            let mut plan = acc.plan.clone();
            let i = one(r, plan.activities.len());
            if r.chance(50) {
                plan.activities[i].status = ActivityStatus::Done;
            } else {
                plan.activities.remove(i);
            }
            Command::SetPlan(a, Box::new(plan))
        }
        17 if member.is_some() && r.chance(30) => Command::DeleteMember(member.expect("m")),
        18 => {
            let mut plan = acc.plan.clone();
            plan.notes = format!("{side} notes {}", r.below(3));
            Command::SetPlan(a, Box::new(plan))
        }
        _ => Command::SetProjectInfo {
            name: p.name.clone(),
            our_company: format!("{side} Ltd"),
            currency: p.currency.clone(),
        },
    };
    let _ = apply_to(p, cmd);
}

fn errors(p: &Project) -> usize {
    p.validate().iter().filter(|x| x.severity == Severity::Error).count()
}

/// Two sides of random edits from one generated project.
fn sides(seed: u64, salt: u64, n: usize, m: usize) -> (Project, Project, Project) {
    let base = common::project(seed);
    let mut r = Rng::new(salt);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for _ in 0..n {
        random_edit(&mut r, &mut ours, "ours");
    }
    for _ in 0..m {
        random_edit(&mut r, &mut theirs, "theirs");
    }
    (base, ours, theirs)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Every field and list one side changed and the other left alone is
    /// merged as that side has it; the merge is sound and the same whichever
    /// side is ours.
    #[test]
    fn the_merge_takes_every_change_the_other_side_left_alone(
        seed in 0u64..u64::MAX, salt in 0u64..u64::MAX, n in 1usize..10, m in 1usize..10,
    ) {
        let (base, ours, theirs) = sides(seed, salt, n, m);
        let merged = merge(&base, &ours, &theirs);
        let (mut o, mut t) = (ours.clone(), theirs.clone());
        let moved = renumber(&base, &mut o, &mut t);
        proptest::prop_assert_eq!(&moved, &merged.renumbered, "the merge renumbers as renumber does");
        let wrong = wrong(&base, &o, &t, &merged);
        proptest::prop_assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        if errors(&base) + errors(&ours) + errors(&theirs) == 0 {
            proptest::prop_assert_eq!(errors(&merged.project), 0, "{:#?}", merged.project.validate());
        }
        let swapped = merge(&base, &theirs, &ours);
        proptest::prop_assert_eq!(merged.conflicts.is_empty(), swapped.conflicts.is_empty());
        if merged.conflicts.is_empty() && merged.project != swapped.project {
            let (a, b) = (flatten(&merged.project), flatten(&swapped.project));
            let mut diff: Vec<String> = a.iter().filter(|(k, v)| b.get(*k) != Some(*v)).map(|(k, v)| format!("{k:?}: {v} / {:?}", b.get(k))).collect();
            diff.extend(b.keys().filter(|k| !a.contains_key(*k)).map(|k| format!("{k:?} only when swapped")));
            let (la, lb) = (plan_lists(&merged.project), plan_lists(&swapped.project));
            diff.extend(la.iter().filter(|(k, v)| lb.get(*k) != Some(*v)).map(|(k, v)| format!("{k:?}: {v:?} / {:?}", lb.get(k))));
            proptest::prop_assert!(false, "not the same merge either way round:\n{}", diff.join("\n"));
        }
    }

    /// Renumbering leaves no id new on both sides for different records,
    /// loses no record, and keeps every side sound.
    #[test]
    fn renumbering_parts_the_records_both_sides_numbered_alike(
        seed in 0u64..u64::MAX, salt in 0u64..u64::MAX, n in 1usize..10, m in 1usize..10,
    ) {
        let (base, ours, theirs) = sides(seed, salt, n, m);
        let (mut o, mut t) = (ours.clone(), theirs.clone());
        renumber(&base, &mut o, &mut t);
        for (before, after) in [(&ours, &o), (&theirs, &t)] {
            proptest::prop_assert_eq!(flatten(before).len(), flatten(after).len(), "no field lost");
            proptest::prop_assert_eq!(errors(before), errors(after), "as sound as before");
        }
        let (fo, ft, fb) = (flatten(&o), flatten(&t), flatten(&base));
        let new_records = |f: &BTreeMap<Item, String>| -> BTreeSet<RecordKey> {
            f.keys().map(|(k, _)| k.clone()).filter(|k| !fb.keys().any(|(b, _)| b == k)).collect()
        };
        for key in new_records(&fo).intersection(&new_records(&ft)) {
            if matches!(key, RecordKey::Score(..) | RecordKey::Team(..) | RecordKey::Position(..)) {
                continue; // keyed by what they are about, not numbered
            }
            let side = |f: &BTreeMap<Item, String>| f.iter().filter(|((k, _), _)| k == key).map(|(i, v)| (i.clone(), v.clone())).collect::<Vec<_>>();
            proptest::prop_assert_eq!(side(&fo), side(&ft), "{:?} new on both sides holds the same record", key);
        }
    }
}

/// Ours moves a business unit, theirs retitles a contact of the same
/// account: both edits are in the merge, and a merge that kept the base's
/// units whenever both sides touched an account is caught.
#[test]
fn the_oracle_catches_a_merge_that_keeps_the_base_units() {
    let base = gambit::demo::demo_project().expect("demo");
    let a = base.accounts[0].id;
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let mut unit = base.accounts[0].units[0].clone();
    unit.location = "Malmö".into();
    apply_to(&mut ours, Command::PutUnit(a, unit)).expect("applies");
    let mut contact = base.accounts[0].contacts[0].clone();
    contact.title = "Chief Executive".into();
    apply_to(&mut theirs, Command::PutContact(a, contact)).expect("applies");
    let merged = merge(&base, &ours, &theirs);
    assert!(wrong(&base, &ours, &theirs, &merged).is_empty(), "the real merge takes both");
    let mut broken = merged.clone();
    broken.project.accounts[0].units.clone_from(&base.accounts[0].units);
    let found = wrong(&base, &ours, &theirs, &broken);
    assert!(found.iter().any(|w| w.contains("Unit") && w.contains("Malmö")), "{found:?}");
}
