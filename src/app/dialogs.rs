//! File dialogs behind a trait, so tests never open a native dialog.

use std::collections::VecDeque;
use std::path::PathBuf;

/// Asks the user for files.
pub trait FileDialogs {
    /// A project file to open, or `None` when cancelled.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Where to save, or `None` when cancelled. `suggested` is a file name.
    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf>;
    /// Where to write an export (CSV, HTML, ...), or `None` when cancelled.
    fn pick_export(&mut self, suggested: &str, kind: &str, extension: &str) -> Option<PathBuf>;
    /// A CRM or spreadsheet export to import contacts from, or `None` when cancelled.
    fn pick_import(&mut self) -> Option<PathBuf>;
}

/// Native dialogs through rfd (xdg-portal on Linux).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::i18n::tr("Open project"))
            .add_filter(crate::i18n::tr("Gambit project"), &["kam", "ron"])
            .pick_file()
    }

    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .set_title(crate::i18n::tr("Save project"))
            .add_filter(crate::i18n::tr("Gambit project"), &["kam"])
            .set_file_name(suggested)
            .save_file()?;
        Some(with_kam_extension(path))
    }

    fn pick_export(&mut self, suggested: &str, kind: &str, extension: &str) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .set_title(crate::i18n::tr("Export"))
            .add_filter(kind, &[extension])
            .set_file_name(suggested)
            .save_file()?;
        Some(if path.extension().is_none() { path.with_extension(extension) } else { path })
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::i18n::tr("Import contacts"))
            .add_filter(crate::i18n::tr("Spreadsheet or CRM export"), &["csv", "txt", "tsv", "xlsx", "xls", "ods"])
            .add_filter(crate::i18n::tr("All files"), &["*"])
            .pick_file()
    }
}

/// Adds `.kam` when the user typed a name without an extension.
pub fn with_kam_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_none() { path.with_extension(crate::file::EXTENSION) } else { path }
}

/// Dialogs that answer from a script: for tests and automation.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub open_answers: VecDeque<Option<PathBuf>>,
    pub save_answers: VecDeque<Option<PathBuf>>,
    pub export_answers: VecDeque<Option<PathBuf>>,
    pub import_answers: VecDeque<Option<PathBuf>>,
    /// The file names the app suggested for exports, in order.
    pub suggested_exports: Vec<String>,
    /// The file names the app suggested when it asked where to save, in order.
    pub suggested_saves: Vec<String>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.open_answers.pop_front().flatten()
    }

    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        self.suggested_saves.push(suggested.to_owned());
        self.save_answers.pop_front().flatten()
    }

    fn pick_export(&mut self, suggested: &str, _kind: &str, _extension: &str) -> Option<PathBuf> {
        self.suggested_exports.push(suggested.to_owned());
        self.export_answers.pop_front().flatten()
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        self.import_answers.pop_front().flatten()
    }
}

/// Shared handle so a test can keep feeding answers after the app owns the dialogs.
impl<T: FileDialogs> FileDialogs for std::rc::Rc<std::cell::RefCell<T>> {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.borrow_mut().pick_open()
    }

    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        self.borrow_mut().pick_save(suggested)
    }

    fn pick_export(&mut self, suggested: &str, kind: &str, extension: &str) -> Option<PathBuf> {
        self.borrow_mut().pick_export(suggested, kind, extension)
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        self.borrow_mut().pick_import()
    }
}
