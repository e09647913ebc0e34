//! Where people sit on the relationship map. Pure geometry, no UI types:
//! the chess board, and business units as places (`places`), computed on
//! a worker thread for the window (`job`). Both are deterministic.

pub mod board;
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

    pub fn distance(self, other: Self) -> f32 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }

    /// Linear interpolation towards `other` by `t` (0..=1).
    pub fn lerp(self, other: Self, t: f32) -> Self {
        Self::new(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)
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

/// What the units' places are made from besides the lines: the units and
/// their parents, who is in each (and their piece, level and influence,
/// which decide who stands in the middle), our team, and the pins. A view
/// lays an account out again only when this changes, so drawing a line or
/// editing a note never moves anyone.
pub fn structure_key(project: &Project, account: &Account) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for u in &account.units {
        (u.id, u.parent).hash(&mut h);
    }
    for c in &account.contacts {
        (c.id, c.unit, c.piece, c.level, c.influence).hash(&mut h);
    }
    crate::analysis::team_on_map(project, account).hash(&mut h);
    for (p, pos) in account.map.positions.iter().filter(|(_, pos)| pos.pinned) {
        (p, pos.x.to_bits(), pos.y.to_bits()).hash(&mut h);
    }
    h.finish()
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
