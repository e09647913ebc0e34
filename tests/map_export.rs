//! The map for slides and minutes: SVG with real text, and PNG at twice the
//! size, from the command line (no window) and from the app's current view.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::export::map::png;
use gambit::model::PersonRef;
use resvg::tiny_skia::Pixmap;
use resvg::usvg;
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

const DEMO: &str = "assets/demo.kam";

fn export_cli(account: &str, flag: &str, out: &Path) -> (u8, String, String) {
    let (mut o, mut e) = (Vec::new(), Vec::new());
    let picture = (flag == "--png", gambit::cli::MapPicture::default());
    let code = gambit::cli::export_map(Path::new(DEMO), account, picture, out, &mut o, &mut e);
    (code, String::from_utf8_lossy(&o).into_owned(), String::from_utf8_lossy(&e).into_owned())
}

/// Every piece of text in a parsed SVG tree.
fn texts(group: &usvg::Group, out: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => texts(g, out),
            usvg::Node::Text(t) => out.push(t.chunks().iter().map(|c| c.text()).collect()),
            _ => {}
        }
    }
}

fn parse(svg: &str) -> usvg::Tree {
    gambit::export::map::parse(svg).expect("valid SVG")
}

/// Share of the map area's pixels (between the title band and the legend
/// band) that differ from its background, read at its top-left corner.
/// `scale` is the picture's pixels per SVG unit.
fn drawn_share(p: &Pixmap, scale: f32) -> f64 {
    let w = p.width() as usize;
    let first_row = (52.0 * scale) as usize;
    let last_row = p.height() as usize - (154.0 * scale) as usize;
    let map = &p.pixels()[w * first_row..w * last_row];
    let bg = map[1];
    let drawn = map.iter().filter(|px| **px != bg).count();
    drawn as f64 / map.len() as f64
}

#[test]
fn svg_from_the_command_line_has_real_text_and_renders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.svg");
    let (code, stdout, stderr) = export_cli("Nordvik Foods Group", "--svg", &out);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("map of Nordvik Foods Group written as SVG"), "{stdout}");
    let svg = std::fs::read_to_string(&out).expect("written");
    let tree = parse(&svg);
    let mut found = Vec::new();
    texts(tree.root(), &mut found);
    for name in ["Mats Olander", "Karin Lindqvist", "Henrik Åberg", "Stance towards us"] {
        assert!(found.iter().any(|t| t.starts_with(name)), "no text {name:?} in {found:?}");
    }
    let picture = Pixmap::decode_png(&png(&svg, 1.0).expect("rendered")).expect("a PNG");
    assert_eq!((picture.width(), picture.height()), (tree.size().width() as u32, tree.size().height() as u32));
    let share = drawn_share(&picture, 1.0);
    assert!(share > 0.05, "only {share:.3} of the map is drawn");
}

#[test]
fn png_from_the_command_line_is_twice_the_drawing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (svg_out, png_out) = (dir.path().join("map.svg"), dir.path().join("map.png"));
    assert_eq!(export_cli("nordvik foods group", "--svg", &svg_out).0, 0, "names match in any case");
    assert_eq!(export_cli("Nordvik Foods Group", "--png", &png_out).0, 0);
    let size = parse(&std::fs::read_to_string(&svg_out).expect("svg")).size();
    let picture = Pixmap::decode_png(&std::fs::read(&png_out).expect("png")).expect("a PNG");
    assert_eq!(picture.width(), (size.width() * 2.0).round() as u32);
    assert_eq!(picture.height(), (size.height() * 2.0).round() as u32);
}

#[test]
fn the_board_layout_exports_its_ranks_and_files() {
    let mut project = gambit::demo::demo_project().expect("demo");
    project.accounts[0].map.layout = gambit::model::MapLayout::Board;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    let scene = gambit::scene::whole_map(&project, &project.accounts[0], today);
    let look = gambit::export::map::MapLook::fit(&scene, "Board".into());
    let mut found = Vec::new();
    texts(parse(&gambit::export::map::svg(&scene, &look)).root(), &mut found);
    for label in ["Board / C-suite", "Operational", "Frozen Foods Division"] {
        assert!(found.iter().any(|t| t == label), "no {label:?} in {found:?}");
    }
}

#[test]
fn an_unknown_account_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.svg");
    let (code, _, stderr) = export_cli("Nordvik", "--svg", &out);
    assert_eq!(code, 2);
    assert!(stderr.contains("no account named \"Nordvik\"") && stderr.contains("Nordvik Foods Group"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn the_command_line_parses_export_map() {
    use gambit::cli::{Headless, Invocation, MapTarget, parse};
    let want = Headless::ExportMap {
        file: "a.kam".into(),
        account: "X".into(),
        to: MapTarget { svg: Some("o.svg".into()), png: None },
        size: None,
        present: false,
        without_opinions: false,
    };
    let args = ["export-map", "a.kam", "--account", "X", "--svg", "o.svg"];
    assert_eq!(parse(args).ok(), Some(Invocation::Headless { command: want, lang: None }));
    // Options in any order.
    let shuffled = ["export-map", "--svg", "o.svg", "a.kam", "--account", "X"];
    assert!(matches!(parse(shuffled), Ok(Invocation::Headless { command: Headless::ExportMap { .. }, .. })));
    assert!(parse(["export-map", "a.kam", "--svg", "o.svg"]).is_err(), "the account is required");
    assert!(parse(["export-map", "a.kam", "--account", "X"]).is_err(), "so is an output");
    assert!(parse(["export-map", "a.kam", "--account", "X", "--svg", "a", "--png", "b"]).is_err(), "only one");
    let sized = ["export-map", "a.kam", "--account", "X", "--svg", "o.svg", "--size", "1920x1080", "--present"];
    assert!(matches!(
        parse(sized),
        Ok(Invocation::Headless { command: Headless::ExportMap { size: Some((1920, 1080)), present: true, .. }, .. })
    ));
    for bad in ["1920", "0x100", "1920x99999", "wide x high"] {
        assert!(parse(["export-map", "a.kam", "--account", "X", "--svg", "o", "--size", bad]).is_err(), "{bad}");
    }
    assert!(
        parse(["export-map", "a.kam", "--account", "X", "--svg", "o", "--present"]).is_err(),
        "present needs a size"
    );
}

#[test]
fn the_presented_map_exports_as_seen_with_the_spotlight() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (png_out, svg_out) = (dir.path().join("wall.png"), dir.path().join("wall.svg"));
    let dialogs: Rc<RefCell<ScriptedDialogs>> = Rc::default();
    dialogs.borrow_mut().export_answers.extend([Some(png_out.clone()), Some(svg_out.clone())]);
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default()));
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run_steps(4);
    for key in [Key::F5, Key::ArrowRight] {
        h.key_press(key);
        h.run_steps(4);
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run_steps(2);
    assert_eq!(
        dialogs.borrow().suggested_exports,
        vec!["Nordvik Foods Group map 2026-11-02.png".to_owned(), "Nordvik Foods Group map 2026-11-02.svg".to_owned()]
    );
    let canvas = h.state().map_view().canvas_rect();
    let picture = Pixmap::decode_png(&std::fs::read(&png_out).expect("png written")).expect("a PNG");
    assert_eq!(picture.width(), (canvas.width() * 2.0).round() as u32, "twice the screen's width");
    assert!(drawn_share(&picture, 2.0) > 0.05);
    let svg = std::fs::read_to_string(&svg_out).expect("svg written");
    assert!(svg.contains("fill-opacity=\"0.22\""), "people outside the spotlight are dimmed as on the wall");
    assert!(svg.contains(">Karin L"), "the spotlit member is named in the drawing");
    assert!(h.state().is_presenting(), "exporting does not leave the presentation");
}

#[test]
fn the_map_toolbar_exports_an_svg_of_the_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("view.svg");
    let dialogs: Rc<RefCell<ScriptedDialogs>> = Rc::default();
    dialogs.borrow_mut().export_answers.push_back(Some(out.clone()));
    let mut h = export_svg_from_the_toolbar(&dialogs, None);
    let svg = std::fs::read_to_string(&out).expect("written");
    let tree = parse(&svg);
    let canvas = h.state().map_view().canvas_rect();
    assert_eq!(tree.size().width().round(), canvas.width().round(), "the drawing is the size of the view");
    let mut found = Vec::new();
    texts(tree.root(), &mut found);
    assert!(found.iter().any(|t| t.starts_with("Karin")), "{found:?}");
    h.run_steps(1);
    use egui_kittest::kittest::Queryable as _;
    assert!(h.query_by_label_contains("Exported").is_some(), "the status bar says where it went");
}

#[test]
fn a_key_account_exports_with_unit_regions_bundled_lines_and_names_that_fit() {
    let p = gambit::sample::project(gambit::sample::Size::KEY_ACCOUNT, 1);
    let a = &p.accounts[0];
    let scene = gambit::scene::whole_map(&p, a, chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    let look = gambit::export::map::MapLook::fit(&scene, "Generated".into());
    let svg = gambit::export::map::svg(&scene, &look);
    let biggest =
        a.units.iter().max_by_key(|u| a.contacts.iter().filter(|c| c.unit == Some(u.id)).count()).expect("unit");
    assert!(svg.contains(&format!("{} (", biggest.name)), "the biggest unit is a labelled region");
    let drawn_lines = svg.matches("<line").count() + svg.matches("<path").count() + svg.matches("<polyline").count();
    let inside = a
        .relationships
        .iter()
        .filter(|r| {
            let unit =
                |p: PersonRef| if let PersonRef::Contact(c) = p { a.contact(c).and_then(|c| c.unit) } else { None };
            unit(r.from).is_some() && unit(r.from) == unit(r.to)
        })
        .count();
    assert!(
        drawn_lines < inside + 2_000,
        "{drawn_lines} strokes for {} relationships, {inside} inside units: the lines between units are bundled",
        a.relationships.len()
    );
    // Names on the map are <text> with a halo; every person also has a <title> tooltip.
    let names = a
        .contacts
        .iter()
        .filter(|c| svg.contains(&format!(">{}</text>", gambit::scene::style::label_text(&c.name, false, 0.5))))
        .count();
    assert!(names > 0 && names < a.contacts.len(), "some names fit, not all: {names}");
    gambit::export::map::parse(&svg).expect("well-formed SVG");
}

#[test]
fn the_app_never_exports_over_the_open_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.kam");
    gambit::file::save(&gambit::demo::demo_project().expect("demo"), &path).expect("saved");
    let before = std::fs::read(&path).expect("read");
    let dialogs: Rc<RefCell<ScriptedDialogs>> = Rc::default();
    dialogs.borrow_mut().export_answers.push_back(Some(path.clone()));
    let h = export_svg_from_the_toolbar(&dialogs, Some(path.clone()));
    let error = h.state().error_message().unwrap_or_default().to_owned();
    assert!(error.contains("is the open project or its backup"), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), before, "the project is untouched");
}

/// Opens `file` (the demo when `None`) at 1280x800, goes to the map and
/// exports an SVG from its toolbar, where `dialogs` answer.
fn export_svg_from_the_toolbar(
    dialogs: &Rc<RefCell<ScriptedDialogs>>,
    file: Option<std::path::PathBuf>,
) -> Harness<'static, GambitApp> {
    use egui_kittest::kittest::Queryable as _;
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, file, Box::new(d), RecentFiles::default()));
    h.run_steps(4);
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    h.get_by_label("Export").click();
    h.run_steps(2);
    h.get_by_label_contains("SVG drawing").click();
    h.run_steps(2);
    h
}
