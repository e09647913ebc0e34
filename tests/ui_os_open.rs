//! A file the operating system hands over while Gambit runs (on macOS,
//! Finder's "open documents" event after a double-click) opens in the
//! window, asking first when there are unsaved changes. One test in this
//! binary: the hand-over queue is process-wide.

use egui_kittest::Harness;
use gambit::app::recent::RecentFiles;
use gambit::app::{GambitApp, Guarded, dialogs::ScriptedDialogs};
use gambit::platform::open_queue;
use std::path::Path;

#[test]
fn a_file_handed_over_by_the_system_opens_and_unsaved_work_is_asked_about_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("Handed over.kam");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3.kam"), &file).expect("copy");
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| {
        let ctx = cc.egui_ctx.clone();
        open_queue::wake_with(move || ctx.request_repaint());
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(2);
    assert!(h.state().document().path.is_none(), "the demo");

    open_queue::push(file.clone());
    h.run_steps(3);
    assert_eq!(h.state().document().path.as_deref(), Some(file.as_path()), "opened without a click");

    // With unsaved changes, the same hand-over asks before replacing them.
    h.state_mut().apply(gambit::command::Command::SetProjectInfo {
        name: "Renamed here".into(),
        our_company: String::new(),
        currency: String::new(),
    });
    open_queue::push(dir.path().join("Handed over.kam"));
    h.run_steps(3);
    assert!(matches!(h.state().pending_confirmation(), Some(Guarded::Open(Some(p))) if p == &file));
    assert!(h.state().document().is_dirty(), "nothing replaced before the answer");
}
