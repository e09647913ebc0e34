//! The plan editor in the running app: a key account manager sees what is
//! stale, updates an activity and a matrix cell, undoes, and exports.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::model::{ActivityStatus, CellState, ProductId, UnitId};
use std::cell::RefCell;
use std::rc::Rc;

type Dialogs = Rc<RefCell<ScriptedDialogs>>;

fn open_plan() -> (Harness<'static, GambitApp>, Dialogs) {
    let dialogs: Dialogs = Rc::default();
    let d = dialogs.clone();
    let mut h = Harness::builder()
        // Tall enough that the whole open plan fits without scrolling.
        .with_size(egui::vec2(1400.0, 2400.0))
        .build_eframe(move |cc| GambitApp::start(&cc.egui_ctx, None, Box::new(d), RecentFiles::default()));
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    h.run();
    click(&mut h, "Plan");
    (h, dialogs)
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_all_by_label(label).next().unwrap_or_else(|| panic!("no {label}")).scroll_to_me();
    h.run();
    h.get_all_by_label(label).next().unwrap_or_else(|| panic!("no {label}")).click();
    h.run();
}

fn plan(h: &Harness<'_, GambitApp>) -> gambit::model::Plan {
    h.state().document().project().accounts[0].plan.clone()
}

#[test]
fn what_is_stale_shows_first() {
    let (h, _) = open_plan();
    assert!(h.query_by_label("Plan health: Stale").is_some());
    assert!(h.query_by_label_contains("Review overdue since 2026-09-08").is_some());
    assert!(
        h.query_by_label_contains("\"Security review of remote support with Nils Forsberg\" was due 2026-09-30")
            .is_some()
    );
}

#[test]
fn update_an_activity_and_undo() {
    let (mut h, _) = open_plan();
    assert!(h.get_all_by_label("OVERDUE").count() >= 2);
    // The second activity's status: In progress -> Done.
    let before = plan(&h);
    click(&mut h, "Status of Energy monitoring pilot proposal for Linnea Wallin");
    h.get_all_by_label("Done").last().expect("option").click();
    h.run();
    assert_eq!(plan(&h).activities[1].status, ActivityStatus::Done);
    assert!(h.query_by_label_contains("\"Energy monitoring pilot proposal for Linnea Wallin\" was due").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(plan(&h), before);
}

#[test]
fn edit_a_matrix_cell_in_a_click_and_a_few_keys() {
    let (mut h, _) = open_plan();
    let (safety, dairy) = (ProductId(8), UnitId(6));
    assert!(plan(&h).cell(safety, dairy).is_none(), "white space");
    click(&mut h, "Machine safety at Frozen Foods Division");
    click(&mut h, "Opportunity");
    let field = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(field(), "Next step").focus();
    h.run();
    h.get_by_role_and_label(field(), "Next step").type_text("Safety walk with Gustav");
    h.run();
    assert_eq!(
        plan(&h).cell(safety, dairy),
        Some(&CellState::Opportunity { value: 0.0, next_step: "Safety walk with Gustav".into() })
    );
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(plan(&h).cell(safety, dairy), Some(&CellState::Opportunity { value: 0.0, next_step: String::new() }));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(plan(&h).cell(safety, dairy).is_none());
}

#[test]
fn removing_an_opportunity_takes_it_out_of_the_matrix_and_undo_brings_it_back() {
    let (mut h, _) = open_plan();
    let (safety, bakeries) = (ProductId(8), UnitId(2));
    let before = plan(&h);
    assert_eq!(before.opportunities[2].next_step, "Safety assessment after retrofit");
    assert!(matches!(before.cell(safety, bakeries), Some(CellState::Opportunity { .. })));
    let cross = h.get_all_by_label("Remove this opportunity").nth(2).expect("a cross per opportunity");
    cross.scroll_to_me();
    h.run();
    h.get_all_by_label("Remove this opportunity").nth(2).expect("cross").click();
    h.run();
    let after = plan(&h);
    assert_eq!(after.opportunities.len(), before.opportunities.len() - 1);
    assert!(after.opportunities.iter().all(|o| o.next_step != "Safety assessment after retrofit"));
    assert_eq!(after.cell(safety, bakeries), None, "the cell came from that opportunity alone");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(plan(&h), before);
}

#[test]
fn edit_the_goal_section_and_undo() {
    let (mut h, _) = open_plan();
    let goal = h.get_by_label("Overall goal");
    goal.focus();
    h.run();
    h.key_press(Key::End);
    h.get_by_label("Overall goal").type_text(" Start with Frozen Foods.");
    h.run();
    assert!(plan(&h).overall_goal.ends_with("by 2029. Start with Frozen Foods."));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(plan(&h).overall_goal.ends_with("by 2029."), "typing is one undo step");
}

#[test]
fn export_the_plan_as_html_from_the_plan_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("plan.html");
    let (mut h, dialogs) = open_plan();
    dialogs.borrow_mut().export_answers.push_back(Some(out.clone()));
    click(&mut h, "Export HTML…");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.contains("<h1>Account plan: Nordvik Foods Group</h1>"));
    assert!(html.contains("Penetration matrix"));
}

#[test]
fn the_cell_editor_opens_at_the_cell_not_below_the_matrix() {
    let (mut h, _) = open_plan();
    let cell = h.get_by_label("Line automation at Frozen Foods Division").rect();
    click(&mut h, "Line automation at Frozen Foods Division");
    let close = h.get_by_label("Close").rect();
    assert!(
        close.top() > cell.bottom() && close.top() - cell.bottom() < 160.0,
        "the editor {close:?} sits just under the cell {cell:?}"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Close").is_none(), "Esc closes it");
}

#[test]
fn the_product_column_stays_while_the_matrix_scrolls_sideways_at_1280() {
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 2400.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run();
    click(&mut h, "Plan");
    let product = |h: &Harness<'_, GambitApp>| h.get_by_label("Spare parts service").rect();
    let last = |h: &Harness<'_, GambitApp>| h.get_by_label("Spare parts service at Plant Kolding").rect();
    let before = (product(&h), last(&h));
    assert!(before.1.right() > 1280.0, "at 1280 the last units are out of view until scrolled: {:?}", before.1);
    // Scroll the matrix sideways with the wheel over it (Shift+wheel or a trackpad).
    let over = egui::pos2(700.0, before.0.center().y);
    h.event(egui::Event::PointerMoved(over));
    for _ in 0..10 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-200.0, 0.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
        });
        h.run_steps(2);
    }
    let after = (product(&h), last(&h));
    assert_eq!(after.0, before.0, "the product names stay put");
    assert!(after.1.right() <= 1280.0, "the last column comes into view: {:?}", after.1);
}

#[test]
fn each_product_name_lines_up_with_its_row_of_cells() {
    let (h, _) = open_plan();
    for product in ["Line automation", "Spare parts service", "Operator training"] {
        let name = h.get_all_by_label(product).next().expect("in the matrix").rect();
        let cell = h.get_by_label(&format!("{product} at Plant Kolding")).rect();
        assert!((name.center().y - cell.center().y).abs() < 2.0, "{product}: {name:?} beside {cell:?}");
    }
}

#[test]
fn a_long_activity_name_is_shown_whole() {
    let (mut h, _) = open_plan();
    let long = "Workshop on energy monitoring with the Dairy plant managers in Kolding and Aarhus";
    let account = h.state().current_account().expect("account");
    let mut plan = plan(&h);
    plan.activities[0].title = long.to_owned();
    h.state_mut().apply(gambit::command::Command::SetPlan(account, Box::new(plan)));
    h.run();
    let field = h.get_by(|n| n.role() == egui::accesskit::Role::TextInput && n.value().as_deref() == Some(long));
    let shown = egui::WidgetText::from(long)
        .into_galley(
            &egui::Ui::new(h.ctx.clone(), "measure".into(), egui::UiBuilder::new()),
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x;
    assert!(field.rect().width() >= shown, "the field ({}) holds the whole name ({shown})", field.rect().width());
}

#[test]
fn a_review_keeps_the_account_and_what_changed_shows_a_person_on_the_map() {
    let (mut h, _) = open_plan();
    click(&mut h, "Reviews");
    // The demo's March review kept Nordvik as it stood: Annika Berg has come round since.
    let change = "Annika Berg: stance Enemy -> Non-supporter (better)";
    assert!(h.query_by_label(change).is_some(), "what changed since March is listed");
    let before = plan(&h).reviews.len();
    click(&mut h, "Add review");
    let reviews = plan(&h).reviews;
    assert_eq!(reviews.len(), before + 1, "one review more");
    let kept = reviews.last().and_then(|r| r.snapshot.as_deref()).expect("the new review keeps the account");
    assert_eq!(kept.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"), "as it stands today");
    assert!(kept.people.iter().any(|p| p.name == "Annika Berg"));
    // The list now runs from the new review to today: nothing has changed.
    assert!(h.query_by_label("Nothing changed.").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(plan(&h).reviews.len(), before, "recording a review is one undo step");
    click(&mut h, change);
    assert_eq!(h.state().ui_state().view, gambit::app::views::ViewKind::Map, "the map shows");
    let annika = h.state().document().project().accounts[0]
        .contacts
        .iter()
        .find(|c| c.name == "Annika Berg")
        .expect("annika")
        .id;
    assert_eq!(
        h.state().ui_state().selection.person(),
        Some(gambit::model::PersonRef::Contact(annika)),
        "with Annika selected"
    );
}

#[test]
fn the_health_says_what_is_missing_without_repeating_the_section() {
    let (mut h, _) = open_plan();
    let a = h.state().document().project().accounts[0].id;
    let mut plan = plan(&h);
    plan.overall_goal.clear();
    h.state_mut().apply(gambit::command::Command::SetPlan(a, Box::new(plan)));
    h.run();
    assert!(h.query_by_label("Goals and strategy: no overall goal yet").is_some());
    assert!(h.query_by_label_contains("Goals and strategy is empty").is_none());
}

/// Typing the first letter of an empty plan's overall goal settles one of
/// the health lines above it: the line stays, marked done, so the field
/// does not jump while the user types; it goes once the field is left.
#[test]
fn the_field_being_typed_in_does_not_move() {
    let (mut h, _) = open_plan();
    h.get_by_label("Account:").click();
    h.run();
    h.get_by_label("Find:").type_text("fjord");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let missing = "Goals and strategy: no overall goal yet";
    assert!(h.query_by_label(missing).is_some());
    let at = h.get_by_label("Overall goal").rect();
    h.get_by_label("Overall goal").focus();
    h.run();
    h.get_by_label("Overall goal").type_text("W");
    h.run();
    h.get_by_label("Overall goal").type_text("in");
    h.run();
    let project = h.state().document().project();
    let fjordlys = project.accounts.iter().find(|a| a.name == "Fjordlys Energy").expect("account");
    assert_eq!(fjordlys.plan.overall_goal, "Win");
    assert_eq!(h.get_by_label("Overall goal").rect(), at, "the field stayed where it was");
    assert!(h.query_by_label(missing).is_some(), "the settled line stays while typing");
    assert!(h.query_by_label("Settled").is_some(), "and says it is settled");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label(missing).is_none(), "gone once the field is left");
}
