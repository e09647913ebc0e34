//! Recently used files, kept in eframe's app storage (never in a project).

use std::path::{Path, PathBuf};

const KEY: &str = "gambit.recent_files";
const MAX: usize = 10;

/// Most recent first, no duplicates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecentFiles {
    files: Vec<PathBuf>,
}

impl RecentFiles {
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let files: Vec<PathBuf> = storage.and_then(|s| eframe::get_value(s, KEY)).unwrap_or_default();
        Self { files }
    }

    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, &self.files);
    }

    pub fn add(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.files.retain(|p| p != &path);
        self.files.insert(0, path);
        self.files.truncate(MAX);
    }

    pub fn remove(&mut self, path: &Path) {
        self.files.retain(|p| p != path);
    }

    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    pub fn clear(&mut self) {
        self.files.clear();
    }
}
