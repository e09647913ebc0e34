//! Zoom, pan and fit of the map, and the board's grid drawn under it.

use super::canvas::Frame;
use crate::app::theme::MapColours;
use crate::layout::Point;
use crate::layout::board::Board;
use crate::model::{PersonRef, Project};
use crate::scene::draw;
use egui::{Color32, FontId, Pos2, Rect, Vec2};
use std::collections::BTreeMap;

/// What a folded board square says: in full, in short for a narrow tile
/// (head count, key pieces below), and whether a key person there is uncovered.
pub struct Summary {
    pub text: String,
    pub compact: String,
    pub alarm: bool,
}

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

/// Draws the board's ranks and files with their labels, and the summary
/// tiles of crowded squares (head count and key pieces, framed in the
/// warning colour when a key person there is uncovered; a click opens one).
/// A header cut to its file's width shows its whole name on hover.
/// Returns the screen boxes of its labels and tiles, which no person's
/// name may cover.
pub fn paint_board(
    ui: &egui::Ui,
    frame: &Frame<'_>,
    board: &Board,
    project: &Project,
    summary: &dyn Fn(&[PersonRef]) -> Summary,
) -> Vec<[f32; 4]> {
    let (view, look) = (frame.view(), frame.look);
    let labels: Vec<String> =
        board.ranks.iter().enumerate().map(|(i, r)| crate::scene::rank_label(i, &r.label, project)).collect();
    let measure = |t: &str, size: f32| {
        ui.fonts_mut(|f| f.layout_no_wrap(t.to_owned(), FontId::proportional(size), Color32::PLACEHOLDER).size().x)
    };
    let mut prims = Vec::new();
    let drawn = draw::areas::board(&mut prims, board, &labels, &view, &look, &measure);
    let mut boxes = drawn.boxes;
    for f in &board.folded {
        let s = summary(&f.people);
        boxes.extend(draw::areas::folded_tile(&mut prims, f, (&s.text, &s.compact), s.alarm, (&view, &look), &measure));
    }
    frame.paint(ui, prims);
    let headers = drawn.headers;
    let pointer = ui.ctx().pointer_hover_pos().filter(|p| frame.rect.contains(*p));
    let over = |h: &&draw::areas::Header| {
        let [x0, x1, top, bottom] = h.span;
        pointer.is_some_and(|p| p.x >= x0 && p.x < x1 && p.y >= top && p.y <= bottom)
    };
    if let Some(h) = headers.iter().filter(|h| h.cut).find(over) {
        let c = MapColours::from(look.palette);
        let painter = ui.painter().with_clip_rect(frame.rect);
        let galley =
            painter.layout_no_wrap(h.full.clone(), FontId::proportional((15.0 * view.zoom).clamp(12.0, 22.0)), c.text);
        let at = Pos2::new((h.span[0] + h.span[1]) / 2.0 - galley.size().x / 2.0, h.span[3] + 4.0);
        let r = Rect::from_min_size(at, galley.size()).expand(4.0);
        painter.rect_filled(r, 4.0, c.background);
        painter.galley(at, galley, c.text);
    }
    boxes
}
