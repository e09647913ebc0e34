//! The opportunities found for the account, most of them captured in
//! workshops on the map. Each names a product at a business unit.

use super::tables::{grid, id, money, remove_button, text};
use crate::app::views::widgets::{date_edit, money as money_text};
use crate::i18n::tr;
use crate::model::{Account, MemberId, Plan, Project};
use crate::t;
use egui::Ui;

pub fn opportunities(ui: &mut Ui, project: &Project, account: &Account, plan: &mut Plan) {
    if plan.opportunities.is_empty() {
        use crate::app::actions::{Action, keys_text};
        let (present, capture) = (keys_text(ui.ctx(), Action::Present), keys_text(ui.ctx(), Action::Capture));
        ui.weak(t!("plan-no-opportunities-hint", present = present, capture = capture));
        return;
    }
    let product =
        |p| project.products.iter().find(|x| x.id == p).map_or_else(|| tr("plan-deleted"), |x| x.name.clone());
    let unit = |u| account.unit(u).map_or_else(|| tr("plan-deleted"), |x| x.name.clone());
    let member =
        |m: Option<MemberId>| m.and_then(|m| project.member(m)).map_or_else(|| tr("plan-owner"), |m| m.name.clone());
    let team: Vec<MemberId> = account.team.iter().map(|t| t.member).collect();
    let mut remove = None;
    let mut revalue = None;
    grid(
        ui,
        "opportunities",
        &["map-product-service", "map-business-unit", "plan-value", "plan-owner-3", "plan-next-step", "plan-found", ""],
        |ui| {
            for (i, o) in plan.opportunities.iter_mut().enumerate() {
                ui.label(product(o.product));
                ui.label(unit(o.unit));
                let mut value = o.value;
                money(ui, &mut value);
                if value != o.value {
                    revalue = Some((i, value));
                }
                egui::ComboBox::from_id_salt(("opportunity owner", i)).selected_text(member(o.owner)).show_ui(
                    ui,
                    |ui| {
                        ui.selectable_value(&mut o.owner, None, tr("plan-owner"));
                        for m in &team {
                            ui.selectable_value(&mut o.owner, Some(*m), member(Some(*m)));
                        }
                    },
                );
                text(ui, &mut o.next_step, 260.0);
                date_edit(ui, &mut o.found, id(("opportunity found", i)));
                if remove_button(ui, "plan-remove-opportunity") {
                    remove = Some(i);
                }
                ui.end_row();
            }
        },
    );
    if let Some((i, v)) = revalue {
        plan.set_opportunity_value(i, v);
    }
    if let Some(i) = remove {
        plan.remove_opportunity(i);
    }
    let total: f64 = plan.opportunities.iter().map(|o| o.value).sum();
    ui.label(t!("plan-opportunities-total", count = plan.opportunities.len(), total = money_text(total)));
}
