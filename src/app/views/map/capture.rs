//! Workshop capture: quick-add an opportunity (business unit x product,
//! value, owner, next step) without leaving the map. It lands in the plan
//! and in the penetration matrix as one undoable step.

use super::MapView;
use crate::app::views::ViewCtx;
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Account, MemberId, Opportunity, PersonRef, ProductId, Project, UnitId};

/// The quick-add form's fields while it is open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Capture {
    pub unit: Option<UnitId>,
    pub product: Option<ProductId>,
    /// Value in thousands, typed.
    pub value_k: String,
    pub owner: Option<MemberId>,
    pub next_step: String,
}

impl MapView {
    /// A fresh form, filled from the spotlight: the room is usually talking
    /// about the person in it. A client person brings their business unit and
    /// the one of us who knows them best; one of our people brings themself
    /// as the owner.
    pub(super) fn new_capture(&self, project: &Project, account: &Account) -> Capture {
        let mut c = Capture::default();
        match self.spotlit(project, account) {
            Some(PersonRef::Contact(id)) => {
                c.unit = account.contact(id).and_then(|x| x.unit);
                c.owner = self.coverage.contacts.get(&id).and_then(|cc| cc.members.first()).map(|(m, _)| *m);
            }
            Some(PersonRef::Member(m)) => c.owner = Some(m),
            None => {}
        }
        c
    }

    /// Opportunities found today, and their total value.
    pub fn workshop_tally(&self, account: &Account) -> (usize, f64) {
        let today = self.today;
        let found: Vec<&Opportunity> = account.plan.opportunities.iter().filter(|o| o.found == Some(today)).collect();
        (found.len(), found.iter().map(|o| o.value).sum())
    }

    /// The quick-add window (N opens it in presentation mode).
    pub(super) fn capture_window(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
        let Some(c) = &mut self.capture else { return };
        let mut close = false;
        let mut save = false;
        egui::Window::new(tr("New opportunity"))
            .title_bar(false)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                wall_sized(ui);
                ui.heading(tr("New opportunity"));
                ui.add_space(6.0);
                egui::Grid::new("capture").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
                    let l = ui.label(tr("Business unit"));
                    let unit_name = |u: Option<UnitId>| {
                        u.and_then(|u| account.unit(u)).map_or_else(|| tr("(choose)"), |u| u.name.clone())
                    };
                    egui::ComboBox::from_id_salt("capture_unit")
                        .selected_text(unit_name(c.unit))
                        .show_ui(ui, |ui| {
                            for u in &account.units {
                                ui.selectable_value(&mut c.unit, Some(u.id), &u.name);
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label(tr("Product or service"));
                    let pname = |p: Option<ProductId>| {
                        p.and_then(|p| ctx.project.products.iter().find(|x| x.id == p))
                            .map_or_else(|| tr("(choose)"), |p| p.name.clone())
                    };
                    egui::ComboBox::from_id_salt("capture_product")
                        .selected_text(pname(c.product))
                        .show_ui(ui, |ui| {
                            for p in &ctx.project.products {
                                ui.selectable_value(&mut c.product, Some(p.id), &p.name);
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label(tr("Value (thousands)"));
                    ui.add(egui::TextEdit::singleline(&mut c.value_k).desired_width(180.0)).labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label(tr("Owner on our team"));
                    let mname = |m: Option<MemberId>| {
                        m.and_then(|m| ctx.project.member(m)).map_or_else(|| tr("(nobody yet)"), |m| m.name.clone())
                    };
                    egui::ComboBox::from_id_salt("capture_owner")
                        .selected_text(mname(c.owner))
                        .show_ui(ui, |ui| {
                            for m in crate::analysis::team_on_map(ctx.project, account) {
                                ui.selectable_value(&mut c.owner, Some(m), mname(Some(m)));
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label(tr("Next step"));
                    let r = ui.add(egui::TextEdit::singleline(&mut c.next_step).desired_width(420.0)).labelled_by(l.id);
                    if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        save = true;
                    }
                    ui.end_row();
                });
                let value = c.value_k.trim().replace(',', ".").parse::<f64>().ok().filter(|v| *v >= 0.0);
                let ready = c.unit.is_some() && c.product.is_some() && value.is_some();
                if !c.value_k.trim().is_empty() && value.is_none() {
                    ui.colored_label(crate::app::theme::ERROR, tr("The value must be a number, e.g. 250"));
                }
                ui.horizontal(|ui| {
                    save |= ui.add_enabled(ready, egui::Button::new(tr("Add opportunity"))).clicked();
                    close = ui.button(tr("Cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape));
                });
                save &= ready;
            });
        if save {
            let value = c.value_k.trim().replace(',', ".").parse::<f64>().unwrap_or(0.0) * 1000.0;
            if let (Some(unit), Some(product)) = (c.unit, c.product) {
                let mut plan = account.plan.clone();
                plan.add_opportunity(Opportunity {
                    product,
                    unit,
                    value,
                    owner: c.owner,
                    next_step: c.next_step.trim().to_owned(),
                    found: Some(self.today),
                });
                ctx.send(Command::Batch("Add opportunity".into(), vec![Command::SetPlan(account.id, Box::new(plan))]));
            }
            // Keep the unit and owner: the next idea is often for the same place.
            *c = Capture { unit: c.unit, owner: c.owner, ..Capture::default() };
        }
        if close {
            self.capture = None;
        }
    }
}

/// Type large enough to read on the wall, where the room watches it fill in.
fn wall_sized(ui: &mut egui::Ui) {
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.size *= 1.6;
    }
    style.spacing.interact_size.y *= 1.6;
    style.spacing.button_padding *= 1.6;
}
