//! Scoring: score the current account, or edit the scoring model.

mod account_form;
mod model_editor;

use super::{ViewCtx, no_account};
use crate::i18n::tr;
use crate::model::ScoringModel;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScoringTab {
    #[default]
    Account,
    Model,
}

#[derive(Default)]
pub struct ScoringView {
    pub tab: ScoringTab,
    /// The model being edited, not yet applied (what-if).
    draft: Option<ScoringModel>,
    /// A tier override being set up, waiting for its reason.
    pending_override: Option<(crate::model::TierId, String)>,
}

impl ScoringView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        if self.tab == ScoringTab::Model {
            egui::Panel::right("what_if").default_size(360.0).resizable(true).show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| model_editor::preview(self, ui, ctx));
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                for (tab, label, tip) in [
                    (ScoringTab::Account, "scoring-score-account", "scoring-score-selected-account"),
                    (ScoringTab::Model, "scoring-scoring-model", "scoring-criteria-weights-tiers"),
                ] {
                    if ui.selectable_label(self.tab == tab, tr(label)).on_hover_text(tr(tip)).clicked() {
                        self.tab = tab;
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::vertical().id_salt("scoring_scroll").show(ui, |ui| match self.tab {
                ScoringTab::Account => match ctx.account() {
                    Some(account) => account_form::ui(self, ui, ctx, account),
                    None => no_account(ui),
                },
                ScoringTab::Model => model_editor::ui(self, ui, ctx),
            });
        });
    }
}
