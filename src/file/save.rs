//! Atomic saving. The new text goes to a temporary file with a random
//! name, created exclusively beside the target, flushed and synced; the old
//! file is kept as `.bak` by its own atomic write (never an in-place copy);
//! then the new file is renamed into place. Neither temporary file nor
//! `.bak` ever follows a symlink: when the target itself is a link, the
//! file it points to is replaced and the link stays. The file keeps its
//! permissions; a read-only file, or one written by a newer Gambit, is
//! refused. Temporary files left by a crash are removed on the next save.

use super::{MAX_FILE_BYTES, SaveError, to_string};
use crate::model::{FORMAT_VERSION, Project};
use std::fs::{self, File};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

/// `NAME.kam` -> `NAME.kam.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

fn io_err(path: &Path, e: &std::io::Error) -> SaveError {
    SaveError::Io { path: path.display().to_string(), message: crate::i18n::io_words(e) }
}

/// Saves the project to `path`, keeping the previous file as `.bak`. On any
/// failure the file and its `.bak` are as they were.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_string(project)?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge { path: path.display().to_string(), size: text.len() as u64 });
    }
    let shown = path.display().to_string();
    let bytes = match super::crypt::seal_for(&shown, text.as_bytes()) {
        Some(sealed) => sealed.map_err(|e| io_err(path, &e))?,
        None => text.into_bytes(),
    };
    replace(path, &bytes, Keep::Backup)?;
    clear_backup(project, path, &bytes)
}

/// After saving a project that erased people, the `.bak` (the file as it
/// was) must not keep them either: it is cleared of them, or, when it
/// cannot be read, replaced by the file just saved.
fn clear_backup(project: &Project, path: &Path, written: &[u8]) -> Result<(), SaveError> {
    let stones = crate::model::erase::tombstones(project);
    let bak = backup_path(&real_target(path)?);
    if stones.is_empty() || !bak.is_file() {
        return Ok(());
    }
    let bytes = std::fs::read(&bak).map_err(|e| io_err(&bak, &e))?;
    // An encrypted `.bak` opens with the file's own passphrase.
    match super::from_bytes(&bytes, &path.display().to_string()) {
        Ok(mut old) => {
            if crate::model::erase::apply_tombstones(&mut old, &stones) {
                let cleared = to_string(&old)?;
                let shown = path.display().to_string();
                let cleared = match super::crypt::seal_for(&shown, cleared.as_bytes()) {
                    Some(sealed) => sealed.map_err(|e| io_err(&bak, &e))?,
                    None => cleared.into_bytes(),
                };
                replace(&bak, &cleared, Keep::Nothing)?;
            }
        }
        Err(_) => replace(&bak, written, Keep::Nothing)?,
    }
    Ok(())
}

/// Writes an export (or any other file) atomically: a failure leaves
/// nothing half-written, and the file keeps its permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace(path, bytes, Keep::Nothing)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Backup,
    Nothing,
}

fn replace(path: &Path, bytes: &[u8], keep: Keep) -> Result<(), SaveError> {
    let target = real_target(path)?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let old = fs::metadata(&target).ok().filter(fs::Metadata::is_file);
    if let Some(meta) = &old {
        if meta.permissions().readonly() {
            return Err(SaveError::ReadOnly { path: path.display().to_string() });
        }
        if keep == Keep::Backup
            && let Some(found) = version_of(&target).filter(|v| *v > FORMAT_VERSION)
        {
            return Err(SaveError::NewerVersion { path: path.display().to_string(), found });
        }
    }
    remove_leftovers(&dir, &name);
    let mut tmp = temp_in(&dir, &name)?;
    tmp.write_all(bytes).map_err(|e| io_err(path, &e))?;
    tmp.flush().map_err(|e| io_err(path, &e))?;
    tmp.as_file().sync_all().map_err(|e| io_err(path, &e))?;
    if let Some(meta) = &old {
        keep_owner(tmp.as_file(), meta);
        fs::set_permissions(tmp.path(), meta.permissions()).map_err(|e| io_err(path, &e))?;
        if keep == Keep::Backup {
            backup(&target, &dir, &name)?;
        }
    }
    tmp.persist(&target).map_err(|e| io_err(path, &e.error))?;
    sync_dir(&dir);
    Ok(())
}

/// The file to replace: `path`, or where a symlink at `path` finally points.
fn real_target(path: &Path) -> Result<PathBuf, SaveError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path).map_err(|e| SaveError::Link {
            path: path.display().to_string(),
            message: crate::t!("save-link-unreachable", error = crate::i18n::io_words(&e)),
        }),
        Ok(m) if m.is_dir() => {
            Err(SaveError::Io { path: path.display().to_string(), message: crate::i18n::tr("io-is-a-folder") })
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// A new temporary file in `dir` with a random name, created exclusively
/// (an existing file or link there is never opened), readable as a new
/// file of the user's would be.
fn temp_in(dir: &Path, name: &str) -> Result<tempfile::NamedTempFile, SaveError> {
    let prefix = format!(".{name}.");
    let mut b = tempfile::Builder::new();
    b.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        b.permissions(fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(dir).map_err(|e| io_err(&dir.join(name), &e))
}

/// Gives the new file the old one's owner and group where the system
/// allows (an administrator saving a colleague's file leaves it theirs; a
/// user may at least keep the group). Where it does not, the file is the
/// saver's, as any new file would be.
fn keep_owner(file: &File, old: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, old);
}

/// Keeps the current file as `.bak`: copied into a temporary file of its
/// own, synced, then renamed over the old `.bak` (a link there is replaced,
/// not followed).
fn backup(target: &Path, dir: &Path, name: &str) -> Result<(), SaveError> {
    let bak = backup_path(target);
    let mut tmp = temp_in(dir, name)?;
    let mut from = File::open(target).map_err(|e| io_err(target, &e))?;
    std::io::copy(&mut from, tmp.as_file_mut()).map_err(|e| io_err(&bak, &e))?;
    tmp.as_file().sync_all().map_err(|e| io_err(&bak, &e))?;
    if let Ok(meta) = fs::metadata(target) {
        keep_owner(tmp.as_file(), &meta);
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(&bak).map_err(|e| io_err(&bak, &e.error))?;
    Ok(())
}

/// Temporary files of earlier saves of this file that a crash left behind
/// (`.NAME.*.tmp`). Links are removed as links.
fn remove_leftovers(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&prefix) && file.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The format version at the top of an existing project file, if it has one.
pub fn version_of(path: &Path) -> Option<u32> {
    if !fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut head = Vec::with_capacity(4096);
    File::open(path).ok()?.take(4096).read_to_end(&mut head).ok()?;
    let text = String::from_utf8_lossy(&head);
    let after = &text[text.find("format_version")? + "format_version".len()..];
    let after = after.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
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
