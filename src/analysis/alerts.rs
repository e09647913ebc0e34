//! What needs the team's attention in an account's relationships, most
//! urgent first: key seats left vacant, key people none of us covers, champions gone quiet, key
//! relationships gone cold, then cooling. Shown by the plan's health, the
//! portfolio and `gambit check`.

use super::cooling::{Warmth, cooling};
use super::coverage::coverage;
use crate::i18n::numbers;
use crate::model::{Account, ContactId, Piece};
use crate::t;
use chrono::NaiveDate;

/// What an alert is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AlertKind {
    /// A key person left and nobody is named in their place.
    Vacant,
    /// A key person none of us has a line to.
    Uncovered,
    /// Our champion (a Knight) whom none of us has met within the rhythm.
    ChampionQuiet,
    Cold,
    Cooling,
}

/// One alert about one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    pub kind: AlertKind,
    pub contact: ContactId,
    /// What it says, in the current language.
    pub text: String,
}

impl Alert {
    /// Whether it calls for action now (the rest are a heads-up).
    pub fn urgent(&self) -> bool {
        self.kind != AlertKind::Cooling
    }
}

/// The account's alerts on `today`, most urgent first.
pub fn alerts(account: &Account, today: NaiveDate) -> Vec<Alert> {
    let mut out = Vec::new();
    let cov = coverage(account);
    for c in super::departures::vacancies(account) {
        let text = t!("alert-vacant", seat = super::departures::vacancy_text(c), name = &c.name);
        out.push(Alert { kind: AlertKind::Vacant, contact: c.id, text });
    }
    for c in &cov.uncovered_key {
        if let Some(p) = account.contact(*c).filter(|p| !p.has_left) {
            out.push(Alert { kind: AlertKind::Uncovered, contact: *c, text: t!("alert-uncovered", name = &p.name) });
        }
    }
    // Someone uncovered is said once, as uncovered.
    for c in cooling(account, today).into_iter().filter(|c| !cov.is_uncovered_key(c.contact)) {
        let Some(p) = account.contact(c.contact) else { continue };
        let (name, days, last) = (&p.name, c.days.to_string(), numbers::date(c.last));
        let (kind, text) = match (p.piece, c.warmth) {
            (Piece::Knight, _) => {
                (AlertKind::ChampionQuiet, t!("alert-champion-quiet", name = name, days = days, last = last))
            }
            (_, Warmth::Cold) => (AlertKind::Cold, t!("alert-cold", name = name, days = days, last = last)),
            _ => (AlertKind::Cooling, t!("alert-cooling", name = name, days = days, last = last)),
        };
        out.push(Alert { kind, contact: c.contact, text });
    }
    // Stable: by kind, then as each list came (coldest first).
    out.sort_by_key(|a| a.kind);
    out
}
