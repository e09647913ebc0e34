//! The map's toolbar: layout, view, editing, analysis, filters and search.

use super::filters::filter_menu;
use super::{MapView, interact};
use crate::app::actions::Action;
use crate::app::views::{ExportRequest, ViewCtx};
use crate::command::Command;
use crate::i18n::tr;
use crate::layout::Point;
use crate::model::{Account, MapLayout, Member, PersonRef, TeamAssignment, TeamRole};

pub fn toolbar(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.horizontal_wrapped(|ui| {
        layout_buttons(view, ui, ctx, account);
        ui.separator();
        edit_buttons(view, ui, ctx, account);
        ui.separator();
        if toggle(ui, view.show.coverage, &tr("map-coverage"), &tr("map-flag-key-people")).clicked() {
            view.show.coverage = !view.show.coverage;
        }
        if action_toggle(ui, view.show.legend, Action::Legend).clicked() {
            view.show.legend = !view.show.legend;
        }
        if action_toggle(ui, view.show.opinions, Action::Opinions).clicked() {
            view.show.opinions = !view.show.opinions;
        }
        if action_toggle(ui, view.show.filters.key_only, Action::KeyPeople).clicked() {
            view.show.filters.key_only = !view.show.filters.key_only;
        }
        if action_toggle(ui, false, Action::Timeline).clicked() {
            view.toggle_timeline();
        }
        // The same width either way, so the toolbar never re-wraps as filters change.
        let mark = if view.show.filters.is_active() { "•" } else { "·" };
        let filters = format!("{} {mark}", tr("map-filters"));
        ui.menu_button(filters, |ui| {
            filter_menu(ui, &mut view.show.filters, ctx.project, account);
        })
        .response
        .on_hover_text(tr("map-show-only-some"));
        export_menu(ui, ctx);
        search(view, ui, ctx, account);
    });
}

/// A button that stays on or off: framed either way (so it reads as a
/// button when off), filled when on.
fn toggle(ui: &mut egui::Ui, on: bool, label: &str, tip: &str) -> egui::Response {
    ui.add(egui::Button::new(label).selected(on).frame(true)).on_hover_text(tip)
}

/// A toggle for a registered action: its label, and its tooltip with its keys.
fn action_toggle(ui: &mut egui::Ui, on: bool, action: Action) -> egui::Response {
    let tip = action.hover_text(ui.ctx());
    ui.add(egui::Button::new(action.label()).selected(on).frame(true)).on_hover_text(tip)
}

/// Export the map as seen, for slides and minutes.
fn export_menu(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    ui.menu_button(tr("file-export"), |ui| {
        let c = ui.ctx().clone();
        let keys = |a: Action| c.format_shortcut(&a.shortcuts()[0]);
        let png = ui.add(egui::Button::new(tr("map-png-picture")).shortcut_text(keys(Action::ExportMapPng)));
        if png.on_hover_text(tr("map-map-see-twice")).clicked() {
            ctx.state.export_request = Some(ExportRequest::MapPng);
            ui.close();
        }
        let svg = ui.add(egui::Button::new(tr("map-svg-drawing")).shortcut_text(keys(Action::ExportMapSvg)));
        if svg.on_hover_text(tr("map-map-see-vector")).clicked() {
            ctx.state.export_request = Some(ExportRequest::MapSvg);
            ui.close();
        }
    })
    .response
    .on_hover_text(tr("map-save-map-see"));
}

fn layout_buttons(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    for (layout, tip) in [(MapLayout::Force, "map-force-layout-tip"), (MapLayout::Board, "map-board-layout-tip")] {
        let tip = format!("{}\n{}", tr(tip), Action::Layout.hover_text(ui.ctx()));
        if toggle(ui, account.map.layout == layout, &layout.label(), &tip).clicked() && account.map.layout != layout {
            ctx.send(Command::SetMapLayout(account.id, layout));
        }
    }
    let moved = account.map.layout == MapLayout::Force && !account.map.positions.is_empty();
    if ui.add_enabled(moved, egui::Button::new(tr("map-re-layout"))).on_hover_text(tr("map-lay-out-everyone")).clicked()
    {
        view.relayout(ctx, account);
    }
    // Always there (greyed out when nothing is open), so the toolbar keeps its shape.
    let open = account.map.layout == MapLayout::Board && view.has_open_squares();
    let fold = ui.add_enabled(open, egui::Button::new(tr("map-fold-squares")));
    if fold.on_hover_text(tr("map-show-crowded-squares")).clicked() {
        view.fold_all(ctx.project, account);
    }
    let rect = view.viewport.rect;
    if ui.button(Action::Fit.label()).on_hover_text(Action::Fit.hover_text(ui.ctx())).clicked() {
        view.viewport.fit_pending = true;
    }
    if ui.button(" - ").on_hover_text(Action::ZoomOut.hover_text(ui.ctx())).clicked() {
        view.viewport.cam.zoom_by(rect, 0.8, None);
        view.viewport.untouched = false;
    }
    if ui.button(" + ").on_hover_text(Action::ZoomIn.hover_text(ui.ctx())).clicked() {
        view.viewport.cam.zoom_by(rect, 1.25, None);
        view.viewport.untouched = false;
    }
}

fn edit_buttons(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    if ui.button(tr("map-add-contact")).on_hover_text(tr("map-add-person-client")).clicked() {
        let at = free_spot(view);
        interact::add_contact_at(view, ctx, account, at);
    }
    ui.menu_button(tr("map-add-team-member"), |ui| {
        let on_map = crate::analysis::team_on_map(ctx.project, account);
        for m in ctx.project.members.iter().filter(|m| !on_map.contains(&m.id)) {
            if ui.button(&m.name).on_hover_text(&m.title).clicked() {
                add_member(view, ctx, account, m, false);
                ui.close();
            }
        }
        ui.separator();
        if ui.button(tr("map-new-person-our")).clicked() {
            let id = ctx.new_ids().member();
            let m = Member {
                id,
                name: tr("map-new-team-member"),
                title: String::new(),
                email: String::new(),
                skills: String::new(),
            };
            add_member(view, ctx, account, &m, true);
            ui.close();
        }
    })
    .response
    .on_hover_text(tr("map-put-our-people"));
    // The label never changes (the map says what to click next), so the
    // toolbar keeps its shape under the mouse.
    if action_toggle(ui, view.interaction.connect_mode, Action::Connect).clicked() {
        view.interaction.connect_mode = !view.interaction.connect_mode;
        view.interaction.connect_from = None;
    }
    let any = !ctx.state.selection.is_empty();
    if ui
        .add_enabled(any, egui::Button::new(Action::Delete.label()))
        .on_hover_text(Action::Delete.hover_text(ui.ctx()))
        .clicked()
    {
        interact::delete_selection(ctx, account);
    }
}

/// Somewhere near the middle of the map that nobody occupies.
fn free_spot(view: &MapView) -> Point {
    let n = view.motion.shown.len().max(1) as f32;
    let (sx, sy) = view.motion.shown.values().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    let mut at = Point::new(sx / n, sy / n);
    let mut turn = 0.0f32;
    while view.motion.shown.values().any(|p| p.distance(at) < 120.0) && turn < 60.0 {
        turn += 1.0;
        at = Point::new(sx / n + turn.cos() * turn * 40.0, sy / n + turn.sin() * turn * 40.0);
    }
    at
}

fn add_member(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account, member: &Member, new: bool) {
    let at = free_spot(view);
    let person = PersonRef::Member(member.id);
    let mut team = account.team.clone();
    team.push(TeamAssignment { member: member.id, role: TeamRole::Sales });
    let mut steps = Vec::new();
    if new {
        steps.push(Command::PutMember(member.clone()));
    }
    steps.push(Command::SetTeam(account.id, team));
    // They appear where asked and walk to our team's row.
    ctx.send(Command::Batch("map-add-team-member".into(), steps));
    view.motion.shown.insert(person, at);
    ctx.state.selection.set_person(person);
}

fn search(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    let id = egui::Id::new("map_search");
    if ui.is_enabled() && Action::Find.pressed(ui.ctx()) {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let r = ui.add(
        egui::TextEdit::singleline(&mut view.interaction.search)
            .id(id)
            .hint_text(tr("map-find-person"))
            .desired_width(180.0),
    );
    let r = r.on_hover_text(Action::Find.hover_text(ui.ctx()));
    let needle = view.interaction.search.trim().to_lowercase();
    if needle.is_empty() {
        return;
    }
    let matches: Vec<(PersonRef, String)> = crate::analysis::people_on_map(ctx.project, account)
        .into_iter()
        .filter_map(|p| {
            let (name, title) = match p {
                PersonRef::Contact(c) => account.contact(c).map(|c| (c.name.clone(), c.title.clone()))?,
                PersonRef::Member(m) => ctx.project.member(m).map(|m| (m.name.clone(), m.title.clone()))?,
            };
            let hit = name.to_lowercase().contains(&needle) || title.to_lowercase().contains(&needle);
            hit.then(|| (p, format!("{name} — {title}")))
        })
        .take(8)
        .collect();
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let mut chosen = if enter { matches.first().map(|m| m.0) } else { None };
    if r.has_focus() || !matches.is_empty() {
        egui::Popup::from_response(&r).open(r.has_focus()).show(|ui| {
            if matches.is_empty() {
                ui.weak(tr("map-nobody-matches"));
            }
            for (p, text) in &matches {
                if ui.selectable_label(false, text).clicked() {
                    chosen = Some(*p);
                }
            }
        });
    }
    if let Some(p) = chosen {
        ctx.state.selection.set_person(p);
        view.viewport.centre_request = Some(p);
        view.interaction.search.clear();
    }
}
