//! View > Language: the language of every text, from the system at first,
//! then as the user picks it (remembered in eframe's app storage).

use super::GambitApp;
use crate::i18n::{self, Language, tr};

const KEY: &str = "gambit.language";

/// The language the user picked last time, if any.
pub fn remembered(storage: Option<&dyn eframe::Storage>) -> Option<Language> {
    let code: String = storage.and_then(|s| eframe::get_value(s, KEY))?;
    Language::from_tag(&code)
}

pub fn remember(chosen: Option<Language>, storage: &mut dyn eframe::Storage) {
    if let Some(lang) = chosen {
        eframe::set_value(storage, KEY, &lang.code().to_owned());
    }
}

impl GambitApp {
    /// Switches every text to `lang` from the next frame on.
    pub fn set_language(&mut self, ctx: &egui::Context, lang: Language) {
        let reopen = self.showing_untouched_demo();
        i18n::set_language(lang);
        self.chosen_language = Some(lang);
        if reopen {
            let view = self.ui.view;
            self.open_demo();
            self.ui.view = view;
        }
        self.status = tr("menu-language-changed");
        ctx.request_repaint();
    }

    pub(super) fn language_menu(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(tr("menu-language"), |ui| {
            for lang in Language::ALL.iter().copied() {
                // Each language is named in itself, so anyone can find theirs.
                if ui.radio(i18n::language() == lang, lang.native_name()).clicked() {
                    let ctx = ui.ctx().clone();
                    self.set_language(&ctx, lang);
                    ui.close();
                }
            }
        })
        .response
        .on_hover_text(tr("menu-language-tip"));
    }
}
