//! The map's own canvas: paints the drawn map with a painter, culls what is
//! off screen, draws less when zoomed out, and hit-tests people and lines.
//! Nothing here asks for a repaint: the view repaints only while something
//! moves (see `MapView::is_animating`), so an untouched map costs no CPU.

use super::edge_shape::{LineShape, line_hit};
use super::graph::{Built, DrawnPerson};
use super::nav::Camera;
use super::node_shape::{Frame, PieceShape};
use crate::layout::Point;
use crate::model::PersonRef;
use egui::{Pos2, Rect, Shape};

/// Below this zoom, lines are plain strokes (no dashes, dots or arrows).
pub const PLAIN_LINES_BELOW: f32 = 0.35;
/// Room around the view in which people still count as on screen (their
/// names and rings reach beyond their disc), in screen pixels.
const CULL_MARGIN: f32 = 120.0;

/// What one frame paints, besides the map itself.
pub struct Marks<'a> {
    pub selected: &'a dyn Fn(PersonRef) -> bool,
    pub hovered: Option<PersonRef>,
}

/// The person under a screen position: the topmost one whose disc holds it.
pub fn person_at(built: &Built, cam: &Camera, rect: Rect, screen: Pos2) -> Option<PersonRef> {
    let at = cam.to_map(rect, screen);
    // Never less than a few pixels, so tiny dots can still be picked.
    let slack = 4.0 / cam.zoom;
    built.people.iter().rev().find(|p| p.at.distance(at) <= p.data.radius() * 1.1 + slack).map(|p| p.data.person)
}

/// The line under a screen position, if no person is there.
pub fn line_at(built: &Built, cam: &Camera, rect: Rect, screen: Pos2) -> Option<crate::model::RelationshipId> {
    let at = cam.to_map(rect, screen);
    let at = Pos2::new(at.x, at.y);
    built
        .lines
        .iter()
        .rev()
        .find(|l| line_hit(&l.data, &built.people[l.from], &built.people[l.to], at, cam.zoom))
        .map(|l| l.data.id)
}

/// Whether a person's disc (with its label room) is in view.
fn person_visible(p: &DrawnPerson, view: Rect, cam: &Camera) -> bool {
    let r = p.data.radius() + CULL_MARGIN / cam.zoom;
    view.expand(r).contains(Pos2::new(p.at.x, p.at.y))
}

/// Whether a line crosses the view (a conservative box test).
fn line_visible(a: Point, b: Point, view: Rect) -> bool {
    let bounds = Rect::from_two_pos(Pos2::new(a.x, a.y), Pos2::new(b.x, b.y));
    bounds.intersects(view)
}

/// Paints the lines, then the people, of everything in view.
pub fn paint(ui: &egui::Ui, frame: &Frame<'_>, built: &Built, marks: &Marks<'_>) -> PaintStats {
    let painter = ui.painter().with_clip_rect(frame.rect);
    let view = frame.cam.visible(frame.rect);
    let plain = frame.cam.zoom < PLAIN_LINES_BELOW;
    let mut stats = PaintStats::default();
    let mut shapes: Vec<Shape> = Vec::new();
    for l in &built.lines {
        let (a, b) = (&built.people[l.from], &built.people[l.to]);
        if !line_visible(a.at, b.at, view) {
            continue;
        }
        stats.lines += 1;
        let line = LineShape { data: &l.data, selected: l.data.selected };
        shapes.extend(line.shapes(a, b, frame, plain));
    }
    for p in &built.people {
        if !person_visible(p, view, &frame.cam) {
            continue;
        }
        stats.people += 1;
        let person = p.data.person;
        let piece = PieceShape {
            data: &p.data,
            pos: p.at,
            selected: (marks.selected)(person),
            hovered: marks.hovered == Some(person),
        };
        shapes.extend(piece.shapes(frame));
    }
    painter.extend(shapes);
    stats
}

/// How much of the map one frame painted (for tests of culling).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaintStats {
    pub people: usize,
    pub lines: usize,
}
