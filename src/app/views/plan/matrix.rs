//! The penetration matrix: our products and services down, the client's
//! business units across. White space (nothing known) stands out; one click
//! on a cell opens its editor, a unit's header lists the people we know there.

use super::PlanView;
use crate::analysis::penetration;
use crate::app::theme;
use crate::app::views::ViewCtx;
use crate::i18n::numbers::compact;
use crate::i18n::tr;
use crate::model::{Account, CellState, CellTotals, Plan, ProductId, UnitId};
use crate::t;

/// Short text of a cell.
pub fn cell_text(state: Option<&CellState>) -> String {
    penetration::cell_text(state, compact, false)
}

fn totals_text(t: CellTotals) -> String {
    penetration::totals_text(t, compact)
}

pub fn matrix(view: &mut PlanView, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, account: &Account, plan: &mut Plan) {
    let products = &ctx.project.products;
    if products.is_empty() || account.units.is_empty() {
        ui.weak(tr("plan-matrix-needs-our"));
        return;
    }
    ui.weak(tr("plan-click-cell-set"));
    let unknown = plan.white_space(products.len(), account.units.len());
    if unknown > 0 {
        ui.colored_label(theme::WARNING, t!("plan-white-space-cells", cells = unknown));
    }
    // The product column stays put; the units scroll sideways beside it.
    // Both grids' rows as tall as a cell's button, so the names line up with their cells.
    let padding = ui.spacing().button_padding.y;
    let row = (ui.text_style_height(&egui::TextStyle::Button) + 2.0 * padding).max(ui.spacing().interact_size.y);
    let mut cell_rect = None;
    ui.horizontal_top(|ui| {
        egui::Grid::new("penetration products").striped(true).spacing([6.0, 4.0]).min_row_height(row).show(ui, |ui| {
            ui.strong(tr("plan-product-unit"));
            ui.end_row();
            for p in products {
                ui.label(&p.name).on_hover_text(&p.description);
                ui.end_row();
            }
            ui.strong(tr("plan-total"));
            ui.end_row();
        });
        egui::ScrollArea::horizontal().id_salt("matrix_scroll").show(ui, |ui| {
            egui::Grid::new("penetration").striped(true).spacing([6.0, 4.0]).min_row_height(row).show(ui, |ui| {
                for u in &account.units {
                    unit_header(ui, account, u.id, &u.name);
                }
                ui.strong(tr("plan-total"));
                ui.end_row();
                for p in products {
                    for u in &account.units {
                        if let Some(rect) = cell_button(view, ui, plan, (p.id, &p.name), (u.id, &u.name)) {
                            cell_rect = Some(rect);
                        }
                    }
                    ui.label(totals_text(plan.product_totals(p.id)));
                    ui.end_row();
                }
                for u in &account.units {
                    ui.label(totals_text(plan.unit_totals(u.id)));
                }
                ui.strong(totals_text(plan.penetration_totals(|_| true)));
                ui.end_row();
            });
        });
    });
    if let (Some((product, unit)), Some(at)) = (view.editing_cell, cell_rect) {
        cell_editor(view, ui, ctx, account, plan, (product, unit), at);
    }
}

/// One cell of the matrix as a button; returns its place when it is the
/// one being edited (the editor opens there).
fn cell_button(
    view: &mut PlanView,
    ui: &mut egui::Ui,
    plan: &Plan,
    (product, pname): (ProductId, &str),
    (unit, uname): (UnitId, &str),
) -> Option<egui::Rect> {
    let state = plan.cell(product, unit);
    let editing = view.editing_cell == Some((product, unit));
    let mut button = egui::Button::new(cell_text(state)).selected(editing).min_size(egui::vec2(110.0, 0.0));
    if state.is_none() {
        button = button.fill(theme::WARNING.gamma_multiply(0.25));
    }
    let r = ui.add(button).on_hover_text(format!("{pname} × {uname}"));
    let spoken = crate::t!("plan-cell-spoken", product = pname, unit = uname);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &spoken));
    if r.clicked() {
        view.editing_cell = if editing { None } else { Some((product, unit)) };
    }
    (view.editing_cell == Some((product, unit))).then_some(r.rect)
}

fn unit_header(ui: &mut egui::Ui, account: &Account, unit: UnitId, name: &str) {
    let people: Vec<_> = account.contacts.iter().filter(|c| c.unit == Some(unit)).collect();
    ui.menu_button(egui::RichText::new(format!("{name} ({})", people.len())).strong(), |ui| {
        ui.strong(t!("plan-people-we-know-at", unit = name));
        if people.is_empty() {
            ui.weak(tr("plan-nobody-yet"));
        }
        for c in people {
            ui.label(format!("{} — {} ({})", c.name, c.title, c.stance.label()));
        }
    })
    .response
    .on_hover_text(tr("plan-people-we-know-unit"));
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Unknown,
    Buying,
    Opportunity,
    Competitor,
    NotRelevant,
}

/// The editor of one cell, opened just under it (Esc or Close closes it).
fn cell_editor(
    view: &mut PlanView,
    ui: &egui::Ui,
    ctx: &ViewCtx<'_>,
    account: &Account,
    plan: &mut Plan,
    (product, unit): (ProductId, UnitId),
    at: egui::Rect,
) {
    let pname = ctx.project.products.iter().find(|p| p.id == product).map_or("", |p| p.name.as_str());
    let uname = account.unit(unit).map_or("", |u| u.name.as_str());
    let mut state = plan.cell(product, unit).cloned();
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) && !ui.ctx().text_edit_focused() {
        view.editing_cell = None;
        return;
    }
    let area = egui::Area::new(egui::Id::new("matrix cell editor"))
        .order(egui::Order::Foreground)
        .fixed_pos(at.left_bottom() + egui::vec2(0.0, 4.0))
        .constrain(true);
    area.show(ui.ctx(), |ui| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.strong(format!("{pname} × {uname}"));
            let kind = match &state {
                None => Kind::Unknown,
                Some(CellState::Buying { .. }) => Kind::Buying,
                Some(CellState::Opportunity { .. }) => Kind::Opportunity,
                Some(CellState::Competitor { .. }) => Kind::Competitor,
                Some(CellState::NotRelevant) => Kind::NotRelevant,
            };
            let mut next = kind;
            ui.horizontal(|ui| {
                for (k, label) in [
                    (Kind::Buying, "plan-buying"),
                    (Kind::Opportunity, "plan-opportunity"),
                    (Kind::Competitor, "plan-competitor"),
                    (Kind::NotRelevant, "plan-relevant"),
                    (Kind::Unknown, "plan-dont-know"),
                ] {
                    ui.radio_value(&mut next, k, tr(label));
                }
            });
            if next != kind {
                state = match next {
                    Kind::Unknown => None,
                    Kind::Buying => Some(CellState::Buying { yearly_value: 0.0 }),
                    Kind::Opportunity => Some(CellState::Opportunity { value: 0.0, next_step: String::new() }),
                    Kind::Competitor => Some(CellState::Competitor { name: String::new() }),
                    Kind::NotRelevant => Some(CellState::NotRelevant),
                };
            }
            match &mut state {
                Some(CellState::Buying { yearly_value }) => {
                    ui.horizontal(|ui| {
                        let l = ui.label(tr("plan-value-per-year"));
                        ui.add(crate::app::views::widgets::money_field(yearly_value)).labelled_by(l.id);
                    });
                }
                Some(CellState::Opportunity { value, next_step }) => {
                    ui.horizontal(|ui| {
                        let l = ui.label(tr("plan-estimated-value"));
                        ui.add(crate::app::views::widgets::money_field(value)).labelled_by(l.id);
                        let l = ui.label(tr("plan-next-step"));
                        ui.add(egui::TextEdit::singleline(next_step).desired_width(300.0)).labelled_by(l.id);
                    });
                }
                Some(CellState::Competitor { name }) => {
                    ui.horizontal(|ui| {
                        let l = ui.label(tr("plan-which-competitor"));
                        ui.add(egui::TextEdit::singleline(name).desired_width(200.0)).labelled_by(l.id);
                    });
                }
                _ => {}
            }
            if ui.button(tr("plan-close")).on_hover_text(tr("plan-done-cell-esc")).clicked() {
                view.editing_cell = None;
            }
        })
    });
    if state.as_ref() != plan.cell(product, unit) {
        plan.set_cell(product, unit, state);
    }
}
