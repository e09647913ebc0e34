//! Errors of loading and saving, each naming the file and, for syntax
//! errors, the line and column.

use crate::model::FORMAT_VERSION;
use std::fmt;

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Io {
        path: String,
        message: String,
    },
    TooLarge {
        path: String,
        size: u64,
    },
    Empty {
        path: String,
    },
    NotText {
        path: String,
        byte: usize,
    },
    /// UTF-16 text (Windows' "Unicode"), which Gambit does not read.
    Utf16 {
        path: String,
    },
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    MissingVersion {
        path: String,
    },
    NewerVersion {
        path: String,
        found: u32,
    },
    OlderUnsupported {
        path: String,
        found: u32,
    },
}

impl LoadError {
    pub(crate) fn io(path: &str, e: std::io::Error) -> Self {
        LoadError::Io { path: path.to_owned(), message: e.to_string() }
    }

    /// Converts a RON error. When probing for the version, a missing
    /// `format_version` field means the text is not a Gambit project.
    pub(crate) fn from_ron(path: &str, e: &ron::error::SpannedError, probing: bool) -> Self {
        if probing
            && let ron::Error::MissingStructField { field, .. } = &e.code
            && *field == "format_version"
        {
            return LoadError::MissingVersion { path: path.to_owned() };
        }
        let message = match &e.code {
            ron::Error::ExceededRecursionLimit => {
                format!("the data is nested deeper than the {} levels a project may have", super::RECURSION_LIMIT)
            }
            // The parser names the type it was reading; users know it as a project.
            other => other
                .to_string()
                .replace("`VersionProbe`", "a Gambit project")
                .replace("VersionProbe", "a Gambit project"),
        };
        LoadError::Syntax { path: path.to_owned(), line: e.span.start.line, column: e.span.start.col, message }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, message } => write!(f, "{path}: cannot read the file: {message}"),
            LoadError::TooLarge { path, size } => write!(
                f,
                "{path}: the file is {size} bytes, more than the {} bytes a project may have",
                super::MAX_FILE_BYTES
            ),
            LoadError::Empty { path } => write!(f, "{path}: the file is empty"),
            LoadError::NotText { path, byte } => {
                write!(f, "{path}: not a Gambit project: the file is not text (invalid UTF-8 at byte {byte})")
            }
            LoadError::Utf16 { path } => write!(
                f,
                "{path}: not a Gambit project: the file is UTF-16 text; Gambit files are UTF-8 (open the original, or save it again as UTF-8)"
            ),
            LoadError::Syntax { path, line, column, message } => {
                write!(f, "{path}:{line}:{column}: {message}")
            }
            LoadError::MissingVersion { path } => {
                write!(f, "{path}: not a Gambit project: it has no format_version field")
            }
            LoadError::NewerVersion { path, found } => write!(
                f,
                "{path}: written by a newer Gambit (format version {found}; this Gambit reads up to {FORMAT_VERSION}). \
                 Update Gambit to open it; the file was not changed"
            ),
            LoadError::OlderUnsupported { path, found } => {
                write!(f, "{path}: format version {found} is not a version Gambit ever wrote")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Why a file could not be saved. The target file is left as it was.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    Serialize(String),
    Io {
        path: String,
        message: String,
    },
    /// The file's permissions do not allow writing.
    ReadOnly {
        path: String,
    },
    /// The file on disk was written by a newer Gambit.
    NewerVersion {
        path: String,
        found: u32,
    },
    /// The project would be larger than a project file may be.
    TooLarge {
        path: String,
        size: u64,
    },
    /// The path is a link that cannot be followed to a file.
    Link {
        path: String,
        message: String,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Serialize(m) => write!(f, "cannot write the project: {m}"),
            SaveError::Io { path, message } => write!(f, "{path}: cannot save: {message}"),
            SaveError::ReadOnly { path } => {
                write!(f, "{path}: cannot save: the file is read-only; use Save As to save a copy elsewhere")
            }
            SaveError::NewerVersion { path, found } => write!(
                f,
                "{path}: cannot save: the file there was written by a newer Gambit (format version {found}; \
                 this Gambit writes {FORMAT_VERSION}); use Save As so it is not overwritten"
            ),
            SaveError::TooLarge { path, size } => write!(
                f,
                "{path}: cannot save: the project would be {size} bytes, more than the {} bytes a project file may have",
                super::MAX_FILE_BYTES
            ),
            SaveError::Link { path, message } => write!(f, "{path}: cannot save: {message}"),
        }
    }
}

impl std::error::Error for SaveError {}
