//! The map's timeline driven like a user would: a year of an account with
//! reviews in January and May, opened in October; the map steps through
//! the three points and shows the people of each, with what changed marked,
//! and takes no edits while it shows the past.

mod year;

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::analysis::history::snapshot;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::*;
use gambit::scene::{LineChange, PersonChange};
use year::*;

const STEPS: usize = 6;

/// October's project with the January and May reviews, each keeping the account.
fn the_file(dir: &std::path::Path) -> (std::path::PathBuf, ContactId) {
    let (jan, may, mut oct) = the_year();
    let review = |p: &Project, m: u32, who: &str| Review {
        reviewer: who.into(),
        ..Review::new(day(m), Some(snapshot(p, p.account(A).expect("a"), day(m))))
    };
    oct.accounts[0].plan.reviews = vec![review(&jan, 1, "Margareta Holm"), review(&may, 5, "Erik Sandberg")];
    let dee = oct.accounts[0].contacts.iter().find(|c| c.name == "Dee Falk").expect("Dee").id;
    let path = dir.join("year.kam");
    gambit::file::save(&oct, &path).expect("saves");
    (path, dee)
}

fn open(path: std::path::PathBuf) -> Harness<'static, GambitApp> {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let dialogs: std::rc::Rc<std::cell::RefCell<ScriptedDialogs>> = std::rc::Rc::default();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, Some(path), Box::new(dialogs), RecentFiles::default()));
    h.state_mut().set_today(day(10));
    h.run_steps(STEPS);
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(STEPS);
    h
}

fn key(h: &mut Harness<'_, GambitApp>, key: Key) {
    h.key_press(key);
    h.run_steps(STEPS);
}

fn drawn(h: &Harness<'_, GambitApp>, c: ContactId) -> bool {
    h.state().map_view().is_drawn(PersonRef::Contact(c))
}

fn mark(h: &Harness<'_, GambitApp>, c: ContactId) -> Option<PersonChange> {
    h.state().map_view().timeline_mark(PersonRef::Contact(c)).and_then(|(m, _)| m)
}

#[test]
fn the_timeline_steps_through_three_points_and_shows_the_people_of_each() {
    let dir = tempfile::tempdir().expect("dir");
    let (path, dee) = the_file(dir.path());
    let mut h = open(path);
    assert!(drawn(&h, dee) && drawn(&h, BO), "today's map has Dee and Bo (who left)");
    h.get_by_label("Timeline").click();
    h.run_steps(STEPS);
    let view = h.state().map_view();
    assert_eq!(view.timeline_points().len(), 3, "January, May and today");
    assert_eq!(view.timeline_at(), Some(1), "it opens at the last review, May");
    assert!(drawn(&h, dee), "Dee had joined by May");
    assert_eq!(mark(&h, dee), Some(PersonChange::Joined), "and is marked as joined since January");
    assert_eq!(mark(&h, ANN), Some(PersonChange::StanceWorse), "Ann turned against us");
    assert!(h.query_by_label_contains("Ann Ek: stance Neutral -> Enemy (worse)").is_some(), "the side lists it");
    // Page Up: January, before Dee.
    key(&mut h, Key::PageUp);
    assert_eq!(h.state().map_view().timeline_at(), Some(0));
    assert!(!drawn(&h, dee), "nobody had heard of Dee in January");
    assert!(drawn(&h, ANN) && drawn(&h, BO) && drawn(&h, CY), "Ann, Bo and Cy were there");
    assert_eq!(mark(&h, ANN), None, "the first point marks nothing");
    let before = h.state().map_view().shown_position(PersonRef::Contact(ANN));
    // Page Down twice: today, Bo gone, Karin's new line to Dee.
    key(&mut h, Key::PageDown);
    key(&mut h, Key::PageDown);
    assert_eq!(h.state().map_view().timeline_at(), Some(2));
    let bo = h.state().map_view().timeline_mark(PersonRef::Contact(BO));
    assert_eq!(bo, Some((Some(PersonChange::Gone), true)), "Bo left: a ghost where he stood");
    assert_eq!(mark(&h, ANN), Some(PersonChange::StanceBetter), "Ann came round");
    let lines = h.state().map_view().timeline_line_marks();
    assert_eq!(lines.iter().filter(|(_, c)| *c == LineChange::Gained).count(), 1, "Karin met Dee: {lines:?}");
    let after = h.state().map_view().shown_position(PersonRef::Contact(ANN));
    assert_eq!(before, after, "nobody moves between the steps");
    // Escape closes the timeline: today's live map, editable again.
    key(&mut h, Key::Escape);
    assert!(!h.state().map_view().on_timeline());
    assert!(h.query_by_label("Add contact").is_some(), "the toolbar is back");
}

#[test]
fn the_past_is_not_edited_on_the_timeline() {
    let dir = tempfile::tempdir().expect("dir");
    let (path, _) = the_file(dir.path());
    let mut h = open(path);
    key(&mut h, Key::H);
    assert!(h.state().map_view().on_timeline(), "H opens the timeline");
    let before = h.state().document().project().clone();
    // Select Ann on the map and press Delete; double-click the empty map.
    let at = h.state().map_view().screen_position(PersonRef::Contact(ANN)).expect("Ann on screen");
    h.event(Event::PointerMoved(at));
    h.event(Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(STEPS);
    key(&mut h, Key::Delete);
    let empty = h.state().map_view().canvas_rect().left_bottom() + egui::vec2(20.0, -20.0);
    for _ in 0..2 {
        h.event(Event::PointerButton {
            pos: empty,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        h.event(Event::PointerButton {
            pos: empty,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
    }
    h.run_steps(STEPS);
    key(&mut h, Key::C);
    assert_eq!(h.state().document().project(), &before, "nothing in the project changed");
    assert!(h.query_by_label("Add contact").is_none() && h.query_by_label("Connect").is_none(), "no editing buttons");
}
