//! Business units as places: each unit gets a disc sized to its head count,
//! sibling units never overlap, a unit inside another (`parent`) lies inside
//! its parent's disc, and each unit's people stand on a grid inside their
//! disc, the key pieces in the middle.
//!
//! Why nested circle packing (as d3-hierarchy's `pack` does) rather than
//! group-in-a-box: units nest (a department in a division in a group), and
//! circles nest without the wasted corners or long thin strips that boxes
//! give to units of very uneven size (1 to 100+ people). Unlike `pack`,
//! siblings are placed by the traffic between them: each next unit is the
//! one with most lines to those already placed, and goes to the free spot
//! (touching one or two placed discs) nearest the units it talks to, so
//! the lines between units stay short and readable.
//!
//! Our own team stands in a row below the client, each of us under the
//! units we reach (the other side of the board). Client people without a
//! unit are grouped by the communities their lines form, as places too.
//! Everything here is deterministic: the same account gives the same map.

use super::Point;
use crate::model::{Account, Contact, Level, PersonRef, Piece, UnitId};
use std::collections::{BTreeMap, BTreeSet};

mod pack;
mod tree;

use pack::pack;
use tree::{Tree, pair};

/// Sideways room of one person on a unit's grid (a name fits), map units.
pub const SLOT_X: f32 = 210.0;
/// Room from one row of people to the next (piece, name and title).
pub const SLOT_Y: f32 = 150.0;
/// Room between the outermost people of a unit and its rim.
pub const RIM: f32 = 70.0;
/// Room kept between two sibling units' discs (their names sit there).
pub const GAP: f32 = 80.0;
/// On a big map, two sibling units also stand this share of their (mean)
/// radius apart, so each unit's people are plainly nearer each other than
/// anyone next door (a mean silhouette of units above 0.5). A small map,
/// seen whole in detail, keeps its places close instead.
pub const SPREAD: f32 = 0.6;

/// How siblings are packed: `wide` above 1 spreads them sideways more than
/// up and down; `spread` is the share of their radius kept between them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub wide: f32,
    pub spread: f32,
}

/// The room kept between two siblings' discs of radius `a` and `b`.
pub fn gap(a: f32, b: f32, spread: f32) -> f32 {
    GAP + spread * (a * b).sqrt()
}

/// The spread for a client of `people`: none up to 100, all of `SPREAD` from 500.
pub fn spread_for(people: usize) -> f32 {
    SPREAD * ((people as f32 - 100.0) / 400.0).clamp(0.0, 1.0)
}

/// Room between the client and our team's row below it.
const TEAM_GAP: f32 = 200.0;
/// Room kept free along the top inside of every unit's disc, for its name.
pub const CAPTION: f32 = 100.0;
/// The top places spread this much wider than tall, as a screen is.
const WIDE: f32 = 2.0;

/// A disc on the map, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disc {
    pub centre: Point,
    pub radius: f32,
}

impl Disc {
    /// Whether two discs share area beyond `slack`.
    pub fn overlaps(&self, other: &Self, slack: f32) -> bool {
        self.centre.distance(other.centre) < self.radius + other.radius - slack
    }
}

/// What a place holds: a real business unit, or a community of client
/// people without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceKey {
    Unit(UnitId),
    Community(usize),
}

/// Where everyone stands and where each place is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Places {
    pub people: BTreeMap<PersonRef, Point>,
    /// Each unit with people in it (or in a unit inside it), and its depth
    /// (0 for a top unit).
    pub units: BTreeMap<UnitId, (Disc, usize)>,
    /// Each community of client people without a unit.
    pub communities: BTreeMap<usize, Disc>,
}

impl Places {
    /// The units' discs, outer units first (parents before children).
    pub fn unit_discs(&self) -> Vec<(UnitId, Disc, usize)> {
        let mut out: Vec<(UnitId, Disc, usize)> = self.units.iter().map(|(u, (d, depth))| (*u, *d, *depth)).collect();
        out.sort_by_key(|(u, _, depth)| (*depth, *u));
        out
    }
}

/// A node of the place tree while it is being packed.
struct Node {
    key: PlaceKey,
    /// Its own people, most important first.
    own: Vec<PersonRef>,
    children: Vec<usize>,
    /// Radius of its own people's block.
    own_radius: f32,
    /// Radius of the whole node.
    radius: f32,
    /// Centre of its own block and of each child, relative to the node's centre.
    own_at: Point,
    child_at: Vec<Point>,
}

/// How important a client person is for the middle of their unit.
fn importance(c: &Contact) -> (u8, u8, std::cmp::Reverse<u8>, u32) {
    let piece = match c.piece {
        Piece::King => 0,
        Piece::Queen => 1,
        Piece::Rook => 2,
        Piece::Knight => 3,
        Piece::Bishop => 4,
        Piece::Pawn => 5,
        Piece::Unknown => 6,
    };
    let level = Level::ALL.iter().position(|l| *l == c.level).unwrap_or(Level::ALL.len()) as u8;
    (piece, level, std::cmp::Reverse(c.influence), c.id.0)
}

/// The grid spots of a block of `n` people, nearest the middle first.
pub fn slots(n: usize) -> Vec<Point> {
    if n == 0 {
        return Vec::new();
    }
    // Enough rows and columns for a disc holding n spots, with a margin.
    let side = ((n as f32 * SLOT_X * SLOT_Y / std::f32::consts::PI).sqrt() * 1.3 + SLOT_X) as i32;
    let (cols, rows) = (side / SLOT_X as i32 + 2, side / SLOT_Y as i32 + 2);
    let mut spots = Vec::with_capacity(((2 * cols + 1) * (2 * rows + 1)) as usize);
    for j in -rows..=rows {
        let shift = if j.rem_euclid(2) == 1 { SLOT_X / 2.0 } else { 0.0 };
        for i in -cols..=cols {
            spots.push(Point::new(i as f32 * SLOT_X + shift, j as f32 * SLOT_Y));
        }
    }
    let o = Point::default();
    // Nearest first; ties by angle, so the order is the same on every machine.
    spots.sort_by(|a, b| {
        let key = |p: &Point| (p.distance(o), p.y.atan2(p.x));
        let (ka, kb) = (key(a), key(b));
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    spots.truncate(n);
    spots
}

/// Radius of a block of `n` people, to the far side of its outermost name,
/// with room for the unit's name along its top.
pub fn block_radius(n: usize) -> f32 {
    if n == 0 {
        return 0.0;
    }
    slots(n).iter().map(|p| p.distance(Point::default())).fold(0.0, f32::max) + RIM + CAPTION / 2.0
}

/// Lays out an account as places. `team` are our people on the map.
pub fn place(account: &Account, team: &[PersonRef]) -> Places {
    let mut tree = Tree::new(account);
    let shape = Shape { wide: WIDE, spread: spread_for(account.contacts.len()) };
    let traffic = tree.traffic(account);
    let roots = tree.roots.clone();
    for &r in &roots {
        tree.pack(r, &traffic, shape.spread);
    }
    let mut out = Places::default();
    // A client that is one group holding everything (the usual case) is
    // the whole map: its own people (the group's management) and its units
    // are laid out side by side as the top places, wider than tall as a
    // screen is, rather than in one disc around them all.
    if let [root] = roots[..]
        && !tree.nodes[root].children.is_empty()
        && !tree.nodes[root].own.is_empty()
    {
        let children = tree.nodes[root].children.clone();
        let mut discs = vec![tree.nodes[root].own_radius];
        discs.extend(children.iter().map(|c| tree.nodes[*c].radius));
        let who: Vec<usize> = std::iter::once(root).chain(children.iter().copied()).collect();
        let weights = |a: usize, b: usize| traffic.get(&pair(who[a], who[b])).copied().unwrap_or(0.0);
        let at = pack(&discs, &weights, Some(0), shape);
        tree.settle_own(root, at[0], &mut out);
        for (c, p) in children.iter().zip(&at[1..]) {
            tree.settle(*c, *p, 0, &mut out);
        }
    } else {
        // The top places packed side by side like siblings.
        let discs: Vec<f32> = roots.iter().map(|r| tree.nodes[*r].radius).collect();
        let weights = |a: usize, b: usize| traffic.get(&pair(roots[a], roots[b])).copied().unwrap_or(0.0);
        let at = pack(&discs, &weights, None, shape);
        for (k, &r) in roots.iter().enumerate() {
            tree.settle(r, at[k], 0, &mut out);
        }
    }
    place_team(account, team, &mut out);
    out
}

/// Our people in a row below the client, each under the middle of the
/// units they reach (by their lines), spaced so their names fit.
fn place_team(account: &Account, team: &[PersonRef], out: &mut Places) {
    if team.is_empty() {
        return;
    }
    let bottom = out
        .units
        .values()
        .map(|(d, _)| d.centre.y + d.radius)
        .chain(out.communities.values().map(|d| d.centre.y + d.radius))
        .chain(out.people.values().map(|p| p.y))
        .fold(f32::MIN, f32::max);
    let bottom = if bottom == f32::MIN { 0.0 } else { bottom };
    let (mut lo, mut hi) = (f32::MAX, f32::MIN);
    for p in out.people.values() {
        (lo, hi) = (lo.min(p.x), hi.max(p.x));
    }
    let middle = if lo <= hi { (lo + hi) / 2.0 } else { 0.0 };
    let mut wish: Vec<(f32, PersonRef)> = team
        .iter()
        .map(|m| {
            let (mut sx, mut n) = (0.0f32, 0.0f32);
            for r in account.relationships.iter().filter(|r| r.touches(*m)) {
                let other = crate::analysis::other_end(r, *m);
                if let Some(p) = out.people.get(&other) {
                    sx += p.x;
                    n += 1.0;
                }
            }
            (if n > 0.0 { sx / n } else { middle }, *m)
        })
        .collect();
    wish.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // Spread them apart (each of us is named at every zoom, so the names
    // need room even far out), then the row shifted back so it stays under
    // the units it faces; every other one a little lower, so neighbouring
    // names never meet.
    // As wide as the client allows: our squares keep a size of their own on
    // screen (initials in 14-pixel type), however far out the map is.
    let across = if lo <= hi { (hi - lo) * 0.9 / team.len() as f32 } else { 0.0 };
    let spacing = (SLOT_X * 2.0).max(across);
    let mut xs: Vec<f32> = wish.iter().map(|w| w.0).collect();
    for k in 1..xs.len() {
        xs[k] = xs[k].max(xs[k - 1] + spacing);
    }
    let drift: f32 = xs.iter().zip(&wish).map(|(x, w)| x - w.0).sum::<f32>() / xs.len() as f32;
    let y = bottom + TEAM_GAP;
    for (k, (x, (_, m))) in xs.iter().zip(&wish).enumerate() {
        let step = if k % 2 == 1 { SLOT_Y * 0.6 } else { 0.0 };
        out.people.insert(*m, Point::new(x - drift, y + step));
    }
}

#[cfg(test)]
mod tests {
    use super::pack::touching_both;
    use super::*;

    #[test]
    fn slots_fill_from_the_middle_and_never_share_a_spot() {
        let s = slots(40);
        assert_eq!(s[0], Point::default(), "the first person stands in the middle");
        for (i, a) in s.iter().enumerate() {
            for b in &s[i + 1..] {
                assert!(a.distance(*b) >= SLOT_Y - 0.01, "{a:?} {b:?}");
            }
        }
        assert!(block_radius(100) > block_radius(10) && (block_radius(1) - (RIM + CAPTION / 2.0)).abs() < 0.01);
    }

    #[test]
    fn packed_discs_never_overlap_and_talkers_sit_together() {
        let radii = [300.0, 200.0, 250.0, 100.0, 400.0, 150.0];
        // 1 and 5 talk a lot; the rest a little.
        let w = |a: usize, b: usize| if (a, b) == (1, 5) || (a, b) == (5, 1) { 50.0 } else { 1.0 };
        let shape = Shape { wide: 1.0, spread: SPREAD };
        let at = pack(&radii, &w, None, shape);
        for i in 0..radii.len() {
            for j in i + 1..radii.len() {
                let d = at[i].distance(at[j]);
                assert!(d >= radii[i] + radii[j] + GAP - 1.0, "{i} and {j} overlap: {d}");
            }
        }
        let gap15 = at[1].distance(at[5]) - radii[1] - radii[5];
        assert!(gap15 < gap(radii[1], radii[5], SPREAD) + 1.0, "the two that talk stand side by side: {gap15}");
    }

    #[test]
    fn two_points_touch_both_circles() {
        let pts = touching_both(Point::new(0.0, 0.0), 5.0, Point::new(8.0, 0.0), 5.0);
        assert_eq!(pts.len(), 2);
        for p in pts {
            assert!((p.distance(Point::new(0.0, 0.0)) - 5.0).abs() < 1e-3);
            assert!((p.distance(Point::new(8.0, 0.0)) - 5.0).abs() < 1e-3);
        }
    }
}
