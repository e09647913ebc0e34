//! What changed between two reviews of a 5,000-person account (50,000
//! lines), a year of churn apart: a tenth of the people changed stance or
//! title, some left, some joined, lines came and went.
//!
//! - history/keep: keeping the account as it stands (what a review does):
//!   the baseline, a walk over every person and line.
//! - history/changes: the change list between the two points.
//!
//! The goal: the change list in at most 50 ms; compare it with keep.

use criterion::{Criterion, criterion_group, criterion_main};
use gambit::analysis::history::{changes, snapshot};
use gambit::model::{PersonRef, Stance};
use gambit::sample::{Size, project};
use std::hint::black_box;

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

criterion_group!(benches, bench);
criterion_main!(benches);
