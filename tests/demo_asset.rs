//! The built-in demo is exactly what `cargo run --example make_demo` writes:
//! a change to the demo's source without regenerating the file (or a hand
//! edit of the file) fails here.

use gambit::i18n::Language;

#[expect(dead_code)]
#[path = "../examples/make_demo.rs"]
mod make_demo;

#[test]
fn the_demo_asset_is_what_make_demo_writes() {
    let made = make_demo::demo_text();
    let shipped = gambit::demo::DEMO_KAM;
    if made != shipped {
        let line = made.lines().zip(shipped.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!("assets/demo.kam differs from make_demo's output from line {line}: run `cargo run --example make_demo`");
    }
}

/// Every text of the demo, in the order the file holds them.
fn texts(p: &gambit::model::Project) -> Vec<String> {
    let mut out = Vec::new();
    gambit::model::texts::walk(p, &mut |_, t| out.push(t.to_owned()));
    out
}

fn is_date_or_email_or_empty(t: &str) -> bool {
    t.is_empty() || t.contains('@') || chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok()
}

#[test]
fn every_text_of_the_demo_has_swedish_and_danish_words_or_is_a_name() {
    let english = gambit::demo::demo_project_in(Language::English).expect("loads");
    let table = gambit::demo::table();
    let missing: Vec<String> = texts(&english)
        .into_iter()
        .filter(|t| !is_date_or_email_or_empty(t) && !table.iter().any(|(en, ..)| en == t))
        .collect();
    assert!(missing.is_empty(), "texts of the demo not in assets/demo_texts.tsv: {missing:?}");
    let half: Vec<_> = table.iter().filter(|(_, sv, da)| sv.is_some() != da.is_some()).collect();
    assert!(half.is_empty(), "lines with Swedish or Danish words but not both: {half:?}");
}

#[test]
fn the_demo_opens_in_swedish_and_danish_with_only_names_left_as_they_were() {
    let english = gambit::demo::demo_project_in(Language::English).expect("loads");
    let kept: Vec<&str> = gambit::demo::table().iter().filter(|(_, sv, _)| sv.is_none()).map(|(en, ..)| *en).collect();
    for lang in [Language::Swedish, Language::Danish] {
        let demo = gambit::demo::demo_project_in(lang).expect("loads");
        assert!(demo.validate().is_empty(), "{lang:?}: {:?}", demo.validate());
        let (en_texts, texts) = (texts(&english), texts(&demo));
        assert_eq!(en_texts.len(), texts.len());
        let same: Vec<&String> = en_texts
            .iter()
            .zip(&texts)
            .filter(|(e, t)| e == t && !is_date_or_email_or_empty(e) && !kept.contains(&e.as_str()))
            .map(|(e, _)| e)
            .collect();
        // A few words are the same in both languages ("Service", "Digital" in Danish...).
        assert!(same.len() <= 6, "{lang:?}: still English: {same:?}");
        // The same people, lines and positions: only words change.
        let lines = |p: &gambit::model::Project| {
            p.accounts[0].relationships.iter().map(|r| (r.id, r.from, r.to, r.kind, r.strength)).collect::<Vec<_>>()
        };
        assert_eq!(lines(&demo), lines(&english));
        assert_eq!(demo.accounts[0].map, english.accounts[0].map);
    }
    let swedish = gambit::demo::demo_project_in(Language::Swedish).expect("loads");
    assert_eq!(swedish.scoring.tiers.tiers[0].name, "Guld");
    assert_eq!(swedish.accounts[0].contacts[0].title, "Koncernchef");
    assert_eq!(swedish.name, "Hallbergs nyckelkunder 2026");
    let danish = gambit::demo::demo_project_in(Language::Danish).expect("loads");
    assert_eq!(danish.scoring.tiers.tiers[1].name, "Sølv");
    assert_eq!(danish.name, "Hallbergs nøglekunder 2026");
}

/// The demo opened on a later day is dated as seen from that day: every
/// plan is as healthy, due or stale as on the day it was written, and the
/// mix it was written to show is there.
#[test]
fn the_demo_opened_later_shows_the_same_mix_of_fresh_and_stale_plans() {
    use gambit::analysis::health::{Indicator, findings, indicator};
    let written = gambit::demo::written_on();
    let as_written = gambit::demo::demo_project_in(Language::English).expect("loads");
    let states = |p: &gambit::model::Project, day| -> Vec<Indicator> {
        p.accounts.iter().map(|a| indicator(&findings(a, day))).collect()
    };
    let at_written = states(&as_written, written);
    for wanted in [Indicator::Healthy, Indicator::NeedsAttention, Indicator::Stale] {
        assert!(at_written.contains(&wanted), "the demo shows no {wanted:?} plan: {at_written:?}");
    }
    for days in [1, 34, 400, 3000] {
        let today = written + chrono::Days::new(days);
        let later = gambit::demo::demo_project_on(Language::Swedish, today).expect("loads");
        assert_eq!(states(&later, today), at_written, "{days} days later");
        if days >= 400 {
            // Unmoved, a year later no plan would be healthy.
            assert!(!states(&as_written, today).contains(&Indicator::Healthy), "{days} days later, unmoved");
        }
        let first = |p: &gambit::model::Project| p.accounts[0].plan.last_review();
        assert_eq!(first(&later), first(&as_written).map(|d| d + chrono::Days::new(days)));
    }
}

/// A demo someone changed in Swedish, restored into an English window,
/// has the demo's own texts in English again and keeps what they wrote.
#[test]
fn a_changed_swedish_demo_comes_back_in_english() {
    let mut swedish = gambit::demo::demo_project_in(Language::Swedish).expect("loads");
    assert!(gambit::demo::is_demo(&swedish));
    swedish.accounts[0].plan.overall_goal = "Vårt eget mål".into();
    let english = gambit::demo::in_language(&swedish, Language::English).expect("rewritten");
    let original = gambit::demo::demo_project_in(Language::English).expect("loads");
    assert_eq!(english.name, original.name);
    assert_eq!(english.accounts[1].plan, original.accounts[1].plan);
    assert_eq!(english.accounts[0].plan.overall_goal, "Vårt eget mål");
}
