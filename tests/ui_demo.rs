//! The demo as a new user first sees it, on whatever day they open it: its
//! dates move with today, so the portfolio shows healthy, due and stale
//! plans rather than everything stale.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use std::cell::RefCell;
use std::rc::Rc;

fn open_demo_on(today: chrono::NaiveDate) -> Harness<'static, GambitApp> {
    let dialogs: Rc<RefCell<ScriptedDialogs>> = Rc::default();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(dialogs), RecentFiles::default()));
    h.state_mut().set_today(today);
    h.run();
    h
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_all_by_label(label).next().unwrap_or_else(|| panic!("no {label}")).click();
    h.run();
}

fn count(h: &Harness<'_, GambitApp>, label: &str) -> usize {
    h.query_all_by_label(label).count()
}

#[test]
fn the_demo_opened_a_year_later_shows_healthy_due_and_stale_plans() {
    let written = gambit::demo::written_on();
    let mut then = open_demo_on(written);
    click(&mut then, "Portfolio");
    let later_day = written + chrono::Days::new(400);
    let mut later = open_demo_on(later_day);
    click(&mut later, "Portfolio");
    for label in ["Healthy", "Needs attention", "Stale"] {
        assert!(count(&later, label) >= 1, "no plan shows {label} a year later");
        assert_eq!(count(&later, label), count(&then, label), "{label}");
    }
    // Nordvik's review is as overdue as when the demo was written, on dates
    // a year on: due 2026-09-08 then, 400 days later now.
    click(&mut later, "Plan");
    assert!(later.query_by_label_contains("Review overdue since 2027-10-13").is_some());
    // Left open past midnight, the untouched demo moves with the day...
    later.state_mut().set_today(later_day + chrono::Days::new(1));
    later.run();
    assert!(later.query_by_label_contains("Review overdue since 2027-10-14").is_some());
    // ...but once changed it is the user's work, and stays as it is.
    let goal = gambit::command::Command::SetRetention(Some(12));
    later.state_mut().apply(goal);
    later.state_mut().set_today(later_day + chrono::Days::new(2));
    later.run();
    assert!(later.query_by_label_contains("Review overdue since 2027-10-14").is_some());
    assert_eq!(later.state().document().project().retention_months, Some(12));
}
