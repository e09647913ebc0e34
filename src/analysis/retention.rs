//! Retention: people who left longer ago than the project keeps them (a
//! project setting, in months) are listed for erasure by the plan's health
//! and `gambit check`; erasing them is one step, undone until saved.

use crate::i18n::numbers;
use crate::model::{Account, Contact, Project};
use crate::t;
use chrono::{Months, NaiveDate};

/// The people of `account` kept past the project's retention on `today`
/// (left on a known day more than that many months ago), longest gone first.
pub fn due<'a>(project: &Project, account: &'a Account, today: NaiveDate) -> Vec<&'a Contact> {
    let Some(months) = project.retention_months.filter(|m| *m > 0) else { return Vec::new() };
    let mut out: Vec<&Contact> = account
        .contacts
        .iter()
        .filter(|c| c.has_left)
        .filter(|c| {
            c.left_on.and_then(|d| d.checked_add_months(Months::new(u32::from(months)))).is_some_and(|end| end < today)
        })
        .collect();
    out.sort_by_key(|c| (c.left_on, c.id));
    out
}

/// "Stefan Åkesson left on 2025-08-31, past the 12 months kept: erase them".
pub fn texts(project: &Project, account: &Account, today: NaiveDate) -> Vec<String> {
    let months = project.retention_months.unwrap_or_default();
    due(project, account, today)
        .into_iter()
        .map(|c| {
            let day = c.left_on.map(numbers::date).unwrap_or_default();
            t!("retention-due", name = &c.name, date = day, months = months)
        })
        .collect()
}

/// The project with everyone past retention erased on `today`, and how many.
pub fn erase_due(project: &Project, today: NaiveDate) -> (Vec<Account>, usize) {
    let mut changed = Vec::new();
    let mut count = 0;
    for a in &project.accounts {
        let ids: Vec<_> = due(project, a, today).iter().map(|c| c.id).collect();
        if ids.is_empty() {
            continue;
        }
        let mut after = a.clone();
        for id in &ids {
            crate::model::erase::erase(&mut after, *id, today);
        }
        count += ids.len();
        changed.push(after);
    }
    (changed, count)
}
