//! Which Gambits still run: each running Gambit holds an exclusive lock on
//! a small marker file (`alive-PID`) in the data folder for as long as it
//! lives. The system lets go of the lock when the process ends however it
//! ends (a crash, a kill, a power cut), before any parent reaps it, so a
//! marker that can be locked belongs to a Gambit that is gone. This works
//! the same on Windows, macOS and Linux, where process ids alone do not
//! tell (a zombie keeps its id; Windows and macOS were judged by age).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static DIR: OnceLock<PathBuf> = OnceLock::new();

/// This Gambit's marker, locked while it is held.
#[derive(Debug)]
pub struct Alive {
    _file: File,
    path: PathBuf,
}

impl Drop for Alive {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn marker(dir: &Path, pid: u32) -> PathBuf {
    dir.join(format!("alive-{pid}"))
}

/// Marks this Gambit as running, with its marker in `dir` (best effort:
/// `None` when the folder cannot be written).
pub fn register(dir: &Path) -> Option<Alive> {
    std::fs::create_dir_all(dir).ok()?;
    let path = marker(dir, std::process::id());
    let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).ok()?;
    file.try_lock().ok()?;
    let _ = DIR.set(dir.to_path_buf());
    Some(Alive { _file: file, path })
}

/// Whether the Gambit with process id `pid` runs, as its marker tells:
/// `None` when it left none (an older Gambit, or another folder).
pub fn runs(pid: u32) -> Option<bool> {
    runs_in(DIR.get()?, pid)
}

/// As [`runs`], with the markers in `dir`.
pub fn runs_in(dir: &Path, pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        return Some(true);
    }
    let path = marker(dir, pid);
    let file = std::fs::OpenOptions::new().write(true).open(&path).ok()?;
    match file.try_lock() {
        Ok(()) => {
            // Gone: its marker is of no more use.
            drop(file);
            let _ = std::fs::remove_file(&path);
            Some(false)
        }
        Err(_) => Some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_is_alive_while_held_and_gone_after() {
        let dir = tempfile::tempdir().expect("temp");
        // Another process's marker, held by a handle here, then let go.
        let path = marker(dir.path(), 4_000_000);
        let held = std::fs::File::create(&path).expect("marker");
        held.try_lock().expect("locked");
        assert_eq!(runs_in(dir.path(), 4_000_000), Some(true));
        drop(held);
        assert_eq!(runs_in(dir.path(), 4_000_000), Some(false));
        assert!(!path.exists(), "a dead marker is removed");
        assert_eq!(runs_in(dir.path(), 4_000_001), None, "no marker: unknown");
    }
}
