//! The legend: every colour, shape and line of the map, explained on the map.

use crate::app::theme::MapColours;
use crate::scene::legend::Sample;
use crate::scene::palette::Palette;
use egui::{Align2, Rect, Sense, Vec2};

const ROW: f32 = 17.0;

/// Draws the legend in the bottom-left corner of `map`.
/// Returns where the legend was drawn, so captions can keep clear of it.
pub fn legend(ui: &mut egui::Ui, map: Rect, palette: &Palette) -> Rect {
    let c = &MapColours::from(*palette);
    egui::Area::new(egui::Id::new("map_legend"))
        .order(egui::Order::Middle)
        .pivot(Align2::LEFT_BOTTOM)
        .fixed_pos(map.left_bottom() + Vec2::new(8.0, -8.0))
        .constrain_to(map)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).fill(c.background.gamma_multiply(0.93)).show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 1.0;
                // The legend sits on the map's background: use the map's text colour.
                ui.visuals_mut().override_text_color = Some(c.text);
                ui.horizontal_top(|ui| {
                    for (i, column) in crate::scene::legend::columns().iter().enumerate() {
                        if i > 0 {
                            ui.add_space(10.0);
                        }
                        ui.vertical(|ui| draw_column(ui, column, palette));
                    }
                });
            });
        })
        .response
        .rect
}

fn sample(ui: &mut egui::Ui, text: String, draw: impl FnOnce(&egui::Painter, Rect)) {
    let colour = ui.visuals().override_text_color;
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, ROW - 1.0), Sense::hover());
        draw(ui.painter(), rect);
        let mut t = egui::RichText::new(text).size(12.0);
        if let Some(c) = colour {
            t = t.color(c);
        }
        ui.label(t);
    });
}

fn draw_column(ui: &mut egui::Ui, column: &crate::scene::legend::Column, palette: &Palette) {
    let c = &MapColours::from(*palette);
    ui.label(egui::RichText::new(&column.title).strong().color(c.text));
    for e in &column.entries {
        let sample_kind = e.sample;
        sample(ui, e.text.clone(), |painter, r| draw_sample(painter, r, sample_kind, palette));
    }
    if !column.note.is_empty() {
        ui.label(egui::RichText::new(&column.note).size(12.0).color(c.text.gamma_multiply(0.6)));
    }
}

fn draw_sample(painter: &egui::Painter, r: Rect, s: Sample, palette: &Palette) {
    let mut prims = Vec::new();
    crate::scene::draw::key::sample(&mut prims, s, [r.min.x, r.min.y, r.width(), r.height()], palette);
    painter.extend(super::paint::shapes(painter.ctx(), prims));
}
