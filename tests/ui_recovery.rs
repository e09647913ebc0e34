//! Autosave and recovery: unsaved changes are copied at least every 30 s;
//! after a crash the next start offers them back.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::file;
use std::path::{Path, PathBuf};

mod app_files;
use app_files::demo_file;

fn start(file: Option<PathBuf>, data: &Path) -> Harness<'static, GambitApp> {
    let data = data.to_path_buf();
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).with_step_dt(0.5).build_eframe(move |cc| {
        let mut app =
            GambitApp::start(&cc.egui_ctx, file, Box::new(ScriptedDialogs::default()), RecentFiles::default());
        app.enable_recovery(data);
        app
    });
    h.run_steps(2);
    h
}

/// The shared edit, then a frame so the autosave can see it.
fn retitle(h: &mut Harness<'_, GambitApp>, title: &str) {
    app_files::retitle(h, title);
    h.run_steps(1);
}

fn mine(data: &Path) -> PathBuf {
    data.join(format!("recovery-{}.kam", std::process::id()))
}

/// What a crash leaves: this process's copy, as if its Gambit had died
/// (dropped without saving or answering anything, under another process id).
fn crash(h: Harness<'_, GambitApp>, data: &Path) {
    drop(h);
    let dead = u32::MAX - 1;
    std::fs::rename(mine(data), data.join(format!("recovery-{dead}.kam"))).expect("copy there");
    let origin = data.join(format!("recovery-{}.origin", std::process::id()));
    std::fs::rename(origin, data.join(format!("recovery-{dead}.origin"))).expect("origin there");
}

#[test]
fn a_crash_loses_nothing_autosaved_and_the_next_start_restores_it() {
    let dir = tempfile::tempdir().expect("temp");
    let data = dir.path().join("data");
    let path = demo_file(dir.path());
    let saved = file::load(&path).expect("load");
    let mut h = start(Some(path.clone()), &data);
    assert!(!mine(&data).exists(), "nothing to recover while nothing changed");
    retitle(&mut h, "CEO");
    let copy = file::load(&mine(&data)).expect("a recovery copy right after the first change");
    assert_eq!(copy.accounts[0].contacts[0].title, "CEO");
    // The next change waits for the 30 s to pass, then is copied too.
    retitle(&mut h, "Chief Executive");
    assert_eq!(file::load(&mine(&data)).expect("copy").accounts[0].contacts[0].title, "CEO");
    h.run_steps(62);
    assert_eq!(file::load(&mine(&data)).expect("copy").accounts[0].contacts[0].title, "Chief Executive");
    let before_crash = h.state().document().project().clone();
    crash(h, &data);

    let mut h = start(None, &data);
    assert!(h.state().recovery_offered());
    assert!(h.query_by_label_contains("changes to Nordvik.kam").is_some(), "it says which file");
    h.get_by_label("Restore").click();
    h.run_steps(2);
    let doc = h.state().document();
    assert_eq!(doc.project(), &before_crash, "the work is back");
    assert_eq!(doc.path.as_deref(), Some(path.as_path()), "in its own file");
    assert!(doc.is_dirty(), "unsaved until saved");
    assert_eq!(file::load(&path).expect("load"), saved, "the file itself untouched");
    assert!(!data.join(format!("recovery-{}.kam", u32::MAX - 1)).exists(), "the old copy is gone");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert_eq!(file::load(&path).expect("load").accounts[0].contacts[0].title, "Chief Executive");
    assert!(!mine(&data).exists(), "saved: no copy kept");
}

#[test]
fn an_untitled_project_is_recovered_and_discard_throws_it_away() {
    let dir = tempfile::tempdir().expect("temp");
    let data = dir.path().join("data");
    let mut h = start(None, &data);
    retitle(&mut h, "Untitled work");
    crash(h, &data);
    let mut h = start(None, &data);
    assert!(h.query_by_label_contains("an untitled project").is_some());
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert_eq!(h.state().document().project().accounts[0].contacts[0].title, "Untitled work");
    assert!(h.state().document().path.is_none());
    drop(h);

    let mut h = start(None, &data);
    retitle(&mut h, "Thrown away");
    crash(h, &data);
    let mut h = start(None, &data);
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(!h.state().recovery_offered());
    assert_ne!(h.state().document().project().accounts[0].contacts[0].title, "Thrown away");
    assert_eq!(copies(&data), 0, "nothing left to offer");
}

/// Recovery copies in `data` (the running Gambit's marker aside).
fn copies(data: &Path) -> usize {
    let names = std::fs::read_dir(data).expect("list").flatten();
    names.filter(|e| e.file_name().to_string_lossy().starts_with("recovery-")).count()
}

#[test]
fn dont_save_on_quitting_leaves_no_copy_to_be_offered_again() {
    let dir = tempfile::tempdir().expect("temp");
    let data = dir.path().join("data");
    let path = demo_file(dir.path());
    let mut h = start(Some(path), &data);
    retitle(&mut h, "Not wanted");
    assert!(mine(&data).exists(), "autosaved while unsaved");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(1);
    h.get_by_label("Don't Save").click();
    // The frames before the window closes must not write the copy again.
    h.run_steps(70);
    assert_eq!(copies(&data), 0, "Don't Save keeps nothing");
    drop(h);
    let h = start(None, &data);
    assert!(!h.state().recovery_offered(), "and the next start asks nothing");
}

#[test]
fn a_crashed_gambit_is_known_at_once_by_its_released_marker() {
    let dir = tempfile::tempdir().expect("temp");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("data");
    let project = file::load(&demo_file(dir.path())).expect("demo");
    let text = file::to_string(&project).expect("text");
    // A Gambit still running (its marker locked) and one that crashed a
    // moment ago (its marker left, unlocked, whatever its process id now is).
    let parent = 4_000_000;
    for pid in [parent, parent + 1] {
        std::fs::write(data.join(format!("recovery-{pid}.kam")), &text).expect("copy");
        std::fs::write(data.join(format!("recovery-{pid}.origin")), "").expect("origin");
        std::fs::write(data.join(format!("alive-{pid}")), "").expect("marker");
    }
    let running = std::fs::OpenOptions::new().write(true).open(data.join(format!("alive-{parent}"))).expect("open");
    running.try_lock().expect("held as a running Gambit holds it");
    let found = gambit::app::recovery::orphans(&data);
    let pids: Vec<String> = found.iter().map(|o| o.copy.display().to_string()).collect();
    assert_eq!(found.len(), 1, "{pids:?}");
    assert!(pids[0].ends_with(&format!("recovery-{}.kam", parent + 1)), "{pids:?}");
}

#[test]
fn after_restoring_an_untitled_project_an_account_is_open() {
    let dir = tempfile::tempdir().expect("temp");
    let data = dir.path().join("data");
    let mut h = start(None, &data);
    retitle(&mut h, "Kept");
    crash(h, &data);
    let mut h = start(None, &data);
    h.get_by_label("Restore").click();
    h.run_steps(2);
    let first = h.state().document().project().accounts.first().map(|a| a.id);
    assert!(first.is_some());
    assert_eq!(h.state().current_account(), first, "the picker shows an account, not (none)");
}
