//! What the sharing and recovery tests both do to a project on disk and in
//! the app: the demo saved as a file, and one visible edit.
#![allow(dead_code, reason = "each test binary uses some of these helpers")]

use egui_kittest::Harness;
use gambit::app::GambitApp;
use gambit::command::Command;
use std::path::{Path, PathBuf};

/// The demo project saved as `Nordvik.kam` in `dir`.
pub fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("Nordvik.kam");
    gambit::file::save(&gambit::demo::demo_project().expect("demo"), &path).expect("save");
    path
}

/// Gives the first account's first contact a new title, through the app's
/// command layer (one undoable edit).
pub fn retitle(h: &mut Harness<'_, GambitApp>, title: &str) {
    let (a, mut henrik) = {
        let p = h.state().document().project();
        (p.accounts[0].id, p.accounts[0].contacts[0].clone())
    };
    henrik.title = title.into();
    h.state_mut().apply(Command::PutContact(a, henrik));
}
