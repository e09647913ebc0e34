//! Atomic saving: write a temporary file beside the target, flush and sync
//! it, keep the old file as `.bak`, then rename the new file into place.

use super::{SaveError, to_string};
use crate::model::Project;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// `NAME.kam` -> `NAME.kam.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

fn io_err(path: &Path, e: std::io::Error) -> SaveError {
    SaveError::Io { path: path.display().to_string(), message: e.to_string() }
}

/// Saves the project to `path`. On any failure the target is unchanged.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_string(project)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = write_synced(&tmp, text.as_bytes()).and_then(|()| {
        if path.exists() {
            fs::copy(path, backup_path(path)).map_err(|e| io_err(path, e))?;
        }
        fs::rename(&tmp, path).map_err(|e| io_err(path, e))
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_dir(&dir);
    Ok(())
}

fn write_synced(tmp: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let mut f = File::create(tmp).map_err(|e| io_err(tmp, e))?;
    f.write_all(bytes).map_err(|e| io_err(tmp, e))?;
    f.flush().map_err(|e| io_err(tmp, e))?;
    f.sync_all().map_err(|e| io_err(tmp, e))
}

/// Makes the rename durable where the platform allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
