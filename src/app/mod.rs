//! The desktop user interface. It reads the project through `Document`
//! and changes it only by sending commands.

mod account_picker;
pub mod actions;
mod audience;
mod calendar_import;
pub mod dialogs;
pub mod file_chooser;
mod file_ops;
mod git_history;
mod help;
mod import;
mod language;
mod passphrase;
pub mod recent;
pub mod recovery;
mod settings;
mod sharing;
mod shell;
pub mod theme;
pub mod views;
mod watch;
mod your_name;

use crate::command::{Command, Document};
use crate::i18n::tr;
use crate::model::{AccountId, Project};
use actions::Action;
use dialogs::{FileDialogs, NativeDialogs};
use recent::RecentFiles;
use std::path::PathBuf;
use views::{Edit, UiState, ViewKind, Views};

/// Something that would throw away unsaved changes, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Guarded {
    New,
    Open(Option<PathBuf>),
    Quit,
}

/// What stands open over the main window, waiting for the user.
#[derive(Default)]
struct Overlays {
    /// A discarding action waiting for "Save / Don't save / Cancel".
    confirm: Option<Guarded>,
    /// An error to show in a dialog until dismissed.
    error: Option<String>,
    /// File > Import Contacts' mapping step, while open.
    import: Option<import::ImportDialog>,
    /// File > Import Calendar's step before the import, while open.
    calendar: Option<calendar_import::CalendarDialog>,
    /// The report of the last import, until closed.
    import_report: Option<import::ImportReport>,
    /// The passphrase dialog (opening an encrypted file, or protecting one).
    passphrase: Option<passphrase::Prompt>,
    /// Whether File > Project Settings is open.
    settings_open: bool,
    /// Whether the keyboard shortcuts sheet (F1) is open.
    help_open: bool,
    /// Edit > Your Name, while open.
    your_name: Option<your_name::Prompt>,
}

/// The Gambit application.
pub struct GambitApp {
    doc: Document,
    files: file_chooser::FileChooser,
    recent: RecentFiles,
    ui: UiState,
    views: Views,
    /// The dialogs and sheets open over the window.
    over: Overlays,
    /// A short note in the status bar (e.g. "Saved").
    status: String,
    allow_close: bool,
    title: String,
    /// The audience window, while open.
    audience: Option<audience::Audience>,
    /// Sharing the file with colleagues: what it held, their saves, locks.
    shared: sharing::Shared,
    /// Autosave, when on (the real app; tests turn it on where they need it).
    recovery: Option<recovery::Recovery>,
    /// Recovery copies left by a Gambit that did not close properly.
    orphans: Vec<recovery::Orphan>,
    /// What is typed in the account picker's search field.
    account_filter: String,
    /// When the process started, while `--startup-time` waits for the first frame.
    startup: Option<std::time::Instant>,
    /// The language the user picked in View > Language (remembered), if any.
    chosen_language: Option<crate::i18n::Language>,
    /// The name the user gave in Edit > Your Name ("" when skipped), to
    /// remember; `None` while never asked.
    your_name: Option<String>,
}

/// What the window opens with, as the command line asked
/// (`gambit FILE --view map --present --lang sv`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartOptions {
    pub file: Option<std::path::PathBuf>,
    pub view: Option<ViewKind>,
    pub present: bool,
    /// Print how long the first frame took (`--startup-time`).
    pub startup_time: bool,
    pub lang: Option<crate::i18n::Language>,
}

/// Starts the desktop app with the file, view and mode the command line
/// named; `started` is when the process started, for `--startup-time`.
pub fn run(start: StartOptions, started: std::time::Instant) -> std::process::ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Gambit")
            // Matches the desktop entry's StartupWMClass, so docks group the window with it.
            .with_app_id("gambit")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true)
            .with_icon(window_icon()),
        ..Default::default()
    };
    crate::platform::prepare_window();
    let result = eframe::run_native(
        "Gambit",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            crate::platform::open_queue::wake_with(move || ctx.request_repaint());
            let recent = RecentFiles::load(cc.storage);
            let chosen = start.lang.or_else(|| language::remembered(cc.storage));
            crate::i18n::set_language(chosen.unwrap_or_else(crate::i18n::Language::from_system));
            let mut app = GambitApp::start(&cc.egui_ctx, start.file, Box::new(NativeDialogs::default()), recent);
            app.open_on(&cc.egui_ctx, start.view, start.present);
            app.startup = start.startup_time.then_some(started);
            if let Some(dir) = recovery::default_dir() {
                app.enable_recovery(dir);
            }
            app.recall_your_name(cc.storage);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", crate::t!("app-cannot-start", error = e.to_string()));
            std::process::ExitCode::FAILURE
        }
    }
}

/// Gambit's icon for the title bar and task switcher, drawn from its SVG.
fn window_icon() -> std::sync::Arc<egui::IconData> {
    const SIZE: u32 = 128;
    let rgba = crate::icon::rgba(SIZE).unwrap_or_default();
    let side = if rgba.is_empty() { 0 } else { SIZE };
    std::sync::Arc::new(egui::IconData { rgba, width: side, height: side })
}

impl GambitApp {
    /// Opens `path`, or the demo project when no path is given. A file that
    /// cannot be opened leaves an empty project and an error message.
    pub fn start(
        ctx: &egui::Context,
        path: Option<PathBuf>,
        dialogs: Box<dyn FileDialogs>,
        recent: RecentFiles,
    ) -> Self {
        theme::apply(ctx);
        let mut app = Self {
            doc: Document::new(Project::new(tr("file-untitled")), None),
            files: file_chooser::FileChooser::new(dialogs),
            recent,
            ui: UiState::default(),
            views: Views::default(),
            over: Overlays::default(),
            status: String::new(),
            allow_close: false,
            title: String::new(),
            audience: None,
            shared: sharing::Shared::default(),
            recovery: None,
            orphans: Vec::new(),
            account_filter: String::new(),
            startup: None,
            chosen_language: None,
            your_name: None,
        };
        match path {
            Some(path) => app.open_path(&path),
            None => app.open_demo(),
        }
        app
    }

    /// Shows `view` (when given) and starts presenting (when asked), as
    /// `gambit FILE --view map --present` does from a workshop shortcut.
    pub fn open_on(&mut self, ctx: &egui::Context, view: Option<ViewKind>, present: bool) {
        if let Some(v) = view {
            self.ui.view = v;
        }
        if present {
            self.set_presenting(ctx, true);
        }
    }

    /// The open document (read-only; change it through `apply`).
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The account shown in the account views.
    pub fn current_account(&self) -> Option<AccountId> {
        self.ui.account
    }

    pub fn current_view(&self) -> ViewKind {
        self.ui.view
    }

    /// The message of the error dialog, if one is showing.
    pub fn error_message(&self) -> Option<&str> {
        self.over.error.as_deref()
    }

    /// The action waiting for an answer to the unsaved-changes prompt.
    pub fn pending_confirmation(&self) -> Option<&Guarded> {
        self.over.confirm.as_ref()
    }

    /// The relationship map's runtime state (for tests and presentation).
    pub fn map_view(&self) -> &views::map::MapView {
        &self.views.map
    }

    pub fn map_view_mut(&mut self) -> &mut views::map::MapView {
        &mut self.views.map
    }

    /// Whether the map is being presented full screen.
    pub fn is_presenting(&self) -> bool {
        self.ui.presenting
    }

    /// The selection of the account views.
    pub fn ui_state(&self) -> &UiState {
        &self.ui
    }

    /// Sets the date plan health, due dates and faded lines are judged against.
    /// The demo, untouched since it opened, is opened again dated as seen
    /// from that day.
    pub fn set_today(&mut self, today: chrono::NaiveDate) {
        self.ui.today = views::Today(today);
        if self.showing_untouched_demo() {
            self.open_demo();
        }
    }

    /// Opens the built-in demo in the current language, its dates moved so
    /// that its plans are as fresh or stale, seen from today, as written.
    fn open_demo(&mut self) {
        match crate::demo::demo_project_on(crate::i18n::language(), self.ui.today.0) {
            Ok(project) => self.replace_document(Document::new(project, None)),
            Err(e) => self.over.error = Some(e.to_string()),
        }
    }

    /// Whether the window shows the demo with nothing changed in it.
    fn showing_untouched_demo(&self) -> bool {
        self.doc.path.is_none() && self.doc.undo_label().is_none() && crate::demo::is_demo(self.doc.project())
    }

    /// The file dialogs: the system's, or Gambit's own where those cannot open.
    pub fn file_chooser(&self) -> &file_chooser::FileChooser {
        &self.files
    }

    pub fn recent_files(&self) -> &RecentFiles {
        &self.recent
    }

    fn replace_document(&mut self, doc: Document) {
        self.let_go();
        self.doc = doc;
        self.shared.disk = None;
        self.shared.review = None;
        self.shared.lock_notice = None;
        self.shared.watch = None;
        self.shared.changed_on_disk = false;
        self.files.set_folder_of(self.doc.path.as_deref());
        let first = self.doc.project().accounts.first().map(|a| a.id);
        self.ui = UiState { view: self.ui.view, account: first, today: self.ui.today, ..UiState::default() };
        self.views = Views::default();
        if self.audience.is_some() {
            // A fresh audience map for the new project.
            self.audience = None;
            self.toggle_audience();
        }
    }

    /// Applies edits the views sent this frame, through the command layer.
    fn apply_edits(&mut self, edits: Vec<Edit>) {
        for edit in edits {
            let label = edit.command.label();
            let erasing = label == crate::model::erase::UNDO_LABEL || label == crate::model::erase::RETENTION_LABEL;
            let result = match edit.merge_key {
                Some(key) => self.doc.apply_merging(edit.command, Some(key)),
                None => self.doc.apply(edit.command),
            };
            match result {
                Err(e) => self.over.error = Some(format!("{}: {e}", tr("app-change-made"))),
                Ok(()) if erasing => self.after_erasing(),
                Ok(()) => {}
            }
        }
        self.ui.forget_missing(self.doc.project());
    }

    /// Runs an application action (menu item or shortcut).
    pub fn run_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => self.guard(ctx, Guarded::New),
            Action::Open => self.guard(ctx, Guarded::Open(None)),
            Action::Save => {
                self.save(false);
            }
            Action::SaveAs => {
                self.save(true);
            }
            Action::Undo => {
                self.doc.seal();
                if self.doc.undo() {
                    self.ui.forget_missing(self.doc.project());
                    let what = self.doc.redo_label().map(crate::i18n::label).unwrap_or_default();
                    self.status = crate::t!("status-undone", action = what);
                }
            }
            Action::Redo => {
                self.doc.seal();
                if self.doc.redo() {
                    self.ui.forget_missing(self.doc.project());
                    let what = self.doc.undo_label().map(crate::i18n::label).unwrap_or_default();
                    self.status = crate::t!("status-redone", action = what);
                }
            }
            Action::AudienceWindow => self.toggle_audience(),
            Action::ExportMapPng => self.export_map(true),
            Action::ExportMapSvg => self.export_map(false),
            Action::ImportContacts => self.begin_import(),
            Action::ImportCalendar => self.begin_calendar_import(),
            Action::Quit => self.guard(ctx, Guarded::Quit),
            Action::Present => {
                let on = !self.ui.presenting;
                self.set_presenting(ctx, on);
            }
            Action::Help => self.toggle_help(),
            // The map's and the wall's keys: the view that has the keyboard
            // handles them.
            _ => {}
        }
    }

    /// Sends one command as its own undo step (used by tests and menus).
    pub fn apply(&mut self, command: Command) {
        self.apply_edits(vec![Edit { command, merge_key: None }]);
    }
}

impl eframe::App for GambitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
        if let Some(started) = self.startup.take() {
            eprintln!("{}", crate::t!("app-first-frame", ms = started.elapsed().as_millis().to_string()));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.recent.store(storage);
        language::remember(self.chosen_language, storage);
        your_name::remember(self.your_name.as_ref(), storage);
    }
}
