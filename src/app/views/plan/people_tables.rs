//! The plan's tables about people: how we mean to develop each
//! relationship, the competitors, meetings, reviews and referrals.

use super::tables::{grid, id, remove_button, text};
use crate::analysis::coverage::coverage;
use crate::app::theme;
use crate::app::views::widgets::date_edit;
use crate::i18n::tr;
use crate::model::{
    Account, Competitor, ContactId, Meeting, MeetingKind, Partner, Plan, Referral, ReferralKind, RelationshipGoal,
    Stance,
};
use crate::t;
use chrono::NaiveDate;
use egui::Ui;

pub fn relationship_goals(ui: &mut Ui, account: &Account, plan: &mut Plan) {
    let cov = coverage(account);
    let contact_name = |c: ContactId| account.contact(c).map_or_else(|| c.to_string(), |c| c.name.clone());
    let mut remove = None;
    grid(
        ui,
        "relationship_goals",
        &[
            "plan-goal-person",
            "plan-goal-stance-now",
            "plan-goal-target-stance",
            "plan-goal-covered-now",
            "plan-target",
            "plan-goal-how",
            "",
        ],
        |ui| {
            for (i, g) in plan.relationship_goals.iter_mut().enumerate() {
                egui::ComboBox::from_id_salt(("goal contact", i)).selected_text(contact_name(g.contact)).show_ui(
                    ui,
                    |ui| {
                        for c in &account.contacts {
                            ui.selectable_value(&mut g.contact, c.id, format!("{} — {}", c.name, c.title));
                        }
                    },
                );
                let now = account.contact(g.contact).map_or(Stance::Unknown, |c| c.stance);
                ui.label(now.label());
                egui::ComboBox::from_id_salt(("goal stance", i)).selected_text(g.target_stance.label()).show_ui(
                    ui,
                    |ui| {
                        for s in Stance::ALL {
                            ui.selectable_value(&mut g.target_stance, *s, s.label());
                        }
                    },
                );
                let covered = cov.contacts.get(&g.contact).map_or(0, |c| c.strong_count());
                let short = covered < usize::from(g.target_coverage);
                ui.colored_label(
                    if short { theme::WARNING } else { theme::OK },
                    t!("plan-covered-by-us", people = covered),
                );
                ui.add(egui::DragValue::new(&mut g.target_coverage).range(0..=10))
                    .on_hover_text(tr("plan-how-many-us"));
                text(ui, &mut g.how, 260.0);
                if remove_button(ui, "plan-remove-goal") {
                    remove = Some(i);
                }
                ui.end_row();
            }
        },
    );
    if let Some(i) = remove {
        plan.relationship_goals.remove(i);
    }
    if let Some(first) = account.contacts.first()
        && ui.button(tr("plan-add-relationship-goal")).clicked()
    {
        plan.relationship_goals.push(RelationshipGoal {
            contact: first.id,
            target_stance: Stance::Supporter,
            target_coverage: 2,
            how: String::new(),
        });
    }
}

pub fn competitors(ui: &mut Ui, account: &Account, plan: &mut Plan) {
    let mut remove = None;
    grid(ui, "competitors", &["plan-competitor", "plan-where-they-strong", "plan-business-units-2", ""], |ui| {
        for (i, c) in plan.competitors.iter_mut().enumerate() {
            text(ui, &mut c.name, 160.0);
            text(ui, &mut c.strengths, 260.0);
            let names: Vec<String> = c.units.iter().filter_map(|u| account.unit(*u)).map(|u| u.name.clone()).collect();
            let label = if names.is_empty() { tr("plan-choose") } else { names.join(", ") };
            ui.menu_button(label, |ui| {
                for u in &account.units {
                    let mut on = c.units.contains(&u.id);
                    if ui.checkbox(&mut on, &u.name).changed() {
                        if on {
                            c.units.push(u.id);
                            c.units.sort();
                        } else {
                            c.units.retain(|x| *x != u.id);
                        }
                    }
                }
            });
            if remove_button(ui, "plan-remove-competitor") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.competitors.remove(i);
    }
    if ui.button(tr("plan-add-competitor")).clicked() {
        plan.competitors.push(Competitor { name: tr("plan-new-competitor"), ..Competitor::default() });
    }
    ui.add_space(6.0);
    let mut remove = None;
    grid(ui, "partners", &["plan-partner", "plan-role", ""], |ui| {
        for (i, p) in plan.partners.iter_mut().enumerate() {
            text(ui, &mut p.name, 160.0);
            text(ui, &mut p.role, 300.0);
            if remove_button(ui, "plan-remove-partner") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.partners.remove(i);
    }
    if ui.button(tr("plan-add-partner")).clicked() {
        plan.partners.push(Partner { name: tr("plan-new-partner"), role: String::new() });
    }
}

pub fn meetings(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let mut remove = None;
    grid(
        ui,
        "meetings",
        &[
            "plan-meeting",
            "plan-every-days",
            "plan-our-people",
            "plan-their-people",
            "plan-agenda",
            "plan-last-held",
            "plan-next-due",
            "",
        ],
        |ui| {
            for (i, m) in plan.meetings.iter_mut().enumerate() {
                egui::ComboBox::from_id_salt(("meeting kind", i)).selected_text(m.kind.label()).show_ui(ui, |ui| {
                    for k in MeetingKind::ALL {
                        ui.selectable_value(&mut m.kind, *k, k.label());
                    }
                });
                ui.add(egui::DragValue::new(&mut m.every_days).range(1..=730));
                text(ui, &mut m.our_people, 150.0);
                text(ui, &mut m.their_people, 150.0);
                text(ui, &mut m.agenda, 180.0);
                date_edit(ui, &mut m.last_held, id(("meeting held", i)));
                match m.next_due() {
                    Some(d) if d < today => {
                        ui.colored_label(theme::ERROR, t!("plan-date-overdue", date = crate::i18n::numbers::date(d)))
                    }
                    Some(d) => ui.label(d.to_string()),
                    None => ui.colored_label(theme::WARNING, tr("plan-never-held")),
                };
                if remove_button(ui, "plan-remove-meeting") {
                    remove = Some(i);
                }
                ui.end_row();
            }
        },
    );
    if let Some(i) = remove {
        plan.meetings.remove(i);
    }
    if ui.button(tr("plan-add-meeting")).clicked() {
        plan.meetings.push(Meeting {
            kind: MeetingKind::Internal,
            every_days: 30,
            our_people: String::new(),
            their_people: String::new(),
            agenda: String::new(),
            last_held: None,
        });
    }
}

pub fn referrals(ui: &mut Ui, account: &Account, plan: &mut Plan) {
    let contact_name = |c: ContactId| account.contact(c).map_or_else(|| c.to_string(), |c| c.name.clone());
    let mut remove = None;
    grid(ui, "referrals", &["plan-who", "plan-gave", "plan-date", "plan-what", ""], |ui| {
        for (i, r) in plan.referrals.iter_mut().enumerate() {
            egui::ComboBox::from_id_salt(("referral contact", i)).selected_text(contact_name(r.contact)).show_ui(
                ui,
                |ui| {
                    for c in &account.contacts {
                        ui.selectable_value(&mut r.contact, c.id, &c.name);
                    }
                },
            );
            egui::ComboBox::from_id_salt(("referral kind", i)).selected_text(r.kind.label()).show_ui(ui, |ui| {
                for &k in ReferralKind::ALL {
                    ui.selectable_value(&mut r.kind, k, k.label());
                }
            });
            date_edit(ui, &mut r.date, id(("referral date", i)));
            text(ui, &mut r.what, 360.0);
            if remove_button(ui, "plan-remove-referral") {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.referrals.remove(i);
    }
    if let Some(first) = account.contacts.first()
        && ui.button(tr("plan-add-referral-testimonial")).clicked()
    {
        plan.referrals.push(Referral {
            contact: first.id,
            kind: ReferralKind::Referral,
            date: None,
            what: String::new(),
        });
    }
}
