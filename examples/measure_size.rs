//! Measures the project file at the size of a big portfolio: 200 accounts,
//! 20,000 client people and 60,000 lines, written pretty (as Gambit
//! saves) and compact, with load and save times. Run with
//! `cargo run --release --example measure_size`.

use gambit::sample::{Size, project};
use std::time::Instant;

fn main() {
    let size = Size { people: 100, units: 8, lines: 250, members: 10, known_each: 5 };
    let mut p = project(size, 1);
    let template = p.accounts[0].clone();
    p.accounts = (0..200u32)
        .map(|i| {
            let mut a = template.clone();
            a.id = gambit::model::AccountId(i + 1);
            a.name = format!("Account {}", i + 1);
            a
        })
        .collect();
    let people: usize = p.accounts.iter().map(|a| a.contacts.len()).sum();
    let lines: usize = p.accounts.iter().map(|a| a.relationships.len()).sum();
    let dir = std::env::temp_dir().join("gambit-measure");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("portfolio.kam");
    let t = Instant::now();
    gambit::file::save(&p, &path).expect("save");
    let save = t.elapsed();
    let bytes = std::fs::metadata(&path).expect("meta").len();
    let t = Instant::now();
    let back = gambit::file::load(&path).expect("load");
    let load = t.elapsed();
    assert_eq!(back.accounts.len(), 200, "every account read back");
    let compact = ron::to_string(&p).expect("compact").len();
    println!("{} accounts, {people} people, {lines} lines", p.accounts.len());
    println!("as saved: {:.1} MB, save {save:.2?}, load {load:.2?}", bytes as f64 / 1e6);
    println!("compact RON would be {:.1} MB", compact as f64 / 1e6);
}
