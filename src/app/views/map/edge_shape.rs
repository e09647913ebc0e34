//! How a relationship is drawn: kind by style, strength by width.
//! Knows: plain line. Reports to: solid with an arrow. Influences: dashed
//! with an arrow. Conflict: a zigzag in the warning colour. Gatekeeps:
//! dotted with a bar across the far end ("blocks the way").

use super::graph::{EdgeData, Emphasis, NodeData};
use super::node_shape::{MapLook, PieceShape, faded};
use crate::model::RelKind;
use crate::scene::lines;
use egui::{Pos2, Shape, Stroke, Vec2};
use egui_graphs::{DisplayEdge, DisplayNode, DrawContext, EdgeProps, Node};
use petgraph::Directed;
use petgraph::stable_graph::DefaultIx;

type MapNode = Node<NodeData, EdgeData, Directed, DefaultIx, PieceShape>;

/// Screen width of a line of strength 1-5.
pub fn line_width(strength: u8, zoom: f32) -> f32 {
    (0.8 + f32::from(strength.clamp(1, 5)) * 0.75) * zoom.clamp(0.5, 2.0)
}

#[derive(Clone, Debug)]
pub struct LineShape {
    pub data: EdgeData,
    pub selected: bool,
}

impl From<EdgeProps<EdgeData>> for LineShape {
    fn from(p: EdgeProps<EdgeData>) -> Self {
        Self { selected: p.selected || p.payload.selected, data: p.payload }
    }
}

/// End points of the line in map units, offset sideways for its lane.
fn ends(data: &EdgeData, start: &MapNode, end: &MapNode) -> Option<(Pos2, Pos2)> {
    let dir = end.location() - start.location();
    if dir.length() < 1.0 {
        return None;
    }
    let side = Vec2::new(-dir.y, dir.x).normalized() * data.lane * 9.0;
    let a = start.display().closest_boundary_point(dir) + side;
    let b = end.display().closest_boundary_point(-dir) + side;
    Some((a, b))
}

impl DisplayEdge<NodeData, EdgeData, Directed, DefaultIx, PieceShape> for LineShape {
    fn shapes(&mut self, start: &MapNode, end: &MapNode, ctx: &DrawContext<'_>) -> Vec<Shape> {
        let Some((a, b)) = ends(&self.data, start, end) else { return Vec::new() };
        let look = MapLook::load(ctx.ctx);
        let (a, b) = (ctx.meta.canvas_to_screen_pos(a), ctx.meta.canvas_to_screen_pos(b));
        let mut keep = 1.0;
        if self.data.stale || start.payload().left || end.payload().left {
            keep *= 0.35;
        }
        if self.data.emphasis == Emphasis::Dim {
            keep *= 0.15;
        }
        let mut colour = faded(look.colours.line(self.data.kind), keep);
        let mut width = line_width(self.data.strength, ctx.meta.zoom);
        if self.data.emphasis == Emphasis::Lit {
            colour = look.colours.highlight;
            width *= 1.6;
        }
        let mut out = Vec::new();
        if self.selected {
            out.push(Shape::line_segment([a, b], Stroke::new(width + 6.0, faded(look.colours.selection, 0.6))));
        }
        let stroke = Stroke::new(width, colour);
        let dir = (b - a).normalized();
        let normal = Vec2::new(-dir.y, dir.x);
        let head = lines::arrow_head(width, (b - a).length());
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

    fn update(&mut self, state: &EdgeProps<EdgeData>) {
        self.selected = state.selected || state.payload.selected;
        if self.data != state.payload {
            self.data = state.payload.clone();
        }
    }

    fn is_inside(&self, start: &MapNode, end: &MapNode, pos: Pos2) -> bool {
        let Some((a, b)) = ends(&self.data, start, end) else { return false };
        let ab = b - a;
        let t = ((pos - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0);
        (a + ab * t - pos).length() <= 6.0 + f32::from(self.data.strength)
    }
}

fn arrow(tip: Pos2, dir: Vec2, normal: Vec2, size: f32, colour: egui::Color32) -> Shape {
    let back = tip - dir * size;
    Shape::convex_polygon(vec![tip, back + normal * size * 0.5, back - normal * size * 0.5], colour, Stroke::NONE)
}
