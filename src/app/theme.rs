//! Design tokens: every colour and size the UI draws with lives here.

use crate::model::{Piece, Stance};
use egui::Color32;

/// Space between sections.
pub const SECTION_GAP: f32 = 12.0;
/// Width of the side panel with the selected person.
pub const SIDE_PANEL_WIDTH: f32 = 320.0;
/// Body text size; large enough to read on a projector.
pub const BODY_SIZE: f32 = 15.0;

pub const ERROR: Color32 = Color32::from_rgb(0xC0, 0x39, 0x2B);
pub const WARNING: Color32 = Color32::from_rgb(0xB9, 0x77, 0x0E);
pub const OK: Color32 = Color32::from_rgb(0x1E, 0x84, 0x49);
pub const MUTED: Color32 = Color32::from_rgb(0x80, 0x80, 0x80);
/// Our own team members on the map.
pub const OUR_TEAM: Color32 = Color32::from_rgb(0x2C, 0x5F, 0x8A);

/// Stance colours from the Okabe-Ito colour-blind-safe palette.
pub fn stance_colour(s: Stance) -> Color32 {
    match s {
        Stance::Mentor => Color32::from_rgb(0x00, 0x9E, 0x73),
        Stance::Supporter => Color32::from_rgb(0x56, 0xB4, 0xE9),
        Stance::Neutral => Color32::from_rgb(0x99, 0x99, 0x99),
        Stance::NonSupporter => Color32::from_rgb(0xE6, 0x9F, 0x00),
        Stance::Enemy => Color32::from_rgb(0xD5, 0x5E, 0x00),
        Stance::Unknown => Color32::from_rgb(0xCC, 0xCC, 0xCC),
    }
}

/// A letter for each piece, readable without colour.
pub fn piece_letter(p: Piece) -> &'static str {
    match p {
        Piece::King => "K",
        Piece::Queen => "Q",
        Piece::Rook => "R",
        Piece::Bishop => "B",
        Piece::Knight => "N",
        Piece::Pawn => "P",
        Piece::Unknown => "?",
    }
}

/// Sets the app-wide text sizes.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for (text_style, font) in style.text_styles.iter_mut() {
            font.size = match text_style {
                egui::TextStyle::Heading => 22.0,
                egui::TextStyle::Small => 12.0,
                _ => BODY_SIZE,
            };
        }
    });
}
