//! The account picker in the tab bar: a drop-down with a search field, so
//! a portfolio of 200 accounts is a few letters away ("bal" + Enter picks
//! Baltica Marine Engines). Matches rank as the type-ahead picker's do.

use super::GambitApp;
use super::views::pick;
use crate::i18n::tr;
use crate::model::AccountId;
use crate::t;

/// Most accounts listed at once; typing narrows the rest.
const MAX_LISTED: usize = 300;

impl GambitApp {
    pub(super) fn account_picker(&mut self, ui: &mut egui::Ui) {
        let project = self.doc.project();
        let current = self.ui.account.and_then(|a| project.account(a));
        let mut picked = None;
        let filter = &mut self.account_filter;
        let label = ui.label(tr("picker-account"));
        let combo = egui::ComboBox::from_id_salt("account_picker")
            .selected_text(current.map_or_else(|| tr("contact-none"), |a| a.name.clone()))
            .width(260.0)
            .height(440.0)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show_ui(ui, |ui| {
                // Only while the list is open: no per-frame copy of every name.
                let options: Vec<(AccountId, String)> =
                    project.accounts.iter().map(|a| (a.id, a.name.clone())).collect();
                let search = ui
                    .horizontal(|ui| {
                        let find = ui.label(tr("picker-find"));
                        let field = egui::TextEdit::singleline(filter).hint_text(tr("picker-type-few-letters"));
                        ui.add(field.desired_width(200.0)).labelled_by(find.id)
                    })
                    .inner;
                if !search.has_focus() && !search.lost_focus() {
                    search.request_focus();
                }
                let found = pick::matches(&options, filter);
                if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    picked = found.first().map(|o| o.0);
                }
                if found.is_empty() {
                    ui.weak(tr("picker-account-matches"));
                }
                for (id, name) in found.iter().take(MAX_LISTED) {
                    if ui.selectable_label(Some(*id) == self.ui.account, name).clicked() {
                        picked = Some(*id);
                    }
                }
                if found.len() > MAX_LISTED {
                    ui.weak(t!("view-more-matches", more = found.len() - MAX_LISTED));
                }
                if picked.is_some() {
                    ui.close();
                }
            });
        combo.response.labelled_by(label.id).on_hover_text(tr("picker-account-map-scoring"));
        if let Some(id) = picked {
            self.account_filter.clear();
            self.ui.select_account(id);
        }
    }
}
