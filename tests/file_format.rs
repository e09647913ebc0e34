//! The .kam file format: round trips, the version fixture, atomic saves,
//! and bad input that must give a clear error and leave the file untouched.

use gambit::file::{self, LoadError};
use gambit::model::{FORMAT_VERSION, Piece, Project};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn demo() -> Project {
    gambit::demo::demo_project().expect("the demo parses")
}

/// Writes `bytes` to a temp file, tries to load it, and checks the file is unchanged.
fn load_bad(bytes: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.kam");
    std::fs::write(&path, bytes).expect("write");
    let err = file::load(&path).expect_err("bad input must not load");
    assert_eq!(std::fs::read(&path).expect("read back"), bytes, "loading changed the file");
    assert!(!file::backup_path(&path).exists(), "loading must not write a backup");
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1, "loading left files behind");
    err
}

#[test]
fn demo_round_trips_through_text() {
    let p = demo();
    let text = file::to_string(&p).expect("serialise");
    let back = file::from_str(&text, "demo").expect("parse back");
    assert_eq!(back, p);
    // The embedded demo is exactly what the serialiser writes: it diffs cleanly.
    assert_eq!(text, gambit::demo::DEMO_KAM);
}

#[test]
fn demo_is_realistic_and_sound() {
    let p = demo();
    assert!(p.validate().is_empty(), "{:#?}", p.validate());
    assert!(p.accounts.len() >= 12);
    assert!((6..=10).contains(&p.members.len()), "account team of 6-10 people");
    let main = &p.accounts[0];
    assert!(main.units.len() >= 5);
    assert!(main.contacts.len() >= 40);
    assert!(main.relationships.len() >= 100);
    for piece in Piece::ALL.iter().filter(|p| **p != Piece::Unknown) {
        assert!(main.contacts.iter().any(|c| c.piece == *piece), "no {piece:?} in the demo");
    }
    assert!(main.contacts.iter().all(|c| !c.name.starts_with("Contact")));
}

#[test]
fn version_1_fixture_loads() {
    let p = file::load(&fixture("v1.kam")).expect("v1 fixture loads");
    assert_eq!(p.format_version, FORMAT_VERSION);
    assert_eq!(p.accounts[0].contacts.len(), 3);
    assert_eq!(p.accounts[0].contacts[0].name, "Henrik Åberg");
    assert!(p.accounts[0].contacts[2].has_left);
    assert_eq!(p.accounts[0].tier_override.as_ref().map(|o| o.reason.as_str()), Some("Budget freeze this year"));
    assert!(p.validate().is_empty());
}

#[test]
fn version_1_files_migrate_to_empty_maps() {
    let p = file::load(&fixture("v1.kam")).expect("v1 fixture loads");
    assert!(p.accounts[0].map.positions.is_empty());
    assert_eq!(p.accounts[0].map.layout, gambit::model::MapLayout::Force);
}

#[test]
fn version_3_fixture_loads_with_contact_details() {
    let p = file::load(&fixture("v3.kam")).expect("v3 fixture loads");
    let henrik = &p.accounts[0].contacts[0];
    assert_eq!((henrik.email.as_str(), henrik.phone.as_str()), ("henrik.aberg@nordvik.example", "+46 31 555 01 00"));
    assert!(p.validate().is_empty());
}

#[test]
fn older_files_read_with_empty_contact_details() {
    for v in ["v1.kam", "v2.kam"] {
        let p = file::load(&fixture(v)).expect("fixture loads");
        assert!(p.accounts[0].contacts.iter().all(|c| c.email.is_empty() && c.phone.is_empty()), "{v}");
    }
}

#[test]
fn version_2_fixture_loads_with_its_map() {
    let p = file::load(&fixture("v2.kam")).expect("v2 fixture loads");
    let map = &p.accounts[0].map;
    assert_eq!(map.layout, gambit::model::MapLayout::Board);
    let karin = gambit::model::PersonRef::Member(gambit::model::MemberId(1));
    assert_eq!(map.positions[&karin], gambit::model::MapPos { x: -120.0, y: 260.0, pinned: true });
    assert!(p.validate().is_empty());
}

#[test]
fn save_is_atomic_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.kam");
    let mut p = demo();
    file::save(&p, &path).expect("first save");
    let first = std::fs::read(&path).expect("read");
    assert!(!file::backup_path(&path).exists(), "no backup when nothing was there");

    p.name = "Renamed".into();
    file::save(&p, &path).expect("second save");
    assert_eq!(std::fs::read(file::backup_path(&path)).expect("backup"), first);
    assert_eq!(file::load(&path).expect("reload").name, "Renamed");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "temporary files left behind: {names:?}");
}

#[test]
fn failed_save_leaves_target_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no such folder").join("plan.kam");
    let err = file::save(&demo(), &missing).expect_err("cannot save into a missing folder");
    assert!(err.to_string().contains("plan.kam"), "{err}");
}

#[test]
fn empty_file_is_refused() {
    let e = load_bad(b"");
    assert!(e.to_string().contains("empty"), "{e}");
}

#[test]
fn random_bytes_are_refused() {
    // Deterministic "random" bytes: not UTF-8.
    let bytes: Vec<u8> = (0..512u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let e = load_bad(&bytes);
    assert!(e.to_string().contains("not a Gambit project"), "{e}");
}

#[test]
fn truncated_file_names_line_and_column() {
    let text = gambit::demo::DEMO_KAM;
    let cut = &text[..text.len() / 2];
    match load_bad(cut.as_bytes()) {
        LoadError::Syntax { line, column, path, .. } => {
            assert!(line > 1 && column > 0);
            assert!(path.ends_with("bad.kam"));
        }
        other => panic!("expected a syntax error, got {other}"),
    }
}

#[test]
fn deep_nesting_is_refused_without_overflow() {
    // In a field the reader skips over, and before the version (so the
    // version probe meets it too).
    for text in [
        format!("(format_version: 5, name: \"x\", junk: {}{})", "[".repeat(200_000), "]".repeat(200_000)),
        format!("(junk: {}{}, format_version: 5)", "[".repeat(200_000), "]".repeat(200_000)),
    ] {
        let e = load_bad(text.as_bytes());
        assert!(e.to_string().contains("nested deeper"), "{e}");
    }
}

#[test]
fn newer_version_is_refused_and_never_overwritten() {
    let text = std::fs::read_to_string(fixture("v1.kam")).expect("fixture");
    let newer = text.replace("format_version: 1", "format_version: 99");
    match load_bad(newer.as_bytes()) {
        LoadError::NewerVersion { found, .. } => assert_eq!(found, 99),
        other => panic!("expected newer-version error, got {other}"),
    }
}

#[test]
fn file_without_version_is_not_a_project() {
    let e = load_bad(b"(name: \"shopping list\")");
    assert!(matches!(e, LoadError::MissingVersion { .. }), "{e}");
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let big = vec![b' '; (file::MAX_FILE_BYTES + 1) as usize];
    let e = file::from_bytes(&big, "big.kam").expect_err("too large");
    assert!(matches!(e, LoadError::TooLarge { .. }), "{e}");
}

#[test]
fn dangling_and_duplicate_ids_load_but_are_reported() {
    let text = std::fs::read_to_string(fixture("v1.kam")).expect("fixture");
    let broken = text
        .replace("(id: 1, from: Contact(2), to: Contact(1)", "(id: 1, from: Contact(2), to: Contact(77)")
        .replace("(id: 3, name: \"Stefan", "(id: 2, name: \"Stefan");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.kam");
    std::fs::write(&path, &broken).expect("write");
    let p = file::load(&path).expect("structurally fine");
    let problems: Vec<String> = p.validate().iter().map(|x| x.to_string()).collect();
    assert!(problems.iter().any(|m| m.contains("contact #77") && m.contains("does not exist")), "{problems:?}");
    assert!(problems.iter().any(|m| m.contains("contact #2 is used more than once")), "{problems:?}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
}

#[test]
fn the_version_is_found_whether_or_not_it_comes_first() {
    let text = std::fs::read_to_string(fixture("v1.kam")).expect("fixture");
    let newer = text.replace("format_version: 1", "format_version: 99");
    for shape in [format!("// kept by hand\n{newer}"), newer.replacen('(', "(\n  /* first */ ", 1)] {
        match load_bad(shape.as_bytes()) {
            LoadError::NewerVersion { found, .. } => assert_eq!(found, 99),
            other => panic!("expected newer version, got {other}"),
        }
    }
    let huge = text.replace("format_version: 1", "format_version: 99999999999999999999");
    assert!(!load_bad(huge.as_bytes()).to_string().is_empty(), "a version too large to hold is an error, not a panic");
}
