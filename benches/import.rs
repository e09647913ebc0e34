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

/// A year of one team's calendar: 5,000 meetings (every tenth a weekly
/// series), each with one of us and two people of the account, by name.
fn year_of_meetings(p: &gambit::model::Project) -> String {
    let a = &p.accounts[0];
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for i in 0..5_000usize {
        let m = &p.members[i % p.members.len()];
        let (x, y) = (&a.contacts[(i * 7) % a.contacts.len()], &a.contacts[(i * 13 + 1) % a.contacts.len()]);
        let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Duration::days((i % 365) as i64);
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{i}\r\nSUMMARY:Meeting {i}\r\nDTSTART:{}T090000Z\r\n",
            day.format("%Y%m%d")
        ));
        if i % 10 == 0 {
            ics.push_str("RRULE:FREQ=WEEKLY;COUNT=20\r\n");
        }
        for who in [&m.name, &x.name, &y.name] {
            ics.push_str(&format!("ATTENDEE;CN={who}:mailto:nobody{i}@example.com\r\n"));
        }
        ics.push_str("END:VEVENT\r\n");
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics
}

/// - calendar/parse: reading the .ics alone (the baseline).
/// - calendar/prepare: reading it and matching every meeting to the
///   account's lines and meetings. Goal: at most 0.5 s.
fn calendar(c: &mut Criterion) {
    let p = gambit::sample::project(gambit::sample::Size::KEY_ACCOUNT, 2);
    let ics = year_of_meetings(&p);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let import = gambit::interchange::calendar::prepare(&p, &p.accounts[0], &ics, today).expect("reads");
    eprintln!(
        "{} people; {} events; {} lines brought up to date",
        p.accounts[0].contacts.len(),
        import.rows.len(),
        import.lines.len()
    );
    let mut g = c.benchmark_group("calendar");
    g.sample_size(10);
    g.bench_function("parse", |b| b.iter(|| black_box(ics.parse::<icalendar::Calendar>().expect("parses"))));
    g.bench_function("prepare", |b| {
        b.iter(|| black_box(gambit::interchange::calendar::prepare(&p, &p.accounts[0], &ics, today).expect("reads")));
    });
    g.finish();
}

criterion_group!(benches, bench, calendar);
criterion_main!(benches);
