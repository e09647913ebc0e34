//! Presentation mode: F5 puts the map alone on the wall, the arrow keys
//! step a spotlight through our team or their key pieces, Esc comes back.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{ContactId, MemberId, PersonRef};
use gambit::scene::frame::Owner;

fn start() -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(1920.0, 1080.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(4);
    h
}

fn press(h: &mut Harness<'_, GambitApp>, key: Key) {
    h.key_press(key);
    h.run_steps(4);
}

fn caption(h: &Harness<'_, GambitApp>) -> Option<String> {
    let out = h.output();
    let mut found = None;
    for clipped in &out.shapes {
        if let egui::Shape::Text(t) = &clipped.shape
            && t.galley.job.sections.first().is_some_and(|s| s.format.font_id.size == 30.0)
        {
            found = Some(t.galley.text().to_owned());
        }
    }
    found
}

#[test]
fn f5_presents_the_map_and_esc_comes_back() {
    let mut h = start();
    assert!(h.query_by_label("File").is_some());
    press(&mut h, Key::F5);
    assert!(h.state().is_presenting());
    assert_eq!(h.state().current_view(), gambit::app::views::ViewKind::Map);
    assert!(h.query_by_label("File").is_none(), "menus are hidden");
    assert!(h.query_by_label("Add contact").is_none(), "editing chrome is hidden");
    assert!(caption(&h).is_some_and(|c| c.starts_with("Nordvik Foods Group")));
    press(&mut h, Key::Escape);
    assert!(!h.state().is_presenting());
    assert!(h.query_by_label("File").is_some());
}

#[test]
fn arrow_keys_step_the_spotlight_through_the_team_then_key_pieces() {
    let mut h = start();
    press(&mut h, Key::F5);
    press(&mut h, Key::ArrowRight);
    let view = h.state().map_view();
    assert!(view.is_lit(PersonRef::Member(MemberId(1))), "Karin first");
    assert!(view.is_lit(PersonRef::Contact(ContactId(10))), "with the people she knows");
    assert!(view.is_dimmed(PersonRef::Contact(ContactId(7))), "and the rest dimmed");
    assert_eq!(caption(&h).as_deref(), Some("Karin Lindqvist — 11 people they know here"));
    press(&mut h, Key::ArrowRight);
    assert!(caption(&h).is_some_and(|c| c.starts_with("Erik Sandberg")));
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::ArrowLeft);
    assert!(
        caption(&h).is_some_and(|c| c.starts_with("Johanna Berg") || c.starts_with("Mikkel")),
        "wraps round: {:?}",
        caption(&h)
    );
    // Key pieces: Kings first, most influential first, then by name.
    press(&mut h, Key::K);
    assert_eq!(caption(&h).as_deref(), Some("Birgitte Kjær (King) — covered by: nobody on our team"));
    press(&mut h, Key::ArrowRight);
    assert_eq!(caption(&h).as_deref(), Some("Henrik Åberg (King) — covered by: Erik Sandberg 3/5, Margareta Holm 2/5"));
}

#[test]
fn presenting_never_edits_the_project() {
    let mut h = start();
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    // Henrik selected: Delete in the editor would delete him.
    h.get_by_label("K Henrik Åberg — Group CEO").click();
    h.run_steps(4);
    let henrik = PersonRef::Contact(ContactId(1));
    assert_eq!(h.state().ui_state().selection.person(), Some(henrik));
    press(&mut h, Key::F5);
    for key in [Key::Delete, Key::Backspace, Key::C, Key::B, Key::T, Key::F, Key::Plus] {
        press(&mut h, key);
    }
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run_steps(2);
    assert_eq!(h.state().ui_state().selection.person(), Some(henrik), "still selected while presenting");
    assert_eq!(h.state().document().project().accounts[0].contacts.len(), 43, "nobody deleted");
    assert_eq!(h.state().document().project().accounts[0].map.layout, gambit::model::MapLayout::Force);
    assert!(!h.state().document().is_dirty());
    // The same key back at the desk does delete: the keys above were really pressed.
    press(&mut h, Key::Escape);
    press(&mut h, Key::Delete);
    assert_eq!(h.state().document().project().accounts[0].contacts.len(), 42);
}

/// Picks from a type-ahead field by typing a few letters, as a
/// facilitator would, then Tab on.
fn choose(h: &mut Harness<'_, GambitApp>, field: &str, letters: &str) {
    type_into(h, field, letters);
    h.key_press(Key::Tab);
    h.run_steps(2);
}

fn type_into(h: &mut Harness<'_, GambitApp>, field: &str, text: &str) {
    h.get_by_label(field).focus();
    h.run_steps(1);
    h.get_by_label(field).type_text(text);
    h.run_steps(1);
}

#[test]
fn capture_starts_from_the_person_in_the_spotlight() {
    let mut h = start();
    press(&mut h, Key::F5);
    press(&mut h, Key::K); // from off, their key pieces: Birgitte Kjær, then Henrik Åberg
    assert!(caption(&h).is_some_and(|c| c.starts_with("Birgitte Kjær")), "K: their key pieces, as the hint says");
    press(&mut h, Key::ArrowRight);
    assert!(caption(&h).is_some_and(|c| c.starts_with("Henrik Åberg")));
    press(&mut h, Key::N);
    let account = &h.state().document().project().accounts[0];
    let henrik = account.contacts.iter().find(|c| c.name == "Henrik Åberg").expect("Henrik");
    let form = h.state().map_view().capture().expect("the form is open");
    assert_eq!(form.unit, henrik.unit, "his business unit");
    assert_eq!(form.owner, Some(MemberId(2)), "Erik Sandberg knows him best (3/5)");
    assert!(form.product.is_none() && form.value_k.is_empty(), "the rest is for the room to say");
    press(&mut h, Key::Escape);
    assert!(h.state().map_view().capture().is_none());

    // One of our people in the spotlight owns what the room finds.
    press(&mut h, Key::K); // back to our team: Karin Lindqvist, then Erik Sandberg
    press(&mut h, Key::ArrowRight);
    assert!(caption(&h).is_some_and(|c| c.starts_with("Erik Sandberg")));
    press(&mut h, Key::N);
    let form = h.state().map_view().capture().expect("the form is open");
    assert_eq!((form.unit, form.owner), (None, Some(MemberId(2))));
}

#[test]
fn capture_three_opportunities_then_undo_one() {
    let mut h = start();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    h.state_mut().set_today(today);
    let frozen = gambit::model::UnitId(6);
    let line_automation = gambit::model::ProductId(1);
    let before = match h.state().document().project().accounts[0].plan.cell(line_automation, frozen) {
        Some(gambit::model::CellState::Opportunity { value, .. }) => *value,
        None => 0.0,
        other => panic!("the demo cell should be open or an opportunity, not {other:?}"),
    };
    let earlier = h.state().document().project().accounts[0].plan.opportunities.len();
    press(&mut h, Key::F5);
    press(&mut h, Key::N);
    // A few letters each: "frozen" is Frozen Foods Division, "line" Line automation.
    let ideas = [
        ("frozen", "line", "8000", "Meet Fredrik Lund"),
        ("it", "predictive", "450", "Security workshop with Nils"),
        ("kold", "operator", "120", "Offer a course"),
    ];
    for (i, (unit, product, value, next)) in ideas.into_iter().enumerate() {
        h.get_by_label("Business unit").focus();
        h.run_steps(1);
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.run_steps(1);
        choose(&mut h, "Business unit", unit);
        choose(&mut h, "Product or service", product);
        type_into(&mut h, "Value (thousands)", value);
        if i == 0 {
            choose(&mut h, "Owner on our team", "karin");
        }
        type_into(&mut h, "Next step", next);
        if i == 2 {
            h.key_press(Key::Enter); // Enter in the last field adds it
        } else {
            h.get_by_label("Add opportunity").click();
        }
        h.run_steps(3);
    }
    let plan = &h.state().document().project().accounts[0].plan;
    let found: Vec<_> = plan.opportunities.iter().filter(|o| o.found == Some(today)).collect();
    assert_eq!(found.len(), 3);
    let project = h.state().document().project();
    let named: Vec<(String, String)> = found
        .iter()
        .map(|o| {
            let unit = project.accounts[0].unit(o.unit).map(|u| u.name.clone()).unwrap_or_default();
            let product =
                project.products.iter().find(|p| p.id == o.product).map(|p| p.name.clone()).unwrap_or_default();
            (unit, product)
        })
        .collect();
    let want = [
        ("Frozen Foods Division", "Line automation"),
        ("Group IT", "Predictive maintenance"),
        ("Plant Kolding", "Operator training"),
    ];
    assert_eq!(named, want.map(|(u, p)| (u.to_owned(), p.to_owned())), "a few letters picked each");
    assert!(
        found.iter().all(|o| o.owner == Some(MemberId(1))),
        "Karin owns all three: the owner stays for the next idea"
    );
    let (count, total) = h.state().document().project().accounts[0].plan.found_on(h.state().ui_state().today.0);
    assert_eq!((count, total), (3, 8_570_000.0));
    assert_eq!(
        gambit::app::views::map::present::tally_text(count, total),
        "Opportunities found today: 3 · worth 8.6 M",
        "the wall reads the count and the value"
    );
    assert_eq!(
        plan.cell(line_automation, frozen),
        Some(&gambit::model::CellState::Opportunity {
            value: before + 8_000_000.0,
            next_step: "Meet Fredrik Lund".into()
        }),
        "the matrix cell grows by the new opportunity"
    );
    press(&mut h, Key::Escape);
    assert!(h.state().is_presenting(), "Esc closes the form first");
    assert!(!h.state().map_view().capture_open());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(
        h.state().document().project().accounts[0].plan.opportunities.len(),
        earlier + 2,
        "one undo removes one opportunity"
    );
}

/// Everyone drawn on the map, on screen: (inside the map's area, the share
/// of its width and of its height they span).
fn fitted(h: &Harness<'_, GambitApp>) -> (bool, f32, f32) {
    let view = h.state().map_view();
    let rect = view.canvas_rect();
    let project = h.state().document().project();
    let account = project.account(h.state().current_account().expect("an account")).expect("in the project");
    let people = account.contacts.iter().map(|c| PersonRef::Contact(c.id));
    let at: Vec<egui::Pos2> = people.filter_map(|p| view.screen_position(p)).collect();
    let bounds = egui::Rect::from_points(&at);
    (rect.expand(1.0).contains_rect(bounds), bounds.width() / rect.width(), bounds.height() / rect.height())
}

fn settle(h: &mut Harness<'_, GambitApp>) {
    for _ in 0..200 {
        h.run_steps(2);
        if !h.state().map_view().is_animating() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run_steps(3);
}

#[test]
fn the_map_fits_itself_to_f5_a_maximised_window_and_back_unless_the_user_zoomed() {
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.get_by_label("Map").click();
    settle(&mut h);
    let editor = h.state().map_view().canvas_rect();
    press(&mut h, Key::F5);
    settle(&mut h);
    let wall = h.state().map_view().canvas_rect();
    assert!(wall.width() > editor.width() * 1.2, "the map has the whole screen: {wall:?} after {editor:?}");
    let (inside, w, hgt) = fitted(&h);
    assert!(inside && (w > 0.5 || hgt > 0.5), "F5 fits the map to the screen without F: {w:.2} x {hgt:.2}");

    h.set_size(egui::vec2(1920.0, 1080.0)); // F11 on a projector, or maximising
    settle(&mut h);
    let (inside, w, hgt) = fitted(&h);
    assert!(inside && (w > 0.5 || hgt > 0.5), "refitted to the bigger screen: {w:.2} x {hgt:.2}");

    press(&mut h, Key::Escape);
    settle(&mut h);
    assert!(!h.state().is_presenting());
    let (inside, ..) = fitted(&h);
    assert!(inside, "leaving presentation fits the editor's smaller map, not left zoomed in");

    // Once the user zooms, a change of size leaves their view alone.
    press(&mut h, Key::Plus);
    let zoom = h.state().map_view().zoom();
    h.set_size(egui::vec2(1280.0, 800.0));
    settle(&mut h);
    assert_eq!(h.state().map_view().zoom(), zoom, "the user's zoom is kept");
}

fn presenting_at(width: f32, height: f32) -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(width, height)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(4);
    press(&mut h, Key::F5);
    settle(&mut h);
    h
}

fn spotlit_on_screen(h: &Harness<'_, GambitApp>) -> Option<egui::Pos2> {
    let project = h.state().document().project();
    let account = project.account(h.state().current_account()?)?;
    let view = h.state().map_view();
    view.screen_position(view.spotlit(project, account)?)
}

#[test]
fn the_wall_legend_never_covers_the_person_in_the_spotlight() {
    for (width, height) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        let mut h = presenting_at(width, height);
        let mut near_the_legends_corner = 0;
        // Our team, then (K) their key pieces: every stop of the spotlight.
        for round in 0..2 {
            if round == 1 {
                press(&mut h, Key::K);
            }
            for _ in 0..14 {
                press(&mut h, Key::ArrowRight);
                let Some(at) = spotlit_on_screen(&h) else { continue };
                let rect = h.state().map_view().canvas_rect();
                if at.x < rect.center().x && at.y > rect.center().y {
                    near_the_legends_corner += 1;
                }
                if let Some(legend) = h.state().map_view().wall_legend_rect() {
                    assert!(!legend.expand(10.0).contains(at), "{width}x{height}: the legend {legend:?} covers {at:?}");
                }
            }
        }
        assert!(
            near_the_legends_corner > 0,
            "{width}x{height}: someone in the spotlight stood where the legend starts"
        );
    }
}

/// Whether two boxes (x, y, width, height) share area.
fn boxes_meet(a: [f32; 4], b: [f32; 4]) -> bool {
    a[0] + a[2] > b[0] && b[0] + b[2] > a[0] && a[1] + a[3] > b[1] && b[1] + b[3] > a[1]
}

/// Whether a box and a disc share area.
fn box_meets_disc(b: [f32; 4], (cx, cy): (f32, f32), r: f32) -> bool {
    let (nx, ny) = (cx.clamp(b[0], b[0] + b[2]), cy.clamp(b[1], b[1] + b[3]));
    (nx - cx).powi(2) + (ny - cy).powi(2) < r * r
}

/// On the wall as the room sees it: everyone on the map is on screen, a
/// piece, and named (but for someone the legend covers while the spotlight
/// is on others); no name lies on another or on someone else's piece; the
/// caption, tally, key hint and legend cover neither the spotlit person nor
/// those it lights (with no spotlight, no one), nor any name.
fn assert_the_wall_reads(h: &Harness<'_, GambitApp>, what: &str) {
    let view = h.state().map_view();
    let (labels, pieces) = view.last_frame();
    let rect = view.canvas_rect();
    let project = h.state().document().project();
    let account = &project.accounts[0];
    let everyone = gambit::analysis::people_on_map(project, account);
    let spotlight = view.spotlit(project, account).is_some();
    let boxes = view.wall_boxes();
    let under = |c: (f32, f32), r: f32| boxes.iter().any(|w| box_meets_disc(*w, c, r));
    for p in &everyone {
        let piece = pieces.iter().find(|x| x.person == *p).unwrap_or_else(|| panic!("{what}: {p:?} is drawn"));
        let matters = !spotlight || view.is_lit(*p);
        assert!(!(matters && under(piece.centre, piece.reach)), "{what}: the wall covers {p:?}");
        assert!(!piece.dot, "{what}: {p:?} is a piece, not a dot");
        assert!(rect.contains(egui::pos2(piece.centre.0, piece.centre.1)), "{what}: {p:?} is on screen");
        if !under(piece.centre, 0.1) {
            let named = labels.iter().any(|l| l.owner == Owner::Person(*p));
            assert!(named, "{what}: {p:?} at {:?} is named", piece.centre);
        }
    }
    for (i, a) in labels.iter().enumerate() {
        assert!(!a.forced, "{what}: {a:?} placed by force");
        for b in &labels[i + 1..] {
            assert!(!boxes_meet(a.rect, b.rect), "{what}: {a:?} on {b:?}");
        }
        for p in pieces.iter().filter(|p| a.owner != Owner::Person(p.person)) {
            assert!(!box_meets_disc(a.rect, p.centre, p.reach), "{what}: {a:?} on {:?}", p.person);
        }
        for w in &boxes {
            assert!(!boxes_meet(*w, a.rect), "{what}: the wall's box {w:?} covers {a:?}");
        }
    }
}

#[test]
fn the_demo_on_the_wall_names_everyone_and_covers_no_one() {
    for (w, hgt) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        let mut h = presenting_at(w, hgt);
        h.run_steps(4);
        assert_the_wall_reads(&h, &format!("{w}x{hgt}"));
        press(&mut h, Key::K);
        for stop in 0..4 {
            press(&mut h, Key::ArrowRight);
            h.run_steps(10);
            assert_the_wall_reads(&h, &format!("{w}x{hgt}, key piece {stop} in the spotlight"));
        }
    }
}

#[test]
fn l_hides_the_wall_legend_and_everything_on_the_wall_reads_from_the_back_of_the_room() {
    let mut h = presenting_at(1920.0, 1080.0);
    assert!(h.state().map_view().wall_legend_rect().is_some());
    let out = h.output();
    // Every text but the marks on pieces (stance marks, initials, counts:
    // one or two characters, or in the mono type of marks).
    let sizes: Vec<f32> = out
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Text(t) if t.galley.text().chars().count() > 2 => t.galley.job.sections.first(),
            _ => None,
        })
        .filter(|s| s.format.font_id.family != egui::FontFamily::Monospace)
        .map(|s| s.format.font_id.size)
        .collect();
    let smallest = sizes.iter().copied().fold(f32::MAX, f32::min);
    assert!(smallest >= 18.0, "the smallest text on the wall is {smallest} px at 1080p");
    press(&mut h, Key::L);
    assert!(h.state().map_view().wall_legend_rect().is_none(), "L hides the legend");
    press(&mut h, Key::L);
    assert!(h.state().map_view().wall_legend_rect().is_some(), "and shows it again");
}

/// Types as a keyboard does, into whatever has the focus.
fn keys(h: &mut Harness<'_, GambitApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run_steps(2);
}

#[test]
fn capture_by_keyboard_alone_takes_exactly_what_is_typed() {
    let mut h = start();
    press(&mut h, Key::F5);
    press(&mut h, Key::K);
    press(&mut h, Key::ArrowRight); // Henrik Åberg: his unit, and Erik Sandberg as owner
    press(&mut h, Key::N);
    h.run_steps(2);
    // The keyboard starts in the first empty field, the product (as the README says).
    keys(&mut h, "line");
    press(&mut h, Key::Tab);
    keys(&mut h, "800");
    press(&mut h, Key::Tab);
    // Tabbing into the pre-filled owner selects it: typing replaces it.
    keys(&mut h, "karin");
    press(&mut h, Key::Tab);
    keys(&mut h, "Call him");
    let form = h.state().map_view().capture().expect("open");
    assert_eq!(form.owner, Some(MemberId(1)), "Karin Lindqvist, not \"Erik Sandbergkarin\" (no one)");
    press(&mut h, Key::Enter);
    let plan = &h.state().document().project().accounts[0].plan;
    let added = plan.opportunities.last().expect("added");
    assert_eq!((added.value, added.owner, added.next_step.as_str()), (800_000.0, Some(MemberId(1)), "Call him"));
}

#[test]
fn a_second_idea_for_the_same_cell_asks_whether_to_add_to_it_or_replace_it() {
    let mut h = start();
    let (frozen, line) = (gambit::model::UnitId(6), gambit::model::ProductId(1));
    press(&mut h, Key::F5);
    let add = |h: &mut Harness<'_, GambitApp>, value: &str, replace: bool| {
        press(h, Key::N);
        choose(h, "Business unit", "frozen");
        choose(h, "Product or service", "line");
        type_into(h, "Value (thousands)", value);
        if replace {
            h.get_by_label("Replace its value and next step").click();
            h.run_steps(2);
        }
        h.get_by_label("Add opportunity").click();
        h.run_steps(3);
        press(h, Key::Escape);
    };
    let cell = |h: &Harness<'_, GambitApp>| match h.state().document().project().accounts[0].plan.cell(line, frozen) {
        Some(gambit::model::CellState::Opportunity { value, .. }) => *value,
        _ => 0.0,
    };
    add(&mut h, "100", false);
    let first = cell(&h);
    press(&mut h, Key::N);
    choose(&mut h, "Business unit", "frozen");
    choose(&mut h, "Product or service", "line");
    assert!(h.query_by_label_contains("already have an opportunity").is_some(), "the form says the cell holds one");
    press(&mut h, Key::Escape);
    add(&mut h, "50", false);
    assert_eq!(cell(&h), first + 50_000.0, "added to it");
    add(&mut h, "70", true);
    assert_eq!(cell(&h), 70_000.0, "replaced");
}

/// At 1280x800 the picker's list stands beside its field and never over
/// the fields still to fill; an idea added is confirmed at the top of the
/// emptied form, and that line was there before, so no field moved.
#[test]
fn capture_list_leaves_the_fields_in_view_and_says_what_was_added() {
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(4);
    press(&mut h, Key::F5);
    press(&mut h, Key::N);
    let fields = ["Business unit", "Product or service", "Value (thousands)", "Owner on our team", "Next step"];
    let rects = |h: &Harness<'_, GambitApp>| fields.map(|f| h.get_by_label(f).rect());
    let before = rects(&h);
    for (field, letters, shown) in
        [("Business unit", "o", "Frozen Foods Division"), ("Owner on our team", "a", "Karin Lindqvist")]
    {
        type_into(&mut h, field, letters);
        h.run_steps(2);
        let item = h.get_by_label(shown).rect();
        for (name, r) in fields.iter().zip(rects(&h)) {
            assert!(!item.intersects(r), "the list's {shown} covers {name}: {item:?} over {r:?}");
        }
        h.key_press(Key::Tab);
        h.run_steps(2);
    }
    choose(&mut h, "Product or service", "line");
    type_into(&mut h, "Value (thousands)", "450");
    type_into(&mut h, "Next step", "Workshop");
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert!(h.state().map_view().capture_open(), "open for the next idea");
    assert!(h.query_by_label_contains("Added: Line automation for Nordvik Foods Group").is_some());
    assert_eq!(rects(&h), before, "no field moved");
}
