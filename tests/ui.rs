//! The real app driven through AccessKit with `egui_kittest`: no display needed.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::app::views::ViewKind;
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;

/// Frames stepped after each action (enough for a click to show its effect).
const STEPS: usize = 4;

fn start(path: Option<PathBuf>) -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, path, Box::new(d), RecentFiles::default()));
    harness.run_steps(STEPS);
    (harness, dialogs)
}

fn step(h: &mut Harness<'_, GambitApp>) {
    h.run_steps(STEPS);
}

fn click_tab(h: &mut Harness<'_, GambitApp>, view: &str) {
    h.get_all_by_label(view).next().expect("tab").click();
    step(h);
}

fn press(h: &mut Harness<'_, GambitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    step(h);
}

fn henrik_title(h: &Harness<'_, GambitApp>) -> String {
    h.state().document().project().accounts[0].contacts[0].title.clone()
}

/// Selects Henrik Åberg in the map's people list and types into his title.
fn edit_henrik_title(h: &mut Harness<'_, GambitApp>, extra: &str) {
    click_tab(h, "Map");
    h.get_by_label("K Henrik Åberg — Group CEO").click();
    step(h);
    let title = h.get_by_label("Title");
    title.focus();
    step(h);
    h.key_press(Key::End);
    h.get_by_label("Title").type_text(extra);
    step(h);
}

#[test]
fn starts_on_the_demo_portfolio() {
    let (h, _) = start(None);
    assert!(h.query_by_label("Nordvik Foods Group").is_some());
    assert!(h.query_by_label("Baltica Marine Engines").is_some());
    assert!(h.query_by_label("Gold (override)").is_some(), "Helsing Pharma's override is visible");
    assert!(h.query_by_label_contains("incomplete").is_some(), "an unscored account is incomplete, not zero");
}

#[test]
fn switches_between_all_views() {
    let (mut h, _) = start(None);
    click_tab(&mut h, "Map");
    assert_eq!(h.state().current_view(), ViewKind::Map);
    assert!(h.query_by_label("43 contacts · 118 relationships").is_some());
    click_tab(&mut h, "Scoring");
    assert!(h.query_by_label("Score: 86.3 / 100").is_some());
    click_tab(&mut h, "Plan");
    assert!(h.query_by_label("Account plan — Nordvik Foods Group").is_some());
    assert!(h.query_by_label_contains("Plan health").is_some());
    click_tab(&mut h, "Portfolio");
    assert_eq!(h.state().current_view(), ViewKind::Portfolio);
}

#[test]
fn edit_a_contact_then_undo_and_redo_with_shortcuts() {
    let (mut h, _) = start(None);
    edit_henrik_title(&mut h, " and Chair");
    assert_eq!(henrik_title(&h), "Group CEO and Chair");
    assert!(h.state().document().is_dirty());
    assert!(h.state().window_title().starts_with('●'), "{}", h.state().window_title());

    // Typing a phrase is one undo step.
    h.get_by_label("Title").focus();
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(henrik_title(&h), "Group CEO");
    assert!(!h.state().document().is_dirty());

    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(henrik_title(&h), "Group CEO and Chair");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(henrik_title(&h), "Group CEO and Chair", "Ctrl+Y redoes too");
}

#[test]
fn add_and_delete_a_contact_on_the_map() {
    let (mut h, _) = start(None);
    click_tab(&mut h, "Map");
    h.get_by_label("Add contact").click();
    step(&mut h);
    assert_eq!(h.state().document().project().accounts[0].contacts.len(), 44);
    assert!(h.query_by_label("44 contacts · 118 relationships").is_some());
    h.get_by_label("Delete contact").click();
    step(&mut h);
    assert_eq!(h.state().document().project().accounts[0].contacts.len(), 43);
}

#[test]
fn save_through_the_dialog_and_reopen_shows_the_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("nordvik");
    let (mut h, dialogs) = start(None);
    edit_henrik_title(&mut h, " and Chair");
    dialogs.borrow_mut().save_answers.push_back(Some(target.clone()));
    press(&mut h, Modifiers::COMMAND, Key::S);
    let saved = dir.path().join("nordvik.kam");
    assert!(saved.exists(), "Save adds the .kam extension");
    assert!(!h.state().document().is_dirty());
    assert_eq!(h.state().window_title(), "nordvik.kam — Gambit");
    assert_eq!(h.state().recent_files().files().len(), 1);

    let (h2, _) = start(Some(saved.clone()));
    assert_eq!(henrik_title(&h2), "Group CEO and Chair");
    assert_eq!(h2.state().document().path.as_deref(), Some(saved.as_path()));
}

#[test]
fn cancelled_save_dialog_keeps_changes_unsaved() {
    let (mut h, dialogs) = start(None);
    edit_henrik_title(&mut h, "!");
    dialogs.borrow_mut().save_answers.push_back(None);
    press(&mut h, Modifiers::COMMAND, Key::S);
    let d = dialogs.borrow();
    assert_eq!(d.suggested_saves.len(), 1, "Ctrl+S on a project never saved asks where to save it");
    assert!(d.save_answers.is_empty(), "and takes the answer (cancel)");
    assert!(h.state().document().is_dirty(), "cancelling keeps the changes unsaved");
    assert_eq!(h.state().document().path, None, "and the project still has no file");
}

#[test]
fn new_asks_before_discarding_changes() {
    let (mut h, _) = start(None);
    edit_henrik_title(&mut h, "!");
    h.get_by_label("Title").focus();
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.state().pending_confirmation().is_some());
    assert!(h.query_by_label("Save changes?").is_some());
    h.get_by_label("Cancel").click();
    step(&mut h);
    assert_eq!(henrik_title(&h), "Group CEO!", "Cancel keeps the project");

    press(&mut h, Modifiers::COMMAND, Key::N);
    h.get_by_label("Don't Save").click();
    step(&mut h);
    assert!(h.state().document().project().accounts.is_empty(), "a new, empty project");
    assert!(!h.state().document().is_dirty());
}

#[test]
fn opening_a_broken_file_shows_the_error_and_keeps_the_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.kam");
    std::fs::write(&broken, "(format_version: 1, name: ").expect("write");
    let (mut h, dialogs) = start(None);
    dialogs.borrow_mut().open_answers.push_back(Some(broken.clone()));
    press(&mut h, Modifiers::COMMAND, Key::O);
    let message = h.state().error_message().expect("error shown").to_owned();
    assert!(message.contains("broken.kam:1:"), "{message}");
    assert!(h.query_by_label_contains("Could not open the file.").is_some());
    assert_eq!(h.state().document().project().accounts.len(), 12, "the demo is still open");
    h.get_by_label("OK").click();
    step(&mut h);
    assert!(h.state().error_message().is_none());
    assert_eq!(std::fs::read_to_string(&broken).expect("read"), "(format_version: 1, name: ");
}

#[test]
fn a_file_named_on_the_command_line_with_problems_opens_with_them_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dangling.kam");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1.kam")).expect("fixture");
    std::fs::write(&path, text.replace("to: Contact(1), kind: ReportsTo", "to: Contact(50), kind: ReportsTo"))
        .expect("write");
    let (h, _) = start(Some(path));
    assert_eq!(h.state().document().problems().len(), 1);
    assert!(h.query_by_label("1 error, 0 warnings").is_some());
    assert!(h.query_by_label_contains("refers to contact #50").is_some(), "the problems panel lists it");
}

/// A file as the window system hands it over on drop.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fixture.kam");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1.kam"), &path).expect("copy");
    let (mut h, _) = start(None);
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(path.clone())));
    step(&mut h);
    assert_eq!(h.state().document().project().name, "Fixture project");
    assert_eq!(h.state().window_title(), "fixture.kam — Gambit");
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let (mut h, _) = start(None);
    edit_henrik_title(&mut h, "!");
    h.get_by_label("Title").focus();
    h.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
    step(&mut h);
    assert_eq!(h.state().pending_confirmation(), Some(&gambit::app::Guarded::Quit));
    assert!(h.query_by_label("Save changes?").is_some());
    h.get_by_label("Cancel").click();
    step(&mut h);
    assert!(h.state().pending_confirmation().is_none());
    assert_eq!(henrik_title(&h), "Group CEO!");
}
