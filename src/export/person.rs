//! Everything Gambit holds about one of the client's people, for their
//! request to see their data: their fields, their lines, the plan's entries
//! and texts that name them, and what each review kept of them, with the
//! changes those reviews recorded. As readable HTML (or Markdown) and JSON.

use super::doc::{Block, Doc, Section};
use crate::analysis::history::changes;
use crate::i18n::{key_words, numbers, tr};
use crate::model::snapshot::{LineThen, PersonThen};
use crate::model::texts::{Step, walk};
use crate::model::{Account, Contact, ContactId, PersonRef, Project};
use crate::t;
use serde::Serialize;

/// One line of theirs as it stands.
#[derive(Clone, Debug, Serialize)]
pub struct LineData {
    /// Whether the line goes from them (they report to, influence … the other).
    pub from_them: bool,
    pub with: String,
    pub kind: String,
    pub strength: u8,
    pub last_contact: Option<chrono::NaiveDate>,
    pub note: String,
}

/// A place in the plan that names them, and what it says.
#[derive(Clone, Debug, Serialize)]
pub struct Mention {
    pub place: String,
    pub text: String,
}

/// What one review kept of them.
#[derive(Clone, Debug, Serialize)]
pub struct Kept {
    pub date: chrono::NaiveDate,
    pub person: PersonThen,
    pub lines: Vec<LineThen>,
    /// What the review recorded as changed about them since the one before.
    pub changes: Vec<String>,
}

/// All of it.
#[derive(Clone, Debug, Serialize)]
pub struct PersonData {
    pub project: String,
    pub account: String,
    pub written: chrono::NaiveDate,
    pub person: Contact,
    pub unit: Option<String>,
    pub successor: Option<String>,
    pub lines: Vec<LineData>,
    pub plan: Vec<Mention>,
    pub reviews: Vec<Kept>,
}

/// Collects what the project holds about `id` of `account`; none when they
/// are not there.
pub fn collect(project: &Project, account: &Account, id: ContactId, today: chrono::NaiveDate) -> Option<PersonData> {
    let c = account.contact(id)?;
    let me = PersonRef::Contact(id);
    let lines = account
        .relationships_of(me)
        .map(|r| LineData {
            from_them: r.from == me,
            with: project.person_name(account, crate::analysis::other_end(r, me)),
            kind: r.kind.label(),
            strength: r.strength,
            last_contact: r.last_contact,
            note: r.note.clone(),
        })
        .collect();
    Some(PersonData {
        project: project.name.clone(),
        account: account.name.clone(),
        written: today,
        person: c.clone(),
        unit: c.unit.and_then(|u| account.unit(u)).map(|u| u.name.clone()),
        successor: c.successor.and_then(|s| account.contact(s)).map(|s| s.name.clone()),
        lines,
        plan: mentions(account, c),
        reviews: kept(account, id),
    })
}

/// The plan's entries naming them by number, and its texts naming them by name.
fn mentions(account: &Account, c: &Contact) -> Vec<Mention> {
    let plan = &account.plan;
    let mut out: Vec<Mention> = plan
        .relationship_goals
        .iter()
        .filter(|g| g.contact == c.id)
        .map(|g| Mention {
            place: tr("plan-relationship-goals"),
            text: format!("{} · {} · {}", g.target_stance.label(), g.target_coverage, g.how),
        })
        .collect();
    out.extend(plan.referrals.iter().filter(|r| r.contact == c.id).map(|r| Mention {
        place: key_words("referrals"),
        text: format!("{} · {}", r.date.map(numbers::date).unwrap_or_default(), r.what),
    }));
    let name = c.name.trim().to_lowercase();
    if name.chars().count() >= 3 {
        walk(plan, &mut |path, text| {
            if text.to_lowercase().contains(&name) {
                out.push(Mention { place: place(path), text: text.to_owned() });
            }
        });
    }
    out
}

/// "Activities > 3 > title", in words.
fn place(path: &[Step]) -> String {
    let words: Vec<String> = path
        .iter()
        .map(|s| match s {
            Step::Field(f) => key_words(f),
            Step::Index(i) => (i + 1).to_string(),
        })
        .collect();
    format!("{} > {}", tr("check-at-plan"), words.join(" > "))
}

/// What each review kept of them, oldest first, with the changes about them.
fn kept(account: &Account, id: ContactId) -> Vec<Kept> {
    let mut reviews: Vec<_> =
        account.plan.reviews.iter().filter_map(|r| Some((r.date, r.snapshot.as_deref()?))).collect();
    reviews.sort_by_key(|(d, _)| *d);
    let mut out = Vec::new();
    for (i, (date, s)) in reviews.iter().enumerate() {
        let Some(person) = s.person(id) else { continue };
        let me = PersonRef::Contact(id);
        let lines = s.lines.iter().filter(|l| l.from == me || l.to == me).cloned().collect();
        let changes = match i.checked_sub(1).map(|j| reviews[j].1) {
            Some(before) => changes(before, s).into_iter().filter(|c| c.person == Some(me)).map(|c| c.text).collect(),
            None => Vec::new(),
        };
        out.push(Kept { date: *date, person: person.clone(), lines, changes });
    }
    out
}

/// The data as JSON, every field by its file name.
pub fn json(data: &PersonData) -> String {
    serde_json::to_string_pretty(data).unwrap_or_default()
}

/// The data as a readable document.
pub fn document(data: &PersonData) -> Doc {
    let c = &data.person;
    let mut facts = vec![
        (tr("scoring-name"), c.name.clone()),
        (tr("contact-title"), c.title.clone()),
        (tr("map-business-unit"), data.unit.clone().unwrap_or_default()),
        (tr("contact-email"), c.email.clone()),
        (tr("contact-phone"), c.phone.clone()),
        (tr("field-level"), c.level.label()),
        (tr("field-piece"), c.piece.label()),
        (tr("contact-influence"), c.influence.to_string()),
    ];
    let assessed = vec![
        (tr("field-stance"), c.stance.label()),
        (tr("contact-political-status"), c.political.label()),
        (tr("contact-evidence"), c.evidence.clone()),
        (tr("plan-notes"), c.notes.clone()),
        (
            tr("person-data-assessed"),
            c.assessed.as_ref().map(|a| format!("{} {}", numbers::date(a.on), a.by)).unwrap_or_default(),
        ),
    ];
    if c.has_left {
        facts.push((tr("contact-left-on"), c.left_on.map(numbers::date).unwrap_or_else(|| tr("departure-left"))));
        facts.push((tr("contact-successor"), data.successor.clone().unwrap_or_default()));
    }
    let roles = c
        .earlier_roles
        .iter()
        .map(|r| {
            t!("person-data-earlier-role", date = numbers::date(r.until), title = &r.title, level = r.level.label())
        })
        .collect();
    let lines = data
        .lines
        .iter()
        .map(|l| {
            let last = l.last_contact.map(numbers::date).unwrap_or_default();
            vec![l.with.clone(), l.kind.clone(), l.strength.to_string(), last, l.note.clone()]
        })
        .collect();
    let line_headers =
        ["person-data-with", "rel-column-kind", "rel-column-strength", "rel-column-last-contact", "rel-column-note"];
    let plan = data.plan.iter().map(|m| vec![m.place.clone(), m.text.clone()]).collect();
    let reviews = data
        .reviews
        .iter()
        .map(|k| {
            let p = &k.person;
            let said = format!("{} · {} · {} · {}", p.title, p.piece.label(), p.stance.label(), p.political.label());
            vec![numbers::date(k.date), said, k.lines.len().to_string(), k.changes.join("; ")]
        })
        .collect();
    let review_headers = ["plan-date", "person-data-as-kept", "person-data-lines-kept", "person-data-changes"];
    let table = |h: &[&str], rows| Block::Table { headers: h.iter().map(|x| tr(x)).collect(), rows };
    Doc {
        title: t!("person-data-title", name = &c.name),
        subtitle: t!(
            "person-data-subtitle",
            account = &data.account,
            project = &data.project,
            date = numbers::date(data.written)
        ),
        sections: vec![
            Section { title: tr("person-data-fields"), blocks: vec![Block::Facts(facts), Block::List(roles)] },
            Section {
                title: tr("person-data-assessment"),
                blocks: vec![Block::Text(tr("person-data-assessment-note")), Block::Facts(assessed)],
            },
            Section { title: tr("person-data-lines"), blocks: vec![table(&line_headers, lines)] },
            Section {
                title: tr("person-data-plan"),
                blocks: vec![table(&["person-data-place", "person-data-text"], plan)],
            },
            Section { title: tr("person-data-reviews"), blocks: vec![table(&review_headers, reviews)] },
        ],
    }
}
