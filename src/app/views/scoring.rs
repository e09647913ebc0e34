//! Scoring: the criteria of the model and the current account's scores.

use super::widgets::money;
use super::{ViewCtx, no_account};
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Account, Criterion, CriterionScore, ScoreOutcome};

#[derive(Default)]
pub struct ScoringView;

impl ScoringView {
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        egui::CentralPanel::default().show(ui, |ui| {
            let Some(account) = ctx.account() else { return no_account(ui) };
            ui.heading(format!("{} — {}", tr("Scoring"), account.name));
            ui.label(format!("{}: {}", tr("Current revenue"), money(account.current_revenue)));
            summary(ui, ctx, account);
            ui.add_space(12.0);
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("score_form").striped(true).num_columns(4).spacing([16.0, 6.0]).show(ui, |ui| {
                    for h in ["Criterion", "Weight", "Score", "Evidence"] {
                        ui.strong(tr(h));
                    }
                    ui.end_row();
                    let criteria = ctx.project.scoring.criteria.clone();
                    for c in &criteria {
                        criterion_row(ui, ctx, account, c);
                    }
                });
            });
        });
    }
}

fn summary(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, account: &Account) {
    let model = &ctx.project.scoring;
    let text = match model.score(account) {
        ScoreOutcome::Complete(s) => format!("{}: {s:.1} / 100", tr("Score")),
        ScoreOutcome::Incomplete { missing } => {
            format!("{}: {} {}", tr("Score incomplete"), missing.len(), tr("criteria not yet scored"))
        }
        ScoreOutcome::NoModel => tr("The scoring model has no positive weight."),
    };
    ui.strong(text);
    match model.tier_of(account) {
        Some((t, overridden)) => {
            let mut line = format!("{}: {}", tr("Tier"), t.name);
            if overridden {
                let reason = account.tier_override.as_ref().map_or("", |o| o.reason.as_str());
                line.push_str(&format!(" ({}: {reason})", tr("override")));
            }
            ui.label(line).on_hover_text(&t.service);
        }
        None => {
            ui.label(format!("{}: —", tr("Tier")));
        }
    }
}

fn criterion_row(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Criterion) {
    let hint = format!("1: {}\n3: {}\n5: {}", c.scale.one, c.scale.three, c.scale.five);
    let name = ui.label(&c.name).on_hover_text(format!("{}\n\n{hint}", c.description));
    ui.label(format!("{:.0} %", ctx.project.scoring.weight_percent(c.id)));
    let current = account.score_for(c.id);
    let shown = current.map_or_else(|| tr("not scored"), |s| s.value.to_string());
    let mut picked: Option<Option<u8>> = None;
    egui::ComboBox::from_id_salt(("score", c.id.0))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), tr("not scored")).clicked() {
                picked = Some(None);
            }
            for v in 1..=5u8 {
                if ui
                    .selectable_label(current.map(|s| s.value) == Some(v), v.to_string())
                    .on_hover_text(&hint)
                    .clicked()
                {
                    picked = Some(Some(v));
                }
            }
        })
        .response
        .labelled_by(name.id);
    let mut evidence = current.map(|s| s.evidence.clone()).unwrap_or_default();
    let ev =
        ui.add_enabled(current.is_some(), egui::TextEdit::singleline(&mut evidence).hint_text(tr("How do you know?")));
    ui.end_row();
    if let Some(v) = picked {
        let score = v.map(|value| CriterionScore { criterion: c.id, value, evidence: evidence.clone() });
        if score.as_ref() != current {
            ctx.send(Command::SetScore(account.id, c.id, score));
        }
    } else if ev.changed()
        && let Some(s) = current
    {
        let next = CriterionScore { evidence, ..s.clone() };
        ctx.send_merging(
            Command::SetScore(account.id, c.id, Some(next)),
            format!("evidence:{}:{}", account.id.0, c.id.0),
        );
    }
}
