//! The portfolio's alerts: per account, how many key relationships need
//! attention (uncovered, champions gone quiet, cold, cooling), the most
//! urgent accounts first; each a link to the account's plan (whose health
//! lists them all), its tooltip the alerts themselves, most urgent first.

use crate::analysis::alerts::{Alert, alerts};
use crate::app::theme;
use crate::app::views::{ViewCtx, ViewKind};
use crate::i18n::tr;
use crate::model::AccountId;

/// Alerts shown in a tooltip at most (the plan's health lists them all).
const TIP_LINES: usize = 12;

/// One line: "Alerts: Nordvik Foods Group: 11 (3 urgent)  Baltica: 2".
pub fn alert_line(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    let today = ctx.state.today.0;
    let mut per: Vec<(AccountId, &str, Vec<Alert>)> = ctx
        .project
        .accounts
        .iter()
        .map(|a| (a.id, a.name.as_str(), alerts(a, today)))
        .filter(|x| !x.2.is_empty())
        .collect();
    let urgent = |v: &[Alert]| v.iter().filter(|a| a.urgent()).count();
    per.sort_by(|a, b| urgent(&b.2).cmp(&urgent(&a.2)).then(b.2.len().cmp(&a.2.len())).then(a.1.cmp(b.1)));
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr("portfolio-alerts")).on_hover_text(tr("portfolio-alerts-tip"));
        if per.is_empty() {
            ui.weak(tr("portfolio-no-alerts"));
        }
        for (id, name, list) in &per {
            let n = urgent(list);
            let colour = if n > 0 { theme::ERROR } else { theme::WARNING };
            let text = if n > 0 {
                crate::t!("portfolio-alert-count-urgent", name = *name, total = list.len(), urgent = n)
            } else {
                crate::t!("portfolio-alert-count", name = *name, total = list.len())
            };
            let mut tip: Vec<&str> = list.iter().take(TIP_LINES).map(|a| a.text.as_str()).collect();
            if list.len() > TIP_LINES {
                tip.push("…");
            }
            let link = ui.link(egui::RichText::new(text).color(colour));
            if link.on_hover_text(tip.join("\n")).clicked() {
                ctx.state.select_account(*id);
                ctx.state.view = ViewKind::Plan;
            }
        }
    });
}
