//! How a relationship is drawn: kind by style, strength by width.
//! Knows: plain line. Reports to: solid with an arrow. Influences: dashed
//! with an arrow. Conflict: a zigzag in the warning colour. Gatekeeps:
//! dotted with a bar across the far end ("blocks the way").

use super::graph::{DrawnPerson, EdgeData, Emphasis};
use super::node_shape::{Frame, faded};
use crate::model::RelKind;
use crate::scene::lines;
use egui::{Pos2, Shape, Stroke, Vec2};

use crate::scene::style;
pub use crate::scene::style::line_width;

/// The display of one line.
#[derive(Clone, Copy, Debug)]
pub struct LineShape<'a> {
    pub data: &'a EdgeData,
    pub selected: bool,
    /// Drawn softer, so the structure reads through a crowded map.
    pub quiet: bool,
}

fn pos(p: &DrawnPerson) -> Pos2 {
    Pos2::new(p.at.x, p.at.y)
}

/// End points of the line in map units, from edge to edge of the two
/// pieces, offset sideways for its lane.
pub fn ends(data: &EdgeData, start: &DrawnPerson, end: &DrawnPerson) -> Option<(Pos2, Pos2)> {
    let dir = pos(end) - pos(start);
    if dir.length().is_nan() || dir.length() < 1.0 {
        return None;
    }
    let side = Vec2::new(-dir.y, dir.x).normalized() * data.lane * style::LANE_GAP;
    let a = pos(start) + dir.normalized() * start.data.radius() + side;
    let b = pos(end) - dir.normalized() * end.data.radius() + side;
    Some((a, b))
}

impl LineShape<'_> {
    /// The shapes of this line on screen. Zoomed far out (`plain`), every
    /// kind is a plain stroke: dashes, dots and zigzags would be too small
    /// to see and cost thousands of points.
    pub fn shapes(&self, start: &DrawnPerson, end: &DrawnPerson, ctx: &Frame<'_>, plain: bool) -> Vec<Shape> {
        let Some((a, b)) = ends(self.data, start, end) else { return Vec::new() };
        let look = ctx.look;
        let to_screen = |p: Pos2| ctx.to_screen(crate::layout::Point::new(p.x, p.y));
        let (a, b) = (to_screen(a), to_screen(b));
        let mut keep = style::line_keep(self.data.stale || start.data.left || end.data.left, self.data.emphasis);
        if self.quiet {
            keep *= 0.5;
        }
        let mut colour = faded(look.colours.line(self.data.kind), keep);
        let mut width = line_width(self.data.strength, ctx.cam.zoom);
        if self.data.emphasis == Emphasis::Lit {
            colour = look.colours.highlight;
            width *= style::LIT_WIDENING;
        }
        let mut out = Vec::new();
        if self.selected {
            out.push(Shape::line_segment([a, b], Stroke::new(width + 6.0, faded(look.colours.selection, 0.6))));
        }
        let stroke = Stroke::new(width, colour);
        let dir = (b - a).normalized();
        let normal = Vec2::new(-dir.y, dir.x);
        let head = lines::arrow_head(width, (b - a).length());
        if plain {
            out.push(Shape::line_segment([a, b], stroke));
            return out;
        }
        match self.data.kind {
            RelKind::Knows => out.push(Shape::line_segment([a, b], stroke)),
            RelKind::ReportsTo => {
                out.push(Shape::line_segment([a, b - dir * head * 0.8], stroke));
                out.push(arrow(b, dir, normal, head, colour));
            }
            RelKind::Influences => {
                out.extend(Shape::dashed_line(&[a, b - dir * head * 0.8], stroke, 10.0, 6.0));
                out.push(arrow(b, dir, normal, head, colour));
            }
            RelKind::Conflict => {
                let pts = lines::zigzag((a.x, a.y), (b.x, b.y), lines::conflict_amplitude(width));
                out.push(Shape::line(pts.into_iter().map(|(x, y)| Pos2::new(x, y)).collect(), stroke));
            }
            RelKind::Gatekeeps => {
                let (gap, dot) = lines::gate_dots(width);
                out.extend(Shape::dotted_line(&[a, b], colour, gap, dot));
                let bar = normal * (head * 0.8);
                out.push(Shape::line_segment(
                    [b - dir * 3.0 - bar, b - dir * 3.0 + bar],
                    Stroke::new(width + 1.5, colour),
                ));
            }
        }
        out
    }
}

/// Whether a map point is on a line (within a few pixels at this zoom).
pub fn line_hit(data: &EdgeData, start: &DrawnPerson, end: &DrawnPerson, at: Pos2, zoom: f32) -> bool {
    let Some((a, b)) = ends(data, start, end) else { return false };
    let ab = b - a;
    let t = ((at - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0);
    (a + ab * t - at).length() * zoom <= 6.0 + f32::from(data.strength)
}

fn arrow(tip: Pos2, dir: Vec2, normal: Vec2, size: f32, colour: egui::Color32) -> Shape {
    let back = tip - dir * size;
    Shape::convex_polygon(vec![tip, back + normal * size * 0.5, back - normal * size * 0.5], colour, Stroke::NONE)
}
