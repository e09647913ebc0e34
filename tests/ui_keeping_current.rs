//! Keeping the map current in the window, driven as a user would: someone
//! leaves (asked when, the seat shows as vacant, undo), and File > Import
//! Calendar (what it brings, a line offered and drawn, one undo step, a
//! broken calendar that changes nothing).

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{ContactId, MemberId, PersonRef};
use std::cell::RefCell;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date")
}

fn start() -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default()));
    h.state_mut().set_today(today());
    h.run_steps(4);
    (h, dialogs)
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(4);
}

fn account<'a>(h: &'a Harness<'_, GambitApp>) -> &'a gambit::model::Account {
    &h.state().document().project().accounts[0]
}

fn click_person(h: &mut Harness<'_, GambitApp>, p: PersonRef) {
    let pos: Pos2 = h.state().map_view().screen_position(p).expect("on the map");
    h.event(Event::PointerMoved(pos));
    h.step();
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed: true, modifiers: Modifiers::NONE });
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed: false, modifiers: Modifiers::NONE });
    h.run_steps(4);
}

#[test]
fn marking_the_king_as_left_asks_when_shows_a_vacant_seat_and_undoes() {
    let (mut h, _) = start();
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    let henrik = PersonRef::Contact(ContactId(1));
    click_person(&mut h, henrik);
    click(&mut h, "Left the client…");
    assert!(h.query_by_label("Henrik Åberg has left").is_some(), "asks about the departure");
    assert!(!account(&h).contact(ContactId(1)).expect("there").has_left, "nothing changes before Mark as left");
    click(&mut h, "Mark as left");
    let c = account(&h).contact(ContactId(1)).expect("kept");
    assert!(c.has_left && c.left_on == Some(today()) && c.successor.is_none());
    assert_eq!(h.state().document().undo_label().map(gambit::i18n::tr).as_deref(), Some("Mark as left"));
    assert!(
        h.query_by_label("Left on 2026-11-02; the seat is vacant until someone is named").is_some(),
        "the form says what happened"
    );
    click(&mut h, "Coverage");
    assert!(h.query_by_label("Key seats vacant: 1").is_some());
    assert!(h.query_by_label("! Group CEO: vacant since 2026-11-02").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert!(!account(&h).contact(ContactId(1)).expect("kept").has_left, "one undo brings Henrik back");
    assert!(h.query_by_label("Key seats vacant: 1").is_none());
}

#[test]
fn a_new_role_keeps_the_role_before_with_its_day() {
    let (mut h, _) = start();
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    click_person(&mut h, PersonRef::Contact(ContactId(1)));
    click(&mut h, "New role…");
    assert!(h.query_by_label("Record the new role").is_some());
    // The title field of the new role is the second "Title" on the panel.
    let field = h.get_all_by_label("Title").nth(1).expect("the new role's title");
    field.focus();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_all_by_label("Title").nth(1).expect("field").type_text("Chair of the Board");
    h.run_steps(4);
    click(&mut h, "Record the new role");
    let c = account(&h).contact(ContactId(1)).expect("kept");
    assert_eq!(c.title, "Chair of the Board");
    assert_eq!(c.earlier_roles.len(), 1);
    assert_eq!((c.earlier_roles[0].title.as_str(), c.earlier_roles[0].until), ("Group CEO", today()));
    assert!(h.query_by_label_contains("Until 2026-11-02: Group CEO").is_some(), "the earlier role is listed");
    assert_eq!(h.state().document().undo_label().map(gambit::i18n::tr).as_deref(), Some("New role"));
}

const MET_FREDRIK: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
BEGIN:VEVENT\r
UID:one@google.com\r
DTSTART:20261020T080000Z\r
DTEND:20261020T090000Z\r
SUMMARY:Frozen Foods: energy study\r
ORGANIZER;CN=Karin Lindqvist:mailto:karin.lindqvist@hallberg.example\r
ATTENDEE;CN=Fredrik Lund:mailto:fredrik.lund@nordvikfoods.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:two@google.com\r
DTSTART:20261025T080000Z\r
SUMMARY:Dentist\r
END:VEVENT\r
END:VCALENDAR\r
";

#[test]
fn importing_a_calendar_offers_a_line_draws_it_when_ticked_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("meetings.ics");
    std::fs::write(&path, MET_FREDRIK).expect("write");
    let (mut h, dialogs) = start();
    let karin_fredrik = |h: &Harness<'_, GambitApp>| {
        account(h).relationships_of(PersonRef::Contact(ContactId(7))).any(|r| r.touches(PersonRef::Member(MemberId(1))))
    };
    assert!(!karin_fredrik(&h), "no line between Karin and Fredrik yet");
    let before = account(&h).clone();
    dialogs.borrow_mut().import_answers.push_back(Some(path));
    click(&mut h, "File");
    h.get_by_label_contains("Import Calendar…").click();
    h.run_steps(4);
    assert!(h.state().calendar_import_open());
    assert!(h.query_by_label_contains("2 events, 1 with our team and their people").is_some());
    assert!(h.query_by_label_contains("left out: none of our team").is_some(), "the dentist, and why");
    click(&mut h, "Karin Lindqvist met Fredrik Lund (2026-10-20)");
    click(&mut h, "Import");
    assert!(!h.state().calendar_import_open());
    assert!(karin_fredrik(&h), "the ticked line is drawn");
    let line = account(&h).relationships.last().expect("drawn").clone();
    assert_eq!(line.last_contact, chrono::NaiveDate::from_ymd_opt(2026, 10, 20), "dated the day they met");
    assert!(h.query_by_label("Import report").is_some());
    assert_eq!(h.state().document().undo_label().map(gambit::i18n::tr).as_deref(), Some("Import calendar"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert_eq!(account(&h), &before, "one undo takes the whole import back");
}

#[test]
fn a_broken_calendar_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ics");
    std::fs::write(&path, "Subject,Start\nLunch,2026-10-01\n").expect("write");
    let (mut h, dialogs) = start();
    let before = h.state().document().project().clone();
    dialogs.borrow_mut().import_answers.push_back(Some(path));
    click(&mut h, "File");
    h.get_by_label_contains("Import Calendar…").click();
    h.run_steps(4);
    assert!(h.query_by_label_contains("The calendar could not be read; nothing was changed.").is_some());
    assert!(h.query_by_label_contains("does not start with BEGIN:VCALENDAR").is_some());
    click(&mut h, "Cancel");
    assert!(!h.state().calendar_import_open());
    assert_eq!(h.state().document().project(), &before);
    assert!(!h.state().document().is_dirty());
}
