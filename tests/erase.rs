//! Erasing a person: gone from the file, its `.bak`, the review snapshots
//! and the recovery copies; a tombstone of number and day (no name) keeps a
//! colleague's older copy, merged in the app's way or through the git
//! driver, from bringing them back.

use chrono::Datelike as _;
use gambit::command::{Document, erase_person};
use gambit::model::*;
use std::path::Path;
use std::process::Command;

const ANNIKA: ContactId = ContactId(8);

fn day(m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

/// The demo with Annika in a plan text, a goal and two kept reviews.
fn rich() -> Project {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = gambit::demo::demo_project().expect("demo");
    let a = &mut p.accounts[0];
    a.plan.relationship_goals.push(RelationshipGoal {
        contact: ANNIKA,
        target_stance: Stance::Neutral,
        target_coverage: 2,
        how: "Show the savings".into(),
    });
    a.plan.activities.push(Activity {
        title: "Lunch with Annika Berg about the tender".into(),
        owner: None,
        due: Some(day(12, 1)),
        status: ActivityStatus::default(),
    });
    let kept = gambit::analysis::history::snapshot(&p, &p.accounts[0], day(3, 1));
    p.accounts[0].plan.reviews = vec![Review::new(day(3, 1), Some(kept))];
    p
}

/// Whether a text still holds anything of hers.
fn holds_her(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("annika berg") || t.contains("annika.berg@")
}

fn erased(p: &Project) -> Project {
    let mut doc = Document::new(p.clone(), None);
    doc.apply(erase_person(&p.accounts[0], ANNIKA, day(12, 6))).expect("erases");
    doc.project().clone()
}

#[test]
fn every_trace_goes_and_a_tombstone_without_a_name_stays() {
    let p = rich();
    let after = erased(&p);
    let a = &after.accounts[0];
    assert!(a.contact(ANNIKA).is_none());
    assert!(!a.relationships.iter().any(|r| r.touches(PersonRef::Contact(ANNIKA))));
    assert!(a.plan.relationship_goals.iter().all(|g| g.contact != ANNIKA));
    assert!(
        a.plan.activities.iter().any(|x| x.title == "Lunch with […] about the tender"),
        "the entry stays, nameless"
    );
    let kept = a.plan.reviews[0].snapshot.as_deref().expect("kept");
    assert!(kept.person(ANNIKA).is_none() && kept.lines.iter().all(|l| l.from != PersonRef::Contact(ANNIKA)));
    assert_eq!(a.erased, [erase::Erased { id: ANNIKA, on: day(12, 6) }]);
    let text = gambit::file::to_string(&after).expect("saves");
    assert!(!holds_her(&text), "nothing of hers in the file");
    assert!(gambit::model::validate::validate(&after).iter().all(|x| x.severity != Severity::Error));
    // Undo brings her back, until saved.
    let mut doc = Document::new(p.clone(), None);
    doc.apply(erase_person(&p.accounts[0], ANNIKA, day(12, 6))).expect("erases");
    assert_eq!(doc.undo_label(), Some("undo-erase-person"));
    assert!(doc.undo());
    assert_eq!(doc.project(), &p);
    // A new person never gets her number.
    let ids = gambit::command::NewIds::new(&after, None);
    let max = after.accounts[0].contacts.iter().map(|c| c.id).max().expect("people");
    assert!(ids.contact(after.accounts[0].id) > max.max(ANNIKA));
}

#[test]
fn an_older_copy_merged_later_does_not_bring_her_back() {
    let base = rich();
    let ours = erased(&base);
    // The colleague's copy still has her, with a new note and a new line.
    let mut theirs = base.clone();
    let a = &mut theirs.accounts[0];
    a.contacts.iter_mut().filter(|c| c.id == ANNIKA).for_each(|c| c.notes = "Annika Berg called".into());
    let line = Relationship::new_line(
        RelationshipId(900),
        PersonRef::Member(MemberId(1)),
        PersonRef::Contact(ANNIKA),
        day(11, 1),
    );
    a.relationships.push(line);
    for (o, t) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = gambit::merge::merge(&base, o, t);
        let text = gambit::file::to_string(&merged.project).expect("saves");
        assert!(!holds_her(&text), "merged, she stays erased");
        assert!(merged.conflicts.iter().all(|c| !holds_her(&format!("{c:?}"))), "no conflict shows her");
        assert!(merged.project.accounts[0].erased.iter().any(|e| e.id == ANNIKA));
    }
}

fn gambit(args: &[&str], files: &[&Path]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gambit")).args(["--lang", "en"]).args(args).args(files).output().expect("runs")
}

#[test]
fn the_command_line_erases_from_the_file_and_its_bak_and_the_git_driver_keeps_her_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nordvik.kam");
    gambit::file::save(&rich(), &file).expect("saved");
    gambit::file::save(&rich(), &file).expect("saved again: a .bak with her");
    let bak = gambit::file::backup_path(&file);
    assert!(holds_her(&std::fs::read_to_string(&bak).expect("bak")));
    let run = gambit(&["erase"], &[&file]);
    assert_eq!(run.status.code(), Some(2), "the account and name are required");
    let run = Command::new(env!("CARGO_BIN_EXE_gambit"))
        .args(["--lang", "en", "erase"])
        .arg(&file)
        .args(["--account", "Nordvik Foods Group", "--name", "Annika Berg"])
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stdout).contains("Not reached"), "says what it cannot reach");
    assert!(!holds_her(&std::fs::read_to_string(&file).expect("file")), "gone from the file");
    assert!(!holds_her(&std::fs::read_to_string(&bak).expect("bak")), "gone from the .bak");
    // The git driver: a colleague's branch from before the erasure.
    let (base, theirs) = (dir.path().join("base.kam"), dir.path().join("theirs.kam"));
    gambit::file::save(&rich(), &base).expect("base");
    let mut older = rich();
    older.accounts[0].contacts.iter_mut().filter(|c| c.id == ANNIKA).for_each(|c| c.title = "CPO".into());
    gambit::file::save(&older, &theirs).expect("theirs");
    let run = gambit(&["merge"], &[&base, &file, &theirs]);
    assert!(run.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(!holds_her(&std::fs::read_to_string(&file).expect("merged")), "the driver keeps her out");
}

#[test]
fn people_kept_past_the_retention_are_listed_and_erased_in_one_step() {
    let mut p = rich();
    let stefan = p.accounts[0].contacts.iter().find(|c| c.name == "Stefan Åkesson").expect("in the demo").id;
    let left = p.accounts[0].contact(stefan).and_then(|c| c.left_on).expect("dated");
    let a = &p.accounts[0];
    let later = |months| left.checked_add_months(chrono::Months::new(months)).expect("date");
    assert!(gambit::analysis::retention::due(&p, a, later(30)).is_empty(), "no retention set: nobody listed");
    p.retention_months = Some(12);
    let a = &p.accounts[0];
    assert!(gambit::analysis::retention::due(&p, a, later(12)).is_empty(), "not before the 12 months are up");
    let today = later(13);
    assert_eq!(gambit::analysis::retention::due(&p, a, today).iter().map(|c| c.id).collect::<Vec<_>>(), [stefan]);
    let texts = gambit::analysis::retention::texts(&p, a, today);
    assert_eq!(
        texts,
        [format!("Stefan Åkesson left on {left}, longer ago than the 12 months people are kept: erase them")]
    );
    // One step, undone until saved.
    let (accounts, count) = gambit::analysis::retention::erase_due(&p, today);
    assert_eq!(count, 1);
    let steps = accounts.into_iter().map(|a| gambit::command::Command::ReplaceAccount(Box::new(a))).collect();
    let mut doc = Document::new(p.clone(), None);
    doc.apply(gambit::command::Command::Batch(erase::RETENTION_LABEL.into(), steps)).expect("erases");
    assert!(doc.project().accounts[0].contact(stefan).is_none());
    assert!(gambit::analysis::retention::due(doc.project(), &doc.project().accounts[0], today).is_empty());
    assert!(doc.undo());
    assert_eq!(doc.project(), &p);
    // The setting survives save, load and a merge from a copy without it.
    let text = gambit::file::to_string(&p).expect("saves");
    assert_eq!(gambit::file::from_str(&text, "r.kam").expect("reads").retention_months, Some(12));
    let merged = gambit::merge::merge(&rich(), &p, &rich());
    assert_eq!(merged.project.retention_months, Some(12));
}

#[test]
fn gambit_check_lists_people_past_the_retention_as_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("kept.kam");
    let mut p = rich();
    // Long gone by any clock this test runs under.
    p.accounts[0].contacts.iter_mut().filter(|c| c.name == "Stefan Åkesson").for_each(|c| c.left_on = Some(day(1, 2)));
    p.accounts[0].contacts.iter_mut().for_each(|c| c.left_on = c.left_on.map(|d| d.with_year(2020).expect("date")));
    p.retention_months = Some(12);
    gambit::file::save(&p, &file).expect("saved");
    let run = gambit(&["check"], &[&file]);
    let out = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    assert!(out.contains("Stefan Åkesson left on 2020-01-02, longer ago than the 12 months"), "{out}");
    let run = gambit(&["check", "--no-alerts"], &[&file]);
    assert!(!String::from_utf8_lossy(&run.stdout).contains("Stefan Åkesson left on"), "left out with the alerts");
}
