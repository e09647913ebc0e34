//! The map at the size of a real key account, driven as a user would:
//! it settles and then asks for nothing, culls what is off screen, shows
//! a selected person's neighbourhood, filters to the key people, and never
//! lets two names overlap.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{ContactId, MemberId, PersonRef, Piece};
use gambit::sample::{Size, project};
use gambit::scene::overview::{LabelWish, label_size, overlaps, place_labels};
use proptest::prelude::*;
use std::path::PathBuf;

fn open(path: Option<PathBuf>, size: egui::Vec2) -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(size).with_max_steps(2_000).build_eframe(move |cc| {
        let mut app =
            GambitApp::start(&cc.egui_ctx, path, Box::new(ScriptedDialogs::default()), RecentFiles::default());
        app.open_on(&cc.egui_ctx, Some(gambit::cli::StartView::Map), false);
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Names placed on a generated account at any zoom never overlap.
    #[test]
    fn placed_labels_never_overlap(seed in 0u64..1_000, zoom in 0.05f32..3.0) {
        let size = Size { people: 300, units: 12, lines: 2_000, members: 5, known_each: 40 };
        let p = project(size, seed);
        let a = &p.accounts[0];
        let (positions, _) = gambit::scene::layout_positions(&p, a);
        let wishes: Vec<LabelWish> = a
            .contacts
            .iter()
            .filter_map(|c| {
                let at = positions.get(&PersonRef::Contact(c.id))?;
                let (w, h) = label_size(&c.name, 14.0);
                let rect = [at.x * zoom - w / 2.0, at.y * zoom + 20.0, w, h];
                Some(LabelWish { priority: i32::from(c.influence), rect })
            })
            .collect();
        let shown = place_labels(&wishes);
        let placed: Vec<&LabelWish> = wishes.iter().zip(&shown).filter(|(_, s)| **s).map(|(w, _)| w).collect();
        prop_assert!(!placed.is_empty());
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                prop_assert!(!overlaps(&a.rect, &b.rect), "{:?} and {:?}", a.rect, b.rect);
            }
        }
        // A label left out always clashes with a placed one of at least its priority.
        for (w, s) in wishes.iter().zip(&shown) {
            if !*s {
                prop_assert!(placed.iter().any(|p| overlaps(&p.rect, &w.rect) && p.priority >= w.priority));
            }
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
    assert!(tiles.len() >= 40, "crowded squares show summaries: {}", tiles.len());
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
