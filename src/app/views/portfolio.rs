//! The portfolio: every account with its score and tier, best first.

use super::widgets::{button, money};
use super::{ViewCtx, ViewKind};
use crate::app::theme;
use crate::command::Command;
use crate::i18n::tr;
use crate::model::ids::next_id;
use crate::model::{Account, Project, ScoreOutcome};

#[derive(Default)]
pub struct PortfolioView;

/// Score text and a sort key (incomplete accounts sort last, never as zero).
fn score_cell(project: &Project, a: &Account) -> (String, f64) {
    match project.scoring.score(a) {
        ScoreOutcome::Complete(s) => (format!("{s:.1}"), s),
        ScoreOutcome::Incomplete { missing } => {
            (format!("{} ({} {})", tr("incomplete"), missing.len(), tr("missing")), -1.0)
        }
        ScoreOutcome::NoModel => (tr("no model"), -2.0),
    }
}

fn tier_cell(project: &Project, a: &Account) -> String {
    match project.scoring.tier_of(a) {
        Some((t, true)) => format!("{} ({})", t.name, tr("override")),
        Some((t, false)) => t.name.clone(),
        None => "—".into(),
    }
}

impl PortfolioView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let project = ctx.project;
            ui.horizontal(|ui| {
                ui.heading(tr("Portfolio"));
                ui.label(format!("{} · {} {}", project.our_company, project.accounts.len(), tr("accounts")));
            });
            toolbar(ui, ctx);
            ui.add_space(theme::SECTION_GAP);
            egui::ScrollArea::both().show(ui, |ui| table(ui, ctx));
        });
    }
}

fn toolbar(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    ui.horizontal(|ui| {
        if button(ui, "Add account", "Add a new account to the portfolio").clicked() {
            let id = next_id(&ctx.project.accounts);
            ctx.send(Command::AddAccount(Box::new(Account::new(id, tr("New account")))));
            ctx.state.account = Some(id);
            ctx.state.view = ViewKind::Plan;
        }
        let current = ctx.account();
        ui.add_enabled_ui(current.is_some(), |ui| {
            if button(ui, "Delete account", "Delete the selected account (Undo brings it back)").clicked()
                && let Some(a) = current
            {
                ctx.send(Command::DeleteAccount(a.id));
            }
            if button(ui, "Open map", "Show the selected account's relationship map").clicked() {
                ctx.state.view = ViewKind::Map;
            }
            if button(ui, "Open plan", "Show the selected account's plan").clicked() {
                ctx.state.view = ViewKind::Plan;
            }
        });
    });
}

fn table(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    let project = ctx.project;
    let mut rows: Vec<(&Account, String, f64)> = project
        .accounts
        .iter()
        .map(|a| {
            let (text, key) = score_cell(project, a);
            (a, text, key)
        })
        .collect();
    rows.sort_by(|x, y| y.2.total_cmp(&x.2).then_with(|| x.0.name.cmp(&y.0.name)));
    egui::Grid::new("portfolio_table").striped(true).num_columns(9).spacing([16.0, 6.0]).show(ui, |ui| {
        for h in ["#", "Account", "Industry", "Stage", "Score", "Tier", "Revenue", "Potential", "Lead"] {
            ui.strong(tr(h));
        }
        ui.end_row();
        for (rank, (a, score, _)) in rows.into_iter().enumerate() {
            ui.label(format!("{}", rank + 1));
            let selected = ctx.state.account == Some(a.id);
            if ui.selectable_label(selected, &a.name).on_hover_text(tr("Select this account")).clicked() {
                ctx.state.select_account(a.id);
            }
            ui.label(&a.industry);
            ui.label(tr(a.lifecycle.label()));
            ui.label(score);
            ui.label(tier_cell(project, a));
            ui.label(money(a.current_revenue));
            ui.label(money(a.potential_revenue));
            ui.label(a.lead().and_then(|m| project.member(m)).map_or("—".into(), |m| m.name.clone()));
            ui.end_row();
        }
    });
}
