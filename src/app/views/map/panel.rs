//! The map's side panel: the selection's editor, analysis results and the
//! list of people.

use super::{MapView, forms};
use crate::analysis::path::warm_path;
use crate::app::theme;
use crate::app::views::ViewCtx;
use crate::app::views::contact_form::contact_form;
use crate::i18n::tr;
use crate::model::{Account, PersonRef};

pub fn side_panel(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.heading(&account.name);
    ui.label(format!(
        "{} {} · {} {}",
        account.contacts.len(),
        tr("contacts"),
        account.relationships.len(),
        tr("relationships")
    ));
    if !ctx.problems.is_empty() {
        let text = format!("! {} {}", ctx.problems.len(), tr("problems in the project"));
        if ui
            .link(egui::RichText::new(text).color(theme::WARNING))
            .on_hover_text(tr("Show the problems panel"))
            .clicked()
        {
            ctx.state.show_problems = true;
        }
    }
    ui.separator();
    if view.findings.path_target.is_some() {
        path_section(view, ui, ctx, account);
        ui.separator();
    }
    if view.show_coverage {
        coverage_section(view, ui, ctx, account);
        ui.separator();
    }
    selection_section(view, ui, ctx, account);
    ui.separator();
    people_list(view, ui, ctx, account);
}

fn selection_section(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    if let Some(line) = ctx.state.selection.line() {
        forms::line_form(ui, ctx, account, line);
        return;
    }
    let extra = ctx.state.selection.also().len();
    if extra > 0 {
        ui.label(format!("{} {}", extra + 1, tr("people selected: drag one to move them all, Delete removes them")));
    }
    match ctx.state.selection.person() {
        Some(PersonRef::Contact(id)) => {
            if let Some(contact) = account.contact(id) {
                ui.heading(&contact.name);
                if ui
                    .button(tr("How do we reach them?"))
                    .on_hover_text(tr("Light up the warmest path from our team to this person"))
                    .clicked()
                {
                    view.findings.path_target = Some(PersonRef::Contact(id));
                    view.findings.path = warm_path(ctx.project, account, PersonRef::Contact(id));
                }
                coverage_line(view, ui, ctx, id);
                pin_line(ui, ctx, account, PersonRef::Contact(id));
                contact_form(ui, ctx, account, contact);
                relationship_list(ui, ctx, account, PersonRef::Contact(id));
            }
        }
        Some(PersonRef::Member(m)) => {
            if let Some(member) = ctx.project.member(m) {
                ui.heading(&member.name);
                ui.weak(tr("Their contacts are lit on the map."));
                pin_line(ui, ctx, account, PersonRef::Member(m));
                forms::member_form(ui, ctx, account, member);
            }
            relationship_list(ui, ctx, account, PersonRef::Member(m));
        }
        None => {
            ui.weak(tr("Click a person or a line to edit it. Double-click the empty map to add a contact."));
        }
    }
}

/// "Pinned here" with a way to let the layout move them again.
fn pin_line(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef) {
    let Some(pos) = account.map.positions.get(&person).filter(|p| p.pinned) else { return };
    ui.horizontal(|ui| {
        ui.weak(tr("Pinned where you put them."));
        if ui.small_button(tr("Unpin")).on_hover_text(tr("Let Re-layout move them again")).clicked() {
            let free = crate::model::MapPos { pinned: false, ..*pos };
            ctx.send(crate::command::Command::SetPositions(account.id, vec![(person, Some(free))]));
        }
    });
}

fn coverage_line(view: &MapView, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, id: crate::model::ContactId) {
    let Some(cov) = view.findings.coverage.contacts.get(&id) else { return };
    let who: Vec<String> = cov
        .members
        .iter()
        .map(|(m, s)| format!("{} ({s}/5)", ctx.project.member(*m).map_or_else(|| m.to_string(), |m| m.name.clone())))
        .collect();
    let text = if who.is_empty() {
        tr("Nobody on our team knows them.")
    } else {
        format!("{}: {}", tr("Covered by"), who.join(", "))
    };
    let colour = if view.findings.coverage.is_uncovered_key(id) { theme::ERROR } else { ui.visuals().text_color() };
    ui.colored_label(colour, text);
}

fn path_section(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    let Some(target) = view.findings.path_target else { return };
    ui.strong(format!("{} {}", tr("How we reach"), ctx.project.person_name(account, target)));
    match &view.findings.path {
        Some(path) => {
            for (i, p) in path.people.iter().enumerate() {
                let line =
                    path.lines.get(i.wrapping_sub(1)).and_then(|l| crate::model::ids::find(&account.relationships, *l));
                let via = line.map_or(String::new(), |l| format!("  ({}, {}/5)", tr(l.kind.label()), l.strength));
                ui.label(format!("{}. {}{via}", i + 1, ctx.project.person_name(account, *p)));
            }
        }
        None => {
            ui.colored_label(
                theme::ERROR,
                tr("No warm path: nobody on our team is connected to them, even through others."),
            );
        }
    }
    if ui.button(tr("Clear path")).on_hover_text(tr("Stop highlighting the path (Esc)")).clicked() {
        view.findings.path_target = None;
        view.findings.path = None;
    }
}

fn coverage_section(view: &MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("Coverage"));
    let name = |id| account.contact(id).map_or_else(|| format!("{id}"), |c| format!("{} — {}", c.name, c.title));
    ui.label(format!("{} ({})", tr("Key people nobody covers"), view.findings.coverage.uncovered_key.len()))
        .on_hover_text(tr("Kings, Queens and Rooks with no relationship of strength 3 or more from our team"));
    let strength = crate::analysis::coverage::KEY_COVERAGE_STRENGTH;
    ui.weak(format!(
        "{} {strength} {}",
        tr("A King, Queen or Rook is covered when one of us has a line of strength"),
        tr("or more to them.")
    ));
    for id in view.findings.coverage.uncovered_key.clone() {
        if ui.link(egui::RichText::new(format!("! {}", name(id))).color(theme::ERROR)).clicked() {
            select(ctx, PersonRef::Contact(id));
        }
    }
    ui.label(format!("{} ({})", tr("Single-threaded"), view.findings.coverage.single_threaded.len()))
        .on_hover_text(tr("Contacts only one of our people knows"));
    ui.weak(tr("Known by one of us only, at any strength: if that person leaves, we lose them. Someone can be on both lists: one weak line."));
    for id in view.findings.coverage.single_threaded.clone() {
        if ui.link(format!("·1 {}", name(id))).clicked() {
            select(ctx, PersonRef::Contact(id));
        }
    }
}

fn select(ctx: &mut ViewCtx<'_>, p: PersonRef) {
    ctx.state.selection.set_person(p);
}

fn relationship_list(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef) {
    ui.add_space(theme::SECTION_GAP);
    ui.strong(tr("Relationships"));
    let lines: Vec<_> = account.relationships_of(person).cloned().collect();
    if lines.is_empty() {
        ui.weak(tr("No relationships yet. Press C and click two people to connect them."));
    }
    for r in lines {
        let other = crate::analysis::other_end(&r, person);
        let arrow = if r.from == person { "->" } else { "<-" };
        let text =
            format!("{arrow} {} · {} · {}/5", ctx.project.person_name(account, other), tr(r.kind.label()), r.strength);
        if ui.selectable_label(false, text).on_hover_text(tr("Edit this relationship")).clicked() {
            ctx.state.selection.set_line(r.id);
        }
    }
}

fn people_list(view: &MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("People"));
    let contacts = account.contacts.iter().map(|c| {
        let mut text = format!("{} {} — {}", theme::piece_letter(c.piece), c.name, c.title);
        if c.has_left {
            text.push_str(&format!(" ({})", tr("left")));
        }
        if view.findings.coverage.is_uncovered_key(c.id) {
            text.push_str(" !");
        }
        (PersonRef::Contact(c.id), text)
    });
    let team = crate::analysis::team_on_map(ctx.project, account).into_iter().filter_map(|m| {
        let member = ctx.project.member(m)?;
        Some((PersonRef::Member(m), format!("■ {} — {}", member.name, member.title)))
    });
    for (me, text) in contacts.chain(team) {
        if person_row(ui, me, ctx.state.selection.person() == Some(me), text) {
            select(ctx, me);
        }
    }
}

/// One row of the people list. Rows scrolled out of sight only take their
/// space (as tall as they were when last drawn), so a list of thousands
/// stays cheap.
fn person_row(ui: &mut egui::Ui, me: PersonRef, selected: bool, text: String) -> bool {
    let height_id = egui::Id::new(("people row height", me));
    let known = ui.data(|d| d.get_temp::<f32>(height_id));
    if let Some(h) = known {
        let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(ui.available_width(), h));
        if !ui.is_rect_visible(rect) {
            ui.add_space(h + ui.spacing().item_spacing.y);
            return false;
        }
    }
    let r = ui.selectable_label(selected, text);
    ui.data_mut(|d| d.insert_temp(height_id, r.rect.height()));
    r.clicked()
}
