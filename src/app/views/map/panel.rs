//! The map's side panel: the selection's editor, analysis results and the
//! list of people.

use super::{MapView, forms};
use crate::analysis::path::warm_path;
use crate::app::theme;
use crate::app::views::ViewCtx;
use crate::app::views::contact_form::contact_form;
use crate::i18n::tr;
use crate::model::{Account, PersonRef};
use crate::t;

pub fn side_panel(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.heading(&account.name);
    ui.label(t!("map-contacts-and-lines", contacts = account.contacts.len(), lines = account.relationships.len()));
    if !ctx.problems.is_empty() {
        let text = format!("! {}", t!("map-problems-in-project", problems = ctx.problems.len()));
        if ui
            .link(egui::RichText::new(text).color(theme::WARNING))
            .on_hover_text(tr("map-show-problems-panel"))
            .clicked()
        {
            ctx.state.show_problems = true;
        }
    }
    ui.separator();
    if view.derived.findings.path_target.is_some() {
        path_section(view, ui, ctx, account);
        ui.separator();
    }
    if view.show.coverage {
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
        ui.label(t!("map-people-selected", people = extra + 1));
    }
    match ctx.state.selection.person() {
        Some(PersonRef::Contact(id)) => {
            if let Some(contact) = account.contact(id) {
                ui.heading(&contact.name);
                if ui.button(tr("map-how-do-we")).on_hover_text(tr("map-light-up-warmest")).clicked() {
                    view.derived.findings.path_target = Some(PersonRef::Contact(id));
                    view.derived.findings.path = warm_path(ctx.project, account, PersonRef::Contact(id));
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
                ui.weak(tr("map-their-contacts-lit"));
                pin_line(ui, ctx, account, PersonRef::Member(m));
                forms::member_form(ui, ctx, account, member);
            }
            relationship_list(ui, ctx, account, PersonRef::Member(m));
        }
        None => {
            ui.weak(tr("map-click-person-line"));
        }
    }
}

/// "Pinned here" with a way to let the layout move them again.
fn pin_line(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef) {
    let Some(pos) = account.map.positions.get(&person).filter(|p| p.pinned) else { return };
    ui.horizontal(|ui| {
        ui.weak(tr("map-pinned-where-put"));
        if ui.small_button(tr("map-unpin")).on_hover_text(tr("map-let-re-layout")).clicked() {
            let free = crate::model::MapPos { pinned: false, ..*pos };
            ctx.send(crate::command::Command::SetPositions(account.id, vec![(person, Some(free))]));
        }
    });
}

fn coverage_line(view: &MapView, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, id: crate::model::ContactId) {
    let Some(cov) = view.derived.findings.coverage.contacts.get(&id) else { return };
    let who: Vec<String> = cov
        .members
        .iter()
        .map(|(m, s)| format!("{} ({s}/5)", ctx.project.member(*m).map_or_else(|| m.to_string(), |m| m.name.clone())))
        .collect();
    let text =
        if who.is_empty() { tr("map-nobody-our-team-knows") } else { t!("map-covered-by", members = who.join(", ")) };
    let colour =
        if view.derived.findings.coverage.is_uncovered_key(id) { theme::ERROR } else { ui.visuals().text_color() };
    ui.colored_label(colour, text);
}

fn path_section(view: &mut MapView, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, account: &Account) {
    let Some(target) = view.derived.findings.path_target else { return };
    ui.strong(t!("map-how-we-reach-person", name = ctx.project.person_name(account, target)));
    match &view.derived.findings.path {
        Some(path) => {
            for (i, p) in path.people.iter().enumerate() {
                let line =
                    path.lines.get(i.wrapping_sub(1)).and_then(|l| crate::model::ids::find(&account.relationships, *l));
                let via = line.map_or(String::new(), |l| format!("  ({}, {}/5)", l.kind.label(), l.strength));
                ui.label(format!("{}. {}{via}", i + 1, ctx.project.person_name(account, *p)));
            }
        }
        None => match target {
            PersonRef::Contact(c) if account.contact(c).is_some_and(crate::model::Contact::is_vacant) => {
                let seat = account.contact(c).map(crate::analysis::departures::vacancy_text).unwrap_or_default();
                ui.colored_label(theme::WARNING, seat);
            }
            _ => {
                ui.colored_label(theme::ERROR, tr("map-warm-path-nobody"));
            }
        },
    }
    if ui.button(tr("map-clear-path")).on_hover_text(tr("map-stop-highlighting-path")).clicked() {
        view.derived.findings.path_target = None;
        view.derived.findings.path = None;
    }
}

/// Key seats left vacant, each a link to the seat on the map.
fn vacancies(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    let seats = crate::analysis::departures::vacancies(account);
    if seats.is_empty() {
        return;
    }
    ui.label(t!("map-vacant-key-count", seats = seats.len())).on_hover_text(tr("map-vacant-tip"));
    for c in seats {
        let text = crate::analysis::departures::vacancy_text(c);
        if ui.link(egui::RichText::new(format!("! {text}")).color(theme::ERROR)).on_hover_text(&c.name).clicked() {
            select(ctx, PersonRef::Contact(c.id));
        }
    }
}

fn coverage_section(view: &MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("map-coverage"));
    let name = |id| account.contact(id).map_or_else(|| format!("{id}"), |c| format!("{} — {}", c.name, c.title));
    ui.label(t!("map-uncovered-key-count", people = view.derived.findings.coverage.uncovered_key.len()))
        .on_hover_text(tr("map-kings-queens-rooks"));
    let strength = crate::analysis::coverage::KEY_COVERAGE_STRENGTH;
    ui.weak(t!("map-coverage-rule", strength = strength));
    for id in view.derived.findings.coverage.uncovered_key.clone() {
        if ui.link(egui::RichText::new(format!("! {}", name(id))).color(theme::ERROR)).clicked() {
            select(ctx, PersonRef::Contact(id));
        }
    }
    vacancies(ui, ctx, account);
    ui.label(t!("map-single-threaded-count", people = view.derived.findings.coverage.single_threaded.len()))
        .on_hover_text(tr("map-contacts-only-our"));
    ui.weak(tr("map-known-us-only"));
    for id in view.derived.findings.coverage.single_threaded.clone() {
        if ui.link(format!("·1 {}", name(id))).clicked() {
            select(ctx, PersonRef::Contact(id));
        }
    }
    let cooling = crate::analysis::cooling::cooling(account, ctx.state.today.0);
    ui.label(t!("map-cooling-count", people = cooling.len())).on_hover_text(tr("map-cooling-tip"));
    ui.weak(t!("map-cooling-rule", days = crate::analysis::cooling::rhythm(account)));
    for c in cooling {
        let (colour, tip) = match c.warmth {
            crate::analysis::cooling::Warmth::Cold => (theme::ERROR, "map-cold-tip"),
            _ => (theme::WARNING, "map-cooling-tip"),
        };
        let text = format!("{} ({} d)", name(c.contact), c.days);
        if ui.link(egui::RichText::new(text).color(colour)).on_hover_text(tr(tip)).clicked() {
            select(ctx, PersonRef::Contact(c.contact));
        }
    }
}

fn select(ctx: &mut ViewCtx<'_>, p: PersonRef) {
    ctx.state.selection.set_person(p);
}

fn relationship_list(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef) {
    ui.add_space(theme::SECTION_GAP);
    ui.strong(tr("map-relationships-2"));
    let lines: Vec<_> = account.relationships_of(person).cloned().collect();
    if lines.is_empty() {
        ui.weak(tr("map-relationships-yet-press"));
    }
    for r in lines {
        let other = crate::analysis::other_end(&r, person);
        let arrow = if r.from == person { "->" } else { "<-" };
        let text =
            format!("{arrow} {} · {} · {}/5", ctx.project.person_name(account, other), r.kind.label(), r.strength);
        // Cut short at the panel's edge (whole on hover): a long name never
        // widens the panel and moves the map and toolbar beside it.
        let tip = format!("{text}\n{}", tr("map-edit-relationship"));
        if ui.add(egui::Button::selectable(false, text).truncate()).on_hover_text(tip).clicked() {
            ctx.state.selection.set_line(r.id);
        }
    }
}

fn people_list(view: &MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("map-people-2"));
    // What the letter before a name and the "!" after it mean, said once.
    let marks = if view.derived.findings.coverage.uncovered_key.is_empty()
        && view.derived.findings.coverage.vacant_key.is_empty()
    {
        "map-people-letters"
    } else {
        "map-people-marks"
    };
    ui.add(egui::Label::new(egui::RichText::new(tr(marks)).weak()).wrap());
    let contacts = account.contacts.iter().map(|c| {
        let mut text = format!("{} {} — {}", theme::piece_letter(c.piece), c.name, c.title);
        if c.is_vacant() {
            let seat = crate::analysis::departures::vacancy_text(c);
            text = format!("{} {seat} — {}", theme::piece_letter(c.piece), t!("map-vacant-was", name = &c.name));
        } else if c.has_left {
            text = t!("map-person-left", person = text);
        }
        if view.derived.findings.coverage.is_uncovered_key(c.id) {
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
    let r = ui.add(egui::Button::selectable(selected, text).truncate());
    ui.data_mut(|d| d.insert_temp(height_id, r.rect.height()));
    r.clicked()
}
