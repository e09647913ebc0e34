//! Where the system's file dialog cannot open (no desktop portal and no
//! zenity), Gambit shows its own, so a user can always save, open and
//! export. Driven through the UI with `egui_kittest`.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use std::path::{Path, PathBuf};

/// A desktop without file dialogs, with `file` open (the demo when `None`).
fn start(file: Option<PathBuf>) -> Harness<'static, GambitApp> {
    let dialogs = ScriptedDialogs { unavailable: Some("a test desktop".to_owned()), ..ScriptedDialogs::default() };
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(move |cc| {
        GambitApp::start(&cc.egui_ctx, file.clone(), Box::new(dialogs), RecentFiles::default())
    });
    h.run_steps(4);
    h
}

fn demo_copy(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.kam"), &path).expect("copy the demo");
    path
}

/// Types `name` over the file name Gambit's dialog suggested, and saves.
fn save_in_own_dialog(h: &mut Harness<'_, GambitApp>, suggested: &str, name: &str) {
    let field = h.get_by(|n| n.role() == Role::TextInput && n.value().as_deref() == Some(suggested));
    field.focus();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by(|n| n.role() == Role::TextInput && n.value().as_deref() == Some(suggested)).type_text(name);
    h.run_steps(2);
    h.get_by(|n| n.role() == Role::Button && n.label().as_deref() == Some("Save")).click();
    h.run_steps(6);
}

#[test]
fn save_as_opens_gambits_own_dialog_in_the_projects_folder_and_saves_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = demo_copy(dir.path(), "plan.kam");
    let mut h = start(Some(original.clone()));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(6);
    assert!(h.state().file_chooser().own_dialog_open(), "Gambit's own dialog is showing");
    assert!(h.query_by_label_contains("Save project").is_some(), "titled as the system's would be");
    assert!(
        h.query_by_label_contains("Using Gambit's own file dialog (a test desktop)").is_some(),
        "the status bar says why"
    );
    save_in_own_dialog(&mut h, "Hallberg key accounts 2026.kam", "copy");
    let copy = dir.path().join("copy.kam");
    assert!(copy.is_file(), "saved in the project's folder with .kam added");
    assert_eq!(h.state().document().path.as_deref(), Some(copy.as_path()));
    assert!(!h.state().document().is_dirty());
    let saved = gambit::file::load(&copy).expect("the copy loads");
    assert_eq!(saved.name, "Hallberg key accounts 2026");
    assert!(!h.state().file_chooser().own_dialog_open());
}

#[test]
fn save_changes_before_new_waits_for_the_dialog_then_starts_the_new_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = start(None); // the demo: untitled, so saving must ask where
    let account = h.state().current_account().expect("demo account");
    let demo = h.state().document().project().account(account).expect("in the demo");
    let info = gambit::command::AccountInfo { industry: "Dairy".into(), ..gambit::command::AccountInfo::of(demo) };
    h.state_mut().apply(gambit::command::Command::SetAccountInfo(account, info));
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(4);
    h.get_by(|n| n.role() == Role::Button && n.label().as_deref() == Some("Save")).click();
    h.run_steps(6);
    assert!(h.state().file_chooser().own_dialog_open());
    assert_eq!(h.state().document().project().name, "Hallberg key accounts 2026", "nothing thrown away yet");
    let target = dir.path().join("kept.kam");
    save_in_own_dialog(&mut h, "Hallberg key accounts 2026.kam", &target.display().to_string());
    let kept = gambit::file::load(&target).expect("saved before the new project");
    assert_eq!(kept.accounts.iter().find(|a| a.id == account).map(|a| a.industry.as_str()), Some("Dairy"));
    assert_eq!(h.state().document().project().name, "Untitled", "then the new project started");
    assert!(h.state().document().path.is_none());
}

#[test]
fn cancelling_gambits_own_dialog_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = demo_copy(dir.path(), "plan.kam");
    let before = std::fs::read(&original).expect("read");
    let mut h = start(Some(original.clone()));
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(6);
    h.get_by(|n| n.role() == Role::Button && n.label().as_deref() == Some("Cancel")).click();
    h.run_steps(4);
    assert!(!h.state().file_chooser().own_dialog_open());
    assert_eq!(std::fs::read(&original).expect("read"), before);
    let files = std::fs::read_dir(dir.path()).expect("list").filter_map(Result::ok);
    let written = files.filter(|e| !e.file_name().to_string_lossy().starts_with(".~lock.")).count();
    assert_eq!(written, 1, "no file written (beside the lock that says the file is open)");
    // The next export asks again, in Gambit's dialog.
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export Plan as Markdown…").click();
    h.run_steps(6);
    assert!(h.state().file_chooser().own_dialog_open());
    save_in_own_dialog(&mut h, "Nordvik Foods Group plan 2026-11-23.md", "plan-export");
    let exported = dir.path().join("plan-export.md");
    let text = std::fs::read_to_string(&exported).expect("the export was written, with its extension");
    assert!(text.contains("Nordvik Foods Group"));
}

#[test]
fn while_gambits_own_dialog_is_open_the_shortcuts_behind_it_do_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = demo_copy(dir.path(), "plan.kam");
    let mut h = start(Some(original));
    h.state_mut().apply(gambit::command::Command::SetProjectInfo {
        name: "Renamed".into(),
        our_company: "Hallberg".into(),
        currency: "SEK".into(),
    });
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(6);
    assert!(h.state().file_chooser().own_dialog_open());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(4);
    assert_eq!(h.state().document().project().name, "Renamed", "Ctrl+Z did not undo behind the dialog");
    assert!(h.state().pending_confirmation().is_none(), "Ctrl+N did not start a new project behind it");
    assert!(h.state().file_chooser().own_dialog_open());
}

#[test]
fn gambits_own_dialog_speaks_swedish() {
    gambit::i18n::set_language(gambit::i18n::Language::Swedish);
    let mut h = start(None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(6);
    assert!(h.state().file_chooser().own_dialog_open(), "Gambit's own dialog is showing");
    assert!(h.query_by_label_contains("Öppna projekt").is_some(), "the title");
    for word in ["Platser", "Hem", "Avbryt"] {
        assert!(h.query_all_by_label_contains(word).next().is_some(), "{word}");
    }
    for english in ["Places", "Cancel", "Pinned", "Reload"] {
        assert!(h.query_all_by_label_contains(english).next().is_none(), "{english} is still English");
    }
    assert!(gambit::i18n::missing(gambit::i18n::Language::Swedish).is_empty());
}
