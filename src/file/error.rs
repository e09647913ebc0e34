//! Errors of loading and saving, each naming the file and, for syntax
//! errors, the line and column.

use crate::model::FORMAT_VERSION;
use crate::t;
use std::fmt;

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Io {
        path: String,
        message: String,
    },
    TooLarge {
        path: String,
        size: u64,
    },
    /// A directory, pipe or device rather than a file.
    NotAFile {
        path: String,
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
    /// Encrypted with a passphrase that is not known here.
    Protected {
        path: String,
    },
    WrongPassphrase {
        path: String,
    },
    /// Encrypted, but cut short or changed: it cannot be decrypted.
    SealedDamaged {
        path: String,
        message: String,
    },
    OlderUnsupported {
        path: String,
        found: u32,
    },
}

impl LoadError {
    pub(crate) fn io(path: &str, e: &std::io::Error) -> Self {
        Self::Io { path: path.to_owned(), message: crate::i18n::io_words(e) }
    }

    /// Converts a RON error. When probing for the version, a missing
    /// `format_version` field means the text is not a Gambit project.
    pub(crate) fn from_ron(path: &str, e: &ron::error::SpannedError, probing: bool) -> Self {
        if probing
            && let ron::Error::MissingStructField { field, .. } = &e.code
            && *field == "format_version"
        {
            return Self::MissingVersion { path: path.to_owned() };
        }
        let message = match &e.code {
            ron::Error::ExceededRecursionLimit => {
                t!("load-nested-too-deep", limit = super::RECURSION_LIMIT)
            }
            other => super::parse_words::parse_problem(other),
        };
        Self::Syntax { path: path.to_owned(), line: e.span.start.line, column: e.span.start.col, message }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Io { path, message } => t!("load-cannot-read", path = path, error = message),
            Self::TooLarge { path, size } => {
                t!("load-too-large", path = path, size = *size, limit = super::MAX_FILE_BYTES)
            }
            Self::NotAFile { path } => t!("load-not-a-file", path = path),
            Self::Empty { path } => t!("load-empty", path = path),
            Self::NotText { path, byte } => t!("load-not-text", path = path, byte = byte.to_string()),
            Self::Utf16 { path } => t!("load-utf16", path = path),
            Self::Syntax { path, line, column, message } => format!("{path}:{line}:{column}: {message}"),
            Self::MissingVersion { path } => t!("load-no-version", path = path),
            Self::NewerVersion { path, found } => {
                t!("load-newer-version", path = path, found = *found, version = FORMAT_VERSION)
            }
            Self::OlderUnsupported { path, found } => t!("load-unknown-version", path = path, found = *found),
            Self::Protected { path } => t!("load-protected", path = path, env = super::crypt::ENV),
            Self::WrongPassphrase { path } => t!("load-wrong-passphrase", path = path),
            Self::SealedDamaged { path, message } => t!("load-sealed-damaged", path = path, message = message),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {}

/// Why a file could not be saved. The target file is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        let text = match self {
            Self::Serialize(m) => t!("save-cannot-write", error = m),
            Self::Io { path, message } | Self::Link { path, message } => {
                t!("save-failed", path = path, error = message)
            }
            Self::ReadOnly { path } => t!("save-read-only", path = path),
            Self::NewerVersion { path, found } => {
                t!("save-newer-version", path = path, found = *found, version = FORMAT_VERSION)
            }
            Self::TooLarge { path, size } => {
                t!("save-too-large", path = path, size = *size, limit = super::MAX_FILE_BYTES)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SaveError {}
