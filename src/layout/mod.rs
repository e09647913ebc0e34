//! Where people sit on the relationship map. Pure geometry, no UI types:
//! the board placement and a deterministic force-directed simulation.

pub mod board;
pub mod force;
mod grid;
pub mod job;

/// A point in map (canvas) units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    pub fn distance(self, other: Point) -> f32 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }

    /// Linear interpolation towards `other` by `t` (0..=1).
    pub fn lerp(self, other: Point, t: f32) -> Point {
        Point::new(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)
    }
}

use crate::model::{Account, MapPos, PersonRef, Project};
use std::collections::BTreeMap;

/// A force simulation set up for an account's map.
pub struct AccountForce {
    /// The people, in the simulation's order.
    pub people: Vec<PersonRef>,
    pub sim: force::Simulation,
}

/// Sets up the force layout of an account. Normally people with a saved
/// position stay there and only new people find a place. With `relayout`,
/// everyone not pinned starts afresh.
pub fn account_force(project: &Project, account: &Account, relayout: bool) -> AccountForce {
    let people = crate::analysis::people_on_map(project, account);
    let index: BTreeMap<PersonRef, usize> = people.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    // A position that is not a finite number is as good as none.
    let saved = |p: &PersonRef| account.map.positions.get(p).copied().filter(|m| m.point().is_some());
    let keep = |pos: &MapPos| !relayout || pos.pinned;
    let start: Vec<Option<Point>> =
        people.iter().map(|p| saved(p).filter(keep).and_then(|m| m.point()).map(|(x, y)| Point::new(x, y))).collect();
    let fixed: Vec<bool> = people.iter().map(|p| saved(p).is_some_and(|m| keep(&m))).collect();
    let edges: Vec<(usize, usize, f32)> = account
        .relationships
        .iter()
        .filter_map(|r| {
            let (a, b) = (*index.get(&r.from)?, *index.get(&r.to)?);
            Some((a, b, 0.4 + f32::from(r.strength.clamp(1, 5)) * 0.12))
        })
        .collect();
    let placed = fixed.iter().filter(|f| **f).count();
    let warm = !relayout && placed * 2 > people.len();
    let groups = groups(account, &people);
    AccountForce { sim: force::Simulation::new(&start, &fixed, &edges, warm).with_groups(groups, &start), people }
}

/// The group each person is laid out with: their business unit; for client
/// people without one, the community the lines among them form; our own
/// people together, as a group of their own.
pub fn groups(account: &Account, people: &[PersonRef]) -> Vec<Option<usize>> {
    let unit_index: BTreeMap<crate::model::UnitId, usize> =
        account.units.iter().enumerate().map(|(i, u)| (u.id, i)).collect();
    let communities = crate::analysis::communities::unitless(account);
    let first_free = account.units.len();
    let ours = first_free + communities.values().max().map_or(0, |k| k + 1);
    people
        .iter()
        .map(|p| match p {
            PersonRef::Contact(c) => {
                let contact = account.contact(*c)?;
                match contact.unit.and_then(|u| unit_index.get(&u)) {
                    Some(i) => Some(*i),
                    None => communities.get(c).map(|k| first_free + k),
                }
            }
            PersonRef::Member(_) => Some(ours),
        })
        .collect()
}

/// The settled force layout of an account, as saved positions.
pub fn settled_positions(project: &Project, account: &Account, relayout: bool) -> BTreeMap<PersonRef, MapPos> {
    let AccountForce { people, sim } = account_force(project, account, relayout);
    let pinned = |p: &PersonRef| account.map.positions.get(p).is_some_and(|m| m.pinned);
    people
        .iter()
        .zip(sim.run())
        .map(|(p, pt)| (*p, MapPos { x: pt.x.round(), y: pt.y.round(), pinned: pinned(p) }))
        .collect()
}
