//! The drawn map: built from the project (never the other way round), as
//! plain lists the canvas draws and hit-tests. Our own ids live in the
//! payloads; indices of a rebuilt map can differ.

use super::filters::Filters;
use crate::analysis::coverage::Coverage;
use crate::layout::Point;
use crate::model::{Account, ContactId, PersonRef, Project, UnitId};
use crate::scene::overview::{CollapsedUnit, Region};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::scene::Emphasis;

pub use crate::scene::draw::areas::NODE_MIN_PIXELS;

/// A person as drawn this frame: who, where they stand now, their unit.
pub type DrawnPerson = crate::scene::ScenePerson;

pub use crate::scene::frame::DrawnLine;

/// The people and lines the filters let through, with a lookup by person.
pub struct Built {
    pub people: Vec<DrawnPerson>,
    pub lines: Vec<DrawnLine>,
    pub index: BTreeMap<PersonRef, usize>,
    /// The units' places (force layout), outer units first.
    pub regions: Vec<Region>,
    /// Units drawn as one node each, with the lines into them from people drawn.
    pub collapsed: Vec<CollapsedUnit>,
    pub collapsed_links: Vec<(LinkEnd, UnitId, usize)>,
}

/// Where a line into a collapsed unit starts: a person drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LinkEnd {
    Person(usize),
}

impl Built {
    /// The collapsed unit whose node holds a map point, given where each
    /// node stands.
    pub fn collapsed_at(
        &self,
        at: Point,
        zoom: f32,
        centre: &dyn Fn(&CollapsedUnit) -> Option<Point>,
    ) -> Option<UnitId> {
        let r = |c: &CollapsedUnit| c.radius().max(NODE_MIN_PIXELS / zoom.max(0.001));
        self.collapsed.iter().find(|c| centre(c).is_some_and(|p| p.distance(at) <= r(c))).map(|c| c.unit)
    }
}

/// Inputs to building the map, gathered by the view.
pub struct BuildInput<'a> {
    pub project: &'a Project,
    pub account: &'a Account,
    pub filters: &'a Filters,
    /// People not drawn one by one (in a folded board square).
    pub hidden: &'a BTreeSet<PersonRef>,
    /// Units drawn as one node each.
    pub collapsed: &'a BTreeSet<UnitId>,
    /// Coverage for the collapsed units' summaries (always on).
    pub unit_coverage: &'a Coverage,
    pub positions: &'a BTreeMap<PersonRef, Point>,
    pub coverage: &'a Coverage,
    pub cycles: &'a BTreeSet<ContactId>,
    pub today: NaiveDate,
    /// The units' places (force layout).
    pub regions: &'a [Region],
    /// On the timeline: what changed since the point before, to mark.
    pub changes: Option<&'a crate::analysis::replay::Replay>,
}

/// Builds the drawn map of the people the filters let through.
pub fn build(input: &BuildInput<'_>) -> Built {
    let BuildInput {
        project,
        account,
        filters,
        hidden,
        collapsed,
        unit_coverage,
        positions,
        coverage,
        cycles,
        today,
        regions,
        changes,
    } = input;
    let collapsed: Vec<CollapsedUnit> =
        collapsed.iter().filter_map(|u| CollapsedUnit::of(account, *u, unit_coverage)).collect();
    let folded_in: BTreeMap<PersonRef, UnitId> =
        collapsed.iter().flat_map(|c| c.people.iter().map(move |p| (*p, c.unit))).collect();
    let mut visible = filters.visible_people(project, account);
    visible.retain(|p| !hidden.contains(p) && !folded_in.contains_key(p));
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
        .map(|(i, mut p)| {
            index.insert(p.data.person, i);
            p.data.change = changes.and_then(|c| c.people.get(&p.data.person).copied());
            p
        })
        .collect();
    let lines: Vec<DrawnLine> = scene
        .lines
        .into_iter()
        .filter_map(|mut l| {
            l.data.change = changes.and_then(|c| c.lines.get(&l.data.id).copied());
            Some(DrawnLine { from: *index.get(&l.from)?, to: *index.get(&l.to)?, data: l.data })
        })
        .collect();
    // Lines from people drawn into a collapsed unit, one per person and unit.
    let mut links: BTreeMap<(LinkEnd, UnitId), usize> = BTreeMap::new();
    for r in account.relationships.iter().filter(|r| filters.shows_kind(r.kind)) {
        for (near, far) in [(r.from, r.to), (r.to, r.from)] {
            if let (Some(&i), Some(&u)) = (index.get(&near), folded_in.get(&far)) {
                *links.entry((LinkEnd::Person(i), u)).or_default() += 1;
            }
        }
    }
    let collapsed_links = links.into_iter().map(|((i, u), n)| (i, u, n)).collect();
    // A collapsed unit's place is its node: no region under it.
    let regions = regions.iter().filter(|r| !collapsed.iter().any(|c| c.unit == r.unit)).cloned().collect();
    Built { people, lines, index, regions, collapsed, collapsed_links }
}
