//! The plan's sections, in the order of the domain's account plan.

use super::{PlanView, matrix, opportunities, people_tables, reviews, tables, text_block};
use crate::app::views::ViewCtx;
use crate::app::views::ViewKind;
use crate::i18n::tr;
use crate::model::{Account, Plan};

fn section(ui: &mut egui::Ui, title: &str, open: bool, body: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(tr(title)).default_open(open).show(ui, body);
}

pub fn all(view: &mut PlanView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, plan: &mut Plan) {
    let today = ctx.state.today.0;
    section(ui, "plan-goals-strategy-success", true, |ui| {
        text_block(ui, "plan-overall-goal", &mut plan.overall_goal, 2);
        text_block(ui, "plan-strategy", &mut plan.strategy, 3);
        text_block(ui, "plan-success-factors", &mut plan.success_factors, 2);
        text_block(ui, "plan-notes", &mut plan.notes, 2);
    });
    section(ui, "plan-key-activities", true, |ui| tables::activities(ui, ctx.project, account, plan, today));
    section(ui, "plan-penetration-matrix", true, |ui| matrix::matrix(view, ui, ctx, account, plan));
    let open = !plan.opportunities.is_empty();
    section(ui, "plan-opportunities", open, |ui| opportunities::opportunities(ui, ctx.project, account, plan));
    section(ui, "plan-knowing-client", false, |ui| {
        tables::economics(ui, plan, today);
        text_block(ui, "plan-their-products-services", &mut plan.offerings_and_markets, 2);
        text_block(ui, "plan-their-goals-strategy", &mut plan.client_goals, 2);
        text_block(ui, "plan-their-organisation", &mut plan.organisation, 2);
        text_block(ui, "plan-sources-web-annual", &mut plan.sources, 2);
    });
    section(ui, "plan-our-history-them", false, |ui| {
        tables::agreements(ui, plan, today);
        text_block(ui, "plan-what-they-have", &mut plan.purchases, 2);
    });
    section(ui, "plan-kpis", false, |ui| tables::kpis(view, ui, plan, today));
    section(ui, "plan-relationship-goals", false, |ui| people_tables::relationship_goals(ui, account, plan));
    section(ui, "plan-competitors-partners", false, |ui| people_tables::competitors(ui, account, plan));
    section(ui, "plan-meeting-structure", false, |ui| people_tables::meetings(ui, plan, today));
    let mut show = None;
    let project = ctx.project;
    let export = &mut ctx.state.export_request;
    section(ui, "plan-reviews", false, |ui| {
        show = reviews::reviews(view, ui, (project, account), plan, (today, export));
    });
    section(ui, "plan-referrals-testimonials", false, |ui| people_tables::referrals(ui, account, plan));
    section(ui, "plan-business-units", false, |ui| units(ui, account));
    if let Some(person) = show {
        // A change clicked in the review: the person on the map.
        ctx.state.selection.set_person(person);
        ctx.state.view = ViewKind::Map;
    }
}

fn units(ui: &mut egui::Ui, account: &Account) {
    if account.units.is_empty() {
        ui.weak(tr("plan-business-units-yet"));
        return;
    }
    egui::Grid::new("units").striped(true).num_columns(4).spacing([16.0, 4.0]).show(ui, |ui| {
        for h in ["plan-unit", "plan-kind", "plan-part", "plan-location"] {
            ui.strong(tr(h));
        }
        ui.end_row();
        for u in &account.units {
            ui.label(&u.name);
            ui.label(u.kind.label());
            ui.label(u.parent.and_then(|p| account.unit(p)).map_or("—".into(), |p| p.name.clone()));
            ui.label(&u.location);
            ui.end_row();
        }
    });
}
