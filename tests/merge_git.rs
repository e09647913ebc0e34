//! `gambit merge` as git's merge driver, with real git: two clones of a
//! repository holding a project each change it, and pulling merges.

use gambit::file;
use gambit::model::{Contact, ContactId, Project};
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main"])
        .args(args)
        .output()
        .expect("git runs")
}

fn ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A repository with the demo, the driver set up as the README says, and two clones.
fn setup(root: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let origin = root.join("origin");
    std::fs::create_dir(&origin).expect("dir");
    ok(&origin, &["init", "-q"]);
    let demo = gambit::demo::demo_project().expect("demo");
    file::save(&demo, &origin.join("account.kam")).expect("save");
    std::fs::write(origin.join(".gitattributes"), "*.kam merge=gambit\n").expect("attributes");
    ok(&origin, &["add", "account.kam", ".gitattributes"]);
    ok(&origin, &["commit", "-qm", "start"]);
    ok(&origin, &["config", "receive.denyCurrentBranch", "updateInstead"]);
    let driver = format!("{} merge %O %A %B", env!("CARGO_BIN_EXE_gambit"));
    let mut clones = Vec::new();
    for name in ["karin", "erik"] {
        ok(root, &["clone", "-q", "origin", name]);
        let dir = root.join(name);
        ok(&dir, &["config", "merge.gambit.driver", &driver]);
        ok(&dir, &["config", "pull.rebase", "false"]);
        clones.push(dir);
    }
    (clones[0].clone(), clones[1].clone())
}

fn change(dir: &Path, message: &str, f: impl FnOnce(&mut Project)) {
    let path = dir.join("account.kam");
    let mut p = file::load(&path).expect("load");
    f(&mut p);
    file::save(&p, &path).expect("save");
    std::fs::remove_file(file::backup_path(&path)).ok();
    ok(dir, &["commit", "-qam", message]);
}

fn add_contact(p: &mut Project, name: &str) {
    let id = gambit::command::NewIds::new(p, None).contact(p.accounts[0].id);
    p.accounts[0].contacts.push(Contact::new(id, name));
}

#[test]
fn two_clones_edit_and_pull_merges_everything() {
    let root = tempfile::tempdir().expect("temp");
    let (karin, erik) = setup(root.path());
    change(&karin, "Karin adds Anna and renames Henrik", |p| {
        add_contact(p, "Anna Ny");
        p.accounts[0].contacts[0].name = "Henrik Åberg-Lind".into();
    });
    ok(&karin, &["push", "-q", "origin", "main"]);
    change(&erik, "Erik adds Bo and edits the plan", |p| {
        add_contact(p, "Bo Nyberg");
        p.accounts[0].plan.strategy = "Win the bakeries".into();
    });
    ok(&erik, &["pull", "-q", "--no-edit", "origin", "main"]);
    let p = file::load(&erik.join("account.kam")).expect("the merged file loads");
    let a = &p.accounts[0];
    assert!(a.contacts.iter().any(|c| c.name == "Anna Ny"));
    assert!(a.contacts.iter().any(|c| c.name == "Bo Nyberg"));
    assert_eq!(a.contact(ContactId(1)).map(|c| c.name.as_str()), Some("Henrik Åberg-Lind"));
    assert_eq!(a.plan.strategy, "Win the bakeries");
    assert!(p.conflicts.is_empty());
    assert!(p.validate().iter().all(|x| x.severity != gambit::model::Severity::Error));
}

#[test]
fn a_true_conflict_exits_1_and_the_file_lists_it() {
    let root = tempfile::tempdir().expect("temp");
    let (karin, erik) = setup(root.path());
    change(&karin, "Karin's title", |p| p.accounts[0].contacts[0].title = "CEO".into());
    ok(&karin, &["push", "-q", "origin", "main"]);
    change(&erik, "Erik's title", |p| p.accounts[0].contacts[0].title = "Chief Executive".into());
    let pull = git(&erik, &["pull", "-q", "--no-edit", "origin", "main"]);
    assert!(!pull.status.success(), "git stops at the conflict");
    let p = file::load(&erik.join("account.kam")).expect("the file still loads");
    assert_eq!(p.accounts[0].contacts[0].title, "Chief Executive", "ours kept meanwhile");
    assert_eq!(p.conflicts.len(), 1);
    assert_eq!((p.conflicts[0].ours.as_str(), p.conflicts[0].theirs.as_str()), ("Chief Executive", "CEO"));
    // The driver itself, as git calls it: exit 1.
    let dir = root.path();
    let [b, o, t] = ["base.kam", "ours.kam", "theirs.kam"].map(|n| dir.join(n));
    let demo = gambit::demo::demo_project().expect("demo");
    file::save(&demo, &b).expect("save");
    let mut x = demo.clone();
    x.name = "Ours".into();
    file::save(&x, &o).expect("save");
    x.name = "Theirs".into();
    file::save(&x, &t).expect("save");
    let code = Command::new(env!("CARGO_BIN_EXE_gambit")).arg("merge").args([&b, &o, &t]).status().expect("runs");
    assert_eq!(code.code(), Some(1));
    assert_eq!(file::load(&o).expect("loads").conflicts.len(), 1);
}
