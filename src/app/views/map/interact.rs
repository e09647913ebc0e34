//! What the user does on the map: clicks, drags, double-clicks and keys,
//! turned into selection changes and commands.

use super::graph::{Built, Emphasis};
use super::{MapView, canvas};
use crate::app::actions::Action;
use crate::app::views::{UiState, ViewCtx};
use crate::command::Command;
use crate::i18n::tr;
use crate::layout::Point;
use crate::model::{Account, Contact, MapLayout, MapPos, PersonRef, Relationship, RelationshipId};
use egui::{Key, Vec2};
use std::collections::BTreeMap;

/// Writes positions, emphasis and the line selection into the drawn map.
pub fn sync(
    built: &mut Built,
    shown: &BTreeMap<PersonRef, Point>,
    state: &UiState,
    connect_from: Option<PersonRef>,
    people: &BTreeMap<PersonRef, Emphasis>,
    lines: &BTreeMap<RelationshipId, Emphasis>,
) {
    for p in &mut built.people {
        let person = p.data.person;
        if let Some(at) = shown.get(&person) {
            p.at = *at;
        }
        p.data.emphasis = people.get(&person).copied().unwrap_or_default();
        p.data.connect_source = connect_from == Some(person);
    }
    for l in &mut built.lines {
        l.data.emphasis = lines.get(&l.data.id).copied().unwrap_or_default();
        l.data.selected = state.selection.line() == Some(l.data.id);
    }
}

/// What a press on the map turned into once it moved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Press {
    /// Dragging people: the map point under the pointer when it went down.
    Person { grabbed: Point },
    /// Panning: the pan when the pointer went down.
    Pan { from: Vec2 },
}

/// Handles what happened on the map's canvas this frame.
pub fn handle(view: &mut MapView, ui: &egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, r: &egui::Response) {
    let rect = view.viewport.rect;
    let cam = view.viewport.cam;
    let quick = quick_press(view, ui);
    let Some(built) = &view.derived.built else { return };
    let additive = ui.input(|i| i.modifiers.command || i.modifiers.shift);
    let pointer = r.interact_pointer_pos().or_else(|| r.hover_pos());
    let person = pointer.and_then(|p| canvas::person_at(built, &cam, rect, p));
    let line = if person.is_none() { pointer.and_then(|p| canvas::line_at(built, &cam, rect, p)) } else { None };
    let origin = ui.input(|i| i.pointer.press_origin());
    let grabbed_person = origin.filter(|_| r.drag_started()).and_then(|o| canvas::person_at(built, &cam, rect, o));
    // A press and its release that arrive together (a quick drag on a busy
    // frame) are a drag egui does not report: done here, whole.
    let quick = quick.map(|(from, to)| (from, to, canvas::person_at(built, &cam, rect, from)));
    let dragging_allowed = view.derived.layout == MapLayout::Force
        && !view.interaction.connect_mode
        && !view.show.presenting
        && !view.on_timeline();
    if r.drag_started() {
        view.viewport.press = match (grabbed_person, origin) {
            (Some(p), Some(origin)) if dragging_allowed => {
                start_drag(view, ctx.state, p);
                select_for_drag(ctx.state, p);
                Some(Press::Person { grabbed: cam.to_map(rect, origin) })
            }
            _ => Some(Press::Pan { from: cam.pan }),
        };
    }
    if r.dragged()
        && let Some(pointer) = r.interact_pointer_pos()
    {
        match view.viewport.press {
            Some(Press::Person { grabbed }) => {
                let now = view.viewport.cam.to_map(rect, pointer);
                move_group(view, Vec2::new(now.x - grabbed.x, now.y - grabbed.y));
            }
            Some(Press::Pan { from }) => view.viewport.cam.pan = from + (pointer - origin.unwrap_or(pointer)),
            None => {}
        }
    }
    if r.drag_stopped() {
        if let Some(Press::Person { .. }) = view.viewport.press {
            end_drag(view, ctx, account);
        }
        view.viewport.press = None;
    }
    if let Some((from, to, grabbed)) = quick
        && !(r.drag_started() || r.dragged() || r.drag_stopped())
    {
        quick_drag(view, ctx, account, (from, to), grabbed.filter(|_| dragging_allowed));
    }
    if r.double_clicked() && person.is_none() && line.is_none() && !view.on_timeline() {
        if let Some(pos) = pointer {
            let at = view.viewport.cam.to_map(rect, pos);
            add_contact_at(view, ctx, account, at);
        }
    } else if r.clicked()
        && person.is_none()
        && let Some(unit) = pointer.and_then(|p| {
            let at = view.viewport.cam.to_map(rect, p);
            view.derived
                .built
                .as_ref()?
                .collapsed_at(at, view.viewport.cam.zoom, &|c| super::motion::centroid(&view.motion.shown, &c.people))
        })
    {
        view.expand_unit(unit);
    } else if r.clicked()
        && person.is_none()
        && view.derived.layout == MapLayout::Board
        && let Some(square) = pointer
            .and_then(|p| view.derived.board.as_ref()?.folded_at(view.viewport.cam.to_map(rect, p)).map(|f| f.square))
    {
        view.toggle_square(square, ctx.project, account);
    } else if r.clicked() {
        match (person, line) {
            (Some(p), _) => click_person(view, ctx, account, p, additive),
            (None, Some(l)) if !view.interaction.connect_mode => {
                ctx.state.selection.set_line(l);
            }
            _ => {
                view.interaction.connect_from = None;
                ctx.state.selection.clear();
            }
        }
    }
    if r.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        if zoom != 1.0 {
            view.viewport.cam.zoom_by(rect, zoom, r.hover_pos());
        } else if scroll != Vec2::ZERO {
            view.viewport.cam.pan_by(scroll);
        }
    }
}

/// A drag of someone not selected selects just them.
fn select_for_drag(state: &mut UiState, p: PersonRef) {
    if !state.selection.contains(p) {
        state.selection.set_person(p);
    }
}

fn click_person(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef, additive: bool) {
    if view.interaction.connect_mode {
        match view.interaction.connect_from {
            None => view.interaction.connect_from = Some(person),
            Some(from) if from == person => view.interaction.connect_from = None,
            Some(from) => {
                connect(ctx, account, from, person);
                view.interaction.connect_from = None;
                // One line and done, so the next click selects again; with
                // Shift held, keep drawing lines.
                view.interaction.connect_mode = additive;
            }
        }
        return;
    }
    if additive && ctx.state.selection.person().is_some() {
        ctx.state.selection.toggle(person);
    } else {
        ctx.state.selection.set_person(person);
    }
}

/// A new "knows / works with" line of middle strength, selected for editing.
fn connect(ctx: &mut ViewCtx<'_>, account: &Account, from: PersonRef, to: PersonRef) {
    let id = ctx.new_ids().line(account.id);
    let line = Relationship::new_line(id, from, to, ctx.state.today.0);
    ctx.send(Command::PutRelationship(account.id, line));
    ctx.state.selection.set_line(id);
}

fn group(state: &UiState, person: PersonRef) -> Vec<PersonRef> {
    if state.selection.contains(person) { state.selection.people().collect() } else { vec![person] }
}

/// A press on the map (remembered across frames) and, once it is let go
/// far enough away, where from and where to. egui reports such a drag
/// only when a frame sees the button down and moved; a quick one can
/// arrive, press to release, between two frames.
fn quick_press(view: &mut MapView, ui: &egui::Ui) -> Option<(egui::Pos2, egui::Pos2)> {
    let (pressed, released) = ui.input(|i| {
        let (mut pressed, mut released) = (None, None);
        for e in &i.events {
            if let egui::Event::PointerButton { pos, button: egui::PointerButton::Primary, pressed: down, .. } = e {
                if *down {
                    pressed = Some(*pos);
                } else {
                    released = Some(*pos);
                }
            }
        }
        (pressed, released)
    });
    if let Some(p) = pressed.filter(|p| view.viewport.rect.contains(*p)) {
        view.viewport.quick_from = Some(p);
    }
    let to = released?;
    let from = view.viewport.quick_from.take()?;
    (from.distance(to) > ui.style().interaction.interact_radius.max(6.0)).then_some((from, to))
}

/// Does a drag that arrived whole: moves who was grabbed (one undo step),
/// or pans the map.
fn quick_drag(
    view: &mut MapView,
    ctx: &mut ViewCtx<'_>,
    account: &Account,
    (from, to): (egui::Pos2, egui::Pos2),
    grabbed: Option<PersonRef>,
) {
    let (cam, rect) = (view.viewport.cam, view.viewport.rect);
    match grabbed {
        Some(p) => {
            start_drag(view, ctx.state, p);
            select_for_drag(ctx.state, p);
            let (a, b) = (cam.to_map(rect, from), cam.to_map(rect, to));
            move_group(view, Vec2::new(b.x - a.x, b.y - a.y));
            end_drag(view, ctx, account);
        }
        None => view.viewport.cam.pan += to - from,
    }
}

/// Notes where the people about to move start from: the selection when
/// the grabbed person is in it, else just them.
fn start_drag(view: &mut MapView, state: &UiState, person: PersonRef) {
    let origin =
        group(state, person).into_iter().filter_map(|p| view.motion.shown.get(&p).map(|pt| (p, *pt))).collect();
    view.motion.drag_origin = Some(origin);
}

/// Puts the dragged people `offset` (map units) from where they started.
fn move_group(view: &mut MapView, offset: Vec2) {
    let Some(origin) = &view.motion.drag_origin else { return };
    for (p, from) in origin {
        let at = Point::new(from.x + offset.x, from.y + offset.y);
        view.motion.shown.insert(*p, at);
        view.motion.target.insert(*p, at);
    }
    // Someone dragged by hand is no longer moved by the layout.
    view.motion.running = None;
}

/// Saves where the dragged people were put, pinned, as one undo step.
/// A plain click also reports a zero-length drag: that is not a move.
fn end_drag(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account) {
    let Some(origin) = view.motion.drag_origin.take() else { return };
    let changes: Vec<(PersonRef, Option<MapPos>)> = origin
        .iter()
        .filter_map(|(p, from)| {
            let to = view.motion.shown.get(p)?;
            (to.distance(*from) > 0.5).then(|| (*p, Some(MapPos { x: to.x.round(), y: to.y.round(), pinned: true })))
        })
        .collect();
    if !changes.is_empty() {
        ctx.send(Command::SetPositions(account.id, changes));
    }
}

/// Adds a contact at a map point (double-click on empty canvas, or the button).
pub fn add_contact_at(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account, at: Point) {
    let id = ctx.new_ids().contact(account.id);
    let person = PersonRef::Contact(id);
    let contact = Contact::new(id, tr("map-new-contact"));
    // Pinned where it was made, until it is given a unit (then it goes to the unit's place).
    let pos = MapPos { x: at.x.round(), y: at.y.round(), pinned: true };
    ctx.send(Command::Batch(
        "map-add-contact".into(),
        vec![Command::PutContact(account.id, contact), Command::SetPositions(account.id, vec![(person, Some(pos))])],
    ));
    view.motion.shown.insert(person, at);
    ctx.state.selection.set_person(person);
    // Typing goes straight into the new person's name.
    ctx.state.focus_name = true;
}

/// Deletes what is selected: contacts, lines, or our people from this account.
pub fn delete_selection(ctx: &mut ViewCtx<'_>, account: &Account) {
    let lines: Vec<RelationshipId> = ctx.state.selection.line().into_iter().collect();
    let people: Vec<PersonRef> = ctx.state.selection.people().collect();
    if lines.is_empty() && people.is_empty() {
        return;
    }
    ctx.send(Command::DeleteFromMap { account: account.id, people, lines });
    ctx.state.selection.clear();
}

/// Map keys, when no text field has the keyboard. Which key does what is
/// the action registry's (`app::actions`).
pub fn keyboard(view: &mut MapView, ui: &egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    let typing = ui.ctx().text_edit_focused();
    let was_typing = std::mem::replace(&mut view.interaction.was_typing, typing);
    // A disabled map (a dialog in front of it) takes no keys either.
    if typing || !ui.is_enabled() || egui::Popup::is_any_open(ui.ctx()) {
        return;
    }
    let ectx = ui.ctx().clone();
    if view.show.presenting {
        if !view.capture_open() {
            wall_keys(view, &ectx);
        }
        return;
    }
    if Action::Timeline.pressed(&ectx) {
        view.toggle_timeline();
    }
    if view.on_timeline() {
        timeline_keys(view, ctx, &ectx, was_typing);
        return;
    }
    if Action::Delete.pressed(&ectx) {
        delete_selection(ctx, account);
    }
    if Action::Cancel.pressed(&ectx) && !was_typing {
        if view.interaction.connect_mode {
            view.interaction.connect_mode = false;
            view.interaction.connect_from = None;
        } else if view.derived.findings.path_target.is_some() {
            view.derived.findings.path_target = None;
            view.derived.findings.path = None;
        } else {
            ctx.state.selection.clear();
        }
    }
    if Action::Connect.pressed(&ectx) {
        view.interaction.connect_mode = !view.interaction.connect_mode;
        view.interaction.connect_from = None;
    }
    if Action::Legend.pressed(&ectx) {
        view.show.legend = !view.show.legend;
    }
    if Action::Opinions.pressed(&ectx) {
        view.show.opinions = !view.show.opinions;
    }
    if Action::KeyPeople.pressed(&ectx) {
        view.show.filters.key_only = !view.show.filters.key_only;
    }
    if Action::Layout.pressed(&ectx) {
        let next = if account.map.layout == MapLayout::Board { MapLayout::Force } else { MapLayout::Board };
        ctx.send(Command::SetMapLayout(account.id, next));
    }
    camera_keys(view, &ectx, [Action::Fit, Action::ZoomIn, Action::ZoomOut, Action::Pan]);
}

/// On the timeline the map takes no edits: stepping, the layout, the
/// camera, and Escape (clears the selection, then closes the timeline).
fn timeline_keys(view: &mut MapView, ctx: &mut ViewCtx<'_>, ectx: &egui::Context, was_typing: bool) {
    if Action::TimelineNext.pressed(ectx) {
        view.step_timeline(1);
    }
    if Action::TimelineBack.pressed(ectx) {
        view.step_timeline(-1);
    }
    if Action::Cancel.pressed(ectx) && !was_typing {
        if ctx.state.selection.is_empty() {
            view.toggle_timeline();
        } else {
            ctx.state.selection.clear();
        }
    }
    if Action::Layout.pressed(ectx)
        && let Some(account) = ctx.account()
    {
        let next = if account.map.layout == MapLayout::Board { MapLayout::Force } else { MapLayout::Board };
        ctx.send(Command::SetMapLayout(account.id, next));
    }
    camera_keys(view, ectx, [Action::Fit, Action::ZoomIn, Action::ZoomOut, Action::Pan]);
}

/// On the wall: no editing keys; the spotlight's keys are `presentation_keys`.
fn wall_keys(view: &mut MapView, ectx: &egui::Context) {
    if Action::WallTimeline.pressed(ectx) {
        view.toggle_timeline();
    }
    if Action::WallTimelineNext.pressed(ectx) {
        view.step_timeline(1);
    }
    if Action::WallTimelineBack.pressed(ectx) {
        view.step_timeline(-1);
    }
    if Action::WallTheme.pressed(ectx) {
        view.show.presenting_dark = !view.show.presenting_dark;
    }
    if Action::WallLegend.pressed(ectx) {
        view.show.wall.legend = !view.show.wall.legend;
    }
    if Action::WallOpinions.pressed(ectx) {
        view.show.opinions = !view.show.opinions;
    }
    camera_keys(view, ectx, [Action::WallFit, Action::WallZoomIn, Action::WallZoomOut, Action::WallPan]);
}

/// Fit, zoom in, zoom out and pan, by the keys of the four actions given.
fn camera_keys(view: &mut MapView, ectx: &egui::Context, [fit, zoom_in, zoom_out, pan]: [Action; 4]) {
    let rect = view.viewport.rect;
    if fit.pressed(ectx) {
        view.viewport.fit_pending = true;
    }
    if zoom_in.pressed(ectx) {
        view.viewport.cam.zoom_by(rect, 1.25, None);
    }
    if zoom_out.pressed(ectx) {
        view.viewport.cam.zoom_by(rect, 0.8, None);
    }
    let step = 80.0;
    let d = match pan.pressed_key(ectx) {
        Some(Key::ArrowLeft) => Vec2::new(step, 0.0),
        Some(Key::ArrowRight) => Vec2::new(-step, 0.0),
        Some(Key::ArrowUp) => Vec2::new(0.0, step),
        Some(Key::ArrowDown) => Vec2::new(0.0, -step),
        _ => return,
    };
    view.viewport.cam.pan_by(d);
}
