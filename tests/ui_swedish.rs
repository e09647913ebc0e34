//! The main flows in Swedish and Danish, found by their own labels: no
//! message is missing on the way, and the language menu switches every
//! text at once.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
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
    assert!(has_part(&h, "konton"), "the account count in Swedish");
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
    assert!(has_part(&h, "konti"), "the account count in Danish");
    assert!(!has(&h, "Portfölj"), "no Swedish left");
    assert!(has_part(&h, "Gambit taler dansk nu"), "the status bar says so");
    click(&mut h, "Kort");
    click_containing(&mut h, "Signaturforklaring");
    assert!(has_part(&h, "Brikker"), "the legend in Danish");
    assert_eq!(missing(Language::Danish), Vec::<String>::new(), "every message was found in Danish");
}
