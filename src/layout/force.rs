//! A deterministic force-directed layout (Fruchterman-Reingold with a
//! cooling schedule). The same input always gives the same positions:
//! there is no randomness, people without a position are seeded on a
//! spiral or beside the neighbours that have one, and every sum runs in
//! a fixed order.
//!
//! Repulsion only counts people within `CUTOFF` ideal lengths, found
//! through a grid of buckets, so a step costs about O(n) instead of O(n^2).

use super::Point;
use std::collections::HashMap;

/// Ideal distance between two related people, in map units.
pub const IDEAL: f32 = 190.0;
/// People closer than this push apart hard, so pieces and names never overlap.
const MIN_GAP: f32 = 170.0;
/// After settling, no two people are closer than this.
pub const SEPARATION: f32 = 150.0;
/// Sideways room counts this much of vertical room when separating.
const SIDEWAYS: f32 = 0.72;
/// Repulsion reaches this many ideal lengths.
const CUTOFF: f32 = 2.0;
/// Start temperature (largest move per step) and cooling per step.
const START_TEMPERATURE: f32 = 120.0;
const COOLING: f32 = 0.965;
/// A settled layout moves less than this per step.
const SETTLED: f32 = 0.5;
/// A gentle pull to the centre keeps unconnected groups in view.
const GRAVITY: f32 = 0.012;
/// Pull of a person towards the middle of their group (business unit), as
/// a share of a line's pull: it keeps a unit's people together.
const GROUP_PULL: f32 = 1.0;
/// Room kept between two groups' discs, in map units.
const GROUP_GAP: f32 = IDEAL * 0.5;
/// How hard overlapping groups push apart, per unit of overlap.
const GROUP_PARTING: f32 = 8.0;
/// Lines across groups pull this much of a line inside one, so units can
/// stand apart and the lines between them read as traffic between units.
const ACROSS_GROUPS: f32 = 0.01;

/// One running simulation.
#[derive(Clone, Debug)]
pub struct Simulation {
    pos: Vec<Point>,
    fixed: Vec<bool>,
    /// (a, b, weight): weight grows with relationship strength.
    edges: Vec<(usize, usize, f32)>,
    temperature: f32,
    steps: u32,
    /// The group (business unit) of each person, if any.
    groups: Vec<Option<usize>>,
}

impl Simulation {
    /// `start[i]` is a saved position, if any; `fixed[i]` people never move.
    /// Edges index into the same list.
    pub fn new(start: &[Option<Point>], fixed: &[bool], edges: &[(usize, usize, f32)], warm: bool) -> Self {
        let pos = seed(start, edges);
        let edges = edges.iter().copied().filter(|(a, b, _)| a != b && *a < pos.len() && *b < pos.len()).collect();
        let fixed = (0..pos.len()).map(|i| fixed.get(i).copied().unwrap_or(false)).collect();
        // A warm start (most people already placed) shakes the map less.
        let temperature = if warm { START_TEMPERATURE * 0.25 } else { START_TEMPERATURE };
        Self { pos, fixed, edges, temperature, steps: 0, groups: Vec::new() }
    }

    /// Keeps each group's people together: people pull towards the middle of
    /// their group, lines across groups pull less, and people without a
    /// saved position start near their group's place. `groups[i]` is the
    /// group of person i.
    pub fn with_groups(mut self, groups: Vec<Option<usize>>, start: &[Option<Point>]) -> Self {
        let same =
            |a: usize, b: usize| matches!((groups.get(a), groups.get(b)), (Some(Some(x)), Some(Some(y))) if x == y);
        for e in &mut self.edges {
            if !same(e.0, e.1) {
                e.2 *= ACROSS_GROUPS;
            }
        }
        seed_groups(&mut self.pos, &groups, start);
        self.groups = groups;
        self
    }

    pub fn positions(&self) -> &[Point] {
        &self.pos
    }

    /// Whether the layout has cooled down and stopped moving.
    pub fn is_settled(&self) -> bool {
        self.temperature < SETTLED || self.pos.is_empty()
    }

    pub fn steps(&self) -> u32 {
        self.steps
    }

    /// Advances one step; returns the largest move made.
    pub fn step(&mut self) -> f32 {
        let n = self.pos.len();
        if n == 0 || self.is_settled() {
            return 0.0;
        }
        let mut disp = vec![Point::default(); n];
        self.repel(&mut disp);
        self.attract(&mut disp);
        self.pull_groups(&mut disp);
        self.part_groups(&mut disp);
        let mut largest: f32 = 0.0;
        for (i, d) in disp.iter().enumerate() {
            if self.fixed[i] {
                continue;
            }
            let gx = d.x - self.pos[i].x * GRAVITY;
            let gy = d.y - self.pos[i].y * GRAVITY;
            let len = (gx * gx + gy * gy).sqrt();
            if len > 0.0 && len.is_finite() {
                let moved = len.min(self.temperature);
                self.pos[i].x += gx / len * moved;
                self.pos[i].y += gy / len * moved;
                largest = largest.max(moved);
            }
        }
        self.temperature *= COOLING;
        self.steps += 1;
        if self.is_settled() {
            self.separate();
        }
        largest
    }

    /// Runs until settled (or a step limit) and returns the final positions.
    pub fn run(mut self) -> Vec<Point> {
        for _ in 0..2_000 {
            if self.is_settled() {
                break;
            }
            self.step();
        }
        self.pos
    }

    fn repel(&self, disp: &mut [Point]) {
        let cell = IDEAL * CUTOFF;
        let grid = super::grid::Buckets::new(&self.pos, cell);
        let k2 = IDEAL * IDEAL;
        for (i, p) in self.pos.iter().enumerate() {
            if self.fixed[i] {
                continue;
            }
            let (cx, cy) = grid.key(*p);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    for &j in grid.get(cx + dx, cy + dy) {
                        let j = j as usize;
                        if i == j {
                            continue;
                        }
                        let (mut vx, mut vy) = (p.x - self.pos[j].x, p.y - self.pos[j].y);
                        let mut d = (vx * vx + vy * vy).sqrt();
                        if d < 0.01 {
                            // Same spot: separate along a fixed direction by index.
                            let angle = (i as f32 - j as f32) * 2.399;
                            (vx, vy, d) = (angle.cos(), angle.sin(), 1.0);
                        }
                        if d > cell {
                            continue;
                        }
                        let mut force = k2 / d;
                        if d < MIN_GAP {
                            force *= 10.0;
                        }
                        disp[i].x += vx / d * force;
                        disp[i].y += vy / d * force;
                    }
                }
            }
        }
    }

    /// Final pass: pushes apart any two people still closer than `SEPARATION`,
    /// so no piece or name sits on another.
    fn separate(&mut self) {
        // Names are wider than they are tall: separate in a space squeezed
        // sideways, so people side by side keep more room than people stacked.
        for p in &mut self.pos {
            p.x *= SIDEWAYS;
        }
        self.separate_round();
        for p in &mut self.pos {
            p.x /= SIDEWAYS;
        }
    }

    fn separate_round(&mut self) {
        for _ in 0..30 {
            let mut moved = false;
            let cell = SEPARATION;
            let key = |p: Point| ((p.x / cell).floor() as i32, (p.y / cell).floor() as i32);
            let mut grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
            for (i, p) in self.pos.iter().enumerate() {
                grid.entry(key(*p)).or_default().push(i);
            }
            for i in 0..self.pos.len() {
                let (cx, cy) = key(self.pos[i]);
                for dx in -1..=1 {
                    for dy in -1..=1 {
                        let Some(bucket) = grid.get(&(cx + dx, cy + dy)) else { continue };
                        for &j in bucket {
                            if j <= i || (self.fixed[i] && self.fixed[j]) {
                                continue;
                            }
                            let (vx, vy) = (self.pos[j].x - self.pos[i].x, self.pos[j].y - self.pos[i].y);
                            let d = (vx * vx + vy * vy).sqrt();
                            if d >= SEPARATION {
                                continue;
                            }
                            let (ux, uy) = if d < 0.01 { (1.0, 0.0) } else { (vx / d, vy / d) };
                            let push = SEPARATION - d;
                            let (wi, wj) = match (self.fixed[i], self.fixed[j]) {
                                (true, _) => (0.0, 1.0),
                                (_, true) => (1.0, 0.0),
                                _ => (0.5, 0.5),
                            };
                            self.pos[i].x -= ux * push * wi;
                            self.pos[i].y -= uy * push * wi;
                            self.pos[j].x += ux * push * wj;
                            self.pos[j].y += uy * push * wj;
                            moved = true;
                        }
                    }
                }
            }
            if !moved {
                break;
            }
        }
    }

    fn pull_groups(&self, disp: &mut [Point]) {
        let Some(count) = self.groups.iter().flatten().max().map(|g| g + 1) else { return };
        let mut sum = vec![(0.0f32, 0.0f32, 0u32); count];
        for (p, g) in self.pos.iter().zip(&self.groups) {
            if let Some(g) = g {
                sum[*g].0 += p.x;
                sum[*g].1 += p.y;
                sum[*g].2 += 1;
            }
        }
        for (i, g) in self.groups.iter().enumerate() {
            let Some((sx, sy, n)) = g.map(|g| sum[g]) else { continue };
            if n < 2 {
                continue;
            }
            let (cx, cy) = (sx / n as f32, sy / n as f32);
            let (vx, vy) = (cx - self.pos[i].x, cy - self.pos[i].y);
            let d = (vx * vx + vy * vy).sqrt().max(0.01);
            let force = d * d / IDEAL * GROUP_PULL;
            disp[i].x += vx / d * force;
            disp[i].y += vy / d * force;
        }
    }

    /// Pushes whole groups apart where their discs (each as big as its
    /// people need) overlap, so units stand as separate regions instead of
    /// growing into each other. Costs groups squared, not people squared.
    fn part_groups(&self, disp: &mut [Point]) {
        let Some(count) = self.groups.iter().flatten().max().map(|g| g + 1) else { return };
        let mut sum = vec![(0.0f32, 0.0f32, 0u32); count];
        for (p, g) in self.pos.iter().zip(&self.groups) {
            if let Some(g) = g {
                sum[*g] = (sum[*g].0 + p.x, sum[*g].1 + p.y, sum[*g].2 + 1);
            }
        }
        let disc = |n: u32| group_radius(n as usize);
        let mut push = vec![(0.0f32, 0.0f32); count];
        for a in 0..count {
            for b in a + 1..count {
                let ((ax, ay, an), (bx, by, bn)) = (sum[a], sum[b]);
                if an == 0 || bn == 0 {
                    continue;
                }
                let (ca, cb) = ((ax / an as f32, ay / an as f32), (bx / bn as f32, by / bn as f32));
                let (vx, vy) = (cb.0 - ca.0, cb.1 - ca.1);
                let d = (vx * vx + vy * vy).sqrt();
                let overlap = disc(an) + disc(bn) + GROUP_GAP - d;
                if overlap <= 0.0 {
                    continue;
                }
                // Two groups on one spot part along a fixed direction.
                let (ux, uy) = if d > 0.01 { (vx / d, vy / d) } else { (1.0, 0.0) };
                // The smaller group moves more.
                let share_a = bn as f32 / (an + bn) as f32;
                push[a] = (push[a].0 - ux * overlap * share_a, push[a].1 - uy * overlap * share_a);
                push[b] = (push[b].0 + ux * overlap * (1.0 - share_a), push[b].1 + uy * overlap * (1.0 - share_a));
            }
        }
        for (i, g) in self.groups.iter().enumerate() {
            if let Some(g) = g {
                disp[i].x += push[*g].0 * GROUP_PARTING;
                disp[i].y += push[*g].1 * GROUP_PARTING;
            }
        }
    }

    fn attract(&self, disp: &mut [Point]) {
        for &(a, b, w) in &self.edges {
            let (vx, vy) = (self.pos[a].x - self.pos[b].x, self.pos[a].y - self.pos[b].y);
            let d = (vx * vx + vy * vy).sqrt().max(0.01);
            let force = d * d / IDEAL * w;
            let (fx, fy) = (vx / d * force, vy / d * force);
            disp[a].x -= fx;
            disp[a].y -= fy;
            disp[b].x += fx;
            disp[b].y += fy;
        }
    }
}

/// The radius of the disc a group of `n` people needs.
pub fn group_radius(n: usize) -> f32 {
    (n as f32).sqrt() * IDEAL * 0.55
}

/// Starting positions: saved ones as they are; others beside the average of
/// their placed neighbours, or on a golden-angle spiral.
fn seed(start: &[Option<Point>], edges: &[(usize, usize, f32)]) -> Vec<Point> {
    let mut pos: Vec<Option<Point>> = start.to_vec();
    let spiral = |i: usize| {
        let r = IDEAL * 0.6 * ((i + 1) as f32).sqrt();
        let a = i as f32 * 2.399_963;
        Point::new(r * a.cos(), r * a.sin())
    };
    for (i, slot) in pos.iter_mut().enumerate() {
        if slot.is_some() {
            continue;
        }
        let placed: Vec<Point> = edges
            .iter()
            .filter_map(|&(a, b, _)| {
                if a == i {
                    Some(b)
                } else if b == i {
                    Some(a)
                } else {
                    None
                }
            })
            .filter_map(|j| start.get(j).copied().flatten())
            .collect();
        *slot = Some(if placed.is_empty() {
            spiral(i)
        } else {
            let n = placed.len() as f32;
            let (sx, sy) = placed.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
            let offset = spiral(i % 7);
            Point::new(sx / n + offset.x * 0.3, sy / n + offset.y * 0.3)
        });
    }
    pos.into_iter().map(|p| p.unwrap_or_default()).collect()
}

/// Starts people without a saved position near their group's place: each
/// group gets a place on a spiral, spaced by the room its people need, and
/// its new people a small spiral around it. Groups whose people already have
/// positions grow from the middle of those.
fn seed_groups(pos: &mut [Point], groups: &[Option<usize>], start: &[Option<Point>]) {
    let Some(count) = groups.iter().flatten().max().map(|g| g + 1) else { return };
    let mut size = vec![0usize; count];
    let mut saved = vec![(0.0f32, 0.0f32, 0usize); count];
    for (i, g) in groups.iter().enumerate() {
        if let Some(g) = g {
            size[*g] += 1;
            if let Some(Some(p)) = start.get(i) {
                saved[*g] = (saved[*g].0 + p.x, saved[*g].1 + p.y, saved[*g].2 + 1);
            }
        }
    }
    // Places for the groups: biggest first, on a spiral wide enough for each.
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|g| std::cmp::Reverse(size[*g]));
    // The spiral's radius grows with the square root of the area used so far,
    // so the groups pack into a disc rather than a long arm.
    let mut anchor = vec![Point::default(); count];
    let mut area = 0.0f32;
    for (k, g) in order.iter().enumerate() {
        let radius = group_radius(size[*g]);
        let r = if k == 0 { 0.0 } else { 1.25 * (area + radius * radius).sqrt() };
        let a = k as f32 * 2.399_963;
        anchor[*g] = match saved[*g] {
            (x, y, n) if n > 0 => Point::new(x / n as f32, y / n as f32),
            _ => Point::new(r * a.cos(), r * a.sin()),
        };
        area += radius * radius;
    }
    let mut placed_in = vec![0usize; count];
    for (i, g) in groups.iter().enumerate() {
        let (Some(g), None) = (g, start.get(i).copied().flatten()) else { continue };
        let k = placed_in[*g];
        placed_in[*g] += 1;
        let r = IDEAL * 0.55 * ((k + 1) as f32).sqrt();
        let a = k as f32 * 2.399_963;
        pos[i] = Point::new(anchor[*g].x + r * a.cos(), anchor[*g].y + r * a.sin());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_units_started_on_one_spot_end_up_apart() {
        // Two groups of 30, everyone starting in the same small cluster,
        // each group a chain of lines, one line between the groups.
        let n = 60;
        let start: Vec<Option<Point>> =
            (0..n).map(|i| Some(Point::new((i % 8) as f32 * 10.0, (i / 8) as f32 * 10.0))).collect();
        let mut edges: Vec<(usize, usize, f32)> = (1..30).map(|i| (i - 1, i, 1.0)).collect();
        edges.extend((31..60).map(|i| (i - 1, i, 1.0)));
        edges.push((0, 30, 1.0));
        let groups: Vec<Option<usize>> = (0..n).map(|i| Some(i / 30)).collect();
        let free = vec![false; n];
        let pos = Simulation::new(&start, &free, &edges, false).with_groups(groups, &start).run();
        let centre = |r: std::ops::Range<usize>| {
            let k = r.len() as f32;
            let (x, y) = pos[r].iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
            Point::new(x / k, y / k)
        };
        let (a, b) = (centre(0..30), centre(30..60));
        assert!(a.distance(b) >= 2.0 * group_radius(30), "centres {} apart", a.distance(b));
        // Most people are nearer their own unit's centre than the other's.
        let own = (0..n).filter(|i| (pos[*i].distance(a) < pos[*i].distance(b)) == (*i < 30)).count();
        assert!(own >= 57, "{own} of 60 nearest their own unit");
    }
}
