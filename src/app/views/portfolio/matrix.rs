//! The portfolio matrix: attractiveness to us against our relative strength,
//! bubble size = current revenue. Clicking a bubble opens the account.

use crate::app::theme;
use crate::app::views::{ViewCtx, ViewKind};
use crate::i18n::tr;
use egui_plot::{HLine, Plot, PlotPoint, Points, Text, VLine};

/// Bubble radius in points for a revenue, relative to the largest.
fn radius(revenue: f64, largest: f64) -> f32 {
    if largest <= 0.0 { 6.0 } else { (6.0 + 26.0 * (revenue / largest).sqrt()) as f32 }
}

pub fn matrix(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    ui.strong(tr("Portfolio matrix"));
    ui.weak(tr("Up: more attractive to us. Right: stronger position (relationship criteria and share of potential). Bubble: current revenue. Click a bubble to open the account."));
    let model = &ctx.project.scoring;
    let placed: Vec<(crate::model::AccountId, String, f64, f64, f64)> = ctx
        .project
        .accounts
        .iter()
        .filter_map(|a| model.matrix_position(a).map(|(y, x)| (a.id, a.name.clone(), x, y, a.current_revenue)))
        .collect();
    let largest = placed.iter().map(|p| p.4).fold(0.0, f64::max);
    let unplaced = ctx.project.accounts.len() - placed.len();
    if unplaced > 0 {
        ui.weak(format!("{}: {unplaced}", tr("Not placed because some criteria are not scored")));
    }
    let selected = ctx.state.account;
    let response = Plot::new("portfolio_matrix")
        .height(420.0)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_double_click_reset(false)
        .x_axis_label(tr("Our relative strength"))
        .y_axis_label(tr("Attractiveness to us"))
        .show(ui, |plot| {
            plot.hline(HLine::new("", 50.0).color(theme::MUTED));
            plot.vline(VLine::new("", 50.0).color(theme::MUTED));
            for (x, y, text) in [
                (25.0, 97.0, "Develop: build our position"),
                (75.0, 97.0, "Key: invest and protect"),
                (25.0, 3.0, "Opportunistic: serve efficiently"),
                (75.0, 3.0, "Maintain: keep, at low cost"),
            ] {
                plot.text(Text::new("", PlotPoint::new(x, y), tr(text)).color(theme::MUTED));
            }
            for (id, name, x, y, revenue) in &placed {
                let colour = if Some(*id) == selected { theme::WARNING } else { theme::OUR_TEAM };
                plot.points(
                    Points::new(name.clone(), vec![[*x, *y]])
                        .radius(radius(*revenue, largest))
                        .color(colour.gamma_multiply(0.8))
                        .filled(true),
                );
                plot.text(Text::new("", PlotPoint::new(*x, *y), name.clone()).color(ui_text_colour(plot.ctx())));
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

fn ui_text_colour(ctx: &egui::Context) -> egui::Color32 {
    ctx.global_style().visuals.text_color()
}
