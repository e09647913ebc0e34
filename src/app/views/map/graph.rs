//! The drawn map: built from the project (never the other way round), as
//! plain lists the canvas draws and hit-tests. Our own ids live in the
//! payloads; indices of a rebuilt map can differ.

use super::filters::Filters;
use crate::analysis::coverage::Coverage;
use crate::layout::Point;
use crate::model::{Account, ContactId, PersonRef, Project};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::scene::{EdgeData, Emphasis, NodeData, NodeKind};

/// A person as drawn this frame.
#[derive(Clone, Debug)]
pub struct DrawnPerson {
    pub data: NodeData,
    /// Where they stand now, in map units.
    pub at: Point,
}

/// A line between two drawn people (indices into `Built::people`).
#[derive(Clone, Debug)]
pub struct DrawnLine {
    pub data: EdgeData,
    pub from: usize,
    pub to: usize,
}

/// The people and lines the filters let through, with a lookup by person.
pub struct Built {
    pub people: Vec<DrawnPerson>,
    pub lines: Vec<DrawnLine>,
    pub index: BTreeMap<PersonRef, usize>,
}

/// Inputs to building the map, gathered by the view.
pub struct BuildInput<'a> {
    pub project: &'a Project,
    pub account: &'a Account,
    pub filters: &'a Filters,
    pub positions: &'a BTreeMap<PersonRef, Point>,
    pub coverage: &'a Coverage,
    pub cycles: &'a BTreeSet<ContactId>,
    pub today: NaiveDate,
}

/// Builds the drawn map of the people the filters let through.
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
    let mut index = BTreeMap::new();
    let people: Vec<DrawnPerson> = scene
        .people
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            index.insert(p.data.person, i);
            DrawnPerson { data: p.data, at: p.at }
        })
        .collect();
    let lines = scene
        .lines
        .into_iter()
        .filter_map(|l| Some(DrawnLine { from: *index.get(&l.from)?, to: *index.get(&l.to)?, data: l.data }))
        .collect();
    Built { people, lines, index }
}
