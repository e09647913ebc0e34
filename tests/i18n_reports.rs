//! What the domain layer reports in words (an import's report, a contact
//! list that cannot be read, a merge conflict, a picture too large, a text
//! problem's place) is told in the user's language, file keys included.

use gambit::command::{Command, apply_to};
use gambit::i18n::{Language, key_id, set_language};
use gambit::interchange::columns::Mapping;
use gambit::interchange::import::Options;
use gambit::interchange::table;
use gambit::model::Project;

fn demo() -> Project {
    gambit::demo::demo_project().expect("the demo loads")
}

fn import_report(csv: &str) -> Vec<String> {
    let p = demo();
    let t = table::from_bytes(csv.as_bytes(), "crm.csv", None).expect("reads");
    let import =
        gambit::interchange::prepare(&p, None, p.accounts[0].id, &t, &Mapping::guess(&t.headers), Options::default())
            .expect("prepares");
    import.report.lines()
}

const CSV: &str = "Namn;Chef;Pjäs\nNy Person;Ingen Alls;Kung\n;;Torn\nAnna Ny;;Drottning\n";

#[test]
fn an_import_report_is_told_in_swedish_and_danish() {
    set_language(Language::Swedish);
    let swedish = import_report(CSV);
    assert_eq!(swedish[0], "2 tillagda, 0 uppdaterade, 1 överhoppade", "{swedish:?}");
    assert!(swedish.contains(&"tillagda: 2, 4".to_owned()), "{swedish:?}");
    assert!(swedish.contains(&"rad 3: överhoppad: inget namn".to_owned()), "{swedish:?}");
    assert!(
        swedish.iter().any(|l| l.starts_with("rad 4: Anna Ny: pjäs ”Drottning” känner Gambit inte till")),
        "{swedish:?}"
    );
    assert!(
        swedish
            .contains(&"chefen ”Ingen Alls” finns inte bland kontakterna; ingen rapporteringslinje (rad 2)".to_owned()),
        "{swedish:?}"
    );
    set_language(Language::Danish);
    let danish = import_report(CSV);
    assert_eq!(danish[0], "2 tilføjet, 0 opdateret, 1 sprunget over", "{danish:?}");
    assert!(danish.contains(&"række 3: sprunget over: intet navn".to_owned()), "{danish:?}");
    set_language(Language::English);
    let english = import_report(CSV);
    assert_eq!(english[0], "2 added, 0 updated, 1 skipped", "{english:?}");
    assert!(english.contains(&"row 3: skipped: no name".to_owned()), "{english:?}");
}

#[test]
fn a_contact_list_that_cannot_be_read_is_explained_in_danish() {
    set_language(Language::Danish);
    let e = table::from_bytes(b"Navn\n\"Anna\nBo\n", "liste.csv", None).expect_err("unclosed");
    assert!(e.to_string().starts_with("liste.csv: feltet i anførselstegn, der begynder på linje 2"), "{e}");
    let t = table::from_bytes(b"Navn;Titel\nAnna;CFO\n", "liste.csv", None).expect("reads");
    assert_eq!(t.read_as, "UTF-8-tekst adskilt af »;«");
    let e = table::from_bytes(b"", "tom.csv", None).expect_err("empty");
    assert_eq!(e.to_string(), "tom.csv: indeholder ingen rækker (en tom fil eller et tomt ark)");
    set_language(Language::English);
}

#[test]
fn a_merge_conflict_names_its_place_and_field_in_danish() {
    set_language(Language::Danish);
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let a = base.accounts[0].id;
    let mut o = base.accounts[0].contacts[0].clone();
    o.title = "CEO".into();
    let mut t = o.clone();
    t.title = "Administrerende koncernchef".into();
    apply_to(&mut ours, Command::PutContact(a, o.clone())).expect("applies");
    apply_to(&mut theirs, Command::PutContact(a, t)).expect("applies");
    let m = gambit::merge::merge(&base, &ours, &theirs);
    let c = &m.conflicts[0];
    let account = &base.accounts[0].name;
    assert_eq!(c.place, format!("kunde »{account}« > kontakt »{}«", o.name));
    assert_eq!(gambit::i18n::key_words(&c.field), "titel");
    set_language(Language::English);
}

#[test]
fn a_picture_too_large_is_refused_in_swedish() {
    set_language(Language::Swedish);
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="10000"></svg>"#;
    let e = gambit::export::map::png(svg, 1.0).expect_err("too many pixels");
    assert!(e.starts_with("bilden skulle bli 10 000 x 10 000 bildpunkter"), "{e}");
    assert!(e.ends_with("exportera en SVG i stället"), "{e}");
    set_language(Language::English);
}

#[test]
fn a_text_problem_names_its_place_in_swedish() {
    let mut p = demo();
    p.accounts[0].plan.overall_goal = "Mål\u{7}".into();
    set_language(Language::Swedish);
    let told: Vec<String> = p.validate().iter().map(ToString::to_string).collect();
    assert!(told.iter().any(|t| t.contains("> kundplan: övergripande mål")), "{told:?}");
    set_language(Language::English);
}

/// Every key the project file writes that holds words or a list has words
/// of its own in every language (coordinates and ids are left as they are).
#[test]
fn every_key_of_the_file_has_words() {
    let demo_kam = gambit::demo::DEMO_KAM;
    let keys: std::collections::BTreeSet<&str> = demo_kam
        .lines()
        .filter_map(|l| l.trim_start().split_once(':').map(|(k, _)| k))
        .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    assert!(keys.len() > 100, "{keys:?}");
    let without: Vec<&&str> = keys.iter().filter(|k| !["x", "y", "id"].contains(*k) && key_id(k).is_none()).collect();
    assert!(without.is_empty(), "keys without words: {without:?}");
}

#[test]
fn a_broken_file_is_explained_in_swedish_with_its_own_words_quoted() {
    set_language(Language::Swedish);
    let cut = &gambit::demo::DEMO_KAM[..300];
    let e = gambit::file::from_str(cut, "kapad.kam").expect_err("cut off").to_string();
    assert!(e.starts_with("kapad.kam:") && e.contains("väntades"), "{e}");
    let bogus = gambit::demo::DEMO_KAM.replacen("lifecycle: ", "lifecycle: Bogus, old: ", 1);
    let e = gambit::file::from_str(&bogus, "fel.kam").expect_err("unknown value").to_string();
    assert!(e.contains("”Bogus” är inget värde Gambit känner till för livscykelfas"), "{e}");
    set_language(Language::English);
    let e = gambit::file::from_str(&bogus, "fel.kam").expect_err("unknown value").to_string();
    assert!(e.contains("\"Bogus\" is not a value Gambit knows for lifecycle stage"), "{e}");
}
