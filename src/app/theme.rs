//! Design tokens: every colour and size the UI draws with lives here.
//! Colour constructors are allowed only here and in `scene::palette`
//! (`clippy.toml`).
#![expect(clippy::disallowed_methods, reason = "the design tokens are where colours are made")]

use crate::model::{Piece, Stance};
use crate::scene::palette::{self, Palette, Rgba};
use egui::Color32;

/// Space between sections.
pub const SECTION_GAP: f32 = 12.0;
/// Width of the side panel with the selected person.
pub const SIDE_PANEL_WIDTH: f32 = 320.0;
/// Body text size; large enough to read on a projector.
pub const BODY_SIZE: f32 = 15.0;

pub const ERROR: Color32 = colour(palette::ERROR);
pub const WARNING: Color32 = colour(palette::WARNING);
pub const OK: Color32 = Color32::from_rgb(0x1E, 0x84, 0x49);
pub const MUTED: Color32 = Color32::from_rgb(0x80, 0x80, 0x80);
/// Our own team members on the map.
pub const OUR_TEAM: Color32 = colour(palette::OUR_TEAM);
/// The portfolio chart's tiers, best first (gold, silver, bronze); lower
/// tiers and accounts without a tier are grey.
pub const TIERS: [Color32; 3] =
    [Color32::from_rgb(0xC9, 0xA2, 0x27), Color32::from_rgb(0x9A, 0xA7, 0xB4), Color32::from_rgb(0xB0, 0x6A, 0x32)];

/// The colour of the tier that is `rank`-th from the top (0 = best).
pub fn tier_colour(rank: Option<usize>) -> Color32 {
    rank.and_then(|r| TIERS.get(r)).copied().unwrap_or(MUTED)
}

/// A palette colour for egui.
pub const fn colour(c: Rgba) -> Color32 {
    if c.3 == 255 {
        Color32::from_rgb(c.0, c.1, c.2)
    } else {
        Color32::from_rgba_unmultiplied_const(c.0, c.1, c.2, c.3)
    }
}

/// The colour of a plan-health indicator.
pub fn health_colour(i: crate::analysis::health::Indicator) -> Color32 {
    use crate::analysis::health::Indicator;
    match i {
        Indicator::Healthy => OK,
        Indicator::NeedsAttention => WARNING,
        Indicator::Stale => ERROR,
    }
}

/// The colour of a plan-health finding's level.
pub fn finding_colour(l: crate::analysis::health::Level) -> Color32 {
    use crate::analysis::health::Level;
    match l {
        Level::Stale => ERROR,
        Level::Missing | Level::Soon => WARNING,
    }
}

/// Stance colours from the Okabe-Ito colour-blind-safe palette.
pub fn stance_colour(s: Stance) -> Color32 {
    colour(palette::stance_colour(s))
}

/// A letter for each piece, readable without colour.
pub fn piece_letter(p: Piece) -> String {
    p.letter()
}

/// Sets the app-wide text sizes, and a steady text cursor: a blinking one
/// would ask for frames while a dialog waits, and a window nobody touches
/// uses no CPU.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.visuals.text_cursor.blink = false;
        for (text_style, font) in &mut style.text_styles {
            font.size = match text_style {
                egui::TextStyle::Heading => 22.0,
                egui::TextStyle::Small => 12.0,
                _ => BODY_SIZE,
            };
        }
    });
}

/// Colours of the relationship map, for a dark or a light background
/// (egui's side of `scene::palette::Palette`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

impl From<Palette> for MapColours {
    fn from(p: Palette) -> Self {
        Self {
            background: colour(p.background),
            text: colour(p.text),
            text_halo: colour(p.text_halo),
            band_a: colour(p.band_a),
            band_b: colour(p.band_b),
            band_label: colour(p.band_label),
            knows: colour(p.knows),
            reports_to: colour(p.reports_to),
            influences: colour(p.influences),
            conflict: colour(p.conflict),
            gatekeeps: colour(p.gatekeeps),
            selection: colour(p.selection),
            highlight: colour(p.highlight),
            uncovered: colour(p.uncovered),
            single: colour(p.single),
            glyph_dark: colour(p.glyph_dark),
            glyph_light: colour(p.glyph_light),
        }
    }
}

impl MapColours {
    pub fn for_dark_mode(dark: bool) -> Self {
        Palette::new(dark).into()
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

pub use crate::scene::palette::stance_mark;
pub use crate::scene::{MEMBER_RADIUS, STALE_DAYS, piece_radius};

/// egui's light look with edges a projector does not wash out: fields
/// and the form itself keep a visible outline.
pub fn projector_light() -> egui::Visuals {
    let mut v = egui::Visuals::light();
    let edge = egui::Stroke::new(1.5, egui::Color32::from_gray(120));
    v.extreme_bg_color = egui::Color32::from_gray(240);
    v.widgets.inactive.bg_stroke = edge;
    v.widgets.hovered.bg_stroke = edge;
    v.window_stroke = egui::Stroke::new(2.0, egui::Color32::from_gray(90));
    v
}
