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

fn pair(a: usize, b: usize) -> (usize, usize) {
    if a < b { (a, b) } else { (b, a) }
}

struct Tree {
    nodes: Vec<Node>,
    roots: Vec<usize>,
    /// The node each client person's block belongs to.
    node_of: BTreeMap<PersonRef, usize>,
    /// Each node's parent.
    parent: Vec<Option<usize>>,
}

impl Tree {
    fn new(account: &Account) -> Self {
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: BTreeMap<PlaceKey, usize> = BTreeMap::new();
        let mut add = |key: PlaceKey, nodes: &mut Vec<Node>| {
            *index.entry(key).or_insert_with(|| {
                nodes.push(Node {
                    key,
                    own: Vec::new(),
                    children: Vec::new(),
                    own_radius: 0.0,
                    radius: 0.0,
                    own_at: Point::default(),
                    child_at: Vec::new(),
                });
                nodes.len() - 1
            })
        };
        let communities = crate::analysis::communities::unitless(account);
        let mut people: Vec<&Contact> = account.contacts.iter().collect();
        people.sort_by_key(|c| importance(c));
        let mut node_of = BTreeMap::new();
        for c in people {
            let key = match c.unit.filter(|u| account.unit(*u).is_some()) {
                Some(u) => PlaceKey::Unit(u),
                None => PlaceKey::Community(communities.get(&c.id).copied().unwrap_or(0)),
            };
            let n = add(key, &mut nodes);
            nodes[n].own.push(PersonRef::Contact(c.id));
            node_of.insert(PersonRef::Contact(c.id), n);
        }
        // Every unit on the path up from a unit with people, by its parent
        // (a cycle of parents, which validation reports, is cut where it closes).
        let mut parent: Vec<Option<usize>> = Vec::new();
        let mut i = 0;
        while i < nodes.len() {
            let up = match nodes[i].key {
                PlaceKey::Unit(u) => account.unit(u).and_then(|x| x.parent).filter(|p| account.unit(*p).is_some()),
                PlaceKey::Community(_) => None,
            };
            let p = up.map(|p| add(PlaceKey::Unit(p), &mut nodes));
            parent.push(p);
            i += 1;
        }
        let parent = cut_cycles(parent);
        let mut roots = Vec::new();
        for (n, p) in parent.iter().enumerate() {
            match p {
                Some(p) => nodes[*p].children.push(n),
                None => roots.push(n),
            }
        }
        Self { nodes, roots, node_of, parent }
    }

    /// Lines between people in different places, summed at every level:
    /// each line counts between the two siblings under their lowest common
    /// place (or two top places).
    fn traffic(&self, account: &Account) -> BTreeMap<(usize, usize), f32> {
        let mut out: BTreeMap<(usize, usize), f32> = BTreeMap::new();
        let path = |mut n: usize| {
            let mut p = vec![n];
            while let Some(up) = self.parent[n] {
                p.push(up);
                n = up;
            }
            p.reverse();
            p
        };
        let mut paths: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for r in &account.relationships {
            let (Some(&a), Some(&b)) = (self.node_of.get(&r.from), self.node_of.get(&r.to)) else { continue };
            if a == b {
                continue;
            }
            let pa = paths.entry(a).or_insert_with(|| path(a)).clone();
            let pb = paths.entry(b).or_insert_with(|| path(b));
            let common = pa.iter().zip(pb.iter()).take_while(|(x, y)| x == y).count();
            // The two siblings where the paths part (one may be the parent's own block).
            match (pa.get(common), pb.get(common)) {
                (Some(x), Some(y)) => *out.entry(pair(*x, *y)).or_default() += 1.0,
                // One end is in the common place's own block: the other's branch
                // talks to that block (counted against the place itself).
                (Some(x), None) | (None, Some(x)) => {
                    if let Some(up) = self.parent[*x] {
                        *out.entry(pair(*x, up)).or_default() += 1.0;
                    }
                }
                (None, None) => {}
            }
        }
        out
    }

    /// Packs a node's own block and children, bottom up; sets its radius.
    fn pack(&mut self, n: usize, traffic: &BTreeMap<(usize, usize), f32>, spread: f32) {
        let children = self.nodes[n].children.clone();
        for &c in &children {
            self.pack(c, traffic, spread);
        }
        let own = self.nodes[n].own.len();
        let own_radius = block_radius(own);
        self.nodes[n].own_radius = own_radius;
        if children.is_empty() {
            self.nodes[n].radius = own_radius;
            return;
        }
        // Index 0 is the own block (if any), placed first in the middle.
        let mut discs = Vec::new();
        let mut who = Vec::new();
        if own > 0 {
            discs.push(own_radius);
            who.push(n);
        }
        for &c in &children {
            discs.push(self.nodes[c].radius);
            who.push(c);
        }
        let weights = |a: usize, b: usize| traffic.get(&pair(who[a], who[b])).copied().unwrap_or(0.0);
        let first = (own > 0).then_some(0);
        // Packed a little low in the disc, leaving the top for the unit's name.
        let at: Vec<Point> = pack(&discs, &weights, first, Shape { wide: 1.0, spread })
            .into_iter()
            .map(|p| Point::new(p.x, p.y + CAPTION / 2.0))
            .collect();
        let radius = discs.iter().zip(&at).map(|(r, p)| p.distance(Point::default()) + r).fold(0.0, f32::max);
        let node = &mut self.nodes[n];
        node.radius = radius + GAP * 0.5;
        let mut k = 0;
        if own > 0 {
            node.own_at = at[0];
            k = 1;
        }
        node.child_at = at[k..].to_vec();
    }

    /// Places only a node's own people, their block centred at `centre`;
    /// the node's place is that block.
    fn settle_own(&self, n: usize, centre: Point, out: &mut Places) {
        let node = &self.nodes[n];
        let disc = Disc { centre, radius: node.own_radius };
        match node.key {
            PlaceKey::Unit(u) => {
                out.units.insert(u, (disc, 0));
            }
            PlaceKey::Community(k) => {
                out.communities.insert(k, disc);
            }
        }
        for (p, s) in node.own.iter().zip(slots(node.own.len())) {
            out.people.insert(*p, Point::new(centre.x + s.x, centre.y + s.y + CAPTION / 2.0));
        }
    }

    /// Places a node at `centre` and everything in it.
    fn settle(&self, n: usize, centre: Point, depth: usize, out: &mut Places) {
        let node = &self.nodes[n];
        let disc = Disc { centre, radius: node.radius };
        match node.key {
            PlaceKey::Unit(u) => {
                out.units.insert(u, (disc, depth));
            }
            PlaceKey::Community(k) => {
                out.communities.insert(k, disc);
            }
        }
        // A block's people stand a little low in it, under the unit's name.
        let own_centre = Point::new(centre.x + node.own_at.x, centre.y + node.own_at.y + CAPTION / 2.0);
        for (p, s) in node.own.iter().zip(slots(node.own.len())) {
            out.people.insert(*p, Point::new(own_centre.x + s.x, own_centre.y + s.y));
        }
        for (c, at) in node.children.iter().zip(&node.child_at) {
            self.settle(*c, Point::new(centre.x + at.x, centre.y + at.y), depth + 1, out);
        }
    }
}

/// Parents with any cycle cut: a node whose walk up comes back to itself
/// becomes a top place.
fn cut_cycles(mut parent: Vec<Option<usize>>) -> Vec<Option<usize>> {
    for start in 0..parent.len() {
        let mut seen = BTreeSet::new();
        let mut n = start;
        seen.insert(n);
        while let Some(p) = parent[n] {
            if !seen.insert(p) {
                parent[n] = None;
                break;
            }
            n = p;
        }
    }
    parent
}

/// Packs discs of `radii` side by side without overlap (GAP apart), by the
/// traffic `weight(a, b)` between them: the most connected first (or
/// `first`, in the middle), then each next the one with most traffic to
/// those placed, at the free spot nearest the ones it talks to. Returns the
/// centres, the whole centred on the origin, in `shape`.
fn pack(radii: &[f32], weight: &dyn Fn(usize, usize) -> f32, first: Option<usize>, shape: Shape) -> Vec<Point> {
    let n = radii.len();
    let mut at: Vec<Option<Point>> = vec![None; n];
    if n == 0 {
        return Vec::new();
    }
    let total: Vec<f32> = (0..n).map(|i| (0..n).filter(|j| *j != i).map(|j| weight(i, j)).sum()).collect();
    let start = first.unwrap_or_else(|| {
        (0..n)
            .max_by(|a, b| total[*a].total_cmp(&total[*b]).then(radii[*a].total_cmp(&radii[*b])).then(b.cmp(a)))
            .unwrap_or(0)
    });
    at[start] = Some(Point::default());
    let mut placed = vec![start];
    let mut link: Vec<f32> = (0..n).map(|j| if j == start { 0.0 } else { weight(start, j) }).collect();
    while placed.len() < n {
        // The next: most traffic to those placed; then the biggest.
        let next = (0..n)
            .filter(|i| at[*i].is_none())
            .max_by(|a, b| link[*a].total_cmp(&link[*b]).then(radii[*a].total_cmp(&radii[*b])).then(b.cmp(a)))
            .unwrap_or(0);
        let spot = free_spot(next, radii, &at, &placed, (weight, shape));
        at[next] = Some(spot);
        placed.push(next);
        for j in 0..n {
            if at[j].is_none() {
                link[j] += weight(next, j);
            }
        }
    }
    let points: Vec<Point> = at.into_iter().map(Option::unwrap_or_default).collect();
    centre_on_origin(points, radii)
}

/// Shifts the centres so the box around all discs is centred on the origin.
fn centre_on_origin(points: Vec<Point>, radii: &[f32]) -> Vec<Point> {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (p, r) in points.iter().zip(radii) {
        (x0, y0, x1, y1) = (x0.min(p.x - r), y0.min(p.y - r), x1.max(p.x + r), y1.max(p.y + r));
    }
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    points.into_iter().map(|p| Point::new(p.x - cx, p.y - cy)).collect()
}

/// The best free spot for disc `i`: touching one or two placed discs,
/// overlapping none, nearest (by traffic) the discs it talks to and then
/// the middle of those placed.
fn free_spot(
    i: usize,
    radii: &[f32],
    at: &[Option<Point>],
    placed: &[usize],
    (weight, shape): (&dyn Fn(usize, usize) -> f32, Shape),
) -> Point {
    // How far the centre of disc i must stay from that of disc j.
    let apart = |j: usize| radii[i] + radii[j] + gap(radii[i], radii[j], shape.spread);
    let (mut sx, mut sy, mut sw) = (0.0f32, 0.0f32, 0.0f32);
    let (mut mx, mut my) = (0.0f32, 0.0f32);
    for &j in placed {
        let p = at[j].unwrap_or_default();
        let w = weight(i, j);
        (sx, sy, sw) = (sx + p.x * w, sy + p.y * w, sw + w);
        (mx, my) = (mx + p.x * radii[j].powi(2), my + p.y * radii[j].powi(2));
    }
    let mass = placed.iter().map(|j| radii[*j].powi(2)).sum::<f32>().max(1.0);
    let middle = Point::new(mx / mass, my / mass);
    let goal = if sw > 0.0 { Point::new(sx / sw, sy / sw) } else { middle };
    // Candidates come from the placed discs nearest the goal.
    let mut near: Vec<usize> = placed.to_vec();
    near.sort_by(|a, b| {
        let d = |k: &usize| at[*k].unwrap_or_default().distance(goal) - radii[*k];
        d(a).total_cmp(&d(b)).then(a.cmp(b))
    });
    near.truncate(12);
    let mut candidates = Vec::new();
    for (k, &a) in near.iter().enumerate() {
        let pa = at[a].unwrap_or_default();
        for s in 0..16 {
            let angle = s as f32 / 16.0 * std::f32::consts::TAU;
            let d = apart(a);
            candidates.push(Point::new(pa.x + d * angle.cos(), pa.y + d * angle.sin()));
        }
        for &b in &near[k + 1..] {
            candidates.extend(touching_both(pa, apart(a), at[b].unwrap_or_default(), apart(b)));
        }
    }
    let free = |c: &Point| placed.iter().all(|j| c.distance(at[*j].unwrap_or_default()) >= apart(*j) - 0.5);
    let stretched = |c: &Point| (c.x - middle.x).hypot((c.y - middle.y) * shape.wide);
    let cost = |c: &Point| c.distance(goal) + 0.8 * stretched(c);
    candidates
        .into_iter()
        .filter(free)
        .min_by(|a, b| cost(a).total_cmp(&cost(b)).then(a.x.total_cmp(&b.x)).then(a.y.total_cmp(&b.y)))
        .unwrap_or_else(|| {
            // Nothing free near the goal: outside everything, to the right.
            let right = placed.iter().map(|j| at[*j].unwrap_or_default().x + apart(*j)).fold(0.0, f32::max);
            Point::new(right, middle.y)
        })
}

/// The two points at distance `ra` from `a` and `rb` from `b`, if any.
fn touching_both(a: Point, ra: f32, b: Point, rb: f32) -> Vec<Point> {
    let d = a.distance(b);
    if d < 1e-3 || d > ra + rb || d < (ra - rb).abs() {
        return Vec::new();
    }
    let along = (ra * ra - rb * rb + d * d) / (2.0 * d);
    let h = (ra * ra - along * along).max(0.0).sqrt();
    let (ux, uy) = ((b.x - a.x) / d, (b.y - a.y) / d);
    let (mx, my) = (a.x + ux * along, a.y + uy * along);
    vec![Point::new(mx - uy * h, my + ux * h), Point::new(mx + uy * h, my - ux * h)]
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
