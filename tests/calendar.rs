//! Meetings from the calendar: Outlook- and Google-shaped exports (written
//! here) bring exactly the expected lines and meetings up to date; a second
//! import of the same file changes nothing; bad calendars say what is wrong
//! and change nothing.

mod year;

use gambit::command::{Document, NewIds};
use gambit::interchange::calendar::{CalendarError, EventOutcome, command, prepare};
use gambit::model::*;
use year::*;

fn on(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// January's account with Ann's email, and a strategic meeting in the plan.
fn project() -> Project {
    gambit::i18n::set_language(gambit::i18n::Language::English);
    let mut p = january();
    p.accounts[0].contacts[0].email = "ann.ek@nordvik.example".into();
    p.members[0].email = "karin@hallberg.example".into();
    p.accounts[0].plan.meetings.push(Meeting {
        kind: MeetingKind::Strategic,
        every_days: 90,
        our_people: String::new(),
        their_people: String::new(),
        agenda: String::new(),
        last_held: None,
    });
    p
}

/// Outlook: Windows time-zone names, quoted CNs, a folded line; Google: UTC,
/// a weekly series; then a cancelled meeting, one ahead, one with nobody of
/// theirs, one without a start.
const CALENDAR: &str = "BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:outlook-1\r
SUMMARY:Strategic meeting Nordvik – supply agreement and the 2027 roadm\r
 ap\r
DTSTART;TZID=\"W. Europe Standard Time\":20260310T090000\r
DTEND;TZID=\"W. Europe Standard Time\":20260310T110000\r
ORGANIZER;CN=\"Karin Lund\":mailto:KARIN@hallberg.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"A. Ek\":mailto:ann.ek@nordvik.example\r
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=\"Cy Dahl\":mailto:cy@nordvik.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:google-1@google.com\r
SUMMARY:Weekly sync with Bo\r
DTSTART:20260105T080000Z\r
DTEND:20260105T083000Z\r
RRULE:FREQ=WEEKLY;COUNT=10\r
EXDATE:20260309T080000Z\r
ATTENDEE;CN=Karin Lund;PARTSTAT=ACCEPTED:mailto:karin.lund@gmail.example\r
ATTENDEE;CN=Bo Berg;PARTSTAT=ACCEPTED:mailto:bo@nordvik.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:cancelled\r
SUMMARY:Lunch with Ann\r
STATUS:CANCELLED\r
DTSTART:20260420T110000Z\r
ATTENDEE;CN=Karin Lund:mailto:karin@hallberg.example\r
ATTENDEE;CN=Ann Ek:mailto:ann.ek@nordvik.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:ahead\r
SUMMARY:Tactical meeting\r
DTSTART:20990910T090000Z\r
ATTENDEE;CN=Karin Lund:mailto:karin@hallberg.example\r
ATTENDEE;CN=Ann Ek:mailto:ann.ek@nordvik.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:internal\r
SUMMARY:Account team\r
DTSTART;VALUE=DATE:20260401\r
ATTENDEE;CN=Karin Lund:mailto:karin@hallberg.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:nostart\r
SUMMARY:Call\r
ATTENDEE;CN=Karin Lund:mailto:karin@hallberg.example\r
END:VEVENT\r
END:VCALENDAR\r
";

#[test]
fn outlook_and_google_meetings_update_exactly_the_expected_lines_and_meetings() {
    let p = project();
    let a = &p.accounts[0];
    let import = prepare(&p, a, CALENDAR, on(2026, 6, 1)).expect("reads");
    // Karin–Ann: the Outlook meeting, on its own day in its own zone.
    assert_eq!(import.lines.get(&RelationshipId(1)), Some(&on(2026, 3, 10)));
    // Karin–Bo: the weekly series' last time before June, 9 March left out.
    assert_eq!(import.lines.get(&RelationshipId(2)), Some(&on(2026, 3, 2)));
    assert_eq!(import.lines.len(), 2);
    assert_eq!(import.meetings.get(&0), Some(&on(2026, 3, 10)), "the strategic meeting was held");
    assert_eq!(import.offers.keys().copied().collect::<Vec<_>>(), [(KARIN, CY)], "Karin met Cy: a line to offer");
    let why: Vec<String> = import
        .rows
        .iter()
        .map(|r| match &r.outcome {
            EventOutcome::Matched { .. } => "matched".to_owned(),
            EventOutcome::Skipped(w) => w.clone(),
        })
        .collect();
    assert_eq!(
        why,
        [
            "matched",
            "matched",
            "cancelled",
            "not yet held",
            "none of the account's people among its attendees (by email or name)",
            "it has no start (DTSTART)"
        ]
    );
    // Applied as one undo step; a second import of the same file changes nothing.
    let mut doc = Document::new(p.clone(), None);
    doc.apply(command(a, &import, true, &NewIds::new(&p, None))).expect("applies");
    let after = doc.project().clone();
    assert_eq!(after.accounts[0].relationships.len(), 3, "the line to Cy drawn, as asked");
    let again = prepare(&after, &after.accounts[0], CALENDAR, on(2026, 6, 1)).expect("reads");
    assert!(again.is_empty() && again.offers.is_empty(), "nothing new the second time: {again:?}");
    doc.undo();
    assert_eq!(doc.project(), &p, "one undo takes the whole import back");
}

#[test]
fn a_bad_calendar_says_what_is_wrong_and_changes_nothing() {
    let p = project();
    let a = &p.accounts[0];
    let today = on(2026, 6, 1);
    assert!(matches!(prepare(&p, a, "Name,Title\nAnn,CEO\n", today), Err(CalendarError::NotACalendar(_))));
    assert!(prepare(&p, a, "", today).is_err(), "empty");
    let broken = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260105T080000Z\r\nRRULE:FREQ=SOMETIMES\r\nATTENDEE;CN=Karin Lund:mailto:k@x\r\nATTENDEE;CN=Ann Ek:mailto:a@x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let read = prepare(&p, a, broken, today).expect("the calendar reads; the event is left out");
    assert!(read.is_empty(), "{read:?}");
    assert!(
        matches!(&read.rows[0].outcome, EventOutcome::Skipped(w) if w.starts_with("its repetition rule cannot be read")),
        "{:?}",
        read.rows
    );
    // Never a panic on cut or scrambled text.
    for cut in (0..CALENDAR.len()).step_by(97) {
        if CALENDAR.is_char_boundary(cut) {
            let _ = prepare(&p, a, &CALENDAR[..cut], today);
        }
    }
}

#[test]
fn the_command_line_imports_a_calendar_and_saves_once() {
    let dir = tempfile::tempdir().expect("dir");
    let (file, ics) = (dir.path().join("year.kam"), dir.path().join("meetings.ics"));
    gambit::file::save(&project(), &file).expect("saves");
    std::fs::write(&ics, CALENDAR).expect("writes");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_gambit")).args(args).output().expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (f, i) = (file.to_str().expect("path"), ics.to_str().expect("path"));
    let (code, out, err) = run(&["import-calendar", f, "--from", i, "--account", "Nordvik", "--lang", "en"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("6 events, 2 with our team and their people: 2 lines and one meeting brought up to date"),
        "{out}"
    );
    let saved = gambit::file::load(&file).expect("loads");
    assert_eq!(saved.accounts[0].relationships[0].last_contact, Some(on(2026, 3, 10)));
    assert_eq!(saved.accounts[0].relationships.len(), 2, "no line drawn unless asked");
    let (code, out, _) = run(&["import-calendar", f, "--from", i, "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("Nothing new"), "{out}");
    let before = std::fs::read(&file).expect("reads");
    let (code, _, err) = run(&["import-calendar", f, "--from", f, "--lang", "en"]);
    assert_eq!(code, 2, "a project is not a calendar: {err}");
    assert!(err.contains("not an iCalendar file"), "{err}");
    assert_eq!(std::fs::read(&file).expect("reads"), before, "and the project is untouched");
}
