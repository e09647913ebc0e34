//! What the user does on the map: clicks, drags, double-clicks and keys,
//! turned into selection changes and commands.

use super::graph::{Built, Emphasis, MapGraph};
use super::{MapView, nav};
use crate::app::views::{UiState, ViewCtx};
use crate::command::Command;
use crate::i18n::tr;
use crate::layout::Point;
use crate::model::ids::next_id;
use crate::model::{Account, Contact, MapLayout, MapPos, PersonRef, Relationship, RelationshipId};
use egui::{Key, Rect, Vec2};
use egui_graphs::{GraphChange, GraphView, Layout, LayoutState, SettingsInteraction, SettingsNavigation};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Writes positions, selection and emphasis into the view graph.
pub fn sync_graph(
    built: &mut Built,
    shown: &BTreeMap<PersonRef, Point>,
    state: &UiState,
    connect_from: Option<PersonRef>,
    people: &BTreeMap<PersonRef, Emphasis>,
    lines: &BTreeMap<RelationshipId, Emphasis>,
) {
    let dragged = built.graph.dragged_node();
    let mut selected = Vec::new();
    for (person, idx) in &built.nodes {
        let Some(node) = built.graph.node_mut(*idx) else { continue };
        if Some(*idx) != dragged
            && let Some(p) = shown.get(person)
        {
            node.set_location(egui::Pos2::new(p.x, p.y));
        }
        let on = state.selected == Some(*person) || state.also_selected.contains(person);
        node.set_selected(on);
        if on {
            selected.push(*idx);
        }
        let data = node.payload_mut();
        data.emphasis = people.get(person).copied().unwrap_or_default();
        data.connect_source = connect_from == Some(*person);
    }
    built.graph.set_selected_nodes(selected);
    for (id, idx) in &built.edges {
        if let Some(edge) = built.graph.edge_mut(*idx) {
            let data = edge.payload_mut();
            data.emphasis = lines.get(id).copied().unwrap_or_default();
            data.selected = state.selected_line == Some(*id);
        }
    }
}

/// Shows the graph widget; returns its response and changes.
pub fn show(ui: &mut egui::Ui, id: &str, graph: &mut MapGraph, dragging: bool) -> egui_graphs::GraphViewResponse {
    let interaction = SettingsInteraction::new()
        .with_dragging_enabled(dragging)
        .with_node_clicking_enabled(true)
        .with_edge_clicking_enabled(true)
        .with_hover_enabled(true);
    let navigation = SettingsNavigation::new().with_fit_to_screen_enabled(false).with_zoom_and_pan_enabled(true);
    GraphView::<FixedState, Fixed>::new()
        .with_interactions(&interaction)
        .with_navigations(&navigation)
        .with_id(Some(id.into()))
        .show(ui, graph)
}

/// Handles what happened on the graph this frame.
pub fn handle(
    view: &mut MapView,
    ui: &mut egui::Ui,
    ctx: &mut ViewCtx<'_>,
    account: &Account,
    response: egui_graphs::GraphViewResponse,
    rect: Rect,
) {
    let Some(built) = &view.built else { return };
    let person_of = |n| built.graph.node(n).map(|n| n.payload().person);
    let line_of = |e| built.graph.edge(e).map(|e| e.payload().id);
    let hovered = built.graph.hovered_node().is_some();
    let additive = ui.input(|i| i.modifiers.command || i.modifiers.shift);
    let mut hit = false;
    let mut moved: Vec<(PersonRef, Vec2)> = Vec::new();
    let mut drag_started = None;
    let mut drag_ended = false;
    let mut clicked = Vec::new();
    let mut clicked_line = None;
    for change in &response.changes {
        match change {
            GraphChange::NodeClicked { node } => {
                hit = true;
                clicked.extend(person_of(*node));
            }
            GraphChange::EdgeClicked { edge } => {
                hit = true;
                clicked_line = line_of(*edge);
            }
            GraphChange::NodeDragStarted { node } => drag_started = person_of(*node),
            GraphChange::NodeMoved { node, delta, .. } => moved.extend(person_of(*node).map(|p| (p, *delta))),
            GraphChange::NodeDragEnded { .. } => drag_ended = true,
            _ => {}
        }
    }
    for person in clicked {
        click_person(view, ctx, account, person, additive);
    }
    if let Some(line) = clicked_line
        && !view.connect_mode
    {
        ctx.state.selected_line = Some(line);
        ctx.state.selected = None;
        ctx.state.also_selected.clear();
    }
    if let Some(p) = drag_started {
        start_drag(view, ctx.state, p);
    }
    // A real move of someone not selected selects just them.
    if let Some((p, _)) = moved.iter().find(|(_, d)| *d != Vec2::ZERO)
        && ctx.state.selected != Some(*p)
        && !ctx.state.also_selected.contains(p)
    {
        ctx.state.selected = Some(*p);
        ctx.state.also_selected.clear();
        ctx.state.selected_line = None;
    }
    for (p, delta) in moved {
        move_group(view, ctx.state, p, delta);
    }
    if drag_ended {
        end_drag(view, ctx, account);
    }
    let r = &response.response;
    if r.double_clicked() && !hovered && !hit {
        if let Some(pos) = r.interact_pointer_pos() {
            add_contact_at(view, ctx, account, nav::to_map(ui, view.graph_id, rect, pos));
        }
    } else if r.clicked() && !hovered && !hit {
        view.connect_from = None;
        ctx.state.selected = None;
        ctx.state.also_selected.clear();
        ctx.state.selected_line = None;
    }
    if r.hovered() {
        let scroll = ui.input(|i| if i.modifiers.command { Vec2::ZERO } else { i.smooth_scroll_delta });
        if scroll != Vec2::ZERO {
            nav::pan_by(ui, view.graph_id, scroll);
        }
    }
}

fn click_person(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef, additive: bool) {
    if view.connect_mode {
        match view.connect_from {
            None => view.connect_from = Some(person),
            Some(from) if from == person => view.connect_from = None,
            Some(from) => {
                connect(ctx, account, from, person);
                view.connect_from = None;
            }
        }
        return;
    }
    ctx.state.selected_line = None;
    if additive && ctx.state.selected.is_some() {
        if ctx.state.selected == Some(person) {
            ctx.state.selected = ctx.state.also_selected.pop();
        } else if let Some(i) = ctx.state.also_selected.iter().position(|p| *p == person) {
            ctx.state.also_selected.remove(i);
        } else {
            ctx.state.also_selected.push(person);
        }
    } else {
        ctx.state.selected = Some(person);
        ctx.state.also_selected.clear();
    }
}

/// A new "knows / works with" line of middle strength, selected for editing.
fn connect(ctx: &mut ViewCtx<'_>, account: &Account, from: PersonRef, to: PersonRef) {
    let id = next_id(&account.relationships);
    let line = Relationship::new_line(id, from, to, ctx.state.today.0);
    ctx.send(Command::PutRelationship(account.id, line));
    ctx.state.selected_line = Some(id);
    ctx.state.selected = None;
}

fn group(state: &UiState, person: PersonRef) -> Vec<PersonRef> {
    let in_selection = state.selected == Some(person) || state.also_selected.contains(&person);
    if in_selection {
        state.selected.into_iter().chain(state.also_selected.iter().copied()).collect()
    } else {
        vec![person]
    }
}

/// Notes where the people about to move start from. The selection is left
/// alone: a press may turn out to be a (Ctrl-)click rather than a drag.
fn start_drag(view: &mut MapView, state: &UiState, person: PersonRef) {
    let origin = group(state, person).into_iter().filter_map(|p| view.shown.get(&p).map(|pt| (p, *pt))).collect();
    view.drag_origin = Some(origin);
}

fn move_group(view: &mut MapView, state: &UiState, person: PersonRef, delta: Vec2) {
    for p in group(state, person) {
        if let Some(at) = view.shown.get_mut(&p) {
            at.x += delta.x;
            at.y += delta.y;
            view.target.insert(p, *at);
        }
    }
    // Someone dragged by hand is no longer moved by the layout.
    if let Some(run) = &mut view.running
        && !run.commit
    {
        view.running = None;
    }
}

/// Saves where the dragged people were put, pinned, as one undo step.
/// A plain click also reports a zero-length drag: that is not a move.
fn end_drag(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account) {
    let Some(origin) = view.drag_origin.take() else { return };
    let changes: Vec<(PersonRef, Option<MapPos>)> = origin
        .iter()
        .filter_map(|(p, from)| {
            let to = view.shown.get(p)?;
            (to.distance(*from) > 0.5).then(|| (*p, Some(MapPos { x: to.x.round(), y: to.y.round(), pinned: true })))
        })
        .collect();
    if !changes.is_empty() {
        ctx.send(Command::SetPositions(account.id, changes));
    }
}

/// Adds a contact at a map point (double-click on empty canvas, or the button).
pub fn add_contact_at(view: &mut MapView, ctx: &mut ViewCtx<'_>, account: &Account, at: Point) {
    let id = next_id(&account.contacts);
    let person = PersonRef::Contact(id);
    let contact = Contact::new(id, tr("New contact"));
    let pos = MapPos { x: at.x.round(), y: at.y.round(), pinned: false };
    ctx.send(Command::Batch(
        "Add contact".into(),
        vec![Command::PutContact(account.id, contact), Command::SetPositions(account.id, vec![(person, Some(pos))])],
    ));
    view.shown.insert(person, at);
    ctx.state.selected = Some(person);
    ctx.state.also_selected.clear();
    ctx.state.selected_line = None;
}

/// Deletes what is selected: contacts, lines, or our people from this account.
pub fn delete_selection(ctx: &mut ViewCtx<'_>, account: &Account) {
    let lines: Vec<RelationshipId> = ctx.state.selected_line.into_iter().collect();
    let people: Vec<PersonRef> =
        ctx.state.selected.into_iter().chain(ctx.state.also_selected.iter().copied()).collect();
    if lines.is_empty() && people.is_empty() {
        return;
    }
    ctx.send(Command::DeleteFromMap { account: account.id, people, lines });
    ctx.state.selected = None;
    ctx.state.also_selected.clear();
    ctx.state.selected_line = None;
}

/// Map keys, when no text field has the keyboard.
pub fn keyboard(view: &mut MapView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    if ui.ctx().text_edit_focused() || egui::Popup::is_any_open(ui.ctx()) {
        return;
    }
    let rect = ui.available_rect_before_wrap();
    let ectx = ui.ctx().clone();
    let pressed = |key: Key| ectx.input(|i| i.key_pressed(key) && !i.modifiers.command && !i.modifiers.alt);
    if view.presenting {
        if view.capture_open() {
            return;
        }
        // On the wall: no editing keys; arrows drive the spotlight, Shift+arrows pan.
        if pressed(Key::T) {
            view.presenting_dark = !view.presenting_dark;
        }
        if pressed(Key::F) {
            view.fit_pending = true;
        }
        if pressed(Key::Plus) || pressed(Key::Equals) {
            nav::zoom_by(ui, view.graph_id, rect, 1.25);
        }
        if pressed(Key::Minus) {
            nav::zoom_by(ui, view.graph_id, rect, 0.8);
        }
        let shift = ectx.input(|i| i.modifiers.shift);
        for (key, d) in [
            (Key::ArrowLeft, Vec2::new(80.0, 0.0)),
            (Key::ArrowRight, Vec2::new(-80.0, 0.0)),
            (Key::ArrowUp, Vec2::new(0.0, 80.0)),
            (Key::ArrowDown, Vec2::new(0.0, -80.0)),
        ] {
            if shift && ectx.input(|i| i.key_pressed(key)) {
                nav::pan_by(ui, view.graph_id, d);
            }
        }
        return;
    }
    if pressed(Key::Delete) || pressed(Key::Backspace) {
        delete_selection(ctx, account);
    }
    if pressed(Key::Escape) {
        if view.connect_mode {
            view.connect_mode = false;
            view.connect_from = None;
        } else if view.path_target.is_some() {
            view.path_target = None;
            view.path = None;
        } else {
            ctx.state.selected = None;
            ctx.state.also_selected.clear();
            ctx.state.selected_line = None;
        }
    }
    if pressed(Key::C) {
        view.connect_mode = !view.connect_mode;
        view.connect_from = None;
    }
    if pressed(Key::L) {
        view.show_legend = !view.show_legend;
    }
    if pressed(Key::F) {
        view.fit_pending = true;
    }
    if pressed(Key::B) {
        let next = if account.map.layout == MapLayout::Board { MapLayout::Force } else { MapLayout::Board };
        ctx.send(Command::SetMapLayout(account.id, next));
    }
    if pressed(Key::Plus) || pressed(Key::Equals) {
        nav::zoom_by(ui, view.graph_id, rect, 1.25);
    }
    if pressed(Key::Minus) {
        nav::zoom_by(ui, view.graph_id, rect, 0.8);
    }
    let step = 80.0;
    for (key, d) in [
        (Key::ArrowLeft, Vec2::new(step, 0.0)),
        (Key::ArrowRight, Vec2::new(-step, 0.0)),
        (Key::ArrowUp, Vec2::new(0.0, step)),
        (Key::ArrowDown, Vec2::new(0.0, -step)),
    ] {
        if pressed(key) {
            nav::pan_by(ui, view.graph_id, d);
        }
    }
}

/// A layout that keeps the positions the view sets; the view runs its own.
#[derive(Debug, Default)]
pub struct Fixed {
    state: FixedState,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct FixedState;

impl LayoutState for FixedState {}

impl Layout<FixedState> for Fixed {
    fn from_state(state: FixedState) -> impl Layout<FixedState> {
        Fixed { state }
    }

    fn next<N, E, Ty, Ix, Dn, De>(&mut self, _g: &mut egui_graphs::Graph<N, E, Ty, Ix, Dn, De>, _ui: &egui::Ui)
    where
        N: Clone,
        E: Clone,
        Ty: petgraph::EdgeType,
        Ix: petgraph::stable_graph::IndexType,
        Dn: egui_graphs::DisplayNode<N, E, Ty, Ix>,
        De: egui_graphs::DisplayEdge<N, E, Ty, Ix, Dn>,
    {
    }

    fn state(&self) -> FixedState {
        self.state.clone()
    }
}
