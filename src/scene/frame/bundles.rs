//! The lines of one frame: each drawn on its own once both ends are
//! pieces, else bundled between the units (or our team) they join, with
//! the count of the conflicts and gates in a bundle wanting a place.

use super::labels::{Draw, Wish};
use super::{CULL_MARGIN, DrawnLine, Frame, FrameInput, LINE_BUDGET, LINES_FROM, Owner};
use crate::model::{RelKind, UnitId};
use crate::scene::draw::{self, Look, Pattern, Prim, Stroke, View, Xy};
use crate::scene::overview::{self, Region};
use crate::scene::{Emphasis, NodeKind, ScenePerson, lines};
use std::collections::{BTreeMap, HashMap};

/// Most important kind first: what a bundle of lines between two units is drawn as.
pub(super) fn weight(kind: RelKind) -> u8 {
    match kind {
        RelKind::Conflict => 5,
        RelKind::Gatekeeps => 4,
        RelKind::ReportsTo => 3,
        RelKind::Influences => 2,
        RelKind::Knows => 1,
    }
}

/// Where a bundle runs: a unit (as far in as the zoom opens units), or our team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum End {
    Unit(UnitId),
    Team,
}

#[derive(Clone, Copy, Debug, Default)]
struct Bundle {
    lines: usize,
    /// The most important kind and how many lines of it.
    kind: Option<RelKind>,
    of_kind: usize,
    lit: bool,
}

/// A unit shows the units inside it as places of their own (and their
/// lines apart) from this radius on screen; smaller, it stands for them.
pub const OPEN_PX: f32 = 300.0;

/// The unit a person's lines join at this zoom: the outermost unit around
/// theirs that is too small on screen to show what is inside it, or their own.
fn joined_unit(unit: UnitId, region: &HashMap<UnitId, &Region>, zoom: f32) -> UnitId {
    let mut chain = vec![unit];
    while let Some(up) = chain.last().and_then(|u| region.get(u)).and_then(|r| r.parent) {
        if chain.contains(&up) || chain.len() > 64 {
            break;
        }
        chain.push(up);
    }
    chain.iter().rev().copied().find(|u| region.get(u).is_some_and(|r| r.radius * zoom < OPEN_PX)).unwrap_or(unit)
}

/// Lines: one by one where both ends are pieces (or one end is in focus),
/// else joined into one line per pair of units (our team's as one line
/// from the team into each unit). Returns the shapes drawn and the counts
/// that want a place.
pub(super) fn draw_lines(
    out: &mut Frame,
    input: &FrameInput<'_>,
    focus: &[bool],
    shown: &[bool],
) -> (usize, Vec<Wish>) {
    let FrameInput { people, lines, regions, view, look, .. } = input;
    let region: HashMap<UnitId, &Region> = regions.iter().map(|r| (r.unit, r)).collect();
    let mut joined: HashMap<UnitId, UnitId> = HashMap::new();
    let seen = view_box(view);
    let mut bundles: BTreeMap<(End, End), Bundle> = BTreeMap::new();
    let mut shapes = 0;
    let mut counts = Vec::new();
    let plain = view.zoom < LINES_FROM;
    let mut drawn = std::collections::HashSet::new();
    // Where more lines would be drawn one by one than a picture can carry
    // (a whole big map printed large), those between units join as bundles
    // and only the lines inside each unit stay single.
    let single_at_zoom = |l: &DrawnLine| shown[l.from] && shown[l.to] && view.zoom >= LINES_FROM;
    let crowded = lines
        .iter()
        .filter(|l| single_at_zoom(l) && crosses(people[l.from].at, people[l.to].at, &seen))
        .nth(LINE_BUDGET)
        .is_some();
    for l in *lines {
        let (a, b) = (&people[l.from], &people[l.to]);
        let lit = l.data.emphasis == Emphasis::Lit;
        // On the timeline, a line gained or lost is what the step is about.
        let own = focus[l.from] || focus[l.to] || lit || l.data.change.is_some();
        let inside = a.unit.is_some() && a.unit == b.unit;
        let single = own || (single_at_zoom(l) && (!crowded || inside));
        if single {
            // Several lines of one kind between the same two people are drawn once.
            let pair = (l.from.min(l.to), l.from.max(l.to), weight(l.data.kind));
            if crosses(a.at, b.at, &seen) && drawn.insert(pair) {
                let quiet = !own && l.data.emphasis != Emphasis::Normal;
                let marks = draw::line::Marks { quiet, plain: plain && !own };
                let before = out.layers.lines.len();
                draw::line::line(&mut out.layers.lines, &l.data, (&a.data, a.at), (&b.data, b.at), view, look, marks);
                shapes += usize::from(out.layers.lines.len() > before);
            }
            continue;
        }
        let mut end = |p: &ScenePerson| match (&p.data.kind, p.unit) {
            (NodeKind::Member { .. }, _) => Some(End::Team),
            (_, Some(u)) if region.contains_key(&u) => {
                Some(End::Unit(*joined.entry(u).or_insert_with(|| joined_unit(u, &region, view.zoom))))
            }
            _ => None,
        };
        let (Some(x), Some(y)) = (end(a), end(b)) else { continue };
        if x == y || nested(x, y, &region) {
            continue;
        }
        let key = if x < y { (x, y) } else { (y, x) };
        let bundle = bundles.entry(key).or_default();
        bundle.lines += 1;
        bundle.lit |= lit;
        match bundle.kind {
            Some(k) if weight(k) > weight(l.data.kind) => {}
            Some(k) if k == l.data.kind => bundle.of_kind += 1,
            _ => (bundle.kind, bundle.of_kind) = (Some(l.data.kind), 1),
        }
    }
    let team = team_place(people);
    for ((x, y), bundle) in bundles {
        let ends = |e: End| match e {
            End::Unit(u) => region.get(&u).map(|r| (r.centre, r.radius)),
            End::Team => team.map(|t| (t, 0.0)),
        };
        let (Some(a), Some(b)) = (ends(x), ends(y)) else { continue };
        if crosses(a.0, b.0, &seen)
            && let Some(count) = draw_bundle(out, a, b, bundle, view, look)
        {
            counts.extend(count);
            shapes += 1;
        }
    }
    (shapes, counts)
}

/// Where our team's joined lines end: the middle of our people, at the top of their row.
pub(super) fn team_place(people: &[ScenePerson]) -> Option<crate::layout::Point> {
    let ours: Vec<crate::layout::Point> =
        people.iter().filter(|p| matches!(p.data.kind, NodeKind::Member { .. })).map(|p| p.at).collect();
    let n = ours.len() as f32;
    let top = ours.iter().map(|p| p.y).fold(f32::MAX, f32::min);
    (n > 0.0).then(|| crate::layout::Point::new(ours.iter().map(|p| p.x).sum::<f32>() / n, top - 60.0))
}

/// Whether one unit lies inside the other (its lines are inside the outer one).
fn nested(x: End, y: End, region: &HashMap<UnitId, &Region>) -> bool {
    let (End::Unit(a), End::Unit(b)) = (x, y) else { return false };
    let (Some(a), Some(b)) = (region.get(&a), region.get(&b)) else { return false };
    let d = a.centre.distance(b.centre);
    d + a.radius.min(b.radius) <= a.radius.max(b.radius) + 0.5
}

/// One line for a bundle, from rim to rim (none when the two touch), and
/// for conflicts and gates between units, the count that wants a place.
#[expect(
    clippy::option_option,
    reason = "None: no line drawn; Some(None): a line and no count; Some(Some(w)): a line and its count"
)]
fn draw_bundle(
    out: &mut Frame,
    (a, ra): (crate::layout::Point, f32),
    (b, rb): (crate::layout::Point, f32),
    bundle: Bundle,
    view: &View,
    look: &Look,
) -> Option<Option<Wish>> {
    let d = a.distance(b);
    if d <= ra + rb + 1.0 {
        return None;
    }
    let (ux, uy) = ((b.x - a.x) / d, (b.y - a.y) / d);
    let p = view.to_screen(crate::layout::Point::new(a.x + ux * ra, a.y + uy * ra));
    let q = view.to_screen(crate::layout::Point::new(b.x - ux * rb, b.y - uy * rb));
    let kind = bundle.kind.unwrap_or(RelKind::Knows);
    let c = &look.palette;
    let colour = if bundle.lit { c.highlight } else { c.line(kind).fade(0.5) };
    // A conflict or a gate between units says its count in words; its
    // zigzag or dots stay thin, so it marks the pair without covering them.
    let width = match kind {
        RelKind::Conflict | RelKind::Gatekeeps => overview::bundle_width(bundle.lines).min(2.5),
        _ => overview::bundle_width(bundle.lines),
    };
    let stroke = Stroke::solid(width, colour);
    let prim = match kind {
        RelKind::Conflict => Prim::Path { points: lines::zigzag(p, q, lines::conflict_amplitude(width)), stroke },
        RelKind::Influences => Prim::Path {
            points: vec![p, q],
            stroke: Stroke { pattern: Pattern::Dashed { dash: 12.0, gap: 7.0 }, ..stroke },
        },
        RelKind::Gatekeeps => {
            let (gap, radius) = lines::gate_dots(width);
            Prim::Path { points: vec![p, q], stroke: Stroke { pattern: Pattern::Dotted { gap, radius }, ..stroke } }
        }
        RelKind::ReportsTo | RelKind::Knows => Prim::segment(p, q, stroke),
    };
    out.layers.lines.push(prim);
    // A conflict or a gate between units says how many.
    let counted = matches!(kind, RelKind::Conflict | RelKind::Gatekeeps) && bundle.of_kind > 1;
    Some(counted.then(|| {
        let mid = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
        let (text, size) = (count_text(bundle.of_kind), count_size(look));
        Wish {
            owner: Owner::Count,
            priority: 0,
            must: false,
            fallback: false,
            candidates: vec![(count_box(mid, bundle.of_kind, look), Draw::Count { text, size })],
        }
    }))
}

pub(super) fn count_text(n: usize) -> String {
    format!("×{n}")
}

pub(super) fn count_size(look: &Look) -> f32 {
    12.0 * look.label_scale
}

pub(super) fn count_box(mid: Xy, n: usize, look: &Look) -> [f32; 4] {
    let (w, h) = overview::label_size(&count_text(n), count_size(look));
    [mid.0 - w / 2.0, mid.1 - h / 2.0, w, h]
}

/// The part of the map on screen, in map units (x0, y0, x1, y1), with a margin.
pub(super) fn view_box(view: &View) -> [f32; 4] {
    let [x, y, w, h] = view.screen;
    let m = CULL_MARGIN;
    let z = view.zoom.max(1e-6);
    let to_map = |sx: f32, sy: f32| ((sx - view.offset.0) / z, (sy - view.offset.1) / z);
    let (a, b) = (to_map(x - m, y - m), to_map(x + w + m, y + h + m));
    [a.0, a.1, b.0, b.1]
}

/// Whether the box around a segment meets the view box.
pub(super) fn crosses(a: crate::layout::Point, b: crate::layout::Point, v: &[f32; 4]) -> bool {
    a.x.max(b.x) >= v[0] && a.x.min(b.x) <= v[2] && a.y.max(b.y) >= v[1] && a.y.min(b.y) <= v[3]
}
