//! File > Import Contacts: pick a CRM or spreadsheet export, check and
//! change which column holds what against a preview of the rows, see what
//! the import will do, and apply it as one undoable step; then a report of
//! every row.

use super::GambitApp;
use super::file_chooser::{FileTask, Request};
use crate::i18n::tr;
use crate::interchange::{self, Field, Import, Mapping, Options, Table};
use crate::model::{AccountId, Project};
use crate::t;
use std::path::PathBuf;

/// Rows of the file shown beside each column.
const PREVIEW_ROWS: usize = 3;

/// The mapping step, open until the user imports or cancels.
pub struct ImportDialog {
    path: PathBuf,
    table: Table,
    mapping: Mapping,
    account: AccountId,
    options: Options,
    /// The import as the choices stand, prepared again when they change.
    prepared: Result<Import, String>,
    /// The report's warnings (skipped rows, unknown owners and managers),
    /// taken out once per preparation rather than every frame.
    warnings: Vec<String>,
    /// The report's summary line, likewise.
    summary: String,
    /// Whether the prepared import changes anything, likewise.
    changes: bool,
}

/// What the user did in the dialog this frame.
enum Choice {
    Import,
    Cancel,
    Changed,
}

impl ImportDialog {
    fn new(project: &Project, base: Option<&Project>, path: PathBuf, table: Table, account: AccountId) -> Self {
        let mapping = Mapping::guess(&table.headers);
        let mut d = Self {
            path,
            table,
            mapping,
            account,
            options: Options::default(),
            prepared: Err(String::new()),
            warnings: Vec::new(),
            summary: String::new(),
            changes: false,
        };
        d.prepare(project, base);
        d
    }

    fn prepare(&mut self, project: &Project, base: Option<&Project>) {
        self.prepared = interchange::prepare(project, base, self.account, &self.table, &self.mapping, self.options)
            .map_err(|e| e.to_string());
        (self.warnings, self.summary, self.changes) = match &self.prepared {
            Ok(i) => (i.report.warnings(), i.report.summary(), i.report.changes_anything()),
            Err(_) => (Vec::new(), String::new(), false),
        };
    }

    fn ui(&mut self, ctx: &egui::Context, project: &Project) -> Option<Choice> {
        let mut choice = None;
        egui::Modal::new(egui::Id::new("import_contacts")).show(ctx, |ui| {
            ui.set_max_width(820.0);
            ui.heading(tr("file-import-contacts"));
            let name = self
                .path
                .file_name()
                .map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned());
            ui.label(t!("import-file-rows", file = name, rows = self.table.rows.len(), read_as = &self.table.read_as));
            ui.horizontal(|ui| {
                ui.label(tr("import-into-account"));
                if account_picker(ui, project, &mut self.account) {
                    choice = Some(Choice::Changed);
                }
            });
            ui.add_space(4.0);
            ui.label(tr("import-which-column-holds"));
            if self.columns_ui(ui) {
                choice = Some(Choice::Changed);
            }
            let tip = tr("import-otherwise-only-empty");
            if ui.checkbox(&mut self.options.overwrite, tr("import-replace-filled-fields")).on_hover_text(tip).changed()
            {
                choice = Some(Choice::Changed);
            }
            ui.separator();
            let ready = self.outcome_ui(ui);
            ui.horizontal(|ui| {
                let import = ui.add_enabled(ready, egui::Button::new(tr("import-import")));
                if import
                    .on_hover_text(format!(
                        "{} ({})",
                        tr("import-apply-import-step"),
                        super::actions::keys_text(ui.ctx(), super::actions::Action::Undo)
                    ))
                    .clicked()
                {
                    choice = Some(Choice::Import);
                }
                if ui.button(tr("file-cancel")).on_hover_text(tr("import-close-without-importing")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    choice = Some(Choice::Cancel);
                }
            });
        });
        choice
    }

    /// One line per column of the file: its name, the field it goes to,
    /// and its first values. Returns whether a choice changed.
    fn columns_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut changed = false;
        egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
            egui::Grid::new("import_columns").num_columns(3).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
                ui.strong(tr("import-column-file"));
                ui.strong(tr("import-goes"));
                ui.strong(tr("import-first-rows"));
                ui.end_row();
                for (i, header) in self.table.headers.iter().enumerate() {
                    let name = ui.label(header);
                    let current = self.mapping.0[i];
                    let shown = current.map_or_else(|| tr("import-leave-out"), |f| f.label());
                    egui::ComboBox::from_id_salt(("import_field", i))
                        .selected_text(shown)
                        .width(160.0)
                        .show_ui(ui, |ui| {
                            let mut pick = current;
                            ui.selectable_value(&mut pick, None, tr("import-leave-out"));
                            for f in Field::ALL {
                                ui.selectable_value(&mut pick, Some(*f), f.label());
                            }
                            if pick != current {
                                // A field comes from one column: the one picked last.
                                for slot in self.mapping.0.iter_mut().filter(|s| pick.is_some() && **s == pick) {
                                    *slot = None;
                                }
                                self.mapping.0[i] = pick;
                                changed = true;
                            }
                        })
                        .response
                        .labelled_by(name.id);
                    let sample: Vec<String> = self
                        .table
                        .rows
                        .iter()
                        .take(PREVIEW_ROWS)
                        .map(|r| {
                            let cell = interchange::clean::one_line(r.cell(i));
                            if cell.is_empty() { "–".to_owned() } else { crate::scene::style::clip(&cell, 28) }
                        })
                        .collect();
                    ui.weak(sample.join("  ·  "));
                    ui.end_row();
                }
            });
        });
        changed
    }

    /// What the import will do, or why it cannot. Returns whether it can run.
    fn outcome_ui(&self, ui: &mut egui::Ui) -> bool {
        if let Err(why) = &self.prepared {
            ui.colored_label(super::theme::ERROR, why);
            false
        } else {
            ui.label(format!("{}: {}", tr("import-import-do"), self.summary));
            let warnings = &self.warnings;
            for l in warnings.iter().take(4) {
                ui.colored_label(super::theme::WARNING, l.as_str());
            }
            if warnings.len() > 4 {
                ui.label(t!("import-more-in-report", more = warnings.len() - 4));
            }
            if !self.changes {
                ui.label(tr("import-everyone-file-already"));
            }
            self.changes
        }
    }
}

/// The account to import into; returns whether it changed.
pub(super) fn account_picker(ui: &mut egui::Ui, project: &Project, account: &mut AccountId) -> bool {
    let before = *account;
    let name = project.account(*account).map_or_else(String::new, |a| a.name.clone());
    egui::ComboBox::from_id_salt("import_account").selected_text(name).width(260.0).show_ui(ui, |ui| {
        for a in &project.accounts {
            ui.selectable_value(account, a.id, &a.name);
        }
    });
    *account != before
}

/// The report of an applied import, open until closed.
pub struct ImportReport {
    pub lines: Vec<String>,
}

impl GambitApp {
    /// File > Import Contacts: asks for the file, reads it, and opens the
    /// mapping step; says why when the file cannot be read.
    pub fn begin_import(&mut self) {
        let Some(account) = self.ui.account.filter(|a| self.doc.project().account(*a).is_some()) else {
            self.over.error = Some(tr("import-contacts-imported-into"));
            return;
        };
        let Some(path) = self.files.ask(FileTask::Import, Request::Import) else { return };
        match interchange::table::read(&path, None) {
            Ok(table) => {
                let base = self.shared.base();
                self.over.import = Some(ImportDialog::new(self.doc.project(), base, path, table, account));
            }
            Err(e) => self.over.error = Some(format!("{}\n\n{e}", tr("import-could-read-contacts"))),
        }
    }

    /// The mapping step and the report, while open.
    pub(super) fn import_ui(&mut self, ctx: &egui::Context) {
        if let Some(mut dialog) = self.over.import.take() {
            match dialog.ui(ctx, self.doc.project()) {
                Some(Choice::Cancel) => {}
                Some(Choice::Import) => self.finish_import(dialog),
                Some(Choice::Changed) => {
                    dialog.prepare(self.doc.project(), self.shared.base());
                    self.over.import = Some(dialog);
                }
                None => self.over.import = Some(dialog),
            }
        }
        if let Some(report) = &self.over.import_report {
            let mut open = true;
            egui::Window::new(tr("import-import-report")).open(&mut open).default_width(640.0).collapsible(false).show(
                ctx,
                |ui| {
                    // Wide enough to read a row of the report whole (the window
                    // would otherwise shrink to its title and cut every line).
                    ui.set_min_width((ctx.content_rect().width() - 80.0).clamp(240.0, 640.0));
                    // The summary first, whole, however long.
                    if let Some(first) = report.lines.first() {
                        ui.add(egui::Label::new(egui::RichText::new(first.as_str()).strong()).wrap());
                    }
                    let rest = report.lines.get(1..).unwrap_or_default();
                    // Only the lines in view are laid out: a report can have one per row of the file.
                    let row = ui.text_style_height(&egui::TextStyle::Body);
                    let scroll = egui::ScrollArea::vertical().max_height(420.0);
                    scroll.show_rows(ui, row, rest.len(), |ui, rows| {
                        for l in &rest[rows] {
                            ui.add(egui::Label::new(l.as_str()).truncate()).on_hover_text(l.as_str());
                        }
                    });
                },
            );
            // Esc closes it too, as it does the other windows.
            if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
                self.over.import_report = None;
            }
        }
    }

    fn finish_import(&mut self, dialog: ImportDialog) {
        let Ok(import) = dialog.prepared else { return };
        let account = dialog.account;
        self.apply(import.command());
        if self.over.error.is_none() {
            self.ui.select_account(account);
            self.status = format!("{}: {}", tr("import-imported"), import.report.summary());
            self.over.import_report = Some(ImportReport { lines: import.report.lines() });
        }
    }

    /// Whether the import's mapping step is open (for tests).
    pub fn import_open(&self) -> bool {
        self.over.import.is_some()
    }
}
