//! Asks the user for a file: with the system's dialog where it works, with
//! Gambit's own (egui-file-dialog) where it does not, so a user can always
//! save their work. Gambit's own dialog answers a frame or more later, so
//! what asked is kept as a `FileTask` and run again with the answer.

use super::Guarded;
use super::dialogs::{FileDialogs, IMPORT_EXTENSIONS, with_kam_extension};
use super::views::ExportRequest;
use crate::i18n::tr;
use crate::t;
use egui_file_dialog::{DialogState, FileDialog};
use std::path::{Path, PathBuf};

/// What asked for a file; run again when Gambit's own dialog answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileTask {
    Open,
    /// Save, then go on with what was waiting for it ("Save changes?").
    Save(Option<Guarded>),
    ExportMap {
        png: bool,
    },
    ExportPlan(ExportRequest),
    ExportContacts {
        excel: bool,
    },
    ExportRanking {
        excel: bool,
    },
    Import,
    ImportCalendar,
}

/// The question put to the user.
#[derive(Clone, Copy, Debug)]
pub enum Request<'a> {
    Open,
    Save { suggested: &'a str },
    Export { suggested: &'a str, kind: &'a str, extension: &'a str },
    Import,
    ImportCalendar,
}

impl Request<'_> {
    /// The path as the request means it: a saved project ends in `.kam`,
    /// an export in its format's extension, when the user typed none.
    fn complete(self, path: PathBuf) -> PathBuf {
        match self {
            Request::Save { .. } => with_kam_extension(path),
            Request::Export { extension, .. } if path.extension().is_none() => path.with_extension(extension),
            _ => path,
        }
    }
}

/// The system's dialogs, with Gambit's own behind them.
pub struct FileChooser {
    native: Box<dyn FileDialogs>,
    /// Why the system's dialogs are not used, once that is known.
    fallback_reason: Option<String>,
    /// Gambit's own dialog while it is open, and what asked.
    own: Option<(FileDialog, FileTask)>,
    /// The answer of Gambit's own dialog, for the task run again.
    answer: Option<PathBuf>,
    /// Said once in the status bar when Gambit's own dialog takes over.
    notice: Option<String>,
    /// Where Gambit's own dialog starts: the project's folder, or the last
    /// folder a file was picked in.
    folder: Option<PathBuf>,
}

impl FileChooser {
    pub fn new(native: Box<dyn FileDialogs>) -> Self {
        Self { native, fallback_reason: None, own: None, answer: None, notice: None, folder: None }
    }

    /// Starts Gambit's own dialog in the folder of `file` from now on.
    pub fn set_folder_of(&mut self, file: Option<&Path>) {
        if let Some(folder) = file.and_then(Path::parent).filter(|f| f.is_dir()) {
            self.folder = Some(folder.to_path_buf());
        }
    }

    /// The file for `request`, or `None` when cancelled or when Gambit's own
    /// dialog was opened instead (it runs `task` again once answered).
    pub fn ask(&mut self, task: FileTask, request: Request<'_>) -> Option<PathBuf> {
        if let Some(path) = self.answer.take() {
            return Some(request.complete(path));
        }
        if self.fallback_reason.is_none() {
            self.fallback_reason = self.native.unavailable();
        }
        if self.fallback_reason.is_none() {
            let picked = match request {
                Request::Open => self.native.pick_open(),
                Request::Save { suggested } => self.native.pick_save(suggested),
                Request::Export { suggested, kind, extension } => self.native.pick_export(suggested, kind, extension),
                Request::Import => self.native.pick_import(),
                Request::ImportCalendar => self.native.pick_calendar(),
            };
            if picked.is_some() {
                return picked.map(|p| request.complete(p));
            }
            // Cancelled, or the dialog could not open: only the second goes on.
            self.fallback_reason = Some(self.native.unavailable()?);
        }
        if self.notice.is_none() {
            let why = self.fallback_reason.as_deref().unwrap_or_default();
            self.notice = Some(t!("file-own-dialog-because", reason = why));
        }
        let folder = self.folder.clone().or_else(home_folder);
        let mut dialog = own_dialog(request, folder);
        match request {
            Request::Save { .. } | Request::Export { .. } => dialog.save_file(),
            Request::Open | Request::Import | Request::ImportCalendar => dialog.pick_file(),
        }
        self.own = Some((dialog, task));
        None
    }

    /// Why Gambit's own dialog is used, if it is.
    pub fn fallback_reason(&self) -> Option<&str> {
        self.fallback_reason.as_deref()
    }

    /// Whether Gambit's own dialog is showing.
    pub fn own_dialog_open(&self) -> bool {
        self.own.is_some()
    }

    /// The status bar's note that Gambit's own dialog took over, once.
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.as_mut().filter(|n| !n.is_empty()).map(std::mem::take)
    }

    /// Draws Gambit's own dialog while open; returns the task to run again
    /// once the user picked a file (the answer is kept for that run).
    pub fn show(&mut self, ctx: &egui::Context) -> Option<FileTask> {
        let (dialog, _) = self.own.as_mut()?;
        dialog.update(ctx);
        match dialog.state() {
            DialogState::Open => None,
            DialogState::Picked(path) => {
                let path = path.clone();
                self.set_folder_of(Some(&path));
                self.answer = Some(path);
                self.own.take().map(|(_, task)| task)
            }
            _ => {
                self.own = None;
                None
            }
        }
    }

    /// Forgets an answer the task run again did not use.
    pub fn forget_answer(&mut self) {
        self.answer = None;
    }
}

/// Gambit's own dialog, set up for `request`.
fn own_dialog(request: Request<'_>, folder: Option<PathBuf>) -> FileDialog {
    let mut dialog = FileDialog::new().max_size([900.0, 640.0]).default_size([720.0, 480.0]);
    if let Some(folder) = folder {
        dialog = dialog.initial_directory(folder);
    }
    let labels = dialog.labels_mut();
    labels.open_button = tr("file-open");
    labels.save_button = tr("file-save");
    labels.cancel_button = tr("file-cancel");
    labels.cancel = tr("file-cancel");
    labels.overwrite = tr("file-replace");
    labels.overwrite_file_modal_text = tr("file-already-exists-replace");
    labels.file_name = tr("file-file-name");
    labels.title_select_directory = tr("filedlg-select-folder");
    labels.title_select_file = tr("file-open-project");
    labels.title_select_multiple = tr("filedlg-select-several");
    labels.title_save_file = tr("file-save-project");
    labels.reload = tr("filedlg-reload");
    labels.working_directory = tr("filedlg-working-folder");
    labels.select_all = tr("filedlg-select-all");
    labels.show_hidden = tr("filedlg-show-hidden");
    labels.show_system_files = tr("filedlg-show-system");
    labels.heading_pinned = tr("filedlg-pinned");
    labels.heading_places = tr("filedlg-places");
    labels.heading_devices = tr("filedlg-devices");
    labels.heading_removable_devices = tr("filedlg-removable");
    labels.home_dir = tr("filedlg-home");
    labels.desktop_dir = tr("filedlg-desktop");
    labels.documents_dir = tr("filedlg-documents");
    labels.downloads_dir = tr("filedlg-downloads");
    labels.audio_dir = tr("filedlg-audio");
    labels.pictures_dir = tr("filedlg-pictures");
    labels.videos_dir = tr("filedlg-videos");
    labels.pin_folder = tr("filedlg-pin");
    labels.unpin_folder = tr("filedlg-unpin");
    labels.rename_pinned_folder = tr("filedlg-rename");
    labels.selected_directory = tr("filedlg-selected-folder");
    labels.selected_file = tr("filedlg-selected-file");
    labels.selected_items = tr("filedlg-selected-items");
    labels.file_filter_all_files = tr("filedlg-all-files");
    labels.save_extension_any = tr("filedlg-any");
    labels.err_empty_folder_name = tr("filedlg-err-empty-folder");
    labels.err_empty_file_name = tr("filedlg-err-empty-file");
    labels.err_directory_exists = tr("filedlg-err-folder-exists");
    labels.err_file_exists = tr("filedlg-err-file-exists");
    match request {
        Request::Open => dialog
            .title(&tr("file-open-project"))
            .add_file_filter_extensions(&tr("file-gambit-project"), vec!["kam", "ron"])
            .default_file_filter(&tr("file-gambit-project")),
        Request::Import => dialog
            .title(&tr("file-import-contacts"))
            .add_file_filter_extensions(&tr("file-spreadsheet-crm-export"), IMPORT_EXTENSIONS.to_vec())
            .default_file_filter(&tr("file-spreadsheet-crm-export")),
        Request::ImportCalendar => dialog
            .title(&tr("action-import-calendar"))
            .add_file_filter_extensions(&tr("file-calendar-export"), vec!["ics", "ical", "ifb"])
            .default_file_filter(&tr("file-calendar-export")),
        Request::Save { suggested } => dialog
            .title(&tr("file-save-project"))
            .default_file_name(suggested)
            .add_save_extension(&tr("file-gambit-project"), crate::file::EXTENSION)
            .default_save_extension(&tr("file-gambit-project")),
        Request::Export { suggested, kind, extension } => dialog
            .title(&tr("file-export"))
            .default_file_name(suggested)
            .add_save_extension(kind, extension)
            .default_save_extension(kind),
    }
}

/// The user's home folder, where Gambit's own dialog starts by default
/// (not the working directory, which is `/` when started from a desktop).
fn home_folder() -> Option<PathBuf> {
    ["HOME", "USERPROFILE"].iter().filter_map(std::env::var_os).map(PathBuf::from).find(|p| p.is_dir())
}
