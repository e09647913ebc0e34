//! What the last frame showed, read by the app and the tests: where people
//! and tiles were drawn, what was dimmed or lit, what was kept clear.

use super::MapView;
use super::motion::centroid;
use crate::analysis::path::WarmPath;
use crate::layout::Point;
use crate::model::{MapLayout, PersonRef};
use crate::scene::Emphasis;

impl MapView {
    /// Where a collapsed unit's node was drawn on screen.
    pub fn collapsed_node_on_screen(&self, unit: crate::model::UnitId) -> Option<egui::Pos2> {
        let c = self.derived.built.as_ref()?.collapsed.iter().find(|c| c.unit == unit)?;
        Some(self.viewport.cam.to_screen(self.viewport.rect, centroid(&self.motion.shown, &c.people)?))
    }

    /// The board's files on screen: each unit's name and its left and right edge.
    pub fn board_files(&self) -> Vec<(String, f32, f32)> {
        let Some(b) = self.derived.board.as_ref().filter(|_| self.derived.layout == MapLayout::Board) else {
            return Vec::new();
        };
        let x = |v: f32| self.viewport.cam.to_screen(self.viewport.rect, Point::new(v, 0.0)).x;
        b.files.iter().map(|f| (f.label.clone(), x(f.start), x(f.end))).collect()
    }

    /// The screen boxes no name was let into in the last frame: the wall's
    /// caption, legend and key hint, and the board's headers, rank names and tiles.
    pub fn kept_out(&self) -> &[[f32; 4]] {
        &self.last.paint.kept_out
    }

    /// The on-screen size of each folded board square's tile, in the order of `folded_tiles`.
    pub fn folded_tile_sizes(&self) -> Vec<egui::Vec2> {
        let Some(b) = self.derived.board.as_ref().filter(|_| self.derived.layout == MapLayout::Board) else {
            return Vec::new();
        };
        b.folded.iter().map(|f| egui::vec2(f.size.0, f.size.1) * self.viewport.cam.zoom).collect()
    }

    /// The folded board squares in the board layout: (rank, file), head
    /// count, and where the summary tile was drawn on screen.
    pub fn folded_tiles(&self) -> Vec<((usize, usize), usize, egui::Pos2)> {
        let Some(b) = self.derived.board.as_ref().filter(|_| self.derived.layout == MapLayout::Board) else {
            return Vec::new();
        };
        b.folded
            .iter()
            .map(|f| (f.square, f.people.len(), self.viewport.cam.to_screen(self.viewport.rect, f.at)))
            .collect()
    }

    /// Where a person is drawn now, in map units.
    pub fn shown_position(&self, person: PersonRef) -> Option<Point> {
        self.motion.shown.get(&person).copied()
    }

    /// Where a person was drawn on screen in the last frame.
    pub fn screen_position(&self, person: PersonRef) -> Option<egui::Pos2> {
        let p = self.motion.shown.get(&person)?;
        Some(self.viewport.cam.to_screen(self.viewport.rect, *p))
    }

    /// Where the wall's legend was drawn in the last frame (presenting).
    pub fn wall_legend_rect(&self) -> Option<egui::Rect> {
        self.show.wall.legend_rect.filter(|_| self.show.presenting)
    }

    /// The map area of the last frame, on screen.
    pub fn canvas_rect(&self) -> egui::Rect {
        self.viewport.rect
    }

    /// Whether a person was drawn dimmed (or lit) by the current analysis.
    pub fn is_dimmed(&self, person: PersonRef) -> bool {
        self.last.emphasis.get(&person) == Some(&Emphasis::Dim)
    }

    pub fn is_lit(&self, person: PersonRef) -> bool {
        self.last.emphasis.get(&person) == Some(&Emphasis::Lit)
    }

    /// Whether a person is drawn at all (filters may hide them).
    pub fn is_drawn(&self, person: PersonRef) -> bool {
        self.derived.built.as_ref().is_some_and(|b| b.index.contains_key(&person))
    }

    /// The zoom of the last frame.
    pub fn zoom(&self) -> f32 {
        self.viewport.cam.zoom
    }

    /// How many people and lines the last frame painted (the rest were off screen).
    pub fn painted(&self) -> (usize, usize) {
        (self.last.paint.people, self.last.paint.lines)
    }

    /// The names (and unit names) the last frame placed, and its pieces, on screen.
    pub fn last_frame(&self) -> (&[crate::scene::frame::Placed], &[crate::scene::frame::DrawnPiece]) {
        (&self.last.paint.placed, &self.last.paint.pieces)
    }

    /// The screen boxes the wall keeps for its caption, tally, key hint and
    /// legend in the last frame (presenting), as (x, y, width, height).
    pub fn wall_boxes(&self) -> Vec<[f32; 4]> {
        if self.show.presenting { self.show.wall.keep_out(self.viewport.rect) } else { Vec::new() }
    }

    /// The warm path on show, if any.
    pub fn path(&self) -> Option<&WarmPath> {
        self.derived.findings.path.as_ref()
    }

    /// The timeline's mark on a person in the last frame (joined, gone,
    /// stance better or worse), and whether they were drawn as having left.
    pub fn timeline_mark(&self, person: PersonRef) -> Option<(Option<crate::scene::PersonChange>, bool)> {
        let b = self.derived.built.as_ref()?;
        let p = b.people.get(*b.index.get(&person)?)?;
        Some((p.data.change, p.data.left))
    }

    /// The timeline's marks on the lines drawn in the last frame.
    pub fn timeline_line_marks(&self) -> Vec<(crate::model::RelationshipId, crate::scene::LineChange)> {
        let Some(b) = &self.derived.built else { return Vec::new() };
        b.lines.iter().filter_map(|l| Some((l.data.id, l.data.change?))).collect()
    }
}
