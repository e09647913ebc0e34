//! The scoring form of one account: a 1-5 score and evidence per criterion,
//! the live score and tier, and a tier override that needs a reason.

use super::ScoringView;
use crate::app::theme;
use crate::app::views::ViewCtx;
use crate::app::views::widgets::money;
use crate::command::Command;
use crate::i18n::numbers::in_currency;
use crate::i18n::tr;
use crate::model::{Account, Criterion, CriterionScore, ScoreOutcome, TierId, TierOverride};
use crate::t;

pub fn ui(view: &mut ScoringView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.heading(t!("scoring-heading", account = &account.name));
    ui.label(format!(
        "{}: {} · {}: {}",
        tr("scoring-current-revenue"),
        in_currency(money(account.current_revenue), &ctx.project.currency),
        tr("scoring-potential-revenue"),
        in_currency(money(account.potential_revenue), &ctx.project.currency)
    ));
    summary(ui, ctx, account);
    ui.add_space(theme::SECTION_GAP);
    egui::Grid::new("score_form").striped(true).num_columns(4).spacing([16.0, 6.0]).show(ui, |ui| {
        for h in ["scoring-criterion", "scoring-weight", "scoring-score", "scoring-evidence-how-do"] {
            ui.strong(tr(h));
        }
        ui.end_row();
        for c in &ctx.project.scoring.criteria.clone() {
            criterion_row(ui, ctx, account, c);
        }
    });
    ui.add_space(theme::SECTION_GAP);
    override_section(view, ui, ctx, account);
}

fn summary(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, account: &Account) {
    let model = &ctx.project.scoring;
    let text = match model.score(account) {
        ScoreOutcome::Complete(s) => t!("scoring-score-of-100", score = crate::i18n::numbers::decimal(s, 1)),
        ScoreOutcome::Incomplete { missing } => {
            t!("scoring-incomplete", criteria = missing.len())
        }
        ScoreOutcome::NoModel => tr("scoring-scoring-model-has"),
    };
    ui.heading(text);
    // Two lines either way, so the form below stays put when the last
    // score makes the tier appear.
    let (line, below) = if let Some((t, overridden)) = model.tier_of(account) {
        let mut line = t!("scoring-tier-is", tier = &t.name);
        if overridden {
            let reason = account.tier_override.as_ref().map_or("", |o| o.reason.as_str());
            line = t!("scoring-tier-overridden", line = line, reason = reason);
        }
        (line, t.service.clone())
    } else {
        (tr("scoring-no-tier"), tr("scoring-no-tier-why"))
    };
    ui.strong(line).on_hover_text(&below);
    ui.add(egui::Label::new(egui::RichText::new(below).weak()).truncate());
}

fn criterion_row(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account, c: &Criterion) {
    let hint = format!("1: {}\n3: {}\n5: {}", c.scale.one, c.scale.three, c.scale.five);
    let name = ui.label(&c.name).on_hover_text(format!("{}\n\n{hint}", c.description));
    ui.label(format!("{:.0} %", ctx.project.scoring.weight_percent(c.id)));
    let current = account.score_for(c.id);
    let mut picked: Option<Option<u8>> = None;
    ui.horizontal(|ui| {
        for v in 1..=5u8 {
            let on = current.map(|s| s.value) == Some(v);
            let meaning = match v {
                1 => c.scale.one.as_str(),
                3 => c.scale.three.as_str(),
                5 => c.scale.five.as_str(),
                _ => "",
            };
            let r = ui.selectable_label(on, v.to_string());
            // Screen readers (and tests) hear "Profitability 4", not just "4".
            let spoken = format!("{} {v}", c.name);
            r.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::SelectableLabel, true, on, &spoken));
            let r = r.on_hover_text(if meaning.is_empty() { hint.clone() } else { meaning.to_owned() });
            if r.clicked() {
                picked = Some(if on { None } else { Some(v) });
            }
        }
        // The note's room is kept when it goes, so the evidence column
        // does not move sideways as the scores are given.
        let note = tr("scoring-scored");
        let font = egui::TextStyle::Body.resolve(ui.style());
        let room = ui.painter().layout_no_wrap(note.clone(), font, theme::WARNING).size();
        if current.is_none() {
            ui.colored_label(theme::WARNING, note);
        } else {
            ui.allocate_space(room);
        }
    })
    .response
    .labelled_by(name.id);
    let mut evidence = current.map(|s| s.evidence.clone()).unwrap_or_default();
    let ev = ui.add_enabled(
        current.is_some(),
        // The rest of the row: evidence is read, not cut off at a fixed width.
        egui::TextEdit::singleline(&mut evidence)
            .hint_text(tr("scoring-how-do-know"))
            .desired_width(ui.available_width().max(320.0)),
    );
    ui.end_row();
    if let Some(v) = picked {
        let score = v.map(|value| CriterionScore { criterion: c.id, value, evidence: evidence.clone() });
        ctx.send(Command::SetScore(account.id, c.id, score));
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

fn override_section(view: &mut ScoringView, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, account: &Account) {
    ui.strong(tr("scoring-tier-override"));
    let tiers = ctx.project.scoring.tiers.tiers.clone();
    if let Some(o) = &account.tier_override {
        let name = tiers.iter().find(|t| t.id == o.tier).map_or_else(|| tr("scoring-missing-tier"), |t| t.name.clone());
        ui.label(t!("scoring-set-by-hand", tier = name));
        let mut reason = o.reason.clone();
        ui.horizontal(|ui| {
            let l = ui.label(tr("scoring-reason"));
            let r = ui.add(egui::TextEdit::singleline(&mut reason).desired_width(420.0)).labelled_by(l.id);
            if r.changed() && !reason.trim().is_empty() {
                let next = TierOverride { reason: reason.clone(), ..o.clone() };
                ctx.send_merging(
                    Command::SetTierOverride(account.id, Some(next)),
                    format!("override:{}", account.id.0),
                );
            }
        });
        if reason.trim().is_empty() {
            ui.colored_label(theme::ERROR, tr("scoring-override-needs-reason"));
        }
        if ui.button(tr("scoring-remove-override")).on_hover_text(tr("scoring-let-score-decide")).clicked() {
            ctx.send(Command::SetTierOverride(account.id, None));
        }
        return;
    }
    ui.weak(tr("scoring-score-decides-tier"));
    ui.horizontal(|ui| {
        for t in &tiers {
            let chosen = view.pending_override.as_ref().is_some_and(|(id, _)| *id == t.id);
            // Framed either way, so the tiers read as buttons before one is picked.
            let button = egui::Button::new(&t.name).selected(chosen).frame(true);
            if ui.add(button).on_hover_text(&t.service).clicked() {
                view.pending_override = if chosen { None } else { Some((t.id, String::new())) };
            }
        }
    });
    let Some((tier, reason)) = &mut view.pending_override else { return };
    let tier: TierId = *tier;
    let mut apply = false;
    ui.horizontal(|ui| {
        let l = ui.label(tr("scoring-reason"));
        let r = ui
            .add(egui::TextEdit::singleline(reason).hint_text(tr("scoring-why-tier")).desired_width(420.0))
            .labelled_by(l.id);
        let ok = !reason.trim().is_empty();
        let b = ui
            .add_enabled(ok, egui::Button::new(tr("scoring-override-tier")))
            .on_hover_text(tr("scoring-set-tier-hand"));
        apply = b.clicked() || (ok && r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        if !ok {
            ui.colored_label(theme::WARNING, tr("scoring-reason-required"));
        }
    });
    if apply {
        let o = TierOverride { tier, reason: reason.trim().to_owned() };
        ctx.send(Command::SetTierOverride(account.id, Some(o)));
        view.pending_override = None;
    }
}
