//! The view graph: built from the project (never the other way round).
//! Node and edge payloads carry what the drawing needs; our own ids live in
//! them, because node indices of a rebuilt graph can differ.

use super::edge_shape::LineShape;
use super::filters::Filters;
use super::node_shape::PieceShape;
use crate::analysis::coverage::Coverage;
use crate::model::{Account, ContactId, PersonRef, Piece, Project, RelKind, RelationshipId, Stance};
use chrono::NaiveDate;
use egui::Pos2;
use egui_graphs::Graph;
use petgraph::Directed;
use petgraph::stable_graph::{DefaultIx, EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

pub type MapGraph = Graph<NodeData, EdgeData, Directed, DefaultIx, PieceShape, LineShape>;

/// How strongly something is drawn under the current analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Emphasis {
    #[default]
    Normal,
    Dim,
    Lit,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    Contact { piece: Piece, stance: Stance, influence: u8 },
    Member { initials: Arc<str> },
}

/// What a node draws.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeData {
    pub person: PersonRef,
    pub name: Arc<str>,
    pub title: Arc<str>,
    pub kind: NodeKind,
    pub left: bool,
    pub emphasis: Emphasis,
    pub uncovered: bool,
    pub single: bool,
    pub in_cycle: bool,
    pub connect_source: bool,
}

/// What a line draws.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeData {
    pub id: RelationshipId,
    pub kind: RelKind,
    pub strength: u8,
    pub stale: bool,
    pub emphasis: Emphasis,
    /// Sideways offset for parallel lines between the same two people.
    pub lane: f32,
    pub selected: bool,
}

/// The graph with lookups from our ids to its indices.
pub struct Built {
    pub graph: MapGraph,
    pub nodes: BTreeMap<PersonRef, NodeIndex>,
    pub edges: BTreeMap<RelationshipId, EdgeIndex>,
}

/// Inputs to building the graph, gathered by the view.
pub struct BuildInput<'a> {
    pub project: &'a Project,
    pub account: &'a Account,
    pub filters: &'a Filters,
    pub positions: &'a BTreeMap<PersonRef, crate::layout::Point>,
    pub coverage: &'a Coverage,
    pub cycles: &'a BTreeSet<ContactId>,
    pub today: NaiveDate,
}

fn initials(name: &str) -> Arc<str> {
    name.split_whitespace().filter_map(|w| w.chars().next()).take(2).collect::<String>().into()
}

/// Builds the view graph of the people the filters let through.
pub fn build(input: &BuildInput<'_>) -> Built {
    let BuildInput { project, account, filters, positions, coverage, cycles, today } = input;
    let mut graph = MapGraph::new();
    let mut nodes = BTreeMap::new();
    let visible = filters.visible_people(project, account);
    for person in &visible {
        let data = match person {
            PersonRef::Contact(id) => {
                let Some(c) = account.contact(*id) else { continue };
                NodeData {
                    person: *person,
                    name: c.name.as_str().into(),
                    title: c.title.as_str().into(),
                    kind: NodeKind::Contact { piece: c.piece, stance: c.stance, influence: c.influence },
                    left: c.has_left,
                    emphasis: Emphasis::Normal,
                    uncovered: coverage.is_uncovered_key(*id),
                    single: coverage.is_single_threaded(*id),
                    in_cycle: cycles.contains(id),
                    connect_source: false,
                }
            }
            PersonRef::Member(id) => {
                let Some(m) = project.member(*id) else { continue };
                NodeData {
                    person: *person,
                    name: m.name.as_str().into(),
                    title: m.title.as_str().into(),
                    kind: NodeKind::Member { initials: initials(&m.name) },
                    left: false,
                    emphasis: Emphasis::Normal,
                    uncovered: false,
                    single: false,
                    in_cycle: false,
                    connect_source: false,
                }
            }
        };
        let at = positions.get(person).map_or(Pos2::ZERO, |p| Pos2::new(p.x, p.y));
        let label = data.name.to_string();
        nodes.insert(*person, graph.add_node_with_label_and_location(data, label, at));
    }
    let mut edges = BTreeMap::new();
    let mut lanes: BTreeMap<(PersonRef, PersonRef), u32> = BTreeMap::new();
    for r in account.relationships.iter().filter(|r| filters.shows_kind(r.kind)) {
        let (Some(&a), Some(&b)) = (nodes.get(&r.from), nodes.get(&r.to)) else { continue };
        let pair = if r.from < r.to { (r.from, r.to) } else { (r.to, r.from) };
        let n = lanes.entry(pair).or_insert(0);
        // Lanes 0, +1, -1, +2 ... keep parallel lines apart.
        let lane = if *n == 0 {
            0.0
        } else if *n % 2 == 1 {
            (*n).div_ceil(2) as f32
        } else {
            -((*n / 2) as f32)
        };
        *n += 1;
        let lane = if r.from < r.to { lane } else { -lane };
        let stale = r.last_contact.is_some_and(|d| (*today - d).num_days() > crate::app::theme::STALE_DAYS);
        let data = EdgeData {
            id: r.id,
            kind: r.kind,
            strength: r.strength,
            stale,
            emphasis: Emphasis::Normal,
            lane,
            selected: false,
        };
        edges.insert(r.id, graph.add_edge_with_label(a, b, data, String::new()));
    }
    Built { graph, nodes, edges }
}
