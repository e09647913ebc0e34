//! Keeping the map current: key relationships cool and go cold as the days
//! pass (the date is given, as the app's clock is), the account's rhythm
//! sets how fast, nothing changes the stored strength, and the alerts say
//! so in the plan's health, the map's scene and `gambit check`.

mod year;

use gambit::analysis::alerts::{AlertKind, alerts};
use gambit::analysis::cooling::{Warmth, cooling};
use gambit::model::*;
use year::*;

fn on(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// January's account: Karin met Ann (King) and Bo (Queen) on 1 January.
fn account() -> Project {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    january()
}

#[test]
fn a_key_relationship_cools_then_goes_cold_as_the_days_pass_and_warms_at_the_next_meeting() {
    let mut p = account();
    let a = &p.accounts[0];
    assert!(cooling(a, on(2026, 4, 1)).is_empty(), "90 days after 1 January: within the rhythm");
    let april = cooling(a, on(2026, 4, 2));
    assert_eq!(
        april.iter().map(|c| (c.contact, c.warmth)).collect::<Vec<_>>(),
        [(ANN, Warmth::Cooling), (BO, Warmth::Cooling)]
    );
    let july = cooling(a, on(2026, 7, 1));
    assert!(july.iter().all(|c| c.warmth == Warmth::Cold), "past twice the rhythm: {july:?}");
    // Karin meets Ann again: Ann is warm, Bo stays cold.
    let mut met = a.relationships[0].clone();
    met.last_contact = Some(on(2026, 6, 20));
    gambit::command::apply_to(&mut p, gambit::command::Command::PutRelationship(A, met)).expect("applies");
    let july = cooling(&p.accounts[0], on(2026, 7, 1));
    assert_eq!(july.iter().map(|c| c.contact).collect::<Vec<_>>(), [BO]);
    assert!(p.accounts[0].relationships.iter().all(|r| r.strength >= 3), "the strengths stay as set");
}

#[test]
fn the_accounts_rhythm_sets_how_fast_and_pawns_never_cool() {
    let mut p = account();
    p.accounts[0].rhythm_days = Some(30);
    assert_eq!(cooling(&p.accounts[0], on(2026, 2, 5)).len(), 2, "a monthly rhythm: cooling after 30 days");
    // Cy, a pawn, with a line: never an alert.
    p.accounts[0].relationships.push(line(9, CY, 4));
    assert!(cooling(&p.accounts[0], on(2026, 12, 1)).iter().all(|c| c.contact != CY));
    // Someone who left is not waited for.
    p.accounts[0].contacts[1].has_left = true;
    assert!(cooling(&p.accounts[0], on(2026, 12, 1)).iter().all(|c| c.contact != BO));
}

#[test]
fn alerts_come_most_urgent_first_and_say_who_and_how_long() {
    let mut p = account();
    let a = &mut p.accounts[0];
    // Dee, a Knight (our champion), met once in January; Ed, a King nobody knows.
    let mut dee = contact(ContactId(4), "Dee Falk", Piece::Knight, Stance::Mentor);
    dee.title = "Engineer".into();
    a.contacts.push(dee);
    a.contacts.push(contact(ContactId(5), "Ed Gran", Piece::King, Stance::Neutral));
    a.relationships.push(line(9, ContactId(4), 4));
    let list = alerts(a, on(2026, 5, 1));
    let kinds: Vec<AlertKind> = list.iter().map(|x| x.kind).collect();
    assert_eq!(kinds, [AlertKind::Uncovered, AlertKind::ChampionQuiet, AlertKind::Cooling, AlertKind::Cooling]);
    assert_eq!(list[0].text, "Ed Gran (key person) is covered by none of us");
    assert_eq!(
        list[1].text,
        "Dee Falk, our champion, has gone quiet: none of us has met them for 120 days (last 2026-01-01)"
    );
    let health = gambit::analysis::health::findings(a, on(2026, 5, 1));
    assert!(health.iter().any(|f| f.message == list[1].text), "the plan's health says it too");
}

#[test]
fn the_map_marks_cooling_people_and_the_mark_goes_when_the_date_is_earlier() {
    let p = account();
    let a = &p.accounts[0];
    let visible = gambit::analysis::people_on_map(&p, a);
    let (positions, _, _) = gambit::scene::layout_positions(&p, a);
    let scene = |today| {
        gambit::scene::build(&gambit::scene::SceneInput {
            project: &p,
            account: a,
            visible: &visible,
            shows_kind: &|_| true,
            positions: &positions,
            coverage: &gambit::analysis::coverage::Coverage::default(),
            cycles: &Default::default(),
            today,
        })
    };
    let mark = |s: &gambit::scene::Scene, c: ContactId| {
        s.people.iter().find(|x| x.data.person == PersonRef::Contact(c)).and_then(|x| x.data.cooling)
    };
    let later = scene(on(2026, 8, 1));
    assert_eq!(mark(&later, ANN), Some(Warmth::Cold));
    assert_eq!(mark(&later, CY), None, "a pawn is not watched");
    let soon = scene(on(2026, 2, 1));
    assert_eq!(mark(&soon, ANN), None, "a month after meeting: no mark");
}

#[test]
fn gambit_check_lists_the_alerts_and_leaves_them_out_when_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("year.kam");
    gambit::file::save(&account(), &path).expect("saves");
    // The real clock: January 2026 is long past, so Ann and Bo are cold.
    let run = |alerts: bool| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = gambit::cli::check_with(&path, alerts, &mut out, &mut err);
        (code, String::from_utf8_lossy(&out).into_owned())
    };
    let (code, out) = run(true);
    assert_eq!(code, 0, "alerts are warnings: {out}");
    assert!(out.contains("> alerts: Ann Ek: cold, none of us has met them for "), "{out}");
    assert!(out.contains("0 errors, 2 warnings"), "{out}");
    let (_, quiet) = run(false);
    assert!(!quiet.contains("alerts"), "{quiet}");
    assert!(quiet.contains("0 errors, 0 warnings"), "{quiet}");
}

#[test]
fn the_rhythm_is_kept_in_the_file_and_undone_as_one_step() {
    let p = account();
    let mut doc = gambit::command::Document::new(p.clone(), None);
    let mut info = gambit::command::AccountInfo::of(&p.accounts[0]);
    info.rhythm_days = Some(45);
    doc.apply(gambit::command::Command::SetAccountInfo(A, info)).expect("applies");
    let text = gambit::file::to_string(doc.project()).expect("saves");
    assert!(text.contains("rhythm_days: Some(45)"), "kept in the file");
    let back = gambit::file::from_str(&text, "t.kam").expect("reads");
    assert_eq!(back.accounts[0].rhythm_days, Some(45));
    doc.undo();
    assert_eq!(doc.project().accounts[0].rhythm_days, None, "undo takes it back");
    let plain = gambit::file::to_string(&p).expect("saves");
    assert!(!plain.contains("rhythm_days"), "an account on the default writes nothing, so files stay as they were");
}
