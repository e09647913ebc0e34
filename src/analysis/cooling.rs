//! Cooling relationships: a key person (King, Queen, Rook, or a Knight,
//! the champion) whom none of us has met for longer than the account's
//! rhythm is *cooling*; for more than twice the rhythm, *cold*. Nothing is
//! changed by itself: the map, the coverage panel, the plan's health, the
//! portfolio and `gambit check` say so, and the team acts.

use crate::model::{Account, ContactId, PersonRef, Piece};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Days between meetings with a key person, unless the account says otherwise.
pub const DEFAULT_RHYTHM_DAYS: u16 = 90;
/// Cold: untouched for this many rhythms.
pub const COLD_RHYTHMS: i64 = 2;

/// How warm our team's contact with a key person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Warmth {
    /// Met within the rhythm (or no date to judge by).
    Warm,
    Cooling,
    Cold,
}

/// A key person none of us has met within the rhythm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cooling {
    pub contact: ContactId,
    pub warmth: Warmth,
    /// The last time any of us met them.
    pub last: NaiveDate,
    /// Days since.
    pub days: i64,
}

/// Whether a piece is one whose relationship must not cool: the key
/// pieces and the champion (Knight).
pub fn watched(piece: Piece) -> bool {
    piece.is_key() || piece == Piece::Knight
}

/// The account's rhythm in days: its own, or the default.
pub fn rhythm(account: &Account) -> i64 {
    i64::from(account.rhythm_days.filter(|d| *d > 0).unwrap_or(DEFAULT_RHYTHM_DAYS))
}

/// How warm a contact last met on `last` is on `today`.
pub fn warmth(last: NaiveDate, today: NaiveDate, rhythm: i64) -> Warmth {
    let days = (today - last).num_days();
    if days > rhythm * COLD_RHYTHMS {
        Warmth::Cold
    } else if days > rhythm {
        Warmth::Cooling
    } else {
        Warmth::Warm
    }
}

/// The watched people (at the client still) whose every dated line from
/// our team is older than the rhythm, coldest first. A person none of us
/// has a line to is uncovered, not cooling; lines without a date say
/// nothing either way.
pub fn cooling(account: &Account, today: NaiveDate) -> Vec<Cooling> {
    let rhythm = rhythm(account);
    let mut last: BTreeMap<ContactId, NaiveDate> = BTreeMap::new();
    for r in &account.relationships {
        let ((PersonRef::Member(_), PersonRef::Contact(c)) | (PersonRef::Contact(c), PersonRef::Member(_))) =
            (r.from, r.to)
        else {
            continue;
        };
        if let Some(d) = r.last_contact {
            let e = last.entry(c).or_insert(d);
            *e = (*e).max(d);
        }
    }
    let mut out: Vec<Cooling> = account
        .contacts
        .iter()
        .filter(|c| watched(c.piece) && !c.has_left)
        .filter_map(|c| {
            let at = *last.get(&c.id)?;
            let w = warmth(at, today, rhythm);
            (w != Warmth::Warm).then(|| Cooling { contact: c.id, warmth: w, last: at, days: (today - at).num_days() })
        })
        .collect();
    out.sort_by(|a, b| b.days.cmp(&a.days).then(a.contact.cmp(&b.contact)));
    out
}
