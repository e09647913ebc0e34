//! How a person is drawn: a chess piece on a disc coloured by stance, with a
//! stance mark, size by influence, and the name always legible below.

use super::glyphs::piece_shapes;
use super::graph::{Emphasis, NodeData, NodeKind};
use super::nav::Camera;
use crate::app::theme::{self, MapColours};
use crate::scene::style;
use egui::epaint::{CircleShape, CornerRadius, RectShape, TextShape};
use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, Vec2};

/// Look of the whole map for this frame, shared by every node and line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapLook {
    pub colours: MapColours,
    /// Multiplies label sizes (larger for projection).
    pub label_scale: f32,
    /// Titles show under names when zoomed in.
    pub show_titles: bool,
}

/// Fades a colour towards transparent.
pub fn faded(c: Color32, keep: f32) -> Color32 {
    c.gamma_multiply(keep)
}

/// What drawing one frame of the map needs: fonts, where the map is on
/// screen, its zoom and pan, and its look.
pub struct Frame<'a> {
    pub ctx: &'a egui::Context,
    pub cam: Camera,
    pub rect: Rect,
    pub look: MapLook,
}

impl Frame<'_> {
    pub fn to_screen(&self, p: crate::layout::Point) -> Pos2 {
        self.cam.to_screen(self.rect, p)
    }
}

/// The display of one person.
#[derive(Clone, Copy, Debug)]
pub struct PieceShape<'a> {
    pub data: &'a NodeData,
    /// Where they stand, in map units.
    pub pos: crate::layout::Point,
    pub selected: bool,
    pub hovered: bool,
    /// Whether the name fits here (label placement decides).
    pub label: bool,
}

impl PieceShape<'_> {
    /// Radius in map units.
    pub fn radius(&self) -> f32 {
        self.data.radius()
    }

    fn alpha(&self) -> f32 {
        self.data.keep()
    }
}

impl PieceShape<'_> {
    /// The shapes of this person on screen.
    pub fn shapes(&self, ctx: &Frame<'_>) -> Vec<Shape> {
        let look = ctx.look;
        let c = look.colours;
        let center = ctx.to_screen(self.pos);
        let r = self.radius() * ctx.cam.zoom;
        let keep = self.alpha();
        let mut out = Vec::with_capacity(8);
        // Far away, a person is only a dot: cheap to draw in very large maps.
        if r < 3.0 {
            out.push(Shape::circle_filled(center, r.max(1.0), faded(self.fill(), keep)));
            return out;
        }
        self.rings(&mut out, center, r, &c, keep);
        let fill = faded(self.fill(), keep);
        match &self.data.kind {
            NodeKind::Contact { piece, stance, .. } => {
                out.push(CircleShape::filled(center, r, fill).into());
                let glyph = if luminance(self.fill()) > 0.55 { c.glyph_dark } else { c.glyph_light };
                out.extend(piece_shapes(*piece, center + Vec2::new(0.0, -r * 0.04), r * 0.62, faded(glyph, keep)));
                if r >= 9.0 {
                    badge(
                        ctx,
                        &mut out,
                        center + Vec2::new(r * style::STANCE_BADGE.0, r * style::STANCE_BADGE.1),
                        r * style::BADGE_RADIUS,
                        theme::stance_mark(*stance),
                        &c,
                        keep,
                    );
                }
            }
            NodeKind::Member { initials } => {
                let rect = Rect::from_center_size(center, Vec2::splat(r * 1.8));
                out.push(RectShape::filled(rect, CornerRadius::same((r * 0.35) as u8), fill).into());
                let size = (r * 0.75).max(6.0);
                let galley = ctx
                    .ctx
                    .fonts_mut(|f| f.layout_no_wrap(initials.to_string(), FontId::proportional(size), Color32::WHITE));
                let at = center - galley.size() / 2.0;
                out.push(TextShape::new(at, galley, faded(Color32::WHITE, keep)).into());
            }
        }
        if r >= 6.0 && self.label {
            self.labels(ctx, &mut out, center, r, &look, keep);
        }
        if self.data.uncovered && r >= 9.0 {
            let c = MapColours { glyph_light: Color32::WHITE, ..c };
            let at = center + Vec2::new(r * style::UNCOVERED_BADGE.0, r * style::UNCOVERED_BADGE.1);
            badge(ctx, &mut out, at, r * style::BADGE_RADIUS, "!", &c, keep);
        }
        out
    }

    fn fill(&self) -> Color32 {
        match &self.data.kind {
            NodeKind::Contact { stance, .. } => theme::stance_colour(*stance),
            NodeKind::Member { .. } => theme::OUR_TEAM,
        }
    }

    /// Selection, highlight and warning rings around the piece.
    fn rings(&self, out: &mut Vec<Shape>, center: Pos2, r: f32, c: &MapColours, keep: f32) {
        if self.data.uncovered {
            let stroke = Stroke::new(style::uncovered_ring_width(r), faded(c.uncovered, keep));
            out.extend(dashed_circle(center, r * style::WARNING_RING, stroke));
        } else if self.data.in_cycle {
            let stroke = Stroke::new(style::thin_ring_width(r), faded(theme::WARNING, keep));
            out.extend(dashed_circle(center, r * style::WARNING_RING, stroke));
        }
        if self.selected || self.data.connect_source {
            out.push(Shape::circle_stroke(center, r * style::MARK_RING, Stroke::new((r * 0.14).max(2.5), c.selection)));
        } else if self.data.emphasis == Emphasis::Lit {
            let stroke = Stroke::new(style::thin_ring_width(r), c.highlight);
            out.push(Shape::circle_stroke(center, r * style::MARK_RING, stroke));
        } else if self.hovered {
            out.push(Shape::circle_stroke(center, r + r * 0.12, Stroke::new(1.5, c.text)));
        }
    }

    fn labels(&self, ctx: &Frame<'_>, out: &mut Vec<Shape>, center: Pos2, r: f32, look: &MapLook, keep: f32) {
        let c = &look.colours;
        let size = Self::label_size(ctx);
        let name = self.label_text(ctx);
        let mut y = center.y + r * style::LABEL_GAP + 2.0;
        let name_colour = faded(c.text, keep.max(0.3));
        let galley = ctx.ctx.fonts_mut(|f| f.layout_no_wrap(name, FontId::proportional(size), name_colour));
        let at = Pos2::new(center.x - galley.size().x / 2.0, y);
        let rect = Rect::from_min_size(at, galley.size()).expand(2.0);
        out.push(RectShape::filled(rect, CornerRadius::same(3), faded(c.text_halo, keep.max(0.3))).into());
        y += galley.size().y;
        out.push(TextShape::new(at, galley, name_colour).into());
        if self.wants_title(look) && !self.data.title.is_empty() {
            let t = ctx.ctx.fonts_mut(|f| {
                f.layout_no_wrap(
                    self.data.title.to_string(),
                    FontId::proportional(size * style::TITLE_SCALE),
                    name_colour,
                )
            });
            let at = Pos2::new(center.x - t.size().x / 2.0, y + 1.0);
            out.push(
                RectShape::filled(
                    Rect::from_min_size(at, t.size()).expand(2.0),
                    CornerRadius::same(3),
                    faded(c.text_halo, keep.max(0.3)),
                )
                .into(),
            );
            out.push(TextShape::new(at, t, name_colour).into());
        }
    }

    /// The name (and title when shown) as placed: its text and its box on
    /// screen, for label placement.
    pub fn label_box(&self, ctx: &Frame<'_>) -> [f32; 4] {
        let r = self.radius() * ctx.cam.zoom;
        let size = Self::label_size(ctx);
        let (w, mut h) = crate::scene::overview::label_size(&self.label_text(ctx), size);
        if self.wants_title(&ctx.look) && !self.data.title.is_empty() {
            let (tw, th) = crate::scene::overview::label_size(&self.data.title, size * style::TITLE_SCALE);
            h += th;
            let w = w.max(tw);
            let c = ctx.to_screen(self.pos);
            return [c.x - w / 2.0, c.y + r * style::LABEL_GAP, w, h];
        }
        let c = ctx.to_screen(self.pos);
        [c.x - w / 2.0, c.y + r * style::LABEL_GAP, w, h]
    }

    fn label_size(ctx: &Frame<'_>) -> f32 {
        style::label_size(ctx.cam.zoom, ctx.look.label_scale)
    }

    fn wants_title(&self, look: &MapLook) -> bool {
        look.show_titles || self.hovered || self.selected
    }

    /// The name as shown: short when zoomed far out, with a mark when only
    /// one of us knows them.
    fn label_text(&self, ctx: &Frame<'_>) -> String {
        style::label_text(&self.data.name, self.data.single, ctx.cam.zoom)
    }
}

/// A small round badge with a short text (stance mark, warnings).
fn badge(ctx: &Frame<'_>, out: &mut Vec<Shape>, at: Pos2, r: f32, text: &str, c: &MapColours, keep: f32) {
    let r = r.max(6.0);
    out.push(
        CircleShape {
            center: at,
            radius: r,
            fill: faded(c.background, keep),
            stroke: Stroke::new(1.5, faded(c.text, keep)),
        }
        .into(),
    );
    let galley =
        ctx.ctx.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), FontId::monospace(r * 1.2), faded(c.text, keep)));
    out.push(TextShape::new(at - galley.size() / 2.0, galley, faded(c.text, keep)).into());
}

fn dashed_circle(center: Pos2, r: f32, stroke: Stroke) -> Vec<Shape> {
    let n = 40;
    let points: Vec<Pos2> =
        (0..=n).map(|i| center + Vec2::angled(i as f32 / n as f32 * std::f32::consts::TAU) * r).collect();
    Shape::dashed_line(&points, stroke, r * 0.25, r * 0.18)
}

fn luminance(c: Color32) -> f32 {
    (0.299 * f32::from(c.r()) + 0.587 * f32::from(c.g()) + 0.114 * f32::from(c.b())) / 255.0
}
