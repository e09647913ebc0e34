//! New, open, save and the unsaved-changes guard.

use super::file_chooser::{FileTask, Request};
use super::{GambitApp, Guarded};
use crate::command::Document;
use crate::file;
use crate::i18n::tr;
use crate::model::Project;
use crate::t;
use std::path::{Path, PathBuf};

/// The user's answer to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfirmAnswer {
    Save,
    Discard,
    Cancel,
}

impl GambitApp {
    /// Runs `action` now, or asks first when there are unsaved changes.
    pub(super) fn guard(&mut self, ctx: &egui::Context, action: Guarded) {
        if self.doc.is_dirty() {
            self.over.confirm = Some(action);
        } else {
            self.perform(ctx, action);
        }
    }

    /// Answers the unsaved-changes prompt.
    pub fn answer_confirm(&mut self, ctx: &egui::Context, answer: ConfirmAnswer) {
        let Some(action) = self.over.confirm.take() else { return };
        match answer {
            ConfirmAnswer::Cancel => {}
            ConfirmAnswer::Discard => {
                self.drop_recovery();
                self.perform(ctx, action);
            }
            ConfirmAnswer::Save => {
                if self.save_then(false, Some(action.clone())) {
                    self.perform(ctx, action);
                }
            }
        }
    }

    fn perform(&mut self, ctx: &egui::Context, action: Guarded) {
        match action {
            Guarded::New => {
                self.replace_document(Document::new(Project::new(tr("file-untitled")), None));
                self.status = tr("file-new-project");
            }
            Guarded::Open(Some(path)) => self.open_path(&path),
            Guarded::Open(None) => {
                if let Some(path) = self.files.ask(FileTask::Open, Request::Open) {
                    self.open_path(&path);
                }
            }
            Guarded::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a file, replacing the current project. Errors are shown, and
    /// the current project stays as it was.
    pub(super) fn open_path(&mut self, path: &Path) {
        match file::load_with_bytes(path) {
            Ok((project, bytes)) => {
                let bytes_read = bytes.len() as u64;
                self.recent.add(path);
                self.replace_document(Document::new(project, Some(path.to_path_buf())));
                let loaded = self.doc.project().clone();
                self.remember_disk(&loaded, bytes);
                self.claim(path);
                self.review_stored_conflicts();
                let problems = self.doc.problems().len();
                // The file's name alone: a full path is too long to read in a status bar.
                let name =
                    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                self.status = if problems == 0 {
                    t!("file-opened-name", name = name)
                } else {
                    t!("file-opened-with-problems", name = name, problems = problems)
                };
                self.ui.show_problems = problems > 0;
                // Large files only: a small one always saves again.
                if bytes_read > file::MAX_FILE_BYTES / 8
                    && let Some(e) = file::cannot_save(self.doc.project(), path)
                {
                    self.over.error = Some(format!("{}\n\n{e}", tr("file-opened-cannot-save")));
                }
            }
            Err(file::LoadError::Protected { .. }) => self.ask_passphrase(path.to_path_buf(), false),
            Err(file::LoadError::WrongPassphrase { .. }) => {
                file::crypt::forget(&path.display().to_string());
                self.ask_passphrase(path.to_path_buf(), true);
            }
            Err(e) => {
                self.recent.remove(path);
                self.over.error = Some(format!("{}\n\n{e}", tr("file-could-open-file")));
            }
        }
    }

    /// Gambit's own file dialog while open; runs again what asked for a file
    /// once the user picked one.
    pub(super) fn file_chooser_ui(&mut self, ctx: &egui::Context) {
        if let Some(notice) = self.files.take_notice() {
            self.status = notice;
        }
        let Some(task) = self.files.show(ctx) else { return };
        match task {
            FileTask::Open => self.perform(ctx, Guarded::Open(None)),
            FileTask::Save(then) => {
                if self.save_then(true, then.clone())
                    && let Some(action) = then
                {
                    self.perform(ctx, action);
                }
            }
            FileTask::ExportMap { png } => self.export_map(png),
            FileTask::ExportPlan(request) => self.export_plan(request),
            FileTask::ExportContacts { excel } => self.export_contacts(excel),
            FileTask::ExportRanking { excel } => self.export_ranking(excel),
            FileTask::Import => self.begin_import(),
            FileTask::ImportCalendar => self.begin_calendar_import(),
        }
        self.files.forget_answer();
    }

    /// Opens a file dropped on the window (or named on the command line),
    /// asking first when there are unsaved changes.
    pub fn open_dropped(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.guard(ctx, Guarded::Open(Some(path)));
    }

    /// Saves; asks for a path when there is none or `choose` is set.
    /// Returns whether the project was saved.
    pub(super) fn save(&mut self, choose: bool) -> bool {
        self.save_then(choose, None)
    }

    /// Saves, as `save`; when the path is asked in Gambit's own dialog,
    /// `then` runs once that saved (it waited for "Save changes?").
    fn save_then(&mut self, choose: bool, then: Option<Guarded>) -> bool {
        self.doc.seal();
        // Read-only (someone else has it open): a copy goes to a new file.
        let choose = choose || self.shared.read_only;
        let path = if let (Some(p), false) = (&self.doc.path, choose) {
            p.clone()
        } else {
            let suggested = self.suggested_file_name();
            match self.files.ask(FileTask::Save(then), Request::Save { suggested: &suggested }) {
                Some(p) => p,
                None => return false,
            }
        };
        // Someone else may have saved the same file meanwhile: merge first.
        if self.doc.path.as_deref() == Some(path.as_path())
            && matches!(self.check_disk(&path), super::sharing::DiskCheck::Stop)
        {
            return false;
        }
        match file::save(self.doc.project(), &path) {
            Ok(()) => {
                let saved = self.doc.project().clone();
                if let Ok(text) = file::to_string(&saved) {
                    self.remember_disk(&saved, text.into_bytes());
                }
                if self.doc.path.as_deref() != Some(path.as_path()) {
                    // Saved as a new file: that one is ours now.
                    self.let_go();
                    file::lock::take(&path);
                }
                self.recent.add(&path);
                self.files.set_folder_of(Some(&path));
                self.status = t!("file-saved-to", path = path.display().to_string());
                self.doc.mark_saved(path);
                true
            }
            Err(e) => {
                self.over.error = Some(format!("{}\n\n{e}", tr("file-could-save-project")));
                false
            }
        }
    }

    /// Writes the portfolio ranking as CSV or Excel where the user chooses.
    pub fn export_ranking(&mut self, excel: bool) {
        let rows = crate::analysis::ranking::ranking(self.doc.project());
        let sheet = crate::interchange::export::ranking(&rows);
        let stem = t!("file-name-ranking", project = &self.doc.project().name, date = self.ui.today.0.to_string());
        let task = FileTask::ExportRanking { excel };
        if self.export_tables(task, &stem, &[sheet], "file-could-export-ranking")
            && crate::analysis::ranking::blank_revenues(&rows) > 0
        {
            self.status = t!("file-exported-some-revenues-empty", status = self.status.as_str());
        }
    }

    /// Writes the current account's contacts as CSV, or contacts and
    /// relationships as an Excel workbook, where the user chooses.
    pub fn export_contacts(&mut self, excel: bool) {
        let project = self.shared_project();
        let Some(account) = self.ui.account.and_then(|a| project.account(a)) else { return };
        let mut sheets = vec![crate::interchange::export::contacts(&project, account)];
        if excel {
            sheets.push(crate::interchange::export::relationships(&project, account));
        }
        if !self.views.map.show.opinions {
            sheets = sheets.into_iter().map(crate::interchange::export::without_opinions).collect();
        }
        let stem = t!("file-name-contacts", account = &account.name, date = self.ui.today.0.to_string());
        self.export_tables(FileTask::ExportContacts { excel }, &stem, &sheets, "file-could-export-contacts");
    }

    /// Asks where, then writes the tables as one workbook or the first as
    /// CSV. Returns whether it was written; says why when not.
    fn export_tables(
        &mut self,
        task: FileTask,
        stem: &str,
        sheets: &[crate::interchange::sheet::Sheet],
        failed: &str,
    ) -> bool {
        use crate::interchange::sheet;
        let excel = matches!(task, FileTask::ExportContacts { excel: true } | FileTask::ExportRanking { excel: true });
        let (ext, kind) = if excel { ("xlsx", tr("file-excel-workbook")) } else { ("csv", tr("file-csv-spreadsheet")) };
        let suggested = format!("{stem}.{ext}");
        let request = Request::Export { suggested: &suggested, kind: &kind, extension: ext };
        let Some(path) = self.files.ask(task, request) else { return false };
        let bytes = if excel {
            sheet::xlsx(sheets)
        } else {
            Ok(sheets.first().map(sheet::csv).unwrap_or_default().into_bytes())
        };
        match bytes.and_then(|b| self.write_export(&path, &b)) {
            Ok(()) => {
                self.status = t!("file-exported-to", path = path.display().to_string());
                true
            }
            Err(e) => {
                self.over.error = Some(format!("{}\n\n{}: {e}", tr(failed), path.display()));
                false
            }
        }
    }

    /// Writes the current account's plan as HTML or Markdown where the user chooses.
    pub fn export_plan(&mut self, request: super::views::ExportRequest) {
        use super::views::ExportRequest;
        let project = self.shared_project();
        let project = project.as_ref();
        let Some(account) = self.ui.account.and_then(|a| project.account(a)) else { return };
        let today = self.ui.today.0;
        let (ext, kind, text) = match request {
            ExportRequest::PlanHtml => {
                ("html", tr("file-web-page"), crate::export::plan::html(project, account, today))
            }
            ExportRequest::PlanMarkdown => {
                ("md", tr("file-markdown"), crate::export::plan::markdown(project, account, today))
            }
            ExportRequest::ReviewHtml => {
                ("html", tr("file-web-page"), crate::export::review::html(project, account, today))
            }
            ExportRequest::ReviewMarkdown => {
                ("md", tr("file-markdown"), crate::export::review::markdown(project, account, today))
            }
            ExportRequest::MapPng | ExportRequest::MapSvg => return self.export_map(request == ExportRequest::MapPng),
            ExportRequest::Person(c) => return self.export_person(c),
        };
        let stem = if matches!(request, ExportRequest::ReviewHtml | ExportRequest::ReviewMarkdown) {
            t!("file-name-review", account = &account.name, date = today.to_string())
        } else {
            t!("file-name-plan", account = &account.name, date = today.to_string())
        };
        let name = format!("{stem}.{ext}");
        let request_file = Request::Export { suggested: &name, kind: &kind, extension: ext };
        let Some(path) = self.files.ask(FileTask::ExportPlan(request), request_file) else { return };
        match self.write_export(&path, text.as_bytes()) {
            Ok(()) => self.status = t!("file-exported-to", path = path.display().to_string()),
            Err(e) => self.over.error = Some(format!("{}\n\n{e}", tr("file-could-export-plan"))),
        }
    }

    /// Writes the map as the user sees it now: PNG at twice the screen's
    /// resolution, or SVG with real text; named after the account and date.
    pub fn export_map(&mut self, png: bool) {
        let project = self.shared_project();
        let Some(account) = self.ui.account.and_then(|a| project.account(a)) else { return };
        let today = self.ui.today.0;
        let (scene, look) = self.views.map.export_view(&project, account, &self.ui, today);
        let svg = crate::export::map::svg(&scene, &look);
        let stem = crate::export::map::file_stem(&account.name, today);
        let (ext, kind) = if png { ("png", tr("file-png-picture")) } else { ("svg", tr("file-svg-drawing")) };
        let suggested = format!("{stem}.{ext}");
        let request = Request::Export { suggested: &suggested, kind: &kind, extension: ext };
        let Some(path) = self.files.ask(FileTask::ExportMap { png }, request) else { return };
        let bytes = if png { crate::export::map::png_at_most(&svg, 2.0) } else { Ok(svg.into_bytes()) };
        let written = bytes.and_then(|b| self.write_export(&path, &b));
        match written {
            Ok(()) => self.status = t!("file-exported-to", path = path.display().to_string()),
            Err(e) => self.over.error = Some(format!("{}\n\n{}: {e}", tr("file-could-export-map"), path.display())),
        }
    }

    /// Writes everything the project holds about one contact as HTML, and
    /// the same as JSON beside it, where the user chooses.
    pub fn export_person(&mut self, contact: crate::model::ContactId) {
        let project = self.doc.project();
        let Some(account) = self.ui.account.and_then(|a| project.account(a)) else { return };
        let Some(data) = crate::export::person::collect(project, account, contact, self.ui.today.0) else { return };
        let html = crate::export::person::document(&data).to_html();
        let json = crate::export::person::json(&data);
        let name =
            format!("{}.html", t!("file-name-person", name = &data.person.name, date = self.ui.today.0.to_string()));
        let kind = tr("file-web-page");
        let request = Request::Export { suggested: &name, kind: &kind, extension: "html" };
        let task = FileTask::ExportPlan(super::views::ExportRequest::Person(contact));
        let Some(path) = self.files.ask(task, request) else { return };
        let json_path = path.with_extension("json");
        match self.write_export(&path, html.as_bytes()).and_then(|()| self.write_export(&json_path, json.as_bytes())) {
            Ok(()) => {
                let both = format!("{}, {}", path.display(), json_path.display());
                self.status = t!("file-exported-to", path = both);
            }
            Err(e) => self.over.error = Some(format!("{}\n\n{e}", tr("file-could-export-person"))),
        }
    }

    /// The project as exports share it: without the team's opinions while
    /// the map's Opinions toggle is off.
    fn shared_project(&self) -> std::borrow::Cow<'_, crate::model::Project> {
        let project = self.doc.project();
        if self.views.map.show.opinions {
            std::borrow::Cow::Borrowed(project)
        } else {
            std::borrow::Cow::Owned(crate::model::opinions::without_opinions(project))
        }
    }

    /// Writes an export, never over the open project, its backup or any
    /// Gambit project (the message names the file).
    fn write_export(&self, path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
        crate::file::export_target(path, self.doc.path.as_deref())?;
        crate::file::write_atomic(path, bytes).map_err(|e| e.to_string())
    }

    fn suggested_file_name(&self) -> String {
        let name: String = self
            .doc
            .project()
            .name
            .chars()
            .map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { '_' })
            .collect();
        let name = name.trim();
        format!("{}.{}", if name.is_empty() { "project" } else { name }, file::EXTENSION)
    }

    /// Window title: file name, unsaved mark, app name.
    pub fn window_title(&self) -> String {
        let name = match &self.doc.path {
            Some(p) => p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()),
            None => self.doc.project().name.clone(),
        };
        // The OS draws the title, so a round bullet (as other editors use) is safe here.
        let mark = if self.doc.is_dirty() { "\u{25CF} " } else { "" };
        let read_only = if self.shared.read_only { format!(" {}", tr("file-read-only-mark")) } else { String::new() };
        format!("{mark}{name}{read_only} — Gambit")
    }
}
