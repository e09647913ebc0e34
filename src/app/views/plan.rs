//! The account plan: the account itself, its units and team, and the plan
//! text. The plan editor issue grows this view.

use super::widgets::{choice_row, money_row, multiline_row, text_row};
use super::{ViewCtx, no_account};
use crate::app::theme;
use crate::command::{AccountInfo, Command};
use crate::i18n::tr;
use crate::model::{Account, LifecycleStage, Plan};

#[derive(Default)]
pub struct PlanView;

impl PlanView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let Some(account) = ctx.account() else { return no_account(ui) };
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(format!("{} — {}", tr("Account plan"), account.name));
                ui.add_space(theme::SECTION_GAP);
                account_section(ui, ctx, account);
                ui.add_space(theme::SECTION_GAP);
                plan_section(ui, ctx, account);
                ui.add_space(theme::SECTION_GAP);
                units_section(ui, account);
                ui.add_space(theme::SECTION_GAP);
                team_section(ui, ctx, account);
            });
        });
    }
}

fn account_section(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("The account"));
    let mut info = AccountInfo::of(account);
    let mut field = None;
    egui::Grid::new("account_info").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        if let Some(v) = text_row(ui, "Account name", &info.name) {
            info.name = v;
            field = Some("name");
        }
        if let Some(v) = text_row(ui, "Industry", &info.industry) {
            info.industry = v;
            field = Some("industry");
        }
        if let Some(v) = choice_row(ui, "Lifecycle stage", info.lifecycle, LifecycleStage::ALL, |v| tr(v.label())) {
            info.lifecycle = v;
            field = Some("lifecycle");
        }
        if let Some(v) = money_row(ui, "Current revenue", info.current_revenue) {
            info.current_revenue = v;
            field = Some("current");
        }
        if let Some(v) = money_row(ui, "Potential revenue", info.potential_revenue) {
            info.potential_revenue = v;
            field = Some("potential");
        }
    });
    if let Some(field) = field {
        ctx.send_merging(Command::SetAccountInfo(account.id, info), format!("account:{}:{field}", account.id.0));
    }
}

fn plan_section(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("Goals and strategy"));
    let mut plan: Plan = account.plan.clone();
    let mut field = None;
    egui::Grid::new("plan_text").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        if let Some(v) = multiline_row(ui, "Overall goal", &plan.overall_goal, 2) {
            plan.overall_goal = v;
            field = Some("goal");
        }
        if let Some(v) = multiline_row(ui, "Strategy", &plan.strategy, 3) {
            plan.strategy = v;
            field = Some("strategy");
        }
        if let Some(v) = multiline_row(ui, "Notes", &plan.notes, 3) {
            plan.notes = v;
            field = Some("notes");
        }
    });
    if let Some(field) = field {
        ctx.send_merging(Command::SetPlan(account.id, plan), format!("plan:{}:{field}", account.id.0));
    }
}

fn units_section(ui: &mut egui::Ui, account: &Account) {
    ui.strong(tr("Business units"));
    if account.units.is_empty() {
        ui.weak(tr("No business units yet."));
        return;
    }
    egui::Grid::new("units").striped(true).num_columns(4).spacing([16.0, 4.0]).show(ui, |ui| {
        for h in ["Unit", "Kind", "Part of", "Location"] {
            ui.strong(tr(h));
        }
        ui.end_row();
        for u in &account.units {
            ui.label(&u.name);
            ui.label(tr(u.kind.label()));
            ui.label(u.parent.and_then(|p| account.unit(p)).map_or("—".into(), |p| p.name.clone()));
            ui.label(&u.location);
            ui.end_row();
        }
    });
}

fn team_section(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, account: &Account) {
    ui.strong(tr("Account team"));
    if account.team.is_empty() {
        ui.weak(tr("No one from our team is assigned yet."));
        return;
    }
    egui::Grid::new("team").striped(true).num_columns(3).spacing([16.0, 4.0]).show(ui, |ui| {
        for t in &account.team {
            let m = ctx.project.member(t.member);
            ui.label(m.map_or_else(|| format!("({})", t.member), |m| m.name.clone()));
            ui.label(m.map_or("", |m| m.title.as_str()));
            ui.label(tr(t.role.label()));
            ui.end_row();
        }
    });
}
