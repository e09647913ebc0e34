//! Departures and role changes as dated events: a key person who leaves
//! leaves their seat vacant until someone is named in it; coverage, warm
//! paths, alerts and the map count the vacancy; it all survives save, load
//! and the three-way merge; a dated new role reads as one in the history.

mod year;

use gambit::analysis::alerts::{self, AlertKind, alerts};
use gambit::analysis::coverage::coverage;
use gambit::command::{Command, Document, apply_to};
use gambit::model::*;
use year::*;

fn on(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

const DAN: ContactId = ContactId(4);

/// January's account with Ann as CFO, and Dan (a pawn, on nobody's radar).
fn account() -> Project {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = january();
    p.accounts[0].contacts[0].title = "CFO".into();
    p.accounts[0].contacts.push(contact(DAN, "Dan Ek", Piece::Pawn, Stance::Neutral));
    p
}

fn leaves(p: &mut Project, who: ContactId, day: chrono::NaiveDate, successor: Option<ContactId>) {
    let mut c = p.accounts[0].contact(who).expect("there").clone();
    (c.has_left, c.left_on, c.successor) = (true, Some(day), successor);
    apply_to(p, Command::Batch("undo-mark-left".into(), vec![Command::PutContact(A, c)])).expect("applies");
}

#[test]
fn a_king_who_leaves_leaves_a_vacant_seat_that_coverage_alerts_paths_and_the_map_count() {
    let mut p = account();
    assert!(!coverage(&p.accounts[0]).is_uncovered_key(ANN), "Karin covers Ann");
    leaves(&mut p, ANN, on(2026, 10, 1), None);
    let a = &p.accounts[0];
    let cov = coverage(a);
    assert_eq!(cov.vacant_key, [ANN], "the King's seat is vacant");
    assert!(cov.is_uncovered_key(ANN), "nobody covers a vacant seat");
    let list = alerts(a, on(2026, 11, 2));
    assert_eq!(list[0].kind, AlertKind::Vacant, "the vacancy comes first: {list:?}");
    assert_eq!(
        list[0].text,
        "CFO: vacant since 2026-10-01 (Ann Ek left): name who took over, or whom we must win next"
    );
    assert_eq!(list.iter().filter(|x| x.contact == ANN).count(), 1, "said once");
    let path = gambit::analysis::path::warm_path(&p, a, PersonRef::Contact(ANN));
    assert!(path.is_none(), "nobody sits in the seat to be reached");
    let scene = gambit::scene::whole_map(&p, a, on(2026, 11, 2));
    let seat = scene.people.iter().find(|x| x.data.person == PersonRef::Contact(ANN)).expect("the seat stays");
    assert!(seat.data.vacant && seat.data.uncovered);
    assert_eq!(&*seat.data.name, "CFO: vacant");
    assert_eq!(&*seat.data.title, "since 2026-10-01 · was Ann Ek");
    let look = gambit::export::map::MapLook::fit(&scene, "Year".into());
    assert!(gambit::export::map::svg(&scene, &look).contains("CFO: vacant"), "the export names the seat");
    // A pawn who leaves is simply gone: no seat, no alert.
    leaves(&mut p, DAN, on(2026, 10, 5), None);
    assert_eq!(coverage(&p.accounts[0]).vacant_key, [ANN]);
}

#[test]
fn naming_a_successor_fills_the_seat_and_moves_the_warning_to_them() {
    let mut p = account();
    let mut eva = contact(ContactId(5), "Eva Holm", Piece::King, Stance::Unknown);
    eva.title = "CFO".into();
    apply_to(&mut p, Command::PutContact(A, eva)).expect("adds");
    leaves(&mut p, ANN, on(2026, 10, 1), Some(ContactId(5)));
    let a = &p.accounts[0];
    let cov = coverage(a);
    assert!(cov.vacant_key.is_empty(), "Eva sits in the seat");
    assert!(!cov.is_uncovered_key(ANN), "Ann is gone, not a gap");
    assert!(cov.is_uncovered_key(ContactId(5)), "Eva, the new King, is the one nobody covers yet");
    let list = alerts(a, on(2026, 11, 2));
    assert!(list.contains(&alerts::Alert {
        kind: AlertKind::Uncovered,
        contact: ContactId(5),
        text: "Eva Holm (key person) is covered by none of us".into()
    }));
    assert!(list.iter().all(|x| x.contact != ANN && x.kind != AlertKind::Vacant), "{list:?}");
    let text = gambit::analysis::departures::departure_text(a, a.contact(ANN).expect("kept"));
    assert_eq!(text, "Left on 2026-10-01; Eva Holm took over");
    // Deleting Eva makes the seat vacant again; undo brings her back in it.
    let mut doc = Document::new(p, None);
    doc.apply(Command::DeleteContact(A, ContactId(5))).expect("deletes");
    assert_eq!(doc.project().accounts[0].contact(ANN).expect("kept").successor, None);
    assert_eq!(coverage(&doc.project().accounts[0]).vacant_key, [ANN]);
    assert!(doc.undo());
    assert_eq!(doc.project().accounts[0].contact(ANN).expect("kept").successor, Some(ContactId(5)));
}

#[test]
fn marking_someone_left_is_one_undo_step_with_its_own_name() {
    let mut doc = Document::new(account(), None);
    let mut ann = doc.project().accounts[0].contact(ANN).expect("there").clone();
    (ann.has_left, ann.left_on) = (true, Some(on(2026, 10, 1)));
    doc.apply(Command::Batch("undo-mark-left".into(), vec![Command::PutContact(A, ann)])).expect("applies");
    assert_eq!(doc.undo_label(), Some("undo-mark-left"));
    assert!(doc.undo());
    let back = doc.project().accounts[0].contact(ANN).expect("there");
    assert!(!back.has_left && back.left_on.is_none(), "undo puts Ann back at the client");
}

#[test]
fn a_departure_with_its_successor_and_earlier_roles_survives_save_and_load() {
    let mut p = account();
    apply_to(&mut p, Command::PutContact(A, contact(ContactId(5), "Eva Holm", Piece::King, Stance::Unknown)))
        .expect("adds");
    leaves(&mut p, ANN, on(2026, 10, 1), Some(ContactId(5)));
    let mut bo = p.accounts[0].contact(BO).expect("there").clone();
    bo.earlier_roles.push(bo.role(on(2026, 6, 1)));
    bo.title = "Group CFO".into();
    apply_to(&mut p, Command::PutContact(A, bo)).expect("applies");
    let text = gambit::file::to_string(&p).expect("saves");
    assert!(text.contains("format_version: 6"));
    assert!(text.contains("left_on: Some(\"2026-10-01\")") && text.contains("successor: Some(5)"), "{text}");
    let back = gambit::file::from_str(&text, "t.kam").expect("reads");
    assert_eq!(back, p);
    assert!(gambit::model::validate::validate(&back).is_empty(), "{:?}", gambit::model::validate::validate(&back));
}

#[test]
fn a_version_5_file_reads_with_nobody_dated_and_saves_as_version_6() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v5.kam");
    let p = gambit::file::load(&path).expect("the v5 fixture loads");
    assert_eq!(p.format_version, 6);
    let gone: Vec<&Contact> = p.accounts.iter().flat_map(|a| &a.contacts).filter(|c| c.has_left).collect();
    assert!(!gone.is_empty(), "the fixture has people who left");
    assert!(gone.iter().all(|c| c.left_on.is_none() && c.successor.is_none()), "no day was kept then");
    assert!(p.accounts.iter().flat_map(|a| &a.contacts).all(|c| c.earlier_roles.is_empty()));
    assert!(p.accounts.iter().flat_map(|a| &a.plan.reviews).any(|r| r.snapshot.is_some()), "snapshots kept");
    let text = gambit::file::to_string(&p).expect("saves");
    assert_eq!(gambit::file::from_str(&text, "again.kam").expect("reads"), p);
}

#[test]
fn the_three_way_merge_keeps_a_departure_and_its_successor_across_renumbering() {
    let base = account();
    // Ours: Eva (new, id 5) takes over from Ann.
    let mut ours = base.clone();
    apply_to(&mut ours, Command::PutContact(A, contact(ContactId(5), "Eva Holm", Piece::King, Stance::Unknown)))
        .expect("adds");
    leaves(&mut ours, ANN, on(2026, 10, 1), Some(ContactId(5)));
    // Theirs: a note on Ann, and someone else new under the same id 5.
    let mut theirs = base.clone();
    let mut ann = theirs.accounts[0].contact(ANN).expect("there").clone();
    ann.notes = "Moving to a competitor?".into();
    apply_to(&mut theirs, Command::PutContact(A, ann)).expect("applies");
    apply_to(&mut theirs, Command::PutContact(A, contact(ContactId(5), "Olle Berg", Piece::Pawn, Stance::Neutral)))
        .expect("adds");
    let merged = gambit::merge::merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let a = &merged.project.accounts[0];
    let ann = a.contact(ANN).expect("Ann kept");
    assert!(ann.has_left && ann.left_on == Some(on(2026, 10, 1)));
    assert_eq!(ann.notes, "Moving to a competitor?", "their note is taken");
    let eva = a.contact(ann.successor.expect("a successor")).expect("the successor exists");
    assert_eq!(eva.name, "Eva Holm", "the successor follows Eva through the renumbering");
    assert!(a.contacts.iter().any(|c| c.name == "Olle Berg"));
    assert!(coverage(a).vacant_key.is_empty());
}

#[test]
fn a_merge_where_one_side_clears_a_successor_leaves_the_seat_vacant() {
    let mut base = account();
    apply_to(&mut base, Command::PutContact(A, contact(ContactId(5), "Eva Holm", Piece::King, Stance::Unknown)))
        .expect("adds");
    leaves(&mut base, ANN, on(2026, 10, 1), Some(ContactId(5)));
    let mut ours = base.clone();
    let mut ann = ours.accounts[0].contact(ANN).expect("there").clone();
    ann.successor = None;
    apply_to(&mut ours, Command::PutContact(A, ann)).expect("applies");
    let theirs = base.clone();
    // Either way round: the side that cleared it wins over the unchanged side.
    for (o, t) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = gambit::merge::merge(&base, o, t);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.project.accounts[0].contact(ANN).expect("kept").successor, None);
        assert_eq!(coverage(&merged.project.accounts[0]).vacant_key, [ANN]);
    }
}

#[test]
fn a_dated_new_role_reads_as_one_in_the_history_and_a_corrected_title_does_not() {
    let p = account();
    let before = gambit::analysis::history::snapshot(&p, &p.accounts[0], on(2026, 3, 1));
    let mut promoted = p.clone();
    let mut bo = promoted.accounts[0].contact(BO).expect("there").clone();
    bo.earlier_roles.push(bo.role(on(2026, 6, 1)));
    (bo.title, bo.level) = ("Group CFO".into(), Level::Board);
    apply_to(&mut promoted, Command::PutContact(A, bo)).expect("applies");
    let after = gambit::analysis::history::snapshot(&promoted, &promoted.accounts[0], on(2026, 9, 1));
    let texts: Vec<String> = gambit::analysis::history::changes(&before, &after).into_iter().map(|c| c.text).collect();
    assert!(texts.contains(&"Bo Berg: new role from 2026-06-01: “Manager” -> “Group CFO”".to_owned()), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains(": title")), "not a title put right: {texts:?}");
    assert!(texts.contains(&"Bo Berg: level Middle management -> Board / C-suite".to_owned()), "{texts:?}");
    let mut typo = p.clone();
    typo.accounts[0].contacts[1].title = "Manger".into();
    let then = gambit::analysis::history::snapshot(&typo, &typo.accounts[0], on(2026, 9, 1));
    let texts: Vec<String> = gambit::analysis::history::changes(&before, &then).into_iter().map(|c| c.text).collect();
    assert_eq!(texts, ["Bo Berg: title “Manager” -> “Manger”"]);
}

#[test]
fn the_history_says_when_someone_left_and_who_took_over() {
    let mut p = account();
    let before = gambit::analysis::history::snapshot(&p, &p.accounts[0], on(2026, 9, 1));
    leaves(&mut p, ANN, on(2026, 10, 1), None);
    let vacant = gambit::analysis::history::snapshot(&p, &p.accounts[0], on(2026, 10, 15));
    let texts: Vec<String> = gambit::analysis::history::changes(&before, &vacant).into_iter().map(|c| c.text).collect();
    assert!(texts.contains(&"Ann Ek left on 2026-10-01".to_owned()), "{texts:?}");
    apply_to(&mut p, Command::PutContact(A, contact(ContactId(5), "Eva Holm", Piece::King, Stance::Unknown)))
        .expect("adds");
    let mut ann = p.accounts[0].contact(ANN).expect("there").clone();
    ann.successor = Some(ContactId(5));
    apply_to(&mut p, Command::PutContact(A, ann)).expect("applies");
    let filled = gambit::analysis::history::snapshot(&p, &p.accounts[0], on(2026, 11, 1));
    let texts: Vec<String> = gambit::analysis::history::changes(&vacant, &filled).into_iter().map(|c| c.text).collect();
    assert!(texts.contains(&"Eva Holm took over from Ann Ek".to_owned()), "{texts:?}");
}

#[test]
fn a_successor_who_is_not_there_or_is_themselves_is_named_as_a_problem() {
    let mut p = account();
    leaves(&mut p, ANN, on(2026, 10, 1), Some(ContactId(99)));
    let problems = gambit::model::validate::validate(&p);
    assert!(problems.iter().any(|x| x.message.contains("99") && x.message.contains("does not exist")), "{problems:?}");
    leaves(&mut p, ANN, on(2026, 10, 1), Some(ANN));
    let problems = gambit::model::validate::validate(&p);
    assert!(problems.iter().any(|x| x.message.contains("names themselves")), "{problems:?}");
    // Nothing in the analysis panics on either.
    let _ = alerts(&p.accounts[0], on(2026, 11, 2));
    let _ = gambit::analysis::departures::departure_text(&p.accounts[0], p.accounts[0].contact(ANN).expect("there"));
}

#[test]
fn git_diffs_read_a_departure_through_textconv() {
    let mut p = account();
    apply_to(&mut p, Command::PutContact(A, contact(ContactId(5), "Eva Holm", Piece::King, Stance::Unknown)))
        .expect("adds");
    leaves(&mut p, ANN, on(2026, 10, 1), Some(ContactId(5)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("year.kam");
    std::fs::write(&path, gambit::file::to_string(&p).expect("saves")).expect("writes");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_gambit"))
        .args(["--lang", "en", "textconv"])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(run.status.success());
    let text = String::from_utf8(run.stdout).expect("text");
    assert!(text.contains("Ann Ek: left on 2026-10-01\n"), "{text}");
    assert!(text.contains("Ann Ek: taken over by Eva Holm\n"), "{text}");
}
