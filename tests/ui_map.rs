//! The relationship map driven like a user would: clicking and dragging
//! people by their place on screen, keys, and the side panel.

use egui::{Event, Key, Modifiers, PointerButton, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{ContactId, MapLayout, MemberId, PersonRef, RelKind};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;
const STEPS: usize = 4;

fn henrik() -> PersonRef {
    PersonRef::Contact(ContactId(1))
}
fn fredrik() -> PersonRef {
    PersonRef::Contact(ContactId(7))
}
fn karin() -> PersonRef {
    PersonRef::Member(MemberId(1))
}

fn open_map(path: Option<PathBuf>) -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, path, Box::new(d), RecentFiles::default()));
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(STEPS);
    h.get_all_by_label(&gambit::app::views::ViewKind::Map.label()).next().expect("Map tab").click();
    h.run_steps(STEPS);
    (h, dialogs)
}

fn step(h: &mut Harness<'_, GambitApp>) {
    h.run_steps(STEPS);
}

fn on_screen(h: &Harness<'_, GambitApp>, p: PersonRef) -> Pos2 {
    h.state().map_view().screen_position(p).expect("person on the map")
}

/// Clicks like a person: modifiers held down around the whole click.
fn click_at(h: &mut Harness<'_, GambitApp>, pos: Pos2, modifiers: Modifiers) {
    h.event(Event::PointerMoved(pos));
    h.event(Event::ModifiersChanged(modifiers));
    h.step();
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed: true, modifiers });
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed: false, modifiers });
    h.step();
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    step(h);
}

fn click_person(h: &mut Harness<'_, GambitApp>, p: PersonRef, modifiers: Modifiers) {
    let at = on_screen(h, p);
    click_at(h, at, modifiers);
}

fn drag_person(h: &mut Harness<'_, GambitApp>, p: PersonRef, by: Vec2) {
    let at = on_screen(h, p);
    drag(h, at, by);
}

fn drag(h: &mut Harness<'_, GambitApp>, from: Pos2, by: Vec2) {
    h.event(Event::PointerMoved(from));
    h.step();
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    for i in 1..=6 {
        h.event(Event::PointerMoved(from + by * (i as f32 / 6.0)));
        h.step();
    }
    let to = from + by;
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    step(h);
}

fn press(h: &mut Harness<'_, GambitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    step(h);
}

fn account<'a>(h: &'a Harness<'_, GambitApp>) -> &'a gambit::model::Account {
    &h.state().document().project().accounts[0]
}

#[test]
fn clicking_a_piece_selects_that_person() {
    let (mut h, _) = open_map(None);
    let at = on_screen(&h, henrik());
    assert!(h.state().map_view().canvas_rect().contains(at), "Henrik is in view after fitting");
    click_at(&mut h, at, Modifiers::NONE);
    assert_eq!(h.state().ui_state().selection.person(), Some(henrik()));
    assert!(h.query_by_label("Henrik Åberg").is_some(), "the side panel shows him");
}

#[test]
fn dragging_pins_a_person_and_undo_puts_them_back() {
    let (mut h, _) = open_map(None);
    let before = h.state().map_view().shown_position(henrik()).expect("in his unit's place");
    assert!(!account(&h).map.positions.contains_key(&henrik()), "nothing saved: the unit's place holds him");
    drag_person(&mut h, henrik(), Vec2::new(60.0, 40.0));
    let after = account(&h).map.positions[&henrik()];
    assert!(after.pinned, "dragging pins");
    assert!(after.x > before.x && after.y > before.y, "{before:?} -> {after:?}");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!account(&h).map.positions.contains_key(&henrik()));
    for _ in 0..30 {
        step(&mut h);
    }
    let back = h.state().map_view().shown_position(henrik()).expect("drawn");
    assert!(back.distance(before) < 1.0, "back in his place: {back:?} vs {before:?}");
}

#[test]
fn a_multi_selection_moves_together() {
    let (mut h, _) = open_map(None);
    let per = PersonRef::Contact(ContactId(3));
    let view = h.state().map_view();
    let (h0, p0) = (view.shown_position(henrik()).expect("drawn"), view.shown_position(per).expect("drawn"));
    click_person(&mut h, henrik(), Modifiers::NONE);
    click_person(&mut h, per, Modifiers::COMMAND);
    assert_eq!(h.state().ui_state().selection.also(), &[per]);
    drag_person(&mut h, henrik(), Vec2::new(-50.0, 30.0));
    let (h1, p1) = (account(&h).map.positions[&henrik()], account(&h).map.positions[&per]);
    assert!(((h1.x - h0.x) - (p1.x - p0.x)).abs() < 1.5 && ((h1.y - h0.y) - (p1.y - p0.y)).abs() < 1.5);
    assert!(h1.x < h0.x);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(account(&h).map.positions.is_empty(), "one undo step lets both go back to their places");
}

#[test]
fn connect_two_people_then_edit_and_undo() {
    let (mut h, _) = open_map(None);
    let lines = account(&h).relationships.len();
    press(&mut h, Modifiers::NONE, Key::C);
    click_person(&mut h, karin(), Modifiers::NONE);
    click_person(&mut h, fredrik(), Modifiers::NONE);
    let a = account(&h);
    assert_eq!(a.relationships.len(), lines + 1);
    let new = a.relationships.last().expect("new line");
    assert_eq!((new.from, new.to, new.kind, new.strength), (karin(), fredrik(), RelKind::Knows, 3));

    // The new line is open for editing; a strength-3 line covers the King now.
    assert!(h.query_by_label("Relationship").is_some());
    assert!(!gambit::analysis::coverage::coverage(account(&h)).is_uncovered_key(ContactId(7)));
    h.get_by_label("Note").focus();
    step(&mut h);
    h.get_by_label("Note").type_text("Met at the frozen-line kickoff");
    step(&mut h);
    assert_eq!(account(&h).relationships.last().expect("line").note, "Met at the frozen-line kickoff");
    press(&mut h, Modifiers::NONE, Key::Escape);
    // The Edit menu says what each step did, and to whom.
    let edit_menu = |h: &mut Harness<'_, GambitApp>, item: &str| {
        h.get_by_label("Edit").click();
        step(h);
        let found = h.query_by_label_contains(item).is_some();
        h.get_by_label("Edit").click();
        step(h);
        found
    };
    assert!(edit_menu(&mut h, "Undo: Edit the line between Karin Lindqvist and Fredrik Lund"));
    h.get_by_label("Note").focus();
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(account(&h).relationships.last().expect("line").note, "");
    assert!(edit_menu(&mut h, "Undo: Connect Karin Lindqvist and Fredrik Lund"));
    assert!(h.query_by_label_contains("Undone: Edit the line between Karin Lindqvist and Fredrik Lund").is_some());
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(account(&h).relationships.len(), lines);
}

#[test]
fn connect_mode_ends_with_the_line_unless_shift_is_held() {
    let (mut h, _) = open_map(None);
    let lines = account(&h).relationships.len();
    press(&mut h, Modifiers::NONE, Key::C);
    click_person(&mut h, karin(), Modifiers::NONE);
    click_person(&mut h, fredrik(), Modifiers::NONE);
    assert_eq!(account(&h).relationships.len(), lines + 1);
    // The next two clicks select, they draw nothing.
    click_person(&mut h, karin(), Modifiers::NONE);
    assert_eq!(h.state().ui_state().selection.person(), Some(karin()), "a click selects again");
    click_person(&mut h, henrik(), Modifiers::NONE);
    assert_eq!(account(&h).relationships.len(), lines + 1, "no second line");
    // With Shift on the second click, the mode stays for the next line.
    press(&mut h, Modifiers::NONE, Key::C);
    click_person(&mut h, karin(), Modifiers::NONE);
    click_person(&mut h, henrik(), Modifiers::SHIFT);
    click_person(&mut h, henrik(), Modifiers::NONE);
    click_person(&mut h, fredrik(), Modifiers::NONE);
    assert_eq!(account(&h).relationships.len(), lines + 3, "two lines in one go");
}

#[test]
fn double_click_on_empty_map_adds_a_contact_there() {
    let (mut h, _) = open_map(None);
    let rect = h.state().map_view().canvas_rect();
    let spot = rect.left_top() + Vec2::new(40.0, 60.0);
    // Let the click on the Map tab age, so the double-click is not a triple.
    h.run_steps(60);
    h.event(Event::PointerMoved(spot));
    h.step();
    // The harness advances time in big steps: both clicks go in one frame.
    for _ in 0..2 {
        h.event(Event::PointerButton {
            pos: spot,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        h.event(Event::PointerButton {
            pos: spot,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
    }
    h.step();
    step(&mut h);
    let a = account(&h);
    assert_eq!(a.contacts.len(), 44);
    let new = PersonRef::Contact(a.contacts.last().expect("new").id);
    assert_eq!(h.state().ui_state().selection.person(), Some(new));
    let drawn = on_screen(&h, new);
    assert!(drawn.distance(spot) < 3.0, "added where clicked: {drawn:?} vs {spot:?}");
}

#[test]
fn delete_key_removes_a_person_with_their_lines_and_undo_restores() {
    let (mut h, _) = open_map(None);
    let before = account(&h).clone();
    click_person(&mut h, henrik(), Modifiers::NONE);
    press(&mut h, Modifiers::NONE, Key::Delete);
    assert!(account(&h).contact(ContactId(1)).is_none());
    assert_eq!(account(&h).relationships_of(henrik()).count(), 0);
    assert!(h.state().document().problems().is_empty());
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(account(&h), &before);
}

#[test]
fn add_contact_button_then_edit_in_side_panel() {
    let (mut h, _) = open_map(None);
    h.get_by_label("Add contact").click();
    step(&mut h);
    assert_eq!(account(&h).contacts.len(), 44);
    h.get_by_label("Name").focus();
    step(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Name").type_text("Ulla Borg");
    step(&mut h);
    assert_eq!(account(&h).contacts.last().expect("new").name, "Ulla Borg");
}

#[test]
fn switching_to_the_board_and_back_is_view_state_not_a_change_to_save() {
    let (mut h, _) = open_map(None);
    assert!(!h.state().document().is_dirty());
    h.get_by_label("Board layout").click();
    h.run_steps(90);
    assert_eq!(account(&h).map.layout, MapLayout::Board, "kept in the project, saved with it");
    assert!(!h.state().document().is_dirty(), "switching alone does not ask to be saved");
    assert!(h.state().document().undo_label().is_none(), "nor is it an undo step");
    // On the board, Henrik (board level) is above Karin (our team).
    assert!(on_screen(&h, henrik()).y < on_screen(&h, karin()).y);
    h.get_by_label("Force layout").click();
    h.run_steps(4);
    assert_eq!(account(&h).map.layout, MapLayout::Force);
}

#[test]
fn selecting_a_team_member_lights_their_contacts() {
    let (mut h, _) = open_map(None);
    click_person(&mut h, karin(), Modifiers::NONE);
    step(&mut h);
    let view = h.state().map_view();
    assert!(view.is_lit(PersonRef::Contact(ContactId(10))), "Karin knows Tove");
    assert!(view.is_dimmed(fredrik()), "Karin does not know Fredrik");
}

#[test]
fn how_do_we_reach_shows_the_warm_path() {
    let (mut h, _) = open_map(None);
    click_person(&mut h, fredrik(), Modifiers::NONE);
    h.get_by_label("How do we reach them?").click();
    step(&mut h);
    let path = h.state().map_view().path().expect("a path").clone();
    assert_eq!(*path.people.last().expect("target"), fredrik());
    assert!(h.state().map_view().is_lit(path.people[0]));
    assert!(h.query_by_label_contains("How we reach Fredrik Lund").is_some());
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().map_view().path().is_none());
}

#[test]
fn search_finds_and_selects_a_person() {
    let (mut h, _) = open_map(None);
    let search = h.get_by_role(egui::accesskit::Role::TextInput);
    search.focus();
    step(&mut h);
    h.get_by_role(egui::accesskit::Role::TextInput).type_text("frozen");
    step(&mut h);
    h.key_press(Key::Enter);
    step(&mut h);
    assert_eq!(h.state().ui_state().selection.person(), Some(fredrik()), "found by title");
    let rect = h.state().map_view().canvas_rect();
    assert!(
        rect.center().distance(on_screen(&h, fredrik())) < 5.0,
        "centred on him: {:?} {:?}",
        rect,
        on_screen(&h, fredrik())
    );
}

#[test]
fn coverage_summary_lists_uncovered_key_people() {
    let (mut h, _) = open_map(None);
    h.get_by_label("Coverage").click();
    step(&mut h);
    assert!(h.query_by_label("Key people nobody covers (10)").is_some());
    assert!(h.query_by_label("! Fredrik Lund — Head of Frozen Foods Division").is_some());
    // Annika is on both lists; the rules under the headings say why.
    assert!(h.query_by_label("! Annika Berg — Chief Procurement Officer").is_some());
    assert!(h.query_by_label("·1 Annika Berg — Chief Procurement Officer").is_some());
    assert!(h.query_by_label_contains("line of strength 3 or more").is_some());
    assert!(h.query_by_label_contains("Someone can be on both lists").is_some());
}

#[test]
fn the_map_is_as_it_was_left_after_save_and_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = open_map(None);
    drag_person(&mut h, henrik(), Vec2::new(70.0, -30.0));
    h.get_by_label("Add contact").click();
    step(&mut h);
    let saved_map = account(&h).map.clone();
    let path = dir.path().join("nordvik.kam");
    dialogs.borrow_mut().save_answers.push_back(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND, Key::S);
    let (h2, _) = open_map(Some(path));
    assert_eq!(account(&h2).map, saved_map);
    for (person, pos) in &saved_map.positions {
        let shown = h2.state().map_view().shown_position(*person).expect("drawn");
        assert!((shown.x - pos.x).abs() < 0.01 && (shown.y - pos.y).abs() < 0.01);
    }
}

#[test]
fn unpin_lets_the_layout_move_them_again() {
    let (mut h, _) = open_map(None);
    drag_person(&mut h, henrik(), Vec2::new(40.0, 0.0));
    assert!(account(&h).map.positions[&henrik()].pinned);
    h.get_by_label("Unpin").click();
    step(&mut h);
    assert!(!account(&h).map.positions[&henrik()].pinned);
}

#[test]
fn after_add_contact_typing_goes_into_the_new_persons_name() {
    let (mut h, _) = open_map(None);
    let contacts = account(&h).contacts.len();
    h.get_by_label("Add contact").click();
    step(&mut h);
    step(&mut h);
    h.event(egui::Event::Text("Ingrid Holm".into()));
    step(&mut h);
    let a = account(&h);
    assert_eq!(a.contacts.len(), contacts + 1);
    assert_eq!(a.contacts.last().expect("new").name, "Ingrid Holm", "typed over the placeholder");
    // Only once: the next frame leaves the keyboard where the user puts it.
    h.get_by_label("Title").focus();
    step(&mut h);
    h.event(egui::Event::Text("CFO".into()));
    step(&mut h);
    assert_eq!(account(&h).contacts.last().expect("new").title, "CFO");
}

#[test]
fn the_toolbar_keeps_its_shape_while_connecting() {
    let (mut h, _) = open_map(None);
    let export = |h: &Harness<'_, GambitApp>| h.get_by_label("Export").rect();
    let before = export(&h);
    h.key_press(Key::C);
    step(&mut h);
    let at = on_screen(&h, karin());
    click_at(&mut h, at, Modifiers::NONE);
    assert!(h.query_by_label_contains("now click the second person").is_none(), "the button's label stays \"Connect\"");
    assert_eq!(export(&h), before, "nothing in the toolbar moved");
    assert!(h.query_by_label("Connect").is_some());
}

#[test]
fn the_people_list_says_what_its_letters_and_marks_mean() {
    let (h, _) = open_map(None);
    assert!(h.query_by_label_contains("The letter is the piece (K King, Q Queen").is_some());
    assert!(h.query_by_label_contains("! marks a key person nobody covers").is_some(), "the demo has some");
}

/// Selecting people opens their details in the side panel; the toolbar
/// beside it keeps its shape whoever is selected, in Swedish too (where
/// "Ta bort" used to start a second row when the panel grew).
#[test]
fn the_toolbar_stays_put_whoever_is_selected() {
    for lang in [gambit::i18n::Language::English, gambit::i18n::Language::Swedish] {
        gambit::i18n::set_language(lang);
        let (mut h, _) = open_map(None);
        let search = |h: &Harness<'_, GambitApp>| (h.get_by_label(&gambit::i18n::tr("file-export")).rect(), ());
        let side = |h: &Harness<'_, GambitApp>| h.state().map_view().canvas_rect();
        let before = (search(&h).0, side(&h));
        let people: Vec<PersonRef> = account(&h)
            .contacts
            .iter()
            .map(|c| PersonRef::Contact(c.id))
            .chain([karin(), PersonRef::Member(MemberId(2))])
            .collect();
        for p in people {
            let Some(at) = h.state().map_view().screen_position(p) else { continue };
            if !before.1.contains(at) {
                continue;
            }
            click_at(&mut h, at, Modifiers::NONE);
            assert_eq!((search(&h).0, side(&h)), before, "{lang:?}: selecting {p:?} moved the toolbar or the map");
        }
    }
    gambit::i18n::set_language(gambit::i18n::Language::English);
}

/// A quick drag whose press, moves and release all arrive before the next
/// frame (as they do from a quick hand on a real window: egui then reports
/// neither a drag nor a click) still moves the person, as one undo step.
#[test]
fn a_drag_within_one_frame_still_moves() {
    let (mut h, _) = open_map(None);
    let from = on_screen(&h, henrik());
    let to = from + Vec2::new(80.0, 50.0);
    h.event(Event::PointerMoved(from));
    step(&mut h);
    let button = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    // All four in one frame's input.
    h.input_mut().events.extend([
        button(from, true),
        Event::PointerMoved(from + Vec2::new(30.0, 20.0)),
        Event::PointerMoved(to),
        button(to, false),
    ]);
    step(&mut h);
    let after = account(&h).map.positions.get(&henrik()).copied();
    assert!(after.is_some_and(|p| p.pinned), "the quick drag put him down: {after:?}");
    let shown = h.state().map_view().screen_position(henrik()).expect("drawn");
    assert!(shown.distance(to) < 3.0, "where the pointer let go: {shown:?} vs {to:?}");
    assert_eq!(h.state().ui_state().selection.person(), Some(henrik()), "and selected, as a drag does");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!account(&h).map.positions.contains_key(&henrik()), "one undo step");
}

/// On a 1,000-person account a quick drag (press, two moves, release, a
/// frame each) moves the person grabbed.
#[test]
fn a_quick_drag_on_a_large_map_moves_the_person() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("large.kam");
    let p = gambit::sample::project(gambit::sample::Size::KEY_ACCOUNT, 1);
    gambit::file::save(&p, &path).expect("saved");
    let (mut h, _) = open_map(Some(path));
    for _ in 0..10 {
        h.step();
    }
    let rect = h.state().map_view().canvas_rect().shrink(60.0);
    let who = account(&h)
        .contacts
        .iter()
        .map(|c| PersonRef::Contact(c.id))
        .find(|p| h.state().map_view().screen_position(*p).is_some_and(|at| rect.contains(at)))
        .expect("someone in view");
    let from = on_screen(&h, who);
    let button = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    h.event(Event::PointerMoved(from));
    h.event(button(from, true));
    h.step();
    h.event(Event::PointerMoved(from + Vec2::new(20.0, 10.0)));
    h.step();
    h.event(Event::PointerMoved(from + Vec2::new(50.0, 30.0)));
    h.event(button(from + Vec2::new(50.0, 30.0), false));
    step(&mut h);
    let after = account(&h).map.positions.get(&who).copied();
    assert!(after.is_some_and(|p| p.pinned), "{who:?} was not put down: {after:?}");
}
