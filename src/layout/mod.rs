//! Where people sit on the relationship map. Pure geometry, no UI types:
//! the board placement and a deterministic force-directed simulation.

pub mod board;
pub mod force;
mod grid;
pub mod job;
pub mod places;

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

pub use places::Places;

/// Where everyone on an account's map stands in the force layout (units
/// as places), and the places themselves. Pinned people stay where the
/// user put them; with `relayout`, pins are let go too.
pub fn account_places(project: &Project, account: &Account, relayout: bool) -> Places {
    let team: Vec<PersonRef> =
        crate::analysis::team_on_map(project, account).into_iter().map(PersonRef::Member).collect();
    let mut places = places::place(account, &team);
    if !relayout {
        for (p, pos) in &account.map.positions {
            if let (true, Some((x, y)), Some(at)) = (pos.pinned, pos.point(), places.people.get_mut(p)) {
                *at = Point::new(x, y);
            }
        }
    }
    places
}

/// The settled layout of an account, as saved positions (pins kept unless `relayout`).
pub fn settled_positions(project: &Project, account: &Account, relayout: bool) -> BTreeMap<PersonRef, MapPos> {
    let pinned = |p: &PersonRef| !relayout && account.map.positions.get(p).is_some_and(|m| m.pinned);
    account_places(project, account, relayout)
        .people
        .into_iter()
        .map(|(p, pt)| (p, MapPos { x: pt.x.round(), y: pt.y.round(), pinned: pinned(&p) }))
        .collect()
}
