//! Chess pieces as vector shapes, so they look the same on every platform
//! whatever fonts are installed. Each piece is a few convex parts in a unit
//! box (-1..1, y down).

use crate::model::Piece;
use egui::{Color32, Pos2, Shape, Stroke, Vec2};

enum Part {
    Poly(&'static [(f32, f32)]),
    Circle(f32, f32, f32),
}

const BASE: Part = Part::Poly(&[(-0.55, 0.55), (0.55, 0.55), (0.55, 0.78), (-0.55, 0.78)]);

const PAWN: &[Part] =
    &[Part::Circle(0.0, -0.38, 0.27), Part::Poly(&[(-0.2, -0.12), (0.2, -0.12), (0.38, 0.55), (-0.38, 0.55)]), BASE];

const ROOK: &[Part] = &[
    Part::Poly(&[(-0.5, -0.78), (-0.22, -0.78), (-0.22, -0.4), (-0.5, -0.4)]),
    Part::Poly(&[(-0.14, -0.78), (0.14, -0.78), (0.14, -0.4), (-0.14, -0.4)]),
    Part::Poly(&[(0.22, -0.78), (0.5, -0.78), (0.5, -0.4), (0.22, -0.4)]),
    Part::Poly(&[(-0.5, -0.45), (0.5, -0.45), (0.5, -0.28), (-0.5, -0.28)]),
    Part::Poly(&[(-0.34, -0.3), (0.34, -0.3), (0.4, 0.55), (-0.4, 0.55)]),
    BASE,
];

const BISHOP: &[Part] = &[
    Part::Circle(0.0, -0.84, 0.12),
    Part::Poly(&[(0.0, -0.74), (0.3, -0.42), (0.34, -0.12), (0.2, 0.12), (-0.2, 0.12), (-0.34, -0.12), (-0.3, -0.42)]),
    Part::Poly(&[(-0.16, 0.1), (0.16, 0.1), (0.36, 0.55), (-0.36, 0.55)]),
    BASE,
];

const KNIGHT: &[Part] = &[
    // Head and muzzle.
    Part::Poly(&[(-0.05, -0.82), (0.3, -0.5), (0.12, -0.2), (-0.58, -0.12), (-0.62, -0.3), (-0.3, -0.62)]),
    // Ear.
    Part::Poly(&[(-0.05, -0.82), (0.08, -0.95), (0.18, -0.6)]),
    // Neck and chest.
    Part::Poly(&[(0.3, -0.5), (0.44, 0.0), (0.42, 0.55), (-0.38, 0.55), (-0.1, 0.05), (0.12, -0.2)]),
    BASE,
];

const QUEEN: &[Part] = &[
    Part::Poly(&[(-0.5, -0.22), (-0.16, -0.22), (-0.44, -0.66)]),
    Part::Poly(&[(-0.18, -0.22), (0.18, -0.22), (0.0, -0.8)]),
    Part::Poly(&[(0.16, -0.22), (0.5, -0.22), (0.44, -0.66)]),
    Part::Circle(-0.44, -0.7, 0.09),
    Part::Circle(0.0, -0.86, 0.09),
    Part::Circle(0.44, -0.7, 0.09),
    Part::Poly(&[(-0.36, -0.24), (0.36, -0.24), (0.42, 0.55), (-0.42, 0.55)]),
    BASE,
];

const KING: &[Part] = &[
    Part::Poly(&[(-0.08, -0.98), (0.08, -0.98), (0.08, -0.42), (-0.08, -0.42)]),
    Part::Poly(&[(-0.26, -0.82), (0.26, -0.82), (0.26, -0.66), (-0.26, -0.66)]),
    Part::Poly(&[(-0.34, -0.44), (0.34, -0.44), (0.42, 0.55), (-0.42, 0.55)]),
    BASE,
];

fn parts(piece: Piece) -> &'static [Part] {
    match piece {
        Piece::King => KING,
        Piece::Queen => QUEEN,
        Piece::Rook => ROOK,
        Piece::Bishop => BISHOP,
        Piece::Knight => KNIGHT,
        Piece::Pawn | Piece::Unknown => PAWN,
    }
}

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
        out = vec![
            Shape::circle_stroke(at(0.0, -0.38), 0.27 * half, Stroke::new(half * 0.12, colour)),
            Shape::line(
                vec![at(-0.38, 0.55), at(-0.2, -0.1), at(0.2, -0.1), at(0.38, 0.55), at(-0.38, 0.55)],
                Stroke::new(half * 0.12, colour),
            ),
        ];
    }
    out
}
