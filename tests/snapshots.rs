//! Image snapshots of the demo map, rendered without a GPU on Mesa's
//! software Vulkan. Pixels differ between Mesa versions, so these run in CI
//! (`--features snapshots`) on the CI image, where they were made with
//! `UPDATE_SNAPSHOTS=1`.
#![cfg(feature = "snapshots")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;

/// The demo on its portfolio, on the day the snapshots were made.
fn demo(width: f32, height: f32) -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(width, height)).with_step_dt(1.0 / 60.0).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(4);
    h
}

fn map(width: f32, height: f32) -> Harness<'static, GambitApp> {
    let mut h = demo(width, height);
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    h.remove_cursor();
    h.run_steps(4);
    h
}

#[test]
fn demo_map_force_layout() {
    let mut h = map(1280.0, 800.0);
    h.snapshot("map_force_1280x800");
}

#[test]
fn demo_map_timeline_since_the_march_review() {
    let mut h = map(1280.0, 800.0);
    h.get_by_label("Timeline").click();
    h.run_steps(4);
    h.get_by_label("Later ⏵").click();
    h.run_steps(120);
    h.remove_cursor();
    h.run_steps(2);
    h.snapshot("map_timeline_1280x800");
}

#[test]
fn demo_map_board_layout() {
    let mut h = map(1280.0, 800.0);
    h.get_by_label("Board layout").click();
    h.run_steps(120);
    h.remove_cursor();
    h.run_steps(2);
    h.snapshot("map_board_1280x800");
}

#[test]
fn demo_map_on_a_projector_with_coverage_and_legend() {
    let mut h = map(1920.0, 1080.0);
    h.get_by_label("Coverage").click();
    h.run_steps(2);
    h.get_by_label("Legend").click();
    h.run_steps(2);
    h.remove_cursor();
    h.run_steps(2);
    h.snapshot("map_force_coverage_1920x1080");
}

/// Presenting at `width` x `height`, the spotlight on the first of the
/// client's key pieces who stands in the legend's usual corner (bottom left).
fn presenting_spotlight_in_the_legends_corner(width: f32, height: f32) -> Harness<'static, GambitApp> {
    let mut h = presenting(width, height);
    h.key_press(egui::Key::K);
    h.run_steps(2);
    for _ in 0..20 {
        h.key_press(egui::Key::ArrowRight);
        h.run_steps(4);
        let project = h.state().document().project();
        let account = project.account(h.state().current_account().expect("account")).expect("in project");
        let view = h.state().map_view();
        let rect = view.canvas_rect();
        let at = view.spotlit(project, account).and_then(|p| view.screen_position(p));
        if at.is_some_and(|at| at.x < rect.center().x && at.y > rect.center().y) {
            break;
        }
    }
    h.remove_cursor();
    h.run_steps(2);
    h
}

/// The demo presented at `width` x `height`, no spotlight: everyone named.
fn presenting(width: f32, height: f32) -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(width, height)).with_step_dt(1.0 / 60.0).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(4);
    h.key_press(egui::Key::F5);
    h.run_steps(8);
    h.remove_cursor();
    h.run_steps(2);
    h
}

#[test]
fn presentation_at_1280x800_everyone_named() {
    let mut h = presenting(1280.0, 800.0);
    h.snapshot("present_1280x800");
}

#[test]
fn presentation_at_1920x1080_everyone_named() {
    let mut h = presenting(1920.0, 1080.0);
    h.snapshot("present_1920x1080");
}

#[test]
fn presentation_on_a_projector_with_the_spotlight_where_the_legend_was() {
    let mut h = presenting_spotlight_in_the_legends_corner(1920.0, 1080.0);
    h.snapshot("present_spotlight_1920x1080");
}

#[test]
fn presentation_at_1280x800_with_the_spotlight_where_the_legend_was() {
    let mut h = presenting_spotlight_in_the_legends_corner(1280.0, 800.0);
    h.snapshot("present_spotlight_1280x800");
}

#[test]
fn workshop_capture_on_the_dark_projector_theme() {
    let mut h = Harness::builder().with_size(egui::vec2(1920.0, 1080.0)).with_step_dt(1.0 / 60.0).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(4);
    for key in [egui::Key::F5, egui::Key::T, egui::Key::N] {
        h.key_press(key);
        h.run_steps(4);
    }
    // A bad value, a unit picked by a few letters, and the product list open.
    for (field, text) in [("Value (thousands)", "12,5x"), ("Business unit", "froz")] {
        h.get_by_label(field).focus();
        h.run_steps(1);
        h.get_by_label(field).type_text(text);
        h.run_steps(1);
    }
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    h.get_by_label("Product or service").type_text("lin");
    h.remove_cursor();
    h.run_steps(4);
    h.snapshot("present_capture_dark_1920x1080");
}

/// A generated account the size of a real key account (1,000 people in 40
/// units, about 17,500 lines), opened on the map and settled.
fn key_account(board: bool) -> (tempfile::TempDir, Harness<'static, GambitApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.kam");
    let mut p = gambit::sample::project(gambit::sample::Size::KEY_ACCOUNT, 1);
    if board {
        p.accounts[0].map.layout = gambit::model::MapLayout::Board;
    }
    gambit::file::save(&p, &path).expect("save");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(2_000)
        .build_eframe(move |cc| {
            let mut app = GambitApp::start(
                &cc.egui_ctx,
                Some(path),
                Box::new(ScriptedDialogs::default()),
                RecentFiles::default(),
            );
            app.open_on(&cc.egui_ctx, Some(gambit::app::views::ViewKind::Map), false);
            app
        });
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    for _ in 0..600 {
        h.step();
        if !h.state().map_view().is_animating() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.remove_cursor();
    h.run();
    (dir, h)
}

#[test]
fn key_account_force_layout_fit() {
    let (_dir, mut h) = key_account(false);
    h.snapshot("key_account_force_1280x800");
}

#[test]
fn key_account_board_layout() {
    let (_dir, mut h) = key_account(true);
    h.snapshot("key_account_board_1280x800");
}

#[test]
fn key_account_with_a_unit_collapsed() {
    let (_dir, mut h) = key_account(false);
    let biggest = {
        let a = &h.state().document().project().accounts[0];
        let count = |u: gambit::model::UnitId| a.contacts.iter().filter(|c| c.unit == Some(u)).count();
        a.units.iter().max_by_key(|u| count(u.id)).expect("units").id
    };
    h.state_mut().map_view_mut().collapse_unit(biggest);
    h.run();
    h.snapshot("key_account_collapsed_1280x800");
}

/// The demo at 1280x800 whose File > Import Contacts will pick `fixture`
/// (from `tests/fixtures/crm`).
fn importing(fixture: &str) -> Harness<'static, GambitApp> {
    let mut dialogs = ScriptedDialogs::default();
    let csv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crm").join(fixture);
    dialogs.import_answers.push_back(Some(csv));
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(dialogs), RecentFiles::default()))
}

#[test]
fn import_mapping_step_at_1280x800() {
    let mut h = importing("salesforce_contacts.csv");
    h.run_steps(4);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    h.run_steps(4);
    h.remove_cursor();
    h.run_steps(2);
    h.snapshot("import_mapping_1280x800");
}

/// The map with its legend, in Danish, at 1280x800 (words longer than
/// English must fit).
#[test]
fn danish_map_with_the_legend() {
    gambit::i18n::set_language(gambit::i18n::Language::Danish);
    let mut h = demo(1280.0, 800.0);
    h.get_all_by_label("Kort").next().expect("the Danish map tab").click();
    h.run_steps(4);
    h.get_by_label("Signaturforklaring").click();
    h.run_steps(4);
    h.remove_cursor();
    h.run_steps(4);
    h.snapshot("da_map_legend_1280x800");
}

/// The scoring form in Danish at 1280x800.
#[test]
fn danish_scoring_form() {
    gambit::i18n::set_language(gambit::i18n::Language::Danish);
    let mut h = demo(1280.0, 800.0);
    h.get_all_by_label("Scoring").next().expect("the Danish scoring tab").click();
    h.run_steps(4);
    h.remove_cursor();
    h.run_steps(4);
    h.snapshot("da_scoring_1280x800");
}

/// The map in Swedish right after a CRM import that brought three people
/// in new business units (Inköp, Underhåll): every new region's label reads
/// whole, none cut at the map's edge.
#[test]
fn map_after_an_import_in_swedish_at_1280x800() {
    gambit::i18n::set_language(gambit::i18n::Language::Swedish);
    let mut h = importing("swedish_excel.csv");
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(4);
    h.get_all_by_label("Karta").next().expect("Map tab").click();
    h.run_steps(4);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    h.run_steps(4);
    h.get_by_label("Importera").click();
    h.run_steps(4);
    h.key_press(egui::Key::Escape);
    h.run_steps(60);
    h.remove_cursor();
    h.run_steps(2);
    h.snapshot("map_after_import_sv_1280x800");
    gambit::i18n::set_language(gambit::i18n::Language::English);
}
