//! People who left the client: the key seats they leave empty until someone
//! is named in their place, as the map, the coverage panel and the alerts
//! word them ("CFO: vacant since 1 Oct 2026").

use crate::i18n::numbers;
use crate::model::{Account, Contact};
use crate::t;

/// The seat someone held: their title, or their piece when it has none.
pub fn seat(c: &Contact) -> String {
    let title = c.title.trim();
    if title.is_empty() { c.piece.label() } else { title.to_owned() }
}

/// "CFO: vacant since 1 Oct 2026" ("CFO: vacant" when the day is not known).
pub fn vacancy_text(c: &Contact) -> String {
    match c.left_on {
        Some(day) => t!("vacancy-since", seat = seat(c), date = numbers::date(day)),
        None => t!("vacancy", seat = seat(c)),
    }
}

/// "Annika Berg left on 1 Oct 2026; Bo Ek took over", for the contact form
/// and the person's tooltip.
pub fn departure_text(account: &Account, c: &Contact) -> String {
    let left = match c.left_on {
        Some(day) => t!("departure-left-on", date = numbers::date(day)),
        None => crate::i18n::tr("departure-left"),
    };
    match c.successor.and_then(|s| account.contact(s)) {
        Some(s) => t!("departure-taken-over", left = left, name = &s.name),
        None if c.piece.is_key() => t!("departure-vacant", left = left),
        None => left,
    }
}

/// Key seats left empty, longest empty first (undated last).
pub fn vacancies(account: &Account) -> Vec<&Contact> {
    let mut out: Vec<&Contact> = account.contacts.iter().filter(|c| c.is_vacant()).collect();
    out.sort_by_key(|c| (c.left_on.is_none(), c.left_on, c.id));
    out
}
