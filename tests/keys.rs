//! The action registry: one place for every key. No two actions share a key
//! where both are live, the README's table is the registry, and the help
//! sheet (F1 or ?) lists every action with the keys this system shows.

use egui::{Key, KeyboardShortcut, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gambit::app::GambitApp;
use gambit::app::actions::{Action, Scope, markdown, same_press};
use gambit::app::dialogs::ScriptedDialogs;
use gambit::app::recent::RecentFiles;

/// Pairs of actions that one key press would trigger both of.
fn clashes(actions: &[Action]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, a) in actions.iter().enumerate() {
        for b in &actions[i + 1..] {
            if !a.scope().overlaps(b.scope()) {
                continue;
            }
            for ka in a.shortcuts() {
                if b.shortcuts().iter().any(|kb| same_press(ka, kb)) {
                    found.push(format!("{a:?} and {b:?} share {ka:?}"));
                }
            }
        }
    }
    found
}

#[test]
fn no_two_actions_share_a_key_where_both_are_live() {
    assert_eq!(clashes(Action::ALL), Vec::<String>::new());
}

#[test]
fn the_clash_check_finds_a_clash() {
    // K is the map's "key people" and the wall's spotlight switch: fine, the
    // two are never live together. Legend (L) against the map's Connect: not
    // the same key. Fit on the map against Fit on the wall: different scopes.
    assert!(clashes(&[Action::KeyPeople, Action::SpotlightSwitch]).is_empty());
    // But the map's F and an app-wide action on F would both fire.
    let f = KeyboardShortcut::new(Modifiers::NONE, Key::F);
    assert!(Action::Fit.shortcuts().iter().any(|k| same_press(k, &f)));
    assert!(Scope::App.overlaps(Scope::Map) && Scope::App.overlaps(Scope::Wall));
    assert!(!Scope::Map.overlaps(Scope::Wall));
    // Shift+S and S are different presses; + and Shift+= are the same.
    let s = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    let shift_s = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(!same_press(&s, &shift_s));
    let plus = KeyboardShortcut::new(Modifiers::NONE, Key::Plus);
    assert!(same_press(&plus, &KeyboardShortcut::new(Modifiers::SHIFT, Key::Plus)));
    assert!(!clashes(&[Action::Save, Action::Save]).is_empty(), "an action against itself clashes");
}

#[test]
fn every_action_says_what_it_does_and_has_a_key() {
    for a in Action::ALL.iter().copied() {
        assert!(!a.label().is_empty() && !a.tooltip().is_empty(), "{a:?}");
        assert!(!a.shortcuts().is_empty(), "{a:?} has a key");
        assert_eq!(Action::ALL.iter().filter(|b| **b == a).count(), 1, "{a:?} listed once");
    }
}

/// The README's shortcut tables are the registry's, word for word.
#[test]
fn the_readme_table_is_the_registry() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let (start, end) = ("<!-- keys: made from src/app/actions.rs -->", "<!-- end of keys -->");
    let table = markdown();
    let (Some(a), Some(b)) = (readme.find(start), readme.find(end)) else {
        panic!("README.md has no keys section between {start} and {end}");
    };
    let now = &readme[a + start.len()..b];
    if now != table && std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..a + start.len()], &readme[b..]);
        std::fs::write("README.md", updated).expect("write README.md");
        return;
    }
    assert_eq!(now, table, "README.md's keys differ from the registry; UPDATE_README=1 rewrites them");
}

fn start() -> Harness<'static, GambitApp> {
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| {
        GambitApp::start(&cc.egui_ctx, None, Box::new(ScriptedDialogs::default()), RecentFiles::default())
    });
    h.run_steps(4);
    h
}

fn sheet_open(h: &Harness<'_, GambitApp>) -> bool {
    h.query_by_label("Keyboard shortcuts").is_some()
}

#[test]
fn f1_opens_the_help_sheet_with_every_action_and_esc_closes_it() {
    let mut h = start();
    assert!(!sheet_open(&h));
    h.key_press(Key::F1);
    h.run_steps(4);
    assert!(sheet_open(&h), "F1 opens the sheet");
    for scope in Scope::ALL.iter().copied() {
        assert!(h.query_by_label(&scope.title()).is_some(), "{scope:?} has its heading");
    }
    for (label, keys) in [("Connect", "C"), ("Save As…", "Ctrl+Shift+S"), ("Redo", "Ctrl+Shift+Z / Ctrl+Y")] {
        assert!(h.query_by_label(label).is_some(), "{label} is listed");
        assert!(h.query_by_label(keys).is_some(), "{label}'s keys read {keys}");
    }
    assert!(h.query_by_label("⏴ / ⏵ / ⏶ / ⏷").is_some(), "the arrows read as arrows");
    h.key_press(Key::Escape);
    h.run_steps(4);
    assert!(!sheet_open(&h), "Esc closes it");
    assert!(!h.state().is_presenting());
}

#[test]
fn the_help_menu_and_question_mark_open_the_sheet_but_typing_a_question_mark_does_not() {
    let mut h = start();
    h.get_by_label("Help").click();
    h.run_steps(2);
    h.get_by_label_contains("Keyboard Shortcuts").click();
    h.run_steps(4);
    assert!(sheet_open(&h), "Help › Keyboard Shortcuts opens it");
    h.key_press(Key::F1);
    h.run_steps(4);
    assert!(!sheet_open(&h), "F1 again closes it");
    h.key_press(Key::Questionmark);
    h.run_steps(4);
    assert!(sheet_open(&h), "? opens it");
    h.key_press(Key::Questionmark);
    h.run_steps(4);
    assert!(!sheet_open(&h));
    // In the map's search field a question mark is just a character.
    h.get_all_by_label("Map").next().expect("Map tab").click();
    h.run_steps(4);
    h.get_by_role(egui::accesskit::Role::TextInput).click();
    h.run_steps(2);
    h.key_press(Key::Questionmark);
    h.event(egui::Event::Text("?".into()));
    h.run_steps(4);
    assert_eq!(h.get_by_role(egui::accesskit::Role::TextInput).value().as_deref(), Some("?"), "the field took it");
    assert!(!sheet_open(&h), "typing ? into a field does not open the sheet");
}

#[test]
fn the_walls_key_hint_is_made_from_the_registry() {
    let ctx = egui::Context::default();
    let hint = gambit::app::views::map::present::wall_hint_text(&ctx);
    for part in ["Arrows: spotlight", "K: team / key pieces", "0: off", "N: new opportunity", "T: light / dark"] {
        assert!(hint.contains(part), "{part} in {hint}");
    }
    assert!(hint.contains("Esc") || hint.contains("Escape"), "{hint}");
}

#[test]
fn every_key_name_on_screen_has_a_glyph() {
    let ctx = egui::Context::default();
    let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
    for a in Action::ALL.iter().copied() {
        let text = gambit::app::actions::keys_text(&ctx, a);
        let missing: Vec<char> =
            ctx.fonts_mut(|f| text.chars().filter(|c| !f.has_glyph(&egui::FontId::proportional(14.0), *c)).collect());
        assert!(missing.is_empty(), "{a:?}: {text} lacks {missing:?}");
    }
}
