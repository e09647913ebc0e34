//! The portfolio matrix: attractiveness to us against our relative strength,
//! bubble size = current revenue. Clicking a bubble opens the account.

use super::labels::{self, Bubble};
use crate::app::theme;
use crate::app::views::{ViewCtx, ViewKind};
use crate::i18n::tr;
use crate::t;
use egui_plot::{HLine, Plot, PlotPoint, Points, Text, VLine};

/// Bubble radius in points for a revenue, relative to the largest.
fn radius(revenue: f64, largest: f64) -> f32 {
    if largest <= 0.0 { 6.0 } else { (6.0 + 26.0 * (revenue / largest).sqrt()) as f32 }
}

/// The matrix, as tall as the window leaves below the table (between a
/// readable least and its full height), so at 1280x800 it fits unscrolled.
pub fn matrix(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, visible_bottom: f32) {
    // The heading and how to read the chart on one line where it fits.
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr("portfolio-portfolio-matrix"));
        ui.weak(tr("portfolio-up-more-attractive"));
    });
    let model = &ctx.project.scoring;
    let mut placed: Vec<(crate::model::AccountId, String, f64, f64, f64)> = ctx
        .project
        .accounts
        .iter()
        .filter_map(|a| model.matrix_position(a).map(|(y, x)| (a.id, a.name.clone(), x, y, a.current_revenue)))
        .collect();
    // The selected account, then the largest, get their names written first.
    let chosen = ctx.state.account;
    placed.sort_by(|a, b| (Some(b.0) == chosen).cmp(&(Some(a.0) == chosen)).then(b.4.total_cmp(&a.4)));
    let rank = |id| ctx.project.account(id).and_then(|a| tier_rank(model, a));
    let unplaced = ctx.project.accounts.len() - placed.len();
    tier_key(ui, model, unplaced);
    let sizes: Vec<egui::Vec2> = placed.iter().map(|p| crate::app::views::widgets::text_size(ui, &p.1)).collect();
    let largest = placed.iter().map(|p| p.4).fold(0.0, f64::max);
    let selected = ctx.state.account;
    // Less a scroll bar's width, should the table need one sideways.
    let bar =
        ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_inner_margin + ui.spacing().scroll.bar_outer_margin;
    let room = visible_bottom - ui.cursor().top() - 2.0 * ui.spacing().item_spacing.y - bar;
    let response = Plot::new("portfolio_matrix")
        .height(room.clamp(MIN_HEIGHT, MAX_HEIGHT))
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_double_click_reset(false)
        .x_axis_label(tr("portfolio-our-relative-strength"))
        .y_axis_label(tr("portfolio-attractiveness-us"))
        .show(ui, |plot| {
            plot.hline(HLine::new("", 50.0).color(theme::MUTED));
            plot.vline(VLine::new("", 50.0).color(theme::MUTED));
            for (x, y, text) in [
                (25.0, 97.0, "portfolio-develop-build-our"),
                (75.0, 97.0, "portfolio-key-invest-protect"),
                (25.0, 3.0, "portfolio-opportunistic-serve-efficiently"),
                (75.0, 3.0, "portfolio-maintain-keep-low"),
            ] {
                plot.text(Text::new("", PlotPoint::new(x, y), tr(text)).color(theme::MUTED));
            }
            let transform = *plot.transform();
            let bubbles: Vec<Bubble> = placed
                .iter()
                .zip(&sizes)
                .map(|(p, text)| Bubble {
                    centre: transform.position_from_point(&PlotPoint::new(p.2, p.3)),
                    radius: radius(p.4, largest),
                    text: *text,
                })
                .collect();
            let names = labels::place(&bubbles, *transform.frame());
            let text_colour = ui_text_colour(plot.ctx());
            // Smaller bubbles drawn last, on top of the larger ones.
            for (id, name, x, y, revenue) in &placed {
                let r = radius(*revenue, largest);
                let points = Points::new(name.clone(), vec![[*x, *y]]).radius(r).filled(true);
                plot.points(points.color(theme::tier_colour(rank(*id)).gamma_multiply(0.85)));
                if Some(*id) == selected {
                    let ring = Points::new(name.clone(), vec![[*x, *y]]).radius(r + 3.0).filled(false);
                    plot.points(ring.color(text_colour));
                }
            }
            for ((_, name, ..), at) in placed.iter().zip(names) {
                if let Some(at) = at {
                    let centre = transform.value_from_position(at.center());
                    plot.text(Text::new("", centre, name.clone()).color(text_colour));
                }
            }
            if plot.response().clicked() { plot.pointer_coordinate() } else { None }
        });
    if let Some(at) = response.inner {
        // The bubble nearest the click, if the click is inside it.
        let to_screen = |x: f64, y: f64| response.transform.position_from_point(&PlotPoint::new(x, y));
        let click = to_screen(at.x, at.y);
        let hit = placed
            .iter()
            .map(|p| (p, to_screen(p.2, p.3).distance(click)))
            .filter(|(p, d)| *d <= radius(p.4, largest) + 4.0)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some(((id, ..), _)) = hit {
            ctx.state.select_account(*id);
            ctx.state.view = ViewKind::Plan;
        }
    }
}

/// How far from the top the account's tier is (0 = the best tier).
fn tier_rank(model: &crate::model::ScoringModel, account: &crate::model::Account) -> Option<usize> {
    let (tier, _) = model.tier_of(account)?;
    Some(model.tiers.tiers.iter().filter(|t| t.min_score > tier.min_score).count())
}

/// The chart's least and full heights.
const MIN_HEIGHT: f32 = 200.0;
const MAX_HEIGHT: f32 = 420.0;

/// Which colour is which tier, above the chart, with how many accounts
/// it cannot place yet: one line, so the chart keeps its room.
fn tier_key(ui: &mut egui::Ui, model: &crate::model::ScoringModel, unplaced: usize) {
    let mut tiers: Vec<&crate::model::Tier> = model.tiers.tiers.iter().collect();
    tiers.sort_by(|a, b| b.min_score.total_cmp(&a.min_score));
    ui.horizontal_wrapped(|ui| {
        ui.weak(tr("portfolio-bubble-colour-tier"));
        for (rank, tier) in tiers.iter().enumerate() {
            swatch(ui, theme::tier_colour(Some(rank)), &tier.name);
        }
        swatch(ui, theme::MUTED, &tr("portfolio-tier-yet"));
        if unplaced > 0 {
            ui.separator();
            ui.weak(t!("portfolio-not-placed", accounts = unplaced));
        }
    });
}

/// A coloured dot and what it stands for.
fn swatch(ui: &mut egui::Ui, colour: egui::Color32, text: &str) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 5.5, colour);
    ui.label(text);
}

fn ui_text_colour(ctx: &egui::Context) -> egui::Color32 {
    ctx.global_style().visuals.text_color()
}
