//! Hostile input, round two: files that are not files, texts XML cannot
//! carry, numbers that are not numbers, exports aimed at the project,
//! command-line saves racing a colleague, the owner of a saved file, and
//! the merge of a file both branches added.

use gambit::file;
use gambit::model::Project;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

fn gambit() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gambit"));
    command.env("LC_ALL", "C").env("LANG", "C");
    command
}

fn demo() -> Project {
    gambit::demo::demo_project().expect("demo")
}

fn saved_demo(dir: &Path) -> PathBuf {
    let path = dir.join("p.kam");
    file::save(&demo(), &path).expect("saved");
    path
}

/// Runs `cmd`, killed after `secs`; `None` when it had to be killed.
fn within(mut cmd: Command, secs: u64) -> Option<Output> {
    let mut child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("run");
    for _ in 0..secs * 20 {
        if child.try_wait().expect("wait").is_some() {
            return Some(child.wait_with_output().expect("output"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    None
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_is_refused_at_once_not_read() {
    let dir = tempfile::tempdir().expect("temp");
    let fifo = dir.path().join("fifo.kam");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let zero = dir.path().join("zero.kam");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("link");
    for path in [&fifo, &zero] {
        let mut cmd = gambit();
        cmd.arg("check").arg(path);
        let out = within(cmd, 10).unwrap_or_else(|| panic!("{} hangs", path.display()));
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is not a file"), "{err}");
        let mut cmd = gambit();
        cmd.args(["import-contacts"]).arg(dir.path().join("none.kam")).args(["--account", "A", "--from"]).arg(path);
        assert!(within(cmd, 10).is_some(), "import from {} hangs", path.display());
    }
    let e = gambit::interchange::table::read(&fifo, None).expect_err("refused");
    assert!(e.to_string().contains("is not a file"), "{e}");
}

#[test]
fn a_file_never_read_past_the_cap() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("big.csv");
    std::fs::write(&path, vec![b'a'; 2000]).expect("write");
    assert_eq!(file::read_bounded(&path, 1000).expect("read"), file::Bounded::TooLarge(2000));
    assert_eq!(file::read_bounded(&path, 2000).expect("read"), file::Bounded::Bytes(vec![b'a'; 2000]));
}

#[test]
fn noncharacters_are_refused_and_never_reach_svg_or_html() {
    let mut p = demo();
    p.accounts[0].contacts[0].name = "Henrik\u{FFFF} Åberg\u{FFFE}".into();
    p.accounts[0].plan.strategy = "Plan \u{FDD0} text".into();
    let problems: Vec<String> = p.validate().iter().map(ToString::to_string).collect();
    assert!(problems.iter().any(|e| e.contains("U+FFFF") && e.contains("not a character")), "{problems:?}");
    assert!(problems.iter().any(|e| e.contains("U+FDD0")), "{problems:?}");
    let a = &p.accounts[0];
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("date");
    let scene = gambit::scene::whole_map(&p, a, today);
    let look = gambit::export::map::MapLook::fit(&scene, "t".into());
    let svg = gambit::export::map::svg(&scene, &look);
    let html = gambit::export::plan::html(&p, a, today);
    let md = gambit::export::plan::markdown(&p, a, today);
    for (what, text) in [("svg", &svg), ("html", &html), ("markdown", &md)] {
        assert!(!text.chars().any(gambit::model::texts::is_noncharacter), "{what} holds a noncharacter");
    }
    resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).expect("the SVG is well-formed");
    // Written in the file as an escape, it is found as well.
    let text = file::to_string(&demo()).expect("text").replacen("Henrik Åberg", "Henrik \\u{FFFF}", 1);
    let loaded = file::from_str(&text, "x.kam").expect("loads");
    assert!(loaded.validate().iter().any(|e| e.to_string().contains("U+FFFF")));
}

#[test]
fn numbers_that_are_not_numbers_are_reported_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("nan.kam");
    let text = file::to_string(&demo()).expect("text");
    let line = text.lines().position(|l| l.contains("profitability:")).expect("a profitability") + 1;
    let text = text.replacen("profitability: 5.1", "profitability: NaN", 1).replacen(
        "current_revenue: ",
        "current_revenue: 1e999, x_: ",
        0,
    );
    std::fs::write(&path, &text).expect("write");
    let out = gambit().arg("check").arg(&path).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("profitability is NaN, which is not a number"), "{stdout}");
    assert!(stdout.contains(&format!("nan.kam:{line}:")), "{stdout}");
    let p = file::load(&path).expect("loads");
    let html = gambit::export::plan::html(&p, &p.accounts[0], chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("d"));
    assert!(!html.contains("NaN"), "the plan never prints NaN");
}

#[test]
fn an_export_over_the_project_or_any_project_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let path = saved_demo(dir.path());
    file::save(&demo(), &path).expect("again, so there is a .bak");
    let before = std::fs::read(&path).expect("read");
    let other = dir.path().join("other.txt");
    std::fs::copy(&path, &other).expect("copy");
    let bak = file::backup_path(&path);
    for target in [&path, &bak, &other] {
        let out = gambit()
            .arg("export-map")
            .arg(&path)
            .args(["--account", "Nordvik Foods Group", "--svg"])
            .arg(target)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("an export never writes over"), "{err}");
        assert!(file::load(target).is_ok(), "{} is still a project", target.display());
    }
    assert_eq!(std::fs::read(&path).expect("read"), before);
    let out = gambit()
        .arg("export-contacts")
        .arg(&path)
        .args(["--account", "Nordvik Foods Group", "--csv"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_file_both_branches_added_merges_from_nothing() {
    let dir = tempfile::tempdir().expect("temp");
    let base = dir.path().join("base");
    std::fs::write(&base, "").expect("empty base");
    let ours = saved_demo(dir.path());
    let theirs = dir.path().join("theirs.kam");
    let mut t = demo();
    t.accounts[0].contacts[1].title = "Group CFO and deputy CEO".into();
    file::save(&t, &theirs).expect("theirs");
    let out = gambit().arg("merge").arg(&base).arg(&ours).arg(&theirs).output().expect("run");
    assert_eq!(out.status.code(), Some(0), "merged as from an empty project, not a failure; {out:?}");
    let merged = file::load(&ours).expect("merged");
    let titles: Vec<&str> =
        merged.accounts.iter().filter_map(|a| a.contacts.get(1)).map(|c| c.title.as_str()).collect();
    assert!(
        titles.contains(&"Group CFO and deputy CEO") && titles.contains(&"Group CFO"),
        "neither side lost: {titles:?}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("both sides added account #1"), "{out:?}");
    let (same, again) = (dir.path().join("same.kam"), dir.path().join("again.kam"));
    file::save(&demo(), &same).expect("same");
    file::save(&demo(), &again).expect("again");
    let out = gambit().arg("merge").arg(&base).arg(&same).arg(&again).output().expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(file::load(&same).expect("merged") == demo(), "the same file added twice is that file");
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_owner_and_group() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let dir = tempfile::tempdir().expect("temp");
    let path = saved_demo(dir.path());
    // Another user's file: only an administrator can make one.
    if std::os::unix::fs::chown(&path, Some(65534), Some(65534)).is_err() {
        eprintln!("not run: making a file another user's needs an administrator");
        return;
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("mode");
    file::save(&demo(), &path).expect("saved by the administrator");
    let meta = std::fs::metadata(&path).expect("meta");
    assert_eq!((meta.uid(), meta.gid(), meta.mode() & 0o777), (65534, 65534, 0o640));
    let bak = std::fs::metadata(file::backup_path(&path)).expect("bak");
    assert_eq!((bak.uid(), bak.gid()), (65534, 65534));
}

#[test]
fn importing_past_the_largest_id_gives_free_ids() {
    let mut p = demo();
    let a = &mut p.accounts[0];
    a.contacts.last_mut().expect("a contact").id = gambit::model::ContactId(u32::MAX);
    let table = gambit::interchange::table::from_bytes(b"Full Name,Title\nNew One,CTO\nNew Two,CIO\n", "n.csv", None)
        .expect("csv");
    let mapping = gambit::interchange::Mapping::guess(&table.headers);
    let id = p.accounts[0].id;
    let import = gambit::interchange::prepare(&p, None, id, &table, &mapping, gambit::interchange::Options::default())
        .expect("prepared");
    let mut doc = gambit::command::Document::new(p, None);
    doc.apply(import.command()).expect("applied");
    let problems: Vec<String> = doc.project().validate().iter().map(ToString::to_string).collect();
    assert!(!problems.iter().any(|e| e.contains("more than once")), "{problems:?}");
    assert_eq!(doc.project().accounts[0].contacts.iter().filter(|c| c.name.starts_with("New ")).count(), 2);
}
