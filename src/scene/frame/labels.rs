//! The names of one frame: what wants a place (people, units, bundle
//! counts) and placing them in order of importance, each at the first of
//! its spots that lies on no other name, no one's piece and no reserved box.

use super::{DrawnPiece, EDGE, FrameInput, Owner, Placed};
use crate::scene::draw::{View, Xy, person};
use crate::scene::overview::{self, Region};
use std::collections::HashMap;

/// A text that wants a place: its owner, importance, candidate boxes with
/// what each draws, and whether it must show.
pub(super) struct Wish {
    pub(super) owner: Owner,
    pub(super) priority: i32,
    pub(super) must: bool,
    /// Placed only when an earlier wish of the same owner was not.
    pub(super) fallback: bool,
    /// Each candidate: its box and how to draw it there.
    pub(super) candidates: Vec<([f32; 4], Draw)>,
}

#[derive(Clone)]
pub(super) enum Draw {
    /// A name; `leader` when it stands off its piece (a line leads to it).
    Person {
        index: usize,
        name: String,
        title: Option<String>,
        size: f32,
        leader: Option<(Xy, f32)>,
    },
    Unit {
        index: usize,
        text: String,
        size: f32,
    },
    Count {
        text: String,
        size: f32,
    },
}

pub(super) fn label_wishes(
    input: &FrameInput<'_>,
    visible: &[usize],
    focus: &[bool],
    shown: &[bool],
    pieces: &[DrawnPiece],
) -> Vec<Wish> {
    let size = crate::scene::style::label_size(input.view.zoom, input.look.label_scale);
    let mut wishes: Vec<Wish> = visible
        .iter()
        .enumerate()
        .filter(|(_, i)| shown[**i])
        .map(|(k, &i)| person_wish(input, i, pieces[k], focus[i], size))
        .collect();
    for (index, r) in input.regions.iter().enumerate() {
        unit_wishes(input, index, r, &mut wishes);
    }
    wishes
}

/// Where a person's name may stand: beside the piece, long to short; and
/// for someone who must be named, further out with a line leading to it.
fn person_wish(input: &FrameInput<'_>, i: usize, piece: DrawnPiece, focus: bool, size: f32) -> Wish {
    let FrameInput { people, view, look, .. } = input;
    let d = &people[i].data;
    let r = piece.reach.max(4.0);
    let (name, title) = person::label_texts(d, view.zoom, look, focus);
    // Shorter and shorter: the name with its title, the name, "Henrik Å.", "Henrik".
    let short = person::shown_name(d, 0.0);
    let first = if d.vacant { short.clone() } else { crate::scene::style::first_name(&d.name, d.single) };
    let mut texts = vec![(name.clone(), title.clone())];
    if title.is_some() {
        texts.push((name.clone(), None));
    }
    for t in [short, first] {
        if texts.iter().all(|(n, _)| *n != t) {
            texts.push((t, None));
        }
    }
    let c = piece.centre;
    let mut candidates = Vec::new();
    for (name, title) in texts {
        let b = person::label_box(&name, title.as_deref(), (0.0, 0.0), (size, look.label_scale));
        let (w, h) = (b[2], b[3]);
        // Below, above, right, left, then the four corners.
        let d = r * std::f32::consts::FRAC_1_SQRT_2;
        for (x, y) in [
            (c.0, c.1 + r),
            (c.0, c.1 - r - h),
            (c.0 + r + w / 2.0, c.1 - h / 2.0),
            (c.0 - r - w / 2.0, c.1 - h / 2.0),
            (c.0 + d + w / 2.0, c.1 + d),
            (c.0 - d - w / 2.0, c.1 + d),
            (c.0 + d + w / 2.0, c.1 - d - h),
            (c.0 - d - w / 2.0, c.1 - d - h),
        ] {
            let draw = Draw::Person { index: i, name: name.clone(), title: title.clone(), size, leader: None };
            candidates.push(([x - w / 2.0, y, w, h], draw));
        }
    }
    // Named at every zoom, unless so near the screen's edge that no name fits.
    let [sx, sy, sw, sh] = view.screen;
    let inside = c.0 > sx + EDGE && c.1 > sy + EDGE && c.0 < sx + sw - EDGE && c.1 < sy + sh - EDGE;
    // Someone under the wall's legend or caption is not named over it.
    let covered = input.keep_out.iter().any(|k| c.0 >= k[0] && c.0 <= k[0] + k[2] && c.1 >= k[1] && c.1 <= k[1] + k[3]);
    let must = person::always_named(d, focus) && inside && !covered;
    if must {
        // Someone who must be named and finds no room beside their piece
        // stands off it, further out, with a line leading to it.
        let name = person::shown_name(d, 0.0);
        let b = person::label_box(&name, None, (0.0, 0.0), (size, look.label_scale));
        let (w, h) = (b[2], b[3]);
        for step in 1..=20 {
            let dist = r + 16.0 * step as f32 + h;
            for k in 0..24 {
                let angle = (k as f32 / 24.0 + 0.25) * std::f32::consts::TAU;
                let (x, y) = (c.0 + dist * angle.cos(), c.1 + dist * angle.sin());
                let leader = Some((c, r));
                let draw = Draw::Person { index: i, name: name.clone(), title: None, size, leader };
                candidates.push(([x - w / 2.0, y - h / 2.0, w, h], draw));
            }
        }
    }
    Wish {
        owner: Owner::Person(d.person),
        priority: person::label_priority(d, focus),
        must,
        fallback: false,
        candidates,
    }
}

/// Where a unit's name may stand around its disc: the whole caption, and
/// (placed after every person) a shorter one.
fn unit_wishes(input: &FrameInput<'_>, index: usize, r: &Region, out: &mut Vec<Wish>) {
    let FrameInput { view, look, .. } = input;
    let unit_size = 15.0 * look.label_scale;
    let c = view.to_screen(r.centre);
    let rad = r.radius * view.zoom;
    // The whole caption where it fits; once every person has had their
    // turn, a shorter one (its name alone, or a short form of it for a
    // small unit inside a big one).
    let texts = r.captions();
    let (full, short) = texts.split_at(texts.len().min(1));
    let candidates = |texts: &[String], around: bool| {
        let mut out = Vec::new();
        for text in texts {
            let (w, h) = overview::label_size(text, unit_size);
            let draw = Draw::Unit { index, text: text.clone(), size: unit_size };
            for y in [(c.1 - rad - h - 2.0), (c.1 - rad + 3.0), (c.1 + rad + 2.0), (c.1 + rad - h - 3.0)] {
                out.push(([c.0 - w / 2.0, y, w, h], draw.clone()));
            }
            // A shorter name may also stand beside the disc, touching its rim.
            if around {
                let d = rad * std::f32::consts::FRAC_1_SQRT_2;
                for (x, y) in [
                    (c.0 + rad + 3.0, c.1 - h / 2.0),
                    (c.0 - rad - 3.0 - w, c.1 - h / 2.0),
                    (c.0 + d, c.1 - d - h),
                    (c.0 - d - w, c.1 - d - h),
                    (c.0 + d, c.1 + d),
                    (c.0 - d - w, c.1 + d),
                ] {
                    out.push(([x, y, w, h], draw.clone()));
                }
            }
        }
        out
    };
    if !short.is_empty() {
        let candidates = candidates(short, true);
        out.push(Wish { owner: Owner::Unit(r.unit), priority: -1, must: false, fallback: true, candidates });
    }
    let candidates = candidates(full, false);
    // Outer units' names first, then by head count.
    let priority = 350 - 20 * r.depth.min(5) as i32 + r.people.min(19) as i32;
    out.push(Wish { owner: Owner::Unit(r.unit), priority, must: false, fallback: false, candidates });
}

/// Whether two boxes share area.
pub(super) fn boxes_meet(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}

/// Whether a box and a disc share area.
pub(super) fn box_meets_disc(b: &[f32; 4], c: Xy, r: f32) -> bool {
    let dx = (b[0] - c.0).max(0.0).max(c.0 - (b[0] + b[2]));
    let dy = (b[1] - c.1).max(0.0).max(c.1 - (b[1] + b[3]));
    dx * dx + dy * dy < r * r
}

/// Puts each wish at its first clear candidate, most important first:
/// clear of every text placed before, every piece but its own (a key
/// person that must be named may cover dots when nothing else is free)
/// and the reserved boxes, and inside the screen.
pub(super) fn place(
    pieces: &[DrawnPiece],
    mut wishes: Vec<Wish>,
    keep_out: &[[f32; 4]],
    view: &View,
) -> Vec<(Placed, Draw)> {
    const CELL: f32 = 48.0;
    wishes.sort_by_key(|w| std::cmp::Reverse(w.priority));
    let cells = |r: &[f32; 4]| {
        let (x0, y0) = ((r[0] / CELL).floor() as i32, (r[1] / CELL).floor() as i32);
        let (x1, y1) = (((r[0] + r[2]) / CELL).floor() as i32, ((r[1] + r[3]) / CELL).floor() as i32);
        (x0..=x1.min(x0 + 64)).flat_map(move |x| (y0..=y1.min(y0 + 64)).map(move |y| (x, y)))
    };
    let mut piece_grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    for (k, p) in pieces.iter().enumerate() {
        let b = [p.centre.0 - p.reach, p.centre.1 - p.reach, 2.0 * p.reach, 2.0 * p.reach];
        for c in cells(&b) {
            piece_grid.entry(c).or_default().push(k);
        }
    }
    let mut label_grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    let mut placed: Vec<(Placed, Draw)> = Vec::new();
    let [sx, sy, sw, sh] = view.screen;
    let inside = |r: &[f32; 4]| r[0] >= sx && r[1] >= sy && r[0] + r[2] <= sx + sw && r[1] + r[3] <= sy + sh;
    // Owners placed so far, so that a fallback wish is skipped in one lookup.
    let mut named: std::collections::HashSet<Owner> = std::collections::HashSet::new();
    for w in wishes {
        if w.fallback && named.contains(&w.owner) {
            continue;
        }
        let clear = |r: &[f32; 4], placed: &[(Placed, Draw)], dots: bool| {
            r.iter().all(|v| v.is_finite())
                && inside(r)
                && !keep_out.iter().any(|k| boxes_meet(r, k))
                && !cells(r).any(|c| {
                    label_grid.get(&c).is_some_and(|v| v.iter().any(|j| boxes_meet(r, &placed[*j].0.rect)))
                        || piece_grid.get(&c).is_some_and(|v| {
                            v.iter().any(|k| {
                                let p = &pieces[*k];
                                Owner::Person(p.person) != w.owner
                                    && (dots || !p.dot)
                                    && box_meets_disc(r, p.centre, p.reach)
                            })
                        })
                })
        };
        let mut chosen = w.candidates.iter().find(|(r, _)| clear(r, &placed, true)).map(|c| (c, false));
        if chosen.is_none() && w.must {
            chosen = w.candidates.iter().find(|(r, _)| clear(r, &placed, false)).map(|c| (c, false));
            if chosen.is_none() {
                chosen = w.candidates.last().map(|c| (c, true));
            }
        }
        let Some(((rect, draw), forced)) = chosen else { continue };
        for c in cells(rect) {
            label_grid.entry(c).or_default().push(placed.len());
        }
        named.insert(w.owner);
        placed.push((Placed { owner: w.owner, rect: *rect, forced }, draw.clone()));
    }
    placed
}
