//! The account plan: date logic with a fixed clock, health rules, and the
//! Markdown and HTML exports of the demo plan against golden files
//! (regenerate them with `UPDATE_GOLDEN=1 cargo test --test plan`).

use chrono::NaiveDate;
use gambit::analysis::health::{Indicator, Level, findings, indicator};
use gambit::model::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn demo() -> Project {
    gambit::demo::demo_project().expect("demo")
}

/// An account whose plan has every section filled and nothing due.
fn healthy(today: NaiveDate) -> Account {
    let mut a = Account::new(AccountId(1), "A");
    let p = &mut a.plan;
    p.overall_goal = "Grow".into();
    p.economics.push(YearFigures { year: 2025, ..YearFigures::default() });
    p.kpis.push(KpiFigure { year: 2025, kpi: Kpi::Sales, target: Some(1.0), actual: Some(1.0) });
    p.activities.push(Activity {
        title: "Do it".into(),
        owner: None,
        due: Some(today),
        status: ActivityStatus::Planned,
    });
    p.relationship_goals.push(RelationshipGoal {
        contact: ContactId(1),
        target_stance: Stance::Supporter,
        target_coverage: 1,
        how: String::new(),
    });
    p.meetings.push(Meeting {
        kind: MeetingKind::Internal,
        every_days: 30,
        our_people: String::new(),
        their_people: String::new(),
        agenda: String::new(),
        last_held: Some(today),
    });
    p.penetration.push(PenetrationCell { product: ProductId(1), unit: UnitId(1), state: CellState::NotRelevant });
    p.reviews.push(Review { reviewer: "Mentor".into(), ..Review::new(today, None) });
    a
}

#[test]
fn a_complete_current_plan_is_healthy() {
    let today = day(2026, 11, 2);
    let f = findings(&healthy(today), today);
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(indicator(&f), Indicator::Healthy);
}

#[test]
fn empty_sections_are_missing() {
    let today = day(2026, 11, 2);
    let mut a = healthy(today);
    a.plan.kpis.clear();
    let f = findings(&a, today);
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].level, f[0].section), (Level::Missing, "health-section-kpis"));
    assert_eq!(indicator(&f), Indicator::NeedsAttention);
}

#[test]
fn review_is_due_six_months_after_the_last() {
    let last = day(2026, 3, 10);
    let mut a = healthy(last);
    a.plan.reviews[0].date = last;
    assert_eq!(a.plan.next_review_due(), Some(day(2026, 9, 8)));
    let on_due_day = findings(&a, day(2026, 9, 8));
    assert!(!on_due_day.iter().any(|f| f.section == "health-section-reviews"), "due today is not overdue");
    let day_after = findings(&a, day(2026, 9, 9));
    assert!(day_after.iter().any(|f| f.section == "health-section-reviews" && f.level == Level::Stale));
    a.plan.reviews.clear();
    assert!(findings(&a, last).iter().any(|f| f.message == "The plan has never been reviewed"));
}

#[test]
fn only_open_activities_can_be_overdue() {
    let today = day(2026, 11, 2);
    let mut a = healthy(today);
    a.plan.activities[0].due = Some(day(2026, 11, 1));
    assert!(findings(&a, today).iter().any(|f| f.message == "\"Do it\" was due 2026-11-01"));
    a.plan.activities[0].status = ActivityStatus::Done;
    assert!(findings(&a, today).is_empty());
}

#[test]
fn agreements_warn_ninety_days_before_they_end() {
    let today = day(2026, 11, 2);
    let mut a = healthy(today);
    a.plan.agreements.push(Agreement {
        kind: "Framework".into(),
        title: "F".into(),
        start: None,
        end: Some(day(2027, 1, 31)),
        value: 0.0,
    });
    let f = findings(&a, today);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].level, Level::Soon);
    assert!(f[0].message.contains("in 90 days"), "{}", f[0].message);
    // (The day before, the plan's review of the 2nd is in the future: said apart.)
    assert!(!findings(&a, day(2026, 11, 1)).iter().any(|f| f.level == Level::Soon), "91 days ahead is fine");
    let ended = findings(&a, day(2027, 2, 1));
    assert!(ended.iter().any(|f| f.level == Level::Stale && f.message.contains("ended 2027-01-31")));
}

#[test]
fn meetings_fall_due_after_their_interval() {
    let m = Meeting {
        kind: MeetingKind::Tactical,
        every_days: 90,
        our_people: String::new(),
        their_people: String::new(),
        agenda: String::new(),
        last_held: Some(day(2026, 9, 12)),
    };
    assert_eq!(m.next_due(), Some(day(2026, 12, 11)));
    let mut a = healthy(day(2026, 9, 12));
    a.plan.activities[0].status = ActivityStatus::Done;
    a.plan.meetings = vec![m];
    assert!(findings(&a, day(2026, 12, 11)).is_empty());
    assert!(findings(&a, day(2026, 12, 12)).iter().any(|f| f.message == "Tactical meeting overdue since 2026-12-11"));
}

#[test]
fn key_people_not_met_within_the_rhythm_are_cooling_then_cold() {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let today = day(2026, 11, 2);
    let mut a = healthy(today);
    let mut king = Contact::new(ContactId(1), "Henrik");
    king.piece = Piece::King;
    a.contacts.push(king);
    let line = |d| Relationship {
        id: RelationshipId(1),
        from: PersonRef::Member(MemberId(1)),
        to: PersonRef::Contact(ContactId(1)),
        kind: RelKind::Knows,
        strength: 4,
        last_contact: Some(d),
        note: String::new(),
    };
    // The default rhythm: 90 days.
    a.relationships = vec![line(day(2026, 8, 4))];
    assert!(findings(&a, today).is_empty(), "90 days ago is within the rhythm");
    a.relationships = vec![line(day(2026, 8, 3))];
    let f = findings(&a, today);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].level, Level::Soon, "cooling is a heads-up");
    assert_eq!(f[0].message, "Henrik: cooling, none of us has met them for 91 days (last 2026-08-03)");
    a.relationships = vec![line(day(2026, 5, 4))];
    let f = findings(&a, today);
    assert_eq!(f[0].level, Level::Stale, "twice the rhythm is cold: {f:#?}");
    assert!(f[0].message.starts_with("Henrik: cold, "), "{}", f[0].message);
    // The account's own rhythm: a monthly one makes 40 days cooling.
    a.rhythm_days = Some(30);
    a.relationships = vec![line(day(2026, 9, 23))];
    assert!(findings(&a, today).iter().any(|f| f.message.starts_with("Henrik: cooling, ")));
    // Nothing changes the stored strength by itself.
    assert_eq!(a.relationships[0].strength, 4);
}

#[test]
fn the_demo_plan_is_honest_about_what_is_stale() {
    let p = demo();
    let f = findings(&p.accounts[0], day(2026, 11, 2));
    assert_eq!(indicator(&f), Indicator::Stale);
    assert!(f.iter().any(|x| x.section == "health-section-reviews"));
    assert!(f.iter().any(|x| x.message.contains("Security review of remote support")));
    assert!(f.iter().any(|x| x.section == "health-section-agreements" && x.level == Level::Soon));
}

#[test]
fn dangling_plan_references_are_reported() {
    let mut p = demo();
    p.accounts[0].plan.relationship_goals[0].contact = ContactId(999);
    p.accounts[0].plan.activities[0].owner = Some(MemberId(77));
    p.accounts[0].plan.set_cell(ProductId(42), UnitId(1), Some(CellState::NotRelevant));
    let m: Vec<String> = p.validate().iter().map(|x| x.to_string()).collect();
    assert!(m.iter().any(|x| x.contains("relationship goals") && x.contains("contact #999")), "{m:?}");
    assert!(m.iter().any(|x| x.contains("owner member #77")), "{m:?}");
    assert!(m.iter().any(|x| x.contains("penetration matrix") && x.contains("product #42")), "{m:?}");
}

#[test]
fn matrix_cells_stay_sorted_and_unique() {
    let mut plan = Plan::default();
    plan.set_cell(ProductId(2), UnitId(1), Some(CellState::NotRelevant));
    plan.set_cell(ProductId(1), UnitId(3), Some(CellState::Buying { yearly_value: 5.0 }));
    plan.set_cell(ProductId(1), UnitId(3), Some(CellState::Buying { yearly_value: 7.0 }));
    let keys: Vec<_> = plan.penetration.iter().map(|c| (c.product.0, c.unit.0)).collect();
    assert_eq!(keys, vec![(1, 3), (2, 1)]);
    assert_eq!(plan.cell(ProductId(1), UnitId(3)), Some(&CellState::Buying { yearly_value: 7.0 }));
    plan.set_cell(ProductId(1), UnitId(3), None);
    assert_eq!(plan.penetration.len(), 1);
}

fn idea(product: u32, unit: u32, value: f64) -> Opportunity {
    Opportunity {
        product: ProductId(product),
        unit: UnitId(unit),
        value,
        owner: None,
        next_step: format!("step {value}"),
        found: Some(day(2026, 11, 2)),
    }
}

#[test]
fn an_opportunity_fills_the_matrix_but_never_hides_what_they_buy() {
    let mut plan = Plan::default();
    plan.set_cell(ProductId(1), UnitId(1), Some(CellState::Buying { yearly_value: 500.0 }));
    plan.set_cell(ProductId(3), UnitId(1), Some(CellState::NotRelevant));
    plan.add_opportunity(idea(1, 1, 100.0));
    plan.add_opportunity(idea(2, 1, 200.0));
    plan.add_opportunity(idea(2, 1, 50.0));
    plan.add_opportunity(idea(3, 1, 70.0));
    assert_eq!(plan.opportunities.len(), 4, "every idea is kept in the list");
    assert_eq!(plan.cell(ProductId(1), UnitId(1)), Some(&CellState::Buying { yearly_value: 500.0 }));
    assert_eq!(
        plan.cell(ProductId(2), UnitId(1)),
        Some(&CellState::Opportunity { value: 250.0, next_step: "step 50".into() }),
        "two ideas in one cell add up and the newest next step shows"
    );
    assert_eq!(
        plan.cell(ProductId(3), UnitId(1)),
        Some(&CellState::Opportunity { value: 70.0, next_step: "step 70".into() })
    );
}

#[test]
fn removing_or_revaluing_an_opportunity_keeps_the_matrix_honest() {
    let mut plan = Plan::default();
    plan.set_cell(ProductId(1), UnitId(1), Some(CellState::Buying { yearly_value: 500.0 }));
    plan.set_cell(ProductId(2), UnitId(1), Some(CellState::Opportunity { value: 30.0, next_step: "planned".into() }));
    plan.add_opportunity(idea(1, 1, 100.0));
    plan.add_opportunity(idea(2, 1, 200.0));
    plan.add_opportunity(idea(3, 1, 70.0));
    plan.add_opportunity(idea(3, 1, 10.0));

    plan.set_opportunity_value(1, 250.0);
    assert_eq!(
        plan.cell(ProductId(2), UnitId(1)),
        Some(&CellState::Opportunity { value: 280.0, next_step: "step 200".into() }),
        "a new estimate moves the cell by the difference"
    );
    assert_eq!(plan.remove_opportunity(1).map(|o| o.value), Some(250.0));
    assert_eq!(
        plan.cell(ProductId(2), UnitId(1)),
        Some(&CellState::Opportunity { value: 30.0, next_step: String::new() }),
        "the value planned before the workshop stays; the removed idea's next step goes"
    );

    plan.remove_opportunity(2);
    assert_eq!(
        plan.cell(ProductId(3), UnitId(1)),
        Some(&CellState::Opportunity { value: 70.0, next_step: "step 70".into() }),
        "the other idea in the cell keeps it open and its next step shows again"
    );
    plan.remove_opportunity(1);
    assert_eq!(plan.cell(ProductId(3), UnitId(1)), None, "a cell made by the removed ideas alone is white space again");

    plan.set_opportunity_value(0, 5.0);
    plan.remove_opportunity(0);
    assert_eq!(plan.cell(ProductId(1), UnitId(1)), Some(&CellState::Buying { yearly_value: 500.0 }), "buying stays");
    assert!(plan.opportunities.is_empty());
    assert_eq!(plan.remove_opportunity(0), None, "out of range is a no-op, not a panic");
}

#[test]
fn deleting_what_an_opportunity_names_cleans_it_up_and_undo_restores_it() {
    let mut doc = gambit::command::Document::new(demo(), None);
    let before = doc.project().accounts[0].plan.opportunities.clone();
    assert!(before.iter().any(|o| o.unit == UnitId(6)), "the demo has an opportunity at unit #6");
    let owner = before.iter().filter(|o| o.unit != UnitId(6)).find_map(|o| o.owner).expect("an owner elsewhere");
    doc.apply(gambit::command::Command::DeleteUnit(AccountId(1), UnitId(6))).expect("delete unit");
    doc.apply(gambit::command::Command::DeleteMember(owner)).expect("delete member");
    let plan = &doc.project().accounts[0].plan;
    assert!(plan.opportunities.iter().all(|o| o.unit != UnitId(6) && o.owner != Some(owner)));
    assert_eq!(plan.opportunities.len(), before.len() - 1, "only the one at the deleted unit goes");
    assert!(doc.project().validate().iter().all(|p| !p.to_string().contains("opportunities")));
    doc.undo();
    doc.undo();
    assert_eq!(doc.project().accounts[0].plan.opportunities, before);
}

#[test]
fn a_dangling_opportunity_is_reported() {
    let mut p = demo();
    p.accounts[0].plan.opportunities.push(idea(42, 1, 1.0));
    let m: Vec<String> = p.validate().iter().map(|x| x.to_string()).collect();
    assert!(m.iter().any(|x| x.contains("opportunities") && x.contains("product #42")), "{m:?}");
}

fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read_to_string(&path).expect("golden file (run with UPDATE_GOLDEN=1 to create)");
    assert!(expected == actual, "{name} differs from the golden file; diff it with UPDATE_GOLDEN=1 and git diff");
}

#[test]
fn markdown_export_of_the_demo_plan() {
    let p = demo();
    let md = gambit::export::plan::markdown(&p, &p.accounts[0], day(2026, 11, 2));
    golden("demo_plan.md", &md);
    assert!(md.contains("| Line automation | ? | buys 6,200,000 |"), "matrix row");
    assert!(md.contains("## KPIs"));
}

#[test]
fn html_export_of_the_demo_plan() {
    let p = demo();
    let html = gambit::export::plan::html(&p, &p.accounts[0], day(2026, 11, 2));
    golden("demo_plan.html", &html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@media print"), "prints well");
    assert!(!html.contains("<script"), "self-contained and inert");
    assert!(html.contains("<td>Karin Lindqvist</td><td>Lead account manager</td>"));
}

/// The demo's first plan as Markdown and HTML, written in `lang`.
fn demo_plan_in(lang: gambit::i18n::Language) -> (String, String) {
    let p = demo();
    gambit::i18n::set_language(lang);
    let md = gambit::export::plan::markdown(&p, &p.accounts[0], day(2026, 11, 2));
    let html = gambit::export::plan::html(&p, &p.accounts[0], day(2026, 11, 2));
    (md, html)
}

#[test]
fn the_demo_plan_in_swedish() {
    let (md, html) = demo_plan_in(gambit::i18n::Language::Swedish);
    golden("demo_plan.sv.md", &md);
    golden("demo_plan.sv.html", &html);
    assert!(md.starts_with("# Kundplan: Nordvik Foods Group"), "{}", &md[..80]);
    assert!(md.contains("## Mötesstruktur"));
    assert!(md.contains("| Line automation | ? | köper 6 200 000 |"), "Swedish words and number grouping");
    assert!(html.contains("<html lang=\"sv\">"));
    assert!(html.contains("<dt>Omsättning hos oss</dt><dd>18 400 000 SEK</dd>"));
    assert_eq!(gambit::i18n::missing(gambit::i18n::Language::Swedish), Vec::<String>::new());
}

#[test]
fn the_demo_plan_in_danish() {
    let (md, html) = demo_plan_in(gambit::i18n::Language::Danish);
    golden("demo_plan.da.md", &md);
    golden("demo_plan.da.html", &html);
    assert!(md.starts_with("# Kundeplan: Nordvik Foods Group"), "{}", &md[..80]);
    assert!(md.contains("## Mødestruktur"));
    assert!(md.contains("| Line automation | ? | køber 6.200.000 |"), "Danish words and number grouping");
    assert!(md.contains("2.11.2026"), "Danish dates");
    assert!(html.contains("<html lang=\"da\">"));
    assert_eq!(gambit::i18n::missing(gambit::i18n::Language::Danish), Vec::<String>::new());
}
