//! A person as drawn: a chess piece on a disc coloured by stance, with a
//! stance mark, size by influence, warning rings and the name below. Far
//! out, only a dot.

use super::{Anchor, Look, Prim, Stroke, Text, View, Xy, badge, dashed_ring, piece};
use crate::layout::Point;
use crate::scene::overview;
use crate::scene::palette::{self, Rgba};
use crate::scene::{NodeData, NodeKind, PersonChange, Warmth, style};

/// Below this radius on screen a person is a plain dot.
pub const DOT_BELOW: f32 = 3.0;
/// From this radius on screen a person can carry a name.
pub const NAME_FROM: f32 = 6.0;
/// From this radius on screen a piece shows its badges.
pub const BADGES_FROM: f32 = 9.0;

/// What marks a person this time, besides what they are.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Marks {
    pub selected: bool,
    pub hovered: bool,
    /// Drawn as a plain dot (zoomed out, not a key person).
    pub dot: bool,
    /// Smallest radius on screen: key people stay pieces however far out.
    pub min_radius: f32,
}

/// A person's radius on screen at this zoom (never below `min_radius`).
pub fn screen_radius(d: &NodeData, view: &View, marks: Marks) -> f32 {
    (d.radius() * view.zoom).max(marks.min_radius)
}

/// The radius of the dot a person far out is drawn as.
pub const DOT_RADIUS: f32 = 2.5;

/// A person standing at `at` (map units), drawn as `view` and `look` say:
/// the piece with its rings and marks; the name is placed and drawn apart
/// (`label`), so no name lands on anyone else.
pub fn person(out: &mut Vec<Prim>, d: &NodeData, at: Point, view: &View, look: &Look, marks: Marks) {
    let c = &look.palette;
    let centre = view.to_screen(at);
    let r = screen_radius(d, view, marks);
    let keep = d.keep();
    let fill = fill_of(d, look).fade(keep);
    if marks.dot || r < DOT_BELOW {
        out.push(Prim::disc(centre, if marks.dot { DOT_RADIUS } else { r.max(1.0) }, fill));
        return;
    }
    rings(out, d, centre, r, look, marks);
    match &d.kind {
        NodeKind::Contact { piece: kind, .. } if d.vacant => {
            // The seat with nobody in it: an empty disc with a dashed rim
            // and the piece's outline, no stance (there is no one to judge).
            out.push(Prim::disc(centre, r, c.background));
            out.push(dashed_ring(centre, r, style::uncovered_ring_width(r), c.text.fade(keep)));
            piece(out, *kind, (centre.0, centre.1 - r * 0.04), r * 0.62, c.text.fade(keep * 0.7));
        }
        NodeKind::Contact { piece: kind, stance, .. } => {
            out.push(Prim::disc(centre, r, fill));
            let glyph = if fill_of(d, look).luminance() > 0.55 { c.glyph_dark } else { c.glyph_light };
            piece(out, *kind, (centre.0, centre.1 - r * 0.04), r * 0.62, glyph.fade(keep));
            if r >= BADGES_FROM && look.opinions {
                let at = badge_at(centre, r, style::STANCE_BADGE);
                let mark = palette::stance_mark(*stance);
                badge(out, at, r * style::BADGE_RADIUS, mark, look, c.text, keep);
            }
        }
        NodeKind::Member { initials } => {
            let size = r * 0.75;
            let side = r * 1.8;
            let min = (centre.0 - side / 2.0, centre.1 - side / 2.0);
            out.push(Prim::Rect { min, size: (side, side), rounding: r * 0.35, fill: Some(fill), stroke: None });
            if size >= 6.0 {
                let text = Text::new(centre, Anchor::Centre, initials.to_string(), size, palette::WHITE.fade(keep));
                out.push(Prim::Text(text));
            }
        }
    }
    if d.uncovered && r >= BADGES_FROM {
        let at = badge_at(centre, r, style::UNCOVERED_BADGE);
        badge(out, at, r * style::BADGE_RADIUS, "!", look, c.text, keep);
    }
    if let Some(w) = d.cooling.filter(|_| r >= BADGES_FROM) {
        cooling_mark(out, badge_at(centre, r, style::COOLING_BADGE), r * style::BADGE_RADIUS, w, look);
    }
    if let Some(change) = d.change {
        change_mark(out, change, centre, r, look);
    }
}

/// A blue badge with a white snowflake: light blue cooling, deep blue cold.
pub fn cooling_mark(out: &mut Vec<Prim>, at: Xy, br: f32, w: Warmth, look: &Look) {
    let fill = if w == Warmth::Cold { palette::COLD } else { palette::COOLING };
    let stroke = Some(Stroke::solid(1.5, look.palette.background));
    out.push(Prim::Circle { centre: at, radius: br, fill: Some(fill), stroke });
    let arm = br * 0.62;
    let line = Stroke::solid((br * 0.16).max(1.2), palette::WHITE);
    for k in 0..3 {
        let a = std::f32::consts::PI / 3.0 * k as f32 + std::f32::consts::FRAC_PI_2;
        let (dx, dy) = (a.cos() * arm, a.sin() * arm);
        out.push(Prim::segment((at.0 - dx, at.1 - dy), (at.0 + dx, at.1 + dy), line));
    }
}

/// What happened since the point before (the timeline): a green "+" for
/// someone who joined, a green up or red down triangle for a stance better
/// or worse, a dashed outline around the ghost of someone gone.
fn change_mark(out: &mut Vec<Prim>, change: PersonChange, centre: Xy, r: f32, look: &Look) {
    let at = badge_at(centre, r, style::CHANGE_BADGE);
    let br = (r * style::BADGE_RADIUS).max(5.0);
    let white = palette::WHITE;
    let disc = |out: &mut Vec<Prim>, fill: Rgba| {
        let stroke = Some(Stroke::solid(1.5, look.palette.background));
        out.push(Prim::Circle { centre: at, radius: br, fill: Some(fill), stroke });
    };
    let triangle = |up: bool| {
        let (h, w) = (br * 0.55, br * 0.6);
        let s = if up { -1.0 } else { 1.0 };
        let points = vec![(at.0, at.1 + s * h), (at.0 - w, at.1 - s * h * 0.7), (at.0 + w, at.1 - s * h * 0.7)];
        Prim::Polygon { points, fill: white }
    };
    match change {
        PersonChange::Joined => {
            disc(out, palette::GAINED);
            let bar = Stroke::solid((br * 0.28).max(1.5), white);
            out.push(Prim::segment((at.0 - br * 0.55, at.1), (at.0 + br * 0.55, at.1), bar));
            out.push(Prim::segment((at.0, at.1 - br * 0.55), (at.0, at.1 + br * 0.55), bar));
        }
        PersonChange::StanceBetter => {
            disc(out, palette::GAINED);
            out.push(triangle(true));
        }
        PersonChange::StanceWorse => {
            disc(out, palette::ERROR);
            out.push(triangle(false));
        }
        PersonChange::Gone => {
            out.push(dashed_ring(centre, r * style::MARK_RING, style::thin_ring_width(r), look.palette.text.fade(0.7)));
        }
    }
}

/// How far a person's drawing reaches from their centre on screen (rings
/// and badges included): what another person's name must keep clear of.
pub fn reach(d: &NodeData, r: f32, marks: Marks) -> f32 {
    if marks.dot || r < DOT_BELOW {
        return if marks.dot { DOT_RADIUS } else { r.max(1.0) };
    }
    let ring = if d.uncovered || d.in_cycle { style::WARNING_RING } else { style::MARK_RING };
    let badge = if r >= BADGES_FROM { 1.0 + style::BADGE_RADIUS } else { 1.0 };
    // The timeline's mark keeps its size on a small piece.
    let change = match d.change {
        Some(PersonChange::Gone) | None => 0.0,
        Some(_) => r * 0.78 + (r * style::BADGE_RADIUS).max(5.0),
    };
    (r * ring.max(badge)).max(change) + 2.0
}

/// Where a badge sits, in the direction `offset` from a piece's centre:
/// on the piece's edge, smaller than the piece.
fn badge_at(centre: Xy, r: f32, offset: (f32, f32)) -> Xy {
    (centre.0 + offset.0 * r, centre.1 + offset.1 * r)
}

fn fill_of(d: &NodeData, look: &Look) -> Rgba {
    match &d.kind {
        NodeKind::Contact { .. } if !look.opinions => palette::NO_OPINION,
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
    } else if let Some(w) = d.cooling {
        // A blue ring at any zoom (the snowflake badge joins it close up).
        let (colour, width) = match w {
            Warmth::Cold => (palette::COLD, style::uncovered_ring_width(r)),
            _ => (palette::COOLING, style::thin_ring_width(r)),
        };
        // Inside the warning rings' room, so names keep their places.
        out.push(Prim::ring(centre, r * style::MARK_RING, Stroke::solid(width, colour.fade(keep))));
    }
    if marks.selected || d.connect_source {
        out.push(Prim::ring(centre, r * style::MARK_RING, Stroke::solid((r * 0.14).max(2.5), c.selection)));
    } else if d.emphasis == crate::scene::Emphasis::Lit {
        out.push(Prim::ring(centre, r * style::MARK_RING, Stroke::solid(style::thin_ring_width(r), c.highlight)));
    } else if marks.hovered {
        out.push(Prim::ring(centre, r * 1.12, Stroke::solid(1.5, c.text)));
    }
}

/// What a person's label says: the name (shortened far out, "·1" when
/// single-threaded) and, when titles show or they are in focus, the title.
pub fn label_texts(d: &NodeData, zoom: f32, look: &Look, focus: bool) -> (String, Option<String>) {
    let name = shown_name(d, zoom);
    let title = (!d.title.is_empty() && (look.show_titles || focus)).then(|| style::clip(&d.title, style::TEXT_CHARS));
    (name, title)
}

/// A person's name as shown at `zoom`: shortened far out ("Henrik Å."),
/// except a vacant seat's, whose words are not a first and last name.
pub fn shown_name(d: &NodeData, zoom: f32) -> String {
    if d.vacant { style::clip(&d.name, style::TEXT_CHARS) } else { style::label_text(&d.name, d.single, zoom) }
}

/// A person's label as it would be drawn: the box (x, y, width, height)
/// of the name and title with its top-centre at `at`, on screen.
pub fn label_box(name: &str, title: Option<&str>, at: Xy, (size, scale): (f32, f32)) -> [f32; 4] {
    let (mut w, mut h) = overview::label_size(name, size);
    if let Some(t) = title {
        let (tw, th) = overview::label_size(t, style::title_size(size, scale));
        w = w.max(tw);
        h += th;
    }
    [at.0 - w / 2.0, at.1, w, h]
}

/// Draws a person's name (and title) with its box's top-centre at `at`.
pub fn label(out: &mut Vec<Prim>, d: &NodeData, (name, title): (&str, Option<&str>), at: Xy, size: f32, look: &Look) {
    let c = &look.palette;
    let keep = d.keep().max(0.3);
    let colour = c.text.fade(keep);
    let halo = Some(c.text_halo.fade(keep));
    let mut text = Text::new((at.0, at.1 + 2.0), Anchor::TopCentre, name, size, colour);
    text.halo = halo;
    out.push(Prim::Text(text));
    if let Some(title) = title {
        let at = (at.0, at.1 + 2.0 + size * 1.25 + 1.0);
        let mut text = Text::new(at, Anchor::TopCentre, title, style::title_size(size, look.label_scale), colour);
        text.halo = halo;
        out.push(Prim::Text(text));
    }
}

/// How much a person's name matters for a place on screen: the selection
/// and hover above all, then the people a spotlight or path lights up,
/// our team, Kings and Queens, Rooks, then by influence.
pub fn label_priority(d: &NodeData, focus: bool) -> i32 {
    let (ours, rank, influence) = match &d.kind {
        NodeKind::Member { .. } => (true, 0, 5),
        NodeKind::Contact { piece, influence, .. } => {
            let rank = match piece {
                crate::model::Piece::King => 3,
                crate::model::Piece::Queen => 2,
                crate::model::Piece::Rook => 1,
                _ => 0,
            };
            (false, rank, *influence)
        }
    };
    let lit = d.emphasis == crate::scene::Emphasis::Lit;
    i32::from(focus) * 10_000 + i32::from(lit) * 1_000 + i32::from(ours) * 400 + rank * 100 + i32::from(influence)
}

/// Whether a person is named at every zoom: the selection, our team, Kings
/// and Queens, and whoever a spotlight or path lights up.
pub fn always_named(d: &NodeData, focus: bool) -> bool {
    focus
        || d.emphasis == crate::scene::Emphasis::Lit
        || match &d.kind {
            NodeKind::Member { .. } => true,
            NodeKind::Contact { piece, .. } => matches!(piece, crate::model::Piece::King | crate::model::Piece::Queen),
        }
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
            change: None,
            cooling: None,
            vacant: false,
        }
    }

    fn view(zoom: f32) -> View {
        View { zoom, offset: (0.0, 0.0), screen: [0.0, 0.0, 800.0, 600.0] }
    }

    fn texts(prims: &[Prim]) -> Vec<String> {
        prims.iter().filter_map(|p| if let Prim::Text(t) = p { Some(t.text.clone()) } else { None }).collect()
    }

    #[test]
    fn far_out_a_person_is_one_dot_and_close_up_a_piece_with_its_marks() {
        let look = Look { palette: Palette::light(), label_scale: 1.0, show_titles: true, opinions: true };
        let mut far = Vec::new();
        let dot = Marks { dot: true, ..Marks::default() };
        person(&mut far, &king(), Point::new(100.0, 100.0), &view(1.0), &look, dot);
        assert_eq!(far.len(), 1, "a dot: {far:?}");
        let mut near = Vec::new();
        person(&mut near, &king(), Point::new(100.0, 100.0), &view(1.0), &look, Marks::default());
        assert_eq!(texts(&near), ["+", "!"], "stance mark and uncovered mark; the name is placed apart");
        let dashed = near.iter().any(|p| {
            matches!(p, Prim::Circle { stroke: Some(s), .. } if matches!(s.pattern, crate::scene::draw::Pattern::Dashed { .. }))
        });
        assert!(dashed, "an uncovered key person has the dashed warning ring");
    }

    #[test]
    fn marks_sit_on_the_pieces_edge_and_are_smaller_than_the_piece() {
        let look = Look { palette: Palette::light(), label_scale: 1.4, show_titles: false, opinions: true };
        for zoom in [0.3, 0.6, 1.0, 2.0] {
            let v = view(zoom);
            let marks = Marks { min_radius: 8.0, ..Marks::default() };
            let r = screen_radius(&king(), &v, marks);
            let mut out = Vec::new();
            person(&mut out, &king(), Point::new(100.0, 100.0), &v, &look, marks);
            let centre = v.to_screen(Point::new(100.0, 100.0));
            for p in &out {
                if let Prim::Circle { centre: c, radius, fill: Some(_), stroke: Some(_) } = p {
                    assert!(*radius < r * 0.5, "a badge of {radius} on a piece of {r}");
                    let d = crate::scene::draw::distance(*c, centre);
                    assert!((d - r).abs() < r * 0.1, "on the edge: {d} from the middle of a piece of {r}");
                }
            }
            assert!(reach(&king(), r, marks) >= r, "what others keep clear of takes in the piece");
        }
    }

    #[test]
    fn the_label_box_takes_in_name_and_title() {
        let look = Look { palette: Palette::light(), label_scale: 1.0, show_titles: true, opinions: true };
        let (name, title) = label_texts(&king(), 1.0, &look, false);
        assert_eq!((name.as_str(), title.as_deref()), ("Henrik Åberg", Some("Group CEO")));
        let b = label_box(&name, title.as_deref(), (100.0, 50.0), (13.0, 1.0));
        assert!((b[0] + b[2] / 2.0 - 100.0).abs() < 0.01 && b[1] == 50.0, "top-centre where asked");
        let one = label_box(&name, None, (100.0, 50.0), (13.0, 1.0));
        assert!(b[3] > one[3], "a title adds a line");
        assert!(always_named(&king(), false) && label_priority(&king(), true) > label_priority(&king(), false));
    }
}
