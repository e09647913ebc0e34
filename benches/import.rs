//! Importing a big CRM export: 100,000 contact rows (semicolon-separated,
//! with departments and managers) into the demo's main account.
//!
//! - import/read: reading the file into a table (decoding, separator,
//!   quotes): the baseline, what any import must pay.
//! - import/prepare: matching columns, deduplicating, units, reporting
//!   lines and the validation of the result, on the table already read.
//! - import/whole: both, as `gambit import-contacts` does before it saves.
//!
//! The goal is "a few seconds" for 100,000 rows; compare prepare with read.

use criterion::{Criterion, criterion_group, criterion_main};
use gambit::interchange::{self, Mapping, Options, table};
use std::hint::black_box;

const ROWS: usize = 100_000;

fn export() -> Vec<u8> {
    let mut csv = String::from("Förnamn;Efternamn;E-post;Avdelning;Chef;Titel\n");
    for i in 0..ROWS {
        let boss = if i % 50 == 0 { String::new() } else { format!("p{}@big.example", i - i % 50) };
        csv.push_str(&format!(
            "Person;Nummer {i};p{i}@big.example;Enhet {};{boss};\"Ingenjör, nivå {}\"\n",
            i / 2_500,
            i % 7
        ));
    }
    csv.into_bytes()
}

fn bench(c: &mut Criterion) {
    let bytes = export();
    let project = gambit::demo::demo_project().expect("demo");
    let account = project.accounts[0].id;
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function("read", |b| b.iter(|| black_box(table::from_bytes(&bytes, "big.csv", None).expect("reads"))));
    let t = table::from_bytes(&bytes, "big.csv", None).expect("reads");
    let mapping = Mapping::guess(&t.headers);
    g.bench_function("prepare", |b| {
        b.iter(|| {
            black_box(interchange::prepare(&project, None, account, &t, &mapping, Options::default()).expect("imports"))
        });
    });
    g.bench_function("whole", |b| {
        b.iter(|| {
            let t = table::from_bytes(&bytes, "big.csv", None).expect("reads");
            let m = Mapping::guess(&t.headers);
            black_box(interchange::prepare(&project, None, account, &t, &m, Options::default()).expect("imports"))
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
