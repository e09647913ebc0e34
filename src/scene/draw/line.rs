//! A relationship as drawn: kind by style, strength by width.
//!
//! Knows: plain line. Reports to: solid with an arrow. Influences: dashed
//! with an arrow. Conflict: a zigzag in the warning colour. Gatekeeps:
//! dotted with a bar across the far end ("blocks the way").

use super::{Look, Pattern, Prim, Stroke, View, Xy, distance};
use crate::layout::Point;
use crate::model::RelKind;
use crate::scene::{EdgeData, Emphasis, LineChange, NodeData, lines, palette, style};

/// What marks a line this time, besides what it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// Drawn softer, so the structure reads through a crowded map.
    pub quiet: bool,
    /// Zoomed far out: every kind a plain stroke (dashes, dots and zigzags
    /// would be too small to see and cost thousands of points).
    pub plain: bool,
}

/// One end of a line: who, and where they stand.
pub type End<'a> = (&'a NodeData, Point);

/// End points of the line in map units, from edge to edge of the two
/// pieces, offset sideways for its lane. None when the two stand on each
/// other (or nowhere).
pub fn ends(data: &EdgeData, a: End<'_>, b: End<'_>) -> Option<(Point, Point)> {
    let (dx, dy) = (b.1.x - a.1.x, b.1.y - a.1.y);
    let len = (dx * dx + dy * dy).sqrt();
    if !len.is_finite() || len < 1.0 {
        return None;
    }
    let (ux, uy) = (dx / len, dy / len);
    let (sx, sy) = (-uy * data.lane * style::LANE_GAP, ux * data.lane * style::LANE_GAP);
    let (ra, rb) = (a.0.radius(), b.0.radius());
    Some((
        Point::new(a.1.x + ux * ra + sx, a.1.y + uy * ra + sy),
        Point::new(b.1.x - ux * rb + sx, b.1.y - uy * rb + sy),
    ))
}

/// Whether a map point is on a line (within a few pixels at this zoom).
pub fn hit(data: &EdgeData, a: End<'_>, b: End<'_>, at: Point, zoom: f32) -> bool {
    let Some((p, q)) = ends(data, a, b) else { return false };
    let (abx, aby) = (q.x - p.x, q.y - p.y);
    let t = (((at.x - p.x) * abx + (at.y - p.y) * aby) / (abx * abx + aby * aby)).clamp(0.0, 1.0);
    let (nx, ny) = (p.x + abx * t, p.y + aby * t);
    ((nx - at.x).powi(2) + (ny - at.y).powi(2)).sqrt() * zoom <= 6.0 + f32::from(data.strength)
}

/// The line from `a` to `b` as `view` and `look` show it.
pub fn line(out: &mut Vec<Prim>, data: &EdgeData, a: End<'_>, b: End<'_>, view: &View, look: &Look, marks: Marks) {
    let Some((p, q)) = ends(data, a, b) else { return };
    let (from, to) = (view.to_screen(p), view.to_screen(q));
    let c = &look.palette;
    let mut keep = style::line_keep(data.stale || a.0.left || b.0.left, data.emphasis);
    if marks.quiet {
        keep *= 0.5;
    }
    let mut colour = c.line(data.kind).fade(keep);
    let mut width = style::line_width(data.strength, view.zoom);
    if data.emphasis == Emphasis::Lit {
        colour = c.highlight;
        width *= style::LIT_WIDENING;
    }
    if data.selected {
        out.push(Prim::segment(from, to, Stroke::solid(width + 6.0, c.selection.fade(0.6))));
    }
    match data.change {
        Some(LineChange::Lost) => {
            // Lost since the point before: a red dashed trace where it ran.
            let pattern = Pattern::Dashed { dash: 7.0, gap: 6.0 };
            out.push(Prim::segment(
                from,
                to,
                Stroke { width: width.max(2.0), colour: palette::ERROR.fade(0.75), pattern },
            ));
            return;
        }
        Some(LineChange::Gained) => {
            out.push(Prim::segment(from, to, Stroke::solid(width + 5.0, palette::GAINED.fade(0.45))));
        }
        None => {}
    }
    let stroke = Stroke::solid(width, colour);
    if marks.plain {
        out.push(Prim::segment(from, to, stroke));
        return;
    }
    let len = distance(from, to);
    let (ux, uy) = ((to.0 - from.0) / len, (to.1 - from.1) / len);
    let head = lines::arrow_head(width, len);
    let shaft_end = (to.0 - ux * head * 0.8, to.1 - uy * head * 0.8);
    match data.kind {
        RelKind::Knows => out.push(Prim::segment(from, to, stroke)),
        RelKind::ReportsTo => {
            out.push(Prim::segment(from, shaft_end, stroke));
            out.push(arrow(to, (ux, uy), head, colour));
        }
        RelKind::Influences => {
            let dashed = Stroke { pattern: Pattern::Dashed { dash: 10.0, gap: 6.0 }, ..stroke };
            out.push(Prim::segment(from, shaft_end, dashed));
            out.push(arrow(to, (ux, uy), head, colour));
        }
        RelKind::Conflict => {
            let points = lines::zigzag(from, to, lines::conflict_amplitude(width));
            out.push(Prim::Path { points, stroke });
        }
        RelKind::Gatekeeps => {
            let (gap, radius) = lines::gate_dots(width);
            out.push(Prim::segment(from, to, Stroke { pattern: Pattern::Dotted { gap, radius }, ..stroke }));
            let bar = (-uy * head * 0.8, ux * head * 0.8);
            let foot = (to.0 - ux * 3.0, to.1 - uy * 3.0);
            let ends = ((foot.0 - bar.0, foot.1 - bar.1), (foot.0 + bar.0, foot.1 + bar.1));
            out.push(Prim::segment(ends.0, ends.1, Stroke::solid(width + 1.5, colour)));
        }
    }
}

/// An arrow head with its tip at `tip`, pointing along `dir`.
pub fn arrow(tip: Xy, dir: Xy, size: f32, colour: crate::scene::palette::Rgba) -> Prim {
    let back = (tip.0 - dir.0 * size, tip.1 - dir.1 * size);
    let side = (-dir.1 * size * 0.5, dir.0 * size * 0.5);
    Prim::Polygon {
        points: vec![tip, (back.0 + side.0, back.1 + side.1), (back.0 - side.0, back.1 - side.1)],
        fill: colour,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContactId, PersonRef, Piece, RelationshipId, Stance};
    use crate::scene::palette::Palette;
    use crate::scene::{NodeKind, draw::Pattern};

    fn node(id: u32) -> NodeData {
        NodeData {
            person: PersonRef::Contact(ContactId(id)),
            name: "A".into(),
            title: "".into(),
            kind: NodeKind::Contact { piece: Piece::Pawn, stance: Stance::Neutral, influence: 1 },
            left: false,
            emphasis: Emphasis::Normal,
            uncovered: false,
            single: false,
            in_cycle: false,
            connect_source: false,
            change: None,
            cooling: None,
            vacant: false,
        }
    }

    fn edge(kind: RelKind) -> EdgeData {
        EdgeData {
            id: RelationshipId(1),
            kind,
            strength: 3,
            stale: false,
            emphasis: Emphasis::Normal,
            lane: 0.0,
            selected: false,
            change: None,
        }
    }

    #[test]
    fn each_kind_has_its_style_and_far_out_all_are_plain() {
        let look = Look { palette: Palette::light(), label_scale: 1.0, show_titles: false, opinions: true };
        let view = View { zoom: 1.0, offset: (0.0, 0.0), screen: [0.0, 0.0, 800.0, 600.0] };
        let (a, b) = (node(1), node(2));
        let draw = |kind, marks| {
            let mut out = Vec::new();
            line(&mut out, &edge(kind), (&a, Point::new(0.0, 0.0)), (&b, Point::new(300.0, 0.0)), &view, &look, marks);
            out
        };
        let gate = draw(RelKind::Gatekeeps, Marks::default());
        assert!(matches!(&gate[0], Prim::Path { stroke, .. } if matches!(stroke.pattern, Pattern::Dotted { .. })));
        assert_eq!(gate.len(), 2, "dotted, with a bar across the far end");
        assert!(matches!(draw(RelKind::ReportsTo, Marks::default())[1], Prim::Polygon { .. }), "an arrow head");
        assert!(
            matches!(&draw(RelKind::Conflict, Marks::default())[0], Prim::Path { points, .. } if points.len() > 10)
        );
        let plain = draw(RelKind::Conflict, Marks { plain: true, quiet: false });
        assert!(matches!(&plain[..], [Prim::Path { points, .. }] if points.len() == 2), "one straight stroke");
        let quiet = draw(RelKind::Knows, Marks { quiet: true, plain: false });
        assert!(matches!(&quiet[0], Prim::Path { stroke, .. } if stroke.colour.3 < 200), "a quiet line is faded");
        // Two people on the same spot: nothing to draw, nothing to hit.
        let mut none = Vec::new();
        line(
            &mut none,
            &edge(RelKind::Knows),
            (&a, Point::new(5.0, 5.0)),
            (&b, Point::new(5.0, 5.0)),
            &view,
            &look,
            Marks::default(),
        );
        assert!(none.is_empty());
        assert!(hit(
            &edge(RelKind::Knows),
            (&a, Point::new(0.0, 0.0)),
            (&b, Point::new(300.0, 0.0)),
            Point::new(150.0, 3.0),
            1.0
        ));
        assert!(!hit(
            &edge(RelKind::Knows),
            (&a, Point::new(0.0, 0.0)),
            (&b, Point::new(300.0, 0.0)),
            Point::new(150.0, 40.0),
            1.0
        ));
    }
}
