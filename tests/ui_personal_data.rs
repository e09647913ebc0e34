//! Personal data in the window, as a user would: a person's data exported
//! from their details, and erasing them (asked first; undo; the recovery
//! copy of unsaved work is written again without them).

use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{ContactId, PersonRef};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;
const ANNIKA: ContactId = ContactId(8);

fn start(data: &Path) -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let data = data.to_path_buf();
    // Tall enough that the whole contact panel shows without scrolling.
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 1400.0)).build_eframe(move |cc| {
        let mut app = GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default());
        app.enable_recovery(data);
        app
    });
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(4);
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    let pos: Pos2 = h.state().map_view().screen_position(PersonRef::Contact(ANNIKA)).expect("on the map");
    h.event(Event::PointerMoved(pos));
    h.step();
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed: true, modifiers: Modifiers::NONE });
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed: false, modifiers: Modifiers::NONE });
    h.run_steps(4);
    (h, dialogs)
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(4);
}

#[test]
fn their_data_is_exported_from_their_details() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = start(dir.path());
    let out = dir.path().join("annika.html");
    dialogs.borrow_mut().export_answers.push_back(Some(out.clone()));
    click(&mut h, "Export their data…");
    let html = std::fs::read_to_string(&out).expect("the page");
    assert!(html.contains("What we hold about Annika Berg"));
    let json = std::fs::read_to_string(out.with_extension("json")).expect("the JSON beside it");
    assert!(json.contains("\"name\": \"Annika Berg\""));
}

#[test]
fn erasing_asks_first_clears_the_recovery_copy_and_undoes_until_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, _) = start(dir.path());
    let copy = dir.path().join(format!("recovery-{}.kam", std::process::id()));
    // Unsaved work: the recovery copy holds Annika.
    let a = h.state().document().project().accounts[0].id;
    let mut henrik = h.state().document().project().accounts[0].contacts[0].clone();
    henrik.title = "Chair".into();
    h.state_mut().apply(gambit::command::Command::PutContact(a, henrik));
    h.run_steps(2);
    assert!(std::fs::read_to_string(&copy).expect("copy").contains("Annika Berg"));
    click(&mut h, "Erase this person…");
    assert!(h.query_by_label("Erase Annika Berg for good?").is_some(), "asks first");
    assert!(h.state().document().project().accounts[0].contact(ANNIKA).is_some(), "nothing happens before");
    click(&mut h, "Erase for good");
    assert!(h.state().document().project().accounts[0].contact(ANNIKA).is_none());
    assert_eq!(h.state().document().undo_label().map(gambit::i18n::tr).as_deref(), Some("Erase person"));
    h.run_steps(2);
    assert!(!std::fs::read_to_string(&copy).expect("copy").contains("Annika Berg"), "the copy is written again");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert!(h.state().document().project().accounts[0].contact(ANNIKA).is_some(), "undo until saved");
}

fn type_into(h: &mut Harness<'_, GambitApp>, field: &str, text: &str) {
    h.get_by_label(field).focus();
    h.run_steps(2);
    h.key_press(egui::Key::End);
    h.get_by_label(field).type_text(text);
    h.run_steps(4);
}

#[test]
fn changing_an_opinion_dates_it_and_a_title_does_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, _) = start(dir.path());
    let annika = |h: &Harness<'_, GambitApp>| h.state().document().project().accounts[0].contact(ANNIKA).cloned();
    assert_eq!(annika(&h).expect("there").assessed, None);
    assert!(h.query_by_label("The team's assessment (not dated yet)").is_some());
    type_into(&mut h, "Title", " (acting)");
    assert!(annika(&h).expect("there").title.ends_with(" (acting)"), "typed");
    assert_eq!(annika(&h).expect("there").assessed, None, "a title is no opinion");
    type_into(&mut h, "Evidence", " Board minutes, May.");
    let assessed = annika(&h).expect("there").assessed.expect("dated");
    assert_eq!(assessed.on, chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    assert!(!assessed.by.is_empty(), "by whom, as the lock names them");
    assert!(h.query_by_label_contains("The team's assessment, last changed 2026-11-02").is_some());
}

#[test]
fn an_encrypted_project_asks_for_its_passphrase_and_a_wrong_one_changes_nothing() {
    use gambit::file::crypt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("travel.kam");
    let mut project = gambit::demo::demo_project().expect("demo");
    project.name = "Travelling plans".into();
    crypt::remember(&path.display().to_string(), "three unrelated words");
    gambit::file::save(&project, &path).expect("saved encrypted");
    crypt::forget(&path.display().to_string());
    let before = std::fs::read(&path).expect("read");
    let (mut h, dialogs) = start(dir.path());
    dialogs.borrow_mut().open_answers.push_back(Some(path.clone()));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    h.run_steps(4);
    assert!(h.query_by_label("travel.kam is protected with a passphrase").is_some(), "asks");
    h.get_by_label("Passphrase").type_text("a wrong guess");
    h.run_steps(2);
    click(&mut h, "Open");
    assert!(h.query_by_label("That passphrase does not open it. Nothing was changed.").is_some());
    assert_ne!(h.state().document().project().name, "Travelling plans", "still the project that was open");
    h.get_by_label("Passphrase").type_text("three unrelated words");
    h.run_steps(2);
    click(&mut h, "Open");
    assert_eq!(h.state().document().project().name, "Travelling plans");
    assert!(h.state().is_protected(), "saved encrypted from now on");
    assert_eq!(std::fs::read(&path).expect("read"), before, "opening changes nothing");
    // Unsaved work's recovery copy is encrypted too.
    let a = h.state().document().project().accounts[0].id;
    let mut henrik = h.state().document().project().accounts[0].contacts[0].clone();
    henrik.title = "Chair".into();
    h.state_mut().apply(gambit::command::Command::PutContact(a, henrik));
    h.run_steps(2);
    let copy = std::fs::read(dir.path().join(format!("recovery-{}.kam", std::process::id()))).expect("a copy");
    assert!(copy.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"), "the recovery copy is encrypted");
}
