//! Watching the open file for a colleague's save (the notify crate: the
//! system tells us, so an idle Gambit still uses no CPU). With no unsaved
//! changes here, their version is loaded quietly and the view stays; with
//! changes here, Gambit says so and offers to merge now.

use super::GambitApp;
use crate::command::Command;
use crate::file;
use crate::i18n::tr;
use notify::Watcher as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A watch on one file (through its folder: a save replaces the file).
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
    changed: Arc<AtomicBool>,
    path: PathBuf,
}

impl Watch {
    pub fn start(ctx: &egui::Context, path: &Path) -> Option<Self> {
        let changed = Arc::new(AtomicBool::new(false));
        let (flag, ctx, name) = (changed.clone(), ctx.clone(), path.file_name()?.to_owned());
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let ours = event.is_ok_and(|e| e.paths.iter().any(|p| p.file_name() == Some(name.as_os_str())));
            if ours {
                flag.store(true, Ordering::Release);
                ctx.request_repaint();
            }
        })
        .ok()?;
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        watcher.watch(folder, notify::RecursiveMode::NonRecursive).ok()?;
        Some(Self { _watcher: watcher, changed, path: path.to_path_buf() })
    }
}

impl GambitApp {
    /// Watches the document's file (after open or Save As).
    pub(super) fn watch_file(&mut self, ctx: &egui::Context) {
        let same = self.shared.watch.as_ref().map(|w| w.path.as_path()) == self.doc.path.as_deref();
        if !same {
            self.shared.watch = self.doc.path.as_deref().and_then(|p| Watch::start(ctx, p));
        }
    }

    /// When the file changed on disk and it is not our own save: reload
    /// quietly, or offer to merge.
    pub(super) fn file_changed(&mut self, ctx: &egui::Context) {
        self.watch_file(ctx);
        let Some(w) = &self.shared.watch else { return };
        if !w.changed.swap(false, Ordering::AcqRel) {
            return;
        }
        let path = w.path.clone();
        let Ok(file::Bounded::Bytes(bytes)) = file::read_bounded(&path, file::MAX_FILE_BYTES) else { return };
        if self.shared.disk.as_ref().is_some_and(|d| d.bytes == bytes) {
            return;
        }
        if self.doc.is_dirty() {
            self.shared.changed_on_disk = true;
            return;
        }
        // Nothing unsaved here: take their version, keeping the view.
        let Ok(theirs) = file::from_bytes(&bytes, &path.display().to_string()) else { return };
        let label = "share-reload-file".to_owned();
        if self.doc.apply(Command::ReplaceProject(label, Box::new(theirs.clone()))).is_ok() {
            self.doc.mark_saved(path);
            self.ui.forget_missing(self.doc.project());
            self.remember_disk(&theirs, bytes);
            self.status = tr("share-someone-else-saved");
        }
    }

    pub fn changed_on_disk(&self) -> bool {
        self.shared.changed_on_disk
    }

    /// Merges what is on disk into the project now (without saving).
    pub fn merge_now(&mut self) {
        self.shared.changed_on_disk = false;
        if let Some(path) = self.doc.path.clone() {
            // A clean merge is applied; conflicts open the review.
            let _ = self.check_disk_then(&path, false);
        }
    }

    pub(super) fn changed_on_disk_ui(&mut self, ui: &mut egui::Ui) {
        if !self.shared.changed_on_disk {
            return;
        }
        ui.horizontal(|ui| {
            ui.colored_label(super::theme::WARNING, tr("share-someone-else-saved-file"));
            let tip = tr("share-bring-their-changes");
            if ui.button(tr("share-merge-now")).on_hover_text(tip).clicked() {
                self.merge_now();
            }
            if ui.button(tr("share-later")).on_hover_text(tr("share-their-changes-merged")).clicked() {
                self.shared.changed_on_disk = false;
            }
        });
    }
}
