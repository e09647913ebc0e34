//! Property: every kind of command undoes exactly. Arbitrary sequences of
//! commands of every kind are applied to generated projects; undoing them
//! all gives back the start exactly, and redoing them all gives back the end.
//! Checked against a broken command: with `SetTeam`'s inverse made to drop
//! the last seat, the property fails at once (undoing no longer gives back
//! the start).

mod common;

use common::Rng;
use gambit::command::{AccountInfo, Command, CommandKind, Document, NewIds};
use gambit::model::*;
use proptest::prelude::*;
use strum::VariantArray as _;

/// An account id that exists most of the time, and sometimes one that does not.
fn account_id(r: &mut Rng, p: &Project) -> AccountId {
    match p.accounts.len() {
        0 => AccountId(r.range(1, 3)),
        n if r.chance(90) => p.accounts[r.below(n as u64) as usize].id,
        _ => AccountId(99),
    }
}

fn some_contact(r: &mut Rng, p: &Project, a: AccountId) -> ContactId {
    let n = p.account(a).map_or(0, |a| a.contacts.len());
    if n == 0 || r.chance(10) {
        ContactId(r.range(1, 40))
    } else {
        p.account(a).map_or(ContactId(1), |x| x.contacts[r.below(n as u64) as usize].id)
    }
}

fn some_member(r: &mut Rng, p: &Project) -> MemberId {
    if p.members.is_empty() || r.chance(10) {
        MemberId(r.range(1, 9))
    } else {
        p.members[r.below(p.members.len() as u64) as usize].id
    }
}

fn some_person(r: &mut Rng, p: &Project, a: AccountId) -> PersonRef {
    if r.chance(30) { PersonRef::Member(some_member(r, p)) } else { PersonRef::Contact(some_contact(r, p, a)) }
}

fn some_line(r: &mut Rng, p: &Project, a: AccountId) -> RelationshipId {
    let lines = p.account(a).map(|a| a.relationships.as_slice()).unwrap_or_default();
    if lines.is_empty() || r.chance(10) {
        RelationshipId(r.range(1, 40))
    } else {
        lines[r.below(lines.len() as u64) as usize].id
    }
}

/// A command of `kind` that makes sense (mostly) for the project as it is
/// now. No wildcard: a new kind of command does not compile here until the
/// test makes it too.
#[expect(clippy::too_many_lines, reason = "one arm per kind of command")]
fn make(kind: CommandKind, r: &mut Rng, p: &Project) -> Command {
    use CommandKind as K;
    let a = account_id(r, p);
    let acc = p.account(a);
    let ids = NewIds::new(p, None);
    match kind {
        K::SetProjectInfo => Command::SetProjectInfo { name: r.text(10), our_company: r.text(10), currency: r.text(3) },
        K::SetRetention => Command::SetRetention(r.chance(70).then(|| r.range(1, 60) as u16)),
        K::PutMember => {
            let id = if r.chance(50) { some_member(r, p) } else { ids.member() };
            Command::PutMember(Member { id, name: r.text(8), title: r.text(6), email: r.text(6), skills: r.text(6) })
        }
        K::DeleteMember => Command::DeleteMember(some_member(r, p)),
        K::PutProduct => {
            let id = if r.chance(50) && !p.products.is_empty() {
                p.products[0].id
            } else {
                ProductId(p.products.iter().map(|x| x.id.0).max().unwrap_or(0) + 1)
            };
            Command::PutProduct(Product { id, name: r.text(8), category: r.text(4), description: r.text(8) })
        }
        K::DeleteProduct => Command::DeleteProduct(ProductId(r.range(1, 5))),
        K::AddAccount => {
            let id = if r.chance(80) { ids.account() } else { a };
            let members = p.members.len() as u32;
            Command::AddAccount(Box::new(common::account(r, id.0, members, p.products.len() as u32)))
        }
        K::DeleteAccount => Command::DeleteAccount(a),
        K::ReplaceAccount => {
            let mut changed = acc.cloned().unwrap_or_else(|| Account::new(a, "gone"));
            changed.name = r.text(10);
            changed.contacts.truncate(r.below(4) as usize);
            Command::ReplaceAccount(Box::new(changed))
        }
        K::SetAccountInfo => {
            let mut info = acc.map_or_else(|| AccountInfo::of(&Account::new(a, "x")), AccountInfo::of);
            info.name = r.text(10);
            info.current_revenue = r.money();
            info.lifecycle = r.pick(LifecycleStage::ALL);
            Command::SetAccountInfo(a, info)
        }
        K::PutUnit => {
            let id = acc.map_or(UnitId(1), |_| if r.chance(50) { ids.unit(a) } else { UnitId(1) });
            let unit =
                BusinessUnit { id, name: r.text(8), kind: r.pick(UnitKind::ALL), parent: None, location: r.text(5) };
            Command::PutUnit(a, unit)
        }
        K::DeleteUnit => Command::DeleteUnit(a, UnitId(r.range(1, 5))),
        K::PutContact => {
            let id = acc.map_or(ContactId(1), |_| if r.chance(50) { ids.contact(a) } else { some_contact(r, p, a) });
            let mut c = Contact::new(id, r.text(8));
            c.piece = r.pick(Piece::ALL);
            c.influence = r.range(1, 5) as u8;
            Command::PutContact(a, c)
        }
        K::DeleteContact => Command::DeleteContact(a, some_contact(r, p, a)),
        K::PutRelationship => {
            let id = acc.map_or(RelationshipId(1), |_| if r.chance(50) { ids.line(a) } else { some_line(r, p, a) });
            let (from, to) = (some_person(r, p, a), PersonRef::Contact(some_contact(r, p, a)));
            let mut line = Relationship::new_line(id, from, to, r.date());
            line.kind = r.pick(RelKind::ALL);
            Command::PutRelationship(a, line)
        }
        K::DeleteRelationship => Command::DeleteRelationship(a, some_line(r, p, a)),
        K::SetScore => {
            let crit = CriterionId(r.range(1, 6));
            // Now and then a score filed under the wrong criterion: refused.
            let filed = if r.chance(90) { crit } else { CriterionId(r.range(1, 6)) };
            let score = r.chance(70).then(|| CriterionScore {
                criterion: filed,
                value: r.range(1, 5) as u8,
                evidence: r.text(8),
            });
            Command::SetScore(a, crit, score)
        }
        K::SetTierOverride => Command::SetTierOverride(
            a,
            r.chance(60).then(|| TierOverride { tier: TierId(r.range(1, 3)), reason: r.text(8) }),
        ),
        K::SetTeam => {
            let base = acc.map(|x| x.team_with_role(some_member(r, p), r.chance(70).then(|| r.pick(TeamRole::ALL))));
            Command::SetTeam(a, base.unwrap_or_default())
        }
        K::SetPlan => {
            let mut plan = acc.map(|x| x.plan.clone()).unwrap_or_default();
            plan.strategy = r.text(12);
            if plan.opportunities.is_empty() {
                plan.add_economics_year(r.date());
            } else {
                plan.remove_opportunity(0);
            }
            Command::SetPlan(a, Box::new(plan))
        }
        K::SetScoring => {
            let mut m = p.scoring.clone();
            if let Some(c) = m.criteria.first_mut() {
                c.weight = r.below(100) as f64;
            }
            m.max_key_accounts = r.range(1, 60);
            Command::SetScoring(m)
        }
        K::SetMapLayout => Command::SetMapLayout(a, if r.chance(50) { MapLayout::Board } else { MapLayout::Force }),
        K::SetPositions => {
            let changes = (0..r.range(1, 4))
                .map(|_| {
                    let pos = r.chance(70).then(|| MapPos {
                        x: r.below(900) as f32,
                        y: r.below(900) as f32,
                        pinned: r.chance(50),
                    });
                    (some_person(r, p, a), pos)
                })
                .collect();
            Command::SetPositions(a, changes)
        }
        K::Batch => {
            // A batch of other commands, made against the same starting point:
            // some steps may fail, which rolls the whole batch back.
            let plain: Vec<CommandKind> =
                CommandKind::VARIANTS.iter().copied().filter(|k| !matches!(k, K::Batch | K::ReplaceProject)).collect();
            let steps = (0..r.range(1, 3)).map(|_| make(plain[r.below(plain.len() as u64) as usize], r, p)).collect();
            Command::Batch(r.text(6), steps)
        }
        K::RemoveFromAccount => Command::RemoveFromAccount(a, some_member(r, p)),
        K::ReplaceProject => Command::ReplaceProject("Merge".into(), Box::new(common::project(r.below(1 << 40)))),
        K::DeleteFromMap => {
            let people = (0..r.range(0, 3)).map(|_| some_person(r, p, a)).collect();
            let lines = (0..r.range(0, 2)).map(|_| some_line(r, p, a)).collect();
            Command::DeleteFromMap { account: a, people, lines }
        }
    }
}

#[test]
fn the_generator_makes_every_kind_of_command() {
    let p = common::project(7);
    let mut r = Rng::new(1);
    for &kind in CommandKind::VARIANTS {
        assert_eq!(CommandKind::from(&make(kind, &mut r, &p)), kind);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn any_sequence_of_commands_undoes_and_redoes_exactly(
        seed in any::<u64>(),
        steps in proptest::collection::vec((0..CommandKind::VARIANTS.len(), any::<u64>(), any::<bool>()), 1..24),
    ) {
        let start = common::project(seed);
        let mut doc = Document::new(start.clone(), None);
        let mut applied = 0;
        for (kind, salt, merge) in steps {
            let mut r = Rng::new(salt);
            let cmd = make(CommandKind::VARIANTS[kind], &mut r, doc.project());
            let before = doc.project().clone();
            // Some steps type into the same field: they merge into one undo step.
            let key = merge.then(|| "the same field".to_owned());
            if doc.apply_merging(cmd, key) == Ok(()) { applied += 1 } else { prop_assert_eq!(doc.project(), &before, "a failed command changes nothing") }
        }
        let end = doc.project().clone();
        let mut undone = 0;
        while doc.undo() {
            undone += 1;
        }
        prop_assert!(undone <= applied);
        // The map's layout is view state, outside undo: it stays as last switched.
        let mut expected = start.clone();
        for (a, now) in expected.accounts.iter_mut().zip(&doc.project().accounts) {
            a.map.layout = now.map.layout;
        }
        prop_assert_eq!(doc.project(), &expected, "undoing everything gives back the start");
        prop_assert!(!doc.is_dirty(), "and the start is what was opened");
        while doc.redo() {}
        prop_assert_eq!(doc.project(), &end, "redoing everything gives back the end");
    }
}

/// A line to a member who no longer exists (as a broken import leaves it),
/// then that member added again: undoing both gives back the line and no
/// member, and the undo does not stop half way.
#[test]
fn adding_a_member_that_lines_already_name_undoes_exactly() {
    let start = common::project(3032912331839506208);
    let mut doc = Document::new(start.clone(), None);
    let member = start.members[0].clone();
    let a = start.accounts[0].id;
    let to = start.accounts[0].contacts[0].id;
    doc.apply(Command::DeleteMember(member.id)).expect("the member exists");
    let line_id = NewIds::new(doc.project(), None).line(a);
    let line = Relationship::new_line(line_id, PersonRef::Member(member.id), PersonRef::Contact(to), start_date());
    doc.apply(Command::PutRelationship(a, line))
        .expect("a line to a missing member is taken, as a broken file holds it");
    doc.apply(Command::PutMember(member)).expect("the member is added");
    let end = doc.project().clone();
    assert!(doc.undo() && doc.undo() && doc.undo(), "every step undoes");
    assert_eq!(doc.project(), &start);
    while doc.redo() {}
    assert_eq!(doc.project(), &end);
}

fn start_date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date")
}
