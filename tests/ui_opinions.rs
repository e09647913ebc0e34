//! Presenting and sharing without the team's opinions, as a user would:
//! O on the wall or on the map leaves out stance colours, marks and the
//! stance legend, and a map exported then holds no stance colour.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::Stance;
use std::cell::RefCell;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;

fn start() -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default()));
    h.run_steps(4);
    (h, dialogs)
}

fn press(h: &mut Harness<'_, GambitApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(4);
}

#[test]
fn o_on_the_wall_takes_the_stances_off_and_brings_them_back() {
    let (mut h, _) = start();
    press(&mut h, Modifiers::NONE, Key::F5);
    assert!(h.state().is_presenting());
    assert!(h.query_by_label_contains("Supporter").is_some(), "the wall's legend names the stances");
    press(&mut h, Modifiers::NONE, Key::O);
    assert!(!h.state().map_view().show.opinions);
    assert!(h.query_by_label_contains("Supporter").is_none(), "no stance is named on the wall");
    assert!(h.query_by_label("Marks").is_some(), "the legend keeps the marks");
    press(&mut h, Modifiers::NONE, Key::O);
    assert!(h.state().map_view().show.opinions);
    assert!(h.query_by_label_contains("Supporter").is_some());
    assert!(!h.state().document().is_dirty(), "a way of showing, not a change to the project");
}

#[test]
fn a_map_exported_with_opinions_off_holds_no_stance_colour() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, dialogs) = start();
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    h.get_by_label("Opinions").click();
    h.run_steps(4);
    assert!(!h.state().map_view().show.opinions, "the toolbar's toggle");
    let path = dir.path().join("shared.svg");
    dialogs.borrow_mut().export_answers.push_back(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    let svg = std::fs::read_to_string(&path).expect("exported");
    // Pieces are discs; a line's colour may share a hue with a stance and says nothing of anyone.
    let discs: String = svg.lines().filter(|l| l.starts_with("<circle")).collect();
    for s in Stance::ALL {
        let colour = gambit::scene::palette::stance_colour(*s).hex();
        assert!(!discs.contains(&colour), "{s:?}'s colour {colour} on a piece in the shared map");
        assert!(!svg.contains(&format!(">{}<", gambit::i18n::tr(s.label_id()))), "{s:?} named");
    }
    assert!(svg.contains("Henrik"), "names stay");
}
