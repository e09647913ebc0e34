//! The legend: every colour, shape and line of the map, explained on the map.

use super::edge_shape::line_width;
use super::glyphs::piece_shapes;
use crate::app::theme::{self, MapColours};
use crate::i18n::tr;
use crate::model::{Piece, RelKind, Stance};
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
                    ui.vertical(|ui| pieces(ui, c));
                    ui.add_space(10.0);
                    ui.vertical(|ui| stances(ui, c));
                    ui.add_space(10.0);
                    ui.vertical(|ui| lines(ui, c));
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

fn pieces(ui: &mut egui::Ui, c: &MapColours) {
    ui.label(egui::RichText::new(tr("Pieces")).strong().color(c.text));
    for p in Piece::ALL {
        sample(ui, tr(p.label()), |painter, r| {
            painter.extend(piece_shapes(*p, r.center(), r.height() * 0.48, c.text));
        })
    }
    sample(ui, tr("Our team"), |painter, r| {
        painter.rect_filled(Rect::from_center_size(r.center(), Vec2::splat(r.height() * 0.85)), 4.0, theme::OUR_TEAM);
    });
    ui.label(egui::RichText::new(tr("Bigger = more influence")).size(12.0).color(c.text.gamma_multiply(0.6)));
}

fn stances(ui: &mut egui::Ui, c: &MapColours) {
    ui.label(egui::RichText::new(tr("Stance towards us")).strong().color(c.text));
    for s in Stance::ALL {
        let label = format!("{}  {}", theme::stance_mark(*s), tr(s.label()));
        sample(ui, label, |painter, r| {
            painter.circle_filled(r.center(), r.height() * 0.42, theme::stance_colour(*s));
        });
    }
    sample(ui, tr("Key person nobody covers"), |painter, r| {
        painter.extend(Shape::dashed_line(
            &circle(r.center(), r.height() * 0.42),
            Stroke::new(2.5, c.uncovered),
            4.0,
            3.0,
        ));
    });
    sample(ui, tr("In a reporting cycle"), |painter, r| {
        painter.extend(Shape::dashed_line(
            &circle(r.center(), r.height() * 0.42),
            Stroke::new(2.5, theme::WARNING),
            4.0,
            3.0,
        ));
    });
    sample(ui, tr("·1  only one of us knows them"), |_, _| {});
    sample(ui, tr("Faded: left the company"), |painter, r| {
        painter.circle_filled(
            r.center(),
            r.height() * 0.42,
            theme::stance_colour(Stance::Supporter).gamma_multiply(0.35),
        );
    });
}

fn lines(ui: &mut egui::Ui, c: &MapColours) {
    ui.label(egui::RichText::new(tr("Lines")).strong().color(c.text));
    for k in RelKind::ALL {
        sample(ui, tr(k.label()), |painter, r| {
            let (a, b) = (Pos2::new(r.left() + 2.0, r.center().y), Pos2::new(r.right() - 2.0, r.center().y));
            let colour = c.line(*k);
            let stroke = Stroke::new(2.5, colour);
            match k {
                RelKind::Knows => {
                    painter.line_segment([a, b], stroke);
                }
                RelKind::ReportsTo | RelKind::Influences => {
                    if *k == RelKind::Influences {
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
                        .map(|i| {
                            Pos2::new(a.x + (b.x - a.x) * i as f32 / 6.0, a.y + if i % 2 == 0 { -3.0 } else { 3.0 })
                        })
                        .collect();
                    painter.add(Shape::line(pts, stroke));
                }
                RelKind::Gatekeeps => {
                    painter.extend(Shape::dotted_line(&[a, b], colour, 5.0, 1.6));
                    painter.line_segment([b - Vec2::new(2.0, 6.0), b - Vec2::new(2.0, -6.0)], Stroke::new(3.0, colour));
                }
            }
        });
    }
    sample(ui, tr("Thicker = stronger (1-5)"), |painter, r| {
        for (i, s) in [1u8, 5].iter().enumerate() {
            let y = r.center().y - 4.0 + i as f32 * 8.0;
            painter.line_segment(
                [Pos2::new(r.left() + 2.0, y), Pos2::new(r.right() - 2.0, y)],
                Stroke::new(line_width(*s, 1.0), c.knows),
            );
        }
    });
    ui.label(egui::RichText::new(tr("Faded line: no contact for a year")).size(12.0).color(c.text.gamma_multiply(0.6)));
}

fn circle(center: Pos2, r: f32) -> Vec<Pos2> {
    (0..=24).map(|i| center + Vec2::angled(i as f32 / 24.0 * std::f32::consts::TAU) * r).collect()
}
