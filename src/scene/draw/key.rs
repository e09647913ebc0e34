//! The legend's little drawings, one per kind of entry (`scene::legend` says
//! which entries there are), each fitted into a small box.

use super::line::arrow;
use super::{Pattern, Prim, Stroke, dashed_ring, piece};
use crate::model::RelKind;
use crate::scene::legend::Sample;
use crate::scene::palette::{self, Palette};
use crate::scene::style::line_width;

/// The drawing for `s` in the box x, y, width, height (on screen).
pub fn sample(out: &mut Vec<Prim>, s: Sample, [x, y, w, h]: [f32; 4], c: &Palette) {
    let centre = (x + w / 2.0, y + h / 2.0);
    let (a, b) = ((x + 2.0, centre.1), (x + w - 2.0, centre.1));
    match s {
        Sample::Piece(p) => piece(out, p, centre, h * 0.48, c.text),
        Sample::OurTeam => {
            let side = h * 0.85;
            let min = (centre.0 - side / 2.0, centre.1 - side / 2.0);
            out.push(Prim::Rect {
                min,
                size: (side, side),
                rounding: 4.0,
                fill: Some(palette::OUR_TEAM),
                stroke: None,
            });
        }
        Sample::Stance(st) => out.push(Prim::disc(centre, h * 0.42, palette::stance_colour(st))),
        Sample::Uncovered => out.push(dashed_ring(centre, h * 0.42, 2.5, c.uncovered)),
        Sample::Cycle => out.push(dashed_ring(centre, h * 0.42, 2.5, palette::WARNING)),
        Sample::Left => out.push(Prim::disc(centre, h * 0.42, palette::NO_OPINION.fade(0.35))),
        Sample::Cooling => out.push(Prim::ring(centre, h * 0.42, Stroke::solid(2.5, palette::COOLING))),
        Sample::Line(k) => line_sample(out, k, a, b, c),
        Sample::Strength => {
            for (i, s) in [1u8, 5].iter().enumerate() {
                let dy = -4.0 + i as f32 * 8.0;
                out.push(Prim::segment((a.0, a.1 + dy), (b.0, b.1 + dy), Stroke::solid(line_width(*s, 1.0), c.knows)));
            }
        }
        Sample::Region => {
            let stroke = Stroke::solid(1.5, c.band_label.fade(0.5));
            out.push(Prim::Circle { centre, radius: h * 0.45, fill: Some(c.band_b), stroke: Some(stroke) });
        }
        Sample::Bundle => out.push(Prim::segment(a, b, Stroke::solid(5.0, c.knows.fade(0.6)))),
        Sample::None => {}
    }
}

fn line_sample(out: &mut Vec<Prim>, k: RelKind, a: (f32, f32), b: (f32, f32), c: &Palette) {
    let colour = c.line(k);
    let stroke = Stroke::solid(2.5, colour);
    let shaft = (b.0 - 6.0, b.1);
    match k {
        RelKind::Knows => out.push(Prim::segment(a, b, stroke)),
        RelKind::ReportsTo => {
            out.push(Prim::segment(a, shaft, stroke));
            out.push(arrow(b, (1.0, 0.0), 8.0, colour));
        }
        RelKind::Influences => {
            out.push(Prim::segment(a, shaft, Stroke { pattern: Pattern::Dashed { dash: 5.0, gap: 3.0 }, ..stroke }));
            out.push(arrow(b, (1.0, 0.0), 8.0, colour));
        }
        RelKind::Conflict => {
            let points = (0..=6)
                .map(|i| (a.0 + (b.0 - a.0) * i as f32 / 6.0, a.1 + if i % 2 == 0 { -3.0 } else { 3.0 }))
                .collect();
            out.push(Prim::Path { points, stroke });
        }
        RelKind::Gatekeeps => {
            out.push(Prim::segment(a, b, Stroke { pattern: Pattern::Dotted { gap: 5.0, radius: 1.6 }, ..stroke }));
            out.push(Prim::segment((b.0 - 2.0, b.1 - 6.0), (b.0 - 2.0, b.1 + 6.0), Stroke::solid(3.0, colour)));
        }
    }
}
