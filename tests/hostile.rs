//! Hostile files and values: every file that loads exports without a
//! panic or malformed output, and every file that does not load gets a
//! message. Mutated copies of the demo run here a few thousand at a time
//! (bounded in time); set `GAMBIT_FUZZ_CASES` for more.

mod common;

use chrono::NaiveDate;
use common::Rng;
use gambit::model::{MapPos, PersonRef, Project, RelKind};
use std::time::{Duration, Instant};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).expect("date")
}

/// Runs every export of `p` and checks what a reader of each would check.
/// PNG is drawn when `png` (it is the slow one).
fn exports_hold(p: &Project, png: bool) -> Result<(), String> {
    let _ = p.validate();
    let csv =
        gambit::interchange::sheet::csv(&gambit::interchange::export::ranking(&gambit::analysis::ranking::ranking(p)));
    // The number columns never hold NaN or infinity (a name may well say "NaN").
    let table =
        gambit::interchange::table::from_bytes(csv.as_bytes(), "ranking.csv", None).map_err(|e| e.to_string())?;
    for (i, h) in table.headers.iter().enumerate() {
        if ["score", "current_revenue", "potential_revenue"].contains(&h.as_str()) {
            for r in &table.rows {
                let cell = r.cell(i);
                if cell.trim().parse::<f64>().is_ok_and(|v| !v.is_finite()) {
                    return Err(format!("CSV with a non-number in {h}: {cell:?}"));
                }
            }
        }
    }
    for a in p.accounts.iter().take(3) {
        let people = gambit::interchange::export::contacts(p, a);
        let lines = gambit::interchange::export::relationships(p, a);
        let book = gambit::interchange::sheet::xlsx(&[people, lines])?;
        gambit::interchange::table::from_bytes(&book, "out.xlsx", None)
            .map_err(|e| format!("the contacts workbook does not read back: {e}"))?;
        let md = gambit::export::plan::markdown(p, a, today());
        if md.contains("<script") {
            return Err("Markdown carries a script tag".into());
        }
        let html = gambit::export::plan::html(p, a, today());
        if html.contains("<script") || html.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
            return Err("HTML carries a script tag or a control character".into());
        }
        let scene = gambit::scene::whole_map(p, a, today());
        let look = gambit::export::map::MapLook::fit(&scene, a.name.clone());
        let svg = gambit::export::map::svg(&scene, &look);
        if svg.contains("NaN") || svg.contains("=\"inf") || svg.contains("=\"-inf") {
            return Err("SVG with a non-number".into());
        }
        gambit::export::map::parse(&svg)?;
        for (what, text) in [("SVG", &svg), ("HTML", &html), ("Markdown", &md)] {
            if text.chars().any(gambit::model::texts::is_noncharacter) {
                return Err(format!("{what} carries a noncharacter"));
            }
            if text.contains("NaN %") || text.contains("inf %") {
                return Err(format!("{what} prints a number that is not one"));
            }
        }
        if png {
            gambit::export::map::png_at_most(&svg, 0.25)?;
        }
    }
    Ok(())
}

const TOKENS: &[&str] = &[
    "1e38",
    "-1e38",
    "NaN",
    "inf",
    "-inf",
    "4294967296",
    "1000000",
    "\\u{1b}[31m",
    "\\u{0}",
    "\\u{FFFF}",
    "\u{FFFE}",
    "\\u{FDD0}",
    "\"",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "<script>",
    "=SUM(A1)",
    "# ",
    "\u{feff}",
    "999999999999999999999",
    "-0",
    "Some(",
    "None",
];

/// A mutated copy of `base`.
fn mutate(base: &[u8], r: &mut Rng) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..r.range(1, 4) {
        let at = r.below(v.len() as u64) as usize;
        match r.below(6) {
            0 => v[at] = r.next() as u8,
            1 => {
                let end = (at + r.below(64) as usize).min(v.len());
                v.drain(at..end);
            }
            2 => {
                let end = (at + r.below(256) as usize).min(v.len());
                let copy = v[at..end].to_vec();
                v.splice(at..at, copy);
            }
            3 => {
                let t = r.pick(TOKENS);
                v.splice(at..at, t.bytes());
            }
            4 => {
                // A hostile number in place of the number after a `x: `.
                if let Some(i) = v[at..].windows(3).position(|w| w == b"x: ") {
                    let found = at + i + 3;
                    let end = v[found..].iter().position(|b| matches!(b, b',' | b')')).map_or(found, |e| found + e);
                    let t = r.pick(&["1e38", "NaN", "inf", "4294967296", "-1000000.5", "1e-45"]);
                    v.splice(found..end, t.bytes());
                }
            }
            _ => {
                let long = "x".repeat(r.range(1, 20_000) as usize);
                if let Some(q) = v[at..].iter().position(|b| *b == b'"') {
                    v.splice(at + q + 1..at + q + 1, long.bytes());
                }
            }
        }
        if v.is_empty() {
            break;
        }
    }
    v
}

#[test]
fn mutated_project_files_load_with_a_message_or_export_cleanly() {
    let cases: u64 = std::env::var("GAMBIT_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000);
    let budget = if cases > 2_000 { Duration::from_secs(24 * 3600) } else { Duration::from_secs(60) };
    let base = gambit::demo::DEMO_KAM.as_bytes();
    let start = Instant::now();
    let (mut loaded, mut refused, mut ran) = (0, 0, 0);
    for seed in 0..cases {
        if start.elapsed() > budget {
            break;
        }
        ran += 1;
        let mut r = Rng::new(seed);
        let bytes = mutate(base, &mut r);
        match gambit::file::from_bytes(&bytes, "fuzz.kam") {
            Ok(p) => {
                loaded += 1;
                if let Err(e) = exports_hold(&p, seed % 100 == 0) {
                    panic!("seed {seed}: {e}");
                }
            }
            Err(e) => {
                refused += 1;
                let m = e.to_string();
                assert!(m.starts_with("fuzz.kam"), "seed {seed}: the message names the file: {m}");
                assert!(!m.contains("VersionProbe"), "seed {seed}: no internal type in {m}");
            }
        }
    }
    eprintln!("{ran} mutated files: {loaded} loaded and exported, {refused} refused with a message");
    assert!(ran >= 200.min(cases), "at least a few hundred cases ran in the time given");
    assert!(loaded > 0 && refused > 0, "the mutations reach both sides: {loaded} loaded, {refused} refused");
}

/// The demo with one person at `at`, at the end of a conflict line.
fn demo_with_position(x: f32, y: f32) -> Project {
    let mut p = gambit::demo::demo_project().expect("demo");
    let a = &mut p.accounts[0];
    let line = a.relationships.iter().find(|r| r.kind == RelKind::Conflict).expect("a conflict line");
    let who = line.to;
    a.map.positions.insert(who, MapPos { x, y, pinned: true });
    p
}

#[test]
fn positions_far_away_or_not_numbers_are_reported_and_still_export() {
    for (x, y) in
        [(1e38, 0.0), (4_294_967_296_f64 as f32, 0.0), (1e6, -1e6), (f32::INFINITY, f32::NAN), (f32::NAN, 5.0)]
    {
        let p = demo_with_position(x, y);
        let problems: Vec<String> = p.validate().iter().map(ToString::to_string).collect();
        if (x, y) != (1e6, -1e6) {
            assert!(
                problems.iter().any(|m| m.contains("position") && m.contains("finite")),
                "({x}, {y}): {problems:?}"
            );
        }
        let started = Instant::now();
        exports_hold(&p, true).unwrap_or_else(|e| panic!("({x}, {y}): {e}"));
        let a = &p.accounts[0];
        let scene = gambit::scene::whole_map(&p, a, today());
        let svg = gambit::export::map::svg(&scene, &gambit::export::map::MapLook::fit(&scene, "t".into()));
        let png = gambit::export::map::png_at_most(&svg, 2.0).expect("png");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("decodes");
        let pixels = f64::from(pixmap.width()) * f64::from(pixmap.height());
        assert!(pixels <= gambit::export::map::MAX_PIXELS * 1.001, "({x}, {y}): {pixels} pixels");
        assert!(started.elapsed() < Duration::from_secs(30), "({x}, {y}) took {:?}", started.elapsed());
    }
}

#[test]
fn a_picture_over_the_pixel_limit_is_refused_with_a_message() {
    let p = demo_with_position(0.0, 0.0);
    let a = &p.accounts[0];
    let scene = gambit::scene::whole_map(&p, a, today());
    let svg = gambit::export::map::svg(&scene, &gambit::export::map::MapLook::fit(&scene, "t".into()));
    let e = gambit::export::map::png(&svg, 40.0).expect_err("too many pixels");
    assert!(e.contains("million") && e.contains("SVG"), "{e}");
}

#[test]
fn control_characters_and_huge_texts_are_reported_and_kept_out_of_every_export() {
    let mut p = gambit::demo::demo_project().expect("demo");
    let a = &mut p.accounts[0];
    a.contacts[0].name = "Anna\u{1b}[2J <script>alert(1)</script> =HYPERLINK()".into();
    a.contacts[1].name = "#".repeat(1_000_000);
    a.contacts[2].notes = "line one\nline\ttwo".into();
    let problems: Vec<String> = p.validate().iter().map(ToString::to_string).collect();
    let control: Vec<&String> = problems.iter().filter(|m| m.contains("control character")).collect();
    assert_eq!(control.len(), 1, "only the escape character, not the note's newline and tab: {problems:?}");
    assert!(control[0].contains("U+001B") && control[0].contains("line 1, column 5"), "{}", control[0]);
    assert!(control[0].contains("contact #") && !control[0].contains("contact contact"), "{}", control[0]);
    assert!(problems.iter().any(|m| m.contains("1,000,000 characters long")), "{problems:?}");
    let started = Instant::now();
    exports_hold(&p, true).expect("exports");
    assert!(started.elapsed() < Duration::from_secs(20), "a huge name costs {:?}", started.elapsed());
    let md = gambit::export::plan::markdown(&p, &p.accounts[0], today());
    assert!(!md.contains('\u{1b}'), "no escape character in Markdown");
}

#[test]
fn the_terminal_never_gets_a_raw_control_character() {
    let mut p = gambit::demo::demo_project().expect("demo");
    p.accounts[0].contacts[0].name = "Anna\u{1b}]0;pwned\u{7}".into();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("x\u{1b}.kam");
    gambit::file::save(&p, &path).expect("save");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    gambit::cli::check(&path, &mut out, &mut err);
    let mut all = String::from_utf8_lossy(&out).into_owned();
    all.push_str(&String::from_utf8_lossy(&err));
    assert!(!all.chars().any(|c| c.is_control() && c != '\n'), "{all:?}");
    assert!(all.contains("\\u{1b}"), "shown escaped: {all}");
}

#[test]
fn a_byte_order_mark_is_accepted_and_utf16_named() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(gambit::demo::DEMO_KAM.as_bytes());
    assert!(gambit::file::from_bytes(&bytes, "bom.kam").is_ok());
    let e = gambit::file::from_bytes(&[0xFF, 0xFE, b'(', 0], "u16.kam").expect_err("utf-16");
    assert!(e.to_string().contains("UTF-16"), "{e}");
    let e = gambit::file::from_str("[1, 2]", "list.kam").expect_err("not a project");
    assert!(!e.to_string().contains("VersionProbe"), "{e}");
}

#[test]
fn an_account_is_found_by_its_stored_name_even_with_spaces_around_it() {
    let mut p = gambit::demo::demo_project().expect("demo");
    p.accounts[0].name = "  Nordvik Foods Group".into();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("p.kam");
    gambit::file::save(&p, &path).expect("save");
    let out_md = dir.path().join("plan.md");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = gambit::cli::export_plan((&path, true), "  Nordvik Foods Group", false, &out_md, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = gambit::cli::export_plan((&path, true), "Nordvk Foods", false, &out_md, &mut out, &mut err);
    assert_eq!(code, 2);
    let said = String::from_utf8_lossy(&err);
    assert!(said.contains("closest") && said.contains("Nordvik Foods Group"), "{said}");
    let _ = PersonRef::Contact(gambit::model::ContactId(1));
}

/// Mutated CRM exports (CSV in three shapes and an .xlsx): each reads as a
/// table and imports into a sound project, or is refused with a message
/// that names the file; never a panic, never a project with new errors.
#[test]
fn mutated_contact_exports_import_soundly_or_say_why() {
    let cases: u64 = std::env::var("GAMBIT_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000);
    let budget = if cases > 1_000 { Duration::from_secs(24 * 3600) } else { Duration::from_secs(45) };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crm");
    let bases: Vec<Vec<u8>> =
        ["salesforce_contacts.csv", "swedish_excel.csv", "hubspot_export.csv", "danish_contacts.xlsx"]
            .iter()
            .map(|f| std::fs::read(dir.join(f)).expect("fixture"))
            .collect();
    let demo = gambit::demo::demo_project().expect("demo");
    let account = demo.accounts[0].id;
    let start = Instant::now();
    let (mut imported, mut refused, mut ran) = (0, 0, 0);
    for seed in 0..cases {
        if start.elapsed() > budget {
            break;
        }
        ran += 1;
        let mut r = Rng::new(seed);
        let bytes = mutate(&bases[(seed % 4) as usize], &mut r);
        let table = match gambit::interchange::table::from_bytes(&bytes, "fuzz.csv", None) {
            Ok(t) => t,
            Err(e) => {
                refused += 1;
                assert!(e.to_string().starts_with("fuzz.csv: "), "seed {seed}: {e}");
                continue;
            }
        };
        let mapping = gambit::interchange::Mapping::guess(&table.headers);
        let options = gambit::interchange::Options { overwrite: seed % 2 == 0 };
        match gambit::interchange::prepare(&demo, None, account, &table, &mapping, options) {
            Ok(import) => {
                imported += 1;
                let mut doc = gambit::command::Document::new(demo.clone(), None);
                doc.apply(import.command()).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
                let errors = doc.problems().iter().filter(|p| p.severity == gambit::model::Severity::Error).count();
                assert_eq!(errors, 0, "seed {seed}: {:?}", doc.problems());
            }
            Err(e) => {
                refused += 1;
                assert!(!e.to_string().is_empty(), "seed {seed}");
            }
        }
    }
    eprintln!("{ran} mutated exports: {imported} imported, {refused} refused with a message");
    assert!(imported > 0 && refused > 0, "the mutations reach both sides: {imported} imported, {refused} refused");
}
