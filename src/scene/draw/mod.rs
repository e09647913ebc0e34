//! The map as drawing primitives: circles, paths, polygons, boxes and text
//! on a flat screen, with their colours, widths and dashes already decided.
//! Every rule of how the map looks (level of detail, fades, rings, badges,
//! label placement, the legend's little drawings) lives here once; the
//! window (egui) and the export (SVG, and through it PNG) only translate
//! these primitives into their own terms.

pub mod areas;
pub mod key;
pub mod line;
pub mod person;

use super::palette::{Palette, Rgba};
use super::pieces::{Part, UNKNOWN_BODY, UNKNOWN_HEAD, UNKNOWN_STROKE, parts};
use crate::layout::Point;
use crate::model::Piece;

/// A point on screen (x right, y down), in pixels.
pub type Xy = (f32, f32);

/// How a stroke is broken up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pattern {
    Solid,
    /// Dashes of `dash` with `gap` between them.
    Dashed {
        dash: f32,
        gap: f32,
    },
    /// Round dots of `radius`, `gap` apart.
    Dotted {
        gap: f32,
        radius: f32,
    },
}

/// The outline of a shape, or a path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub colour: Rgba,
    pub pattern: Pattern,
}

impl Stroke {
    pub fn solid(width: f32, colour: Rgba) -> Self {
        Self { width, colour, pattern: Pattern::Solid }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Font {
    Sans,
    Mono,
}

/// Which point of the text's box `at` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    TopLeft,
    TopCentre,
    Centre,
}

/// A text: one line, or several split at `\n` (each centred when the anchor is).
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub at: Xy,
    pub anchor: Anchor,
    pub text: String,
    pub size: f32,
    pub colour: Rgba,
    pub font: Font,
    /// Set off from what lies under it by this colour (a box or an outline).
    pub halo: Option<Rgba>,
    /// Wrapped to this width, where the medium can.
    pub wrap: Option<f32>,
}

impl Text {
    pub fn new(at: Xy, anchor: Anchor, text: impl Into<String>, size: f32, colour: Rgba) -> Self {
        Self { at, anchor, text: text.into(), size, colour, font: Font::Sans, halo: None, wrap: None }
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Prim {
    Circle {
        centre: Xy,
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
    },
    /// An open path through `points`.
    Path {
        points: Vec<Xy>,
        stroke: Stroke,
    },
    /// A filled convex polygon.
    Polygon {
        points: Vec<Xy>,
        fill: Rgba,
    },
    Rect {
        min: Xy,
        size: Xy,
        rounding: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
    },
    Text(Text),
}

impl Prim {
    pub fn segment(a: Xy, b: Xy, stroke: Stroke) -> Self {
        Self::Path { points: vec![a, b], stroke }
    }

    pub fn disc(centre: Xy, radius: f32, fill: Rgba) -> Self {
        Self::Circle { centre, radius, fill: Some(fill), stroke: None }
    }

    pub fn ring(centre: Xy, radius: f32, stroke: Stroke) -> Self {
        Self::Circle { centre, radius, fill: None, stroke: Some(stroke) }
    }
}

/// Map units to screen pixels: `zoom` times the point, plus `offset`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub zoom: f32,
    pub offset: Xy,
    /// The part of the screen drawn on (x, y, width, height).
    pub screen: [f32; 4],
}

impl View {
    pub fn to_screen(&self, p: Point) -> Xy {
        (p.x * self.zoom + self.offset.0, p.y * self.zoom + self.offset.1)
    }

    /// Whether a circle on screen touches the drawn area.
    pub fn touches(&self, c: Xy, r: f32) -> bool {
        let [x, y, w, h] = self.screen;
        c.0 + r >= x && c.0 - r <= x + w && c.1 + r >= y && c.1 - r <= y + h
    }
}

/// How the whole map looks this time: colours, text size, titles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    pub palette: Palette,
    /// Multiplies label sizes (larger for projection).
    pub label_scale: f32,
    /// Titles show under names (when zoomed in).
    pub show_titles: bool,
    /// The team's opinions show: stance colours and marks (off when the
    /// map is shared or presented without them).
    pub opinions: bool,
}

/// A chess piece centred at `c`, `half` pixels each way, in `colour`.
pub fn piece(out: &mut Vec<Prim>, kind: Piece, c: Xy, half: f32, colour: Rgba) {
    let at = |x: f32, y: f32| (c.0 + x * half, c.1 + y * half);
    if kind == Piece::Unknown {
        // A pawn outline: the role is not known yet.
        let stroke = Stroke::solid(half * UNKNOWN_STROKE, colour);
        let (x, y, r) = UNKNOWN_HEAD;
        out.push(Prim::ring(at(x, y), r * half, stroke));
        out.push(Prim::Path { points: UNKNOWN_BODY.iter().map(|(x, y)| at(*x, *y)).collect(), stroke });
        return;
    }
    for part in parts(kind) {
        out.push(match part {
            Part::Poly(points) => {
                Prim::Polygon { points: points.iter().map(|(x, y)| at(*x, *y)).collect(), fill: colour }
            }
            Part::Circle(x, y, r) => Prim::disc(at(*x, *y), r * half, colour),
        });
    }
}

/// A small round badge with a short text (stance mark, warnings), `r`
/// pixels across: the caller keeps it smaller than the piece it marks.
pub fn badge(out: &mut Vec<Prim>, at: Xy, r: f32, text: &str, look: &Look, text_colour: Rgba, keep: f32) {
    let palette = &look.palette;
    let stroke = Stroke::solid(1.5, palette.text.fade(keep));
    out.push(Prim::Circle { centre: at, radius: r, fill: Some(palette.background.fade(keep)), stroke: Some(stroke) });
    let mut t = Text::new(at, Anchor::Centre, text, r * 1.2, text_colour.fade(keep));
    t.font = Font::Mono;
    out.push(Prim::Text(t));
}

/// A dashed ring (warnings around a piece).
pub fn dashed_ring(centre: Xy, r: f32, width: f32, colour: Rgba) -> Prim {
    let pattern = Pattern::Dashed { dash: r * 0.25, gap: r * 0.18 };
    Prim::ring(centre, r, Stroke { width, colour, pattern })
}

/// How far apart two screen points are.
pub fn distance(a: Xy, b: Xy) -> f32 {
    ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt()
}
