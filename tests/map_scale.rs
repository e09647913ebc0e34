//! The map at the size of a real key account, driven as a user would:
//! it settles and then asks for nothing, culls what is off screen, shows
//! a selected person's neighbourhood, filters to the key people; units are
//! places that never overlap, and no name lies on another or on a piece.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::export::map::MapLook;
use gambit::model::{ContactId, MemberId, PersonRef, Piece};
use gambit::sample::{Size, project};
use gambit::scene::draw::{Look, View};
use gambit::scene::frame::{DrawnLine, Frame, FrameInput, Owner, frame};
use gambit::scene::palette::Palette;
use proptest::prelude::*;
use std::path::PathBuf;

fn open(path: Option<PathBuf>, size: egui::Vec2) -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(size).with_max_steps(2_000).build_eframe(move |cc| {
        let mut app =
            GambitApp::start(&cc.egui_ctx, path, Box::new(ScriptedDialogs::default()), RecentFiles::default());
        app.open_on(&cc.egui_ctx, Some(gambit::app::views::ViewKind::Map), false);
        app
    });
    h.run_steps(3);
    h
}

/// A plain click at a screen position, then frames until it shows.
fn click_at(h: &mut Harness<'_, GambitApp>, at: egui::Pos2) {
    h.event(egui::Event::PointerMoved(at));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
}

/// Whether the app comes to rest: a run of frames ends with one that asks
/// for no repaint. On a loaded machine the layout thread's last message can
/// land a frame after `settle` returns, so this gives it a few tries.
fn idles(h: &mut Harness<'_, GambitApp>) -> bool {
    (0..5).any(|_| {
        h.run();
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.try_run().ok() == Some(1)
    })
}

/// Steps in real time until the layout (on its worker thread) has settled.
fn settle(h: &mut Harness<'_, GambitApp>) {
    for _ in 0..600 {
        if !h.state().map_view().is_animating() {
            break;
        }
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!h.state().map_view().is_animating(), "the layout settles");
}

/// A generated 1,000-person account with 40 units and about 17,500 lines, as a file.
fn key_account() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.kam");
    gambit::file::save(&project(Size::KEY_ACCOUNT, 1), &path).expect("save");
    (dir, path)
}

#[test]
fn an_untouched_map_asks_for_no_repaint() {
    let mut h = open(None, egui::vec2(1280.0, 800.0));
    settle(&mut h);
    h.run();
    assert_eq!(h.try_run().ok(), Some(1), "one frame, then nothing more is asked for");
    // Presenting too.
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    assert_eq!(h.try_run().ok(), Some(1));
}

#[test]
fn a_key_account_settles_then_idles_and_culls_when_zoomed_in() {
    let (_dir, path) = key_account();
    let mut h = open(Some(path), egui::vec2(1280.0, 800.0));
    settle(&mut h);
    assert!(idles(&mut h), "settled and idle: one frame, then nothing more is asked for");
    let view = h.state().map_view();
    let (people, _) = view.painted();
    assert_eq!(people, 1_010, "fit to the screen, everyone is painted (1,000 of theirs, 10 of ours)");
    for _ in 0..8 {
        h.key_press(Key::Plus);
    }
    h.run();
    let (people, lines) = h.state().map_view().painted();
    assert!(people > 0 && people < 300, "zoomed in, only those in view are painted: {people}");
    assert!(lines < 17_000, "and only lines crossing the view: {lines}");
}

/// A drag on the map's background (a pan), in small steps.
fn drag_background(h: &mut Harness<'_, GambitApp>, from: egui::Pos2, by: egui::Vec2) {
    h.event(egui::Event::PointerMoved(from));
    h.step();
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    h.event(button(from, true));
    h.step();
    for i in 1..=6 {
        h.event(egui::Event::PointerMoved(from + by * (i as f32 / 6.0)));
        h.step();
    }
    h.event(button(from + by, false));
    h.step();
}

#[test]
fn a_key_account_asks_for_no_frame_after_zoom_pan_select_present_and_a_dialog() {
    let (_dir, path) = key_account();
    let mut h = open(Some(path), egui::vec2(1280.0, 800.0));
    settle(&mut h);
    assert!(idles(&mut h), "idle once laid out");
    h.key_press(Key::Plus);
    assert!(idles(&mut h), "idle after zooming");
    let rect = h.state().map_view().canvas_rect();
    drag_background(&mut h, rect.left_top() + egui::vec2(30.0, 30.0), egui::vec2(120.0, 60.0));
    assert!(idles(&mut h), "idle after panning");
    let king = PersonRef::Contact(ContactId(1));
    h.state_mut().map_view_mut().zoom_by(0.5);
    h.run();
    let at = h.state().map_view().screen_position(king).expect("on the map");
    click_at(&mut h, at);
    assert_eq!(h.state().ui_state().selection.person(), Some(king));
    assert!(idles(&mut h), "idle with someone selected");
    h.key_press(Key::F5);
    assert!(idles(&mut h), "idle presenting");
    assert!(h.state().is_presenting());
    h.key_press(Key::ArrowRight);
    assert!(idles(&mut h), "idle with the spotlight on");
    h.key_press(Key::N);
    assert!(idles(&mut h), "idle with the capture dialog open");
    assert!(h.state().map_view().capture_open());
}

#[test]
fn selecting_a_person_shows_their_neighbourhood_and_dims_the_rest() {
    let mut h = open(None, egui::vec2(1280.0, 800.0));
    h.get_by_label("K Henrik Åberg — Group CEO").click();
    h.run();
    let view = h.state().map_view();
    let henrik = PersonRef::Contact(ContactId(1));
    let a = &h.state().document().project().accounts[0];
    let near = gambit::analysis::path::neighbourhood(a, henrik);
    assert!(near.len() > 2);
    for p in gambit::analysis::people_on_map(h.state().document().project(), a) {
        assert_eq!(view.is_dimmed(p), !near.contains(&p), "{p:?}");
    }
}

#[test]
fn k_shows_only_the_key_people_and_our_team() {
    let mut h = open(None, egui::vec2(1280.0, 800.0));
    h.key_press_modifiers(Modifiers::NONE, Key::K);
    h.run();
    let a = h.state().document().project().accounts[0].clone();
    let view = h.state().map_view();
    for c in &a.contacts {
        assert_eq!(view.is_drawn(PersonRef::Contact(c.id)), c.piece.is_key(), "{} ({:?})", c.name, c.piece);
    }
    assert!(view.is_drawn(PersonRef::Member(MemberId(1))), "our team stays");
    assert!(a.contacts.iter().any(|c| c.piece == Piece::Pawn), "there were others to hide");
}

/// A frame of a generated account's whole map, in a window of `size`,
/// zoomed `times` the fitted zoom around the middle (presentation's look
/// when `present`), and the size of its map area (the legend beside or below).
fn frame_of(p: &gambit::model::Project, size: (f32, f32), times: f32, present: bool) -> (Frame, (f32, f32)) {
    let a = &p.accounts[0];
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    let scene = gambit::scene::whole_map(p, a, today);
    let fitted = MapLook::sized(&scene, String::new(), size, present);
    let zoom = fitted.zoom * times;
    let (w, h) = (fitted.width, fitted.height);
    // The middle of the fitted picture stays in the middle.
    let mid = (fitted.origin.x + w / 2.0 / fitted.zoom, fitted.origin.y + h / 2.0 / fitted.zoom);
    let view = View { zoom, offset: (w / 2.0 - mid.0 * zoom, h / 2.0 - mid.1 * zoom), screen: [0.0, 0.0, w, h] };
    let look =
        Look { palette: Palette::light(), label_scale: fitted.label_scale, show_titles: zoom >= 1.15, opinions: true };
    let index: std::collections::BTreeMap<PersonRef, usize> =
        scene.people.iter().enumerate().map(|(i, p)| (p.data.person, i)).collect();
    let lines: Vec<DrawnLine> = scene
        .lines
        .iter()
        .filter_map(|l| Some(DrawnLine { data: l.data.clone(), from: index[&l.from], to: *index.get(&l.to)? }))
        .collect();
    let none = |_| false;
    let f = frame(&FrameInput {
        people: &scene.people,
        lines: &lines,
        regions: &scene.regions,
        view,
        look,
        selected: &none,
        hovered: None,
        keep_out: &[],
    });
    (f, (w, h))
}

/// Whether two boxes (x, y, width, height) share area (the test's own geometry).
fn boxes_meet(a: [f32; 4], b: [f32; 4]) -> bool {
    a[0] + a[2] > b[0] && b[0] + b[2] > a[0] && a[1] + a[3] > b[1] && b[1] + b[3] > a[1]
}

/// Whether a box and a disc share area.
fn box_meets_disc(b: [f32; 4], (cx, cy): (f32, f32), r: f32) -> bool {
    let nx = cx.clamp(b[0], b[0] + b[2]);
    let ny = cy.clamp(b[1], b[1] + b[3]);
    (nx - cx).powi(2) + (ny - cy).powi(2) < r * r
}

/// Every name and unit name of a frame is clear of every other and of
/// everyone's piece but its owner's; none was put down by force.
fn assert_nothing_on_anything(f: &Frame) -> Result<(), TestCaseError> {
    for (i, a) in f.labels.iter().enumerate() {
        prop_assert!(!a.forced, "{a:?} was placed by force");
        for b in &f.labels[i + 1..] {
            prop_assert!(!boxes_meet(a.rect, b.rect), "{a:?} on {b:?}");
        }
        for p in f.pieces.iter().filter(|p| !p.dot && a.owner != Owner::Person(p.person)) {
            prop_assert!(!box_meets_disc(a.rect, p.centre, p.reach), "{a:?} on the piece of {:?}", p.person);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// On generated accounts of every shape, at the fitted zoom and zoomed
    /// in, on a desk and on a wall: no name or unit name lies on another or
    /// on a piece not its own, and our team, Kings and Queens on screen are named.
    #[test]
    fn nothing_lies_on_anything(
        seed in 0u64..1_000,
        people in 20u32..600,
        units in 1u32..30,
        times in prop::sample::select(vec![1.0f32, 1.6, 3.0, 6.0]),
        wall in any::<bool>(),
        big in any::<bool>(),
    ) {
        let size = Size { people, units, lines: people * 8, members: 6, known_each: people / 8 + 1 };
        let p = project(size, seed);
        let window = if big { (1920.0, 1080.0) } else { (1280.0, 800.0) };
        let (f, screen) = frame_of(&p, window, times, wall);
        assert_nothing_on_anything(&f)?;
        let a = &p.accounts[0];
        for piece in f.pieces.iter().filter(|x| {
            let (cx, cy) = x.centre;
            let e = gambit::scene::frame::EDGE;
            cx > e && cy > e && cx < screen.0 - e && cy < screen.1 - e
        }) {
            let must = match piece.person {
                PersonRef::Member(_) => true,
                PersonRef::Contact(c) => a.contact(c).is_some_and(|c| matches!(c.piece, Piece::King | Piece::Queen)),
            };
            prop_assert!(!must || f.named(piece.person), "{:?} is not named", piece.person);
        }
    }
}

/// The mean silhouette of the people's units: how much nearer each client
/// person stands to their own unit's people than to the nearest other unit's.
fn silhouette(p: &gambit::model::Project) -> f32 {
    let a = &p.accounts[0];
    let places = gambit::layout::account_places(p, a, false);
    let by_unit: Vec<(gambit::model::UnitId, gambit::layout::Point)> =
        a.contacts.iter().filter_map(|c| Some((c.unit?, *places.people.get(&PersonRef::Contact(c.id))?))).collect();
    let mut total = 0.0;
    for (u, at) in &by_unit {
        let mut sums: std::collections::BTreeMap<gambit::model::UnitId, (f32, f32)> = Default::default();
        for (v, other) in &by_unit {
            let e = sums.entry(*v).or_default();
            *e = (e.0 + at.distance(*other), e.1 + 1.0);
        }
        let (own, n) = sums[u];
        if n < 2.0 {
            continue;
        }
        let a_i = own / (n - 1.0);
        let b_i = sums.iter().filter(|(v, _)| *v != u).map(|(_, (d, k))| d / k).fold(f32::MAX, f32::min);
        total += (b_i - a_i) / a_i.max(b_i);
    }
    total / by_unit.len() as f32
}

#[test]
fn a_real_sized_organisation_reads_as_places() {
    for seed in [1, 2] {
        let p = project(Size::KEY_ACCOUNT, seed);
        let a = &p.accounts[0];
        let places = gambit::layout::account_places(&p, a, false);
        // Sibling units never overlap; a unit inside another lies inside it.
        let discs = places.unit_discs();
        for (i, (u, d, _)) in discs.iter().enumerate() {
            let parent = a.unit(*u).and_then(|x| x.parent);
            for (v, e, _) in &discs[i + 1..] {
                let apart = d.centre.distance(e.centre) >= d.radius + e.radius - 0.5;
                let inside = |outer: &gambit::layout::places::Disc, inner: &gambit::layout::places::Disc| {
                    outer.centre.distance(inner.centre) + inner.radius <= outer.radius + 0.5
                };
                let nested = (parent == Some(*v) && inside(e, d))
                    || (a.unit(*v).and_then(|x| x.parent) == Some(*u) && inside(d, e));
                assert!(apart || nested, "{u:?} and {v:?} overlap");
            }
        }
        // Everyone stands inside their unit's place.
        for c in &a.contacts {
            let (d, _) = places.units[&c.unit.expect("a unit")];
            assert!(places.people[&PersonRef::Contact(c.id)].distance(d.centre) < d.radius, "{}", c.name);
        }
        let s = silhouette(&p);
        assert!(s >= 0.5, "mean silhouette of units {s}");
        // The whole map in a 1920x1080 window draws at most about 1,500 line shapes.
        let (f, _) = frame_of(&p, (1920.0, 1080.0), 1.0, false);
        assert!(f.line_shapes <= 1_500, "{} line shapes at fit", f.line_shapes);
        assert_nothing_on_anything(&f).expect("nothing on anything at fit");
        for c in a.contacts.iter().filter(|c| matches!(c.piece, Piece::King | Piece::Queen)) {
            assert!(f.named(PersonRef::Contact(c.id)), "{} ({:?}) named at fit", c.name, c.piece);
        }
        for m in &p.members {
            assert!(f.named(PersonRef::Member(m.id)), "{} named at fit", m.name);
        }
    }
}

#[test]
fn the_board_of_a_key_account_folds_crowded_squares_and_a_click_opens_one() {
    let (_dir, path) = key_account();
    let mut h = open(Some(path), egui::vec2(1280.0, 800.0));
    settle(&mut h);
    h.key_press(Key::B);
    h.run();
    let tiles = h.state().map_view().folded_tiles();
    assert!(tiles.len() >= 30, "crowded squares show summaries: {}", tiles.len());
    let rect = h.state().map_view().canvas_rect();
    let revision = h.state().document().revision();
    let (square, count, at) =
        tiles.iter().copied().find(|(_, _, at)| rect.shrink(20.0).contains(*at)).expect("a tile in view");
    click_at(&mut h, at);
    let after = h.state().map_view().folded_tiles();
    assert!(after.iter().all(|(s, _, _)| *s != square), "that square opened");
    assert_eq!(after.len(), tiles.len() - 1);
    let (people, _) = h.state().map_view().painted();
    assert!(people >= count, "its {count} people are drawn");
    assert_eq!(h.state().document().revision(), revision, "opening a square is a view change, not an edit");
}

#[test]
fn the_board_of_forty_units_shows_every_file_at_fit_with_readable_tiles() {
    let (_dir, path) = key_account();
    let mut h = open(Some(path), egui::vec2(1280.0, 800.0));
    settle(&mut h);
    h.key_press(Key::B);
    h.run();
    let view = h.state().map_view();
    let rect = view.canvas_rect();
    let files = view.board_files();
    assert!(files.len() >= 40, "{} files", files.len());
    for (name, left, right) in &files {
        assert!(*left >= rect.left() - 0.5 && *right <= rect.right() + 0.5, "{name} is in view at fit");
    }
    // Every file has its header, every rank its name, and no person's name lies on one or on a tile.
    let boxes = view.kept_out();
    let client_ranks = 5;
    assert!(boxes.len() >= files.len() + client_ranks, "{} boxes for {} files", boxes.len(), files.len());
    let meet = |a: &[f32; 4], b: &[f32; 4]| {
        a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
    };
    let (labels, _) = view.last_frame();
    for l in labels.iter().filter(|l| !l.forced) {
        assert!(!boxes.iter().any(|b| meet(&l.rect, b)), "{l:?} lies on the board's own text or a tile");
    }
    // A tile holds at least its head count in 14-pixel type, with a line for a key piece below.
    let sizes = view.folded_tile_sizes();
    assert!(!sizes.is_empty());
    let size = gambit::scene::draw::areas::BOARD_TEXT;
    for s in sizes {
        let digits = gambit::scene::overview::label_size("99", size).0;
        assert!(s.x + 6.0 >= digits && s.y >= 2.0 * size * 1.2 + 2.0, "a tile of {s:?}");
    }
}

#[test]
fn a_collapsed_unit_is_one_node_until_clicked() {
    let mut h = open(None, egui::vec2(1280.0, 800.0));
    h.run();
    let a = h.state().document().project().accounts[0].clone();
    let dairy = a.units.iter().find(|u| u.name == "Nordvik Dairy").expect("unit").id;
    let people: Vec<PersonRef> =
        a.contacts.iter().filter(|c| c.unit == Some(dairy)).map(|c| PersonRef::Contact(c.id)).collect();
    h.state_mut().map_view_mut().collapse_unit(dairy);
    h.run();
    let view = h.state().map_view();
    assert!(people.iter().all(|p| !view.is_drawn(*p)), "its people are folded into the node");
    let cov = gambit::analysis::coverage::coverage(&a);
    let node = gambit::scene::overview::CollapsedUnit::of(&a, dairy, &cov).expect("node");
    assert_eq!(node.people.len(), people.len());
    assert!(node.summary().starts_with(&format!("{} people", people.len())), "{}", node.summary());
    let at = view.collapsed_node_on_screen(dairy).expect("node on screen");
    click_at(&mut h, at);
    let view = h.state().map_view();
    assert!(view.collapsed_units().is_empty(), "a click expands it");
    assert!(people.iter().all(|p| view.is_drawn(*p)));
    assert!(!h.state().document().is_dirty(), "collapsing is a view, not an edit");
}

#[test]
fn at_fit_most_units_of_a_real_sized_organisation_are_named() {
    let (_dir, path) = key_account();
    let mut found = Vec::new();
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(1920.0, 1080.0)] {
        let mut h = open(Some(path.clone()), size);
        settle(&mut h);
        h.run();
        let (labels, _) = h.state().map_view().last_frame();
        let named: std::collections::BTreeSet<_> =
            labels.iter().filter_map(|l| if let Owner::Unit(u) = l.owner { Some(u) } else { None }).collect();
        let units = h.state().document().project().accounts[0].units.len();
        eprintln!("{size:?}: {} of {units} units named", named.len());
        found.push((size, named.len(), units));
    }
    // Small units inside big ones are named by a short form where the whole caption has no room.
    for (size, named, units) in found {
        assert!(named * 2 >= units, "{size:?}: {named} of {units} units named");
    }
}
