//! The map's drawing primitives (`scene::draw`) as egui shapes. This is a
//! translation only: what to draw, in which colour and size, was decided in
//! the scene.

use crate::app::theme::colour;
use crate::scene::draw::{Anchor, Font, Pattern, Prim, Stroke, Text, Xy};
use egui::epaint::{CornerRadius, RectShape, TextShape};
use egui::{FontId, Pos2, Rect, Shape, StrokeKind, Vec2};

fn pos((x, y): Xy) -> Pos2 {
    Pos2::new(x, y)
}

fn stroke(s: &Stroke) -> egui::Stroke {
    egui::Stroke::new(s.width, colour(s.colour))
}

/// The egui shapes of `prims`, in order. Dashed and dotted paths are cut to
/// `clip` first: egui makes a shape per dash, and a line reaching far off
/// screen would otherwise make hundreds of thousands.
pub fn shapes(ctx: &egui::Context, prims: Vec<Prim>) -> Vec<Shape> {
    shapes_in(ctx, prims, None)
}

/// As `shapes`, cutting patterned paths to `clip` when given.
pub fn shapes_in(ctx: &egui::Context, prims: Vec<Prim>, clip: Option<Rect>) -> Vec<Shape> {
    let mut out = Vec::with_capacity(prims.len());
    ctx.fonts_mut(|fonts| {
        for prim in prims {
            match prim {
                Prim::Circle { centre, radius, fill, stroke: line } => {
                    circle(&mut out, pos(centre), radius, fill, line);
                }
                Prim::Path { points, stroke: line } => {
                    let mut points: Vec<Pos2> = points.into_iter().map(pos).collect();
                    if let Some(clip) = clip.filter(|_| line.pattern != Pattern::Solid && points.len() == 2) {
                        let Some((a, b)) = cut(points[0], points[1], clip.expand(20.0)) else { continue };
                        points = vec![a, b];
                    }
                    path(&mut out, points, &line);
                }
                Prim::Polygon { points, fill } => {
                    let points = points.into_iter().map(pos).collect();
                    out.push(Shape::convex_polygon(points, colour(fill), egui::Stroke::NONE));
                }
                Prim::Rect { min, size, rounding, fill, stroke: line } => {
                    let rect = Rect::from_min_size(pos(min), Vec2::new(size.0, size.1));
                    let fill = fill.map_or(egui::Color32::TRANSPARENT, colour);
                    let line = line.as_ref().map_or(egui::Stroke::NONE, stroke);
                    out.push(RectShape::new(rect, radius(rounding), fill, line, StrokeKind::Inside).into());
                }
                Prim::Text(t) => text(&mut out, fonts, t),
            }
        }
    });
    out
}

/// The part of the segment a-b inside `r` (Liang-Barsky), if any.
fn cut(a: Pos2, b: Pos2, r: Rect) -> Option<(Pos2, Pos2)> {
    if r.contains(a) && r.contains(b) {
        return Some((a, b));
    }
    let d = b - a;
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (p, q) in [(-d.x, a.x - r.min.x), (d.x, r.max.x - a.x), (-d.y, a.y - r.min.y), (d.y, r.max.y - a.y)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then(|| (a + d * t0, a + d * t1))
}

fn radius(r: f32) -> CornerRadius {
    CornerRadius::same(r.clamp(0.0, 255.0) as u8)
}

fn circle(out: &mut Vec<Shape>, c: Pos2, r: f32, fill: Option<crate::scene::palette::Rgba>, line: Option<Stroke>) {
    if let Some(fill) = fill {
        out.push(Shape::circle_filled(c, r, colour(fill)));
    }
    let Some(line) = line else { return };
    match line.pattern {
        Pattern::Solid => out.push(Shape::circle_stroke(c, r, stroke(&line))),
        Pattern::Dashed { dash, gap } | Pattern::Dotted { gap, radius: dash } => {
            let n = 40;
            let points: Vec<Pos2> =
                (0..=n).map(|i| c + Vec2::angled(i as f32 / n as f32 * std::f32::consts::TAU) * r).collect();
            out.extend(Shape::dashed_line(&points, stroke(&line), dash, gap));
        }
    }
}

fn path(out: &mut Vec<Shape>, points: Vec<Pos2>, line: &Stroke) {
    match line.pattern {
        Pattern::Solid if points.len() == 2 => out.push(Shape::line_segment([points[0], points[1]], stroke(line))),
        Pattern::Solid => out.push(Shape::line(points, stroke(line))),
        Pattern::Dashed { dash, gap } => out.extend(Shape::dashed_line(&points, stroke(line), dash, gap)),
        Pattern::Dotted { gap, radius } => out.extend(Shape::dotted_line(&points, colour(line.colour), gap, radius)),
    }
}

fn text(out: &mut Vec<Shape>, fonts: &mut egui::epaint::FontsView<'_>, t: Text) {
    let font = match t.font {
        Font::Sans => FontId::proportional(t.size),
        Font::Mono => FontId::monospace(t.size),
    };
    let col = colour(t.colour);
    let centred = t.anchor != Anchor::TopLeft;
    let galley = if t.wrap.is_some() || t.text.contains('\n') {
        let mut job = egui::text::LayoutJob::simple(t.text, font, col, t.wrap.unwrap_or(f32::INFINITY));
        if centred {
            job.halign = egui::Align::Center;
        }
        fonts.layout_job(job)
    } else {
        fonts.layout_no_wrap(t.text, font, col)
    };
    let size = galley.size();
    // A centred job already centres its rows on the position given.
    let left = if !centred || galley.job.halign == egui::Align::Center { 0.0 } else { size.x / 2.0 };
    let top = if t.anchor == Anchor::Centre { size.y / 2.0 } else { 0.0 };
    let at = pos(t.at) - Vec2::new(left, top);
    if let Some(halo) = t.halo {
        let x = if galley.job.halign == egui::Align::Center { at.x - size.x / 2.0 } else { at.x };
        let back = Rect::from_min_size(Pos2::new(x, at.y), size).expand(2.0);
        out.push(RectShape::filled(back, CornerRadius::same(3), colour(halo)).into());
    }
    out.push(TextShape::new(at, galley, col).into());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_dashed_line_is_cut_to_the_view_first() {
        let view = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let (a, b) = cut(Pos2::new(-1e7, 300.0), Pos2::new(1e7, 300.0), view).expect("crosses the view");
        assert_eq!((a.x, b.x), (0.0, 800.0));
        assert!(cut(Pos2::new(-50.0, -50.0), Pos2::new(-10.0, -90.0), view).is_none(), "wholly outside");
        let inside = (Pos2::new(10.0, 10.0), Pos2::new(20.0, 30.0));
        assert_eq!(cut(inside.0, inside.1, view), Some(inside));
    }
}
