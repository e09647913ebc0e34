//! The frame around the views: menus, shortcuts, tabs, status bar,
//! problems panel, dialogs, window title and closing.

use super::actions::Action;
use super::file_ops::ConfirmAnswer;
use super::views::{ExportRequest, ViewCtx, ViewKind};
use super::{GambitApp, Guarded, theme};
use crate::i18n::tr;
use crate::model::Severity;
use crate::t;

impl GambitApp {
    /// Draws one frame of the whole app.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.file_changed(&ctx);
        self.handle_input(&ctx);
        self.views.map.show.presenting = self.ui.presenting;
        if !self.ui.presenting {
            egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar(ui));
            egui::Panel::top("tab_bar").show(ui, |ui| self.tab_bar(ui));
            if self.changed_on_disk() {
                egui::Panel::top("changed_on_disk").show(ui, |ui| self.changed_on_disk_ui(ui));
            }
            egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui));
            if self.ui.show_problems {
                egui::Panel::bottom("problems")
                    .resizable(true)
                    .default_size(140.0)
                    .show(ui, |ui| self.problems_panel(ui));
            }
        }
        let edits = {
            let timeline = self.views.map.on_timeline() || self.audience.as_ref().is_some_and(|a| a.view.on_timeline());
            if timeline {
                self.shared.history.want(self.doc.path.as_deref(), &ctx);
            }
            let mut vctx = ViewCtx::new(self.doc.project(), self.doc.problems(), &mut self.ui, self.doc.revision())
                .with_base(self.shared.base())
                .with_history(self.shared.history.read());
            // Behind Gambit's own file dialog the views are shown but take no input.
            if self.files.own_dialog_open() {
                ui.add_enabled_ui(false, |ui| self.views.ui(ui, &mut vctx));
            } else {
                self.views.ui(ui, &mut vctx);
            }
            vctx.into_edits()
        };
        self.apply_edits(edits);
        self.audience_ui(&ctx);
        match self.ui.export_request.take() {
            Some(ExportRequest::MapPng) => self.export_map(true),
            Some(ExportRequest::MapSvg) => self.export_map(false),
            Some(plan) => self.export_plan(plan),
            None => {}
        }
        // An edit ends when its field loses focus and nothing is being dragged.
        if ctx.memory(|m| m.focused().is_none()) && ctx.dragged_id().is_none() {
            self.doc.seal();
        }
        self.import_ui(&ctx);
        self.calendar_ui(&ctx);
        self.passphrase_ui(&ctx);
        self.your_name_ui(&ctx);
        self.settings_ui(&ctx);
        self.help_ui(&ctx);
        self.merge_review_ui(&ctx);
        self.lock_notice_ui(&ctx);
        self.recovery_ui(&ctx);
        self.autosave(&ctx);
        self.dialogs_ui(&ctx);
        self.file_chooser_ui(&ctx);
        self.update_title(&ctx);
    }

    /// Enters or leaves presentation mode (F5 / Esc).
    pub fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
        if self.ui.presenting == on {
            return;
        }
        self.ui.presenting = on;
        if on {
            self.ui.view = ViewKind::Map;
        }
        self.views.map.request_fit();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        self.help_keys(ctx);
        if self.over.confirm.is_none()
            && self.over.error.is_none()
            && self.ui.presenting
            && !self.views.map.capture_open()
            && Action::LeavePresentation.pressed(ctx)
        {
            ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
            self.set_presenting(ctx, false);
        }
        if self.over.confirm.is_none()
            && self.over.error.is_none()
            && self.shared.review.is_none()
            && self.shared.lock_notice.is_none()
            && !self.files.own_dialog_open()
        {
            for action in Action::pressed_app(ctx) {
                self.run_action(ctx, action);
            }
        }
        let dropped: Vec<_> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        // A file dropped on the window, or handed over by the system (macOS
        // Finder's "open documents"); Gambit holds one project, so the last.
        if let Some(path) = dropped.into_iter().next().or_else(|| crate::platform::open_queue::take().pop()) {
            self.open_dropped(ctx, path);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.over.confirm = Some(Guarded::Quit);
        }
    }

    fn action_button(&mut self, ui: &mut egui::Ui, action: Action, enabled: bool) {
        let shortcut = ui.ctx().format_shortcut(&action.shortcuts()[0]);
        let mut text = action.label();
        match action {
            Action::Undo => {
                if let Some(l) = self.doc.undo_label() {
                    text = t!("menu-undo-named", action = crate::i18n::label(l));
                }
            }
            Action::Redo => {
                if let Some(l) = self.doc.redo_label() {
                    text = t!("menu-redo-named", action = crate::i18n::label(l));
                }
            }
            Action::AudienceWindow => {
                text =
                    tr(if self.audience_open() { "menu-close-audience-window" } else { "menu-open-audience-window" });
            }
            _ => {}
        }
        let button = egui::Button::new(text).shortcut_text(shortcut);
        if ui.add_enabled(enabled, button).on_hover_text(action.tooltip()).clicked() {
            let ctx = ui.ctx().clone();
            self.run_action(&ctx, action);
            ui.close();
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr("menu-file"), |ui| {
                self.action_button(ui, Action::New, true);
                self.action_button(ui, Action::Open, true);
                self.recent_menu(ui);
                ui.separator();
                self.action_button(ui, Action::Save, true);
                self.action_button(ui, Action::SaveAs, true);
                let settings = egui::Button::new(tr("menu-project-settings"));
                if ui.add(settings).on_hover_text(tr("menu-projects-name-our")).clicked() {
                    self.toggle_settings();
                    ui.close();
                }
                ui.separator();
                let has_account = self.ui.account.is_some();
                self.action_button(ui, Action::ImportContacts, has_account);
                self.action_button(ui, Action::ImportCalendar, has_account);
                for (label, tip, excel) in [
                    ("menu-export-contacts-csv", "menu-accounts-people-columns", false),
                    ("menu-export-contacts-excel", "menu-accounts-people-relationships", true),
                ] {
                    if ui.add_enabled(has_account, egui::Button::new(tr(label))).on_hover_text(tr(tip)).clicked() {
                        self.export_contacts(excel);
                        ui.close();
                    }
                }
                ui.separator();
                for (label, excel) in [("menu-export-ranking-csv", false), ("menu-export-ranking-excel", true)] {
                    if ui.button(tr(label)).on_hover_text(tr("menu-portfolio-ranking-spreadsheet")).clicked() {
                        self.export_ranking(excel);
                        ui.close();
                    }
                }
                for (label, tip, request) in [
                    ("menu-export-plan-html", "menu-account-plan-web", ExportRequest::PlanHtml),
                    ("menu-export-plan-markdown", "menu-account-plan-markdown", ExportRequest::PlanMarkdown),
                ] {
                    if ui
                        .add_enabled(self.ui.account.is_some(), egui::Button::new(tr(label)))
                        .on_hover_text(tr(tip))
                        .clicked()
                    {
                        self.export_plan(request);
                        ui.close();
                    }
                }
                self.action_button(ui, Action::ExportMapPng, has_account);
                self.action_button(ui, Action::ExportMapSvg, has_account);
                ui.separator();
                self.action_button(ui, Action::Quit, true);
            });
            ui.menu_button(tr("menu-edit"), |ui| {
                let (can_undo, can_redo) = (self.doc.undo_label().is_some(), self.doc.redo_label().is_some());
                self.action_button(ui, Action::Undo, can_undo);
                self.action_button(ui, Action::Redo, can_redo);
                ui.separator();
                let name = egui::Button::new(tr("menu-your-name"));
                if ui.add(name).on_hover_text(tr("menu-your-name-tip")).clicked() {
                    self.ask_your_name();
                    ui.close();
                }
            });
            ui.menu_button(tr("menu-view"), |ui| {
                for v in ViewKind::ALL.iter().copied() {
                    if ui.selectable_label(self.ui.view == v, v.label()).on_hover_text(v.tooltip()).clicked() {
                        self.ui.view = v;
                        ui.close();
                    }
                }
                ui.separator();
                ui.checkbox(&mut self.ui.show_problems, tr("menu-problems-panel"));
                self.language_menu(ui);
                self.action_button(ui, Action::Present, true);
                self.action_button(ui, Action::AudienceWindow, true);
            });
            ui.menu_button(tr("menu-help"), |ui| {
                self.action_button(ui, Action::Help, true);
            });
        });
    }

    fn recent_menu(&mut self, ui: &mut egui::Ui) {
        let files = self.recent.files().to_vec();
        ui.add_enabled_ui(!files.is_empty(), |ui| {
            ui.menu_button(tr("menu-open-recent"), |ui| {
                for path in files {
                    let name = path
                        .file_name()
                        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                    if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                        let ctx = ui.ctx().clone();
                        self.guard(&ctx, Guarded::Open(Some(path)));
                        ui.close();
                    }
                }
                ui.separator();
                if ui.button(tr("menu-clear-recent")).on_hover_text(tr("menu-forget-list-recent")).clicked() {
                    self.recent.clear();
                    ui.close();
                }
            });
        });
    }

    fn tab_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            for v in ViewKind::ALL.iter().copied() {
                if ui.selectable_label(self.ui.view == v, v.label()).on_hover_text(v.tooltip()).clicked() {
                    self.ui.view = v;
                }
            }
            ui.separator();
            self.account_picker(ui);
        });
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let problems = self.doc.problems();
            let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
            let warnings = problems.len() - errors;
            let (text, colour) = match (errors, warnings) {
                (0, 0) => (tr("menu-problems"), theme::OK),
                (0, w) => (t!("status-warnings", warnings = w), theme::WARNING),
                (e, w) => (t!("status-errors-warnings", errors = e, warnings = w), theme::ERROR),
            };
            let r = ui.add(egui::Button::new(egui::RichText::new(text).color(colour)).frame(false));
            if r.on_hover_text(tr("menu-show-hide-problems")).clicked() {
                self.ui.show_problems = !self.ui.show_problems;
            }
            ui.separator();
            let saved = match (&self.doc.path, self.doc.is_dirty()) {
                (_, true) => tr("menu-unsaved-changes"),
                (None, false) => tr("menu-saved-file-yet"),
                (Some(_), false) => tr("menu-all-changes-saved"),
            };
            ui.label(saved);
            ui.separator();
            ui.weak(&self.status);
        });
    }

    fn problems_panel(&self, ui: &mut egui::Ui) {
        ui.strong(tr("menu-problems-2"));
        egui::ScrollArea::vertical().show(ui, |ui| {
            if self.doc.problems().is_empty() {
                ui.label(tr("menu-project-check-found"));
            }
            for p in self.doc.problems() {
                let colour = if p.severity == Severity::Error { theme::ERROR } else { theme::WARNING };
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(
                        colour,
                        if p.severity == Severity::Error { tr("menu-error") } else { tr("menu-warning") },
                    );
                    ui.label(format!("{}: {}", p.location, p.message));
                });
            }
        });
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context) {
        if self.over.confirm.is_some() {
            let mut answer = None;
            egui::Modal::new(egui::Id::new("confirm_unsaved")).show(ctx, |ui| {
                ui.heading(tr("menu-save-changes"));
                ui.label(tr("menu-project-has-changes"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr("file-save")).on_hover_text(tr("menu-save-then-continue")).clicked() {
                        answer = Some(ConfirmAnswer::Save);
                    }
                    if ui.button(tr("menu-dont-save")).on_hover_text(tr("menu-throw-changes-away")).clicked() {
                        answer = Some(ConfirmAnswer::Discard);
                    }
                    if ui.button(tr("file-cancel")).on_hover_text(tr("menu-go-back-project")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        answer = Some(ConfirmAnswer::Cancel);
                    }
                });
            });
            if let Some(a) = answer {
                self.answer_confirm(ctx, a);
            }
        }
        if let Some(message) = self.over.error.clone() {
            let mut close = false;
            egui::Modal::new(egui::Id::new("error_dialog")).show(ctx, |ui| {
                ui.heading(tr("menu-something-went-wrong"));
                ui.label(message);
                ui.add_space(8.0);
                close = ui.button(tr("menu-ok")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Escape));
            });
            if close {
                self.over.error = None;
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
