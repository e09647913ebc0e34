//! Meetings from the calendar: an `.ics` file exported from Outlook,
//! Google Calendar or Apple Calendar (read with the `icalendar` crate,
//! recurrences expanded with `rrule`). Each past meeting whose attendees
//! include one of our team and people of the account (matched by email,
//! else by name) brings those lines' last contact up to its date, and the
//! plan's meeting of the kind its title names its last held date. Nothing
//! is read from a mailbox or a server.
//!
//! Dates are the meeting's own day as its calendar wrote it (a 09:00
//! meeting in Stockholm is on that day in Stockholm), so no time-zone
//! database is needed, and Outlook's Windows zone names read as well.

use crate::i18n::tr;
use crate::model::{Account, ContactId, MemberId, PersonRef, Project, RelationshipId};
use crate::t;
use chrono::{NaiveDate, NaiveDateTime};
use icalendar::Component as _;
use std::collections::{BTreeMap, BTreeSet};

/// Events read at most; a larger calendar is refused with a message.
pub const MAX_EVENTS: usize = 200_000;
/// How far back a recurring meeting is followed.
const LOOK_BACK_DAYS: i64 = 3 * 366;

/// Why a calendar cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    NotACalendar(String),
    TooMany(usize),
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotACalendar(why) => f.write_str(&t!("calendar-not-a-calendar", why = why)),
            Self::TooMany(n) => f.write_str(&t!("calendar-too-many", events = *n, limit = MAX_EVENTS)),
        }
    }
}

/// What became of one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventOutcome {
    /// Matched: the lines and meetings it brought up to date (none when
    /// they were already as recent).
    Matched { lines: usize, meetings: usize, offers: usize },
    /// Not used, and why.
    Skipped(String),
}

/// One event of the calendar, as the report lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
    /// Its place in the file (1 for the first event).
    pub number: usize,
    pub title: String,
    /// The day it counts for (the last time it took place, for a series).
    pub date: Option<NaiveDate>,
    pub outcome: EventOutcome,
}

/// What importing the calendar would change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarImport {
    /// Lines whose last contact moves later, to the date given.
    pub lines: BTreeMap<RelationshipId, NaiveDate>,
    /// The plan's meetings (by their place in the plan) held later than it says.
    pub meetings: BTreeMap<usize, NaiveDate>,
    /// One of us met a person of the account nobody has a line to: a line
    /// to offer, with the day they met.
    pub offers: BTreeMap<(MemberId, ContactId), NaiveDate>,
    pub rows: Vec<EventRow>,
}

impl CalendarImport {
    /// Whether it changes anything.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.meetings.is_empty()
    }
}

/// Who an attendee is: an email and a name, either possibly empty.
#[derive(Clone, Debug, Default)]
struct Attendee {
    email: String,
    name: String,
}

fn attendee(p: &icalendar::Property) -> Attendee {
    let email = p.value().trim();
    let email = email.strip_prefix("mailto:").or_else(|| email.strip_prefix("MAILTO:")).unwrap_or(email);
    let name = p.params().get("CN").map(|c| c.value().trim_matches('\u{22}').trim().to_owned()).unwrap_or_default();
    Attendee { email: email.trim().to_lowercase(), name }
}

/// The people of the account and our team, by email and by name.
struct Directory {
    members: BTreeMap<String, MemberId>,
    contacts: BTreeMap<String, ContactId>,
}

fn key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Directory {
    fn new(project: &Project, account: &Account) -> Self {
        let mut members = BTreeMap::new();
        for m in &project.members {
            if !m.email.trim().is_empty() {
                members.insert(m.email.trim().to_lowercase(), m.id);
            }
            members.entry(key(&m.name)).or_insert(m.id);
        }
        let mut contacts = BTreeMap::new();
        for c in account.contacts.iter().filter(|c| !c.has_left) {
            if !c.email.trim().is_empty() {
                contacts.insert(c.email.trim().to_lowercase(), c.id);
            }
            contacts.entry(key(&c.name)).or_insert(c.id);
        }
        Self { members, contacts }
    }

    /// An attendee as one of us or a person of the account: by email, else by name.
    fn find(&self, a: &Attendee) -> Option<PersonRef> {
        let by = |k: &str| {
            self.members
                .get(k)
                .map(|m| PersonRef::Member(*m))
                .or_else(|| self.contacts.get(k).map(|c| PersonRef::Contact(*c)))
        };
        (!a.email.is_empty())
            .then(|| by(&a.email))
            .flatten()
            .or_else(|| (!a.name.is_empty()).then(|| by(&key(&a.name))).flatten())
    }
}

/// A date or date-time property as the naive moment its calendar wrote.
fn moment(p: &icalendar::Property) -> Option<NaiveDateTime> {
    let v = p.value().trim();
    let v = v.strip_suffix('Z').unwrap_or(v);
    if let Ok(t) = NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S") {
        return Some(t);
    }
    NaiveDate::parse_from_str(v, "%Y%m%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0))
}

fn stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The last day the event took place on or before `today`: its start, or
/// for a series the last occurrence (its exceptions left out).
fn last_held(e: &icalendar::Event, today: NaiveDate) -> Result<NaiveDate, String> {
    let start = e.properties().get("DTSTART").and_then(moment).ok_or_else(|| tr("calendar-no-start"))?;
    let Some(rule) = e.properties().get("RRULE").map(|r| r.value().trim().to_owned()) else {
        return Ok(start.date());
    };
    let mut text = format!("DTSTART:{}\nRRULE:{rule}", stamp(start));
    for ex in e.multi_properties().get("EXDATE").into_iter().flatten() {
        for part in ex.value().split(',') {
            let p = icalendar::Property::new("EXDATE", part);
            if let Some(t) = moment(&p) {
                text.push_str(&format!("\nEXDATE:{}", stamp(t)));
            }
        }
    }
    let set: rrule::RRuleSet =
        text.parse().map_err(|e: rrule::RRuleError| t!("calendar-bad-rule", why = e.to_string()))?;
    let end = today.and_hms_opt(23, 59, 59).unwrap_or_default().and_utc().with_timezone(&rrule::Tz::UTC);
    let from = (today - chrono::Duration::days(LOOK_BACK_DAYS)).and_hms_opt(0, 0, 0).unwrap_or_default();
    let from = from.and_utc().with_timezone(&rrule::Tz::UTC);
    let dates = set.after(from).before(end).all(u16::MAX).dates;
    dates.last().map(|d| d.date_naive()).ok_or_else(|| tr("calendar-no-past-occurrence"))
}

/// The plan's meetings whose kind the title names ("Strategic meeting
/// Q3", "Strategiskt möte"): the first word of the kind's name, in any of
/// Gambit's languages.
fn meetings_named(account: &Account, title: &str) -> Vec<usize> {
    let words: Vec<String> = title.to_lowercase().split(|c: char| !c.is_alphanumeric()).map(str::to_owned).collect();
    let names = |m: &crate::model::Meeting| -> Vec<String> {
        crate::i18n::Language::ALL
            .iter()
            .filter_map(|l| crate::i18n::tr_in(*l, m.kind.label_id()).split_whitespace().next().map(str::to_lowercase))
            .filter(|w| w.chars().count() >= 4)
            .collect()
    };
    account
        .plan
        .meetings
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            names(m)
                .iter()
                .any(|n| words.iter().any(|w| w.starts_with(n.as_str()) || n.starts_with(w.as_str()) && w.len() >= 6))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Reads `text` (an `.ics` file) against `account` on `today`.
pub fn prepare(
    project: &Project,
    account: &Account,
    text: &str,
    today: NaiveDate,
) -> Result<CalendarImport, CalendarError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.trim_start().to_uppercase().starts_with("BEGIN:VCALENDAR") {
        return Err(CalendarError::NotACalendar(tr("calendar-no-begin")));
    }
    let calendar: icalendar::Calendar = text.parse().map_err(|e: String| CalendarError::NotACalendar(e))?;
    let events: Vec<&icalendar::Event> = calendar.events().collect();
    if events.len() > MAX_EVENTS {
        return Err(CalendarError::TooMany(events.len()));
    }
    let dir = Directory::new(project, account);
    // The lines between each of us and each of theirs, looked up, not scanned.
    let mut between: BTreeMap<(MemberId, ContactId), Vec<&crate::model::Relationship>> = BTreeMap::new();
    for r in &account.relationships {
        if let (PersonRef::Member(m), PersonRef::Contact(c)) | (PersonRef::Contact(c), PersonRef::Member(m)) =
            (r.from, r.to)
        {
            between.entry((m, c)).or_default().push(r);
        }
    }
    let mut out = CalendarImport::default();
    for (i, e) in events.iter().enumerate() {
        let title = e.get_summary().unwrap_or_default().to_owned();
        let row = |date, outcome| EventRow { number: i + 1, title: title.clone(), date, outcome };
        if e.get_status() == Some(icalendar::EventStatus::Cancelled) {
            out.rows.push(row(None, EventOutcome::Skipped(tr("calendar-cancelled"))));
            continue;
        }
        let date = match last_held(e, today) {
            Ok(d) if d > today => {
                out.rows.push(row(Some(d), EventOutcome::Skipped(tr("calendar-in-future"))));
                continue;
            }
            Ok(d) => d,
            Err(why) => {
                out.rows.push(row(None, EventOutcome::Skipped(why)));
                continue;
            }
        };
        let mut people: BTreeSet<PersonRef> = BTreeSet::new();
        let organizer = e.properties().get("ORGANIZER").map(attendee);
        let attendees = e.multi_properties().get("ATTENDEE").into_iter().flatten().map(attendee);
        for a in organizer.into_iter().chain(attendees) {
            if let Some(p) = dir.find(&a) {
                people.insert(p);
            }
        }
        let ours: Vec<MemberId> =
            people.iter().filter_map(|p| if let PersonRef::Member(m) = p { Some(*m) } else { None }).collect();
        let theirs: Vec<ContactId> =
            people.iter().filter_map(|p| if let PersonRef::Contact(c) = p { Some(*c) } else { None }).collect();
        if ours.is_empty() || theirs.is_empty() {
            let why = if ours.is_empty() { tr("calendar-none-of-us") } else { tr("calendar-none-of-them") };
            out.rows.push(row(Some(date), EventOutcome::Skipped(why)));
            continue;
        }
        let (mut lines, mut offers) = (0, 0);
        for m in &ours {
            for c in &theirs {
                let lines_of = between.get(&(*m, *c)).map(Vec::as_slice).unwrap_or_default();
                if lines_of.is_empty() {
                    let at = out.offers.entry((*m, *c)).or_insert(date);
                    *at = (*at).max(date);
                    offers += 1;
                }
                for r in lines_of.iter().filter(|r| r.last_contact.is_none_or(|d| d < date)) {
                    let at = out.lines.entry(r.id).or_insert(date);
                    *at = (*at).max(date);
                    lines += 1;
                }
            }
        }
        let mut meetings = 0;
        for k in meetings_named(account, &title) {
            if account.plan.meetings[k].last_held.is_none_or(|d| d < date) {
                let at = out.meetings.entry(k).or_insert(date);
                *at = (*at).max(date);
                meetings += 1;
            }
        }
        out.rows.push(row(Some(date), EventOutcome::Matched { lines, meetings, offers }));
    }
    Ok(out)
}

/// The import as one undoable command: lines' last contact, the plan's
/// meetings' last held dates (and, when `draw` is set, the lines offered).
pub fn command(
    account: &Account,
    import: &CalendarImport,
    draw: bool,
    ids: &crate::command::NewIds<'_>,
) -> crate::command::Command {
    use crate::command::Command;
    let mut steps = Vec::new();
    for r in &account.relationships {
        if let Some(d) = import.lines.get(&r.id) {
            let mut r = r.clone();
            r.last_contact = Some(*d);
            steps.push(Command::PutRelationship(account.id, r));
        }
    }
    if !import.meetings.is_empty() {
        let mut plan = account.plan.clone();
        for (k, d) in &import.meetings {
            if let Some(m) = plan.meetings.get_mut(*k) {
                m.last_held = Some(*d);
            }
        }
        steps.push(Command::SetPlan(account.id, Box::new(plan)));
    }
    if draw {
        let mut fresh = ids.for_import(account.id).lines;
        for ((m, c), d) in &import.offers {
            let Some(id) = fresh.take_id::<RelationshipId>() else { break };
            let line = crate::model::Relationship::new_line(id, PersonRef::Member(*m), PersonRef::Contact(*c), *d);
            steps.push(Command::PutRelationship(account.id, line));
        }
    }
    Command::Batch("undo-import-calendar".into(), steps)
}

/// One event as the report says it.
pub fn row_text(r: &EventRow) -> String {
    let date = r.date.map(crate::i18n::numbers::date).unwrap_or_else(|| "—".to_owned());
    let title = if r.title.is_empty() { tr("calendar-untitled") } else { r.title.clone() };
    match &r.outcome {
        EventOutcome::Matched { lines, meetings, offers } => t!(
            "calendar-row-matched",
            number = r.number,
            title = &title,
            date = &date,
            lines = *lines,
            meetings = *meetings,
            offers = *offers
        ),
        EventOutcome::Skipped(why) => {
            t!("calendar-row-skipped", number = r.number, title = &title, date = &date, why = why)
        }
    }
}

/// "42 events, 17 with our team and their people: …", as the report and
/// the window's step before the import say it.
pub fn summary(import: &CalendarImport) -> String {
    let matched = import.rows.iter().filter(|r| matches!(r.outcome, EventOutcome::Matched { .. })).count();
    t!(
        "calendar-summary",
        events = import.rows.len(),
        matched = matched,
        lines = import.lines.len(),
        meetings = import.meetings.len(),
        offers = import.offers.len()
    )
}
