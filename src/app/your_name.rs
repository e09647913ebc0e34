//! Edit > Your Name: how colleagues read who has a file open and who
//! changed an assessment ("Karin Lindqvist", not "karin"). Asked once, at
//! the first start, and remembered in eframe's app storage; the login name
//! stands in until it is given.

use super::GambitApp;
use crate::file::lock;
use crate::i18n::tr;

const KEY: &str = "gambit.your-name";

/// What was answered last time: `Some("")` when the question was skipped
/// (not asked again), `None` when it was never asked.
pub fn remembered(storage: Option<&dyn eframe::Storage>) -> Option<String> {
    storage.and_then(|s| eframe::get_value(s, KEY))
}

pub fn remember(answer: Option<&String>, storage: &mut dyn eframe::Storage) {
    if let Some(name) = answer {
        eframe::set_value(storage, KEY, name);
    }
}

/// The dialog while open: the name as typed.
pub struct Prompt {
    text: String,
}

impl GambitApp {
    /// At start: the name given last time, or (asked once, at the first
    /// start with somewhere to remember the answer) the question.
    pub fn recall_your_name(&mut self, storage: Option<&dyn eframe::Storage>) {
        match remembered(storage) {
            Some(name) => self.set_your_name(&name),
            None if storage.is_some() => self.ask_your_name(),
            None => {}
        }
    }

    pub fn your_name_open(&self) -> bool {
        self.over.your_name.is_some()
    }

    /// Opens the dialog, filled in with the name used now.
    pub fn ask_your_name(&mut self) {
        let text = lock::user_name().unwrap_or_default();
        self.over.your_name = Some(Prompt { text });
    }

    /// Uses `name` from now on (empty: the login name), and remembers it.
    /// The open file's lock is written again under it.
    pub fn set_your_name(&mut self, name: &str) {
        lock::set_user_name(name);
        self.your_name = Some(lock::user_name().unwrap_or_default());
        if let Some(path) = &self.doc.path
            && !self.shared.read_only
            && lock::holder(path).is_none()
        {
            lock::take(path);
        }
    }

    pub(super) fn your_name_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.over.your_name else { return };
        let (mut ok, mut skip) = (false, false);
        egui::Modal::new(egui::Id::new("your_name")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(tr("your-name-heading"));
            ui.label(tr("your-name-text"));
            ui.add_space(6.0);
            let field = egui::TextEdit::singleline(&mut prompt.text).hint_text(lock::login_name()).desired_width(300.0);
            let r = ui.horizontal(|ui| {
                let l = ui.label(tr("your-name-label"));
                ui.add(field).labelled_by(l.id)
            });
            let r = r.inner;
            if !r.has_focus() && prompt.text.is_empty() {
                r.request_focus();
            }
            ok |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ok |= ui.button(tr("menu-ok")).clicked();
                let keep = crate::t!("your-name-skip", login = lock::login_name());
                skip |= ui.button(keep).on_hover_text(tr("your-name-skip-tip")).clicked();
            });
        });
        if ok {
            let name = prompt.text.clone();
            self.over.your_name = None;
            self.set_your_name(&name);
            self.status = crate::t!("your-name-saved", name = lock::user_name().unwrap_or_else(lock::login_name));
        } else if skip || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.over.your_name = None;
            // Asked once: a skipped question is not asked again.
            if self.your_name.is_none() {
                self.your_name = Some(String::new());
            }
        }
    }
}
