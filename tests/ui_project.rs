//! The project's own settings and how money reads, driven through the UI
//! with `egui_kittest`.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;

fn start() -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(4);
    h
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(4);
}

#[test]
fn a_new_project_gets_its_name_company_and_currency_in_settings() {
    let mut h = start();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(4);
    click(&mut h, "File");
    click(&mut h, "Project Settings…");
    for (label, typed) in [("Project name", "Fjord accounts"), ("Our company", "Hallberg AB"), ("Currency", "SEK")] {
        let field = h.get_by_label(label);
        field.focus();
        h.run_steps(2);
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_label(label).type_text(typed);
        h.run_steps(2);
    }
    h.key_press(Key::Tab);
    h.run_steps(4);
    let p = h.state().document().project();
    assert_eq!(
        (p.name.as_str(), p.our_company.as_str(), p.currency.as_str()),
        ("Fjord accounts", "Hallberg AB", "SEK")
    );
    assert!(h.state().document().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert_eq!(h.state().document().project().currency, "", "each field is one undo step");
    assert_eq!(h.state().document().project().our_company, "Hallberg AB");
}

#[test]
fn revenue_reads_grouped_with_its_currency_and_takes_a_shortened_amount() {
    let mut h = start();
    click(&mut h, "Plan");
    assert!(h.query_by_label("Current revenue (SEK)").is_some());
    assert!(h.query_by_value("18,400,000").is_some(), "not 18400000");
    let field = h.get_by_label("Potential revenue (SEK)");
    field.focus();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Potential revenue (SEK)").type_text("45,5 mn");
    h.key_press(Key::Enter);
    h.run_steps(4);
    assert_eq!(h.state().document().project().accounts[0].potential_revenue, 45_500_000.0);
}

#[test]
fn with_200_accounts_the_picker_finds_one_by_typing() {
    let mut h = start();
    for i in 0..190 {
        let id = gambit::model::AccountId(1_000 + i);
        let account = gambit::model::Account::new(id, format!("Generated Account {i:03}"));
        h.state_mut().apply(gambit::command::Command::AddAccount(Box::new(account)));
    }
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Account:").click();
    h.run_steps(4);
    assert!(h.query_by_label_contains("more: type to narrow").is_none(), "202 accounts all listed");
    // In the portfolio table behind, and in the picker's list.
    assert_eq!(h.query_all_by_label("Generated Account 007").count(), 2);
    h.get_by_label("Find:").focus();
    h.run_steps(2);
    h.get_by_label("Find:").type_text("balt");
    h.run_steps(4);
    assert_eq!(h.get_by_label("Find:").value().as_deref(), Some("balt"));
    assert_eq!(h.query_all_by_label("Generated Account 007").count(), 1, "the list narrows as you type");
    h.key_press(Key::Enter);
    h.run_steps(4);
    let picked = h.state().current_account().expect("an account");
    let name = &h.state().document().project().account(picked).expect("exists").name;
    assert_eq!(name, "Baltica Marine Engines");
}
