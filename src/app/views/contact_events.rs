//! Dated events in a contact's life at the client: leaving (when, and who
//! took over the seat) and a new role (title, level, unit from a day on),
//! as opposed to a field put right in place. Each is one undo step.

use super::ViewCtx;
use super::widgets::{button, date_edit};
use crate::command::Command;
use crate::i18n::{numbers, tr};
use crate::model::{Account, Contact, ContactId, Level, UnitId};
use crate::t;
use chrono::NaiveDate;

/// A departure being entered: the day and the successor.
#[derive(Clone, Debug)]
struct Leaving {
    on: Option<NaiveDate>,
    successor: Option<ContactId>,
}

/// A new role being entered.
#[derive(Clone, Debug)]
struct NewRole {
    on: Option<NaiveDate>,
    title: String,
    level: Level,
    unit: Option<UnitId>,
}

/// The departure section: a button that asks when and who took over, or,
/// for someone who left, the day and the successor to edit and a way back.
pub fn departure(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Contact) {
    let draft_id = egui::Id::new(("leaving", account.id.0, c.id.0));
    if c.has_left {
        left_section(ui, ctx, account, c);
        return;
    }
    let draft: Option<Leaving> = ui.data(|d| d.get_temp(draft_id));
    let Some(mut draft) = draft else {
        if button(ui, "contact-mark-left", "contact-mark-left-tip").clicked() {
            let draft = Leaving { on: Some(ctx.state.today.0), successor: None };
            ui.data_mut(|d| d.insert_temp(draft_id, draft));
        }
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(t!("contact-leaving-heading", name = &c.name));
        egui::Grid::new(("leaving grid", c.id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            ui.label(tr("contact-left-on"));
            date_edit(ui, &mut draft.on, draft_id.with("on"));
            ui.end_row();
            ui.label(tr("contact-successor"));
            successor_choice(ui, account, c, &mut draft.successor);
            ui.end_row();
        });
        ui.weak(tr("contact-successor-hint"));
        ui.horizontal(|ui| {
            if button(ui, "contact-mark-left-confirm", "contact-mark-left-confirm-tip").clicked() {
                let next = Contact { has_left: true, left_on: draft.on, successor: draft.successor, ..c.clone() };
                ctx.send(Command::Batch("undo-mark-left".into(), vec![Command::PutContact(account.id, next)]));
                ui.data_mut(|d| d.remove::<Leaving>(draft_id));
            } else if button(ui, "contact-cancel", "contact-cancel-tip").clicked() {
                ui.data_mut(|d| d.remove::<Leaving>(draft_id));
            } else {
                ui.data_mut(|d| d.insert_temp(draft_id, draft));
            }
        });
    });
}

/// Someone who left: what happened, the day and successor to put right,
/// and "Back at the client" for a mistake.
fn left_section(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Contact) {
    let colour = if c.is_vacant() { crate::app::theme::WARNING } else { ui.visuals().weak_text_color() };
    ui.colored_label(colour, crate::analysis::departures::departure_text(account, c));
    let key = |field: &str| format!("contact:{}:{}:{field}", account.id.0, c.id.0);
    egui::Grid::new(("left grid", c.id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        ui.label(tr("contact-left-on"));
        let mut on = c.left_on;
        if date_edit(ui, &mut on, egui::Id::new(("left on", account.id.0, c.id.0))) {
            ctx.send_merging(Command::PutContact(account.id, Contact { left_on: on, ..c.clone() }), key("left_on"));
        }
        ui.end_row();
        ui.label(tr("contact-successor"));
        let mut successor = c.successor;
        if successor_choice(ui, account, c, &mut successor) {
            let next = Contact { successor, ..c.clone() };
            ctx.send(Command::Batch("undo-name-successor".into(), vec![Command::PutContact(account.id, next)]));
        }
        ui.end_row();
    });
    if button(ui, "contact-back-at-client", "contact-back-at-client-tip").clicked() {
        let next = Contact { has_left: false, left_on: None, successor: None, ..c.clone() };
        ctx.send(Command::Batch("undo-back-at-client".into(), vec![Command::PutContact(account.id, next)]));
    }
}

/// A drop-down of who may take over: everyone still at the client but
/// them. True when the pick changed.
fn successor_choice(ui: &mut egui::Ui, account: &Account, c: &Contact, pick: &mut Option<ContactId>) -> bool {
    let name = |id: Option<ContactId>| match id.and_then(|s| account.contact(s)) {
        Some(s) if s.title.is_empty() => s.name.clone(),
        Some(s) => format!("{} — {}", s.name, s.title),
        None if id.is_some() => tr("contact-missing-unit-mark"),
        None => tr("contact-successor-none"),
    };
    let before = *pick;
    egui::ComboBox::from_id_salt(("successor", c.id.0))
        .selected_text(name(*pick))
        .width(super::widgets::fill_width(ui).min(260.0))
        .show_ui(ui, |ui| {
            ui.selectable_value(pick, None, tr("contact-successor-none"));
            for s in account.contacts.iter().filter(|s| !s.has_left && s.id != c.id) {
                ui.selectable_value(pick, Some(s.id), name(Some(s.id)));
            }
        });
    *pick != before
}

/// "New role…": a title, level and unit from a day on, kept with the role
/// before it; and the earlier roles, newest first.
pub fn new_role(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Contact) {
    let draft_id = egui::Id::new(("new role", account.id.0, c.id.0));
    let draft: Option<NewRole> = ui.data(|d| d.get_temp(draft_id));
    if let Some(mut draft) = draft {
        egui::Frame::group(ui.style()).show(ui, |ui| role_form(ui, ctx, account, c, &mut draft, draft_id));
    } else if !c.has_left && button(ui, "contact-new-role", "contact-new-role-tip").clicked() {
        let draft = NewRole { on: Some(ctx.state.today.0), title: c.title.clone(), level: c.level, unit: c.unit };
        ui.data_mut(|d| d.insert_temp(draft_id, draft));
    }
    for role in c.earlier_roles.iter().rev() {
        let unit = role.unit.and_then(|u| account.unit(u)).map_or_else(String::new, |u| format!(", {}", u.name));
        let title = if role.title.is_empty() { tr("contact-no-title") } else { role.title.clone() };
        let text = t!(
            "contact-earlier-role",
            date = numbers::date(role.until),
            title = title,
            level = role.level.label(),
            unit = unit
        );
        ui.weak(text);
    }
}

fn role_form(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Contact, d: &mut NewRole, id: egui::Id) {
    ui.strong(t!("contact-new-role-heading", name = &c.name));
    egui::Grid::new(("role grid", c.id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        ui.label(tr("contact-role-from"));
        date_edit(ui, &mut d.on, id.with("on"));
        ui.end_row();
        let l = ui.label(tr("contact-title"));
        ui.text_edit_singleline(&mut d.title).labelled_by(l.id);
        ui.end_row();
        ui.label(tr("field-level"));
        egui::ComboBox::from_id_salt(("role level", c.id.0)).selected_text(d.level.label()).show_ui(ui, |ui| {
            for l in Level::ALL {
                ui.selectable_value(&mut d.level, *l, l.label());
            }
        });
        ui.end_row();
        ui.label(tr("map-business-unit"));
        let unit_name =
            |u: Option<UnitId>| u.and_then(|u| account.unit(u)).map_or_else(|| tr("contact-none"), |u| u.name.clone());
        egui::ComboBox::from_id_salt(("role unit", c.id.0)).selected_text(unit_name(d.unit)).show_ui(ui, |ui| {
            ui.selectable_value(&mut d.unit, None, tr("contact-none"));
            for u in &account.units {
                ui.selectable_value(&mut d.unit, Some(u.id), u.name.clone());
            }
        });
        ui.end_row();
    });
    let same = d.title == c.title && d.level == c.level && d.unit == c.unit;
    ui.horizontal(|ui| {
        let ok = ui
            .add_enabled(!same && d.on.is_some(), egui::Button::new(tr("contact-record-role")))
            .on_hover_text(tr("contact-record-role-tip"))
            .on_disabled_hover_text(tr("contact-record-role-disabled"));
        if ok.clicked()
            && let Some(on) = d.on
        {
            let next = c.with_new_role(
                on,
                crate::model::EarlierRole { until: on, title: d.title.clone(), level: d.level, unit: d.unit },
            );
            ctx.send(Command::Batch("undo-new-role".into(), vec![Command::PutContact(account.id, next)]));
            ui.data_mut(|x| x.remove::<NewRole>(id));
        } else if button(ui, "contact-cancel", "contact-cancel-tip").clicked() {
            ui.data_mut(|x| x.remove::<NewRole>(id));
        } else {
            ui.data_mut(|x| x.insert_temp(id, d.clone()));
        }
    });
}

/// "Erase this person…": asks first, saying what erasure reaches and what
/// it cannot; then removes them and every trace as one undo step.
pub fn erase(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Contact) {
    let asking = egui::Id::new(("erasing", account.id.0, c.id.0));
    if !ui.data(|d| d.get_temp::<bool>(asking).unwrap_or(false)) {
        if button(ui, "contact-erase", "contact-erase-tip").clicked() {
            ui.data_mut(|d| d.insert_temp(asking, true));
        }
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.colored_label(crate::app::theme::ERROR, t!("contact-erase-heading", name = &c.name));
        ui.label(tr("contact-erase-reaches"));
        ui.weak(tr("contact-erase-cannot"));
        ui.horizontal(|ui| {
            if button(ui, "contact-erase-confirm", "contact-erase-confirm-tip").clicked() {
                ctx.send(crate::command::erase_person(account, c.id, ctx.state.today.0));
                ui.data_mut(|d| d.remove::<bool>(asking));
            } else if button(ui, "contact-cancel", "contact-cancel-tip").clicked() {
                ui.data_mut(|d| d.remove::<bool>(asking));
            }
        });
    });
}
