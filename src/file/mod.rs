//! The `.kam` file format: RON text with a `format_version` field.
//!
//! Loading reads the version first, refuses newer files, migrates older
//! ones, and never writes to the file it reads. Saving is atomic and keeps
//! the previous version as `NAME.kam.bak`.

mod error;
pub mod lock;
mod migrate;
mod parse_words;
mod save;

pub use error::{LoadError, SaveError};
pub use save::{backup_path, save, version_of, write_atomic};

use crate::model::{FORMAT_VERSION, Project};
use serde::Deserialize;
use std::path::Path;

/// Files larger than this are refused before they are read, and `save`
/// refuses to write a larger one, so whatever is saved loads again. A
/// portfolio of 200 accounts with 20,000 client people and 57,600 lines is
/// 26 MB as saved and loads in 0.5 s with 39 MB of memory
/// (`cargo run --release --example measure_size`); the limit is six times
/// that, about 3 s and 250 MB at worst.
pub const MAX_FILE_BYTES: u64 = 160 * 1024 * 1024;
/// Deepest nesting the parser accepts; a project needs fewer than 10 levels.
pub const RECURSION_LIMIT: usize = 64;
/// The extension Gambit writes.
pub const EXTENSION: &str = "kam";

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

/// Loads and migrates a project file. The file is only read.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    load_with_bytes(path).map(|(p, _)| p)
}

/// Loads as `load`, also returning the bytes read: what the file held, to
/// tell later whether someone else changed it.
pub fn load_with_bytes(path: &Path) -> Result<(Project, Vec<u8>), LoadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| LoadError::io(&shown, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: shown, size: meta.len() });
    }
    let bytes = std::fs::read(path).map_err(|e| LoadError::io(&shown, e))?;
    from_bytes(&bytes, &shown).map(|p| (p, bytes))
}

/// Parses a project from bytes; `source` names it in error messages.
pub fn from_bytes(bytes: &[u8], source: &str) -> Result<Project, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: source.to_owned(), size: bytes.len() as u64 });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(LoadError::Utf16 { path: source.to_owned() });
    }
    // A UTF-8 byte order mark (some Windows editors add one) is accepted.
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|e| LoadError::NotText { path: source.to_owned(), byte: e.valid_up_to() })?;
    from_str(text, source)
}

/// Parses a project from RON text; `source` names it in error messages.
pub fn from_str(text: &str, source: &str) -> Result<Project, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: source.to_owned() });
    }
    let probe: VersionProbe = ron_options().from_str(text).map_err(|e| LoadError::from_ron(source, &e, true))?;
    if probe.format_version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion { path: source.to_owned(), found: probe.format_version });
    }
    migrate::parse_version(text, probe.format_version, source)
}

/// The project as RON text, exactly as `save` writes it.
pub fn to_string(project: &Project) -> Result<String, SaveError> {
    let mut current = project.clone();
    current.format_version = FORMAT_VERSION;
    let config = ron::ser::PrettyConfig::new().indentor("    ").struct_names(false).separate_tuple_members(false);
    let mut text = ron_options().to_string_pretty(&current, config).map_err(|e| SaveError::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}
