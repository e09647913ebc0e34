//! The account plan editor. The view edits a copy of the plan each frame;
//! when it differs from the project, the change goes out as one `SetPlan`
//! command (typing in one field is one undo step).

mod matrix;
mod opportunities;
mod people_tables;
mod reviews;
mod sections;
mod tables;

use super::widgets::{choice_row, money_row, text_row};
use super::{ViewCtx, no_account};
use crate::analysis::health;
use crate::app::theme;
use crate::command::{AccountInfo, Command};
use crate::i18n::tr;
use crate::model::{Account, LifecycleStage};
use crate::t;

#[derive(Default)]
pub struct PlanView {
    /// The penetration cell being edited.
    editing_cell: Option<(crate::model::ProductId, crate::model::UnitId)>,
    /// The KPI the chart shows.
    chart_kpi: Option<crate::model::Kpi>,
    /// What changed: from which review (by date order; the last by default)
    /// to which (`None`: today).
    changes_from: Option<usize>,
    changes_to: Option<usize>,
    /// The health list as it stood when a field took the keyboard: kept
    /// while typing, so the fields below do not move under the cursor.
    held_health: Option<(crate::model::AccountId, Vec<health::Finding>)>,
}

impl PlanView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let Some(account) = ctx.account() else { return no_account(ui) };
            egui::ScrollArea::vertical().id_salt("plan_scroll").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.heading(t!("plan-heading", account = &account.name));
                    export_buttons(ui, ctx);
                });
                self.health_box(ui, ctx, account);
                ui.add_space(theme::SECTION_GAP);
                account_section(ui, ctx, account);
                let mut plan = account.plan.clone();
                sections::all(self, ui, ctx, account, &mut plan);
                if plan != account.plan {
                    let focus = ui.ctx().memory(|m| m.focused());
                    let key = focus.map(|f| format!("plan:{}:{f:?}", account.id.0));
                    match key {
                        Some(k) => ctx.send_merging(Command::SetPlan(account.id, Box::new(plan)), k),
                        None => ctx.send(Command::SetPlan(account.id, Box::new(plan))),
                    }
                }
            });
        });
    }
}

fn export_buttons(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    if ui.button(tr("plan-export-html")).on_hover_text(tr("plan-plan-web-page")).clicked() {
        ctx.state.export_request = Some(super::ExportRequest::PlanHtml);
    }
    if ui.button(tr("plan-export-markdown")).on_hover_text(tr("plan-plan-markdown-text")).clicked() {
        ctx.state.export_request = Some(super::ExportRequest::PlanMarkdown);
    }
}

impl PlanView {
    /// What is missing or stale, at the top where it is seen first. While
    /// a field has the keyboard the list keeps its lines: one the typing
    /// just settled shows as done, and new ones wait until the field is
    /// left, so nothing below moves while someone types.
    fn health_box(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
        let findings = health::findings(account, ctx.state.today.0);
        let typing = ui.ctx().memory(|m| m.focused().is_some());
        // Kept from when the field took the keyboard; else what is found now.
        let keep = typing && self.held_health.as_ref().is_some_and(|(id, _)| *id == account.id);
        if !keep {
            self.held_health = Some((account.id, findings.clone()));
        }
        let held = self.held_health.as_ref().map_or(&findings, |(_, h)| h);
        let indicator = health::indicator(&findings);
        let colour = theme::health_colour(indicator);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.colored_label(colour, egui::RichText::new(t!("plan-health-is", state = indicator.label())).strong());
            for f in held {
                ui.horizontal_wrapped(|ui| {
                    let text = format!("{}: {}", tr(f.section), f.message);
                    if findings.contains(f) {
                        ui.colored_label(theme::finding_colour(f.level), f.level.label());
                        ui.label(text);
                    } else {
                        ui.colored_label(theme::OK, tr("health-settled"));
                        ui.label(egui::RichText::new(text).strikethrough().color(theme::MUTED));
                    }
                });
            }
            retention(ui, ctx, account);
        });
    }
}

/// People kept past the project's retention, and one step that erases them.
fn retention(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    let today = ctx.state.today.0;
    let due = crate::analysis::retention::texts(ctx.project, account, today);
    for text in &due {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(theme::WARNING, tr("retention-heading"));
            ui.label(text);
        });
    }
    if !due.is_empty() && ui.button(tr("retention-erase-all")).on_hover_text(tr("retention-erase-all-tip")).clicked() {
        ctx.send(crate::command::erase_past_retention(ctx.project, today));
    }
}

fn account_section(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    egui::CollapsingHeader::new(tr("plan-account")).default_open(true).show(ui, |ui| {
        let mut info = AccountInfo::of(account);
        let mut field = None;
        egui::Grid::new("account_info").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            if let Some(v) = text_row(ui, "plan-account-name", &info.name) {
                info.name = v;
                field = Some("name");
            }
            if let Some(v) = text_row(ui, "portfolio-industry", &info.industry) {
                info.industry = v;
                field = Some("industry");
            }
            if let Some(v) = choice_row(ui, "plan-lifecycle-stage", info.lifecycle, LifecycleStage::ALL, |v| v.label())
            {
                info.lifecycle = v;
                field = Some("lifecycle");
            }
            if let Some(v) = money_row(ui, "scoring-current-revenue", &ctx.project.currency, info.current_revenue) {
                info.current_revenue = v;
                field = Some("current");
            }
            if let Some(v) = money_row(ui, "scoring-potential-revenue", &ctx.project.currency, info.potential_revenue) {
                info.potential_revenue = v;
                field = Some("potential");
            }
            if let Some(v) = rhythm_row(ui, info.rhythm_days) {
                info.rhythm_days = Some(v);
                field = Some("rhythm");
            }
        });
        if let Some(field) = field {
            ctx.send_merging(Command::SetAccountInfo(account.id, info), format!("account:{}:{field}", account.id.0));
        }
        team(ui, ctx, account);
    });
}

/// The account's meeting rhythm: how many days may pass before a key
/// relationship counts as cooling (`analysis::cooling`).
fn rhythm_row(ui: &mut egui::Ui, days: Option<u16>) -> Option<u16> {
    let default = crate::analysis::cooling::DEFAULT_RHYTHM_DAYS;
    let tip = t!("account-rhythm-tip", days = default);
    ui.label(tr("account-rhythm")).on_hover_text(&tip);
    let mut value = days.unwrap_or(default);
    let r = ui.add(egui::DragValue::new(&mut value).range(7..=730).speed(1.0)).on_hover_text(&tip);
    ui.end_row();
    (r.changed() && Some(value) != days).then_some(value)
}

fn team(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, account: &Account) {
    ui.strong(tr("plan-account-team"));
    if account.team.is_empty() {
        ui.weak(tr("plan-our-team-assigned"));
    }
    egui::Grid::new("team").striped(true).num_columns(3).spacing([16.0, 4.0]).show(ui, |ui| {
        for t in &account.team {
            let m = ctx.project.member(t.member);
            ui.label(m.map_or_else(|| format!("({})", t.member), |m| m.name.clone()));
            ui.label(m.map_or("", |m| m.title.as_str()));
            ui.label(t.role.label());
            ui.end_row();
        }
    });
}

/// A labelled multi-line text field bound to a plan field.
pub fn text_block(ui: &mut egui::Ui, label: &str, value: &mut String, rows: usize) {
    let l = ui.label(tr(label));
    ui.add(egui::TextEdit::multiline(value).desired_rows(rows).desired_width(f32::INFINITY)).labelled_by(l.id);
}
