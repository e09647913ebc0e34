//! What the map draws besides people and lines: collapsed units, and the
//! chess board's ranks, files and folded squares (the units' places and the
//! lines between them are drawn by `scene::frame`).

use super::{Anchor, Look, Prim, Stroke, Text, View, Xy};
use crate::layout::Point;
use crate::layout::board::{Board, Folded};
use crate::scene::overview::{self, CollapsedUnit};
use crate::scene::style;

/// A collapsed unit's node is never smaller than this on screen, so its
/// summary can be read and clicked.
pub const NODE_MIN_PIXELS: f32 = 64.0;

/// A line of `lines` relationships into a collapsed unit.
pub fn collapsed_link(out: &mut Vec<Prim>, from: Point, to: Point, lines: usize, view: &View, look: &Look) {
    let stroke = Stroke::solid(overview::bundle_width(lines), look.palette.knows.fade(0.6));
    out.push(Prim::segment(view.to_screen(from), view.to_screen(to), stroke));
}

/// A collapsed unit as one node: its name, head count, key pieces and how
/// many we know, ringed in the warning colour when a key person there is
/// uncovered.
pub fn collapsed_unit(out: &mut Vec<Prim>, u: &CollapsedUnit, at: Point, view: &View, look: &Look) {
    let c = &look.palette;
    let centre = view.to_screen(at);
    let r = (u.radius() * view.zoom).max(NODE_MIN_PIXELS);
    let ring = if u.uncovered > 0 { Stroke::solid(4.0, c.uncovered) } else { Stroke::solid(2.0, c.band_label) };
    out.push(Prim::Circle { centre, radius: r, fill: Some(c.band_a), stroke: Some(ring) });
    let size = (13.0 * look.label_scale).max(r / 6.0).min(22.0);
    let mut t = Text::new(
        centre,
        Anchor::Centre,
        format!("{}\n{}", style::clip(&u.name, style::NAME_CHARS), u.summary()),
        size,
        c.text,
    );
    t.wrap = Some((r * 1.7).max(120.0));
    out.push(Prim::Text(t));
}

/// Where a board's file header was drawn, and the name it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    /// Left, right, top and bottom on screen.
    pub span: [f32; 4],
    pub full: String,
    /// Whether the header shows less than the full name.
    pub cut: bool,
}

/// What the board's own labels took on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardLabels {
    /// The file headers drawn, so the full name can be shown on hover.
    pub headers: Vec<Header>,
    /// Every header's and rank name's box (left, top, width, height): no
    /// person's name may lie on them.
    pub boxes: Vec<[f32; 4]>,
}

/// The board's ranks and files with their labels. Labels stick to the edge
/// of the view when the board is scrolled past them; a file's header is cut
/// to its width (`measure` gives a text's width at a size).
pub fn board(
    out: &mut Vec<Prim>,
    board: &Board,
    rank_labels: &[String],
    view: &View,
    look: &Look,
    measure: &dyn Fn(&str, f32) -> f32,
) -> BoardLabels {
    let c = &look.palette;
    let mut drawn = BoardLabels::default();
    let (Some(first_file), Some(last_file)) = (board.files.first(), board.files.last()) else { return drawn };
    let (Some(top_rank), Some(team)) = (board.ranks.first(), board.ranks.last()) else { return drawn };
    let at = |x: f32, y: f32| view.to_screen(Point::new(x, y));
    let board_left = first_file.start - board.label_margin;
    for (i, rank) in board.ranks.iter().enumerate() {
        let (a, b) = (at(board_left, rank.start), at(last_file.end, rank.end));
        let fill = Some(if i % 2 == 0 { c.band_a } else { c.band_b });
        out.push(Prim::Rect { min: a, size: (b.0 - a.0, b.1 - a.1), rounding: 0.0, fill, stroke: None });
    }
    for file in board.files.iter().skip(1) {
        let stroke = Stroke::solid(1.0, c.band_label.fade(0.35));
        out.push(Prim::segment(at(file.start, top_rank.start), at(file.start, team.end), stroke));
    }
    // Our team's rank is set off from the client's side by a heavier line.
    let stroke = Stroke::solid(3.0, c.band_label.fade(0.6));
    out.push(Prim::segment(at(board_left, team.start), at(last_file.end, team.start), stroke));
    let [sx, sy, ..] = view.screen;
    let size = (15.0 * view.zoom).clamp(BOARD_TEXT, 22.0);
    let top = at(0.0, top_rank.start).1.max(sy + 2.0);
    // A narrow board's headers take turns on two lines, so each may be as
    // wide as two files: "Fin…" or "SSC" rather than a letter or nothing.
    let stagger = board.narrow;
    for (i, file) in board.files.iter().enumerate() {
        let (x0, x1) = (at(file.start, 0.0).0, at(file.end, 0.0).0);
        let label = style::clip(&file.label, style::TEXT_CHARS);
        let (room, top) = if stagger {
            let line = if i % 2 == 1 { size * 1.3 } else { 0.0 };
            ((2.0 * (x1 - x0) - 6.0).max(0.0), (top - line).max(sy + 2.0))
        } else {
            ((x1 - x0 - 4.0).max(0.0), top)
        };
        // Cut to fit; where that leaves a letter or two, the unit's initials.
        let mut text = ellipsize(&label, room, &|t| measure(t, size));
        if text.chars().count() <= 3 && text != label {
            text = ellipsize(&abbreviation(&label), room, &|t| measure(t, size));
        }
        if text.is_empty() {
            continue;
        }
        let cut = text != file.label;
        let w = measure(&text, size);
        drawn.boxes.push([(x0 + x1) / 2.0 - w / 2.0, top, w, size * 1.3]);
        out.push(Prim::Text(Text::new(((x0 + x1) / 2.0, top), Anchor::TopCentre, text, size, c.band_label)));
        drawn.headers.push(Header { span: [x0, x1, top, top + size * 1.3], full: label, cut });
    }
    let left = at(board_left, 0.0).0.max(sx + 4.0);
    // Beside the files, a rank's name is cut to its margin.
    let room = (board.label_margin > 0.0).then(|| at(first_file.start, 0.0).0 - left - 8.0);
    // Each rank's name at the top of its band, where the band is tall
    // enough to hold it and below the last one drawn (never two on one another).
    let mut free_from = (sy + size + 8.0).max(top + size * 1.3 + 2.0);
    for (rank, label) in board.ranks.iter().zip(rank_labels) {
        let (top, bottom) = (at(0.0, rank.start).1 + 4.0, at(0.0, rank.end).1);
        let y = top.max(free_from);
        if y + size * 1.3 > bottom {
            continue;
        }
        let label = match room {
            Some(room) => ellipsize(label, room, &|t| measure(t, size)),
            None => label.clone(),
        };
        if label.is_empty() {
            continue;
        }
        drawn.boxes.push([left + 2.0, y, measure(&label, size), size * 1.3]);
        out.push(Prim::Text(Text::new((left + 2.0, y), Anchor::TopLeft, label, size, c.band_label)));
        free_from = y + size * 1.3;
    }
    drawn
}

/// Smallest text on a board's tiles and headers, in pixels.
pub const BOARD_TEXT: f32 = 14.0;

/// The summary tile of a crowded board square: its text (or, where the
/// tile is too narrow for it, `compact`, one short line above another),
/// framed in the warning colour when `alarm` (a key person there is uncovered).
pub fn folded_tile(
    out: &mut Vec<Prim>,
    f: &Folded,
    (text, compact): (&str, &str),
    alarm: bool,
    (view, look): (&View, &Look),
    measure: &dyn Fn(&str, f32) -> f32,
) -> Option<[f32; 4]> {
    let c = &look.palette;
    let centre = view.to_screen(f.at);
    let (w, h) = (f.size.0 * view.zoom, f.size.1 * view.zoom);
    if !view.touches(centre, w.max(h)) {
        return None;
    }
    let edge = if alarm { Stroke::solid(3.0, c.uncovered) } else { Stroke::solid(1.5, c.band_label.fade(0.6)) };
    let min: Xy = (centre.0 - w / 2.0, centre.1 - h / 2.0);
    out.push(Prim::Rect { min, size: (w, h), rounding: 6.0, fill: Some(c.background.fade(0.9)), stroke: Some(edge) });
    let size = (14.0 * view.zoom).clamp(BOARD_TEXT, 20.0);
    let widest = |t: &str| t.lines().map(|l| measure(l, size)).fold(0.0, f32::max);
    let tall = |t: &str| t.lines().count() as f32 * size * 1.2 + 2.0;
    // A count may reach past a narrow tile's edge into half the gap to the
    // next (so "124" reads in 14-pixel type), never into the next tile's half.
    let gap = (f.gap * view.zoom - 1.0).max(0.0);
    // The whole summary, else the short one, else the head count alone.
    let count = compact.lines().next().unwrap_or_default();
    let fits = [(text, w - 4.0), (compact, w + gap), (count, w + gap)]
        .into_iter()
        .find(|(t, room)| widest(t) <= *room && tall(t) <= h);
    if let Some((text, _)) = fits {
        out.push(Prim::Text(Text::new(centre, Anchor::Centre, text, size, c.text)));
    }
    Some([min.0, min.1, w, h])
}

/// A unit's name in as few letters as can stand for it: "Stockholm Supply
/// Chain" -> "SSC" (a single word keeps its first three letters).
pub fn abbreviation(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [one] => one.chars().take(3).collect(),
        _ => words.iter().filter_map(|w| w.chars().next()).take(4).collect::<String>().to_uppercase(),
    }
}

/// `text` cut to `width` with an ellipsis; empty when not even a letter fits.
pub fn ellipsize(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> String {
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

#[cfg(test)]
mod tests {
    use super::ellipsize;

    #[test]
    fn a_long_name_is_cut_with_an_ellipsis_to_fit() {
        let width = |t: &str| t.chars().count() as f32 * 10.0;
        assert_eq!(ellipsize("Finance", 100.0, &width), "Finance");
        assert_eq!(ellipsize("Group Procurement", 60.0, &width), "Group…");
        assert_eq!(ellipsize("Group", 5.0, &width), "");
    }
}
