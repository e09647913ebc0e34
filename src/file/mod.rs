//! The `.kam` file format: RON text with a `format_version` field.
//!
//! Loading reads the version first, refuses newer files, migrates older
//! ones, and never writes to the file it reads. Saving is atomic and keeps
//! the previous version as `NAME.kam.bak`.

pub mod alive;
pub mod crypt;
mod error;
pub mod git;
mod guard;
pub mod lock;
mod migrate;
mod parse_words;
mod save;

pub use error::{LoadError, SaveError};
pub use guard::export_target;
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
    let bytes = match read_bounded(path, MAX_FILE_BYTES).map_err(|e| LoadError::io(&shown, &e))? {
        Bounded::Bytes(b) => b,
        Bounded::NotAFile => return Err(LoadError::NotAFile { path: shown }),
        Bounded::TooLarge(size) => return Err(LoadError::TooLarge { path: shown, size }),
    };
    from_bytes(&bytes, &shown).map(|p| (p, bytes))
}

/// What reading a file within a limit found.
#[derive(Debug, PartialEq, Eq)]
pub enum Bounded {
    Bytes(Vec<u8>),
    /// A directory, pipe, device or socket: never opened, so never waited on.
    NotAFile,
    /// Larger than the limit (at least this many bytes); never read further.
    TooLarge(u64),
}

/// Reads a regular file of at most `limit` bytes. Anything else (a FIFO,
/// `/dev/zero`, a directory) is refused before it is opened, and a file
/// that grows while it is read is cut off at the limit and refused.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Bounded> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Ok(Bounded::NotAFile);
    }
    if meta.len() > limit {
        return Ok(Bounded::TooLarge(meta.len()));
    }
    let file = std::fs::File::open(path)?;
    if !file.metadata()?.is_file() {
        return Ok(Bounded::NotAFile);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Bounded::TooLarge(bytes.len() as u64));
    }
    Ok(Bounded::Bytes(bytes))
}

/// Parses a project from bytes; `source` names it in error messages.
pub fn from_bytes(bytes: &[u8], source: &str) -> Result<Project, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: source.to_owned(), size: bytes.len() as u64 });
    }
    if crypt::is_sealed(bytes) {
        let path = source.to_owned();
        let plain = crypt::open(bytes, source).map_err(|e| match e {
            crypt::OpenError::NoPassphrase => LoadError::Protected { path },
            crypt::OpenError::Wrong => LoadError::WrongPassphrase { path },
            crypt::OpenError::Damaged(message) => LoadError::SealedDamaged { path, message },
        })?;
        return from_bytes(&plain, source);
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
    let version = if let Some(v) = leading_version(text) {
        v
    } else {
        let probe: VersionProbe = ron_options().from_str(text).map_err(|e| LoadError::from_ron(source, &e, true))?;
        probe.format_version
    };
    if version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion { path: source.to_owned(), found: version });
    }
    migrate::parse_version(text, version, source)
}

/// The version of a file that opens as Gambit writes it, `(` then
/// `format_version: N,`, read without parsing the whole text (which the
/// probe would, once more than the real parse). Anything else (a comment
/// first, another field first) is left to the probe.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('(')?.trim_start().strip_prefix("format_version")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits = rest.find(|c: char| !c.is_ascii_digit()).filter(|n| *n > 0)?;
    let after = rest[digits..].trim_start();
    (after.starts_with(',') || after.starts_with(')')).then(|| rest[..digits].parse().ok())?
}

/// Where a project's text writes a number that is not one: `NaN`, `inf`
/// or a number too large to hold, each as (line, column, field, as
/// written), lines and columns counted from 1.
pub fn non_numbers(text: &str) -> Vec<(usize, usize, String, String)> {
    let mut found = Vec::new();
    let (mut line, mut line_start, mut quoted, mut escaped) = (1, 0, false, false);
    for (i, c) in text.char_indices() {
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
            }
            _ if quoted && escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ':' if !quoted => {
                let word = |ch: char| ch.is_alphanumeric() || ch == '_';
                let before = &text[line_start..i];
                let field = &before[before.trim_end_matches(word).len()..];
                let after = &text[i + 1..];
                let value = after.trim_start_matches([' ', '\t']);
                let token = &value[..value.len()
                    - value.trim_start_matches(|ch: char| word(ch) || matches!(ch, '.' | '-' | '+')).len()];
                let bare = token.trim_start_matches(['-', '+']);
                let not_a_number = matches!(bare, "NaN" | "inf" | "infinity")
                    || (bare.starts_with(|ch: char| ch.is_ascii_digit())
                        && token.replace('_', "").parse::<f64>().is_ok_and(|v| !v.is_finite()));
                if not_a_number && !field.is_empty() {
                    let at = i + 1 + (after.len() - value.len());
                    found.push((line, text[line_start..at].chars().count() + 1, field.to_owned(), token.to_owned()));
                }
            }
            _ => {}
        }
    }
    found
}

/// The project as RON text, exactly as `save` writes it: one field a line
/// (a review's kept account one record a line);
/// when that would be larger than a file Gambit opens, one record a line
/// (still a line per record for a diff or a merge); failing that, with no
/// spaces at all. Whatever loads can so be saved again.
pub fn to_string(project: &Project) -> Result<String, SaveError> {
    to_string_within(project, MAX_FILE_BYTES)
}

fn to_string_within(project: &Project, limit: u64) -> Result<String, SaveError> {
    let mut current = project.clone();
    current.format_version = FORMAT_VERSION;
    let layout = |depth: Option<usize>| {
        let config = ron::ser::PrettyConfig::new().indentor("    ").struct_names(false).separate_tuple_members(false);
        let config = match depth {
            Some(d) => config.depth_limit(d),
            None => config,
        };
        ron_options().to_string_pretty(&current, config).map_err(|e| SaveError::Serialize(e.to_string()))
    };
    let mut text = layout(Some(KEPT_DEPTH))?;
    if text.len() as u64 >= limit {
        text = layout(Some(RECORD_DEPTH))?;
    }
    if text.len() as u64 >= limit {
        text = ron_options().to_string(&current).map_err(|e| SaveError::Serialize(e.to_string()))?;
    }
    text.push('\n');
    Ok(text)
}

/// How deep a review's kept account lies (project > accounts > account >
/// plan > reviews > review > snapshot > people): below it, each person and
/// line it kept is one line, so a 1,000-person snapshot stays small.
const KEPT_DEPTH: usize = 8;

/// How deep records lie (project > accounts > account > contacts > contact):
/// below this depth the compact layout writes each on one line.
const RECORD_DEPTH: usize = 4;

/// Why `project` could not be saved, if it could not: said when a file is
/// opened, so that nobody finds out only after their work.
pub fn cannot_save(project: &Project, path: &Path) -> Option<SaveError> {
    match to_string(project) {
        Ok(text) if text.len() as u64 > MAX_FILE_BYTES => {
            Some(SaveError::TooLarge { path: path.display().to_string(), size: text.len() as u64 })
        }
        Ok(_) => None,
        Err(e) => Some(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_too_large_for_one_field_a_line_is_written_one_record_a_line_then_without_spaces() {
        let p = crate::demo::demo_project().expect("demo");
        let pretty = to_string(&p).expect("pretty");
        let records = to_string_within(&p, pretty.len() as u64 - 1).expect("records");
        assert!(records.len() < pretty.len() * 2 / 3, "{} of {}", records.len(), pretty.len());
        assert!(
            records.lines().any(|l| l.trim_start().starts_with("(id: 1, name: \"Henrik Åberg\"")),
            "a contact a line"
        );
        let compact = to_string_within(&p, records.len() as u64 - 1).expect("compact");
        assert!(compact.len() < records.len() && compact.lines().count() == 1);
        for text in [&records, &compact] {
            assert!(from_str(text, "x.kam").expect("loads again") == p, "the same project");
        }
    }

    #[test]
    fn numbers_that_are_not_numbers_are_found_where_written() {
        let text = "(\n  a: 1.0,\n  note: \"x: NaN\",\n  profitability: NaN, b: -inf,\n  c: 1e999,\n)";
        let found = non_numbers(text);
        let at: Vec<(usize, usize, &str, &str)> =
            found.iter().map(|(l, c, f, v)| (*l, *c, f.as_str(), v.as_str())).collect();
        assert_eq!(at, vec![(4, 18, "profitability", "NaN"), (4, 26, "b", "-inf"), (5, 6, "c", "1e999")]);
    }
}
