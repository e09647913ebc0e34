//! `gambit diff`: what changed between two project files, and the same as
//! git's diff driver in a real repository with three commits.

use gambit::file;
use gambit::model::{Project, Stance};
use std::path::Path;
use std::process::Command;

fn gambit(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gambit"))
        .current_dir(dir)
        .args(args)
        .args(["--lang", "en"])
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn demo() -> Project {
    gambit::demo::demo_project().expect("demo")
}

/// Annika Berg comes round; Henrik Åberg leaves.
fn changed(mut p: Project, step: u8) -> Project {
    let a = &mut p.accounts[0];
    if step >= 1
        && let Some(c) = a.contacts.iter_mut().find(|c| c.name == "Annika Berg")
    {
        c.stance = Stance::Supporter;
    }
    if step >= 2
        && let Some(c) = a.contacts.iter_mut().find(|c| c.name == "Henrik Åberg")
    {
        c.has_left = true;
    }
    p
}

#[test]
fn two_files_say_what_changed_in_each_account() {
    let dir = tempfile::tempdir().expect("dir");
    file::save(&demo(), &dir.path().join("old.kam")).expect("save");
    file::save(&changed(demo(), 2), &dir.path().join("new.kam")).expect("save");
    let (code, out, err) = gambit(&["diff", "old.kam", "new.kam"], dir.path());
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Account Nordvik Foods Group:\n  - Henrik Åberg left\n  + Annika Berg: stance Non-supporter -> Supporter (better)\n"
    );
    let (_, same, _) = gambit(&["diff", "old.kam", "old.kam"], dir.path());
    assert_eq!(same, "Nothing changed.\n");
    let (_, other, _) = gambit(&["diff", "old.kam", "new.kam", "--account", "Helsing Pharma"], dir.path());
    assert_eq!(other, "Nothing changed.\n", "only the account asked for");
}

#[test]
fn an_unreadable_file_or_an_unknown_account_says_so_and_exits_2() {
    let dir = tempfile::tempdir().expect("dir");
    file::save(&demo(), &dir.path().join("old.kam")).expect("save");
    std::fs::write(dir.path().join("broken.kam"), "(format_version: 5, name: ").expect("write");
    let (code, out, err) = gambit(&["diff", "old.kam", "broken.kam"], dir.path());
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("broken.kam"), "{err}");
    let (code, _, err) = gambit(&["diff", "old.kam", "old.kam", "--account", "Nobody AB"], dir.path());
    assert_eq!(code, 2);
    assert!(err.contains("Nobody AB"), "{err}");
    let (code, _, err) = gambit(&["diff", "a.kam", "b.kam", "c.kam"], dir.path());
    assert_eq!(code, 2, "three files are neither two nor git's seven: {err}");
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Karin Lindqvist",
            "-c",
            "user.email=karin@example.com",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn as_gits_diff_driver_a_history_of_three_commits_reads_as_changes() {
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    git(repo, &["config", "diff.gambit.command", &format!("{} diff --lang en", env!("CARGO_BIN_EXE_gambit"))]);
    std::fs::write(repo.join(".gitattributes"), "*.kam diff=gambit\n").expect("attributes");
    for (step, message) in [(0, "The account as planned"), (1, "Annika came round"), (2, "Henrik left")] {
        file::save(&changed(demo(), step), &repo.join("Nordvik.kam")).expect("save");
        std::fs::remove_file(file::backup_path(&repo.join("Nordvik.kam"))).ok();
        git(repo, &["add", "-A"]);
        git(repo, &["commit", "-qm", message]);
    }
    let last = git(repo, &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(last, "Nordvik.kam:\nAccount Nordvik Foods Group:\n  - Henrik Åberg left\n");
    let log = git(repo, &["log", "-p", "--ext-diff", "--format=%s"]);
    assert!(
        log.contains("Henrik left\n\nNordvik.kam:\nAccount Nordvik Foods Group:\n  - Henrik Åberg left\n"),
        "{log}"
    );
    assert!(log.contains("Annika came round\n\nNordvik.kam:\nAccount Nordvik Foods Group:\n  + Annika Berg: stance Non-supporter -> Supporter (better)\n"), "{log}");
    // The first commit adds the file: every account is new.
    assert!(log.contains("Account Nordvik Foods Group is new."), "{log}");
}

/// Three commits of the file (and one of another file) in a fresh repository.
fn three_commits(repo: &Path) {
    git(repo, &["init", "-q"]);
    for (step, message) in [(0, "The account as planned"), (1, "Annika came round"), (2, "Henrik left")] {
        file::save(&changed(demo(), step), &repo.join("Nordvik.kam")).expect("save");
        std::fs::remove_file(file::backup_path(&repo.join("Nordvik.kam"))).ok();
        git(repo, &["add", "-A"]);
        git(repo, &["commit", "-qm", message]);
        if step == 1 {
            std::fs::write(repo.join("notes.txt"), "minutes").expect("notes");
            git(repo, &["add", "-A"]);
            git(repo, &["commit", "-qm", "Minutes of the workshop"]);
        }
    }
}

#[test]
fn as_gits_textconv_git_log_p_shows_facts_not_ron() {
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path();
    three_commits(repo);
    git(repo, &["config", "diff.gambit.textconv", &format!("{} textconv --lang en", env!("CARGO_BIN_EXE_gambit"))]);
    std::fs::write(repo.join(".gitattributes"), "*.kam diff=gambit\n").expect("attributes");
    let log = git(repo, &["log", "-p", "--format=%s", "--", "Nordvik.kam"]);
    assert!(log.contains("-Annika Berg: stance Non-supporter\n+Annika Berg: stance Supporter\n"), "{log}");
    assert!(log.contains("+Henrik Åberg: has left\n"), "{log}");
    assert!(!log.contains("format_version"), "no RON in the log: {log}");
    let last = git(repo, &["diff", "HEAD~1", "HEAD", "--", "Nordvik.kam"]);
    assert!(last.contains("+Henrik Åberg: has left"), "{last}");
    let (code, out, _) = gambit(&["textconv", "Nordvik.kam"], repo);
    assert_eq!(code, 0);
    assert!(out.starts_with("Project: ") && out.contains("\n# Nordvik Foods Group\n"), "{out}");
}

#[test]
fn the_files_history_is_read_from_git_without_running_it() {
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path();
    three_commits(repo);
    let read = file::git::read(&repo.join("Nordvik.kam"), 100).expect("reads");
    let summaries: Vec<&str> = read.kept.iter().map(|k| k.summary.as_str()).collect();
    assert_eq!(summaries, ["Henrik left", "Annika came round", "The account as planned"], "newest first");
    assert!(read.kept.iter().all(|k| k.author == "Karin Lindqvist"), "who committed");
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    let a = read.kept[0].project.accounts[0].id;
    let points = gambit::app::views::map::timeline::commit_points(&read.kept, a);
    assert_eq!(points.len(), 3, "each commit changed the account");
    // A broken version in between is left out with a reason, never a crash.
    std::fs::write(repo.join("Nordvik.kam"), "(format_version: 5, name: ").expect("broken");
    git(repo, &["commit", "-qam", "Oops"]);
    let read = file::git::read(&repo.join("Nordvik.kam"), 100).expect("reads");
    assert_eq!(read.kept.len(), 3);
    assert_eq!(read.skipped.len(), 1, "{:?}", read.skipped);
    assert!(read.skipped[0].contains("Nordvik.kam @ "), "names the version: {}", read.skipped[0]);
    // Outside a repository: no history, no error.
    let lone = tempfile::tempdir().expect("dir");
    file::save(&demo(), &lone.path().join("x.kam")).expect("save");
    assert!(file::git::read(&lone.path().join("x.kam"), 100).expect("no repo").kept.is_empty());
}
