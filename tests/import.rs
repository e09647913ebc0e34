//! Contacts in from CRM and spreadsheet exports, and out again, as a key
//! account manager would do it: from the command line on fixtures in the
//! shape of real exports, and through the command layer with undo.

use gambit::command::{Command, Document};
use gambit::interchange::{self, Mapping, Options, Outcome, table};
use gambit::model::{Account, AccountId, PersonRef, Piece, Project, RelKind};
use std::path::{Path, PathBuf};
use std::process;

fn gambit() -> process::Command {
    // The command line speaks the system's language; these tests read English.
    let mut command = process::Command::new(env!("CARGO_BIN_EXE_gambit"));
    command.env("LC_ALL", "C").env("LANG", "C");
    command
}

fn crm(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crm").join(name)
}

const NORDVIK: &str = "Nordvik Foods Group";

fn demo() -> Project {
    gambit::demo::demo_project().expect("demo")
}

/// The demo saved in a temp dir, for the command line to work on.
fn demo_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("team.kam");
    std::fs::write(&path, gambit::demo::DEMO_KAM).expect("write");
    (dir, path)
}

fn import_cli(kam: &Path, from: &Path, extra: &[&str]) -> (Option<i32>, String, String) {
    let out = gambit()
        .arg("import-contacts")
        .arg(kam)
        .args(["--account", NORDVIK, "--from"])
        .arg(from)
        .args(extra)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn nordvik(p: &Project) -> &Account {
    p.accounts.iter().find(|a| a.name == NORDVIK).expect("account")
}

fn contact<'a>(a: &'a Account, name: &str) -> &'a gambit::model::Contact {
    a.contacts.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no contact {name}"))
}

fn unit_name(a: &Account, name: &str) -> String {
    let c = contact(a, name);
    c.unit.and_then(|u| a.unit(u)).map_or_else(String::new, |u| u.name.clone())
}

fn reports_to(a: &Account, who: &str, boss: &str) -> bool {
    let (w, b) = (PersonRef::Contact(contact(a, who).id), PersonRef::Contact(contact(a, boss).id));
    a.relationships.iter().any(|r| r.kind == RelKind::ReportsTo && r.from == w && r.to == b)
}

fn knows(p: &Project, a: &Account, member: &str, who: &str) -> bool {
    let m = p.members.iter().find(|m| m.name == member).expect("member").id;
    let c = PersonRef::Contact(contact(a, who).id);
    a.relationships.iter().any(|r| r.touches(PersonRef::Member(m)) && r.touches(c))
}

#[test]
fn a_salesforce_report_brings_people_units_and_lines_and_saves_with_a_backup() {
    let (_dir, kam) = demo_file();
    let (code, out, err) = import_cli(&kam, &crm("salesforce_contacts.csv"), &[]);
    assert_eq!(code, Some(1), "row 6 has no name, so one row is skipped\n{out}{err}");
    assert!(out.contains("row 6: skipped: no name"), "{out}");
    assert!(out.contains("owner \"Jane Doe\" is not one of our people"), "{out}");
    assert_eq!(std::fs::read_to_string(gambit::file::backup_path(&kam)).expect("backup"), gambit::demo::DEMO_KAM);
    let p = gambit::file::load(&kam).expect("saved file loads");
    assert!(p.validate().is_empty(), "{:?}", p.validate());
    let a = nordvik(&p);
    let annika = contact(a, "Annika Roos");
    assert_eq!(annika.title, "Head of Procurement, Nordics");
    assert_eq!(annika.phone, "+46 8 555 010 20");
    assert_eq!(annika.notes, "Met at Elmia 2025.\nPrefers short meetings.");
    assert_eq!(unit_name(a, "Annika Roos"), "Group Procurement", "an existing unit, matched by name");
    assert_eq!(unit_name(a, "Henrik Åberg"), "Nordvik Foods Group", "a filled unit is not overwritten");
    assert_eq!(contact(a, "Henrik Åberg").phone, "+46 8 555 010 00", "an empty field is filled");
    assert!(reports_to(a, "Annika Roos", "Henrik Åberg"), "manager by name");
    assert!(reports_to(a, "Tobias Wiik", "Annika Roos"), "manager by email");
    assert!(reports_to(a, "Laila Haddad", "Olof Brandt"), "manager on a later row");
    assert!(knows(&p, a, "Erik Sandberg", "Annika Roos"), "contact owner");
    assert_eq!(a.contacts.len(), nordvik(&demo()).contacts.len() + 4);
    assert!(!a.units.iter().any(|u| u.name == "Executive Management"), "no empty unit for a contact who keeps theirs");
}

#[test]
fn importing_the_same_file_twice_adds_nothing_and_leaves_the_file_alone() {
    let (_dir, kam) = demo_file();
    let hubspot = crm("hubspot_export.csv");
    let (code, out, _) = import_cli(&kam, &hubspot, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("row 5: maja LUND: the same person as row 2"), "{out}");
    let once = std::fs::read(&kam).expect("read");
    let (code, out, _) = import_cli(&kam, &hubspot, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("0 added, 0 updated, 4 already there"), "{out}");
    assert_eq!(std::fs::read(&kam).expect("read"), once, "nothing new: not saved again");
    let p = gambit::file::load(&kam).expect("loads");
    let a = nordvik(&p);
    assert_eq!(unit_name(a, "Maja Lund"), "Nordvik Dairy");
    assert!(knows(&p, a, "Sofie Madsen", "Rasmus Holt"));
    assert!(p.members.iter().any(|m| m.name == "Sofie Madsen" && a.team.iter().any(|t| t.member == m.id)));
}

#[test]
fn a_swedish_excel_csv_in_windows_1252_with_semicolons() {
    let (_dir, kam) = demo_file();
    let (code, out, err) = import_cli(&kam, &crm("swedish_excel.csv"), &[]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("read as Windows-1252 text separated by \";\""), "{out}");
    assert!(out.contains("Förnamn -> First Name") && out.contains("Chef -> Reports To"), "{out}");
    let p = gambit::file::load(&kam).expect("loads");
    let a = nordvik(&p);
    assert_eq!(contact(a, "Åsa Öberg").title, "Inköpschef");
    assert_eq!(unit_name(a, "Märta Sjögren"), "Ekonomi; Koncern", "a quoted separator");
    assert!(reports_to(a, "Björn Ekström", "Åsa Öberg"));
    assert!(reports_to(a, "Märta Sjögren", "Åsa Öberg"), "manager by email");
}

#[test]
fn an_xlsx_workbook_picks_the_sheet_with_names() {
    let (_dir, kam) = demo_file();
    let (code, out, _) = import_cli(&kam, &crm("danish_contacts.xlsx"), &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("read as sheet \"Kontakter\""), "{out}");
    let p = gambit::file::load(&kam).expect("loads");
    let a = nordvik(&p);
    assert_eq!(contact(a, "Søren Ærø").phone, "4575501234", "a number cell reads as its digits");
    assert_eq!(unit_name(a, "Mette Holm"), "Plant Kolding");
    assert!(reports_to(a, "Jens Dahl", "Mette Holm"));
    assert!(knows(&p, a, "Mikkel Sørensen", "Søren Ærø"));
    let (code, _, err) = import_cli(&kam, &crm("danish_contacts.xlsx"), &["--sheet", "Noter"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no column holds the contacts' names"), "{err}");
    let (code, _, err) = import_cli(&kam, &crm("danish_contacts.xlsx"), &["--sheet", "Ark1"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("has no sheet named \"Ark1\"; its sheets: Noter, Kontakter"), "{err}");
}

#[test]
fn excel_unicode_text_is_utf16_with_tabs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("unicode.txt");
    let text = "Navn\tStilling\tE-mail\r\nSøren Ærø\tFabrikschef\tsoren@x.example\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&path, bytes).expect("write");
    let t = table::read(&path, None).expect("reads");
    assert_eq!(t.read_as, "UTF-16 text separated by tabs");
    assert_eq!(t.rows[0].cells, vec!["Søren Ærø", "Fabrikschef", "soren@x.example"]);
}

#[test]
fn bad_input_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.csv", b"", "holds no rows"),
        ("nonames.csv", b"Email;Phone\nanna@x.example;123\n", "no column holds the contacts' names"),
        ("binary.csv", &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H'], "binary data"),
        ("quotes.csv", b"Name,Title\nAnna,CFO\n\"Bo, CEO\nCid,CTO\n", "starts on line 3 is never closed"),
        ("header.csv", b"Name,Title\n", "no contacts under it"),
    ];
    for (name, bytes, says) in cases {
        let (_keep, kam) = demo_file();
        let from = dir.path().join(name);
        std::fs::write(&from, bytes).expect("write");
        let (code, _, err) = import_cli(&kam, &from, &[]);
        assert_eq!(code, Some(2), "{name}: {err}");
        assert!(err.contains(says) && err.contains("not changed"), "{name}: {err}");
        assert_eq!(std::fs::read_to_string(&kam).expect("read"), gambit::demo::DEMO_KAM, "{name}");
        assert!(!gambit::file::backup_path(&kam).exists(), "{name}");
    }
}

/// Prepares an import of CSV text into the demo's main account.
fn prepare(p: &Project, csv: &str, options: Options) -> interchange::Import {
    let t = table::from_bytes(csv.as_bytes(), "test.csv", None).expect("reads");
    let id = nordvik(p).id;
    interchange::prepare(p, None, id, &t, &Mapping::guess(&t.headers), options).expect("prepares")
}

#[test]
fn the_import_is_one_undoable_step() {
    let mut doc = Document::new(demo(), None);
    let before = doc.project().clone();
    let import =
        prepare(doc.project(), "Name,Department,Manager\nNew Person,New Unit,Henrik Åberg\n", Options::default());
    doc.apply(import.command()).expect("applies");
    assert_eq!(doc.undo_label().map(gambit::i18n::tr).as_deref(), Some("Import contacts"));
    assert!(nordvik(doc.project()).contacts.iter().any(|c| c.name == "New Person"));
    assert!(doc.undo());
    assert_eq!(doc.project(), &before);
    assert!(doc.redo());
    assert!(reports_to(nordvik(doc.project()), "New Person", "Henrik Åberg"));
}

#[test]
fn filled_fields_are_kept_unless_the_user_asks() {
    let p = demo();
    let csv = "Full Name,Title,Piece\nHenrik Åberg,Chairman,Pawn\n";
    let kept = prepare(&p, csv, Options::default());
    assert_eq!(kept.report.rows[0].outcome, Outcome::Unchanged);
    assert_eq!(contact(&kept.account, "Henrik Åberg").title, "Group CEO");
    let replaced = prepare(&p, csv, Options { overwrite: true });
    assert_eq!(replaced.report.rows[0].outcome, Outcome::Updated(vec!["report-field-title", "report-field-piece"]));
    let henrik = contact(&replaced.account, "Henrik Åberg");
    assert_eq!((henrik.title.as_str(), henrik.piece), ("Chairman", Piece::Pawn));
}

#[test]
fn a_reporting_cycle_in_the_file_is_left_out_and_said() {
    let p = demo();
    let import = prepare(&p, "Name,Reports To\nAnn A,Bo B\nBo B,Ann A\nCid C,Ann A\n", Options::default());
    let notes: Vec<&String> = import.report.rows.iter().flat_map(|r| &r.notes).collect();
    assert!(notes.iter().any(|n| n.contains("would close a reporting cycle")), "{notes:?}");
    assert!(reports_to(&import.account, "Cid C", "Ann A"));
    let mut after = p.clone();
    after.accounts[0] = (*import.account).clone();
    assert!(after.validate().is_empty(), "{:?}", after.validate());
}

#[test]
fn two_people_of_one_name_are_told_apart_by_email_or_skipped() {
    let p = demo();
    let csv = "Name,Email\nAnna Berg,anna1@x.example\nAnna Berg,anna2@x.example\nAnna Berg,\n";
    let import = prepare(&p, csv, Options::default());
    let outcomes: Vec<&Outcome> = import.report.rows.iter().map(|r| &r.outcome).collect();
    assert_eq!(outcomes[..2], [&Outcome::Added, &Outcome::Added]);
    assert!(matches!(outcomes[2], Outcome::Skipped(why) if why.contains("2 contacts are named \"Anna Berg\"")));
}

#[test]
fn long_and_control_character_cells_are_made_to_fit() {
    let p = demo();
    let csv = format!("Name,Title\n\"Ann\u{7}\nLee\",{}\n{},x\n", "t".repeat(600), "n".repeat(600));
    let import = prepare(&p, &csv, Options::default());
    let ann = contact(&import.account, "Ann Lee");
    assert_eq!(ann.title.chars().count(), 500);
    assert!(import.report.rows[0].notes.iter().any(|n| n.contains("title cut to 500")));
    assert!(matches!(&import.report.rows[1].outcome, Outcome::Skipped(why) if why.contains("600 characters")));
}

#[test]
fn a_round_trip_through_a_workbook_brings_back_the_same_people() {
    let mut p = demo();
    let source = nordvik(&p).clone();
    let bytes = interchange::sheet::xlsx(&[
        interchange::export::contacts(&p, &source),
        interchange::export::relationships(&p, &source),
    ])
    .expect("workbook");
    let t = table::from_bytes(&bytes, "out.xlsx", None).expect("reads back");
    let copy = AccountId(999);
    p.accounts.push(Account::new(copy, "Copy"));
    let import =
        interchange::prepare(&p, None, copy, &t, &Mapping::guess(&t.headers), Options::default()).expect("imports");
    assert_eq!(import.report.skipped(), 0, "{:?}", import.report.lines());
    let back = &import.account;
    assert_eq!(back.contacts.len(), source.contacts.len());
    let unit = |a: &Account, c: &gambit::model::Contact| c.unit.and_then(|u| a.unit(u)).map(|u| u.name.clone());
    for (a, b) in source.contacts.iter().zip(&back.contacts) {
        assert_eq!(
            (&a.name, &a.title, &a.email, &a.phone, a.level, a.piece, a.stance, a.influence, &a.notes),
            (&b.name, &b.title, &b.email, &b.phone, b.level, b.piece, b.stance, b.influence, &b.notes)
        );
        assert_eq!(unit(&source, a), unit(back, b), "{}", a.name);
    }
    let bosses = |acc: &Account| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = acc
            .relationships
            .iter()
            .filter(|r| r.kind == RelKind::ReportsTo)
            .map(|r| (p.person_name(acc, r.from), p.person_name(acc, r.to)))
            .collect();
        v.sort();
        v.dedup_by(|x, y| x.0 == y.0);
        v
    };
    assert_eq!(bosses(back), bosses(&source));
}

#[test]
fn a_phone_guarded_against_formulas_in_csv_comes_back_as_typed() {
    let mut p = demo();
    let id = nordvik(&p).contacts[0].id;
    let mut c = nordvik(&p).contacts[0].clone();
    c.phone = "+46 8 555 010 00".into();
    let mut doc = Document::new(p.clone(), None);
    doc.apply(Command::PutContact(nordvik(&p).id, c)).expect("edit");
    p = doc.project().clone();
    let csv = interchange::sheet::csv(&interchange::export::contacts(&p, nordvik(&p)));
    assert!(csv.contains(",'+46 8 555 010 00,"), "the CSV shows it, a spreadsheet does not run it");
    let copy = AccountId(999);
    p.accounts.push(Account::new(copy, "Copy"));
    let t = table::from_bytes(csv.as_bytes(), "c.csv", None).expect("reads");
    let import =
        interchange::prepare(&p, None, copy, &t, &Mapping::guess(&t.headers), Options::default()).expect("imports");
    let first =
        import.account.contacts.iter().find(|x| x.name == nordvik(&p).contact(id).expect("c").name).expect("back");
    assert_eq!(first.phone, "+46 8 555 010 00");
}

/// 100,000 rows (the size for a big CRM export): all imported as
/// one command; how fast is measured in `benches/import.rs`.
#[test]
fn a_hundred_thousand_rows_import_whole() {
    let mut csv = String::from("First Name;Last Name;Email;Department;Manager\n");
    for i in 0..100_000 {
        let boss = if i % 50 == 0 { String::new() } else { format!("p{}@big.example", i - i % 50) };
        csv.push_str(&format!("Person;Number {i};p{i}@big.example;Unit {};{boss}\n", i / 2_500));
    }
    let p = demo();
    let import = prepare(&p, &csv, Options::default());
    assert_eq!(import.report.added(), 100_000);
    assert_eq!(import.report.units_added.len(), 40);
    assert_eq!(import.report.reporting_lines, 98_000);
    assert_eq!(import.account.contacts.len(), nordvik(&p).contacts.len() + 100_000);
}

#[test]
fn contacts_and_the_ranking_export_from_the_command_line() {
    let (dir, kam) = demo_file();
    let (people, lines, book, rank) =
        (dir.path().join("p.csv"), dir.path().join("l.csv"), dir.path().join("p.xlsx"), dir.path().join("r.xlsx"));
    let out = gambit()
        .arg("export-contacts")
        .arg(&kam)
        .args(["--account", "nordvik foods group", "--csv"])
        .arg(&people)
        .arg("--relationships-csv")
        .arg(&lines)
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let csv = std::fs::read_to_string(&people).expect("contacts");
    assert!(csv.starts_with("Full Name,Title,Company,Department,Email,Phone,Reports To,Contact Owner,"), "{csv}");
    assert_eq!(csv.lines().count(), 44);
    assert_eq!(std::fs::read_to_string(&lines).expect("lines").lines().count(), 119);
    let out = gambit()
        .arg("export-contacts")
        .arg(&kam)
        .args(["--account", NORDVIK, "--xlsx"])
        .arg(&book)
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(table::read(&book, Some("Relationships")).expect("sheet").rows.len(), 118);
    let out = gambit().arg("export-ranking").arg(&kam).arg("--xlsx").arg(&rank).output().expect("run");
    assert!(out.status.success(), "{out:?}");
    let t = table::read(&rank, None).expect("ranking");
    assert_eq!((t.rows.len(), t.rows[0].cell(1)), (12, NORDVIK));
    let both = gambit()
        .arg("export-contacts")
        .arg(&kam)
        .args(["--account", NORDVIK, "--xlsx", "a.xlsx", "--csv", "b.csv"])
        .output()
        .expect("run");
    assert_eq!(both.status.code(), Some(2), "one output at a time");
}

#[test]
fn a_danish_export_reads_back_into_an_english_gambit() {
    let mut p = demo();
    let source = nordvik(&p).clone();
    gambit::i18n::set_language(gambit::i18n::Language::Danish);
    let sheet = interchange::export::contacts(&p, &source);
    let bytes = interchange::sheet::xlsx(&[sheet]).expect("workbook");
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let t = table::from_bytes(&bytes, "kontakter.xlsx", None).expect("reads back");
    assert!(t.headers.iter().any(|h| h == "Fulde navn"), "Danish headers: {:?}", t.headers);
    assert!(t.rows.iter().flat_map(|r| &r.cells).any(|v| v == "Konge"), "Danish pieces");
    let copy = AccountId(999);
    p.accounts.push(Account::new(copy, "Copy"));
    let import =
        interchange::prepare(&p, None, copy, &t, &Mapping::guess(&t.headers), Options::default()).expect("imports");
    assert_eq!(import.report.skipped(), 0, "{:?}", import.report.lines());
    for (a, b) in source.contacts.iter().zip(&import.account.contacts) {
        assert_eq!(
            (&a.name, a.level, a.piece, a.stance, a.influence),
            (&b.name, b.level, b.piece, b.stance, b.influence)
        );
    }
}
