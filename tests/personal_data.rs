//! One person's data, for their request to see it: every place a richly
//! filled project names them (fields, lines, the plan's entries and texts,
//! each review's snapshot and the changes it recorded) is in the export, as
//! HTML and JSON, from the command line; the project is not changed.

use gambit::analysis::history::snapshot;
use gambit::model::*;
use std::process::Command;

const ANNIKA: ContactId = ContactId(8);

fn day(m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

/// The demo with Annika named everywhere a plan can name someone.
fn rich() -> Project {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = gambit::demo::demo_project().expect("demo");
    let a = &mut p.accounts[0];
    assert_eq!(a.contact(ANNIKA).expect("Annika").name, "Annika Berg", "the demo's contact 8");
    a.plan.relationship_goals.push(RelationshipGoal {
        contact: ANNIKA,
        target_stance: Stance::Neutral,
        target_coverage: 2,
        how: "Show the consolidation savings".into(),
    });
    a.plan.referrals.push(Referral {
        contact: ANNIKA,
        kind: ReferralKind::Testimonial,
        date: Some(day(5, 4)),
        what: "Quote for the case study".into(),
    });
    a.plan.activities.push(Activity {
        title: "Lunch with Annika Berg about the tender".into(),
        owner: None,
        due: Some(day(12, 1)),
        status: ActivityStatus::default(),
    });
    a.plan.notes = "annika berg prefers written proposals".into();
    // Two reviews that kept the account, with her stance changed between them.
    let first = snapshot(&p, &p.accounts[0], day(3, 1));
    p.accounts[0].contacts.iter_mut().filter(|c| c.id == ANNIKA).for_each(|c| c.stance = Stance::Neutral);
    let second = snapshot(&p, &p.accounts[0], day(9, 1));
    p.accounts[0].plan.reviews = vec![Review::new(day(3, 1), Some(first)), Review::new(day(9, 1), Some(second))];
    p
}

#[test]
fn the_export_names_every_place_she_appears() {
    let p = rich();
    let a = &p.accounts[0];
    let data = gambit::export::person::collect(&p, a, ANNIKA, day(12, 6)).expect("she is there");
    assert_eq!(data.person, *a.contact(ANNIKA).expect("Annika"), "every field as held");
    assert_eq!(data.lines.len(), a.relationships_of(PersonRef::Contact(ANNIKA)).count(), "every line");
    let places: Vec<&str> = data.plan.iter().map(|m| m.place.as_str()).collect();
    assert!(places.contains(&"Relationship goals"), "{places:?}");
    assert!(places.iter().any(|p| p.contains("referrals")), "{places:?}");
    assert!(data.plan.iter().any(|m| m.text == "Lunch with Annika Berg about the tender"), "an activity naming her");
    assert!(data.plan.iter().any(|m| m.text == "annika berg prefers written proposals"), "named in any case");
    assert_eq!(data.reviews.iter().map(|k| k.date).collect::<Vec<_>>(), [day(3, 1), day(9, 1)]);
    assert_eq!(data.reviews[1].changes, ["Annika Berg: stance Non-supporter -> Neutral (better)"]);
    assert!(data.reviews.iter().all(|k| !k.lines.is_empty()), "the lines each review kept");
    let doc = gambit::export::person::document(&data).to_html();
    for l in &data.lines {
        assert!(doc.contains(&l.with), "{} in the page", l.with);
    }
    assert!(doc.contains("not facts"), "the assessment is marked as opinion");
}

#[test]
fn the_command_line_writes_html_and_json_and_leaves_the_project_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("rich.kam");
    gambit::file::save(&rich(), &file).expect("saved");
    let before = std::fs::read(&file).expect("read");
    let out = dir.path().join("annika");
    let run = Command::new(env!("CARGO_BIN_EXE_gambit"))
        .args(["--lang", "en", "person"])
        .arg(&file)
        .args(["--account", "Nordvik Foods Group", "--name", "annika berg", "--export"])
        .arg(&out)
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.with_extension("json")).expect("json")).expect("valid JSON");
    assert_eq!(json["person"]["name"], "Annika Berg");
    assert_eq!(json["reviews"].as_array().map(Vec::len), Some(2));
    let html = std::fs::read_to_string(out.with_extension("html")).expect("html");
    assert!(html.contains("What we hold about Annika Berg"));
    assert_eq!(std::fs::read(&file).expect("read"), before, "the project is not changed");
    // Nobody of that name: a clear message, exit 2.
    let run = Command::new(env!("CARGO_BIN_EXE_gambit"))
        .args(["--lang", "en", "person"])
        .arg(&file)
        .args(["--account", "Nordvik Foods Group", "--name", "Nobody Here", "--export"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("There is nobody called \"Nobody Here\""));
}
