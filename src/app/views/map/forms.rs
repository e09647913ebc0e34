//! Side-panel editors for one of our people and for a relationship line.

use crate::app::views::ViewCtx;
use crate::app::views::widgets::{button, choice_row, multiline_row, scale_row, text_row};
use crate::command::Command;
use crate::i18n::tr;
use crate::model::ids::find;
use crate::model::{Account, Member, RelKind, Relationship, RelationshipId, TeamRole};
use crate::t;
use chrono::NaiveDate;

/// Editor for one of our people and their role on this account.
pub fn member_form(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, member: &Member) {
    ui.label(t!("map-our-team-of", company = &ctx.project.our_company));
    let mut next = member.clone();
    let mut field = None;
    egui::Grid::new(("member_form", member.id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        if let Some(v) = text_row(ui, "scoring-name", &member.name) {
            next.name = v;
            field = Some("name");
        }
        if let Some(v) = text_row(ui, "contact-title", &member.title) {
            next.title = v;
            field = Some("title");
        }
        if let Some(v) = text_row(ui, "contact-email", &member.email) {
            next.email = v;
            field = Some("email");
        }
        if let Some(v) = multiline_row(ui, "map-skills", &member.skills, 2) {
            next.skills = v;
            field = Some("skills");
        }
        let seat = account.team.iter().find(|t| t.member == member.id).map(|t| t.role);
        let roles: Vec<Option<TeamRole>> =
            std::iter::once(None).chain(TeamRole::ALL.iter().copied().map(Some)).collect();
        let text = |r: Option<TeamRole>| r.map_or_else(|| tr("map-account-team"), |r| r.label());
        if let Some(role) = choice_row(ui, "map-role-account", seat, &roles, text) {
            ctx.send(Command::SetTeam(account.id, account.team_with_role(member.id, role)));
        }
    });
    if let Some(field) = field {
        ctx.send_merging(Command::PutMember(next), format!("member:{}:{field}", member.id.0));
    }
    ui.add_space(8.0);
    if button(ui, "map-remove-account", "map-take-them-off").clicked() {
        ctx.send(Command::RemoveFromAccount(account.id, member.id));
        ctx.state.selection.clear();
    }
}

/// Editor for a relationship line (every field).
pub fn line_form(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, id: RelationshipId) {
    let today = ctx.state.today.0;
    let Some(line) = find(&account.relationships, id) else { return };
    ui.heading(tr("map-relationship"));
    ui.label(format!(
        "{} -> {}",
        ctx.project.person_name(account, line.from),
        ctx.project.person_name(account, line.to)
    ));
    let mut next: Relationship = line.clone();
    let mut field = None;
    egui::Grid::new(("line_form", id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        if let Some(v) = choice_row(ui, "plan-kind", line.kind, RelKind::ALL, |k| k.label()) {
            next.kind = v;
            field = Some("kind");
        }
        if let Some(v) = scale_row(ui, "map-strength", line.strength, "map-1-weak-5") {
            next.strength = v;
            field = Some("strength");
        }
        if let Some(v) = date_row(ui, line.last_contact, today) {
            next.last_contact = v;
            field = Some("date");
        }
        if let Some(v) = multiline_row(ui, "map-note", &line.note, 2) {
            next.note = v;
            field = Some("note");
        }
    });
    if let Some(field) = field {
        ctx.send_merging(
            Command::PutRelationship(account.id, next.clone()),
            format!("line:{}:{}:{field}", account.id.0, id.0),
        );
    }
    ui.horizontal(|ui| {
        if button(ui, "map-swap-direction", "map-turn-line-round").clicked() {
            let swapped = Relationship { from: line.to, to: line.from, ..line.clone() };
            ctx.send(Command::PutRelationship(account.id, swapped));
        }
        if button(ui, "map-delete-relationship", "map-delete-line-undo").clicked() {
            ctx.send(Command::DeleteRelationship(account.id, id));
            ctx.state.selection.clear();
        }
    });
}

/// Last-contact date: typed as the language writes it (ISO always read), or set to today; a bad date is
/// named and not applied.
#[expect(clippy::option_option, reason = "None: unchanged; Some(None): cleared; Some(Some(d)): date d")]
fn date_row(ui: &mut egui::Ui, current: Option<NaiveDate>, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let l = ui.label(tr("map-last-contact"));
    let id = ui.make_persistent_id("last_contact_text");
    let shown = current.map(crate::i18n::numbers::date).unwrap_or_default();
    let mut text: String = ui
        .data(|d| d.get_temp::<(Option<NaiveDate>, String)>(id))
        .filter(|(for_value, _)| *for_value == current)
        .map_or(shown, |(_, t)| t);
    let mut out = None;
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .hint_text(crate::i18n::numbers::date_hint())
                        .desired_width(110.0),
                )
                .labelled_by(l.id);
            if r.changed() {
                let t = text.trim();
                if t.is_empty() {
                    out = Some(None);
                } else if let Some(d) = crate::i18n::numbers::parse_date(t) {
                    out = Some(Some(d));
                }
            }
            if ui.small_button(tr("map-today")).on_hover_text(tr("map-met-today")).clicked() {
                out = Some(Some(today));
                text = crate::i18n::numbers::date(today);
            }
        });
        let t = text.trim();
        if !t.is_empty() && crate::i18n::numbers::parse_date(t).is_none() {
            ui.colored_label(crate::app::theme::ERROR, crate::i18n::numbers::not_a_date());
        }
    });
    let key_value = out.unwrap_or(current);
    ui.data_mut(|d| d.insert_temp(id, (key_value, text)));
    ui.end_row();
    out
}
