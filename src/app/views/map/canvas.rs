//! The map's own canvas: paints the drawn map with a painter, culls what is
//! off screen, draws less when zoomed out, and hit-tests people and lines.
//! Nothing here asks for a repaint: the view repaints only while something
//! moves (see `MapView::is_animating`), so an untouched map costs no CPU.

use super::edge_shape::{LineShape, line_hit};
use super::graph::{Built, DrawnPerson, LinkEnd, NodeKind};
use super::nav::Camera;
use super::node_shape::{Frame, PieceShape};
use crate::layout::Point;
use crate::model::PersonRef;
use crate::scene::overview;
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
    /// Units drawn as labelled regions (the force layout; the board has files).
    pub regions: bool,
    /// Room kept free at the top of the map (the presentation's caption), in pixels.
    pub keep_top: f32,
    /// Where a collapsed unit's node stands.
    pub centre: &'a dyn Fn(&overview::CollapsedUnit) -> Option<Point>,
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

/// Paints the units' regions, the lines (bundled between units on big
/// maps), the people with the names that fit, then the regions' labels.
pub fn paint(ui: &egui::Ui, frame: &Frame<'_>, built: &Built, marks: &Marks<'_>) -> PaintStats {
    let painter = ui.painter().with_clip_rect(frame.rect);
    let view = frame.cam.visible(frame.rect);
    let plain = frame.cam.zoom < PLAIN_LINES_BELOW;
    let mut stats = PaintStats::default();
    let regions = if marks.regions { regions(built) } else { Vec::new() };
    let mut shapes: Vec<Shape> = Vec::new();
    region_shapes(&mut shapes, frame, &regions);
    bundle_shapes(&mut shapes, frame, built, &regions);
    let focus = |p: usize| {
        let person = built.people[p].data.person;
        (marks.selected)(person) || marks.hovered == Some(person)
    };
    for l in &built.lines {
        let (a, b) = (&built.people[l.from], &built.people[l.to]);
        let bundled = built.bundled && (l.minor || l.reach);
        if !line_visible(a.at, b.at, view) || (bundled && !focus(l.from) && !focus(l.to)) {
            continue;
        }
        stats.lines += 1;
        let quiet = built.bundled && !focus(l.from) && !focus(l.to);
        let line = LineShape { data: &l.data, selected: l.data.selected, quiet };
        shapes.extend(line.shapes(a, b, frame, plain));
    }
    let visible: Vec<&DrawnPerson> = built.people.iter().filter(|p| person_visible(p, view, &frame.cam)).collect();
    stats.people = visible.len();
    let pieces: Vec<PieceShape<'_>> = visible
        .iter()
        .map(|p| PieceShape {
            data: &p.data,
            pos: p.at,
            selected: (marks.selected)(p.data.person),
            hovered: marks.hovered == Some(p.data.person),
            label: false,
        })
        .collect();
    let shown = labels(frame, &pieces);
    for (mut piece, label) in pieces.into_iter().zip(shown) {
        piece.label = label;
        stats.labels += usize::from(label);
        shapes.extend(piece.shapes(frame));
    }
    collapsed_shapes(&mut shapes, ui, frame, built, marks, &regions);
    region_labels(&mut shapes, ui, frame, &regions, marks.keep_top);
    painter.extend(shapes);
    stats
}

/// Which names fit: placed by priority so none overlaps another.
fn labels(frame: &Frame<'_>, pieces: &[PieceShape<'_>]) -> Vec<bool> {
    let wishes: Vec<overview::LabelWish> = pieces
        .iter()
        .map(|p| {
            let big_enough = p.radius() * frame.cam.zoom >= 6.0;
            let (ours, key, influence) = match &p.data.kind {
                NodeKind::Member { .. } => (true, false, 5),
                NodeKind::Contact { piece, influence, .. } => (false, piece.is_key(), *influence),
            };
            let priority = overview::label_priority(p.selected || p.hovered, ours, key, influence);
            // Too small to carry a name: a box that never fits.
            let rect = if big_enough { p.label_box(frame) } else { [0.0, 0.0, 0.0, 0.0] };
            overview::LabelWish { priority, rect }
        })
        .collect();
    overview::place_labels(&wishes)
}

/// Collapsed units: a node each with its name, head count, key pieces and
/// how many we know, ringed in the warning colour when a key person there is
/// uncovered; and one line from each person drawn to each such unit.
fn collapsed_shapes(
    out: &mut Vec<Shape>,
    ui: &egui::Ui,
    frame: &Frame<'_>,
    built: &Built,
    marks: &Marks<'_>,
    regions: &[overview::Region],
) {
    let c = &frame.look.colours;
    let centres: std::collections::BTreeMap<_, _> =
        built.collapsed.iter().filter_map(|u| Some((u.unit, (marks.centre)(u)?))).collect();
    let region: std::collections::BTreeMap<_, _> = regions.iter().map(|r| (r.unit, r.centre)).collect();
    for (from, unit, n) in &built.collapsed_links {
        let start = match from {
            LinkEnd::Person(i) => built.people.get(*i).map(|p| p.at),
            LinkEnd::Unit(u) => region.get(u).copied(),
        };
        let (Some(to), Some(start)) = (centres.get(unit), start) else { continue };
        let stroke = egui::Stroke::new(overview::bundle_width(*n), c.knows.gamma_multiply(0.6));
        out.push(Shape::line_segment([frame.to_screen(start), frame.to_screen(*to)], stroke));
    }
    for u in &built.collapsed {
        let Some(at) = centres.get(&u.unit) else { continue };
        let centre = frame.to_screen(*at);
        let r = (u.radius() * frame.cam.zoom).max(super::graph::NODE_MIN_PIXELS);
        let ring =
            if u.uncovered > 0 { egui::Stroke::new(4.0, c.uncovered) } else { egui::Stroke::new(2.0, c.band_label) };
        out.push(egui::epaint::CircleShape { center: centre, radius: r, fill: c.band_a, stroke: ring }.into());
        let size = (13.0 * frame.look.label_scale).max(r / 6.0).min(22.0);
        let text = format!("{}\n{}", u.name, u.summary());
        let galley = ui.fonts_mut(|f| {
            let mut job =
                egui::text::LayoutJob::simple(text, egui::FontId::proportional(size), c.text, (r * 1.7).max(120.0));
            job.halign = egui::Align::Center;
            f.layout_job(job)
        });
        out.push(egui::epaint::TextShape::new(centre - egui::vec2(0.0, galley.size().y / 2.0), galley, c.text).into());
    }
}

fn regions(built: &Built) -> Vec<overview::Region> {
    let points = built.people.iter().filter_map(|p| Some((p.unit?, p.at)));
    overview::regions_of(points, &|u| built.unit_names.get(&u).cloned().unwrap_or_default())
}

fn region_shapes(out: &mut Vec<Shape>, frame: &Frame<'_>, regions: &[overview::Region]) {
    let c = &frame.look.colours;
    for r in regions {
        let centre = frame.to_screen(r.centre);
        let radius = r.radius * frame.cam.zoom;
        if !frame.rect.expand(radius).contains(centre) {
            continue;
        }
        let stroke = egui::Stroke::new(1.5, c.band_label.gamma_multiply(0.35));
        out.push(Shape::circle_filled(centre, radius, c.band_b.gamma_multiply(0.55)));
        out.push(Shape::circle_stroke(centre, radius, stroke));
    }
}

/// Minor lines between units as one line each, from region to region.
fn bundle_shapes(out: &mut Vec<Shape>, frame: &Frame<'_>, built: &Built, regions: &[overview::Region]) {
    if !built.bundled {
        return;
    }
    let centre: std::collections::BTreeMap<_, _> = regions.iter().map(|r| (r.unit, r.centre)).collect();
    let colour = frame.look.colours.knows.gamma_multiply(0.45);
    for b in &built.bundles {
        let (Some(a), Some(z)) = (centre.get(&b.a), centre.get(&b.b)) else { continue };
        let (a, z) = (frame.to_screen(*a), frame.to_screen(*z));
        let stroke = egui::Stroke::new(overview::bundle_width(b.lines), colour);
        out.push(Shape::line_segment([a, z], stroke));
    }
    // Our reach: from each of us to each unit we know people in.
    let ours = frame.look.colours.knows.gamma_multiply(0.8);
    for r in &built.reach {
        let (Some(&m), Some(u)) = (built.index.get(&r.member), centre.get(&r.unit)) else { continue };
        let (a, z) = (frame.to_screen(built.people[m].at), frame.to_screen(*u));
        out.push(Shape::line_segment([a, z], egui::Stroke::new(overview::bundle_width(r.lines), ours)));
    }
}

/// Each region's name and head count at its top edge, in type that stays
/// readable however far the map is zoomed out.
fn region_labels(out: &mut Vec<Shape>, ui: &egui::Ui, frame: &Frame<'_>, regions: &[overview::Region], keep_top: f32) {
    let c = &frame.look.colours;
    let size = 15.0 * frame.look.label_scale;
    let mut wishes = Vec::new();
    let mut galleys = Vec::new();
    for r in regions {
        let text = format!("{} ({})", r.label, r.people);
        let galley = ui.fonts_mut(|f| f.layout_no_wrap(text, egui::FontId::proportional(size), c.band_label));
        let top = frame.to_screen(Point::new(r.centre.x, r.centre.y - r.radius));
        let at = Pos2::new(top.x - galley.size().x / 2.0, top.y + 4.0);
        wishes.push(overview::LabelWish {
            priority: r.people as i32,
            rect: [at.x, at.y, galley.size().x, galley.size().y],
        });
        galleys.push((at, galley));
    }
    for ((at, galley), show) in galleys.into_iter().zip(overview::place_labels(&wishes)) {
        if show && frame.rect.contains(at) && at.y >= frame.rect.top() + keep_top {
            let halo = egui::Rect::from_min_size(at, galley.size()).expand(3.0);
            out.push(egui::epaint::RectShape::filled(halo, 4, c.text_halo).into());
            out.push(egui::epaint::TextShape::new(at, galley, c.band_label).into());
        }
    }
}

/// How much of the map one frame painted (for tests of culling).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaintStats {
    pub people: usize,
    pub lines: usize,
    /// Names shown (the rest did not fit at this zoom).
    pub labels: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactId;
    use crate::scene::{NodeData, NodeKind};

    fn person(x: f32, y: f32) -> DrawnPerson {
        let data = NodeData {
            person: PersonRef::Contact(ContactId(1)),
            name: "A".into(),
            title: "".into(),
            kind: NodeKind::Contact {
                piece: crate::model::Piece::Pawn,
                stance: crate::model::Stance::Neutral,
                influence: 3,
            },
            left: false,
            emphasis: crate::scene::Emphasis::Normal,
            uncovered: false,
            single: false,
            in_cycle: false,
            connect_source: false,
        };
        DrawnPerson { data, at: Point::new(x, y), unit: None }
    }

    #[test]
    fn culling_keeps_what_reaches_into_the_view_and_drops_the_rest() {
        let cam = Camera { zoom: 1.0, pan: egui::Vec2::ZERO };
        let rect = Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0));
        let view = cam.visible(rect);
        assert!(person_visible(&person(400.0, 300.0), view, &cam), "in the middle");
        // Just outside the right edge: its name and rings still reach in.
        assert!(person_visible(&person(800.0 + 100.0, 300.0), view, &cam));
        assert!(!person_visible(&person(800.0 + 400.0, 300.0), view, &cam), "far off to the right");
        // A line between two people off either side crosses the view.
        assert!(line_visible(Point::new(-500.0, 300.0), Point::new(1_500.0, 300.0), view));
        assert!(!line_visible(Point::new(-500.0, -300.0), Point::new(-100.0, -50.0), view), "wholly above and left");
        // Zoomed out, the same margin in pixels covers more of the map.
        let far = Camera { zoom: 0.1, pan: egui::Vec2::ZERO };
        assert!(person_visible(&person(8_000.0 + 1_000.0, 3_000.0), far.visible(rect), &far));
    }
}
