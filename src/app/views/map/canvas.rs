//! The map's own canvas: asks the scene for the drawing of one frame
//! (`scene::frame`, which culls what is off screen and decides the level of
//! detail and which names fit), paints it, and hit-tests people and lines.
//! Nothing here asks for a repaint: the view repaints only while something
//! moves (see `MapView::is_animating`), so an untouched map costs no CPU.

use super::graph::{Built, LinkEnd};
use super::nav::Camera;
use crate::layout::Point;
use crate::model::PersonRef;
use crate::scene::draw::{self, Look, Prim, View};
use crate::scene::overview;
use egui::{Pos2, Rect};

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
    /// Screen boxes no name may enter (the wall's caption, legend and key hint).
    pub keep_out: &'a [[f32; 4]],
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

/// Paints the map as `scene::frame` draws it at this zoom (units' places,
/// lines one by one or joined between units, people as pieces or dots,
/// names where they fit), then any collapsed units on top.
pub fn paint(ui: &egui::Ui, frame: &Frame<'_>, built: &Built, marks: &Marks<'_>) -> PaintStats {
    let drawn = crate::scene::frame::frame(&crate::scene::frame::FrameInput {
        people: &built.people,
        lines: &built.lines,
        regions: &built.regions,
        view: frame.view(),
        look: frame.look,
        selected: marks.selected,
        hovered: marks.hovered,
        keep_out: marks.keep_out,
    });
    let crate::scene::frame::Frame { layers, labels, pieces, line_shapes } = drawn;
    let stats = PaintStats {
        people: pieces.len(),
        lines: line_shapes,
        labels: labels.iter().filter(|l| matches!(l.owner, crate::scene::frame::Owner::Person(_))).count(),
        placed: labels,
        pieces,
        kept_out: marks.keep_out.to_vec(),
    };
    let mut prims = layers.into_prims();
    collapsed(&mut prims, &frame.view(), &frame.look, built, marks);
    frame.paint(ui, prims);
    stats
}

/// Collapsed units, with one line from each person drawn into each such unit.
fn collapsed(out: &mut Vec<Prim>, view: &View, look: &Look, built: &Built, marks: &Marks<'_>) {
    let centres: std::collections::BTreeMap<_, _> =
        built.collapsed.iter().filter_map(|u| Some((u.unit, (marks.centre)(u)?))).collect();
    for (from, unit, n) in &built.collapsed_links {
        let start = match from {
            LinkEnd::Person(i) => built.people.get(*i).map(|p| p.at),
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

/// How much of the map one frame painted, and where its names and pieces
/// went (for tests: culling, and nothing on top of anything).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaintStats {
    pub people: usize,
    pub lines: usize,
    /// Names shown (the rest did not fit at this zoom).
    pub labels: usize,
    pub placed: Vec<crate::scene::frame::Placed>,
    pub pieces: Vec<crate::scene::frame::DrawnPiece>,
    /// The boxes names kept out of (the wall's, the board's labels and tiles).
    pub kept_out: Vec<[f32; 4]>,
}
