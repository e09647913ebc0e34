//! The main flows in Swedish and Danish, found by their own labels: no
//! message is missing on the way, and the language menu switches every
//! text at once.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;
use gambit::app::views::ViewKind;
use gambit::i18n::{Language, missing, set_language};

const STEPS: usize = 4;

fn start(lang: Language) -> Harness<'static, GambitApp> {
    set_language(lang);
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(STEPS);
    h
}

fn has(h: &Harness<'_, GambitApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn has_part(h: &Harness<'_, GambitApp>, label: &str) -> bool {
    h.query_all_by_label_contains(label).next().is_some()
}

fn click(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.query_all_by_label(label).next().unwrap_or_else(|| panic!("no \"{label}\" to click")).click();
    h.run_steps(STEPS);
}

fn click_containing(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.query_all_by_label_contains(label).next().unwrap_or_else(|| panic!("nothing labelled \"{label}…\"")).click();
    h.run_steps(STEPS);
}

#[test]
fn a_swedish_manager_goes_through_every_view_in_swedish() {
    let mut h = start(Language::Swedish);
    assert!(has(&h, "Portfölj"), "the portfolio's heading");
    assert!(has_part(&h, "kunder"), "the account count in Swedish");
    assert!(has(&h, "Lägg till kund"));
    assert!(has_part(&h, "Nivåer:"), "the tier summary");
    click(&mut h, "Karta");
    assert_eq!(h.state().current_view(), ViewKind::Map);
    assert!(has(&h, "Täckning"), "the map toolbar");
    click(&mut h, "Teckenförklaring");
    assert!(has_part(&h, "Pjäser"), "the legend's pieces");
    assert!(has_part(&h, "Kung"), "the pieces by their Swedish names");
    click(&mut h, "Poängsättning");
    assert_eq!(h.state().current_view(), ViewKind::Scoring);
    assert!(has_part(&h, "Poängsättning —"));
    click(&mut h, "Poängmodell");
    assert!(has(&h, "Lägg till kriterium"));
    click(&mut h, "Kundplan");
    assert_eq!(h.state().current_view(), ViewKind::Plan);
    assert!(has_part(&h, "Kundplan —"));
    assert!(has(&h, "Mötesstruktur"));
    assert!(has(&h, "Penetrationsmatris"));
    click(&mut h, "Arkiv");
    assert!(has_part(&h, "Spara som"), "the File menu in Swedish");
    assert_eq!(missing(Language::Swedish), Vec::<String>::new(), "every message was found in Swedish");
}

#[test]
fn the_language_menu_switches_everything_at_once() {
    let mut h = start(Language::Swedish);
    click(&mut h, "Visa");
    click_containing(&mut h, "Språk");
    click(&mut h, "Dansk");
    assert_eq!(gambit::i18n::language(), Language::Danish);
    assert!(has(&h, "Portefølje"), "the heading in Danish");
    assert!(has_part(&h, "kunder"), "the account count in Danish");
    assert!(!has(&h, "Portfölj"), "no Swedish left");
    assert!(has_part(&h, "Gambit taler dansk nu"), "the status bar says so");
    click(&mut h, "Kort");
    click_containing(&mut h, "Signaturforklaring");
    assert!(has_part(&h, "Brikker"), "the legend in Danish");
    assert_eq!(missing(Language::Danish), Vec::<String>::new(), "every message was found in Danish");
}

/// Scrolls a widget into view and clicks it.
fn press(h: &mut Harness<'_, GambitApp>, label: &str) {
    h.query_all_by_label(label).next().unwrap_or_else(|| panic!("no \"{label}\"")).scroll_to_me();
    h.run_steps(STEPS);
    click(h, label);
}

fn undo(h: &mut Harness<'_, GambitApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(STEPS);
}

fn project<'a>(h: &'a Harness<'_, GambitApp>) -> &'a gambit::model::Project {
    h.state().document().project()
}

#[test]
fn a_swedish_manager_scores_a_new_account_and_sets_a_tier_by_hand() {
    let mut h = start(Language::Swedish);
    click(&mut h, "Lägg till kund");
    click(&mut h, "Poängsättning");
    let names: Vec<String> = project(&h).scoring.criteria.iter().map(|c| c.name.clone()).collect();
    assert!(names.contains(&"Strategisk passform".to_owned()), "the demo's criteria in Swedish: {names:?}");
    for name in &names {
        press(&mut h, &format!("{name} 5"));
    }
    assert!(has(&h, "Poäng: 100,0 / 100"), "the score with a decimal comma");
    assert!(has(&h, "Nivå: Guld"));
    undo(&mut h);
    assert!(has_part(&h, "Poängen är ofullständig"), "one criterion unscored again");
    press(&mut h, "Silver");
    assert!(has(&h, "En motivering krävs."));
    h.query_all_by_label("Motivering").next().expect("the reason field").focus();
    h.run_steps(STEPS);
    h.query_all_by_label("Motivering").next().expect("the reason field").type_text("Budgetstopp till Q3");
    h.run_steps(STEPS);
    press(&mut h, "Sätt nivå för hand");
    let account = h.state().current_account().and_then(|id| project(&h).account(id)).expect("the account");
    assert_eq!(account.tier_override.as_ref().map(|o| o.reason.as_str()), Some("Budgetstopp till Q3"));
    assert_eq!(missing(Language::Swedish), Vec::<String>::new());
}

#[test]
fn a_danish_manager_ticks_off_an_activity_and_adds_a_contact_on_the_map() {
    let mut h = start(Language::Danish);
    h.state_mut().set_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"));
    click(&mut h, "Kundeplan");
    assert!(has_part(&h, "Planens sundhed"), "the plan's health in Danish");
    let activity = project(&h).accounts[0].plan.activities[1].title.clone();
    assert!(activity.starts_with("Forslag til pilot"), "the demo's plan in Danish: {activity}");
    press(&mut h, &format!("Status for {activity}"));
    h.query_all_by_label("Færdig").last().expect("the Done option").click();
    h.run_steps(STEPS);
    assert_eq!(project(&h).accounts[0].plan.activities[1].status, gambit::model::ActivityStatus::Done);
    undo(&mut h);
    assert_ne!(project(&h).accounts[0].plan.activities[1].status, gambit::model::ActivityStatus::Done);
    click(&mut h, "Kort");
    let before = project(&h).accounts[0].contacts.len();
    click(&mut h, "Tilføj kontakt");
    assert_eq!(project(&h).accounts[0].contacts.len(), before + 1);
    assert!(has(&h, "Navn"), "the side panel's fields in Danish");
    assert_eq!(missing(Language::Danish), Vec::<String>::new());
}

#[test]
fn weights_show_the_danish_decimal_comma() {
    let mut h = start(Language::Danish);
    click(&mut h, "Scoring");
    click(&mut h, "Scoringsmodel");
    assert!(h.query_all_by_value("15,0").next().is_some(), "a weight of 15 as Danish writes it");
    assert!(h.query_all_by_value("15.0").next().is_none(), "no English decimal point");
}

#[test]
fn a_danish_date_is_shown_and_typed_day_first() {
    let mut h = start(Language::Danish);
    click(&mut h, "Kundeplan");
    let first = project(&h).accounts[0].plan.activities[0].due.expect("a due date");
    let shown = gambit::i18n::numbers::date_in(Language::Danish, first);
    assert!(!shown.starts_with("20"), "day first: {shown}");
    let field = h.query_all_by_value(&shown).next().expect("the due date as Danish writes it");
    field.scroll_to_me();
    h.run_steps(STEPS);
    h.query_all_by_value(&shown).next().expect("field").focus();
    h.run_steps(STEPS);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.query_all_by_value(&shown).next().expect("field").type_text("15.1.2027");
    h.run_steps(STEPS);
    assert_eq!(project(&h).accounts[0].plan.activities[0].due, chrono::NaiveDate::from_ymd_opt(2027, 1, 15));
}
