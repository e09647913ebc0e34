//! What changed between two reviews of a 5,000-person account (50,000
//! lines), a year of churn apart: a tenth of the people changed stance or
//! title, some left, some joined, lines came and went.
//!
//! - history/keep: keeping the account as it stands (what a review does):
//!   the baseline, a walk over every person and line.
//! - history/changes: the change list between the two points.
//!
//! The goal: the change list in at most 50 ms; compare it with keep.
//!
//! The timeline, on a 1,000-person account (20,000 lines):
//! - timeline/rebuild: what the map remakes after an edit (coverage,
//!   reporting cycles, the scene of everyone where they stand): the baseline.
//! - timeline/step: a step of the timeline: the account as it stood, with
//!   its marks, then the same remaking. Goal: within a frame (16 ms).
//!
//! The file's history in git, 100 commits of a 2 MB account:
//! - git/load-once: reading the file once (the baseline).
//! - git/read-100: reading every version from git and each as a project
//!   (what the timeline does when it opens). Goal: at most 2 s.

use criterion::{Criterion, criterion_group, criterion_main};
use gambit::analysis::history::{changes, snapshot};
use gambit::analysis::replay::replay;
use gambit::model::{Account, PersonRef, Project, Stance};
use gambit::sample::{Size, project};
use std::hint::black_box;
use std::path::Path;

fn bench(c: &mut Criterion) {
    let size = Size { people: 5_000, units: 80, lines: 50_000, members: 20, known_each: 150 };
    let p = project(size, 7);
    let day = |m| chrono::NaiveDate::from_ymd_opt(2026, m, 1).expect("date");
    let before = snapshot(&p, &p.accounts[0], day(1));
    let mut later = p.clone();
    let a = &mut later.accounts[0];
    for (i, c) in a.contacts.iter_mut().enumerate() {
        match i % 10 {
            0 => c.stance = Stance::Supporter,
            1 => c.title = format!("{} (new role)", c.title),
            2 if i % 30 == 2 => c.has_left = true,
            _ => {}
        }
    }
    let gone: Vec<PersonRef> = a.contacts.iter().step_by(50).map(|c| PersonRef::Contact(c.id)).collect();
    a.relationships.retain(|r| !gone.contains(&r.from) || r.id.0 % 2 == 0);
    for r in a.relationships.iter_mut().step_by(7) {
        r.strength = r.strength % 5 + 1;
    }
    let after = snapshot(&later, &later.accounts[0], day(12));
    eprintln!("{} changes", changes(&before, &after).len());
    let mut g = c.benchmark_group("history");
    g.sample_size(20);
    g.bench_function("keep", |b| b.iter(|| black_box(snapshot(&later, &later.accounts[0], day(12)))));
    g.bench_function("changes", |b| b.iter(|| black_box(changes(&before, &after))));
    g.finish();
}

/// What the map remakes for an account: coverage, cycles and the scene.
fn remake(p: &Project, a: &Account, positions: &std::collections::BTreeMap<PersonRef, gambit::layout::Point>) -> usize {
    let cov = gambit::analysis::coverage::coverage(a);
    let cycles = gambit::model::validate::reporting_cycles(a).iter().flat_map(|c| c.members()).collect();
    let visible = gambit::analysis::people_on_map(p, a);
    let scene = gambit::scene::build(&gambit::scene::SceneInput {
        project: p,
        account: a,
        visible: &visible,
        shows_kind: &|_| true,
        positions,
        coverage: &cov,
        cycles: &cycles,
        today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
    });
    scene.people.len() + scene.lines.len()
}

fn timeline(c: &mut Criterion) {
    let p = project(Size::KEY_ACCOUNT, 3);
    let day = |m| chrono::NaiveDate::from_ymd_opt(2026, m, 1).expect("date");
    let before = snapshot(&p, &p.accounts[0], day(3));
    let mut later = p.clone();
    let a = &mut later.accounts[0];
    for c in a.contacts.iter_mut().step_by(9) {
        c.stance = Stance::Enemy;
    }
    a.contacts.retain(|c| c.id.0 % 40 != 0);
    let after = snapshot(&later, &later.accounts[0], day(9));
    let live = &later.accounts[0];
    let (positions, _, _) = gambit::scene::layout_positions(&p, &p.accounts[0]);
    eprintln!("{} people, {} lines", live.contacts.len(), live.relationships.len());
    let mut g = c.benchmark_group("timeline");
    g.sample_size(20);
    g.bench_function("rebuild", |b| b.iter(|| black_box(remake(&later, live, &positions))));
    g.bench_function("step", |b| {
        b.iter(|| {
            let r = replay(live, Some(&before), &after);
            black_box(remake(&later, &r.account, &positions))
        });
    });
    g.finish();
}

fn git(dir: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Karin Lindqvist", "-c", "user.email=karin@example.com"])
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(ok, "git {args:?}");
}

fn git_history(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path();
    let path = repo.join("account.kam");
    let mut p = project(Size { people: 560, units: 20, lines: 5_800, members: 10, known_each: 60 }, 5);
    git(repo, &["init", "-q"]);
    for i in 0..100 {
        let n = p.accounts[0].contacts.len();
        let c = &mut p.accounts[0].contacts[(i * 13) % n];
        c.stance = if c.stance == Stance::Supporter { Stance::Neutral } else { Stance::Supporter };
        std::fs::write(&path, gambit::file::to_string(&p).expect("saves")).expect("writes");
        git(repo, &["add", "account.kam"]);
        git(repo, &["commit", "-qm", &format!("Step {i}")]);
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!("{} KB a version, 100 commits", size / 1024);
    let mut g = c.benchmark_group("git");
    g.sample_size(10);
    g.bench_function("load-once", |b| b.iter(|| black_box(gambit::file::load(&path).expect("loads"))));
    g.bench_function("read-100", |b| {
        b.iter(|| {
            let read = gambit::file::git::read(&path, 200).expect("reads");
            assert_eq!(read.kept.len(), 100, "every version");
            black_box(read)
        });
    });
    g.finish();
}

criterion_group!(benches, bench, timeline, git_history);
criterion_main!(benches);
