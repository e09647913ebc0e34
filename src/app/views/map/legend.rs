//! The legend: every colour, shape and line of the map, explained on the map.

use crate::app::theme::MapColours;
use crate::scene::legend::Sample;
use crate::scene::palette::Palette;
use egui::{Align2, Rect, Sense, Vec2};

/// Where and how large the legend is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Placement {
    /// The corner of the map it sits in.
    pub corner: Align2,
    /// Text size in points.
    pub text: f32,
    /// Room kept free above it, from the map's top (the wall's caption).
    pub top: f32,
    /// The wall's legend: pieces, stance and lines only, without notes.
    pub wall: bool,
    /// Stances are named (off when presenting without the team's opinions).
    pub opinions: bool,
}

impl Placement {
    /// The editor's legend: bottom-left, 12 points, every column.
    pub const EDITOR: Self = Self { corner: Align2::LEFT_BOTTOM, text: 12.0, top: 0.0, wall: false, opinions: true };

    /// Where the legend would be, `size` large, in `map`.
    pub fn rect(&self, map: Rect, size: Vec2) -> Rect {
        self.corner.align_size_within_rect(size, self.room(map))
    }

    fn room(&self, map: Rect) -> Rect {
        Rect::from_min_max(map.min + Vec2::new(8.0, 8.0_f32.max(self.top)), map.max - Vec2::splat(8.0))
    }
}

/// Draws the legend in a corner of `map`.
/// Returns where the legend was drawn, so captions can keep clear of it.
pub fn legend(ui: &egui::Ui, map: Rect, palette: &Palette, place: Placement) -> Rect {
    let c = &MapColours::from(*palette);
    let room = place.room(map);
    egui::Area::new(egui::Id::new("map_legend"))
        .order(egui::Order::Middle)
        .pivot(place.corner)
        .fixed_pos(place.corner.pos_in_rect(&room))
        .constrain_to(map)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).fill(c.background.gamma_multiply(0.93)).show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 1.0;
                // The legend sits on the map's background: use the map's text colour.
                ui.visuals_mut().override_text_color = Some(c.text);
                let mut columns = crate::scene::legend::columns_with(place.opinions);
                if place.wall {
                    // On the wall: what the pieces, colours and lines mean; the rest is for the desk.
                    columns.truncate(3);
                    for column in &mut columns {
                        column.note.clear();
                    }
                }
                ui.horizontal_top(|ui| {
                    for (i, column) in columns.iter().enumerate() {
                        if i > 0 {
                            ui.add_space((place.text * 0.8).max(10.0));
                        }
                        ui.vertical(|ui| draw_column(ui, column, palette, place.text));
                    }
                });
            });
        })
        .response
        .rect
}

fn sample(ui: &mut egui::Ui, text: String, size: f32, draw: impl FnOnce(&egui::Painter, Rect)) {
    let colour = ui.visuals().override_text_color;
    // 17 points a row and a 28-point sample at the editor's 12-point text.
    let scale = size / 12.0;
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 16.0) * scale, Sense::hover());
        draw(ui.painter(), rect);
        let mut t = egui::RichText::new(text).size(size);
        if let Some(c) = colour {
            t = t.color(c);
        }
        ui.label(t);
    });
}

fn draw_column(ui: &mut egui::Ui, column: &crate::scene::legend::Column, palette: &Palette, size: f32) {
    let c = &MapColours::from(*palette);
    let mut title = egui::RichText::new(&column.title).strong().color(c.text);
    if size > 12.5 {
        title = title.size(size + 1.0);
    }
    ui.label(title);
    for e in &column.entries {
        let sample_kind = e.sample;
        sample(ui, e.text.clone(), size, |painter, r| draw_sample(painter, r, sample_kind, palette));
    }
    if !column.note.is_empty() {
        ui.label(egui::RichText::new(&column.note).size(size).color(c.text.gamma_multiply(0.6)));
    }
}

fn draw_sample(painter: &egui::Painter, r: Rect, s: Sample, palette: &Palette) {
    let mut prims = Vec::new();
    crate::scene::draw::key::sample(&mut prims, s, [r.min.x, r.min.y, r.width(), r.height()], palette);
    painter.extend(super::paint::shapes(painter.ctx(), prims));
}
