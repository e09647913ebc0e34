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
    /// A calendar export (.ics) to bring meetings from; as an import unless
    /// the dialogs say otherwise.
    fn pick_calendar(&mut self) -> Option<PathBuf> {
        self.pick_import()
    }
    /// Why these dialogs cannot open on this desktop, when they cannot
    /// (then the app shows its own). Asked before and after each dialog.
    fn unavailable(&mut self) -> Option<String> {
        None
    }
}

/// Native dialogs through rfd (the desktop portal or zenity on Linux).
#[derive(Default)]
pub struct NativeDialogs {
    /// Set when a dialog came back empty faster than anyone could cancel it.
    failed: Option<String>,
}

/// Less time than it takes to see a dialog and cancel it.
const NO_HUMAN: std::time::Duration = std::time::Duration::from_millis(200);

impl NativeDialogs {
    /// Runs a native dialog; an empty answer in under `NO_HUMAN` means the
    /// dialog never showed (on Linux, rfd reports a failed portal and a
    /// missing zenity as a cancel).
    fn timed(&mut self, dialog: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        let started = std::time::Instant::now();
        let picked = dialog();
        if picked.is_none() && started.elapsed() < NO_HUMAN {
            self.failed = Some(crate::i18n::tr("file-systems-file-dialog"));
        }
        picked
    }
}

impl FileDialogs for NativeDialogs {
    fn unavailable(&mut self) -> Option<String> {
        self.failed.clone().or_else(missing_on_this_desktop)
    }

    fn pick_open(&mut self) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(crate::i18n::tr("file-open-project"))
                .add_filter(crate::i18n::tr("file-gambit-project"), &["kam", "ron"])
                .pick_file()
        })
    }

    fn pick_save(&mut self, suggested: &str) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(crate::i18n::tr("file-save-project"))
                .add_filter(crate::i18n::tr("file-gambit-project"), &["kam"])
                .set_file_name(suggested)
                .save_file()
        })
    }

    fn pick_export(&mut self, suggested: &str, kind: &str, extension: &str) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(crate::i18n::tr("file-export"))
                .add_filter(kind, &[extension])
                .set_file_name(suggested)
                .save_file()
        })
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(crate::i18n::tr("file-import-contacts"))
                .add_filter(crate::i18n::tr("file-spreadsheet-crm-export"), &IMPORT_EXTENSIONS)
                .add_filter(crate::i18n::tr("file-all-files"), &["*"])
                .pick_file()
        })
    }

    fn pick_calendar(&mut self) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(crate::i18n::tr("action-import-calendar"))
                .add_filter(crate::i18n::tr("file-calendar-export"), &["ics", "ical", "ifb"])
                .add_filter(crate::i18n::tr("file-all-files"), &["*"])
                .pick_file()
        })
    }
}

/// The files File > Import Contacts offers first.
pub const IMPORT_EXTENSIONS: [&str; 6] = ["csv", "txt", "tsv", "xlsx", "xls", "ods"];

/// Why the native dialogs cannot open here, known before trying: asked for
/// with `GAMBIT_FILE_DIALOG=builtin`, or on Linux neither a desktop portal
/// nor zenity (a bare X server, some minimal desktops).
fn missing_on_this_desktop() -> Option<String> {
    if std::env::var("GAMBIT_FILE_DIALOG").is_ok_and(|v| v.eq_ignore_ascii_case("builtin")) {
        return Some("GAMBIT_FILE_DIALOG=builtin".to_owned());
    }
    if cfg!(target_os = "linux") && !on_path("zenity") && !portal_reachable() {
        return Some(crate::i18n::tr("file-desktop-portal-zenity"));
    }
    None
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// A session bus to ask, and a file chooser portal it can start.
fn portal_reachable() -> bool {
    let runtime_bus = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| PathBuf::from(d).join("bus").exists());
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || runtime_bus;
    let data_dirs = std::env::var("XDG_DATA_DIRS").unwrap_or_else(|_| "/usr/local/share:/usr/share".to_owned());
    let service = data_dirs
        .split(':')
        .map(PathBuf::from)
        .any(|d| d.join("dbus-1/services/org.freedesktop.portal.Desktop.service").is_file());
    bus && service
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
    /// Set to play a desktop with no file dialog: the app then shows its own.
    pub unavailable: Option<String>,
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

    fn unavailable(&mut self) -> Option<String> {
        self.unavailable.clone()
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

    fn pick_calendar(&mut self) -> Option<PathBuf> {
        self.borrow_mut().pick_calendar()
    }

    fn unavailable(&mut self) -> Option<String> {
        self.borrow_mut().unavailable()
    }
}
