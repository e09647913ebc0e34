//! Never overwrite unseen changes: before saving, the file on disk is
//! compared (by content) with what was last loaded or saved; when someone
//! else saved meanwhile, their changes are merged in instead of overwritten,
//! and conflicts are shown side by side for the user to pick.

use super::GambitApp;
use crate::command::Command;
use crate::file;
use crate::i18n::{self, tr};
use crate::merge::{Merged, merge, resolve};
use crate::model::Project;
use crate::t;
use std::path::Path;

/// The state of sharing the open file with colleagues.
#[derive(Default)]
pub struct Shared {
    /// What the file held when last loaded or saved (the base of a merge).
    pub(super) disk: Option<OnDisk>,
    /// A merge waiting for the user to pick sides.
    pub(super) review: Option<MergeReview>,
    /// "Karin has this open since 10:12", waiting for an answer.
    pub(super) lock_notice: Option<LockNotice>,
    /// Opened read-only (someone else has it open): Save asks for a new file.
    pub(super) read_only: bool,
    /// The watch on the open file.
    pub(super) watch: Option<super::watch::Watch>,
    /// Someone else saved the file while there are unsaved changes here.
    pub(super) changed_on_disk: bool,
    /// The file's history in git (the timeline's commits).
    pub(super) history: super::git_history::GitHistory,
}

impl Shared {
    /// What the file held when last loaded or saved (new ids go past it).
    pub(super) fn base(&self) -> Option<&Project> {
        self.disk.as_ref().map(|d| &d.project)
    }
}

/// What the file held when it was last loaded or saved: the merge's base.
pub struct OnDisk {
    pub bytes: Vec<u8>,
    pub project: Project,
}

/// A merge waiting for the user to pick a side for each conflict.
pub struct MergeReview {
    merged: Merged,
    /// The file's content merged with (the next base), when it came from disk.
    theirs: Option<OnDisk>,
    /// For each conflict: take theirs.
    picks: Vec<bool>,
    /// Save once applied (it was a save that found the changes).
    save_after: bool,
    /// Who saved it, when their lock on the file names them (read once).
    saver: Option<String>,
}

/// What the check before a save found.
pub(super) enum DiskCheck {
    /// Nobody else changed the file: save.
    Unchanged,
    /// Merged cleanly into the project: save.
    Merged,
    /// Conflicts to pick, or the file could not be read: do not save now.
    Stop,
}

impl GambitApp {
    /// Remembers what the file holds now (after open or save).
    pub(super) fn remember_disk(&mut self, project: &Project, bytes: Vec<u8>) {
        self.shared.disk = Some(OnDisk { bytes, project: project.clone() });
    }

    /// Before saving to `path` (the file the project came from): merges
    /// whatever someone else saved there meanwhile.
    pub(super) fn check_disk(&mut self, path: &Path) -> DiskCheck {
        self.check_disk_then(path, true)
    }

    /// As `check_disk`; `save_after` says whether a save asked (and runs
    /// once the user picked), or a merge on its own ("Merge now").
    pub(super) fn check_disk_then(&mut self, path: &Path, save_after: bool) -> DiskCheck {
        let Some(base) = &self.shared.disk else { return DiskCheck::Unchanged };
        let Ok(file::Bounded::Bytes(bytes)) = file::read_bounded(path, file::MAX_FILE_BYTES) else {
            return DiskCheck::Unchanged;
        };
        if bytes == base.bytes {
            return DiskCheck::Unchanged;
        }
        let theirs = match file::from_bytes(&bytes, &path.display().to_string()) {
            Ok(p) => p,
            Err(e) => {
                self.over.error = Some(format!("{}\n\n{e}", tr("share-someone-else-saved-file-since")));
                return DiskCheck::Stop;
            }
        };
        let merged = merge(&base.project, self.doc.project(), &theirs);
        let theirs = OnDisk { bytes, project: theirs };
        if merged.conflicts.is_empty() {
            let n = merged.renumbered.len();
            self.apply_merged(merged.project, theirs);
            self.status = if n == 0 {
                tr("share-someone-else-saved-file-meanwhile")
            } else {
                t!("share-merged-renumbered", records = n)
            };
            return DiskCheck::Merged;
        }
        let picks = vec![false; merged.conflicts.len()];
        // Whoever has the file open (their lock names them) saved it.
        let saver = file::lock::holder(path).map(|l| l.user);
        self.shared.review = Some(MergeReview { merged, theirs: Some(theirs), picks, save_after, saver });
        DiskCheck::Stop
    }

    /// A file opened with conflicts a merge left in it: show them.
    pub(super) fn review_stored_conflicts(&mut self) {
        let project = self.doc.project();
        if project.conflicts.is_empty() {
            return;
        }
        let conflicts = project.conflicts.clone();
        let merged = Merged { project: project.clone(), conflicts, renumbered: Vec::new() };
        let picks = vec![false; merged.conflicts.len()];
        self.shared.review = Some(MergeReview { merged, theirs: None, picks, save_after: false, saver: None });
    }

    fn apply_merged(&mut self, project: Project, theirs: OnDisk) {
        if let Err(e) =
            self.doc.apply(Command::ReplaceProject("share-merge-changes-file".to_owned(), Box::new(project)))
        {
            self.over.error = Some(e.to_string());
        }
        self.ui.forget_missing(self.doc.project());
        self.shared.disk = Some(theirs);
    }

    pub fn merge_review_open(&self) -> bool {
        self.shared.review.is_some()
    }

    /// Settles the review: each conflict as picked, the merge as one undo
    /// step, then the save that found it.
    pub fn apply_review(&mut self) {
        let Some(review) = self.shared.review.take() else { return };
        let mut project = review.merged.project;
        project.conflicts = review.merged.conflicts;
        let failed = resolve(&mut project, &review.picks);
        if let Some(theirs) = review.theirs {
            self.apply_merged(project, theirs);
        } else {
            let label = "share-settle-merge-conflicts".to_owned();
            if let Err(e) = self.doc.apply(Command::ReplaceProject(label, Box::new(project))) {
                self.over.error = Some(e.to_string());
            }
            self.ui.forget_missing(self.doc.project());
        }
        if !failed.is_empty() {
            self.over.error = Some(format!("{}\n\n{}", tr("share-some-picks-could"), failed.join("\n")));
        }
        if review.save_after {
            self.save(false);
        }
    }

    /// Picks a side for conflict `i` (tests and the dialog).
    pub fn pick_theirs(&mut self, i: usize, theirs: bool) {
        if let Some(p) = self.shared.review.as_mut().and_then(|r| r.picks.get_mut(i)) {
            *p = theirs;
        }
    }

    pub(super) fn merge_review_ui(&mut self, ctx: &egui::Context) {
        let Some(review) = &mut self.shared.review else { return };
        let (mut apply, mut cancel) = (false, false);
        let title = match (review.save_after, &review.saver) {
            (true, Some(user)) => t!("share-user-saved-file", user = user),
            (true, None) => tr("share-someone-else-saved-file-2"),
            (false, _) => tr("share-conflicts-settle"),
        };
        // Modal: the project behind takes no edits until the user picks.
        egui::Modal::new(egui::Id::new("merge_review")).show(ctx, |ui| {
            ui.set_max_width((ctx.content_rect().width() - 80.0).min(960.0));
            ui.heading(title);
            ui.label(tr("share-their-changes-yours"));
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.55).show(ui, |ui| {
                egui::Grid::new("merge_conflicts").num_columns(3).striped(true).spacing([16.0, 6.0]).show(ui, |ui| {
                    ui.strong(tr("share-where"));
                    ui.strong(tr("share-yours"));
                    ui.strong(tr("share-theirs"));
                    ui.end_row();
                    for (c, pick) in review.merged.conflicts.iter().zip(review.picks.iter_mut()) {
                        let field = if c.field.is_empty() {
                            String::new()
                        } else {
                            format!(" › {}", i18n::key_words(&c.field))
                        };
                        ui.label(format!("{}{field}", c.place));
                        ui.radio_value(pick, false, &c.ours);
                        ui.radio_value(pick, true, &c.theirs);
                        ui.end_row();
                    }
                });
            });
            ui.separator();
            ui.horizontal(|ui| {
                let label = if review.save_after { tr("share-merge-save") } else { tr("share-apply") };
                apply = ui.button(label).on_hover_text(tr("share-step-undo-takes")).clicked();
                let tip =
                    if review.save_after { tr("share-nothing-saved-file") } else { tr("share-keep-conflicts-listed") };
                cancel = ui.button(tr("file-cancel")).on_hover_text(tip).clicked();
            });
        });
        if apply {
            self.apply_review();
        } else if cancel {
            let saving = self.shared.review.take().is_some_and(|r| r.save_after);
            if saving {
                self.status = tr("share-saved-file-disk");
            }
        }
    }
}

/// Someone else's lock found when opening a file, waiting for an answer.
pub struct LockNotice(pub file::lock::Lock);

impl GambitApp {
    /// After opening `path`: take its lock, or say who else has it open.
    pub(super) fn claim(&mut self, path: &Path) {
        match file::lock::holder(path) {
            Some(lock) => self.shared.lock_notice = Some(LockNotice(lock)),
            None => file::lock::take(path),
        }
    }

    /// Lets go of the file's lock (closing it, quitting, Save As elsewhere).
    pub(super) fn let_go(&mut self) {
        if let Some(path) = &self.doc.path {
            file::lock::release(path);
        }
        self.shared.read_only = false;
    }

    /// Whether the file was opened read-only (Save asks for a new file).
    pub fn is_read_only(&self) -> bool {
        self.shared.read_only
    }

    /// Answers "X has this open": read-only, or anyway (taking the lock).
    pub fn answer_lock(&mut self, read_only: bool) {
        if self.shared.lock_notice.take().is_none() {
            return;
        }
        self.shared.read_only = read_only;
        if !read_only && let Some(path) = self.doc.path.clone() {
            file::lock::take(&path);
        }
    }

    pub fn lock_notice_open(&self) -> bool {
        self.shared.lock_notice.is_some()
    }

    pub(super) fn lock_notice_ui(&mut self, ctx: &egui::Context) {
        let Some(LockNotice(lock)) = &self.shared.lock_notice else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::new("lock_notice")).show(ctx, |ui| {
            ui.heading(tr("share-someone-has-file"));
            let text = if lock.host.is_empty() {
                t!("share-user-has-it-open", user = &lock.user, since = &lock.since)
            } else {
                t!("share-user-on-host-has-it-open", user = &lock.user, host = &lock.host, since = &lock.since)
            };
            ui.label(text);
            ui.label(tr("share-changes-both-save"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let tip = tr("share-look-without-changing");
                if ui.button(tr("share-open-read-only")).on_hover_text(tip).clicked() {
                    answer = Some(true);
                }
                if ui.button(tr("share-open-anyway")).on_hover_text(tr("share-edit-too-saving")).clicked() {
                    answer = Some(false);
                }
            });
        });
        if let Some(read_only) = answer {
            self.answer_lock(read_only);
        }
    }
}

impl Drop for GambitApp {
    fn drop(&mut self) {
        self.let_go();
    }
}
