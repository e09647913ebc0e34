//! A person as drawn: a chess piece on a disc coloured by stance, with a
//! stance mark, size by influence, warning rings and the name below. Far
//! out, only a dot.

use super::{Anchor, Look, Prim, Stroke, Text, View, Xy, badge, dashed_ring, piece};
use crate::layout::Point;
use crate::scene::overview::{self, LabelWish};
use crate::scene::palette::{self, Rgba};
use crate::scene::{NodeData, NodeKind, style};

/// Below this radius on screen a person is a plain dot.
pub const DOT_BELOW: f32 = 3.0;
/// From this radius on screen a person can carry a name.
pub const NAME_FROM: f32 = 6.0;
/// From this radius on screen a piece shows its badges.
pub const BADGES_FROM: f32 = 9.0;

/// What marks a person this time, besides what they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    pub selected: bool,
    pub hovered: bool,
    /// Whether the name has a place (label placement decides).
    pub label: bool,
}

/// A person standing at `at` (map units), drawn as `view` and `look` say.
pub fn person(out: &mut Vec<Prim>, d: &NodeData, at: Point, view: &View, look: &Look, marks: Marks) {
    let c = &look.palette;
    let centre = view.to_screen(at);
    let r = d.radius() * view.zoom;
    let keep = d.keep();
    let fill = fill_of(d).fade(keep);
    if r < DOT_BELOW {
        out.push(Prim::disc(centre, r.max(1.0), fill));
        return;
    }
    rings(out, d, centre, r, look, marks);
    match &d.kind {
        NodeKind::Contact { piece: kind, stance, .. } => {
            out.push(Prim::disc(centre, r, fill));
            let glyph = if fill_of(d).luminance() > 0.55 { c.glyph_dark } else { c.glyph_light };
            piece(out, *kind, (centre.0, centre.1 - r * 0.04), r * 0.62, glyph.fade(keep));
            if r >= BADGES_FROM {
                let at = badge_at(centre, r, style::STANCE_BADGE, look);
                let mark = palette::stance_mark(*stance);
                badge(out, at, r * style::BADGE_RADIUS, mark, look, c.text, keep);
            }
        }
        NodeKind::Member { initials } => {
            // On a projector the initials keep their size and the square grows to hold them.
            let wall = look.label_scale > 1.0;
            let size = (r * 0.75).max(if wall { look.mark_text() } else { 6.0 });
            let side = if wall { (r * 1.8).max(size * 1.9) } else { r * 1.8 };
            let min = (centre.0 - side / 2.0, centre.1 - side / 2.0);
            out.push(Prim::Rect { min, size: (side, side), rounding: r * 0.35, fill: Some(fill), stroke: None });
            out.push(Prim::Text(Text::new(
                centre,
                Anchor::Centre,
                initials.to_string(),
                size,
                palette::WHITE.fade(keep),
            )));
        }
    }
    if r >= NAME_FROM && marks.label {
        labels(out, d, centre, r, view.zoom, look, marks);
    }
    if d.uncovered && r >= BADGES_FROM {
        let at = badge_at(centre, r, style::UNCOVERED_BADGE, look);
        badge(out, at, r * style::BADGE_RADIUS, "!", look, c.text, keep);
    }
}

/// Where a badge sits, in the direction `offset` from a piece's centre.
/// On a projector a badge grown past the piece's own share moves out with
/// its size, so it covers no more of the piece's glyph than usual.
fn badge_at(centre: Xy, r: f32, offset: (f32, f32), look: &Look) -> Xy {
    let grown = if look.label_scale > 1.0 { (look.mark_text() / 1.2 - r * style::BADGE_RADIUS).max(0.0) } else { 0.0 };
    let out = grown * 0.8 / offset.0.hypot(offset.1).max(f32::EPSILON);
    (centre.0 + offset.0 * (r + out), centre.1 + offset.1 * (r + out))
}

fn fill_of(d: &NodeData) -> Rgba {
    match &d.kind {
        NodeKind::Contact { stance, .. } => palette::stance_colour(*stance),
        NodeKind::Member { .. } => palette::OUR_TEAM,
    }
}

/// Warning rings (uncovered key person, reporting cycle), then the
/// selection, highlight or hover ring.
fn rings(out: &mut Vec<Prim>, d: &NodeData, centre: Xy, r: f32, look: &Look, marks: Marks) {
    let c = &look.palette;
    let keep = d.keep();
    if d.uncovered {
        out.push(dashed_ring(centre, r * style::WARNING_RING, style::uncovered_ring_width(r), c.uncovered.fade(keep)));
    } else if d.in_cycle {
        out.push(dashed_ring(centre, r * style::WARNING_RING, style::thin_ring_width(r), palette::WARNING.fade(keep)));
    }
    if marks.selected || d.connect_source {
        out.push(Prim::ring(centre, r * style::MARK_RING, Stroke::solid((r * 0.14).max(2.5), c.selection)));
    } else if d.emphasis == crate::scene::Emphasis::Lit {
        out.push(Prim::ring(centre, r * style::MARK_RING, Stroke::solid(style::thin_ring_width(r), c.highlight)));
    } else if marks.hovered {
        out.push(Prim::ring(centre, r * 1.12, Stroke::solid(1.5, c.text)));
    }
}

/// The name, and the title under it when titles show or the person is in focus.
fn labels(out: &mut Vec<Prim>, d: &NodeData, centre: Xy, r: f32, zoom: f32, look: &Look, marks: Marks) {
    let c = &look.palette;
    let keep = d.keep().max(0.3);
    let size = style::label_size(zoom, look.label_scale);
    let colour = c.text.fade(keep);
    let halo = Some(c.text_halo.fade(keep));
    let y = centre.1 + r * style::LABEL_GAP + 2.0;
    let mut name =
        Text::new((centre.0, y), Anchor::TopCentre, style::label_text(&d.name, d.single, zoom), size, colour);
    name.halo = halo;
    out.push(Prim::Text(name));
    if wants_title(d, look, marks) {
        let at = (centre.0, y + size * 1.25 + 1.0);
        let text = style::clip(&d.title, style::TEXT_CHARS);
        let mut title = Text::new(at, Anchor::TopCentre, text, size * style::TITLE_SCALE, colour);
        title.halo = halo;
        out.push(Prim::Text(title));
    }
}

fn wants_title(d: &NodeData, look: &Look, marks: Marks) -> bool {
    !d.title.is_empty() && (look.show_titles || marks.hovered || marks.selected)
}

/// Where this person's name (and title) would go, and how much it matters:
/// the input to label placement. A person too small to carry a name gets a
/// box that never fits.
pub fn label_wish(d: &NodeData, at: Point, view: &View, look: &Look, marks: Marks) -> LabelWish {
    let (ours, key, influence) = match &d.kind {
        NodeKind::Member { .. } => (true, false, 5),
        NodeKind::Contact { piece, influence, .. } => (false, piece.is_key(), *influence),
    };
    let priority = overview::label_priority(marks.selected || marks.hovered, ours, key, influence);
    let r = d.radius() * view.zoom;
    if r < NAME_FROM {
        return LabelWish { priority, rect: [0.0; 4] };
    }
    let size = style::label_size(view.zoom, look.label_scale);
    let (mut w, mut h) = overview::label_size(&style::label_text(&d.name, d.single, view.zoom), size);
    if wants_title(d, look, marks) {
        let (tw, th) = overview::label_size(&style::clip(&d.title, style::TEXT_CHARS), size * style::TITLE_SCALE);
        w = w.max(tw);
        h += th;
    }
    let (cx, cy) = view.to_screen(at);
    LabelWish { priority, rect: [cx - w / 2.0, cy + r * style::LABEL_GAP, w, h] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContactId, PersonRef, Piece, Stance};
    use crate::scene::palette::Palette;
    use crate::scene::{Emphasis, NodeKind};

    fn king() -> NodeData {
        NodeData {
            person: PersonRef::Contact(ContactId(1)),
            name: "Henrik Åberg".into(),
            title: "Group CEO".into(),
            kind: NodeKind::Contact { piece: Piece::King, stance: Stance::Supporter, influence: 5 },
            left: false,
            emphasis: Emphasis::Normal,
            uncovered: true,
            single: false,
            in_cycle: false,
            connect_source: false,
        }
    }

    fn view(zoom: f32) -> View {
        View { zoom, offset: (0.0, 0.0), screen: [0.0, 0.0, 800.0, 600.0] }
    }

    fn texts(prims: &[Prim]) -> Vec<String> {
        prims.iter().filter_map(|p| if let Prim::Text(t) = p { Some(t.text.clone()) } else { None }).collect()
    }

    #[test]
    fn far_out_a_person_is_one_dot_and_close_up_a_piece_with_marks_and_name() {
        let look = Look { palette: Palette::light(), label_scale: 1.0, show_titles: true };
        let marks = Marks { label: true, ..Marks::default() };
        let mut far = Vec::new();
        person(&mut far, &king(), Point::new(100.0, 100.0), &view(0.05), &look, marks);
        assert_eq!(far.len(), 1, "a dot: {far:?}");
        let mut near = Vec::new();
        person(&mut near, &king(), Point::new(100.0, 100.0), &view(1.0), &look, marks);
        assert_eq!(texts(&near), ["+", "Henrik Åberg", "Group CEO", "!"], "stance mark, name, title, uncovered");
        let dashed = near.iter().any(|p| {
            matches!(p, Prim::Circle { stroke: Some(s), .. } if matches!(s.pattern, crate::scene::draw::Pattern::Dashed { .. }))
        });
        assert!(dashed, "an uncovered key person has the dashed warning ring");
        let mut unnamed = Vec::new();
        person(&mut unnamed, &king(), Point::new(100.0, 100.0), &view(1.0), &look, Marks::default());
        assert_eq!(texts(&unnamed), ["+", "!"], "no name where placement found no room");
    }

    #[test]
    fn the_label_box_is_where_the_name_is_drawn() {
        let look = Look { palette: Palette::light(), label_scale: 1.0, show_titles: false };
        let wish = label_wish(&king(), Point::new(100.0, 100.0), &view(1.0), &look, Marks::default());
        let r = king().radius();
        assert!((wish.rect[1] - (100.0 + r * style::LABEL_GAP)).abs() < 0.01);
        assert!((wish.rect[0] + wish.rect[2] / 2.0 - 100.0).abs() < 0.01, "centred under the piece");
        let tiny = label_wish(&king(), Point::new(100.0, 100.0), &view(0.05), &look, Marks::default());
        assert_eq!(tiny.rect, [0.0; 4], "too small to carry a name");
    }
}
