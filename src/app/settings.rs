//! File > Project Settings: the project's name, our company and the
//! currency its revenues are counted in. Each edit is a `SetProjectInfo`
//! command (typing in one field merges into one undo step).

use super::GambitApp;
use super::views::Edit;
use crate::command::Command;
use crate::i18n::tr;

impl GambitApp {
    /// Opens or closes the settings window.
    pub fn toggle_settings(&mut self) {
        self.over.settings_open = !self.over.settings_open;
    }

    pub(super) fn settings_ui(&mut self, ctx: &egui::Context) {
        if !self.over.settings_open {
            return;
        }
        let p = self.doc.project();
        let (mut name, mut company, mut currency) = (p.name.clone(), p.our_company.clone(), p.currency.clone());
        let mut changed = None;
        let mut open = true;
        egui::Window::new(tr("settings-project-settings")).open(&mut open).collapsible(false).resizable(false).show(
            ctx,
            |ui| {
                egui::Grid::new("project_settings").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
                    for (label, tip, value, key) in [
                        ("settings-project-name", "settings-shown-window-title", &mut name, "name"),
                        ("settings-our-company", "settings-supplier-us-shown", &mut company, "company"),
                        ("settings-currency", "settings-what-revenues-counted", &mut currency, "currency"),
                    ] {
                        let l = ui.label(tr(label));
                        let field = ui.add(egui::TextEdit::singleline(value).desired_width(280.0)).labelled_by(l.id);
                        if field.on_hover_text(tr(tip)).changed() {
                            changed = Some(key);
                        }
                        ui.end_row();
                    }
                    self.passphrase_row(ui);
                    self.retention_row(ui);
                });
            },
        );
        self.over.settings_open = open;
        if let Some(key) = changed {
            let command = Command::SetProjectInfo { name, our_company: company, currency };
            self.apply_edits(vec![Edit { command, merge_key: Some(format!("project:{key}")) }]);
        }
    }
}

impl GambitApp {
    /// How long people who left are kept before the plan's health and
    /// `gambit check` list them for erasure (off, or 1 to 120 months).
    fn retention_row(&mut self, ui: &mut egui::Ui) {
        let l = ui.label(tr("settings-retention"));
        let now = self.doc.project().retention_months;
        let mut on = now.is_some();
        let mut months = now.unwrap_or(12);
        let mut changed = false;
        ui.horizontal(|ui| {
            changed |= ui.checkbox(&mut on, tr("settings-retention-on")).labelled_by(l.id).changed();
            let field = egui::DragValue::new(&mut months).range(1..=120).suffix(tr("settings-retention-months"));
            changed |= ui.add_enabled(on, field).on_hover_text(tr("settings-retention-tip")).changed();
        });
        ui.end_row();
        if changed {
            let command = Command::SetRetention(on.then_some(months));
            self.apply_edits(vec![Edit { command, merge_key: Some("project:retention".into()) }]);
        }
    }
}
