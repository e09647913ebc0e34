//! The map's own canvas: culls what is off screen, asks the scene for the
//! drawing of what is left (`scene::draw`, which decides level of detail and
//! which names fit), paints it, and hit-tests people and lines.
//! Nothing here asks for a repaint: the view repaints only while something
//! moves (see `MapView::is_animating`), so an untouched map costs no CPU.

use super::graph::{Built, DrawnPerson, LinkEnd};
use super::nav::Camera;
use crate::layout::Point;
use crate::model::PersonRef;
use crate::scene::draw::{self, Look, Prim, View};
use crate::scene::overview;
use egui::{Pos2, Rect};

/// Below this zoom, lines are plain strokes (no dashes, dots or arrows).
pub const PLAIN_LINES_BELOW: f32 = 0.35;
/// Room around the view in which people still count as on screen (their
/// names and rings reach beyond their disc), in screen pixels.
const CULL_MARGIN: f32 = 120.0;

/// What drawing one frame of the map needs: fonts, where the map is on
/// screen, its zoom and pan, and its look.
pub struct Frame<'a> {
    pub ctx: &'a egui::Context,
    pub cam: Camera,
    pub rect: Rect,
    pub look: Look,
}

impl Frame<'_> {
    /// Map units to this frame's screen.
    pub fn view(&self) -> View {
        let origin = self.rect.min + self.cam.pan;
        let r = self.rect;
        View { zoom: self.cam.zoom, offset: (origin.x, origin.y), screen: [r.min.x, r.min.y, r.width(), r.height()] }
    }

    /// Paints `prims`, clipped to the map.
    pub fn paint(&self, ui: &egui::Ui, prims: Vec<Prim>) {
        ui.painter().with_clip_rect(self.rect).extend(super::paint::shapes_in(self.ctx, prims, Some(self.rect)));
    }
}

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
    built
        .lines
        .iter()
        .rev()
        .find(|l| {
            let (a, b) = (&built.people[l.from], &built.people[l.to]);
            draw::line::hit(&l.data, (&a.data, a.at), (&b.data, b.at), at, cam.zoom)
        })
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
    let (view, look) = (frame.view(), frame.look);
    let seen = frame.cam.visible(frame.rect);
    let mut stats = PaintStats::default();
    let regions = if marks.regions { regions(built) } else { Vec::new() };
    let mut prims: Vec<Prim> = Vec::new();
    draw::areas::regions(&mut prims, &regions, &view, &look);
    let centre: std::collections::BTreeMap<_, _> = regions.iter().map(|r| (r.unit, r.centre)).collect();
    if built.bundled {
        let member_at = |p: PersonRef| built.index.get(&p).map(|i| built.people[*i].at);
        let centre_of = |u| centre.get(&u).copied();
        let focus = |p: PersonRef| (marks.selected)(p) || marks.hovered == Some(p);
        let ends = (&built.bundles[..], &built.reach[..]);
        draw::areas::bundles(&mut prims, ends, &centre_of, &member_at, &focus, &view, &look);
    }
    let focus = |p: usize| {
        let person = built.people[p].data.person;
        (marks.selected)(person) || marks.hovered == Some(person)
    };
    let plain = frame.cam.zoom < PLAIN_LINES_BELOW;
    for l in &built.lines {
        let (a, b) = (&built.people[l.from], &built.people[l.to]);
        let bundled = built.bundled && (l.minor || l.reach);
        if !line_visible(a.at, b.at, seen) || (bundled && !focus(l.from) && !focus(l.to)) {
            continue;
        }
        stats.lines += 1;
        let quiet = built.bundled && !focus(l.from) && !focus(l.to);
        let line_marks = draw::line::Marks { quiet, plain };
        draw::line::line(&mut prims, &l.data, (&a.data, a.at), (&b.data, b.at), &view, &look, line_marks);
    }
    let visible: Vec<&DrawnPerson> = built.people.iter().filter(|p| person_visible(p, seen, &frame.cam)).collect();
    stats.people = visible.len();
    let person_marks = |p: &DrawnPerson| draw::person::Marks {
        selected: (marks.selected)(p.data.person),
        hovered: marks.hovered == Some(p.data.person),
        label: false,
    };
    let wishes: Vec<overview::LabelWish> =
        visible.iter().map(|p| draw::person::label_wish(&p.data, p.at, &view, &look, person_marks(p))).collect();
    for (p, label) in visible.iter().zip(overview::place_labels(&wishes)) {
        stats.labels += usize::from(label);
        let m = draw::person::Marks { label, ..person_marks(p) };
        draw::person::person(&mut prims, &p.data, p.at, &view, &look, m);
    }
    collapsed(&mut prims, &view, &look, built, marks, &centre);
    draw::areas::region_labels(&mut prims, &regions, &view, &look, marks.keep_top);
    frame.paint(ui, prims);
    stats
}

/// Collapsed units, with one line from each person drawn (or, on a bundled
/// map, each unit's region) into each such unit.
fn collapsed(
    out: &mut Vec<Prim>,
    view: &View,
    look: &Look,
    built: &Built,
    marks: &Marks<'_>,
    region: &std::collections::BTreeMap<crate::model::UnitId, Point>,
) {
    let centres: std::collections::BTreeMap<_, _> =
        built.collapsed.iter().filter_map(|u| Some((u.unit, (marks.centre)(u)?))).collect();
    for (from, unit, n) in &built.collapsed_links {
        let start = match from {
            LinkEnd::Person(i) => built.people.get(*i).map(|p| p.at),
            LinkEnd::Unit(u) => region.get(u).copied(),
        };
        if let (Some(to), Some(start)) = (centres.get(unit), start) {
            draw::areas::collapsed_link(out, start, *to, *n, view, look);
        }
    }
    for u in &built.collapsed {
        if let Some(at) = centres.get(&u.unit) {
            draw::areas::collapsed_unit(out, u, *at, view, look);
        }
    }
}

/// The units' regions where their people stand now, each with how many of
/// its people we know (counted once per build, not per frame).
fn regions(built: &Built) -> Vec<overview::Region> {
    let points = built.people.iter().filter_map(|p| Some((p.unit?, p.at)));
    let mut regions = overview::regions_of(points, &|u| built.unit_names.get(&u).cloned().unwrap_or_default());
    overview::set_known(&mut regions, &built.known);
    regions
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
