//! A file a colleague saved while it was open here: saving merges their
//! changes instead of overwriting them; where both changed the same field
//! the user picks; conflicts a git merge left in a file show on opening.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::command::Command;
use gambit::file;
use gambit::model::Project;
use std::path::Path;

mod app_files;
use app_files::{demo_file, retitle};

fn open(path: &Path) -> Harness<'static, GambitApp> {
    let path = path.to_path_buf();
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(move |cc| {
        GambitApp::start(&cc.egui_ctx, Some(path), Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(4);
    h
}

/// A colleague's save: load what is on disk, change it, write it back.
fn colleague(path: &Path, f: impl FnOnce(&mut Project)) {
    let mut p = file::load(path).expect("load");
    f(&mut p);
    file::save(&p, path).expect("their save");
}

fn save(h: &mut Harness<'_, GambitApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(4);
}

#[test]
fn saving_over_a_colleagues_save_merges_both() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let mut h = open(&path);
    retitle(&mut h, "Group CEO and chair");
    colleague(&path, |p| p.accounts[0].plan.strategy = "Win the bakeries".into());
    save(&mut h);
    assert!(!h.state().merge_review_open(), "no conflict, nothing to pick");
    let on_disk = file::load(&path).expect("load");
    assert_eq!(on_disk.accounts[0].contacts[0].title, "Group CEO and chair", "ours saved");
    assert_eq!(on_disk.accounts[0].plan.strategy, "Win the bakeries", "theirs not overwritten");
    assert!(!h.state().document().is_dirty());
    assert_eq!(h.state().document().project().accounts[0].plan.strategy, "Win the bakeries", "and shown here");
    // Saving again with nobody else in between is a plain save.
    retitle(&mut h, "CEO");
    save(&mut h);
    assert_eq!(file::load(&path).expect("load").accounts[0].contacts[0].title, "CEO");
}

#[test]
fn the_same_field_changed_by_both_asks_and_takes_the_pick() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let mut h = open(&path);
    retitle(&mut h, "CEO");
    let other = h.state().document().project().accounts[0].contacts[1].clone();
    colleague(&path, |p| {
        p.accounts[0].contacts[0].title = "Chief Executive".into();
        p.accounts[0].contacts[1].phone = "+46 8 000".into();
    });
    // She opened it after us ("Open anyway"): her lock names her.
    let now = gambit::clock::now_stamp().0;
    let karin = format!("user=Karin Lindqvist\nhost=karins-laptop\npid=4242\nsince=2026-11-24 10:12\nat={now}\n");
    std::fs::write(file::lock::lock_path(&path), karin).expect("her lock");
    let theirs = std::fs::read(&path).expect("read");
    save(&mut h);
    assert!(h.state().merge_review_open(), "the conflict is shown");
    assert!(h.query_by_label("Karin Lindqvist saved this file").is_some(), "the review names who saved");
    assert_eq!(std::fs::read(&path).expect("read"), theirs, "nothing written before the user picks");
    assert!(
        h.query_by_label("CEO").is_some() && h.query_by_label("Chief Executive").is_some(),
        "both values side by side"
    );
    h.get_by_label("Chief Executive").click();
    h.run_steps(2);
    h.get_by_label("Merge and save").click();
    h.run_steps(4);
    assert!(!h.state().merge_review_open());
    let on_disk = file::load(&path).expect("load");
    assert_eq!(on_disk.accounts[0].contacts[0].title, "Chief Executive", "their value, as picked");
    assert_eq!(on_disk.accounts[0].contacts[1].phone, "+46 8 000", "their other change kept");
    assert_ne!(on_disk.accounts[0].contacts[1], other);
    assert!(on_disk.conflicts.is_empty());
    // The merge is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().document().project().accounts[0].contacts[0].title, "CEO");
}

#[test]
fn conflicts_a_git_merge_left_show_on_opening() {
    let dir = tempfile::tempdir().expect("temp");
    let base = gambit::demo::demo_project().expect("demo");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.accounts[0].contacts[0].title = "CEO".into();
    theirs.accounts[0].contacts[0].title = "Chief Executive".into();
    let merged = gambit::merge::merge(&base, &ours, &theirs);
    let path = dir.path().join("merged.kam");
    file::save(&merged.project, &path).expect("save");
    let mut h = open(&path);
    assert!(h.state().merge_review_open(), "listed on opening");
    assert!(h.query_by_label("Conflicts to settle").is_some());
    h.get_by_label("Chief Executive").click();
    h.run_steps(2);
    h.get_by_label("Apply").click();
    h.run_steps(4);
    let p = h.state().document().project();
    assert!(p.conflicts.is_empty());
    assert_eq!(p.accounts[0].contacts[0].title, "Chief Executive");
    assert!(h.state().document().is_dirty(), "settled, to be saved");
}

#[test]
fn opening_leaves_a_lock_and_closing_takes_it_away() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let h = open(&path);
    let lock = file::lock::lock_path(&path);
    let text = std::fs::read_to_string(&lock).expect("a lock beside the file");
    assert!(text.contains(&format!("pid={}", std::process::id())), "{text}");
    assert!(!h.state().lock_notice_open(), "our own lock asks nothing");
    drop(h);
    assert!(!lock.exists(), "gone when Gambit closes");
}

#[test]
fn someone_elses_lock_says_who_and_offers_read_only() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let now = gambit::clock::now_stamp().0;
    let karin = format!("user=Karin Lindqvist\nhost=karins-laptop\npid=4242\nsince=2026-11-24 10:12\nat={now}\n");
    std::fs::write(file::lock::lock_path(&path), &karin).expect("her lock");
    let mut h = open(&path);
    assert!(h.state().lock_notice_open());
    assert!(
        h.query_by_label_contains("Karin Lindqvist (karins-laptop) has this open since 2026-11-24 10:12").is_some()
    );
    h.get_by_label("Open read-only").click();
    h.run_steps(4);
    assert!(h.state().is_read_only());
    assert!(h.state().window_title().contains("(read-only)"));
    drop(h);
    assert_eq!(std::fs::read_to_string(file::lock::lock_path(&path)).expect("still there"), karin, "her lock is hers");
}

#[test]
fn open_anyway_edits_and_saving_still_works() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let now = gambit::clock::now_stamp().0;
    let karin = format!("user=Karin Lindqvist\nhost=karins-laptop\npid=4242\nsince=2026-11-24 10:12\nat={now}\n");
    std::fs::write(file::lock::lock_path(&path), karin).expect("her lock");
    let mut h = open(&path);
    h.get_by_label("Open anyway").click();
    h.run_steps(4);
    assert!(!h.state().is_read_only());
    retitle(&mut h, "CEO");
    save(&mut h);
    assert_eq!(file::load(&path).expect("load").accounts[0].contacts[0].title, "CEO", "a lock never blocks saving");
}

/// Lets the file watch report (it runs on the system's own thread).
fn settle(h: &mut Harness<'_, GambitApp>, done: impl Fn(&GambitApp) -> bool) -> bool {
    for _ in 0..60 {
        h.run_steps(1);
        if done(h.state()) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

#[test]
fn a_colleagues_save_shows_at_once_when_nothing_here_is_unsaved() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let mut h = open(&path);
    h.get_by_label("Baltica Marine Engines").click();
    h.run_steps(2);
    let baltica = h.state().current_account();
    assert_ne!(baltica, Some(gambit::model::AccountId(1)));
    colleague(&path, |p| p.accounts[0].plan.strategy = "Win the bakeries".into());
    let reloaded = settle(&mut h, |app| app.document().project().accounts[0].plan.strategy == "Win the bakeries");
    assert!(reloaded, "their version loads by itself");
    assert!(!h.state().document().is_dirty(), "nothing to save: it is the file");
    assert_eq!(h.state().current_account(), baltica, "the view stays where it was");
    // Our own save is not taken for theirs.
    retitle(&mut h, "CEO");
    save(&mut h);
    assert!(!settle(&mut h, |app| app.changed_on_disk()), "no notice for our own save");
}

#[test]
fn a_colleagues_save_with_changes_here_offers_to_merge_now() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let mut h = open(&path);
    retitle(&mut h, "CEO");
    colleague(&path, |p| p.accounts[0].plan.strategy = "Win the bakeries".into());
    assert!(settle(&mut h, |app| app.changed_on_disk()), "it says someone saved");
    assert!(h.query_by_label("Someone else saved this file.").is_some());
    assert_eq!(h.state().document().project().accounts[0].contacts[0].title, "CEO", "ours untouched meanwhile");
    h.get_by_label("Merge now").click();
    h.run_steps(2);
    let p = h.state().document().project();
    assert_eq!(
        (p.accounts[0].contacts[0].title.as_str(), p.accounts[0].plan.strategy.as_str()),
        ("CEO", "Win the bakeries")
    );
    assert!(h.state().document().is_dirty(), "merged, not yet saved");
    assert!(!h.state().changed_on_disk());
}

#[test]
fn a_new_contact_never_takes_the_number_of_one_deleted_since_the_last_save() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let mut h = open(&path);
    let (a, newest) = {
        let acc = &h.state().document().project().accounts[0];
        (acc.id, acc.contacts.iter().map(|c| c.id).max().expect("contacts"))
    };
    h.state_mut().apply(Command::DeleteContact(a, newest));
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    h.get_by_label("Add contact").click();
    h.run_steps(4);
    let acc = &h.state().document().project().accounts[0];
    let added = acc.contacts.iter().map(|c| c.id).max().expect("contacts");
    assert!(added > newest, "{added} is past {newest}, which the file still has: a merge keeps them apart");
}

/// Storage as eframe keeps it between runs, in memory.
#[derive(Default)]
struct Remembered(std::collections::HashMap<String, String>);

impl eframe::Storage for Remembered {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn your_name_is_asked_once_and_is_what_colleagues_read() {
    let dir = tempfile::tempdir().expect("temp");
    let path = demo_file(dir.path());
    let mut h = open(&path);
    // The first start with somewhere to remember the answer asks.
    let mut storage = Remembered::default();
    h.state_mut().recall_your_name(Some(&storage));
    h.run_steps(4);
    assert!(h.state().your_name_open());
    h.get_by_label("Name").focus();
    h.run_steps(2);
    h.get_by_label("Name").type_text("Karin Lindqvist");
    h.run_steps(2);
    h.get_by_label("OK").click();
    h.run_steps(4);
    assert!(!h.state().your_name_open());
    assert!(h.query_by_label_contains("Colleagues will see you as Karin Lindqvist").is_some());
    // The lock beside the open file names her, not her login.
    let lock = std::fs::read_to_string(file::lock::lock_path(&path)).expect("lock");
    assert!(lock.contains("user=Karin Lindqvist\n"), "{lock}");
    // Remembered: the next start asks nothing and uses it.
    eframe::App::save(h.state_mut(), &mut storage);
    gambit::file::lock::set_user_name("");
    let mut next = open(&path);
    next.state_mut().recall_your_name(Some(&storage));
    next.run_steps(4);
    assert!(!next.state().your_name_open(), "asked once");
    assert_eq!(gambit::file::lock::user_name().as_deref(), Some("Karin Lindqvist"));
    // Edit > Your Name… changes it.
    next.get_by_label("Edit").click();
    next.run_steps(2);
    next.get_by_label("Your Name…").click();
    next.run_steps(2);
    assert!(next.state().your_name_open());
}
