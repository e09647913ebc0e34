//! File > Import Calendar: pick an `.ics` export (Outlook, Google, Apple),
//! see what it brings to the account (lines' last contact, the plan's
//! meetings, people one of us met but has no line to, each offered as a
//! line to draw), and apply it as one undoable step; then a report of every
//! event. A calendar that cannot be read changes nothing and says why.

use super::GambitApp;
use super::file_chooser::{FileTask, Request};
use crate::command::NewIds;
use crate::i18n::{numbers, tr};
use crate::interchange::calendar::{self, CalendarImport, EventOutcome};
use crate::model::{AccountId, ContactId, MemberId, Project};
use crate::t;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The step before the import, open until the user imports or cancels.
pub struct CalendarDialog {
    path: PathBuf,
    text: String,
    account: AccountId,
    prepared: Result<CalendarImport, String>,
    /// The offered lines the user wants drawn (none ticked at first).
    draw: BTreeSet<(MemberId, ContactId)>,
}

enum Choice {
    Import,
    Cancel,
    Changed,
}

impl CalendarDialog {
    fn new(project: &Project, path: PathBuf, text: String, account: AccountId, today: chrono::NaiveDate) -> Self {
        let mut d = Self { path, text, account, prepared: Err(String::new()), draw: BTreeSet::new() };
        d.prepare(project, today);
        d
    }

    fn prepare(&mut self, project: &Project, today: chrono::NaiveDate) {
        self.draw.clear();
        self.prepared = match project.account(self.account) {
            Some(a) => calendar::prepare(project, a, &self.text, today).map_err(|e| e.to_string()),
            None => Err(tr("import-contacts-imported-into")),
        };
    }

    /// Whether importing would change anything.
    fn changes(&self) -> bool {
        self.prepared.as_ref().is_ok_and(|i| !i.is_empty() || !self.draw.is_empty())
    }

    fn ui(&mut self, ctx: &egui::Context, project: &Project) -> Option<Choice> {
        let mut choice = None;
        egui::Modal::new(egui::Id::new("import_calendar")).show(ctx, |ui| {
            ui.set_max_width(760.0);
            ui.heading(tr("action-import-calendar"));
            let name =
                self.path.file_name().map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into());
            ui.label(name);
            ui.horizontal(|ui| {
                ui.label(tr("import-into-account"));
                if super::import::account_picker(ui, project, &mut self.account) {
                    choice = Some(Choice::Changed);
                }
            });
            ui.separator();
            match &self.prepared {
                Err(why) => {
                    ui.colored_label(super::theme::ERROR, t!("calendar-cannot-read", why = why));
                }
                Ok(import) => {
                    ui.label(calendar::summary(import));
                    offers_ui(ui, project, self.account, import, &mut self.draw);
                    rows_ui(ui, import);
                    if !self.changes() {
                        ui.label(tr("calendar-nothing-to-do"));
                    }
                }
            }
            ui.separator();
            ui.horizontal(|ui| {
                let import = ui.add_enabled(self.changes(), egui::Button::new(tr("import-import")));
                let undo = super::actions::keys_text(ui.ctx(), super::actions::Action::Undo);
                if import.on_hover_text(format!("{} ({undo})", tr("import-apply-import-step"))).clicked() {
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
}

/// Each pair who met with no line between them, with a box to draw one.
fn offers_ui(
    ui: &mut egui::Ui,
    project: &Project,
    account: AccountId,
    import: &CalendarImport,
    draw: &mut BTreeSet<(MemberId, ContactId)>,
) {
    if import.offers.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.strong(tr("calendar-offers-heading")).on_hover_text(tr("calendar-offers-tip"));
    let Some(a) = project.account(account) else { return };
    egui::ScrollArea::vertical().id_salt("calendar offers").max_height(140.0).show(ui, |ui| {
        for (&(m, c), day) in &import.offers {
            let ours = project.member(m).map_or_else(|| m.to_string(), |x| x.name.clone());
            let theirs = a.contact(c).map_or_else(|| c.to_string(), |x| x.name.clone());
            let mut on = draw.contains(&(m, c));
            let text = t!("calendar-offer", member = ours, contact = theirs, date = numbers::date(*day));
            if ui.checkbox(&mut on, text).changed() {
                if on {
                    draw.insert((m, c));
                } else {
                    draw.remove(&(m, c));
                }
            }
        }
    });
}

/// The events as the report will list them; only those in view are laid out.
fn rows_ui(ui: &mut egui::Ui, import: &CalendarImport) {
    ui.add_space(4.0);
    ui.strong(tr("calendar-events-heading"));
    let row = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical().id_salt("calendar rows").max_height(220.0).show_rows(
        ui,
        row,
        import.rows.len(),
        |ui, range| {
            for r in &import.rows[range] {
                let text = calendar::row_text(r);
                let colour = match r.outcome {
                    EventOutcome::Matched { .. } => ui.visuals().text_color(),
                    EventOutcome::Skipped(_) => ui.visuals().weak_text_color(),
                };
                ui.add(egui::Label::new(egui::RichText::new(&text).color(colour)).truncate()).on_hover_text(text);
            }
        },
    );
}

impl GambitApp {
    /// File > Import Calendar: asks for the file, reads it and opens the
    /// step before the import; says why when it cannot be read.
    pub fn begin_calendar_import(&mut self) {
        let Some(account) = self.ui.account.filter(|a| self.doc.project().account(*a).is_some()) else {
            self.over.error = Some(tr("import-contacts-imported-into"));
            return;
        };
        let Some(path) = self.files.ask(FileTask::ImportCalendar, Request::ImportCalendar) else { return };
        let text = match crate::file::read_bounded(&path, crate::file::MAX_FILE_BYTES) {
            Ok(crate::file::Bounded::Bytes(b)) => String::from_utf8_lossy(&b).into_owned(),
            Ok(_) => {
                let why = t!("calendar-not-a-file", file = path.display().to_string());
                self.over.error = Some(t!("calendar-cannot-read", why = why));
                return;
            }
            Err(e) => {
                let why = format!("{}: {}", path.display(), crate::i18n::io_words(&e));
                self.over.error = Some(t!("calendar-cannot-read", why = why));
                return;
            }
        };
        let today = self.ui.today.0;
        self.over.calendar = Some(CalendarDialog::new(self.doc.project(), path, text, account, today));
    }

    /// The step before the import, while open.
    pub(super) fn calendar_ui(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.over.calendar.take() else { return };
        match dialog.ui(ctx, self.doc.project()) {
            Some(Choice::Cancel) => {}
            Some(Choice::Import) => self.finish_calendar_import(dialog),
            Some(Choice::Changed) => {
                dialog.prepare(self.doc.project(), self.ui.today.0);
                self.over.calendar = Some(dialog);
            }
            None => self.over.calendar = Some(dialog),
        }
    }

    fn finish_calendar_import(&mut self, dialog: CalendarDialog) {
        let Ok(mut import) = dialog.prepared else { return };
        let Some(account) = self.doc.project().account(dialog.account).cloned() else { return };
        import.offers.retain(|k, _| dialog.draw.contains(k));
        let command = {
            let project = self.doc.project();
            calendar::command(&account, &import, true, &NewIds::new(project, self.shared.base()))
        };
        self.apply(command);
        if self.over.error.is_none() {
            self.ui.select_account(account.id);
            let text = calendar::summary(&import);
            self.status = format!("{}: {text}", tr("import-imported"));
            let mut lines = vec![t!("calendar-account-heading", account = &account.name), text];
            lines.extend(import.rows.iter().map(calendar::row_text));
            self.over.import_report = Some(super::import::ImportReport { lines });
        }
    }

    /// Whether the calendar import's step is open (for tests).
    pub fn calendar_import_open(&self) -> bool {
        self.over.calendar.is_some()
    }
}
