//! Zoom, pan and fit of the map, and the board's grid drawn under it.

use crate::app::theme::MapColours;
use crate::layout::Point;
use crate::layout::board::Board;
use crate::model::{PersonRef, Project};
use egui::{Align2, FontId, Pos2, Rect, Stroke, Vec2};
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

    /// The part of the map in view, in map units.
    pub fn visible(self, rect: Rect) -> Rect {
        let a = self.to_map(rect, rect.min);
        let b = self.to_map(rect, rect.max);
        Rect::from_min_max(Pos2::new(a.x, a.y), Pos2::new(b.x, b.y))
    }

    /// Fits everyone into `rect`.
    pub fn fit(&mut self, rect: Rect, shown: &BTreeMap<PersonRef, Point>) {
        let (mut min, mut max) = (Pos2::new(f32::MAX, f32::MAX), Pos2::new(f32::MIN, f32::MIN));
        for p in shown.values().filter(|p| p.x.is_finite() && p.y.is_finite()) {
            min = min.min(Pos2::new(p.x, p.y));
            max = max.max(Pos2::new(p.x, p.y));
        }
        if min.x > max.x {
            return;
        }
        let bounds = Rect::from_min_max(min, max).expand(FIT_MARGIN);
        self.zoom = (rect.width() / bounds.width()).min(rect.height() / bounds.height()).clamp(MIN_ZOOM, MAX_ZOOM);
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
            Rect::from_min_max(Pos2::new(first.start, top.start), Pos2::new(last.end, bottom.end)).expand(40.0);
        let whole = (rect.width() / bounds.width()).min(rect.height() / bounds.height());
        let widest = board.files.iter().map(|f| f.end - f.start).fold(0.0f32, f32::max).max(1.0);
        let readable = (MIN_FILE / widest).min(rect.height() / bounds.height());
        self.zoom = whole.max(readable).clamp(MIN_ZOOM, MAX_ZOOM);
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

/// Draws the board's ranks and files with their labels. Labels stick to
/// the edge of the view when the board is scrolled past them.
pub fn paint_board(ui: &egui::Ui, cam: &Camera, rect: Rect, board: &Board, c: &MapColours, project: &Project) {
    paint_bands(ui, cam, rect, board, c, project);
}

/// The summary tiles of crowded squares: head count and key pieces, framed
/// in the warning colour when a key person there is uncovered. A click opens one.
pub fn paint_folded(
    ui: &egui::Ui,
    cam: &Camera,
    rect: Rect,
    board: &Board,
    c: &MapColours,
    summary: &dyn Fn(&[PersonRef]) -> (String, bool),
) {
    let painter = ui.painter().with_clip_rect(rect);
    let size = (14.0 * cam.zoom).clamp(9.0, 20.0);
    for f in &board.folded {
        let centre = cam.to_screen(rect, f.at);
        let half = Vec2::new(crate::layout::board::TILE_WIDTH, crate::layout::board::TILE_HEIGHT) * cam.zoom / 2.0;
        let tile = Rect::from_center_size(centre, half * 2.0);
        if !rect.intersects(tile) {
            continue;
        }
        let (text, alarm) = summary(&f.people);
        let edge = if alarm { c.uncovered } else { c.band_label.gamma_multiply(0.6) };
        painter.rect(
            tile,
            6.0,
            c.background.gamma_multiply(0.9),
            Stroke::new(if alarm { 3.0 } else { 1.5 }, edge),
            egui::StrokeKind::Inside,
        );
        if tile.height() >= 2.0 * size {
            let galley = painter.layout(text, FontId::proportional(size), c.text, tile.width() - 8.0);
            painter.galley(centre - galley.size() / 2.0, galley, c.text);
        }
    }
}

fn paint_bands(ui: &egui::Ui, cam: &Camera, rect: Rect, board: &Board, c: &MapColours, project: &Project) {
    let m = cam;
    let to_screen = |x: f32, y: f32| m.to_screen(rect, Point::new(x, y));
    let painter = ui.painter().with_clip_rect(rect);
    let (Some(first_file), Some(last_file)) = (board.files.first(), board.files.last()) else { return };
    let (Some(first_rank), Some(last_rank)) = (board.ranks.first(), board.ranks.last()) else { return };
    for (i, rank) in board.ranks.iter().enumerate() {
        let r = Rect::from_min_max(to_screen(first_file.start, rank.start), to_screen(last_file.end, rank.end));
        painter.rect_filled(r, 0.0, if i % 2 == 0 { c.band_a } else { c.band_b });
    }
    let line = Stroke::new(1.0, c.band_label.gamma_multiply(0.35));
    for file in board.files.iter().skip(1) {
        painter.line_segment([to_screen(file.start, first_rank.start), to_screen(file.start, last_rank.end)], line);
    }
    // Our team's rank is set off from the client's side by a heavier line.
    if let Some(team) = board.ranks.last() {
        let y = to_screen(0.0, team.start).y;
        painter.line_segment(
            [Pos2::new(to_screen(first_file.start, 0.0).x, y), Pos2::new(to_screen(last_file.end, 0.0).x, y)],
            Stroke::new(3.0, c.band_label.gamma_multiply(0.6)),
        );
    }
    let size = (15.0 * m.zoom).clamp(12.0, 22.0);
    let font = FontId::proportional(size);
    let top = to_screen(0.0, first_rank.start).y.max(rect.top() + 2.0);
    let pointer = ui.ctx().pointer_hover_pos().filter(|p| rect.contains(*p));
    let mut full_name = None;
    for file in &board.files {
        let (x0, x1) = (to_screen(file.start, 0.0).x, to_screen(file.end, 0.0).x);
        // A header never runs into the next: cut to its file's width, whole on hover.
        let text = fit_text(ui, &file.label, &font, (x1 - x0 - 8.0).max(0.0));
        if text.is_empty() {
            continue;
        }
        let at = Pos2::new((x0 + x1) / 2.0, top);
        let shown = painter.text(at, Align2::CENTER_TOP, &text, font.clone(), c.band_label);
        let over = pointer.is_some_and(|p| p.x >= x0 && p.x < x1 && p.y >= top && p.y <= shown.bottom());
        if over && text != file.label {
            full_name = Some((Pos2::new(at.x, shown.bottom() + 4.0), file.label.clone()));
        }
    }
    if let Some((at, name)) = full_name {
        let galley = painter.layout_no_wrap(name, font.clone(), c.text);
        let r = Rect::from_min_size(Pos2::new(at.x - galley.size().x / 2.0, at.y), galley.size()).expand(4.0);
        painter.rect_filled(r, 4.0, c.background);
        painter.galley(r.min + Vec2::splat(4.0), galley, c.text);
    }
    let left = to_screen(first_file.start, 0.0).x.max(rect.left() + 4.0);
    for (i, rank) in board.ranks.iter().enumerate() {
        let label = crate::scene::rank_label(i, &rank.label, project);
        let y = to_screen(0.0, rank.start).y + 4.0;
        painter.text(
            Pos2::new(left + 2.0, y.max(rect.top() + size + 8.0)),
            Align2::LEFT_TOP,
            label,
            FontId::proportional(size * 0.85),
            c.band_label,
        );
    }
}

/// `text` cut to `width` with an ellipsis; empty when not even a letter fits.
fn fit_text(ui: &egui::Ui, text: &str, font: &FontId, width: f32) -> String {
    let measure =
        |t: &str| ui.fonts_mut(|f| f.layout_no_wrap(t.to_owned(), font.clone(), egui::Color32::PLACEHOLDER).size().x);
    if measure(text) <= width {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let mut candidate: String = chars[..mid].iter().collect();
        candidate.push('…');
        if measure(&candidate) <= width { lo = mid } else { hi = mid - 1 }
    }
    if lo == 0 {
        return String::new();
    }
    let mut out: String = chars[..lo].iter().collect();
    out.push('…');
    out
}
