//! Saving under crashes and file-system faults: the file and its `.bak`
//! are always a whole old or new version, no temporary file stays behind,
//! no symlink is followed into the wrong place, and permissions stay.
//! The crash test kills a saving child process a few dozen times; set
//! `GAMBIT_KILLS` for more.

use gambit::file;
use gambit::model::Project;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Two projects that differ in name and are big enough that a save takes
/// a while, so kills land in the middle of writing.
fn versions() -> (Project, Project) {
    let mut a = gambit::sample::project(gambit::sample::Size::KEY_ACCOUNT, 1);
    a.name = "Version A".into();
    let mut b = a.clone();
    b.name = "Version B".into();
    b.accounts[0].contacts.truncate(600);
    (a, b)
}

fn temps(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().ends_with(".tmp")))
        .collect()
}

fn name_of(path: &Path) -> String {
    file::load(path).unwrap_or_else(|e| panic!("{} does not load: {e}", path.display())).name
}

/// Saves A and B in turn, forever; run by the crash test as a child.
#[test]
#[ignore = "a child process of the crash test"]
fn child_saves_forever() {
    let Some(path) = std::env::var_os("GAMBIT_SAVE_TO") else { return };
    let (a, b) = versions();
    // Until killed; the bound only keeps a stray child from running for ever.
    for _ in 0..100_000 {
        file::save(&a, Path::new(&path)).expect("save a");
        file::save(&b, Path::new(&path)).expect("save b");
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_whole_file_and_a_whole_backup() {
    let kills: u32 = std::env::var("GAMBIT_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(30);
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shared.kam");
    let exe = std::env::current_exe().expect("test binary");
    let (a, _) = versions();
    file::save(&a, &path).expect("first save");
    let mut mid_write = 0;
    for round in 0..kills {
        let mut child = Command::new(&exe)
            .args(["--ignored", "--exact", "child_saves_forever", "--test-threads=1"])
            .env("GAMBIT_SAVE_TO", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("child");
        std::thread::sleep(Duration::from_millis(150 + u64::from(round * 37 % 400)));
        child.kill().expect("kill");
        child.wait().expect("reaped");
        mid_write += usize::from(!temps(dir.path()).is_empty());
        for p in [path.clone(), file::backup_path(&path)] {
            if p.exists() {
                let name = name_of(&p);
                assert!(name == "Version A" || name == "Version B", "round {round}: {} is {name}", p.display());
            }
        }
    }
    let leftovers = temps(dir.path()).len();
    eprintln!("{kills} kills, {mid_write} of them while a temporary file was open; {leftovers} left at the end");
    file::save(&a, &path).expect("save after the crashes");
    assert!(temps(dir.path()).is_empty(), "the next save removes the {leftovers} temporary files crashes left");
    assert_eq!(name_of(&path), "Version A");
}

#[test]
fn a_read_only_file_is_refused_and_keeps_its_permissions() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("locked.kam");
        let (a, b) = versions();
        file::save(&a, &path).expect("save");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        let e = file::save(&b, &path).expect_err("read-only");
        assert!(e.to_string().contains("read-only"), "{e}");
        assert_eq!(name_of(&path), "Version A");
        assert_eq!(std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o444);
        // A file the owner made private stays private.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        file::save(&b, &path).expect("save");
        assert_eq!(std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o640);
        assert!(temps(dir.path()).is_empty());
    }
}

#[test]
fn saving_through_a_symlink_replaces_the_file_it_points_to_and_keeps_the_link() {
    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().expect("dir");
        let real_dir = dir.path().join("real");
        std::fs::create_dir(&real_dir).expect("mkdir");
        let real = real_dir.join("project.kam");
        let link = dir.path().join("link.kam");
        let (a, b) = versions();
        file::save(&a, &real).expect("save");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        file::save(&b, &link).expect("save through the link");
        assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "the link stays a link");
        assert_eq!(name_of(&real), "Version B");
        assert_eq!(name_of(&file::backup_path(&real)), "Version A", "the backup is beside the real file");
        assert!(!file::backup_path(&link).exists());
    }
}

#[test]
fn a_backup_that_is_a_symlink_is_replaced_not_followed() {
    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.kam");
        let elsewhere = dir.path().join("precious.txt");
        std::fs::write(&elsewhere, "do not touch").expect("write");
        let (a, b) = versions();
        file::save(&a, &path).expect("save");
        let bak = file::backup_path(&path);
        std::fs::remove_file(&bak).ok();
        std::os::unix::fs::symlink(&elsewhere, &bak).expect("symlink");
        // A link planted where an old-style temporary file would go.
        let planted = dir.path().join(format!(".p.kam.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&elsewhere, &planted).expect("symlink");
        file::save(&b, &path).expect("save");
        assert_eq!(std::fs::read_to_string(&elsewhere).expect("read"), "do not touch");
        assert!(!std::fs::symlink_metadata(&bak).expect("bak").file_type().is_symlink());
        assert_eq!(name_of(&bak), "Version A");
        assert!(std::fs::symlink_metadata(&planted).is_err(), "the planted link is removed as a leftover");
    }
}

#[test]
fn a_file_from_a_newer_gambit_is_not_overwritten() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("new.kam");
    let newer = "(\n    format_version: 99,\n    name: \"From the future\",\n)\n";
    std::fs::write(&path, newer).expect("write");
    let e = file::save(&versions().0, &path).expect_err("newer");
    assert!(e.to_string().contains("newer Gambit"), "{e}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
}

#[test]
fn a_full_disk_leaves_the_file_its_backup_and_no_temporary_file() {
    // A small tmpfs makes a full disk; only root may mount one.
    let dir = tempfile::tempdir().expect("dir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(dir.path())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (not root?)");
        return;
    }
    let path = dir.path().join("p.kam");
    let small = gambit::demo::demo_project().expect("demo");
    file::save(&small, &path).expect("first save");
    file::save(&small, &path).expect("second save makes a backup");
    let before = std::fs::read(&path).expect("read");
    eprintln!("a 2 MB tmpfs: saving a 5 MB project");
    let e = file::save(&versions().0, &path).expect_err("the disk is full");
    let (after, bak) = (std::fs::read(&path).expect("read"), std::fs::read(file::backup_path(&path)).expect("bak"));
    let leftovers = temps(dir.path());
    let _ = Command::new("umount").arg(dir.path()).status();
    assert!(e.to_string().contains("p.kam"), "the message names the project: {e}");
    assert_eq!(after, before, "the project is unchanged");
    assert_eq!(bak, before, "the backup is whole");
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_failed_export_leaves_nothing_half_written() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = dir.path().join("no such folder").join("out.csv");
    assert!(file::write_atomic(&missing, b"rank\n").is_err());
    assert!(!missing.exists());
    let out = dir.path().join("out.csv");
    file::write_atomic(&out, b"old\n").expect("write");
    file::write_atomic(&out, b"new\n").expect("write");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "new\n");
    assert!(!file::backup_path(&out).exists(), "exports keep no backup");
    assert!(temps(dir.path()).is_empty());
}

#[test]
fn migrate_saves_an_old_file_in_the_current_format_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("old.kam");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.kam");
    std::fs::copy(&fixture, &path).expect("copy");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(gambit::cli::migrate(&path, &mut out, &mut err), 0, "{}", String::from_utf8_lossy(&err));
    assert!(String::from_utf8_lossy(&out).contains("migrated from format version 1"));
    assert_eq!(file::version_of(&path), Some(gambit::model::FORMAT_VERSION));
    assert_eq!(std::fs::read(file::backup_path(&path)).expect("bak"), std::fs::read(&fixture).expect("fixture"));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(gambit::cli::migrate(&path, &mut out, &mut err), 0);
    assert!(String::from_utf8_lossy(&out).contains("not changed"));
    let broken = dir.path().join("broken.kam");
    std::fs::write(&broken, "(format_version: 2, name: ").expect("write");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(gambit::cli::migrate(&broken, &mut out, &mut err), 2);
    assert_eq!(std::fs::read_to_string(&broken).expect("read"), "(format_version: 2, name: ", "left as it was");
}
