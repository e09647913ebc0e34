//! Table editors of the plan. Each binds straight to the plan copy; rows
//! are added and removed with buttons; dates are typed as the language writes them.

use super::PlanView;
use crate::analysis::health::AGREEMENT_WARNING_DAYS;
use crate::app::theme;
use crate::app::views::widgets::{date_edit, decimal_field};
use crate::i18n::tr;
use crate::model::{Account, Activity, ActivityStatus, Agreement, Kpi, KpiFigure, MemberId, Plan, Project};
use crate::t;
use chrono::NaiveDate;
use egui::Ui;

pub(super) fn grid(ui: &mut Ui, id: &str, headers: &[&str], rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id).striped(true).spacing([10.0, 4.0]).show(ui, |ui| {
        for h in headers {
            ui.strong(tr(h));
        }
        ui.end_row();
        rows(ui);
    });
}

pub(super) fn remove_button(ui: &mut Ui, what: &str) -> bool {
    crate::app::views::widgets::cross_button(ui, what, what)
}

pub(super) fn text(ui: &mut Ui, value: &mut String, width: f32) {
    ui.add_sized([width, 22.0], egui::TextEdit::singleline(value));
}

/// A width that shows all of `value` (one line, in the body font), between
/// `min` and `max`: a long activity name is read whole, not cut off.
pub(super) fn fitted_width(ui: &Ui, value: &str, min: f32, max: f32) -> f32 {
    (crate::app::views::widgets::text_size(ui, value).x + 2.0 * ui.spacing().button_padding.x + 8.0).clamp(min, max)
}

pub(super) fn money(ui: &mut Ui, value: &mut f64) {
    ui.add(crate::app::views::widgets::money_field(value));
}

pub(super) fn id(parts: (&str, usize)) -> egui::Id {
    egui::Id::new(("plan_table", parts.0, parts.1))
}

pub fn economics(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    ui.strong(tr("plan-economic-development"));
    let mut remove = None;
    grid(ui, "economics", &["plan-year", "kpi-sales", "kpi-turnover", "plan-profitability", ""], |ui| {
        for (i, y) in plan.economics.iter_mut().enumerate() {
            ui.add(egui::DragValue::new(&mut y.year).range(1900..=2100));
            money(ui, &mut y.sales);
            money(ui, &mut y.turnover);
            ui.add(decimal_field(&mut y.profitability, 1).range(-100.0..=100.0).speed(0.1).suffix(" %"));
            if remove_button(ui, "plan-remove-year") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.economics.remove(i);
    }
    if ui.button(tr("plan-add-year")).on_hover_text(tr("plan-add-year-their")).clicked() {
        plan.add_economics_year(today);
    }
}

pub fn agreements(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    ui.strong(tr("plan-agreements"));
    let mut remove = None;
    grid(ui, "agreements", &["plan-kind", "contact-title", "plan-start", "plan-end", "plan-value-year", ""], |ui| {
        for (i, a) in plan.agreements.iter_mut().enumerate() {
            text(ui, &mut a.kind, 150.0);
            text(ui, &mut a.title, 200.0);
            date_edit(ui, &mut a.start, id(("agreement start", i)));
            ui.horizontal(|ui| {
                date_edit(ui, &mut a.end, id(("agreement end", i)));
                if let Some(end) = a.end {
                    let days = (end - today).num_days();
                    if days < 0 {
                        ui.colored_label(theme::ERROR, tr("plan-ended"));
                    } else if days <= AGREEMENT_WARNING_DAYS {
                        ui.colored_label(theme::WARNING, t!("plan-agreement-ends-in", days = days));
                    }
                }
            });
            money(ui, &mut a.value);
            if remove_button(ui, "plan-remove-agreement") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.agreements.remove(i);
    }
    if ui.button(tr("plan-add-agreement")).clicked() {
        plan.agreements.push(Agreement { kind: tr("plan-framework-agreement"), ..Agreement::default() });
    }
}

pub fn kpis(view: &mut PlanView, ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let mut remove = None;
    grid(ui, "kpis", &["plan-year", "plan-kpi", "plan-target", "plan-actual", ""], |ui| {
        for (i, k) in plan.kpis.iter_mut().enumerate() {
            ui.add(egui::DragValue::new(&mut k.year).range(1900..=2100));
            egui::ComboBox::from_id_salt(("kpi kind", i)).selected_text(k.kpi.label()).show_ui(ui, |ui| {
                for kind in Kpi::ALL {
                    ui.selectable_value(&mut k.kpi, *kind, kind.label());
                }
            });
            optional_number(ui, &mut k.target);
            let missed = matches!((k.target, k.actual), (Some(t), Some(a)) if a < t);
            optional_number(ui, &mut k.actual);
            if missed {
                ui.colored_label(theme::WARNING, tr("plan-below-target"));
            }
            if remove_button(ui, "plan-remove-kpi") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.kpis.remove(i);
    }
    if ui.button(tr("plan-add-kpi")).on_hover_text(tr("plan-add-kpi-figure")).clicked() {
        plan.add_kpi(today);
    }
    kpi_chart(view, ui, plan);
}

fn optional_number(ui: &mut Ui, value: &mut Option<f64>) {
    let mut on = value.is_some();
    ui.horizontal(|ui| {
        if ui.checkbox(&mut on, "").on_hover_text(tr("plan-known")).changed() {
            *value = if on { Some(0.0) } else { None };
        }
        if let Some(v) = value {
            ui.add(decimal_field(v, 2).speed(1.0));
        }
    });
}

fn kpi_chart(view: &mut PlanView, ui: &mut Ui, plan: &Plan) {
    let used: Vec<Kpi> = Kpi::ALL.iter().copied().filter(|k| plan.kpis.iter().any(|x| x.kpi == *k)).collect();
    let Some(first) = used.first().copied() else { return };
    let shown = view.chart_kpi.filter(|k| used.contains(k)).unwrap_or(first);
    ui.horizontal(|ui| {
        ui.label(tr("plan-chart"));
        for k in &used {
            if ui.selectable_label(*k == shown, k.label()).clicked() {
                view.chart_kpi = Some(*k);
            }
        }
    });
    let series = |pick: fn(&KpiFigure) -> Option<f64>| -> Vec<[f64; 2]> {
        let mut pts: Vec<[f64; 2]> = plan
            .kpis
            .iter()
            .filter(|k| k.kpi == shown)
            .filter_map(|k| pick(k).map(|v| [f64::from(k.year), v]))
            .collect();
        pts.sort_by(|a, b| a[0].total_cmp(&b[0]));
        pts
    };
    egui_plot::Plot::new("kpi_chart").height(200.0).allow_zoom(false).allow_drag(false).allow_scroll(false).show(
        ui,
        |p| {
            p.line(
                egui_plot::Line::new(tr("plan-target"), series(|k| k.target))
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
            p.line(egui_plot::Line::new(tr("plan-actual"), series(|k| k.actual)).width(2.5));
        },
    );
}

pub fn activities(ui: &mut Ui, project: &Project, account: &Account, plan: &mut Plan, today: NaiveDate) {
    let team: Vec<MemberId> = account.team.iter().map(|t| t.member).collect();
    let name =
        |m: Option<MemberId>| m.and_then(|m| project.member(m)).map_or_else(|| tr("plan-owner"), |m| m.name.clone());
    let mut remove = None;
    grid(ui, "activities", &["plan-activity", "plan-owner-3", "plan-due", "plan-status-2", ""], |ui| {
        for (i, a) in plan.activities.iter_mut().enumerate() {
            let overdue = a.status.is_open() && a.due.is_some_and(|d| d < today);
            ui.horizontal(|ui| {
                if overdue {
                    ui.colored_label(theme::ERROR, tr("plan-overdue"));
                }
                let width = fitted_width(ui, &a.title, 300.0, 620.0);
                text(ui, &mut a.title, width);
            });
            let spoken = t!("plan-owner-of", activity = &a.title);
            egui::ComboBox::from_id_salt(("activity owner", i))
                .selected_text(name(a.owner))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut a.owner, None, tr("plan-owner"));
                    for m in &team {
                        ui.selectable_value(&mut a.owner, Some(*m), name(Some(*m)));
                    }
                })
                .response
                .widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &spoken));
            date_edit(ui, &mut a.due, id(("activity due", i)));
            let spoken = t!("plan-status-of", activity = &a.title);
            egui::ComboBox::from_id_salt(("activity status", i))
                .selected_text(a.status.label())
                .show_ui(ui, |ui| {
                    for s in ActivityStatus::ALL {
                        ui.selectable_value(&mut a.status, *s, s.label());
                    }
                })
                .response
                .widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &spoken));
            if remove_button(ui, "plan-remove-activity") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.activities.remove(i);
    }
    if ui.button(tr("plan-add-activity")).on_hover_text(tr("plan-add-key-activity")).clicked() {
        plan.activities.push(Activity {
            title: tr("plan-new-activity"),
            owner: account.lead(),
            due: None,
            status: ActivityStatus::Planned,
        });
    }
}
