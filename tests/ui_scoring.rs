//! Tier scoring in the running app: scoring an account, overriding a tier
//! with a reason, editing the model with a what-if preview, the portfolio.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{AccountId, ScoreOutcome};
use std::cell::RefCell;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;

fn start() -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default()));
    h.run();
    (h, dialogs)
}

/// Scrolls a widget into view, then clicks it, as a user would.
fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_all_by_label(label).next().unwrap_or_else(|| panic!("no {label}")).scroll_to_me();
    h.run();
    h.get_all_by_label(label).next().unwrap_or_else(|| panic!("no {label}")).click();
    h.run();
}

fn project<'a>(h: &'a Harness<'_, GambitApp>) -> &'a gambit::model::Project {
    h.state().document().project()
}

#[test]
fn score_a_new_account_in_under_a_minute() {
    let (mut h, _) = start();
    click(&mut h, "Add account");
    let id = h.state().current_account().expect("new account selected");
    click(&mut h, "Scoring");
    assert!(h.query_by_label_contains("Score incomplete: 8").is_some(), "unscored is incomplete, never zero");
    assert!(h.query_by_label("Tier: —").is_some());
    let names: Vec<String> = project(&h).scoring.criteria.iter().map(|c| c.name.clone()).collect();
    for name in &names {
        click(&mut h, &format!("{name} 5"));
    }
    let account = project(&h).account(id).expect("account");
    assert_eq!(project(&h).scoring.score(account), ScoreOutcome::Complete(100.0));
    assert!(h.query_by_label("Score: 100.0 / 100").is_some());
    assert!(h.query_by_label("Tier: Gold").is_some());
    // Clicking the chosen score again clears it: incomplete again.
    click(&mut h, &format!("{} 5", names[0]));
    assert!(h.query_by_label_contains("Score incomplete: 1").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.query_by_label("Score: 100.0 / 100").is_some());
}

#[test]
fn override_a_tier_needs_a_reason_and_shows_everywhere() {
    let (mut h, _) = start();
    click(&mut h, "Scoring");
    click(&mut h, "Silver");
    assert!(h.query_by_label("A reason is required.").is_some());
    assert!(project(&h).accounts[0].tier_override.is_none());
    let reason = h.get_by_label("Reason");
    reason.focus();
    h.run();
    h.get_by_label("Reason").type_text("Budget freeze at Nordvik until Q3");
    h.run();
    click(&mut h, "Override tier");
    let o = project(&h).accounts[0].tier_override.clone().expect("override");
    assert_eq!(o.reason, "Budget freeze at Nordvik until Q3");
    assert!(h.query_by_label_contains("Tier: Silver (override: Budget freeze").is_some());
    click(&mut h, "Portfolio");
    assert!(h.get_all_by_label("Silver (override)").count() >= 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(project(&h).accounts[0].tier_override.is_none());
}

#[test]
fn a_preset_shows_who_moves_before_it_is_applied_in_one_step() {
    let (mut h, _) = start();
    let before = project(&h).scoring.clone();
    click(&mut h, "Scoring");
    click(&mut h, "Scoring model");
    click(&mut h, "Use a preset");
    click(&mut h, "Airline (First / Club / Economy / Standby)");
    assert_eq!(project(&h).scoring, before, "nothing changes before Apply");
    assert!(h.query_by_label_contains("accounts would change tier:").is_some());
    assert!(h.query_by_label("Nordvik Foods Group: Gold -> First").is_some());
    click(&mut h, "Apply changes");
    assert_eq!(project(&h).scoring.tiers.name, "Airline");
    assert!(h.query_by_label("No changes.").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(project(&h).scoring, before, "one undo brings the old model back");
}

#[test]
fn removing_a_criterion_drops_its_scores_when_applied() {
    let (mut h, _) = start();
    click(&mut h, "Scoring");
    click(&mut h, "Scoring model");
    click(&mut h, "Remove this criterion");
    assert!(h.get_all_by_label_contains("would change tier").count() >= 1);
    click(&mut h, "Apply changes");
    let p = project(&h);
    assert_eq!(p.scoring.criteria.len(), 7);
    assert!(p.validate().is_empty(), "no scores left pointing at the removed criterion: {:?}", p.validate());
}

#[test]
fn bad_thresholds_are_explained_and_cannot_be_applied() {
    let (mut h, _) = start();
    click(&mut h, "Scoring");
    click(&mut h, "Scoring model");
    click(&mut h, "Add tier");
    click(&mut h, "Add tier");
    // Two new tiers both "from 0": overlapping thresholds.
    assert!(h.get_all_by_label_contains("must be below the threshold").count() >= 1);
    let apply = h.get_by_label("Apply changes");
    assert!(apply.accesskit_node().is_disabled());
    click(&mut h, "Discard changes");
    assert!(h.query_by_label("No changes.").is_some());
}

#[test]
fn the_portfolio_sorts_by_column_and_warns_when_too_many_key_accounts() {
    let (mut h, _) = start();
    let y = |h: &Harness<'_, GambitApp>, name: &str| h.get_by_label(name).rect().top();
    assert!(y(&h, "Nordvik Foods Group") < y(&h, "Aurora Cold Storage"), "best score first");
    click(&mut h, "Account");
    assert!(y(&h, "Aurora Cold Storage") < y(&h, "Nordvik Foods Group"), "A-Z");
    click(&mut h, "Account v");
    assert!(y(&h, "Nordvik Foods Group") < y(&h, "Aurora Cold Storage"), "Z-A on a second click");
    assert!(h.query_by_label_contains("Gold: 2").is_some(), "tier distribution");
    assert!(h.query_by_label_contains("key accounts: more than the").is_none());
    // Lower the limit below the two Gold accounts.
    let mut p = project(&h).scoring.clone();
    p.max_key_accounts = 1;
    h.state_mut().apply(gambit::command::Command::SetScoring(p));
    h.run();
    assert!(h.query_by_label_contains("key accounts: more than the").is_some());
}

#[test]
fn export_the_ranking_as_csv_from_the_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("ranking.csv");
    let (mut h, dialogs) = start();
    dialogs.borrow_mut().export_answers.push_back(Some(out.clone()));
    click(&mut h, "File");
    click(&mut h, "Export Ranking as CSV…");
    let csv = std::fs::read_to_string(&out).expect("written");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 13);
    assert!(lines[1].starts_with("1,Nordvik Foods Group,Food manufacturing,86.3,Gold,"), "{}", lines[1]);
    assert!(csv.contains("Gold,Board decision: pharma is our 2027 growth market"));
    assert!(lines[12].contains("incomplete (1 missing)"));
    let _ = AccountId(1);
}

#[test]
fn changing_a_weight_previews_tier_moves_before_applying() {
    let (mut h, _) = start();
    click(&mut h, "Scoring");
    click(&mut h, "Scoring model");
    // Make relationship quality (the last criterion) dominate the score.
    let weight = h.get_all_by_label("Weight").last().expect("weight field");
    weight.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_all_by_label("Weight").last().expect("weight field").type_text("300");
    h.key_press(Key::Enter);
    h.run();
    let last = project(&h).scoring.criteria.last().expect("criterion").weight;
    assert_eq!(last, 10.0, "not applied yet");
    assert!(h.query_by_label("Lindholm Packaging: Bronze -> Gold").is_some(), "relationship quality 5 lifts Lindholm");
    click(&mut h, "Apply changes");
    assert_eq!(project(&h).scoring.criteria.last().expect("criterion").weight, 300.0);
}

#[test]
fn evidence_takes_the_rest_of_its_row_instead_of_a_fixed_narrow_box() {
    let (mut h, _) = start();
    h.get_all_by_label("Scoring").next().expect("Scoring tab").click();
    h.run();
    let project = h.state().document().project();
    let account = project.account(h.state().current_account().expect("account")).expect("in project");
    let evidence = account.scores.iter().map(|s| s.evidence.clone()).find(|e| !e.is_empty()).expect("demo evidence");
    let field =
        h.get_by(|n| n.role() == egui::accesskit::Role::TextInput && n.value().as_deref() == Some(evidence.as_str()));
    assert!(field.rect().width() > 330.0, "the evidence box is {} wide", field.rect().width());
}

/// Giving the last score completes the score and brings the tier: the
/// evidence column does not move sideways, nor the form down.
#[test]
fn the_form_stays_put_as_the_score_completes() {
    let (mut h, _) = start();
    click(&mut h, "Add account");
    click(&mut h, "Scoring");
    let names: Vec<String> = project(&h).scoring.criteria.iter().map(|c| c.name.clone()).collect();
    let (last, rest) = names.split_last().expect("criteria");
    for name in rest {
        click(&mut h, &format!("{name} 4"));
    }
    let evidence = "Evidence (how do you know?)";
    let places =
        |h: &Harness<'_, GambitApp>| [h.get_by_label(evidence).rect(), h.get_by_label(&format!("{last} 4")).rect()];
    let before = places(&h);
    click(&mut h, &format!("{last} 4"));
    assert!(h.query_by_label("Tier: —").is_none(), "the score is complete: a tier is given");
    assert_eq!(places(&h), before);
}
