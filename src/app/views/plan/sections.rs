//! The plan's sections, in the order of the domain's account plan.

use super::{PlanView, matrix, opportunities, tables, text_block};
use crate::app::views::ViewCtx;
use crate::i18n::tr;
use crate::model::{Account, Plan};

fn section(ui: &mut egui::Ui, title: &str, open: bool, body: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(tr(title)).default_open(open).show(ui, body);
}

pub fn all(view: &mut PlanView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, plan: &mut Plan) {
    let today = ctx.state.today.0;
    section(ui, "Goals, strategy and success factors", true, |ui| {
        text_block(ui, "Overall goal", &mut plan.overall_goal, 2);
        text_block(ui, "Strategy", &mut plan.strategy, 3);
        text_block(ui, "Success factors", &mut plan.success_factors, 2);
        text_block(ui, "Notes", &mut plan.notes, 2);
    });
    section(ui, "Key activities", true, |ui| tables::activities(ui, ctx.project, account, plan, today));
    section(ui, "Penetration matrix", true, |ui| matrix::matrix(view, ui, ctx, account, plan));
    let open = !plan.opportunities.is_empty();
    section(ui, "Opportunities", open, |ui| opportunities::opportunities(ui, ctx.project, account, plan));
    section(ui, "Knowing the client", false, |ui| {
        tables::economics(ui, plan, today);
        text_block(ui, "Their products, services and markets", &mut plan.offerings_and_markets, 2);
        text_block(ui, "Their goals and strategy", &mut plan.client_goals, 2);
        text_block(ui, "Their organisation", &mut plan.organisation, 2);
        text_block(ui, "Sources (web, annual reports, people who know them)", &mut plan.sources, 2);
    });
    section(ui, "Our history with them", false, |ui| {
        tables::agreements(ui, plan, today);
        text_block(ui, "What they have bought", &mut plan.purchases, 2);
    });
    section(ui, "KPIs", false, |ui| tables::kpis(view, ui, plan, today));
    section(ui, "Relationship goals", false, |ui| tables::relationship_goals(ui, account, plan));
    section(ui, "Competitors and partners", false, |ui| tables::competitors(ui, account, plan));
    section(ui, "Meeting structure", false, |ui| tables::meetings(ui, plan, today));
    section(ui, "Reviews", false, |ui| tables::reviews(ui, plan, today));
    section(ui, "Referrals and testimonials", false, |ui| tables::referrals(ui, account, plan));
    section(ui, "Business units", false, |ui| units(ui, account));
}

fn units(ui: &mut egui::Ui, account: &Account) {
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
