//! Workshop capture: quick-add an opportunity (business unit x product,
//! value, owner, next step) without leaving the map. It lands in the plan
//! and in the penetration matrix as one undoable step.

use super::MapView;
use crate::app::views::ViewCtx;
use crate::app::views::pick::pick;
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Account, MemberId, Opportunity, PersonRef, ProductId, Project, UnitId};
use crate::t;
use egui::Id;

/// The quick-add form's fields while it is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capture {
    pub unit: Option<UnitId>,
    pub product: Option<ProductId>,
    /// Value in thousands, typed.
    pub value_k: String,
    pub owner: Option<MemberId>,
    pub next_step: String,
    /// What is typed in the pickers (the chosen names once they are left).
    pub unit_query: String,
    pub product_query: String,
    pub owner_query: String,
    /// What becomes of the matrix cell when it already holds an opportunity.
    pub cell: CellChoice,
    /// Where the keyboard goes next frame: the first field still empty.
    focus_pending: bool,
    /// A copy of the laptop's form, shown on the wall as it is filled in.
    mirror: bool,
    /// What the last idea added, said at the top of the emptied form.
    pub added: Option<String>,
}

/// A second idea for a unit and product that already has an opportunity:
/// its value is added to the cell's, or replaces it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CellChoice {
    #[default]
    AddTo,
    Replace,
}

impl MapView {
    /// A fresh form, filled from the spotlight: the room is usually talking
    /// about the person in it. A client person brings their business unit and
    /// the one of us who knows them best; one of our people brings themself
    /// as the owner.
    pub(super) fn new_capture(&self, project: &Project, account: &Account) -> Capture {
        let mut c = Capture { focus_pending: true, ..Capture::default() };
        match self.spotlit(project, account) {
            Some(PersonRef::Contact(id)) => {
                c.unit = account.contact(id).and_then(|x| x.unit);
                c.owner =
                    self.derived.findings.coverage.contacts.get(&id).and_then(|cc| cc.members.first()).map(|(m, _)| *m);
            }
            Some(PersonRef::Member(m)) => c.owner = Some(m),
            None => {}
        }
        c.unit_query = c.unit.and_then(|u| account.unit(u)).map(|u| u.name.clone()).unwrap_or_default();
        c.owner_query = c.owner.and_then(|m| project.member(m)).map(|m| m.name.clone()).unwrap_or_default();
        c
    }

    /// Shows, read-only, the form being filled in on `editor` (the audience
    /// window does this so the room watches each idea go in).
    pub fn mirror_capture(&mut self, editor: &Self) {
        self.interaction.capture =
            editor.interaction.capture.as_ref().map(|c| Capture { mirror: true, focus_pending: false, ..c.clone() });
    }

    /// The quick-add window (N opens it in presentation mode).
    pub(super) fn capture_window(&mut self, ui: &egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
        // The form wears the wall's theme: light on the light projector theme.
        let mut style = (**ui.style()).clone();
        style.visuals =
            if self.show.presenting_dark { egui::Visuals::dark() } else { crate::app::theme::projector_light() };
        // A steady cursor, as everywhere in Gambit (a blinking one asks for frames).
        style.visuals.text_cursor.blink = false;
        let today = ctx.state.today.0;
        let Some(c) = &mut self.interaction.capture else { return };
        let mut outcome = Outcome::Editing;
        let window_id = if c.mirror { "capture mirror window" } else { "capture window" };
        egui::Window::new(tr("map-new-opportunity"))
            .id(Id::new(window_id))
            .title_bar(false)
            .collapsible(false)
            .resizable(false)
            // Wide enough for the longest unit and product names at wall size.
            .min_width(700.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .frame(egui::Frame::window(&style))
            .show(ui.ctx(), |ui| {
                ui.set_style(style);
                wall_sized(ui);
                if c.mirror {
                    mirror(ui, c);
                } else {
                    outcome = form(ui, c, ctx.project, account);
                }
            });
        match outcome {
            Outcome::Editing => {}
            Outcome::Cancel => self.interaction.capture = None,
            Outcome::Add(opportunity) => {
                let mut plan = account.plan.clone();
                let (product, unit, value, step) =
                    (opportunity.product, opportunity.unit, opportunity.value, opportunity.next_step.clone());
                plan.add_opportunity(Opportunity { found: Some(today), ..opportunity });
                if c.cell == CellChoice::Replace {
                    let replaced = crate::model::CellState::Opportunity { value, next_step: step };
                    plan.set_cell(product, unit, Some(replaced));
                }
                ctx.send(Command::Batch(
                    "map-add-opportunity".into(),
                    vec![Command::SetPlan(account.id, Box::new(plan))],
                ));
                let added = added_text(ctx.project, account, product, unit, value);
                // Keep the unit and owner: the next idea is often for the same place.
                *c = Capture {
                    unit: c.unit,
                    owner: c.owner,
                    unit_query: std::mem::take(&mut c.unit_query),
                    owner_query: std::mem::take(&mut c.owner_query),
                    focus_pending: true,
                    added: Some(added),
                    ..Capture::default()
                };
            }
        }
    }
}

/// What the form asks for this frame.
enum Outcome {
    Editing,
    Cancel,
    Add(Opportunity),
}

/// The form's fields, its messages and buttons.
fn form(ui: &mut egui::Ui, c: &mut Capture, project: &Project, account: &Account) -> Outcome {
    ui.heading(tr("map-new-opportunity"));
    // Where the keyboard lands for the next idea, the last one is confirmed;
    // the line is there before the first, so nothing moves when it appears.
    let added = c.added.as_deref().map_or_else(|| " ".to_owned(), |a| a.to_owned());
    ui.colored_label(crate::app::theme::OK, added);
    let enter = fields(ui, c, project, account);
    for (query, chosen, what) in [
        (&c.unit_query, c.unit.is_some(), "map-no-unit-matches"),
        (&c.product_query, c.product.is_some(), "map-no-product-matches"),
        (&c.owner_query, c.owner.is_some(), "map-no-member-matches"),
    ] {
        if !query.trim().is_empty() && !chosen {
            let msg = crate::i18n::tr_args(what, &[("typed", query.trim().into())]);
            ui.colored_label(crate::app::theme::ERROR, msg);
        }
    }
    let value = c.value_k.trim().replace(',', ".").parse::<f64>().ok().filter(|v| *v >= 0.0);
    if !c.value_k.trim().is_empty() && value.is_none() {
        ui.colored_label(crate::app::theme::ERROR, tr("map-value-must-number"));
    }
    let ready = match (c.unit, c.product, value) {
        (Some(unit), Some(product), Some(v)) => Some(Opportunity {
            product,
            unit,
            value: v * 1000.0,
            owner: c.owner,
            next_step: c.next_step.trim().to_owned(),
            found: None,
        }),
        _ => None,
    };
    if let (Some(unit), Some(product)) = (c.unit, c.product) {
        cell_note(ui, c, account, unit, product);
    }
    let (mut add, mut cancel) = (enter, false);
    ui.horizontal(|ui| {
        add |= ui.add_enabled(ready.is_some(), egui::Button::new(tr("map-add-opportunity"))).clicked();
        cancel = ui.button(tr("file-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape));
    });
    match ready {
        _ if cancel => Outcome::Cancel,
        Some(o) if add => Outcome::Add(o),
        _ => Outcome::Editing,
    }
}

/// "Added: Predictive maintenance for Nordvik Dairy (1 200 k)".
fn added_text(project: &Project, account: &Account, product: ProductId, unit: UnitId, value: f64) -> String {
    let product = project.products.iter().find(|p| p.id == product).map(|p| p.name.clone()).unwrap_or_default();
    let unit = account.unit(unit).map(|u| u.name.clone()).unwrap_or_default();
    let value = crate::app::views::widgets::money(value);
    t!("map-opportunity-added", product = product, unit = unit, value = value)
}

/// Says what the matrix already holds for this unit and product, and for an
/// open opportunity asks whether the new value adds to it or replaces it.
fn cell_note(ui: &mut egui::Ui, c: &mut Capture, account: &Account, unit: UnitId, product: ProductId) {
    use crate::app::views::widgets::money;
    use crate::model::CellState;
    match account.plan.cell(product, unit) {
        Some(CellState::Opportunity { value, .. }) => {
            let note = t!("map-cell-has-opportunity", value = money(*value));
            ui.colored_label(crate::app::theme::WARNING, note);
            ui.horizontal(|ui| {
                ui.radio_value(&mut c.cell, CellChoice::AddTo, tr("map-add-value"));
                ui.radio_value(&mut c.cell, CellChoice::Replace, tr("map-replace-value-next"));
            });
        }
        Some(CellState::Buying { .. }) => {
            ui.label(tr("map-they-already-buy"));
        }
        Some(CellState::Competitor { name }) => {
            let note = t!("map-competitor-supplies-cell", competitor = name);
            ui.label(note);
        }
        _ => {}
    }
}

/// The form as the wall sees it while the laptop fills it in.
fn mirror(ui: &mut egui::Ui, c: &Capture) {
    ui.heading(tr("map-new-opportunity"));
    ui.add_space(6.0);
    egui::Grid::new("capture mirror").num_columns(2).spacing([16.0, 6.0]).min_col_width(200.0).show(ui, |ui| {
        for (label, value) in [
            ("map-business-unit", &c.unit_query),
            ("map-product-service", &c.product_query),
            ("map-value-thousands", &c.value_k),
            ("map-owner-our-team", &c.owner_query),
            ("plan-next-step", &c.next_step),
        ] {
            ui.label(tr(label));
            ui.strong(value.as_str());
            ui.end_row();
        }
    });
}

/// The five fields. The keyboard starts in the first one still empty.
/// Returns true when Enter was pressed in the last field.
fn fields(ui: &mut egui::Ui, c: &mut Capture, project: &Project, account: &Account) -> bool {
    let units: Vec<(UnitId, String)> = account.units.iter().map(|u| (u.id, u.name.clone())).collect();
    let products: Vec<(ProductId, String)> = project.products.iter().map(|p| (p.id, p.name.clone())).collect();
    let team: Vec<(MemberId, String)> = crate::analysis::team_on_map(project, account)
        .into_iter()
        .filter_map(|m| project.member(m).map(|x| (m, x.name.clone())))
        .collect();
    let focus = std::mem::take(&mut c.focus_pending);
    let first_empty = [c.unit.is_none(), c.product.is_none(), true].iter().position(|e| *e);
    let place = |r: &egui::Response, at: usize| {
        if focus && first_empty == Some(at) {
            r.request_focus();
        }
    };
    let mut enter = false;
    egui::Grid::new("capture").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let l = ui.label(tr("map-business-unit"));
        let r = pick(ui, Id::new("capture unit"), &mut c.unit_query, &mut c.unit, &units, 420.0).labelled_by(l.id);
        place(&r, 0);
        ui.end_row();
        let l = ui.label(tr("map-product-service"));
        let r = pick(ui, Id::new("capture product"), &mut c.product_query, &mut c.product, &products, 420.0);
        place(&r.labelled_by(l.id), 1);
        ui.end_row();
        let l = ui.label(tr("map-value-thousands"));
        let r = ui.add(egui::TextEdit::singleline(&mut c.value_k).desired_width(180.0)).labelled_by(l.id);
        place(&r, 2);
        ui.end_row();
        let l = ui.label(tr("map-owner-our-team"));
        pick(ui, Id::new("capture owner"), &mut c.owner_query, &mut c.owner, &team, 420.0).labelled_by(l.id);
        ui.end_row();
        let l = ui.label(tr("plan-next-step"));
        let r = ui.add(egui::TextEdit::singleline(&mut c.next_step).desired_width(420.0)).labelled_by(l.id);
        enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.end_row();
    });
    enter
}

/// Type large enough to read on the wall, where the room watches it fill in.
fn wall_sized(ui: &mut egui::Ui) {
    let style = ui.style_mut();
    // Full-strength text: the room reads it from the back.
    style.visuals.override_text_color = Some(style.visuals.strong_text_color());
    for font in style.text_styles.values_mut() {
        font.size *= 1.6;
    }
    style.spacing.interact_size.y *= 1.6;
    style.spacing.button_padding *= 1.6;
}
