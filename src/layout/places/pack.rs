//! Discs packed side by side by the traffic between them: the most
//! connected first, each next at the free spot nearest those it talks to.

use super::{Point, Shape, gap};

/// Packs discs of `radii` side by side without overlap (GAP apart), by the
/// traffic `weight(a, b)` between them: the most connected first (or
/// `first`, in the middle), then each next the one with most traffic to
/// those placed, at the free spot nearest the ones it talks to. Returns the
/// centres, the whole centred on the origin, in `shape`.
pub(super) fn pack(
    radii: &[f32],
    weight: &dyn Fn(usize, usize) -> f32,
    first: Option<usize>,
    shape: Shape,
) -> Vec<Point> {
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
pub(super) fn centre_on_origin(points: Vec<Point>, radii: &[f32]) -> Vec<Point> {
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
pub(super) fn free_spot(
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
pub(super) fn touching_both(a: Point, ra: f32, b: Point, rb: f32) -> Vec<Point> {
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
