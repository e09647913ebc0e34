//! Monitor: a scripted year of an account, three reviews, and exactly what
//! changed between every pair of points; snapshots kept through save, load,
//! an older format and the three-way merge; `gambit diff` on two files.

use gambit::analysis::history::{changes, snapshot};
use gambit::command::Command;
use gambit::model::*;

mod year;
use year::*;

fn texts(from: &Project, to: &Project, a: chrono::NaiveDate, b: chrono::NaiveDate) -> Vec<String> {
    let (x, y) = (snapshot(from, from.account(A).expect("a"), a), snapshot(to, to.account(A).expect("a"), b));
    changes(&x, &y).into_iter().map(|c| c.text).collect()
}

#[test]
fn a_year_of_an_account_reads_as_what_changed_between_every_pair_of_reviews() {
    let (jan, may, oct) = the_year();
    assert_eq!(
        texts(&jan, &may, day(1), day(5)),
        [
            "Bo Berg (key person) is no longer covered by any of us",
            "Ann Ek: stance Neutral -> Enemy (worse)",
            "Dee Falk joined",
            "Cy Dahl: title “Manager” -> “Director”",
            "Weaker: Karin Lund – Bo Berg (3 -> 2)",
        ]
    );
    assert_eq!(
        texts(&may, &oct, day(5), day(10)),
        [
            "Bo Berg left",
            "Ann Ek: stance Enemy -> Neutral (better)",
            "Dee Falk (key person) is now covered by one of us",
            "Dee Falk is now reached by only one of us",
            "New line: Karin Lund – Dee Falk (Knows / works with)",
        ]
    );
    assert_eq!(
        texts(&jan, &oct, day(1), day(10)),
        [
            "Bo Berg left",
            "Dee Falk joined",
            "Cy Dahl: title “Manager” -> “Director”",
            "New line: Karin Lund – Dee Falk (Knows / works with)",
            "Weaker: Karin Lund – Bo Berg (3 -> 2)",
        ]
    );
    assert!(texts(&oct, &oct, day(10), day(10)).is_empty(), "no change, no list");
}

#[test]
fn a_review_of_a_thousand_person_account_keeps_it_in_a_few_hundred_kilobytes() {
    use gambit::sample::{Size, project};
    let mut p = project(Size::KEY_ACCOUNT, 1);
    let a = p.accounts[0].clone();
    assert!(a.contacts.len() >= 1000, "{} people", a.contacts.len());
    let before = gambit::file::to_string(&p).expect("saves").len();
    let review = Review::new(day(3), Some(snapshot(&p, &a, day(3))));
    p.accounts[0].plan.reviews.push(review);
    let after = gambit::file::to_string(&p).expect("saves").len();
    let added = after - before;
    eprintln!("{} people, {} lines: the review adds {} KB", a.contacts.len(), a.relationships.len(), added / 1024);
    assert!(added < 450 * 1024, "the review adds {} KB", added / 1024);
    let back = gambit::file::from_str(&gambit::file::to_string(&p).expect("saves"), "t.kam").expect("reads back");
    assert_eq!(back, p, "the kept account reads back exactly");
}

#[test]
fn a_version_4_file_reads_with_reviews_that_kept_nothing() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v4.kam");
    let p = gambit::file::load(&path).expect("the v4 fixture loads");
    assert_eq!(p.format_version, FORMAT_VERSION);
    let reviews = &p.accounts[0].plan.reviews;
    assert_eq!(reviews.len(), 2);
    assert!(reviews.iter().all(|r| r.snapshot.is_none() && r.decisions.is_empty() && r.next_review.is_none()));
    let text = gambit::file::to_string(&p).expect("saves");
    assert_eq!(gambit::file::from_str(&text, "again.kam").expect("reads"), p, "saved as version 5, read back the same");
}

#[test]
fn two_machines_recording_a_review_each_keep_both() {
    let base = gambit::demo::demo_project().expect("demo");
    let a = base.accounts[0].id;
    let record = |p: &Project, date, reviewer: &str| {
        let mut plan = p.accounts[0].plan.clone();
        let kept = snapshot(p, &p.accounts[0], date);
        plan.reviews.push(Review { reviewer: reviewer.into(), ..Review::new(date, Some(kept)) });
        let mut p = p.clone();
        gambit::command::apply_to(&mut p, Command::SetPlan(a, Box::new(plan))).expect("applies");
        p
    };
    let ours = record(&base, day(11), "Margareta Holm");
    let theirs = record(&base, day(12), "Erik Sandberg");
    let merged = gambit::merge::merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
    let reviewers: Vec<&str> = merged.project.accounts[0].plan.reviews.iter().map(|r| r.reviewer.as_str()).collect();
    assert!(reviewers.contains(&"Erik Sandberg") && reviewers.contains(&"Margareta Holm"), "{reviewers:?}");
    let kept = merged.project.accounts[0].plan.reviews.iter().filter(|r| r.snapshot.is_some()).count();
    assert_eq!(kept, 3, "the demo's March review and both new ones keep the account");
}

#[test]
fn the_demo_review_of_march_says_what_changed_since() {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let p = gambit::demo::demo_project().expect("demo");
    let a = &p.accounts[0];
    let march = a.plan.reviews.iter().find_map(|r| r.snapshot.as_deref()).expect("the March review kept the account");
    let list: Vec<String> = changes(march, &snapshot(&p, a, day(12))).into_iter().map(|c| c.text).collect();
    assert!(list.iter().any(|t| t.starts_with("Annika Berg: stance Enemy -> ")), "{list:#?}");
    assert!(list.iter().any(|t| t.ends_with(" joined")), "{list:#?}");
    assert!(list.iter().any(|t| t == "Activity done: Operator training for Bakeries Aarhus"), "{list:#?}");
}

#[test]
fn the_review_report_says_what_was_decided_and_what_changed_since_the_review_before() {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = gambit::demo::demo_project().expect("demo");
    let a = p.accounts[0].clone();
    let november = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    let review = Review {
        reviewer: "Margareta Holm".into(),
        comments: "Procurement <finally> talks to us.".into(),
        decisions: "Erik to meet Fredrik Lund.".into(),
        ..Review::new(november, Some(snapshot(&p, &a, november)))
    };
    p.accounts[0].plan.reviews.push(review);
    let md = gambit::export::review::markdown(&p, &p.accounts[0], november);
    assert!(md.starts_with("# Review of Nordvik Foods Group\n\nThe review of 2026-11-20\n"), "{md}");
    assert!(md.contains("### Decisions\n\nErik to meet Fredrik Lund."), "{md}");
    assert!(md.contains("## What changed since the review of 2026-03-10"), "{md}");
    assert!(md.contains("- ⏶ Annika Berg: stance Enemy -> Non-supporter (better)"), "{md}");
    assert!(md.contains("- ⏶ Activity done: Operator training for Bakeries Aarhus"), "{md}");
    let html = gambit::export::review::html(&p, &p.accounts[0], november);
    assert!(html.contains("Procurement &lt;finally&gt; talks to us."), "user text is escaped");
    gambit::i18n::set_language(gambit::i18n::Language::Swedish);
    let sv = gambit::export::review::markdown(&p, &p.accounts[0], november);
    assert!(sv.contains("Vad som ändrats sedan granskningen"), "in the chosen language: {sv}");
    gambit::i18n::set_language(gambit::i18n::Language::English);
}

#[test]
fn a_hand_edited_review_that_kept_nobody_or_another_day_is_named_in_the_check() {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = gambit::demo::demo_project().expect("demo");
    let review = p.accounts[0].plan.reviews.iter_mut().find(|r| r.snapshot.is_some()).expect("the March review");
    let kept = review.snapshot.as_deref_mut().expect("kept");
    kept.date = day(2);
    kept.people.retain(|x| x.name != "Annika Berg");
    let problems: Vec<String> = p.validate().iter().map(ToString::to_string).collect();
    let at = "account \"Nordvik Foods Group\" > plan > the review of 2026-03-10";
    assert!(
        problems.iter().any(|x| x.contains(at) && x.contains("the account it kept is of 2026-02-01")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|x| x.contains(at) && x.contains("kept lines name someone the review did not keep")),
        "{problems:#?}"
    );
    assert!(p.validate().iter().all(|x| x.severity != Severity::Error), "warnings: the file still opens and saves");
    let text = gambit::file::to_string(&p).expect("saves");
    assert!(gambit::file::from_str(&text, "edited.kam").is_ok(), "and reads back");
}

#[test]
fn the_replay_of_the_year_marks_each_step_since_the_point_before() {
    use gambit::analysis::replay::{LineChange, PersonChange, replay, union};
    let (jan, may, oct) = the_year();
    let now = oct.account(A).expect("a");
    let points: Vec<_> = [(&jan, 1), (&may, 5), (&oct, 10)]
        .iter()
        .map(|(p, m)| snapshot(p, p.account(A).expect("a"), day(*m)))
        .collect();
    let first = replay(now, None, &points[0]);
    let names = |r: &gambit::analysis::replay::Replay| {
        let mut v: Vec<(String, bool)> = r.account.contacts.iter().map(|c| (c.name.clone(), c.has_left)).collect();
        v.sort();
        v
    };
    assert_eq!(
        names(&first),
        [("Ann Ek".into(), false), ("Bo Berg".into(), false), ("Cy Dahl".into(), false)],
        "January: the three of then, and not Dee"
    );
    assert!(first.people.is_empty() && first.lines.is_empty(), "the first point marks nothing");
    let second = replay(now, Some(&points[0]), &points[1]);
    let dee = second.account.contacts.iter().find(|c| c.name == "Dee Falk").expect("Dee in May").id;
    assert_eq!(
        second.people.iter().map(|(p, c)| (*p, *c)).collect::<Vec<_>>(),
        [(PersonRef::Contact(ANN), PersonChange::StanceWorse), (PersonRef::Contact(dee), PersonChange::Joined)],
        "May: Ann worse, Dee joined"
    );
    assert_eq!(second.account.contact(ANN).map(|c| c.stance), Some(Stance::Enemy), "Ann as she stood in May");
    assert!(second.lines.is_empty(), "a weaker line is no line gained or lost");
    let third = replay(now, Some(&points[1]), &points[2]);
    assert_eq!(third.people.get(&PersonRef::Contact(BO)), Some(&PersonChange::Gone), "October: Bo left");
    assert_eq!(third.people.get(&PersonRef::Contact(ANN)), Some(&PersonChange::StanceBetter), "Ann came round");
    let gained: Vec<_> = third.lines.iter().filter(|(_, c)| **c == LineChange::Gained).collect();
    assert_eq!(gained.len(), 1, "Karin met Dee: {:?}", third.lines);
    // Taken off the map (not just marked as left) is a ghost too, with the lines lost.
    let mut gone = oct.clone();
    gone.accounts[0].contacts.retain(|c| c.id != CY);
    let mut cy_line = line(9, CY, 2);
    cy_line.id = RelationshipId(9);
    let mut with_cy = oct.clone();
    with_cy.accounts[0].relationships.push(cy_line);
    let (x, y) = (snapshot(&with_cy, &with_cy.accounts[0], day(10)), snapshot(&gone, &gone.accounts[0], day(11)));
    let r = replay(&gone.accounts[0], Some(&x), &y);
    assert_eq!(r.people.get(&PersonRef::Contact(CY)), Some(&PersonChange::Gone), "removed: a ghost");
    assert!(r.account.contact(CY).is_some_and(|c| c.has_left), "drawn where they stood, faded");
    assert_eq!(r.lines.get(&RelationshipId(9)), Some(&LineChange::Lost), "their line lost, drawn dashed");
    assert!(r.account.relationships.iter().any(|l| l.id == RelationshipId(9)), "and kept to be drawn");
    let all = union(&gone.accounts[0], &[&x, &y]);
    assert!(all.contact(CY).is_some() && all.contact(dee).is_some(), "the layout sees everyone who ever stood");
}

#[test]
fn a_review_dated_in_the_future_is_named_by_plan_health_and_gambit_check() {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = january();
    let typo = chrono::NaiveDate::from_ymd_opt(2999, 3, 1).expect("date");
    p.accounts[0].plan.reviews.push(Review::new(typo, None));
    let health = gambit::analysis::health::findings(&p.accounts[0], day(6));
    assert!(
        health.iter().any(|f| f.message.contains("2999-03-01") && f.message.contains("after today")),
        "{health:#?}"
    );
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("typo.kam");
    gambit::file::save(&p, &path).expect("saves");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = gambit::cli::check(&path, &mut out, &mut err);
    let out = String::from_utf8_lossy(&out);
    assert_eq!(code, 0, "a warning, not an error: {out}");
    assert!(out.contains("review of 2999-03-01") && out.contains("dated after today"), "{out}");
    let back = gambit::file::load(&path).expect("still opens");
    assert_eq!(back, p, "and nothing in it changed");
}
