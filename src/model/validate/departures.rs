//! Departures and dated role changes: whom a seat passed to, and the units
//! earlier roles were in. A successor who is not in the account, or the
//! person themselves, is an error (the seat would read as filled by nobody).

use super::Report;
use crate::i18n::numbers;
use crate::model::{Account, Contact};
use crate::t;

pub(super) fn check_contact(r: &mut Report, account: &Account, c: &Contact, at: &str) {
    if let Some(s) = c.successor {
        if s == c.id {
            r.error(at, t!("check-successor-self", id = s.to_string()));
        } else if account.contact(s).is_none() {
            r.error(at, t!("check-successor-missing", id = s.to_string()));
        }
        if !c.has_left {
            r.warning(at, crate::i18n::tr("check-successor-not-left"));
        }
    }
    if let Some(day) = c.left_on.filter(|_| !c.has_left) {
        r.warning(at, t!("check-left-on-not-left", date = numbers::date(day)));
    }
    for role in &c.earlier_roles {
        if let Some(u) = role.unit.filter(|u| account.unit(*u).is_none()) {
            r.error(at, t!("check-earlier-role-unit-missing", id = u.to_string(), date = numbers::date(role.until)));
        }
    }
}
