//! The view graph: built from the project (never the other way round).
//! Node and edge payloads carry what the drawing needs; our own ids live in
//! them, because node indices of a rebuilt graph can differ.

use super::edge_shape::LineShape;
use super::filters::Filters;
use super::node_shape::PieceShape;
use crate::analysis::coverage::Coverage;
use crate::model::{Account, ContactId, PersonRef, Project, RelationshipId};
use chrono::NaiveDate;
use egui::Pos2;
use egui_graphs::Graph;
use petgraph::Directed;
use petgraph::stable_graph::{DefaultIx, EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

pub type MapGraph = Graph<NodeData, EdgeData, Directed, DefaultIx, PieceShape, LineShape>;

pub use crate::scene::{EdgeData, Emphasis, NodeData, NodeKind};

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

/// Builds the view graph of the people the filters let through.
pub fn build(input: &BuildInput<'_>) -> Built {
    let BuildInput { project, account, filters, positions, coverage, cycles, today } = input;
    let visible = filters.visible_people(project, account);
    let scene = crate::scene::build(&crate::scene::SceneInput {
        project,
        account,
        visible: &visible,
        shows_kind: &|k| filters.shows_kind(k),
        positions,
        coverage,
        cycles,
        today: *today,
    });
    let mut graph = MapGraph::new();
    let mut nodes = BTreeMap::new();
    for p in scene.people {
        let label = p.data.name.to_string();
        let person = p.data.person;
        nodes.insert(person, graph.add_node_with_label_and_location(p.data, label, Pos2::new(p.at.x, p.at.y)));
    }
    let mut edges = BTreeMap::new();
    for l in scene.lines {
        let (Some(&a), Some(&b)) = (nodes.get(&l.from), nodes.get(&l.to)) else { continue };
        edges.insert(l.data.id, graph.add_edge_with_label(a, b, l.data, String::new()));
    }
    Built { graph, nodes, edges }
}
