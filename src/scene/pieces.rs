//! Chess pieces as vector shapes, so they look the same on every platform
//! and in every export whatever fonts are installed. Each piece is a few
//! convex parts in a unit box (-1..1, y down).

use crate::model::Piece;

/// One convex part of a piece: a polygon, or a circle (x, y, radius).
pub enum Part {
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

pub fn parts(piece: Piece) -> &'static [Part] {
    match piece {
        Piece::King => KING,
        Piece::Queen => QUEEN,
        Piece::Rook => ROOK,
        Piece::Bishop => BISHOP,
        Piece::Knight => KNIGHT,
        Piece::Pawn | Piece::Unknown => PAWN,
    }
}

/// An unknown role: a pawn outline (head circle, then body polyline),
/// stroked rather than filled so it reads as "not known yet".
pub const UNKNOWN_HEAD: (f32, f32, f32) = (0.0, -0.38, 0.27);
pub const UNKNOWN_BODY: &[(f32, f32)] = &[(-0.38, 0.55), (-0.2, -0.1), (0.2, -0.1), (0.38, 0.55), (-0.38, 0.55)];
/// Stroke width of the outline, in the unit box.
pub const UNKNOWN_STROKE: f32 = 0.12;
