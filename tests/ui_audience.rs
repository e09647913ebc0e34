//! The audience window: a second window shows the map for the projector
//! while the editor stays on the laptop; edits show on both at once.
//! (Under kittest the second viewport is embedded as a window.)

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::command::Command;
use gambit::model::{Contact, ContactId, MemberId, PersonRef};

fn start() -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    // The demo dated as written (it moves with the day it is opened).
    h.state_mut().set_today(gambit::demo::written_on());
    h.run_steps(4);
    h
}

fn toggle_audience(h: &mut Harness<'_, GambitApp>) {
    h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    h.run_steps(6);
}

#[test]
fn shift_f5_opens_the_audience_window_next_to_the_editor() {
    let mut h = start();
    toggle_audience(&mut h);
    assert!(h.state().audience_open());
    assert!(!h.state().is_presenting(), "the laptop keeps the editor");
    assert!(h.query_all_by_label("Portfolio").next().is_some(), "the editor's tabs are still there");
    let audience = h.state().audience_view().expect("audience view");
    assert!(audience.is_drawn(PersonRef::Member(MemberId(1))), "the wall shows our team");
    assert!(audience.is_drawn(PersonRef::Contact(ContactId(1))), "and their people");
    toggle_audience(&mut h);
    assert!(!h.state().audience_open());
}

#[test]
fn the_view_menu_opens_it_too() {
    let mut h = start();
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label_contains("Open Audience Window").click();
    h.run_steps(4);
    assert!(h.state().audience_open());
}

#[test]
fn an_edit_in_the_editor_shows_on_the_wall_and_so_does_its_undo() {
    let mut h = start();
    toggle_audience(&mut h);
    let account = h.state().document().project().accounts[0].id;
    let id = ContactId(900);
    let mut c = Contact::new(id, "Greta Holm");
    c.title = "Head of Innovation".into();
    h.state_mut().apply(Command::PutContact(account, c));
    h.run_steps(4);
    assert!(h.state().audience_view().expect("open").is_drawn(PersonRef::Contact(id)), "live on the wall");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert!(!h.state().audience_view().expect("open").is_drawn(PersonRef::Contact(id)), "undo reaches the wall too");
}

#[test]
fn the_wall_follows_the_spotlight_of_a_presenting_laptop() {
    let mut h = start();
    toggle_audience(&mut h);
    h.key_press(Key::F5);
    h.run_steps(4);
    h.key_press(Key::ArrowRight);
    h.run_steps(4);
    let first = h.state().map_view().show.spotlight;
    assert!(first.is_some());
    assert_eq!(
        h.state().audience_view().expect("open").show.spotlight,
        first,
        "one step on the laptop is one on the wall"
    );
    let audience = h.state().audience_view().expect("open");
    let lit = (1..=60).map(ContactId).filter(|c| audience.is_lit(PersonRef::Contact(*c))).count();
    let dim = (1..=60).map(ContactId).filter(|c| audience.is_dimmed(PersonRef::Contact(*c))).count();
    assert!(
        lit > 0 && dim > 0,
        "the wall lights the spotlit member's contacts and dims the rest ({lit} lit, {dim} dimmed)"
    );
}

#[test]
fn the_wall_shows_the_opportunity_as_the_laptop_types_it() {
    let mut h = start();
    toggle_audience(&mut h);
    h.key_press(Key::F5);
    h.run_steps(4);
    h.key_press(Key::N);
    h.run_steps(4);
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Business unit");
    field.focus();
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Business unit").type_text("froz");
    h.run_steps(4);
    let wall = h.state().audience_view().and_then(|v| v.capture()).expect("the wall shows the form");
    assert_eq!(wall.unit_query, "froz");
    assert!(wall.unit.is_some(), "and what it picked");
    assert!(h.query_by_label("froz").is_some(), "the typed letters are on the wall as text");
    h.key_press(Key::Escape);
    h.run_steps(4);
    assert!(h.state().audience_view().and_then(|v| v.capture()).is_none(), "closing the form clears the wall");
    assert!(h.state().audience_open());
}

#[test]
fn with_the_audience_window_open_nothing_repaints_while_nobody_touches_it() {
    let mut h = start();
    toggle_audience(&mut h);
    assert!(h.state().audience_open());
    h.run();
    assert_eq!(h.try_run().ok(), Some(1), "one frame, then neither window asks for another");
}

#[test]
fn a_click_on_the_wall_does_not_change_what_the_editor_selected() {
    let mut h = start();
    h.get_by_label("Map").click();
    h.run_steps(4);
    toggle_audience(&mut h);
    for _ in 0..60 {
        h.run_steps(2);
    }
    // A person the wall shows, and where: inside the audience window.
    let audience = h.state().audience_view().expect("open");
    let wall = audience.canvas_rect();
    let (person, at) = (1..=60)
        .map(|c| PersonRef::Contact(ContactId(c)))
        .filter_map(|p| Some((p, audience.screen_position(p)?)))
        .find(|(_, at)| wall.shrink(20.0).contains(*at))
        .expect("someone on the wall");
    assert_eq!(h.state().ui_state().selection.person(), None);
    let modifiers = Modifiers::NONE;
    h.event(egui::Event::PointerMoved(at));
    h.event(egui::Event::PointerButton { pos: at, button: egui::PointerButton::Primary, pressed: true, modifiers });
    h.event(egui::Event::PointerButton { pos: at, button: egui::PointerButton::Primary, pressed: false, modifiers });
    h.run_steps(4);
    assert_eq!(h.state().ui_state().selection.person(), None, "clicking {person:?} on the wall left the editor alone");
}

#[test]
fn the_wall_shows_the_editors_step_of_the_timeline() {
    let mut h = start();
    h.get_by_label("Map").click();
    h.run_steps(4);
    toggle_audience(&mut h);
    // (Under kittest the audience window lies over the editor's toolbar.)
    h.state_mut().map_view_mut().toggle_timeline();
    h.run_steps(6);
    let at = h.state().map_view().timeline_at();
    assert_eq!(at, Some(0), "the editor opens at the demo's March review");
    let wall = h.state().audience_view().expect("audience view");
    assert!(wall.on_timeline(), "the wall replays too");
    assert_eq!(wall.timeline_at(), at, "at the same step");
    assert!(
        wall.timeline_caption().is_some_and(|c| c.contains("Review of 2026-03-10")),
        "{:?}",
        wall.timeline_caption()
    );
    h.state_mut().map_view_mut().step_timeline(1);
    h.run_steps(6);
    let wall = h.state().audience_view().expect("audience view");
    assert_eq!(wall.timeline_at(), Some(1), "a step in the editor shows on the wall");
    assert!(wall.timeline_caption().is_some_and(|c| c.contains("1 joined")), "{:?}", wall.timeline_caption());
}
