//! The domain model: validation findings, scoring and the command layer.

use gambit::command::{AccountInfo, Command, Document};
use gambit::model::*;

fn demo() -> Project {
    gambit::demo::demo_project().expect("demo")
}

fn messages(p: &Project) -> Vec<String> {
    p.validate().iter().map(|x| x.to_string()).collect()
}

fn main_account(p: &mut Project) -> &mut Account {
    &mut p.accounts[0]
}

#[test]
fn reporting_cycle_is_flagged_not_crashing() {
    let mut p = demo();
    let a = main_account(&mut p);
    // Henrik (1) reports to Per (3), who reports to Henrik: a cycle from merged data.
    a.relationships.push(Relationship {
        id: RelationshipId(999),
        from: PersonRef::Contact(ContactId(1)),
        to: PersonRef::Contact(ContactId(3)),
        kind: RelKind::ReportsTo,
        strength: 3,
        last_contact: None,
        note: String::new(),
    });
    let m = messages(&p);
    let cycles: Vec<_> = m.iter().filter(|x| x.contains("reporting cycle")).collect();
    assert_eq!(cycles.len(), 1, "{m:?}");
    assert!(cycles[0].contains("Henrik Åberg") && cycles[0].contains("Per Ekström"), "{}", cycles[0]);
}

#[test]
fn long_reporting_chain_without_cycle_is_fine() {
    let mut p = Project::new("chain");
    let mut a = Account::new(AccountId(1), "Big");
    for i in 1..=20_000u32 {
        a.contacts.push(Contact::new(ContactId(i), format!("Person {i}")));
        if i > 1 {
            a.relationships.push(Relationship {
                id: RelationshipId(i),
                from: PersonRef::Contact(ContactId(i)),
                to: PersonRef::Contact(ContactId(i - 1)),
                kind: RelKind::ReportsTo,
                strength: 3,
                last_contact: None,
                note: String::new(),
            });
        }
    }
    p.accounts.push(a);
    assert!(p.validate().is_empty());
}

#[test]
fn out_of_range_values_are_reported_with_place() {
    let mut p = demo();
    let a = main_account(&mut p);
    a.contacts[0].influence = 9;
    a.relationships[0].strength = 0;
    a.scores[0].value = 6;
    let m = messages(&p);
    assert!(m.iter().any(|x| x.contains("\"Henrik Åberg\"") && x.contains("influence is 9")), "{m:?}");
    assert!(m.iter().any(|x| x.contains("relationship #1") && x.contains("strength is 0")), "{m:?}");
    assert!(m.iter().any(|x| x.contains("score is 6")), "{m:?}");
}

#[test]
fn bad_scoring_models_are_reported() {
    let mut p = demo();
    for c in &mut p.scoring.criteria {
        c.weight = 0.0;
    }
    assert!(messages(&p).iter().any(|x| x.contains("all criterion weights are zero")));
    p.scoring.criteria[0].weight = -3.0;
    assert!(messages(&p).iter().any(|x| x.contains("weight is -3")));
    let mut p = demo();
    p.scoring.tiers.tiers[1].min_score = 90.0;
    assert!(messages(&p).iter().any(|x| x.contains("must be below the threshold")));
}

#[test]
fn override_needs_a_reason_and_an_existing_tier() {
    let mut p = demo();
    main_account(&mut p).tier_override = Some(TierOverride { tier: TierId(42), reason: " ".into() });
    let m = messages(&p);
    assert!(m.iter().any(|x| x.contains("tier #42")), "{m:?}");
    assert!(m.iter().any(|x| x.contains("needs a reason")), "{m:?}");
}

#[test]
fn score_is_weighted_and_rounded_before_thresholds() {
    let mut p = Project::new("t");
    p.scoring.criteria.truncate(2);
    p.scoring.criteria[0].weight = 1.0;
    p.scoring.criteria[1].weight = 2.0;
    let mut a = Account::new(AccountId(1), "A");
    let crit = |id, value| CriterionScore { criterion: CriterionId(id), value, evidence: String::new() };
    a.scores = vec![crit(1, 5)];
    assert_eq!(p.scoring.score(&a), ScoreOutcome::Incomplete { missing: vec![CriterionId(2)] });
    assert!(p.scoring.tier_of(&a).is_none(), "an incomplete account has no tier, never a zero tier");
    a.scores.push(crit(2, 4));
    // (1 * 1.0 + 2 * 0.75) / 3 = 83.33...
    assert_eq!(p.scoring.score(&a), ScoreOutcome::Complete(83.3));
    // A threshold exactly at the score is met.
    p.scoring.tiers.tiers[0].min_score = 83.3;
    assert_eq!(p.scoring.tier_of(&a).map(|(t, o)| (t.name.clone(), o)), Some(("Gold".into(), false)));
}

#[test]
fn override_wins_over_score() {
    let p = demo();
    let helsing = p.accounts.iter().find(|a| a.name == "Helsing Pharma").expect("demo account");
    let (tier, overridden) = p.scoring.tier_of(helsing).expect("tier");
    assert_eq!(tier.name, "Gold");
    assert!(overridden);
}

#[test]
fn commands_undo_and_redo_exactly() {
    let original = demo();
    let mut doc = Document::new(original.clone(), None);
    assert!(!doc.is_dirty());
    let aid = original.accounts[0].id;
    let mut c = original.accounts[0].contacts[0].clone();
    c.title = "Chair of the Board".into();
    doc.apply(Command::PutContact(aid, c)).expect("edit");
    assert!(doc.is_dirty());
    assert_eq!(doc.project().accounts[0].contacts[0].title, "Chair of the Board");
    let edited = format!("Edit {}", original.accounts[0].contacts[0].name);
    assert_eq!(doc.undo_label().map(gambit::i18n::label), Some(edited));
    assert!(doc.undo());
    assert_eq!(doc.project(), &original);
    assert!(!doc.is_dirty(), "undoing back to the saved state is clean");
    assert!(doc.redo());
    assert_eq!(doc.project().accounts[0].contacts[0].title, "Chair of the Board");
}

#[test]
fn deleting_a_contact_removes_lines_and_undo_restores_them() {
    let original = demo();
    let mut doc = Document::new(original.clone(), None);
    let aid = original.accounts[0].id;
    let henrik = ContactId(1);
    let lines = original.accounts[0].relationships_of(PersonRef::Contact(henrik)).count();
    assert!(lines > 3);
    doc.apply(Command::DeleteContact(aid, henrik)).expect("delete");
    let a = &doc.project().accounts[0];
    assert!(a.contact(henrik).is_none());
    assert_eq!(a.relationships_of(PersonRef::Contact(henrik)).count(), 0);
    assert!(doc.problems().is_empty(), "no dangling lines after a delete");
    doc.undo();
    assert_eq!(doc.project(), &original);
}

#[test]
fn deleting_a_member_cascades_across_accounts() {
    let original = demo();
    let mut doc = Document::new(original.clone(), None);
    doc.apply(Command::DeleteMember(MemberId(1))).expect("delete");
    assert!(doc.problems().is_empty(), "{:?}", doc.problems());
    assert!(doc.project().accounts.iter().all(|a| a.team.iter().all(|t| t.member != MemberId(1))));
    doc.undo();
    assert_eq!(doc.project(), &original);
    doc.redo();
    assert!(doc.project().member(MemberId(1)).is_none());
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let original = demo();
    let mut doc = Document::new(original.clone(), None);
    let aid = original.accounts[0].id;
    let mut info = AccountInfo::of(&original.accounts[0]);
    for word in ["N", "No", "Nor"] {
        info.name = word.into();
        doc.apply_merging(Command::SetAccountInfo(aid, info.clone()), Some("name".into())).expect("type");
    }
    assert_eq!(doc.project().accounts[0].name, "Nor");
    doc.undo();
    assert_eq!(doc.project(), &original);
    assert!(!doc.undo(), "only one step was recorded");
}

#[test]
fn failed_command_changes_nothing() {
    let original = demo();
    let mut doc = Document::new(original.clone(), None);
    let batch = Command::Batch(
        "two".into(),
        vec![Command::DeleteContact(AccountId(1), ContactId(1)), Command::DeleteContact(AccountId(1), ContactId(9999))],
    );
    let err = doc.apply(batch).expect_err("second step fails");
    assert!(err.to_string().contains("contact #9999"));
    assert_eq!(doc.project(), &original);
    assert!(!doc.is_dirty());
    assert!(doc.undo_label().is_none());
}

#[test]
fn saving_marks_clean_and_new_edits_mark_dirty() {
    let mut doc = Document::new(demo(), None);
    doc.apply(Command::SetProjectInfo { name: "X".into(), our_company: "Y".into(), currency: "SEK".into() })
        .expect("edit");
    doc.mark_saved("x.kam".into());
    assert!(!doc.is_dirty());
    doc.undo();
    assert!(doc.is_dirty(), "undoing past a save differs from the file");
    doc.redo();
    assert!(!doc.is_dirty());
}

fn reports(a: &mut Account, id: u32, from: u32, to: u32) {
    let mut line = Relationship::new_line(
        RelationshipId(id),
        PersonRef::Contact(ContactId(from)),
        PersonRef::Contact(ContactId(to)),
        chrono::NaiveDate::MIN,
    );
    line.kind = RelKind::ReportsTo;
    a.relationships.push(line);
}

#[test]
fn a_tangle_of_reporting_cycles_names_everyone_caught_in_it() {
    // 1 -> 2 -> 1 and 2 -> 3 -> 2: one depth-first search meets only one of
    // these cycles; the tangle is one strongly connected component of 1, 2, 3.
    let mut p = Project::new("tangle");
    let mut a = Account::new(AccountId(1), "A");
    a.contacts = (1..=4).map(|i| Contact::new(ContactId(i), format!("P{i}"))).collect();
    reports(&mut a, 1, 1, 2);
    reports(&mut a, 2, 2, 1);
    reports(&mut a, 3, 2, 3);
    reports(&mut a, 4, 3, 2);
    reports(&mut a, 5, 4, 1);
    p.accounts.push(a);
    let found = gambit::model::validate::reporting_cycles(&p.accounts[0]);
    assert_eq!(found.len(), 1);
    let mut everyone: Vec<ContactId> = found[0].members().collect();
    everyone.sort();
    assert_eq!(everyone, vec![ContactId(1), ContactId(2), ContactId(3)], "P4 only reports into it");
    assert_eq!(found[0].cycle, vec![ContactId(1), ContactId(2)], "a real cycle, from the smallest id");
    let m = messages(&p);
    let cycle: Vec<_> = m.iter().filter(|x| x.contains("reporting cycle")).collect();
    assert_eq!(cycle.len(), 1, "{m:?}");
    assert!(cycle[0].contains("P1 -> P2 -> back to the first; also caught in it: P3"), "{}", cycle[0]);
}

#[test]
fn removing_a_member_from_an_account_keeps_them_in_the_project_and_undoes() {
    let p = demo();
    let karin = MemberId(1);
    let mut doc = Document::new(p.clone(), None);
    doc.apply(Command::RemoveFromAccount(AccountId(1), karin)).expect("remove");
    let a = &doc.project().accounts[0];
    assert!(a.team.iter().all(|t| t.member != karin), "off the team");
    assert_eq!(a.relationships_of(PersonRef::Member(karin)).count(), 0, "her lines here are gone");
    assert!(!a.map.positions.contains_key(&PersonRef::Member(karin)), "and her place on the map");
    assert!(doc.project().member(karin).is_some(), "she is still one of us");
    assert!(doc.apply(Command::RemoveFromAccount(AccountId(1), karin)).is_err(), "not on it any more");
    assert!(doc.undo());
    assert_eq!(doc.project(), &p);
}

#[test]
fn deleting_a_map_selection_is_one_step_with_the_whole_cascade() {
    let p = demo();
    let a = &p.accounts[0];
    let henrik = PersonRef::Contact(ContactId(1));
    let line = a.relationships.iter().find(|r| !r.touches(henrik)).expect("a line").id;
    let mut doc = Document::new(p.clone(), None);
    let cmd = Command::DeleteFromMap {
        account: a.id,
        people: vec![henrik, PersonRef::Member(MemberId(2))],
        lines: vec![line],
    };
    assert_eq!(gambit::i18n::tr(&cmd.label()), "Delete selection");
    doc.apply(cmd).expect("delete");
    let after = &doc.project().accounts[0];
    assert!(after.contact(ContactId(1)).is_none());
    assert_eq!(after.relationships_of(henrik).count(), 0);
    assert!(after.team.iter().all(|t| t.member != MemberId(2)));
    assert!(ids::find(&after.relationships, line).is_none());
    assert_eq!(doc.undo_label().map(gambit::i18n::tr).as_deref(), Some("Delete selection"));
    assert!(doc.undo());
    assert_eq!(doc.project(), &p, "one undo brings all of it back");
    let nothing =
        Command::DeleteFromMap { account: a.id, people: vec![PersonRef::Contact(ContactId(999))], lines: vec![] };
    assert!(doc.apply(nothing).is_err(), "a selection that no longer exists is refused");
}

#[test]
fn a_new_line_is_a_middle_strength_knows_line_dated_when_one_of_us_drew_it() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let ours = Relationship::new_line(
        RelationshipId(1),
        PersonRef::Member(MemberId(1)),
        PersonRef::Contact(ContactId(2)),
        today,
    );
    assert_eq!((ours.kind, ours.strength, ours.last_contact), (RelKind::Knows, 3, Some(today)));
    let theirs = Relationship::new_line(
        RelationshipId(2),
        PersonRef::Contact(ContactId(1)),
        PersonRef::Contact(ContactId(2)),
        today,
    );
    assert_eq!(theirs.last_contact, None, "between two of theirs we do not know when they last met");
}

#[test]
fn typing_then_other_edits_under_one_key_still_undo_exactly() {
    // Merged steps keep every inverse they need, even when a caller reuses a key.
    let p = demo();
    let mut doc = Document::new(p.clone(), None);
    let mut m = p.members[0].clone();
    m.name.push('!');
    doc.apply_merging(Command::PutMember(m), Some("k".into())).expect("edit");
    doc.apply_merging(Command::DeleteContact(AccountId(1), ContactId(1)), Some("k".into())).expect("delete");
    assert!(doc.undo());
    assert_eq!(doc.project(), &p);
}

#[test]
fn penetration_totals_add_up_rows_columns_and_the_whole() {
    let p = demo();
    let plan = &p.accounts[0].plan;
    let all = plan.penetration_totals(|_| true);
    let by_product: f64 = p.products.iter().map(|x| plan.product_totals(x.id).buying).sum();
    let by_unit: f64 = p.accounts[0].units.iter().map(|u| plan.unit_totals(u.id).buying).sum();
    assert!(all.buying > 0.0);
    assert_eq!(by_product, all.buying);
    assert_eq!(by_unit, all.buying);
}
