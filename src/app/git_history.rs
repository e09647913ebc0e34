//! The open file's history in git, for the map's timeline: read on a
//! worker thread once the timeline is open, and again when the file on
//! disk changes (a save, a pull). Nothing is read while the timeline is
//! closed.

use crate::file::git::{self, Read};
use crate::layout::job::Job;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Versions of the file read at most.
pub const MAX_VERSIONS: usize = 200;

/// The history read, or being read.
#[derive(Default)]
pub struct GitHistory {
    /// The file and its modification time the history was read for.
    key: Option<(PathBuf, Option<std::time::SystemTime>)>,
    job: Option<Job<Read>>,
    read: Arc<Read>,
}

impl GitHistory {
    /// Reads the history of `path` (if not read for this version of the
    /// file yet), and takes a reading that finished.
    pub fn want(&mut self, path: Option<&Path>, wake: &egui::Context) {
        if let Some(done) = self.job.as_ref().and_then(Job::take) {
            self.read = Arc::new(done);
            self.job = None;
        }
        let key = path.map(|p| (p.to_path_buf(), std::fs::metadata(p).and_then(|m| m.modified()).ok()));
        if key == self.key {
            return;
        }
        self.key.clone_from(&key);
        let Some((path, _)) = key else {
            self.read = Arc::default();
            return;
        };
        let wake = wake.clone();
        let work = move || {
            git::read(&path, MAX_VERSIONS).unwrap_or_else(|e| Read {
                kept: Vec::new(),
                skipped: vec![crate::t!("timeline-git-failed", error = e.0)],
            })
        };
        self.job = Some(Job::start(work, move || wake.request_repaint()));
    }

    /// What was read so far.
    pub fn read(&self) -> Arc<Read> {
        self.read.clone()
    }
}
