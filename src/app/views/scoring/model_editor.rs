//! The scoring model editor. Edits go to a draft; the preview lists which
//! accounts would change tier; Apply makes it one undoable command.

use super::ScoringView;
use crate::analysis::ranking::tier_moves;
use crate::app::theme;
use crate::app::views::ViewCtx;
use crate::app::views::widgets::{cross_button, decimal_field};
use crate::command::Command;
use crate::command::NewIds;
use crate::i18n::tr;
use crate::model::scoring_defaults::presets;
use crate::model::validate::scoring_problems;
use crate::model::{Criterion, Project, ScaleText, ScoreAxis, ScoringModel, Severity, Tier};
use crate::t;

pub fn ui(view: &mut ScoringView, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let project = ctx.project;
    let mut draft = view.draft.clone().unwrap_or_else(|| project.scoring.clone());
    ui.heading(tr("scoring-scoring-model"));
    ui.weak(tr("scoring-changes-here-draft"));
    ui.add_space(theme::SECTION_GAP);
    criteria(ui, &mut draft, ctx.new_ids());
    ui.add_space(theme::SECTION_GAP);
    tiers(ui, &mut draft, ctx.new_ids());
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        let l = ui.label(tr("scoring-most-key-accounts"));
        ui.add(egui::DragValue::new(&mut draft.max_key_accounts).range(1..=500))
            .labelled_by(l.id)
            .on_hover_text(tr("scoring-portfolio-warns-when"));
    });
    view.draft = (draft != project.scoring).then_some(draft);
}

fn criteria(ui: &mut egui::Ui, m: &mut ScoringModel, ids: NewIds<'_>) {
    ui.strong(tr("scoring-criteria"));
    let total = m.total_weight();
    let mut remove = None;
    let mut swap = None;
    let count = m.criteria.len();
    for (i, c) in m.criteria.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    if ui
                        .add_enabled(i > 0, egui::Button::new("^").small())
                        .on_hover_text(tr("scoring-move-up"))
                        .clicked()
                    {
                        swap = Some((i - 1, i));
                    }
                    if ui
                        .add_enabled(i + 1 < count, egui::Button::new("v").small())
                        .on_hover_text(tr("scoring-move-down"))
                        .clicked()
                    {
                        swap = Some((i, i + 1));
                    }
                });
                ui.vertical(|ui| {
                    ui.add_sized([240.0, 22.0], egui::TextEdit::singleline(&mut c.name).hint_text(tr("scoring-name")));
                    ui.add_sized(
                        [240.0, 22.0],
                        egui::TextEdit::singleline(&mut c.description).hint_text(tr("scoring-description")),
                    );
                    ui.horizontal(|ui| {
                        let l = ui.label(tr("scoring-weight"));
                        ui.add(decimal_field(&mut c.weight, 1).range(0.0..=1000.0).speed(0.5))
                            .labelled_by(l.id)
                            .on_hover_text(tr("scoring-relative-weight-shares"));
                        let share = if total > 0.0 { c.weight.max(0.0) / total * 100.0 } else { 0.0 };
                        ui.strong(format!("= {share:.0} %"));
                    });
                    egui::ComboBox::from_id_salt(("axis", c.id.0))
                        .selected_text(c.axis.label())
                        .show_ui(ui, |ui| {
                            for a in ScoreAxis::ALL {
                                ui.selectable_value(&mut c.axis, *a, a.label());
                            }
                        })
                        .response
                        .on_hover_text(tr("scoring-which-axis-portfolio"));
                });
                scale_editor(ui, &mut c.scale);
                if cross_button(ui, "scoring-remove-criterion", "scoring-remove-criterion-scores") {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some((a, b)) = swap {
        m.criteria.swap(a, b);
    }
    if let Some(i) = remove {
        m.criteria.remove(i);
    }
    if ui.button(tr("scoring-add-criterion")).on_hover_text(tr("scoring-add-selection-criterion")).clicked() {
        let id = ids.criterion(&m.criteria);
        m.criteria.push(Criterion {
            id,
            name: tr("scoring-new-criterion"),
            description: String::new(),
            weight: 10.0,
            scale: ScaleText::default(),
            axis: ScoreAxis::Attractiveness,
        });
    }
}

fn scale_editor(ui: &mut egui::Ui, s: &mut ScaleText) {
    ui.vertical(|ui| {
        ui.label(tr("scoring-what-1-3"));
        for (n, text) in [("1", &mut s.one), ("3", &mut s.three), ("5", &mut s.five)] {
            ui.horizontal(|ui| {
                ui.label(n);
                ui.add_sized([260.0, 22.0], egui::TextEdit::singleline(text));
            });
        }
    });
}

fn tiers(ui: &mut egui::Ui, m: &mut ScoringModel, ids: NewIds<'_>) {
    ui.horizontal(|ui| {
        ui.strong(t!("scoring-tiers-named", tiers = &m.tiers.name));
        ui.menu_button(tr("scoring-use-preset"), |ui| {
            for p in presets() {
                let names: Vec<&str> = p.tiers.iter().map(|t| t.name.as_str()).collect();
                if ui.button(format!("{} ({})", p.name, names.join(" / "))).clicked() {
                    m.tiers = p;
                    ui.close();
                }
            }
        })
        .response
        .on_hover_text(tr("scoring-replace-tiers-olympic"));
    });
    let mut remove = None;
    egui::Grid::new("tier_editor").striped(true).num_columns(4).spacing([10.0, 6.0]).show(ui, |ui| {
        for h in ["scoring-tier", "scoring-score-2", "scoring-service-tier-gets", ""] {
            ui.strong(tr(h));
        }
        ui.end_row();
        for (i, t) in m.tiers.tiers.iter_mut().enumerate() {
            ui.add_sized([150.0, 22.0], egui::TextEdit::singleline(&mut t.name));
            ui.add(decimal_field(&mut t.min_score, 1).range(0.0..=100.0).speed(0.5))
                .on_hover_text(tr("scoring-lowest-score-0"));
            ui.add_sized([440.0, 22.0], egui::TextEdit::singleline(&mut t.service));
            if cross_button(ui, "scoring-remove-tier", "scoring-remove-tier") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        m.tiers.tiers.remove(i);
    }
    if ui.button(tr("scoring-add-tier")).on_hover_text(tr("scoring-add-tier-below")).clicked() {
        let id = ids.tier(&m.tiers.tiers);
        m.tiers.tiers.push(Tier { id, name: tr("scoring-new-tier"), min_score: 0.0, service: String::new() });
    }
}

/// What applying the draft would do, and the buttons to apply or discard it.
pub fn preview(view: &mut ScoringView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
    ui.heading(tr("scoring-what-if"));
    let Some(draft) = view.draft.clone() else {
        ui.weak(tr("scoring-changes"));
        ui.weak(tr("scoring-change-weight-threshold"));
        return;
    };
    let problems = scoring_problems(&draft);
    for p in &problems {
        let colour = if p.severity == Severity::Error { theme::ERROR } else { theme::WARNING };
        ui.colored_label(colour, format!("{}: {}", p.location, p.message));
    }
    let moves = tier_moves(ctx.project, &draft);
    ui.strong(if moves.is_empty() {
        tr("scoring-account-would-change")
    } else {
        t!("scoring-accounts-would-move", accounts = moves.len())
    });
    for m in &moves {
        let from = m.from.clone().unwrap_or_else(|| "—".into());
        let to = m.to.clone().unwrap_or_else(|| "—".into());
        ui.label(format!("{}: {from} -> {to}", m.name));
    }
    let errors = problems.iter().any(|p| p.severity == Severity::Error);
    ui.horizontal(|ui| {
        let apply = ui.add_enabled(!errors, egui::Button::new(tr("scoring-apply-changes")));
        let apply = apply
            .on_hover_text(tr("scoring-make-these-changes"))
            .on_disabled_hover_text(tr("scoring-fix-errors-above"));
        if apply.clicked() {
            ctx.send(apply_command(ctx.project, draft.clone()));
            view.draft = None;
        }
        if ui.button(tr("scoring-discard-changes")).on_hover_text(tr("scoring-go-back-model")).clicked() {
            view.draft = None;
        }
    });
}

/// The new model, plus clearing scores of removed criteria and overrides to
/// removed tiers, as one undo step.
pub fn apply_command(project: &Project, model: ScoringModel) -> Command {
    let mut steps = Vec::new();
    for a in &project.accounts {
        for s in &a.scores {
            if model.criterion(s.criterion).is_none() {
                steps.push(Command::SetScore(a.id, s.criterion, None));
            }
        }
        if a.tier_override.as_ref().is_some_and(|o| model.tier(o.tier).is_none()) {
            steps.push(Command::SetTierOverride(a.id, None));
        }
    }
    steps.insert(0, Command::SetScoring(model));
    Command::Batch("undo-edit-scoring-model".into(), steps)
}
