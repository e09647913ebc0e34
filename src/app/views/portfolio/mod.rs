//! The portfolio: every account ranked, tier distribution, the key account
//! limit, and the attractiveness x strength matrix.

mod alerts;
mod labels;
mod matrix;

use super::widgets::{button, money};
use super::{ViewCtx, ViewKind};
use crate::analysis::ranking::{RankRow, key_account_count, ranking, tier_counts};
use crate::app::theme;
use crate::command::Command;
use crate::i18n::tr;
use crate::model::Account;
use crate::t;

/// Columns the ranking can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Score,
    Name,
    Tier,
    Revenue,
    Potential,
    Lead,
}

#[derive(Default)]
pub struct PortfolioView {
    pub sort: SortBy,
    /// The column's natural order reversed.
    pub reversed: bool,
}

impl PortfolioView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let project = ctx.project;
            ui.horizontal(|ui| {
                ui.heading(tr("portfolio-portfolio"));
                ui.label(t!(
                    "portfolio-company-accounts",
                    company = &project.our_company,
                    accounts = project.accounts.len()
                ));
            });
            toolbar(ui, ctx);
            summary(ui, ctx);
            alerts::alert_line(ui, ctx);
            ui.add_space(theme::SECTION_GAP);
            // Its own scroll position (not the plan's), sideways too where
            // the table is wider than the window (Swedish column names).
            let visible_bottom = ui.max_rect().bottom();
            egui::ScrollArea::both().id_salt("portfolio_scroll").auto_shrink([false, true]).show(ui, |ui| {
                self.table(ui, ctx);
                ui.add_space(theme::SECTION_GAP);
                matrix::matrix(ui, ctx, visible_bottom);
            });
        });
    }

    /// Rows in the column's natural order (best score, A-Z, best tier,
    /// largest revenue first), reversed on a second click.
    fn sorted_rows(&self, ctx: &ViewCtx<'_>) -> Vec<(usize, RankRow)> {
        let mut rows: Vec<(usize, RankRow)> =
            ranking(ctx.project).into_iter().enumerate().map(|(i, r)| (i + 1, r)).collect();
        let tier_index = |r: &RankRow| {
            r.tier
                .as_ref()
                .and_then(|t| ctx.project.scoring.tiers.tiers.iter().position(|x| &x.name == t))
                .unwrap_or(usize::MAX)
        };
        match self.sort {
            SortBy::Score => rows.sort_by_key(|(rank, _)| *rank),
            SortBy::Name => rows.sort_by_key(|(_, r)| r.name.to_lowercase()),
            SortBy::Tier => rows.sort_by_key(|(rank, r)| (tier_index(r), *rank)),
            SortBy::Revenue => rows.sort_by(|a, b| b.1.current_revenue.total_cmp(&a.1.current_revenue)),
            SortBy::Potential => rows.sort_by(|a, b| b.1.potential_revenue.total_cmp(&a.1.potential_revenue)),
            SortBy::Lead => rows.sort_by(|a, b| a.1.lead.cmp(&b.1.lead).then(a.0.cmp(&b.0))),
        }
        if self.reversed {
            rows.reverse();
        }
        rows
    }

    fn header(&mut self, ui: &mut egui::Ui, label: &str, by: SortBy) {
        let arrow = if self.sort == by { if self.reversed { " ^" } else { " v" } } else { "" };
        let r = ui.selectable_label(self.sort == by, egui::RichText::new(format!("{}{arrow}", tr(label))).strong());
        if r.on_hover_text(tr("portfolio-sort-column-click")).clicked() {
            if self.sort == by {
                self.reversed = !self.reversed;
            } else {
                self.sort = by;
                self.reversed = false;
            }
        }
    }

    fn table(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let rows = self.sorted_rows(ctx);
        egui::Grid::new("portfolio_table").striped(true).num_columns(10).spacing([12.0, 6.0]).show(ui, |ui| {
            ui.strong("#");
            self.header(ui, "portfolio-account", SortBy::Name);
            ui.strong(tr("portfolio-industry"));
            self.header(ui, "scoring-score", SortBy::Score);
            self.header(ui, "scoring-tier", SortBy::Tier);
            self.header(ui, "portfolio-revenue", SortBy::Revenue);
            self.header(ui, "portfolio-potential", SortBy::Potential);
            self.header(ui, "portfolio-lead", SortBy::Lead);
            ui.strong(tr("portfolio-stage"));
            ui.strong(tr("plan-plan-health"));
            ui.end_row();
            for (rank, r) in rows {
                ui.label(rank.to_string());
                let selected = ctx.state.account == Some(r.account);
                if ui.selectable_label(selected, &r.name).on_hover_text(tr("portfolio-select-account")).clicked() {
                    ctx.state.select_account(r.account);
                }
                ui.label(&r.industry);
                let score = ui.label(r.score_text());
                if matches!(r.score, crate::model::ScoreOutcome::Incomplete { .. }) {
                    score.on_hover_text(tr("portfolio-some-criteria-scored"));
                }
                match (&r.tier, &r.override_reason) {
                    (Some(t), Some(reason)) => {
                        ui.label(t!("portfolio-tier-overridden", tier = t)).on_hover_text(reason);
                    }
                    (Some(t), None) => {
                        ui.label(t);
                    }
                    (None, _) => {
                        ui.label("—");
                    }
                }
                ui.label(money(r.current_revenue));
                ui.label(money(r.potential_revenue));
                ui.label(r.lead.clone().unwrap_or_else(|| "—".into()));
                let stage = ctx.project.account(r.account).map(|a| a.lifecycle.label()).unwrap_or_default();
                ui.label(stage);
                if let Some(a) = ctx.project.account(r.account) {
                    let findings = crate::analysis::health::findings(a, ctx.state.today.0);
                    let ind = crate::analysis::health::indicator(&findings);
                    let colour = theme::health_colour(ind);
                    let tip: Vec<String> = findings.iter().take(8).map(|f| f.message.clone()).collect();
                    ui.colored_label(colour, ind.label()).on_hover_text(tip.join("\n"));
                }
                ui.end_row();
            }
        });
    }
}

fn summary(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let (counts, untiered) = tier_counts(ctx.project);
    let mut parts: Vec<String> =
        counts.iter().map(|(tier, n)| t!("portfolio-tier-count", tier = tier, accounts = *n)).collect();
    if untiered > 0 {
        parts.push(t!("portfolio-untiered-count", accounts = untiered));
    }
    ui.label(t!("portfolio-tiers-summary", tiers = parts.join(" · ")));
    let key = key_account_count(ctx.project);
    let limit = ctx.project.scoring.max_key_accounts as usize;
    if key > limit {
        ui.colored_label(
            theme::WARNING,
            format!("! {}", t!("portfolio-too-many-key-accounts", accounts = key, limit = limit)),
        );
    }
}

fn toolbar(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    ui.horizontal(|ui| {
        if button(ui, "portfolio-add-account", "portfolio-add-new-account").clicked() {
            let id = ctx.new_ids().account();
            ctx.send(Command::AddAccount(Box::new(Account::new(id, tr("portfolio-new-account")))));
            ctx.state.select_account(id);
            ctx.state.view = ViewKind::Plan;
        }
        let current = ctx.account();
        ui.add_enabled_ui(current.is_some(), |ui| {
            if button(ui, "portfolio-delete-account", "portfolio-delete-selected-account").clicked()
                && let Some(a) = current
            {
                ctx.send(Command::DeleteAccount(a.id));
            }
            if button(ui, "portfolio-open-map", "portfolio-show-selected-accounts").clicked() {
                ctx.state.view = ViewKind::Map;
            }
            if button(ui, "scoring-score", "portfolio-score-selected-account").clicked() {
                ctx.state.view = ViewKind::Scoring;
            }
            if button(ui, "portfolio-open-plan", "portfolio-show-selected-accounts-plan").clicked() {
                ctx.state.view = ViewKind::Plan;
            }
        });
    });
}
