//! Tables going out: an account's contacts and relationships, with the
//! column names the import reads, so a round trip through a spreadsheet
//! brings back the same people; and the portfolio ranking.

use super::columns::Field;
use super::sheet::{Cell, Sheet};
use crate::analysis::ranking::RankRow;
use crate::i18n::tr;
use crate::model::{Account, Contact, PersonRef, Project, RelKind, ScoreOutcome};

/// The contact columns, in order: every field the import reads but the
/// split first and last name (the full name carries both).
fn contact_columns() -> impl Iterator<Item = Field> {
    Field::ALL.iter().copied().filter(|f| !matches!(f, Field::FirstName | Field::LastName))
}

/// One row per contact, in id order.
pub fn contacts(project: &Project, account: &Account) -> Sheet {
    let rows =
        account.contacts.iter().map(|c| contact_columns().map(|f| contact_cell(project, account, c, f)).collect());
    Sheet {
        name: tr("sheet-contacts"),
        headers: contact_columns().map(|f| f.label().clone()).collect(),
        rows: rows.collect(),
    }
}

fn contact_cell(project: &Project, account: &Account, c: &Contact, field: Field) -> Cell {
    let text = |s: &str| Cell::text(s);
    match field {
        Field::FullName => text(&c.name),
        Field::Title => text(&c.title),
        Field::Company => text(&account.name),
        Field::Department => text(c.unit.and_then(|u| account.unit(u)).map_or("", |u| u.name.as_str())),
        Field::Email => text(&c.email),
        Field::Phone => text(&c.phone),
        Field::ReportsTo => text(&manager(account, c)),
        Field::Owner => text(&owner(project, account, c)),
        Field::Level => Cell::text(c.level.label()),
        Field::Piece => Cell::text(c.piece.label()),
        Field::Stance => Cell::text(c.stance.label()),
        Field::Influence => Cell::Number(f64::from(c.influence), 0),
        Field::Notes => text(&c.notes),
        Field::FirstName | Field::LastName => text(""),
    }
}

/// Whom the contact reports to: their email when they have one, else their name.
fn manager(account: &Account, c: &Contact) -> String {
    let me = PersonRef::Contact(c.id);
    account
        .relationships
        .iter()
        .filter(|r| r.kind == RelKind::ReportsTo && r.from == me)
        .find_map(|r| match r.to {
            PersonRef::Contact(b) => account.contact(b),
            PersonRef::Member(_) => None,
        })
        .map_or_else(String::new, |b| if b.email.trim().is_empty() { b.name.clone() } else { b.email.clone() })
}

/// Which of our people has the strongest line to the contact.
fn owner(project: &Project, account: &Account, c: &Contact) -> String {
    let me = PersonRef::Contact(c.id);
    account
        .relationships_of(me)
        .filter_map(|r| {
            let other = if r.from == me { r.to } else { r.from };
            match other {
                PersonRef::Member(m) if r.kind != RelKind::Conflict => Some((r.strength, std::cmp::Reverse(m))),
                _ => None,
            }
        })
        .max()
        .and_then(|(_, std::cmp::Reverse(m))| project.member(m))
        .map_or_else(String::new, |m| m.name.clone())
}

/// One row per line: who, to whom, what kind, how strong, when last in touch.
pub fn relationships(project: &Project, account: &Account) -> Sheet {
    let email = |p: PersonRef| match p {
        PersonRef::Contact(c) => account.contact(c).map_or_else(String::new, |c| c.email.clone()),
        PersonRef::Member(m) => project.member(m).map_or_else(String::new, |m| m.email.clone()),
    };
    let rows = account.relationships.iter().map(|r| {
        vec![
            Cell::text(project.person_name(account, r.from)),
            Cell::text(email(r.from)),
            Cell::text(project.person_name(account, r.to)),
            Cell::text(email(r.to)),
            Cell::text(r.kind.label()),
            Cell::Number(f64::from(r.strength), 0),
            Cell::text(r.last_contact.map_or_else(String::new, |d| d.to_string())),
            Cell::text(&r.note),
        ]
    });
    let headers = [
        "rel-column-from",
        "rel-column-from-email",
        "rel-column-to",
        "rel-column-to-email",
        "rel-column-kind",
        "rel-column-strength",
        "rel-column-last-contact",
        "rel-column-note",
    ];
    Sheet { name: tr("sheet-relationships"), headers: headers.iter().map(|h| tr(h)).collect(), rows: rows.collect() }
}

/// The table without the columns that hold the team's opinions (stance,
/// notes, a line's note), for sharing without them: the columns are gone,
/// not emptied.
pub fn without_opinions(mut sheet: Sheet) -> Sheet {
    let opinions = [Field::Stance.label(), Field::Notes.label(), tr("rel-column-note")];
    let keep: Vec<bool> = sheet.headers.iter().map(|h| !opinions.contains(h)).collect();
    let kept = |row: Vec<Cell>| row.into_iter().zip(&keep).filter(|(_, k)| **k).map(|(c, _)| c).collect();
    sheet.headers = kept_headers(sheet.headers, &keep);
    sheet.rows = sheet.rows.into_iter().map(kept).collect();
    sheet
}

fn kept_headers(headers: Vec<String>, keep: &[bool]) -> Vec<String> {
    headers.into_iter().zip(keep).filter(|(_, k)| **k).map(|(h, _)| h).collect()
}

/// The ranking as a table: the same columns in CSV and Excel.
pub fn ranking(rows: &[RankRow]) -> Sheet {
    let headers = [
        "rank-column-rank",
        "rank-column-account",
        "rank-column-industry",
        "rank-column-score",
        "rank-column-tier",
        "rank-column-override-reason",
        "rank-column-current-revenue",
        "rank-column-potential-revenue",
        "rank-column-lead",
    ];
    let rows = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let score = match r.score {
                ScoreOutcome::Complete(s) => Cell::Number(s, 1),
                _ => Cell::text(r.score_text()),
            };
            vec![
                Cell::Number((i + 1) as f64, 0),
                Cell::text(&r.name),
                Cell::text(&r.industry),
                score,
                Cell::text(r.tier.clone().unwrap_or_default()),
                Cell::text(r.override_reason.clone().unwrap_or_default()),
                Cell::Number(r.current_revenue, 0),
                Cell::Number(r.potential_revenue, 0),
                Cell::text(r.lead.clone().unwrap_or_default()),
            ]
        })
        .collect();
    Sheet { name: tr("sheet-ranking"), headers: headers.iter().map(|h| tr(h)).collect(), rows }
}
