//! Chess pieces drawn with egui from the shared geometry in
//! `scene::pieces`.

use crate::model::Piece;
use crate::scene::pieces::{Part, UNKNOWN_BODY, UNKNOWN_HEAD, UNKNOWN_STROKE, parts};
use egui::{Color32, Pos2, Shape, Stroke, Vec2};

/// Shapes of a piece centred at `center`, `half` screen points tall each way.
pub fn piece_shapes(piece: Piece, center: Pos2, half: f32, colour: Color32) -> Vec<Shape> {
    let at = |x: f32, y: f32| center + Vec2::new(x, y) * half;
    let mut out: Vec<Shape> = parts(piece)
        .iter()
        .map(|part| match part {
            Part::Poly(points) => {
                Shape::convex_polygon(points.iter().map(|(x, y)| at(*x, *y)).collect(), colour, Stroke::NONE)
            }
            Part::Circle(x, y, r) => Shape::circle_filled(at(*x, *y), r * half, colour),
        })
        .collect();
    if piece == Piece::Unknown {
        // An unknown role is a pawn outline with a question mark beside it: drawn as
        // two strokes so no font is needed.
        let (x, y, r) = UNKNOWN_HEAD;
        let stroke = Stroke::new(half * UNKNOWN_STROKE, colour);
        out = vec![
            Shape::circle_stroke(at(x, y), r * half, stroke),
            Shape::line(UNKNOWN_BODY.iter().map(|(x, y)| at(*x, *y)).collect(), stroke),
        ];
    }
    out
}
