//! The help sheet (F1 or ?): every action and its keys, by where they
//! work, made from the action registry.

use super::GambitApp;
use super::actions::{Action, Scope, keys_text};
use crate::i18n::tr;

impl GambitApp {
    pub fn toggle_help(&mut self) {
        self.over.help_open = !self.over.help_open;
    }

    /// Esc closes the sheet first (and nothing behind it).
    pub(super) fn help_keys(&mut self, ctx: &egui::Context) {
        if self.over.help_open && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            self.over.help_open = false;
        }
    }

    pub(super) fn help_ui(&mut self, ctx: &egui::Context) {
        if !self.over.help_open {
            return;
        }
        let mut open = true;
        let screen = ctx.content_rect().size();
        egui::Window::new(tr("help-keyboard-shortcuts"))
            .id(egui::Id::new("help_sheet"))
            .open(&mut open)
            .collapsible(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .default_size([(screen.x - 80.0).min(960.0), screen.y * 0.8])
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, sheet);
            });
        if !open {
            self.over.help_open = false;
        }
    }
}

/// Every action by where it works: its keys, its name and what it does.
fn sheet(ui: &mut egui::Ui) {
    egui::Grid::new("help_keys").num_columns(3).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for scope in Scope::ALL.iter().copied() {
            ui.add_space(4.0);
            ui.end_row();
            ui.heading(scope.title());
            ui.end_row();
            for action in Action::ALL.iter().copied().filter(|a| a.scope() == scope) {
                ui.label(egui::RichText::new(keys_text(ui.ctx(), action)).strong());
                ui.label(action.label());
                ui.add(egui::Label::new(egui::RichText::new(action.tooltip()).weak()).wrap());
                ui.end_row();
            }
        }
    });
    // How a team uses the plan's reviews, where people look for help.
    ui.add_space(super::theme::SECTION_GAP);
    ui.heading(tr("help-at-a-review"));
    ui.add(egui::Label::new(tr("help-at-a-review-text")).wrap());
    // Keeping the map current between reviews.
    ui.add_space(super::theme::SECTION_GAP);
    ui.heading(tr("help-keep-current"));
    ui.add(egui::Label::new(tr("help-keep-current-text")).wrap());
}
