//! Zoom, pan and fit of the map.

use crate::layout::Point;
use crate::layout::board::Board;
use crate::model::PersonRef;
use egui::{Pos2, Rect, Vec2};
use std::collections::BTreeMap;

/// Room kept around the people when fitting (their names hang below them).
const FIT_MARGIN: f32 = 90.0;
pub const MIN_ZOOM: f32 = 0.03;
pub const MAX_ZOOM: f32 = 4.0;
/// Narrowest a board file may be on screen after fitting, in pixels.
const MIN_FILE: f32 = 130.0;

/// Zoom and pan of one map view: map units times `zoom`, plus `pan`, from
/// the top-left corner of the map's area. Kept by the view itself (each
/// window's map has its own), never in the project.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub zoom: f32,
    pub pan: Vec2,
}

impl Default for Camera {
    fn default() -> Self {
        Self { zoom: 1.0, pan: Vec2::ZERO }
    }
}

impl Camera {
    /// A map point on screen, for a map drawn in `rect`.
    pub fn to_screen(self, rect: Rect, p: Point) -> Pos2 {
        rect.min + self.pan + Vec2::new(p.x, p.y) * self.zoom
    }

    /// A screen position as a map point.
    pub fn to_map(self, rect: Rect, screen: Pos2) -> Point {
        let p = (screen - rect.min - self.pan) / self.zoom;
        Point::new(p.x, p.y)
    }

    /// Fits everyone, and the units' places (`discs`: centre and radius), into `rect`.
    pub fn fit(&mut self, rect: Rect, shown: &BTreeMap<PersonRef, Point>, discs: &[(Point, f32)]) {
        let (mut min, mut max) = (Pos2::new(f32::MAX, f32::MAX), Pos2::new(f32::MIN, f32::MIN));
        for p in shown.values().filter(|p| p.x.is_finite() && p.y.is_finite()) {
            min = min.min(Pos2::new(p.x, p.y));
            max = max.max(Pos2::new(p.x, p.y));
        }
        for (c, r) in discs.iter().filter(|(c, r)| c.x.is_finite() && c.y.is_finite() && r.is_finite()) {
            min = min.min(Pos2::new(c.x - r + FIT_MARGIN, c.y - r + FIT_MARGIN));
            max = max.max(Pos2::new(c.x + r - FIT_MARGIN, c.y + r - FIT_MARGIN));
        }
        if min.x > max.x {
            return;
        }
        let bounds = Rect::from_min_max(min, max).expand(FIT_MARGIN);
        // A few pixels of room at the edges whatever the zoom: names there need it.
        let (w, h) = ((rect.width() - 60.0).max(10.0), (rect.height() - 60.0).max(10.0));
        self.zoom = (w / bounds.width()).min(h / bounds.height()).clamp(MIN_ZOOM, MAX_ZOOM);
        self.pan = rect.size() / 2.0 - bounds.center().to_vec2() * self.zoom;
    }

    /// Fits a board into `rect`. A board too wide to read whole (forty
    /// business units) is fitted so each file keeps at least `MIN_FILE`
    /// pixels and every rank shows, starting from its left edge; the wheel
    /// or a drag scrolls sideways, and the headers stay in view.
    pub fn fit_board(&mut self, rect: Rect, board: &Board) {
        let (Some(first), Some(last)) = (board.files.first(), board.files.last()) else { return };
        let (Some(top), Some(bottom)) = (board.ranks.first(), board.ranks.last()) else { return };
        let bounds =
            Rect::from_min_max(Pos2::new(first.start - board.label_margin, top.start), Pos2::new(last.end, bottom.end))
                .expand(40.0);
        let whole = (rect.width() / bounds.width()).min(rect.height() / bounds.height());
        let widest = board.files.iter().map(|f| f.end - f.start).fold(0.0f32, f32::max).max(1.0);
        let readable = (MIN_FILE / widest).min(rect.height() / bounds.height());
        // A narrow board (many units) fits whole: every file shows.
        self.zoom = if board.narrow { whole } else { whole.max(readable) }.clamp(MIN_ZOOM, MAX_ZOOM);
        let x = if bounds.width() * self.zoom <= rect.width() {
            rect.width() / 2.0 - bounds.center().x * self.zoom
        } else {
            -bounds.left() * self.zoom
        };
        self.pan = Vec2::new(x, rect.height() / 2.0 - bounds.center().y * self.zoom);
    }

    /// Puts a map point in the middle of `rect`, zooming in to at least 1.
    pub fn centre_on(&mut self, rect: Rect, at: Point) {
        self.zoom = self.zoom.max(1.0);
        self.pan = rect.size() / 2.0 - Vec2::new(at.x, at.y) * self.zoom;
    }

    /// Zooms by `factor`, keeping the map point under `around` (a screen
    /// position) where it is; the middle of `rect` when `None`.
    pub fn zoom_by(&mut self, rect: Rect, factor: f32, around: Option<Pos2>) {
        let new = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let c = around.map_or(rect.size() / 2.0, |p| p - rect.min);
        self.pan = c - (c - self.pan) * (new / self.zoom);
        self.zoom = new;
    }

    pub fn pan_by(&mut self, delta: Vec2) {
        self.pan += delta;
    }
}
