//! The timeline's bar (in place of the map's toolbar) and its side panel:
//! the points to step through, what the step shows, and what changed
//! since the point before, each person a link to them on the map.

use super::MapView;
use crate::app::actions::Action;
use crate::app::views::ViewCtx;
use crate::app::views::widgets::change_row;
use crate::i18n::tr;
use crate::model::Account;

/// Up to this many points show as buttons; more as a list to choose from.
const CHIPS_UP_TO: usize = 10;

impl MapView {
    /// Earlier, the points, later, and Close; below, what the step shows.
    pub(super) fn timeline_bar(&mut self, ui: &mut egui::Ui) {
        let (Some(at), n) = (self.timeline_at(), self.timeline_points().len()) else { return };
        let mut go = None;
        ui.horizontal_wrapped(|ui| {
            let back = egui::Button::new(format!("⏴ {}", tr("timeline-earlier")));
            let tip = Action::TimelineBack.hover_text(ui.ctx());
            if ui.add_enabled(at > 0, back).on_hover_text(tip).clicked() {
                go = Some(at - 1);
            }
            let points = self.timeline_points();
            if n <= CHIPS_UP_TO {
                for (i, p) in points.iter().enumerate() {
                    let chip = egui::Button::new(p.label()).selected(i == at).frame(true);
                    if ui.add(chip).on_hover_text(p.describe()).clicked() {
                        go = Some(i);
                    }
                }
            } else {
                egui::ComboBox::from_id_salt("timeline_point").selected_text(points[at].describe()).show_ui(ui, |ui| {
                    for (i, p) in points.iter().enumerate() {
                        if ui.selectable_label(i == at, p.describe()).clicked() {
                            go = Some(i);
                        }
                    }
                });
            }
            let later = egui::Button::new(format!("{} ⏵", tr("timeline-later")));
            let tip = Action::TimelineNext.hover_text(ui.ctx());
            if ui.add_enabled(at + 1 < n, later).on_hover_text(tip).clicked() {
                go = Some(at + 1);
            }
            ui.separator();
            let close = ui.button(tr("timeline-close")).on_hover_text(Action::Timeline.hover_text(ui.ctx()));
            if close.clicked() {
                self.toggle_timeline();
            }
        });
        if let Some(i) = go {
            self.show_timeline_point(i);
        }
        if let Some(caption) = self.timeline_caption() {
            ui.label(caption);
        }
        ui.weak(tr("timeline-marks")).on_hover_text(tr("timeline-read-only"));
    }

    /// What changed since the point before; a click shows the person.
    pub(super) fn timeline_panel(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
        ui.heading(&account.name);
        let Some(at) = self.timeline_at() else { return };
        if let Some(p) = self.timeline_points().get(at) {
            ui.strong(p.describe());
        }
        ui.weak(tr("timeline-read-only"));
        ui.separator();
        if !ctx.history.skipped.is_empty() {
            let tip = ctx.history.skipped.iter().take(5).cloned().collect::<Vec<_>>().join("\n");
            let text = crate::t!("timeline-skipped", count = ctx.history.skipped.len());
            ui.colored_label(crate::app::theme::WARNING, text).on_hover_text(tip);
        }
        if self.timeline_points().len() < 2 {
            ui.label(tr("timeline-no-points"));
            return;
        }
        let list = self.timeline_changes();
        match at.checked_sub(1).and_then(|i| self.timeline_points().get(i)) {
            None => {
                ui.weak(tr("timeline-first-point"));
            }
            Some(before) => {
                ui.strong(crate::t!("timeline-since", since = before.describe()));
                if list.is_empty() {
                    ui.weak(tr("change-nothing"));
                }
            }
        }
        for c in list.iter() {
            if let Some(p) = change_row(ui, c) {
                ctx.state.selection.set_person(p);
                self.viewport.centre_request = Some(p);
            }
        }
    }
}
