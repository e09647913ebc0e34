//! The legend: every colour, shape and line of the map, explained on the map.

use super::edge_shape::line_width;
use super::glyphs::piece_shapes;
use crate::app::theme::{self, MapColours};
use crate::model::{RelKind, Stance};
use crate::scene::legend::Sample;
use egui::{Align2, Pos2, Rect, Sense, Shape, Stroke, Vec2};

const ROW: f32 = 17.0;

/// Draws the legend in the bottom-left corner of `map`.
/// Returns where the legend was drawn, so captions can keep clear of it.
pub fn legend(ui: &mut egui::Ui, map: Rect, c: &MapColours) -> Rect {
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
                        ui.vertical(|ui| draw_column(ui, column, c));
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

fn draw_column(ui: &mut egui::Ui, column: &crate::scene::legend::Column, c: &MapColours) {
    ui.label(egui::RichText::new(&column.title).strong().color(c.text));
    for e in &column.entries {
        let sample_kind = e.sample;
        sample(ui, e.text.clone(), |painter, r| draw_sample(painter, r, sample_kind, c));
    }
    if !column.note.is_empty() {
        ui.label(egui::RichText::new(&column.note).size(12.0).color(c.text.gamma_multiply(0.6)));
    }
}

fn draw_sample(painter: &egui::Painter, r: Rect, s: Sample, c: &MapColours) {
    let ring = |colour| Shape::dashed_line(&circle(r.center(), r.height() * 0.42), Stroke::new(2.5, colour), 4.0, 3.0);
    match s {
        Sample::Piece(p) => painter.extend(piece_shapes(p, r.center(), r.height() * 0.48, c.text)),
        Sample::OurTeam => {
            painter.rect_filled(
                Rect::from_center_size(r.center(), Vec2::splat(r.height() * 0.85)),
                4.0,
                theme::OUR_TEAM,
            );
        }
        Sample::Stance(st) => {
            painter.circle_filled(r.center(), r.height() * 0.42, theme::stance_colour(st));
        }
        Sample::Uncovered => painter.extend(ring(c.uncovered)),
        Sample::Cycle => painter.extend(ring(theme::WARNING)),
        Sample::Left => {
            painter.circle_filled(
                r.center(),
                r.height() * 0.42,
                theme::stance_colour(Stance::Supporter).gamma_multiply(0.35),
            );
        }
        Sample::Line(k) => line_sample(painter, r, k, c),
        Sample::Strength => {
            for (i, s) in [1u8, 5].iter().enumerate() {
                let y = r.center().y - 4.0 + i as f32 * 8.0;
                painter.line_segment(
                    [Pos2::new(r.left() + 2.0, y), Pos2::new(r.right() - 2.0, y)],
                    Stroke::new(line_width(*s, 1.0), c.knows),
                );
            }
        }
        Sample::Region => {
            painter.circle(r.center(), r.height() * 0.45, c.band_b, Stroke::new(1.5, c.band_label.gamma_multiply(0.5)));
        }
        Sample::Bundle => {
            painter.line_segment(
                [Pos2::new(r.left() + 2.0, r.center().y), Pos2::new(r.right() - 2.0, r.center().y)],
                Stroke::new(5.0, c.knows.gamma_multiply(0.6)),
            );
        }
        Sample::None => {}
    }
}

fn line_sample(painter: &egui::Painter, r: Rect, k: RelKind, c: &MapColours) {
    let (a, b) = (Pos2::new(r.left() + 2.0, r.center().y), Pos2::new(r.right() - 2.0, r.center().y));
    let colour = c.line(k);
    let stroke = Stroke::new(2.5, colour);
    match k {
        RelKind::Knows => {
            painter.line_segment([a, b], stroke);
        }
        RelKind::ReportsTo | RelKind::Influences => {
            if k == RelKind::Influences {
                painter.extend(Shape::dashed_line(&[a, b - Vec2::new(6.0, 0.0)], stroke, 5.0, 3.0));
            } else {
                painter.line_segment([a, b - Vec2::new(6.0, 0.0)], stroke);
            }
            painter.add(Shape::convex_polygon(
                vec![b, b + Vec2::new(-8.0, -5.0), b + Vec2::new(-8.0, 5.0)],
                colour,
                Stroke::NONE,
            ));
        }
        RelKind::Conflict => {
            let pts: Vec<Pos2> = (0..=6)
                .map(|i| Pos2::new(a.x + (b.x - a.x) * i as f32 / 6.0, a.y + if i % 2 == 0 { -3.0 } else { 3.0 }))
                .collect();
            painter.add(Shape::line(pts, stroke));
        }
        RelKind::Gatekeeps => {
            painter.extend(Shape::dotted_line(&[a, b], colour, 5.0, 1.6));
            painter.line_segment([b - Vec2::new(2.0, 6.0), b - Vec2::new(2.0, -6.0)], Stroke::new(3.0, colour));
        }
    }
}

fn circle(center: Pos2, r: f32) -> Vec<Pos2> {
    (0..=24).map(|i| center + Vec2::angled(i as f32 / 24.0 * std::f32::consts::TAU) * r).collect()
}
