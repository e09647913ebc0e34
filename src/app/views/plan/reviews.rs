//! The plan's reviews: each one recorded keeps the account as it stood
//! that day, and "what changed" lists what moved between two reviews (or a
//! review and today), most important first; a click on a person shows them
//! on the map.

use super::PlanView;
use super::tables::{grid, id, remove_button, text};
use crate::analysis::history::{changes, snapshot};
use crate::app::theme;
use crate::app::views::ExportRequest;
use crate::app::views::widgets::{change_row, date_edit};
use crate::i18n::{numbers, tr};
use crate::model::snapshot::Snapshot;
use crate::model::{Account, PersonRef, Plan, Project, Review};
use crate::t;
use chrono::NaiveDate;
use egui::Ui;

/// The reviews table, "Record review", the report and what changed.
/// Returns the person the user clicked in the list of changes; an export
/// asked for goes to `export`.
pub fn reviews(
    view: &mut PlanView,
    ui: &mut Ui,
    (project, account): (&Project, &Account),
    plan: &mut Plan,
    (today, export): (NaiveDate, &mut Option<ExportRequest>),
) -> Option<PersonRef> {
    match plan.next_review_due() {
        Some(d) if d < today => ui.colored_label(theme::ERROR, t!("plan-next-review-overdue", date = numbers::date(d))),
        Some(d) => ui.label(t!("plan-next-review-on", date = numbers::date(d))),
        None => ui.colored_label(theme::ERROR, tr("plan-never-reviewed-ask")),
    };
    table(ui, plan);
    ui.horizontal(|ui| {
        let button = ui.button(tr("plan-add-review")).on_hover_text(tr("plan-record-review-held"));
        if button.clicked() {
            plan.reviews.push(Review::new(today, Some(snapshot(project, account, today))));
        }
        ui.add_enabled_ui(!plan.reviews.is_empty(), |ui| {
            if ui.button(tr("review-export-html")).on_hover_text(tr("review-export-tip")).clicked() {
                *export = Some(ExportRequest::ReviewHtml);
            }
            if ui.button(tr("review-export-markdown")).on_hover_text(tr("review-export-tip")).clicked() {
                *export = Some(ExportRequest::ReviewMarkdown);
            }
        });
    });
    ui.add_space(theme::SECTION_GAP);
    what_changed(view, ui, (project, account), plan, today)
}

fn table(ui: &mut Ui, plan: &mut Plan) {
    let mut remove = None;
    let headers = ["plan-date", "plan-reviewer", "plan-comments", "plan-decisions", "plan-next-review", ""];
    grid(ui, "reviews", &headers, |ui| {
        for (i, r) in plan.reviews.iter_mut().enumerate() {
            let mut date = Some(r.date);
            if date_edit(ui, &mut date, id(("review date", i)))
                && let Some(d) = date
            {
                r.date = d;
            }
            text(ui, &mut r.reviewer, 140.0);
            text(ui, &mut r.comments, 300.0);
            text(ui, &mut r.decisions, 240.0);
            date_edit(ui, &mut r.next_review, id(("next review", i)));
            if remove_button(ui, "plan-remove-review") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.reviews.remove(i);
    }
}

/// The points that can be compared: each review that kept the account, by date.
fn points(plan: &Plan) -> Vec<(NaiveDate, &Snapshot)> {
    let mut out: Vec<(NaiveDate, &Snapshot)> =
        plan.reviews.iter().filter_map(|r| Some((r.date, r.snapshot.as_deref()?))).collect();
    out.sort_by_key(|(d, _)| *d);
    out
}

fn what_changed(
    view: &mut PlanView,
    ui: &mut Ui,
    (project, account): (&Project, &Account),
    plan: &Plan,
    today: NaiveDate,
) -> Option<PersonRef> {
    let points = points(plan);
    let Some(last) = points.len().checked_sub(1) else {
        ui.weak(tr("plan-changes-need-review"));
        return None;
    };
    ui.strong(tr("plan-what-changed"));
    let from = view.changes_from.filter(|i| *i <= last).unwrap_or(last);
    // `None`: today.
    let to = view.changes_to.filter(|i| *i > from && *i <= last);
    let name = |i: Option<usize>| i.map_or_else(|| tr("plan-changes-today"), |i| numbers::date(points[i].0));
    ui.horizontal(|ui| {
        ui.label(tr("plan-changes-from"));
        egui::ComboBox::from_id_salt("changes_from").selected_text(name(Some(from))).show_ui(ui, |ui| {
            for i in 0..=last {
                ui.selectable_value(&mut view.changes_from, Some(i), name(Some(i)));
            }
        });
        ui.label(tr("plan-changes-to"));
        egui::ComboBox::from_id_salt("changes_to").selected_text(name(to)).show_ui(ui, |ui| {
            for i in from + 1..=last {
                ui.selectable_value(&mut view.changes_to, Some(i), name(Some(i)));
            }
            ui.selectable_value(&mut view.changes_to, None, name(None));
        });
    });
    let list = match to {
        Some(i) => changes(points[from].1, points[i].1),
        None => changes(points[from].1, &snapshot(project, account, today)),
    };
    if list.is_empty() {
        ui.weak(tr("change-nothing"));
    }
    let mut clicked = None;
    for c in &list {
        if let Some(p) = change_row(ui, c) {
            clicked = Some(p);
        }
    }
    clicked
}
