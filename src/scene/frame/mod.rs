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

use super::draw::{self, Anchor, Font, Look, Prim, Stroke, Text, View, Xy, person};
use super::overview::Region;
use super::{EdgeData, Emphasis, NodeData, NodeKind, ScenePerson};
use crate::model::{PersonRef, UnitId};

mod bundles;
mod labels;

use bundles::draw_lines;
use labels::{Draw, label_wishes, place};

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
