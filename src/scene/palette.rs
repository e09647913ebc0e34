//! The map's colours and marks, free of any UI toolkit, so the window and
//! the SVG export draw from one palette.

use crate::model::{RelKind, Stance};

/// A colour with straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self(r, g, b, 255)
    }

    /// The same colour keeping `keep` (0-1) of its opacity.
    pub fn fade(self, keep: f32) -> Self {
        Self(self.0, self.1, self.2, (f32::from(self.3) * keep.clamp(0.0, 1.0)).round() as u8)
    }

    /// "#rrggbb", for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Perceived brightness, 0 (black) to 1 (white).
    pub fn luminance(self) -> f32 {
        (0.299 * f32::from(self.0) + 0.587 * f32::from(self.1) + 0.114 * f32::from(self.2)) / 255.0
    }
}

/// A key relationship cooling, and gone cold (the snowflake badge).
pub const COOLING: Rgba = Rgba::rgb(0x4A, 0x9F, 0xD8);
pub const COLD: Rgba = Rgba::rgb(0x1B, 0x4F, 0x8C);
/// Joined, better, gained (the timeline's marks).
pub const GAINED: Rgba = Rgba::rgb(0x2E, 0x7D, 0x32);
pub const ERROR: Rgba = Rgba::rgb(0xC0, 0x39, 0x2B);
pub const WARNING: Rgba = Rgba::rgb(0xB9, 0x77, 0x0E);
/// Our own team members on the map.
/// Every client piece when the team's opinions are left out: no stance colour.
pub const NO_OPINION: Rgba = Rgba::rgb(0x8A, 0x93, 0xA6);
pub const OUR_TEAM: Rgba = Rgba::rgb(0x2C, 0x5F, 0x8A);
pub const WHITE: Rgba = Rgba::rgb(0xFF, 0xFF, 0xFF);

/// Stance colours from the Okabe-Ito colour-blind-safe palette.
pub fn stance_colour(s: Stance) -> Rgba {
    match s {
        Stance::Mentor => Rgba::rgb(0x00, 0x9E, 0x73),
        Stance::Supporter => Rgba::rgb(0x56, 0xB4, 0xE9),
        Stance::Neutral => Rgba::rgb(0x99, 0x99, 0x99),
        Stance::NonSupporter => Rgba::rgb(0xE6, 0x9F, 0x00),
        Stance::Enemy => Rgba::rgb(0xD5, 0x5E, 0x00),
        Stance::Unknown => Rgba::rgb(0xCC, 0xCC, 0xCC),
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

/// Colours of the relationship map, for a dark or a light background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgba,
    pub text: Rgba,
    pub text_halo: Rgba,
    pub band_a: Rgba,
    pub band_b: Rgba,
    pub band_label: Rgba,
    pub knows: Rgba,
    pub reports_to: Rgba,
    pub influences: Rgba,
    pub conflict: Rgba,
    pub gatekeeps: Rgba,
    pub selection: Rgba,
    pub highlight: Rgba,
    pub uncovered: Rgba,
    pub single: Rgba,
    pub glyph_dark: Rgba,
    pub glyph_light: Rgba,
}

impl Palette {
    pub fn new(dark: bool) -> Self {
        if dark { Self::dark() } else { Self::light() }
    }

    /// The dark map, also the projector's dark theme.
    pub fn dark() -> Self {
        Self {
            background: Rgba::rgb(0x1B, 0x1D, 0x21),
            text: Rgba::rgb(0xEE, 0xEE, 0xEE),
            text_halo: Rgba(0x1B, 0x1D, 0x21, 200),
            band_a: Rgba::rgb(0x24, 0x27, 0x2C),
            band_b: Rgba::rgb(0x1E, 0x20, 0x24),
            band_label: Rgba::rgb(0xB8, 0xBC, 0xC4),
            knows: Rgba::rgb(0x9A, 0xA0, 0xA8),
            reports_to: Rgba::rgb(0xE0, 0xE0, 0xE0),
            influences: Rgba::rgb(0x56, 0xB4, 0xE9),
            conflict: Rgba::rgb(0xFF, 0x6B, 0x3D),
            gatekeeps: Rgba::rgb(0xCC, 0x79, 0xA7),
            selection: Rgba::rgb(0xFF, 0xD7, 0x00),
            highlight: Rgba::rgb(0xFF, 0xD7, 0x00),
            uncovered: Rgba::rgb(0xFF, 0x4D, 0x4D),
            single: Rgba::rgb(0xF0, 0xE4, 0x42),
            glyph_dark: Rgba::rgb(0x12, 0x12, 0x12),
            glyph_light: WHITE,
        }
    }

    /// The light map, also the projector's high-contrast theme.
    pub fn light() -> Self {
        Self {
            background: WHITE,
            text: Rgba::rgb(0x11, 0x11, 0x11),
            text_halo: Rgba(0xFF, 0xFF, 0xFF, 215),
            band_a: Rgba::rgb(0xF2, 0xF2, 0xF2),
            band_b: WHITE,
            band_label: Rgba::rgb(0x33, 0x33, 0x33),
            knows: Rgba::rgb(0x70, 0x70, 0x70),
            reports_to: Rgba::rgb(0x20, 0x20, 0x20),
            influences: Rgba::rgb(0x00, 0x72, 0xB2),
            conflict: Rgba::rgb(0xC8, 0x3C, 0x00),
            gatekeeps: Rgba::rgb(0xA0, 0x3C, 0x78),
            selection: Rgba::rgb(0x00, 0x00, 0x00),
            highlight: Rgba::rgb(0xD4, 0x8A, 0x00),
            uncovered: Rgba::rgb(0xD0, 0x00, 0x00),
            single: Rgba::rgb(0x8A, 0x6D, 0x00),
            glyph_dark: Rgba::rgb(0x12, 0x12, 0x12),
            glyph_light: WHITE,
        }
    }

    pub fn line(&self, kind: RelKind) -> Rgba {
        match kind {
            RelKind::Knows => self.knows,
            RelKind::ReportsTo => self.reports_to,
            RelKind::Influences => self.influences,
            RelKind::Conflict => self.conflict,
            RelKind::Gatekeeps => self.gatekeeps,
        }
    }
}
