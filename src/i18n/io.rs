//! What the operating system said went wrong, in the user's language: the
//! usual reasons a file cannot be read or written have words of their own;
//! anything rarer keeps the system's text.

use super::tr;
use std::io::ErrorKind as K;

/// `e` as a user reads it: "the file or folder does not exist", "filen
/// eller mappen finns inte".
pub fn io_words(e: &std::io::Error) -> String {
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::IsADirectory => "io-is-a-folder",
        K::NotADirectory => "io-not-a-folder",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only-filesystem",
        K::FileTooLarge => "io-file-too-large",
        K::InvalidFilename => "io-invalid-filename",
        K::ResourceBusy => "io-busy",
        _ => return e.to_string(),
    };
    tr(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn a_missing_file_is_said_in_each_language() {
        let e = std::fs::read("/no/such/gambit/file.kam").expect_err("missing");
        set_language(Language::Swedish);
        assert_eq!(io_words(&e), "filen eller mappen finns inte");
        set_language(Language::English);
        assert_eq!(io_words(&e), "the file or folder does not exist");
    }
}
