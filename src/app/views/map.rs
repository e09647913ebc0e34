//! The relationship map: client contacts and our team as a graph, with
//! the selected person's details in a side panel.

use super::contact_form::contact_form;
use super::widgets::button;
use super::{ViewCtx, no_account};
use crate::app::theme;
use crate::command::Command;
use crate::i18n::tr;
use crate::model::ids::next_id;
use crate::model::{Account, AccountId, Contact, Level, PersonRef, Project, RelKind};
use egui::Pos2;
use egui_graphs::{
    Graph, GraphChange, GraphView, Layout, LayoutState, SettingsInteraction, SettingsNavigation, SettingsStyle,
};
use petgraph::stable_graph::NodeIndex;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

type MapGraph = Graph<PersonRef, RelKind>;

/// Column width and row height of the starting placement.
const FILE_WIDTH: f32 = 260.0;
const RANK_HEIGHT: f32 = 150.0;

/// The map view's runtime state: the view graph built from the project.
#[derive(Default)]
pub struct MapView {
    graph: Option<MapGraph>,
    built_for: Option<(AccountId, u64)>,
}

impl MapView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let Some(account) = ctx.account() else { return no_account(ui) };
        let key = (account.id, ctx.revision);
        if self.built_for != Some(key) {
            self.graph = Some(build_graph(ctx.project, account));
            self.built_for = Some(key);
        }
        egui::Panel::right("map_side").default_size(theme::SIDE_PANEL_WIDTH).resizable(true).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| side_panel(ui, ctx, account));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(graph) = &mut self.graph {
                sync_selection(graph, ctx.state.selected);
                let changes = show_graph(ui, graph);
                for change in changes {
                    if let GraphChange::NodeClicked { node } = change {
                        ctx.state.selected = graph.node(node).map(|n| *n.payload());
                    }
                }
            }
        });
    }
}

fn show_graph(ui: &mut egui::Ui, graph: &mut MapGraph) -> Vec<GraphChange> {
    let interaction = SettingsInteraction::new()
        .with_node_clicking_enabled(true)
        .with_node_selection_enabled(true)
        .with_dragging_enabled(true);
    let navigation = SettingsNavigation::new().with_fit_to_screen_enabled(true).with_zoom_and_pan_enabled(false);
    let style = SettingsStyle::new().with_labels_always(true);
    GraphView::<FixedState, Fixed>::new()
        .with_interactions(&interaction)
        .with_navigations(&navigation)
        .with_styles(&style)
        .with_id(Some("relationship_map".into()))
        .show(ui, graph)
        .changes
}

fn sync_selection(graph: &mut MapGraph, selected: Option<PersonRef>) {
    let ids: Vec<NodeIndex> = graph.nodes_iter().map(|(i, _)| i).collect();
    let mut chosen = Vec::new();
    for idx in ids {
        if let Some(node) = graph.node_mut(idx) {
            let on = Some(*node.payload()) == selected;
            node.set_selected(on);
            if on {
                chosen.push(idx);
            }
        }
    }
    graph.set_selected_nodes(chosen);
}

/// Starting place of each person: ranks are levels (board at the top, our
/// team below operational), files are business units.
pub fn board_positions(project: &Project, account: &Account) -> BTreeMap<PersonRef, Pos2> {
    let mut cells: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut place = |rank: usize, file: usize| {
        let n = cells.entry((rank, file)).or_insert(0);
        let slot = *n;
        *n += 1;
        // Spread people of one square in a small zig-zag so they never overlap.
        let dx = (slot % 3) as f32 * 70.0 - 70.0;
        let dy = (slot / 3) as f32 * 34.0 + if slot % 2 == 1 { 17.0 } else { 0.0 };
        Pos2::new(file as f32 * FILE_WIDTH + dx, rank as f32 * RANK_HEIGHT + dy)
    };
    let mut out = BTreeMap::new();
    for c in &account.contacts {
        let rank = Level::ALL.iter().position(|l| *l == c.level).unwrap_or(0);
        let file = c.unit.and_then(|u| account.units.iter().position(|x| x.id == u)).map_or(0, |i| i + 1);
        out.insert(PersonRef::Contact(c.id), place(rank, file));
    }
    for (i, m) in team_members(project, account).into_iter().enumerate() {
        out.insert(PersonRef::Member(m), place(Level::ALL.len() + 1, i % 8));
    }
    out
}

/// Our people on the map: the account team plus anyone with a line here.
fn team_members(project: &Project, account: &Account) -> Vec<crate::model::MemberId> {
    let mut ids: Vec<_> = account.team.iter().map(|t| t.member).collect();
    for r in &account.relationships {
        for end in [r.from, r.to] {
            if let PersonRef::Member(m) = end {
                ids.push(m);
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids.retain(|m| project.member(*m).is_some());
    ids
}

fn build_graph(project: &Project, account: &Account) -> MapGraph {
    let mut g = MapGraph::new();
    let mut index = BTreeMap::new();
    for (person, pos) in board_positions(project, account) {
        let label = project.person_name(account, person);
        let label = match person {
            PersonRef::Contact(c) => {
                account.contact(c).map_or(label.clone(), |c| format!("{} {}", theme::piece_letter(c.piece), label))
            }
            PersonRef::Member(_) => label,
        };
        let idx = g.add_node_with_label_and_location(person, label, pos);
        if let (PersonRef::Contact(c), Some(node)) = (person, g.node_mut(idx)) {
            if let Some(contact) = account.contact(c) {
                node.set_color(theme::stance_colour(contact.stance));
            }
        } else if let Some(node) = g.node_mut(idx) {
            node.set_color(theme::OUR_TEAM);
        }
        index.insert(person, idx);
    }
    for r in &account.relationships {
        if let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to)) {
            g.add_edge_with_label(a, b, r.kind, String::new());
        }
    }
    g
}

fn side_panel(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.horizontal(|ui| {
        ui.heading(&account.name);
    });
    ui.label(format!(
        "{} {} · {} {}",
        account.contacts.len(),
        tr("contacts"),
        account.relationships.len(),
        tr("relationships")
    ));
    if button(ui, "Add contact", "Add a new person at the client and select them").clicked() {
        let id = next_id(&account.contacts);
        ctx.send(Command::PutContact(account.id, Contact::new(id, tr("New contact"))));
        ctx.state.selected = Some(PersonRef::Contact(id));
    }
    ui.separator();
    match ctx.state.selected {
        Some(PersonRef::Contact(id)) => match account.contact(id) {
            Some(contact) => {
                contact_form(ui, ctx, account, contact);
                relationship_list(ui, ctx, account, PersonRef::Contact(id));
            }
            None => {
                ui.label(tr("Select a person on the map or in the list."));
            }
        },
        Some(PersonRef::Member(m)) => {
            if let Some(member) = ctx.project.member(m) {
                ui.heading(&member.name);
                ui.label(&member.title);
                ui.label(format!("{}: {}", tr("Our team"), ctx.project.our_company));
            }
            relationship_list(ui, ctx, account, PersonRef::Member(m));
        }
        None => {
            ui.label(tr("Select a person on the map or in the list."));
        }
    }
    ui.separator();
    people_list(ui, ctx, account);
}

fn relationship_list(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, person: PersonRef) {
    ui.add_space(theme::SECTION_GAP);
    ui.strong(tr("Relationships"));
    let rels: Vec<_> = account.relationships_of(person).cloned().collect();
    if rels.is_empty() {
        ui.weak(tr("No relationships yet."));
    }
    for r in rels {
        let other = if r.from == person { r.to } else { r.from };
        let arrow = if r.from == person { "->" } else { "<-" };
        ui.horizontal(|ui| {
            ui.label(format!(
                "{arrow} {} · {} · {}/5",
                ctx.project.person_name(account, other),
                tr(r.kind.label()),
                r.strength
            ));
            if ui.small_button("✖").on_hover_text(tr("Delete this relationship")).clicked() {
                ctx.send(Command::DeleteRelationship(account.id, r.id));
            }
        });
    }
}

fn people_list(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("People"));
    for c in &account.contacts {
        let me = PersonRef::Contact(c.id);
        let text = format!("{} {} — {}", theme::piece_letter(c.piece), c.name, c.title);
        let text = if c.has_left { format!("{text} ({})", tr("left")) } else { text };
        if ui.selectable_label(ctx.state.selected == Some(me), text).clicked() {
            ctx.state.selected = Some(me);
        }
    }
}

/// A layout that keeps the positions the view graph was built with.
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

    fn next<N, E, Ty, Ix, Dn, De>(&mut self, _g: &mut Graph<N, E, Ty, Ix, Dn, De>, _ui: &egui::Ui)
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
