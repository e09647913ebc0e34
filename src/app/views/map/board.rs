//! The board's ranks and files drawn under the people, with the summary
//! tiles of crowded squares.

use super::canvas::Frame;
use crate::app::theme::MapColours;
use crate::layout::board::Board;
use crate::model::{PersonRef, Project};
use crate::scene::draw;
use crate::scene::summary::Summary;
use egui::{Color32, FontId, Pos2, Rect};

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
