//! The editor for one client contact (every model field).

use super::ViewCtx;
use super::widgets::{button, choice_row, focused_text_row, multiline_row, scale_row, text_row};
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Account, Contact, Level, Piece, PoliticalStatus, Stance, UnitId};
use crate::t;

/// Shows the form; changed fields are sent as `PutContact` edits.
pub fn contact_form(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, contact: &Contact) {
    let mut next = contact.clone();
    let mut field = None;
    egui::Grid::new(("contact_form", contact.id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let focus = std::mem::take(&mut ctx.state.focus_name);
        if let Some(v) = focused_text_row(ui, "scoring-name", &contact.name, focus) {
            next.name = v;
            field = Some("name");
        }
        if let Some(v) = text_row(ui, "contact-title", &contact.title) {
            next.title = v;
            field = Some("title");
        }
        if let Some(v) = unit_row(ui, account, contact.unit) {
            next.unit = v;
            field = Some("unit");
        }
        if let Some(v) = text_row(ui, "contact-email", &contact.email) {
            next.email = v;
            field = Some("email");
        }
        if let Some(v) = text_row(ui, "contact-phone", &contact.phone) {
            next.phone = v;
            field = Some("phone");
        }
        if let Some(v) = choice_row(ui, "field-level", contact.level, Level::ALL, |v| v.label()) {
            next.level = v;
            field = Some("level");
        }
        if let Some(v) = choice_row(ui, "field-piece", contact.piece, Piece::ALL, |v| v.label()) {
            next.piece = v;
            field = Some("piece");
        }
        if let Some(v) = choice_row(ui, "field-stance", contact.stance, Stance::ALL, |v| v.label()) {
            next.stance = v;
            field = Some("stance");
        }
        if let Some(v) = scale_row(ui, "contact-influence", contact.influence, "contact-1-little-say") {
            next.influence = v;
            field = Some("influence");
        }
        if let Some(v) =
            choice_row(ui, "contact-political-status", contact.political, PoliticalStatus::ALL, |v| v.label())
        {
            next.political = v;
            field = Some("political");
        }
        if let Some(v) = multiline_row(ui, "contact-evidence", &contact.evidence, 2) {
            next.evidence = v;
            field = Some("evidence");
        }
        if let Some(v) = multiline_row(ui, "plan-notes", &contact.notes, 3) {
            next.notes = v;
            field = Some("notes");
        }
    });
    if let Some(field) = field {
        if matches!(field, "stance" | "political" | "evidence" | "notes") {
            let by = crate::file::lock::Lock::mine().user;
            next.assessed = Some(crate::model::Assessed { on: ctx.state.today.0, by });
        }
        let key = format!("contact:{}:{}:{field}", account.id.0, contact.id.0);
        ctx.send_merging(Command::PutContact(account.id, next), key);
    }
    let said = match &contact.assessed {
        Some(a) if a.by.is_empty() => t!("contact-assessed-on", date = crate::i18n::numbers::date(a.on)),
        Some(a) => t!("contact-assessed-by", date = crate::i18n::numbers::date(a.on), by = &a.by),
        None => tr("contact-assessed-never"),
    };
    // Wrapped, so a long name never widens the panel.
    let weak = egui::RichText::new(said).color(ui.visuals().weak_text_color());
    ui.add(egui::Label::new(weak).wrap()).on_hover_text(tr("contact-assessed-tip"));
    ui.add_space(6.0);
    super::contact_events::new_role(ui, ctx, account, contact);
    ui.add_space(6.0);
    super::contact_events::departure(ui, ctx, account, contact);
    ui.add_space(8.0);
    if button(ui, "contact-export-data", "contact-export-data-tip").clicked() {
        ctx.state.export_request = Some(super::ExportRequest::Person(contact.id));
    }
    if button(ui, "contact-delete-contact", "contact-delete-contact-their").clicked() {
        ctx.send(Command::DeleteContact(account.id, contact.id));
    }
    super::contact_events::erase(ui, ctx, account, contact);
}

/// Business unit drop-down; `Some(new)` when changed.
#[expect(clippy::option_option, reason = "None: unchanged; Some(None): no unit; Some(Some(u)): unit u")]
fn unit_row(ui: &mut egui::Ui, account: &Account, current: Option<UnitId>) -> Option<Option<UnitId>> {
    let name = |u: Option<UnitId>| match u.and_then(|u| account.unit(u)) {
        Some(unit) => unit.name.clone(),
        None if u.is_some() => tr("contact-missing-unit-mark"),
        None => tr("contact-none"),
    };
    let options: Vec<Option<UnitId>> = std::iter::once(None).chain(account.units.iter().map(|u| Some(u.id))).collect();
    choice_row(ui, "map-business-unit", current, &options, name)
}
