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

/// Colours of the relationship map, for a dark or a light background.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapColours {
    pub background: Color32,
    pub text: Color32,
    pub text_halo: Color32,
    pub band_a: Color32,
    pub band_b: Color32,
    pub band_label: Color32,
    pub knows: Color32,
    pub reports_to: Color32,
    pub influences: Color32,
    pub conflict: Color32,
    pub gatekeeps: Color32,
    pub selection: Color32,
    pub highlight: Color32,
    pub uncovered: Color32,
    pub single: Color32,
    pub glyph_dark: Color32,
    pub glyph_light: Color32,
}

impl MapColours {
    pub fn for_dark_mode(dark: bool) -> Self {
        if dark {
            Self {
                background: Color32::from_rgb(0x1B, 0x1D, 0x21),
                text: Color32::from_rgb(0xEE, 0xEE, 0xEE),
                text_halo: Color32::from_rgba_unmultiplied(0x1B, 0x1D, 0x21, 200),
                band_a: Color32::from_rgb(0x24, 0x27, 0x2C),
                band_b: Color32::from_rgb(0x1E, 0x20, 0x24),
                band_label: Color32::from_rgb(0xB8, 0xBC, 0xC4),
                knows: Color32::from_rgb(0x9A, 0xA0, 0xA8),
                reports_to: Color32::from_rgb(0xE0, 0xE0, 0xE0),
                influences: Color32::from_rgb(0x56, 0xB4, 0xE9),
                conflict: Color32::from_rgb(0xFF, 0x6B, 0x3D),
                gatekeeps: Color32::from_rgb(0xCC, 0x79, 0xA7),
                selection: Color32::from_rgb(0xFF, 0xD7, 0x00),
                highlight: Color32::from_rgb(0xFF, 0xD7, 0x00),
                uncovered: Color32::from_rgb(0xFF, 0x4D, 0x4D),
                single: Color32::from_rgb(0xF0, 0xE4, 0x42),
                glyph_dark: Color32::from_rgb(0x12, 0x12, 0x12),
                glyph_light: Color32::WHITE,
            }
        } else {
            Self {
                background: Color32::WHITE,
                text: Color32::from_rgb(0x11, 0x11, 0x11),
                text_halo: Color32::from_rgba_unmultiplied(0xFF, 0xFF, 0xFF, 215),
                band_a: Color32::from_rgb(0xF2, 0xF2, 0xF2),
                band_b: Color32::from_rgb(0xFF, 0xFF, 0xFF),
                band_label: Color32::from_rgb(0x33, 0x33, 0x33),
                knows: Color32::from_rgb(0x70, 0x70, 0x70),
                reports_to: Color32::from_rgb(0x20, 0x20, 0x20),
                influences: Color32::from_rgb(0x00, 0x72, 0xB2),
                conflict: Color32::from_rgb(0xC8, 0x3C, 0x00),
                gatekeeps: Color32::from_rgb(0xA0, 0x3C, 0x78),
                selection: Color32::from_rgb(0x00, 0x00, 0x00),
                highlight: Color32::from_rgb(0xD4, 0x8A, 0x00),
                uncovered: Color32::from_rgb(0xD0, 0x00, 0x00),
                single: Color32::from_rgb(0x8A, 0x6D, 0x00),
                glyph_dark: Color32::from_rgb(0x12, 0x12, 0x12),
                glyph_light: Color32::WHITE,
            }
        }
    }

    pub fn line(&self, kind: crate::model::RelKind) -> Color32 {
        use crate::model::RelKind as K;
        match kind {
            K::Knows => self.knows,
            K::ReportsTo => self.reports_to,
            K::Influences => self.influences,
            K::Conflict => self.conflict,
            K::Gatekeeps => self.gatekeeps,
        }
    }
}

/// A short, colour-free cue for a stance: reads on a grey projector.
pub fn stance_mark(s: Stance) -> &'static str {
    match s {
        Stance::Mentor => "++",
        Stance::Supporter => "+",
        Stance::Neutral => "0",
        Stance::NonSupporter => "-",
        Stance::Enemy => "--",
        Stance::Unknown => "?",
    }
}

/// Map radius of a contact's piece by influence (1-5), and of a team member.
pub fn piece_radius(influence: u8) -> f32 {
    16.0 + f32::from(influence.clamp(1, 5)) * 4.0
}
pub const MEMBER_RADIUS: f32 = 24.0;
/// Name labels never shrink below this many points, whatever the zoom.
pub const MAP_LABEL_MIN: f32 = 13.0;
pub const MAP_LABEL_MAX: f32 = 30.0;
/// Lines untouched for longer than this look faded.
pub const STALE_DAYS: i64 = 365;
