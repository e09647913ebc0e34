//! The help sheet (F1 or ?): every action and its keys, by where they
//! work, made from the action registry.

use super::GambitApp;
use super::actions::{Action, Scope, keys_text};
use crate::i18n::tr;

impl GambitApp {
    pub fn toggle_help(&mut self) {
        self.help_open = !self.help_open;
    }

    /// Esc closes the sheet first (and nothing behind it).
    pub(super) fn help_keys(&mut self, ctx: &egui::Context) {
        if self.help_open && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            self.help_open = false;
        }
    }

    pub(super) fn help_ui(&mut self, ctx: &egui::Context) {
        if !self.help_open {
            return;
        }
        let mut open = true;
        egui::Window::new(tr("Keyboard shortcuts"))
            .id(egui::Id::new("help_sheet"))
            .open(&mut open)
            .collapsible(false)
            .default_width(620.0)
            .max_height(ctx.content_rect().height() * 0.8)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for scope in Scope::ALL {
                        scope_table(ui, scope);
                    }
                });
            });
        if !open {
            self.help_open = false;
        }
    }
}

fn scope_table(ui: &mut egui::Ui, scope: Scope) {
    ui.add_space(6.0);
    ui.strong(tr(scope.title()));
    egui::Grid::new(("help_keys", scope as u8)).num_columns(2).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for action in Action::ALL.into_iter().filter(|a| a.scope() == scope) {
            ui.label(egui::RichText::new(keys_text(ui.ctx(), action)).strong());
            ui.label(tr(action.label())).on_hover_text(tr(action.tooltip()));
            ui.end_row();
        }
    });
}
