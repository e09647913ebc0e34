//! Passphrases in the window: asked when an encrypted project opens (a
//! wrong one asks again and changes nothing), and set or removed in Project
//! Settings, which saves the file at once, encrypted or in the clear.

use super::GambitApp;
use crate::file::crypt;
use crate::i18n::tr;
use crate::t;
use std::path::PathBuf;

/// What the passphrase dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Opening this encrypted file; `wrong` after a passphrase that failed.
    Open { path: PathBuf, wrong: bool },
    /// Protecting the open project (typed twice).
    Protect,
}

/// The dialog while open.
pub struct Prompt {
    pub ask: Ask,
    text: String,
    again: String,
}

impl Prompt {
    pub fn new(ask: Ask) -> Self {
        Self { ask, text: String::new(), again: String::new() }
    }
}

enum Choice {
    Go,
    Cancel,
}

impl GambitApp {
    /// Opening `path` needs its passphrase: ask for it.
    pub(super) fn ask_passphrase(&mut self, path: PathBuf, wrong: bool) {
        self.over.passphrase = Some(Prompt::new(Ask::Open { path, wrong }));
    }

    /// Whether the open project is saved encrypted.
    pub fn is_protected(&self) -> bool {
        self.doc.path.as_ref().is_some_and(|p| crypt::is_protected(&p.display().to_string()))
    }

    /// Project Settings' passphrase row: protect, or save in the clear again.
    pub(super) fn passphrase_row(&mut self, ui: &mut egui::Ui) {
        let l = ui.label(tr("settings-passphrase"));
        let saved = self.doc.path.is_some();
        if self.is_protected() {
            let r = ui.button(tr("settings-passphrase-remove")).labelled_by(l.id);
            if r.on_hover_text(tr("settings-passphrase-remove-tip")).clicked()
                && let Some(path) = self.doc.path.clone()
            {
                crypt::forget(&path.display().to_string());
                self.save(false);
            }
        } else {
            let r = ui.add_enabled(saved, egui::Button::new(tr("settings-passphrase-set"))).labelled_by(l.id);
            let r = r.on_hover_text(tr("settings-passphrase-set-tip"));
            if r.on_disabled_hover_text(tr("settings-passphrase-save-first")).clicked() {
                self.over.passphrase = Some(Prompt::new(Ask::Protect));
            }
        }
        ui.end_row();
    }

    /// The passphrase dialog, while open.
    pub(super) fn passphrase_ui(&mut self, ctx: &egui::Context) {
        let Some(mut prompt) = self.over.passphrase.take() else { return };
        let choice = prompt_ui(ctx, &mut prompt);
        match choice {
            None => self.over.passphrase = Some(prompt),
            Some(Choice::Cancel) => {}
            Some(Choice::Go) => match prompt.ask.clone() {
                Ask::Open { path, .. } => {
                    let shown = path.display().to_string();
                    crypt::remember(&shown, &prompt.text);
                    match crate::file::load(&path) {
                        Err(crate::file::LoadError::WrongPassphrase { .. }) => {
                            crypt::forget(&shown);
                            self.ask_passphrase(path, true);
                        }
                        _ => self.open_path(&path),
                    }
                }
                Ask::Protect => {
                    if let Some(path) = self.doc.path.clone() {
                        crypt::remember(&path.display().to_string(), &prompt.text);
                        if self.save(false) {
                            self.status = tr("settings-passphrase-saved");
                        } else {
                            crypt::forget(&path.display().to_string());
                        }
                    }
                }
            },
        }
    }
}

fn prompt_ui(ctx: &egui::Context, p: &mut Prompt) -> Option<Choice> {
    let mut choice = None;
    egui::Modal::new(egui::Id::new("passphrase")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        let protect = p.ask == Ask::Protect;
        match &p.ask {
            Ask::Open { path, wrong } => {
                let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
                ui.heading(t!("passphrase-open-heading", name = name));
                if *wrong {
                    ui.colored_label(super::theme::ERROR, tr("passphrase-wrong"));
                }
            }
            Ask::Protect => {
                ui.heading(tr("passphrase-protect-heading"));
                ui.label(tr("passphrase-protect-text"));
            }
        }
        let field = |ui: &mut egui::Ui, label: &str, text: &mut String| {
            let l = ui.label(tr(label));
            ui.add(egui::TextEdit::singleline(text).password(true).desired_width(300.0)).labelled_by(l.id)
        };
        let first = field(ui, "passphrase-field", &mut p.text);
        if !first.has_focus() && p.text.is_empty() && p.again.is_empty() {
            first.request_focus();
        }
        let matches = !protect || {
            field(ui, "passphrase-again", &mut p.again);
            p.text == p.again
        };
        let long_enough = p.text.chars().count() >= 8 || !protect;
        if protect && !p.again.is_empty() && !matches {
            ui.colored_label(super::theme::ERROR, tr("passphrase-differ"));
        }
        if protect && !long_enough {
            ui.weak(tr("passphrase-too-short"));
        }
        let ok = !p.text.is_empty() && matches && long_enough;
        ui.horizontal(|ui| {
            let label = if protect { tr("passphrase-protect") } else { tr("passphrase-open") };
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.add_enabled(ok, egui::Button::new(label)).clicked() || (ok && enter) {
                choice = Some(Choice::Go);
            }
            if ui.button(tr("file-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(Choice::Cancel);
            }
        });
    });
    choice
}
