//! The drawn map: built from the project (never the other way round), as
//! plain lists the canvas draws and hit-tests. Our own ids live in the
//! payloads; indices of a rebuilt map can differ.

use super::filters::Filters;
use crate::analysis::coverage::Coverage;
use crate::layout::Point;
use crate::model::{Account, ContactId, PersonRef, Project, UnitId};
use crate::scene::overview::{self, BUNDLE_ABOVE, Bundle, CollapsedUnit, Reach};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::scene::{EdgeData, Emphasis, NodeData};

pub use crate::scene::draw::areas::NODE_MIN_PIXELS;

/// A person as drawn this frame.
#[derive(Clone, Debug)]
pub struct DrawnPerson {
    pub data: NodeData,
    /// Where they stand now, in map units.
    pub at: Point,
    /// Their business unit (client people with a unit that exists).
    pub unit: Option<UnitId>,
}

/// A line between two drawn people (indices into `Built::people`).
#[derive(Clone, Debug)]
pub struct DrawnLine {
    pub data: EdgeData,
    pub from: usize,
    pub to: usize,
    /// Client to client and informal: bundled between units on big maps.
    pub minor: bool,
    /// One of ours to a client person with a unit: bundled as reach on big maps.
    pub reach: bool,
}

/// The people and lines the filters let through, with a lookup by person.
pub struct Built {
    pub people: Vec<DrawnPerson>,
    pub lines: Vec<DrawnLine>,
    pub index: BTreeMap<PersonRef, usize>,
    /// Whether minor lines are drawn as bundles between units.
    pub bundled: bool,
    pub bundles: Vec<Bundle>,
    pub reach: Vec<Reach>,
    /// Names of the units, for their regions.
    pub unit_names: BTreeMap<UnitId, String>,
    /// How many people in each unit one of us has a line to (drawn lines).
    pub known: BTreeMap<UnitId, usize>,
    /// Units drawn as one node each, with the lines into them from people drawn.
    pub collapsed: Vec<CollapsedUnit>,
    pub collapsed_links: Vec<(LinkEnd, UnitId, usize)>,
}

/// Where a line into a collapsed unit starts: a person drawn, or (on a big
/// map, where lines are bundled) the region of that person's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LinkEnd {
    Person(usize),
    Unit(UnitId),
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
}

/// Builds the drawn map of the people the filters let through.
pub fn build(input: &BuildInput<'_>) -> Built {
    let BuildInput { project, account, filters, hidden, collapsed, unit_coverage, positions, coverage, cycles, today } =
        input;
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
    let unit_of = |p: PersonRef| match p {
        PersonRef::Contact(c) => account.contact(c)?.unit.filter(|u| account.unit(*u).is_some()),
        PersonRef::Member(_) => None,
    };
    let mut index = BTreeMap::new();
    let people: Vec<DrawnPerson> = scene
        .people
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            index.insert(p.data.person, i);
            DrawnPerson { unit: unit_of(p.data.person), data: p.data, at: p.at }
        })
        .collect();
    let lines: Vec<DrawnLine> = scene
        .lines
        .into_iter()
        .filter_map(|l| {
            let minor = overview::is_minor(l.data.kind, l.from, l.to);
            let reach = overview::is_reach(l.from, l.to) && (unit_of(l.from).is_some() || unit_of(l.to).is_some());
            Some(DrawnLine { from: *index.get(&l.from)?, to: *index.get(&l.to)?, data: l.data, minor, reach })
        })
        .collect();
    let bundled = lines.iter().filter(|l| l.minor).count() > BUNDLE_ABOVE;
    let ends = |keep: fn(&DrawnLine) -> bool| {
        let people = &people;
        lines.iter().filter(move |l| keep(l)).map(move |l| (people[l.from].data.person, people[l.to].data.person))
    };
    let (bundles, reach) = if bundled {
        (overview::bundles(ends(|l| l.minor), &unit_of), overview::reach(ends(|l| l.reach), &unit_of))
    } else {
        (Vec::new(), Vec::new())
    };
    let unit_names = account.units.iter().map(|u| (u.id, u.name.clone())).collect();
    let known = overview::known_per_unit(ends(|l| l.reach), &unit_of);
    // Lines from people drawn into a collapsed unit, one per person and unit.
    let mut links: BTreeMap<(LinkEnd, UnitId), usize> = BTreeMap::new();
    for r in account.relationships.iter().filter(|r| filters.shows_kind(r.kind)) {
        for (near, far) in [(r.from, r.to), (r.to, r.from)] {
            if let (Some(&i), Some(&u)) = (index.get(&near), folded_in.get(&far)) {
                let from = match people[i].unit {
                    Some(unit) if bundled => LinkEnd::Unit(unit),
                    _ => LinkEnd::Person(i),
                };
                *links.entry((from, u)).or_default() += 1;
            }
        }
    }
    let collapsed_links = links.into_iter().map(|((i, u), n)| (i, u, n)).collect();
    Built { people, lines, index, bundled, bundles, reach, unit_names, known, collapsed, collapsed_links }
}
