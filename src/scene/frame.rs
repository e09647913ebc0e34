//! One picture of the map at one zoom, decided once for the window and the
//! exports (semantic zoom):
//!
//! - Far out, a business unit reads as one place: its disc, its name, head
//!   count and how many of them we know, ringed red when a key person there
//!   nobody covers. Inside it only the key pieces (Kings, Queens, Rooks) and
//!   our team are pieces with names; the rest are small dots. The lines
//!   between two units are one line whose width says how many there are and
//!   whose style is the most important kind among them.
//! - Zooming in, people turn from dots into pieces a few at a time (each at
//!   its own zoom, by size and a fixed per-person offset), and once both
//!   ends of a line are pieces the line is drawn on its own.
//! - A selected or hovered person, and the people a spotlight or path lights
//!   up, show all their lines at any zoom.
//! - Names and unit names are placed last, in order of importance, each at
//!   the first of a few spots (below, above, right, left; full then short)
//!   where it lies on no other name, no one else's piece and none of the
//!   screen's reserved boxes (the wall's caption, legend and key hint).
//!   The selection, our team, Kings and Queens, and whoever is lit up, are
//!   always named.

use super::draw::{self, Anchor, Font, Look, Pattern, Prim, Stroke, Text, View, Xy, person};
use super::overview::{self, Region};
use super::{EdgeData, Emphasis, NodeData, NodeKind, ScenePerson, lines};
use crate::model::{PersonRef, RelKind, UnitId};
use std::collections::{BTreeMap, HashMap};

/// An ordinary person is a piece rather than a dot once the room between
/// neighbours in a unit (`layout::places::SLOT_X`) is this wide on screen
/// (times 1 to 1.3, fixed per person): where names fit between them.
pub const REVEAL_PX: f32 = 64.0;
/// A map of this many people or fewer shows everyone as a piece at any zoom.
pub const SMALL_MAP: usize = 100;
/// Key people and our team are never drawn smaller than this on screen.
pub const KEY_MIN_PX: f32 = 8.0;
/// Our own people are never smaller on screen than this (radius, pixels):
/// their initials (three quarters of it) stay 14-pixel type at every zoom.
pub const MEMBER_MIN_PX: f32 = 19.0;
/// From this zoom, lines between people of different units are drawn one by
/// one (when both ends are pieces); below it they join their units' line.
pub const LINES_FROM: f32 = 0.35;
/// A person this near the screen's edge (pixels) may go unnamed: their name
/// may have no room on screen.
pub const EDGE: f32 = 30.0;
/// More single lines on screen than this and those between units are bundled.
pub const LINE_BUDGET: usize = 2_500;
/// Room around the screen in which people still count as on it (pixels).
const CULL_MARGIN: f32 = 120.0;

/// A line between two people of the frame (indices into its people).
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLine {
    pub data: EdgeData,
    pub from: usize,
    pub to: usize,
}

/// What a frame is drawn from.
pub struct FrameInput<'a> {
    pub people: &'a [ScenePerson],
    pub lines: &'a [DrawnLine],
    /// The units' places, outer units first.
    pub regions: &'a [Region],
    pub view: View,
    pub look: Look,
    pub selected: &'a dyn Fn(PersonRef) -> bool,
    pub hovered: Option<PersonRef>,
    /// Screen boxes (x, y, width, height) no name or unit name may enter.
    pub keep_out: &'a [[f32; 4]],
}

/// The frame's drawing, by layer, bottom to top.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layers {
    pub regions: Vec<Prim>,
    pub lines: Vec<Prim>,
    pub people: Vec<Prim>,
    pub labels: Vec<Prim>,
}

impl Layers {
    /// Every primitive, bottom layer first.
    pub fn into_prims(self) -> Vec<Prim> {
        let mut out = self.regions;
        out.extend(self.lines);
        out.extend(self.people);
        out.extend(self.labels);
        out
    }
}

/// Whose a placed text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    Person(PersonRef),
    Unit(UnitId),
    /// The count on a line between units.
    Count,
}

/// A text the frame placed, and where (screen box).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub owner: Owner,
    pub rect: [f32; 4],
    /// Placed although it could not be kept clear of everything.
    pub forced: bool,
}

/// A piece (or dot) the frame drew: whose, its centre and how far its
/// drawing reaches on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrawnPiece {
    pub person: PersonRef,
    pub centre: Xy,
    pub reach: f32,
    pub dot: bool,
}

/// One frame: its drawing and what it placed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    pub layers: Layers,
    pub labels: Vec<Placed>,
    pub pieces: Vec<DrawnPiece>,
    /// Line shapes drawn (one per line or per bundle of lines).
    pub line_shapes: usize,
}

impl Frame {
    /// Whether a person was named.
    pub fn named(&self, p: PersonRef) -> bool {
        self.labels.iter().any(|l| l.owner == Owner::Person(p))
    }
}

/// A fixed number in 0..1 per person, so people turn into pieces one by
/// one as the zoom grows, never hundreds at once.
fn jitter(p: PersonRef) -> f32 {
    let (kind, id) = match p {
        PersonRef::Contact(c) => (1u64, u64::from(c.0)),
        PersonRef::Member(m) => (2u64, u64::from(m.0)),
    };
    let mut z = id.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ kind;
    z = (z ^ (z >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    ((z >> 40) as f32) / (1u64 << 24) as f32
}

/// Whether a person is a key piece for the overview (King, Queen, Rook) or one of ours.
fn is_key(d: &NodeData) -> bool {
    match &d.kind {
        NodeKind::Member { .. } => true,
        NodeKind::Contact { piece, .. } => piece.is_key(),
    }
}

/// Whether a person is drawn as a piece at this zoom, with names `scale`
/// times their usual size (larger names need more room); on a map of a
/// hundred people or fewer, everyone always is.
pub fn revealed(d: &NodeData, (zoom, people, scale): (f32, usize, f32), focus: bool) -> bool {
    let room = scale;
    focus
        || people <= SMALL_MAP
        || is_key(d)
        || d.emphasis == Emphasis::Lit
        || crate::layout::places::SLOT_X * zoom >= REVEAL_PX * room * (1.0 + 0.3 * jitter(d.person))
}

/// Draws one frame of the map.
pub fn frame(input: &FrameInput<'_>) -> Frame {
    let FrameInput { people, regions, view, look, selected, hovered, keep_out, .. } = input;
    let mut out = Frame::default();
    let focus: Vec<bool> = people.iter().map(|p| selected(p.data.person) || *hovered == Some(p.data.person)).collect();
    let shown: Vec<bool> = people
        .iter()
        .zip(&focus)
        .map(|(p, f)| revealed(&p.data, (view.zoom, people.len(), look.label_scale), *f))
        .collect();
    let min_r = KEY_MIN_PX * look.label_scale;
    let member_r = MEMBER_MIN_PX * look.label_scale;
    let marks = |i: usize| person::Marks {
        selected: selected(people[i].data.person),
        hovered: *hovered == Some(people[i].data.person),
        dot: !shown[i],
        min_radius: match (shown[i], &people[i].data.kind) {
            (false, _) => 0.0,
            (true, NodeKind::Member { .. }) => member_r,
            (true, _) => min_r,
        },
    };
    draw_regions(&mut out.layers.regions, regions, view, look);
    let (shapes, counts) = draw_lines(&mut out, input, &focus, &shown);
    out.line_shapes = shapes;
    // People on screen, each once.
    let [sx, sy, sw, sh] = view.screen;
    let on_screen = |c: Xy| {
        c.0 >= sx - CULL_MARGIN
            && c.0 <= sx + sw + CULL_MARGIN
            && c.1 >= sy - CULL_MARGIN
            && c.1 <= sy + sh + CULL_MARGIN
    };
    let mut visible = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let c = view.to_screen(p.at);
        if !on_screen(c) {
            continue;
        }
        let m = marks(i);
        person::person(&mut out.layers.people, &p.data, p.at, view, look, m);
        let r = person::screen_radius(&p.data, view, m);
        out.pieces.push(DrawnPiece {
            person: p.data.person,
            centre: c,
            reach: person::reach(&p.data, r, m),
            dot: m.dot,
        });
        visible.push(i);
    }
    let mut wishes = label_wishes(input, &visible, &focus, &shown, &out.pieces);
    wishes.extend(counts);
    for (placed, draw) in place(&out.pieces, wishes, keep_out, view) {
        draw_text(&mut out.layers.labels, &draw, &placed.rect, input);
        out.labels.push(placed);
    }
    out
}

fn c_text(input: &FrameInput<'_>) -> super::palette::Rgba {
    input.look.palette.text
}

/// Draws a placed text in its box.
fn draw_text(out: &mut Vec<Prim>, draw: &Draw, rect: &[f32; 4], input: &FrameInput<'_>) {
    let c = &input.look.palette;
    let top = (rect[0] + rect[2] / 2.0, rect[1]);
    match draw {
        Draw::Person { index, name, title, size, leader } => {
            if let Some((c, r)) = leader {
                // From the piece's edge to the nearest point of the name's box.
                let to = (c.0.clamp(rect[0], rect[0] + rect[2]), c.1.clamp(rect[1], rect[1] + rect[3]));
                let d = draw::distance(*c, to).max(0.01);
                let from = (c.0 + (to.0 - c.0) / d * r, c.1 + (to.1 - c.1) / d * r);
                out.push(Prim::segment(from, to, Stroke::solid(1.2, c_text(input).fade(0.6))));
            }
            person::label(out, &input.people[*index].data, (name, title.as_deref()), top, *size, &input.look);
        }
        Draw::Unit { index, text, size } => {
            let r = &input.regions[*index];
            // A unit where none of us knows anyone is the one to talk about.
            let colour = if r.known == Some(0) { c.uncovered } else { c.band_label };
            let mut t = Text::new((top.0, top.1 + 2.0), Anchor::TopCentre, text.clone(), *size, colour);
            t.halo = Some(c.text_halo);
            out.push(Prim::Text(t));
        }
        Draw::Count { text, size } => {
            let mut t = Text::new((top.0, top.1 + rect[3] / 2.0), Anchor::Centre, text.clone(), *size, c.conflict);
            t.font = Font::Mono;
            t.halo = Some(c.text_halo);
            out.push(Prim::Text(t));
        }
    }
}

/// The units' places: a soft disc each, ringed in the warning colour where a
/// key person nobody covers works.
fn draw_regions(out: &mut Vec<Prim>, regions: &[Region], view: &View, look: &Look) {
    let c = &look.palette;
    for r in regions {
        let centre = view.to_screen(r.centre);
        let radius = r.radius * view.zoom;
        if !view.touches(centre, radius) {
            continue;
        }
        let stroke = if r.uncovered > 0 {
            Stroke::solid(3.0, c.uncovered.fade(0.8))
        } else {
            Stroke::solid(1.5, c.band_label.fade(0.35))
        };
        out.push(Prim::Circle { centre, radius, fill: Some(c.band_b.fade(0.55)), stroke: Some(stroke) });
    }
}

/// Most important kind first: what a bundle of lines between two units is drawn as.
fn weight(kind: RelKind) -> u8 {
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
fn draw_lines(out: &mut Frame, input: &FrameInput<'_>, focus: &[bool], shown: &[bool]) -> (usize, Vec<Wish>) {
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
        let own = focus[l.from] || focus[l.to] || lit;
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
fn team_place(people: &[ScenePerson]) -> Option<crate::layout::Point> {
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

fn count_text(n: usize) -> String {
    format!("×{n}")
}

fn count_size(look: &Look) -> f32 {
    12.0 * look.label_scale
}

fn count_box(mid: Xy, n: usize, look: &Look) -> [f32; 4] {
    let (w, h) = overview::label_size(&count_text(n), count_size(look));
    [mid.0 - w / 2.0, mid.1 - h / 2.0, w, h]
}

/// The part of the map on screen, in map units (x0, y0, x1, y1), with a margin.
fn view_box(view: &View) -> [f32; 4] {
    let [x, y, w, h] = view.screen;
    let m = CULL_MARGIN;
    let z = view.zoom.max(1e-6);
    let to_map = |sx: f32, sy: f32| ((sx - view.offset.0) / z, (sy - view.offset.1) / z);
    let (a, b) = (to_map(x - m, y - m), to_map(x + w + m, y + h + m));
    [a.0, a.1, b.0, b.1]
}

/// Whether the box around a segment meets the view box.
fn crosses(a: crate::layout::Point, b: crate::layout::Point, v: &[f32; 4]) -> bool {
    a.x.max(b.x) >= v[0] && a.x.min(b.x) <= v[2] && a.y.max(b.y) >= v[1] && a.y.min(b.y) <= v[3]
}

/// A text that wants a place: its owner, importance, candidate boxes with
/// what each draws, and whether it must show.
struct Wish {
    owner: Owner,
    priority: i32,
    must: bool,
    /// Placed only when an earlier wish of the same owner was not.
    fallback: bool,
    /// Each candidate: its box and how to draw it there.
    candidates: Vec<([f32; 4], Draw)>,
}

#[derive(Clone)]
enum Draw {
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

fn label_wishes(
    input: &FrameInput<'_>,
    visible: &[usize],
    focus: &[bool],
    shown: &[bool],
    pieces: &[DrawnPiece],
) -> Vec<Wish> {
    let FrameInput { people, regions, view, look, .. } = input;
    let mut wishes = Vec::new();
    let size = super::style::label_size(view.zoom, look.label_scale);
    for (k, &i) in visible.iter().enumerate() {
        if !shown[i] {
            continue;
        }
        let d = &people[i].data;
        let piece = pieces[k];
        let r = piece.reach.max(4.0);
        let (name, title) = person::label_texts(d, view.zoom, look, focus[i]);
        // Shorter and shorter: the name with its title, the name, "Henrik Å.", "Henrik".
        let short = super::style::label_text(&d.name, d.single, 0.0);
        let first = super::style::first_name(&d.name, d.single);
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
        let covered =
            input.keep_out.iter().any(|k| c.0 >= k[0] && c.0 <= k[0] + k[2] && c.1 >= k[1] && c.1 <= k[1] + k[3]);
        let must = person::always_named(d, focus[i]) && inside && !covered;
        if must {
            // Someone who must be named and finds no room beside their piece
            // stands off it, further out, with a line leading to it.
            let name = super::style::label_text(&d.name, d.single, 0.0);
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
        wishes.push(Wish {
            owner: Owner::Person(d.person),
            priority: person::label_priority(d, focus[i]),
            must,
            fallback: false,
            candidates,
        });
    }
    let unit_size = 15.0 * look.label_scale;
    for (index, r) in regions.iter().enumerate() {
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
            wishes.push(Wish { owner: Owner::Unit(r.unit), priority: -1, must: false, fallback: true, candidates });
        }
        let candidates = candidates(full, false);
        // Outer units' names first, then by head count.
        let priority = 350 - 20 * r.depth.min(5) as i32 + r.people.min(19) as i32;
        wishes.push(Wish { owner: Owner::Unit(r.unit), priority, must: false, fallback: false, candidates });
    }
    wishes
}

/// Whether two boxes share area.
fn boxes_meet(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}

/// Whether a box and a disc share area.
fn box_meets_disc(b: &[f32; 4], c: Xy, r: f32) -> bool {
    let dx = (b[0] - c.0).max(0.0).max(c.0 - (b[0] + b[2]));
    let dy = (b[1] - c.1).max(0.0).max(c.1 - (b[1] + b[3]));
    dx * dx + dy * dy < r * r
}

/// Puts each wish at its first clear candidate, most important first:
/// clear of every text placed before, every piece but its own (a key
/// person that must be named may cover dots when nothing else is free)
/// and the reserved boxes, and inside the screen.
fn place(pieces: &[DrawnPiece], mut wishes: Vec<Wish>, keep_out: &[[f32; 4]], view: &View) -> Vec<(Placed, Draw)> {
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
