//! Autosave and recovery: while there are unsaved changes, a recovery copy
//! is written at least every 30 s (atomically) into the user's data folder;
//! after a crash or a power cut, the next start offers to restore it. An
//! untitled project is recovered too. Saving, or leaving without saving on
//! purpose, removes the copy.

use super::GambitApp;
use crate::command::{Command, Document};
use crate::file;
use crate::i18n::tr;
use crate::model::Project;
use crate::t;
use std::path::{Path, PathBuf};

/// At most this much work is lost.
pub const EVERY_SECONDS: f64 = 30.0;

/// This Gambit's recovery copy and when it was last written.
pub struct Recovery {
    dir: PathBuf,
    /// Held while this Gambit runs, so that another can tell it from a crashed one.
    _alive: Option<file::alive::Alive>,
    /// The document revision last written, and when (egui's clock, seconds).
    written: Option<(u64, f64)>,
}

/// A copy left by a Gambit that did not close properly.
#[derive(Clone, Debug)]
pub struct Orphan {
    pub copy: PathBuf,
    /// The file it was a copy of (none for an untitled project).
    pub original: Option<PathBuf>,
    pub name: String,
}

/// Where recovery copies live: `GAMBIT_DATA_DIR`, else the app's data folder.
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os("GAMBIT_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("gambit"))
        .map(|d| d.join("recovery"))
}

fn copy_path(dir: &Path, pid: u32) -> PathBuf {
    dir.join(format!("recovery-{pid}.kam"))
}

fn origin_path(copy: &Path) -> PathBuf {
    copy.with_extension("origin")
}

/// Copies in `dir` whose Gambit is gone: its marker can be locked (see
/// [`file::alive`]); for a copy without one, on Linux no such live process,
/// elsewhere not written for three autosave periods.
pub fn orphans(dir: &Path) -> Vec<Orphan> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut found = Vec::new();
    for e in entries.filter_map(Result::ok) {
        let copy = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) =
            name.strip_prefix("recovery-").and_then(|n| n.strip_suffix(".kam")).and_then(|n| n.parse().ok())
        else {
            continue;
        };
        if pid == std::process::id() || alive(pid, &copy) {
            continue;
        }
        let original = std::fs::read_to_string(origin_path(&copy)).ok().filter(|s| !s.is_empty()).map(PathBuf::from);
        let shown = original.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
        found.push(Orphan { copy, original, name: shown.unwrap_or_else(|| tr("recovery-untitled-project")) });
    }
    found
}

fn alive(pid: u32, copy: &Path) -> bool {
    file::alive::runs_in(copy.parent().unwrap_or(Path::new(".")), pid).unwrap_or_else(|| unmarked_alive(pid, copy))
}

#[cfg(target_os = "linux")]
fn unmarked_alive(pid: u32, _copy: &Path) -> bool {
    file::lock::pid_runs(pid)
}

#[cfg(not(target_os = "linux"))]
fn unmarked_alive(_pid: u32, copy: &Path) -> bool {
    let age = std::fs::metadata(copy).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_some_and(|a| a.as_secs_f64() < 3.0 * EVERY_SECONDS)
}

fn remove(copy: &Path) {
    let _ = std::fs::remove_file(copy);
    let _ = std::fs::remove_file(origin_path(copy));
}

impl GambitApp {
    /// Turns autosave on, with copies in `dir`, and offers what a Gambit
    /// that did not close properly left there.
    pub fn enable_recovery(&mut self, dir: PathBuf) {
        let alive = file::alive::register(&dir);
        let found = orphans(&dir);
        if !found.is_empty() {
            self.orphans = found;
        }
        self.recovery = Some(Recovery { dir, _alive: alive, written: None });
    }

    /// Writes the recovery copy when there are unsaved changes and the last
    /// copy is 30 s old or older; removes it when there are none.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(rec) = &mut self.recovery else { return };
        if self.allow_close {
            // Leaving: saved, or unsaved work thrown away on purpose ("Don't Save").
            return;
        }
        let copy = copy_path(&rec.dir, std::process::id());
        if !self.doc.is_dirty() {
            if rec.written.take().is_some() {
                remove(&copy);
            }
            return;
        }
        let (revision, now) = (self.doc.revision(), ctx.input(|i| i.time));
        match rec.written {
            Some((r, _)) if r == revision => return,
            Some((_, at)) if now - at < EVERY_SECONDS => {
                // Come back when it is due, not every frame.
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(EVERY_SECONDS - (now - at)));
                return;
            }
            _ => {}
        }
        // The copy of an encrypted project is encrypted with its passphrase.
        let shown = self.doc.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        let bytes = file::to_string(self.doc.project()).ok().and_then(|text| {
            match file::crypt::seal_for(&shown, text.as_bytes()) {
                Some(sealed) => sealed.ok(),
                None => Some(text.into_bytes()),
            }
        });
        let written =
            std::fs::create_dir_all(&rec.dir).is_ok() && bytes.is_some_and(|b| file::write_atomic(&copy, &b).is_ok());
        let origin = self.doc.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        if written && file::write_atomic(&origin_path(&copy), origin.as_bytes()).is_ok() {
            rec.written = Some((revision, now));
        } else if rec.written.is_none() {
            self.status = tr("recovery-could-write-recovery");
            rec.written = Some((revision, now));
        }
    }

    /// Someone was erased: this Gambit's recovery copy is written again at
    /// once, and copies that crashed Gambits left of the same file are
    /// cleared of them too.
    pub(super) fn after_erasing(&mut self) {
        let Some(rec) = &mut self.recovery else { return };
        rec.written = None;
        let stones = crate::model::erase::tombstones(self.doc.project());
        let this = self.doc.path.as_ref().map(|p| p.display().to_string());
        let Ok(entries) = std::fs::read_dir(&rec.dir) else { return };
        for copy in entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "kam")) {
            let origin = std::fs::read_to_string(origin_path(&copy)).ok();
            if origin.is_some() && origin != this {
                continue;
            }
            if let Ok(mut old) = file::load(&copy)
                && crate::model::erase::apply_tombstones(&mut old, &stones)
                && let Ok(text) = file::to_string(&old)
            {
                let _ = file::write_atomic(&copy, text.as_bytes());
            }
        }
    }

    /// Leaving without saving on purpose: no copy is kept.
    pub(super) fn drop_recovery(&mut self) {
        if let Some(rec) = &mut self.recovery {
            remove(&copy_path(&rec.dir, std::process::id()));
            rec.written = None;
        }
    }

    pub fn recovery_offered(&self) -> bool {
        !self.orphans.is_empty()
    }

    /// Restores the first copy offered: its file (if any) opens, and the
    /// copy replaces its content as one undoable, unsaved change.
    pub fn restore_orphan(&mut self) {
        if self.orphans.is_empty() {
            return;
        }
        let orphan = self.orphans.remove(0);
        let recovered = match file::load(&orphan.copy) {
            // The demo changed in another language comes back in this one.
            Ok(p) if orphan.original.is_none() && crate::demo::is_demo(&p) => {
                crate::demo::in_language(&p, crate::i18n::language()).unwrap_or(p)
            }
            Ok(p) => p,
            Err(e) => {
                self.over.error = Some(format!("{}\n\n{e}", tr("recovery-recovery-copy-cannot")));
                return;
            }
        };
        if let Some(path) = orphan.original.clone().filter(|p| p.exists()) {
            self.open_path(&path);
        } else {
            let path = orphan.original.clone();
            self.replace_document(Document::new(Project::new(tr("file-untitled")), path));
        }
        let label = "recovery-restore-unsaved-work".to_owned();
        if let Err(e) = self.doc.apply(Command::ReplaceProject(label, Box::new(recovered))) {
            self.over.error = Some(e.to_string());
            return;
        }
        self.ui.forget_missing(self.doc.project());
        remove(&orphan.copy);
        self.status = t!("recovery-restored-of", name = &orphan.name);
    }

    /// Throws the first copy offered away.
    pub fn discard_orphan(&mut self) {
        if !self.orphans.is_empty() {
            remove(&self.orphans.remove(0).copy);
        }
    }

    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(orphan) = self.orphans.first() else { return };
        if self.shared.lock_notice.is_some() || self.shared.review.is_some() {
            return;
        }
        let mut answer = None;
        egui::Modal::new(egui::Id::new("recovery_offer")).show(ctx, |ui| {
            ui.heading(tr("recovery-restore-unsaved-work-2"));
            ui.label(t!("recovery-closed-without-saving", name = &orphan.name));
            if let Some(p) = &orphan.original {
                ui.weak(p.display().to_string());
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let tip = tr("recovery-open-changes-unsaved");
                if ui.button(tr("recovery-restore")).on_hover_text(tip).clicked() {
                    answer = Some(true);
                }
                if ui.button(tr("recovery-discard")).on_hover_text(tr("recovery-throw-unsaved-changes")).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => self.restore_orphan(),
            Some(false) => self.discard_orphan(),
            None => {}
        }
    }
}
