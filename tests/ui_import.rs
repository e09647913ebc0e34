//! File > Import Contacts and the contact exports, driven as a user would
//! through `egui_kittest`: the mapping step with its preview, changing a
//! column's field, the report, undo, and files that cannot be read.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;

fn start() -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default()));
    h.run_steps(4);
    (h, dialogs)
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(4);
}

fn crm(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crm").join(name)
}

fn contacts(h: &Harness<'_, GambitApp>) -> usize {
    h.state().document().project().accounts[0].contacts.len()
}

#[test]
fn import_from_the_menu_shows_the_guess_imports_in_one_step_and_undoes() {
    let (mut h, dialogs) = start();
    let before = contacts(&h);
    dialogs.borrow_mut().import_answers.push_back(Some(crm("swedish_excel.csv")));
    click(&mut h, "File");
    h.get_by_label_contains("Import Contacts…").click();
    h.run_steps(4);
    assert!(h.state().import_open());
    assert!(h.query_by_label_contains("Windows-1252 text separated by").is_some());
    assert!(h.query_by_label("Förnamn").is_some() && h.query_by_label("Kontaktägare").is_some());
    assert!(h.query_by_label_contains("Åsa  ·  Björn  ·  Märta").is_some(), "a preview of the first rows");
    assert!(h.query_by_label_contains("The import will do: 3 added, 0 updated, 0 skipped").is_some());
    h.get_by_label("Import").click();
    h.run_steps(4);
    assert!(!h.state().import_open());
    assert_eq!(contacts(&h), before + 3);
    assert!(h.query_by_label("Import report").is_some());
    assert!(h.query_by_label_contains("new business units: Inköp, Underhåll").is_some());
    // The summary reads whole: the window is not shrunk to its title.
    let summary = h.get_all_by_label_contains("new business units").next().expect("summary");
    assert!(summary.rect().width() > 300.0, "the summary is cut: {:?}", summary.rect());
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Import report").is_none(), "Esc closes the report");
    assert_eq!(h.state().document().undo_label().map(gambit::i18n::tr).as_deref(), Some("Import contacts"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert_eq!(contacts(&h), before, "one undo takes the whole import back");
}

#[test]
fn a_column_gambit_cannot_place_is_chosen_by_hand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("people.csv");
    std::fs::write(&path, "Person,Befattning\nNora Nyström,Inköpare\n").expect("write");
    let (mut h, dialogs) = start();
    let before = contacts(&h);
    dialogs.borrow_mut().import_answers.push_back(Some(path));
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run_steps(4);
    assert!(h.query_by_label_contains("no column holds the contacts' names").is_some());
    assert!(h.get_by_label("Import").accesskit_node().is_disabled(), "nothing to import yet");
    // Person -> Full Name.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Person").click();
    h.run_steps(4);
    h.get_by_label("Full Name").click();
    h.run_steps(4);
    assert!(h.query_by_label_contains("The import will do: 1 added").is_some());
    h.get_by_label("Import").click();
    h.run_steps(4);
    assert_eq!(contacts(&h), before + 1);
    let p = h.state().document().project();
    let nora = p.accounts[0].contacts.iter().find(|c| c.name == "Nora Nyström").expect("imported");
    assert_eq!(nora.title, "Inköpare", "Befattning is a Swedish title column");
}

#[test]
fn a_file_that_cannot_be_read_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.csv");
    std::fs::write(&path, "Name,Title\n\"Anna,CFO\n").expect("write");
    let (mut h, dialogs) = start();
    let before = h.state().document().project().clone();
    dialogs.borrow_mut().import_answers.push_back(Some(path));
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run_steps(4);
    let message = h.state().error_message().expect("an error is shown").to_owned();
    assert!(message.contains("Could not read the contacts") && message.contains("line 2 is never closed"), "{message}");
    assert_eq!(h.state().document().project(), &before);
}

#[test]
fn cancel_leaves_the_project_as_it_was() {
    let (mut h, dialogs) = start();
    dialogs.borrow_mut().import_answers.push_back(Some(crm("hubspot_export.csv")));
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run_steps(4);
    click(&mut h, "Cancel");
    assert!(!h.state().import_open());
    assert!(!h.state().document().is_dirty());
}

#[test]
fn contacts_export_as_a_workbook_that_imports_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("people.xlsx");
    let (mut h, dialogs) = start();
    dialogs.borrow_mut().export_answers.push_back(Some(out.clone()));
    click(&mut h, "File");
    click(&mut h, "Export Contacts as Excel…");
    assert_eq!(dialogs.borrow().suggested_exports.last().map(|s| s.ends_with(".xlsx")), Some(true));
    let t = gambit::interchange::table::read(&out, Some("Relationships")).expect("relationships sheet");
    assert_eq!(t.rows.len(), 118);
    let t = gambit::interchange::table::read(&out, None).expect("contacts sheet");
    assert_eq!(t.rows.len(), 43);
    assert_eq!(t.rows[0].cell(0), "Henrik Åberg");
    // Importing it back adds nobody.
    dialogs.borrow_mut().import_answers.push_back(Some(out));
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run_steps(4);
    assert!(h.query_by_label_contains("nothing to import").is_some());
}
