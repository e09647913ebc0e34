//! What a review kept: never edited in Gambit, so a problem here comes from
//! a hand edit or a broken merge. Warnings, not errors: the review still
//! reads, and its list of changes names whom it cannot find by number.

use super::Report;
use crate::i18n::{numbers, tr};
use crate::model::snapshot::Snapshot;
use crate::model::{Account, PersonRef, Review};
use crate::t;

/// Each review's kept account: kept on the review's own day, and every kept
/// line between people it kept.
pub(super) fn check_reviews(r: &mut Report, account: &Account, here: &str) {
    for review in &account.plan.reviews {
        let Some(kept) = review.snapshot.as_deref() else { continue };
        let at =
            format!("{here} > {} > {}", tr("check-at-plan"), t!("check-at-review", date = numbers::date(review.date)));
        check_one(r, review, kept, &at);
    }
}

fn check_one(r: &mut Report, review: &Review, kept: &Snapshot, at: &str) {
    if kept.date != review.date {
        r.warning(at, t!("check-kept-other-day", kept = numbers::date(kept.date), date = numbers::date(review.date)));
    }
    let known = |p: PersonRef| match p {
        PersonRef::Contact(c) => kept.person(c).is_some(),
        PersonRef::Member(m) => kept.team.iter().any(|(id, _)| *id == m),
    };
    let nobody = kept.lines.iter().flat_map(|l| [l.from, l.to]).filter(|p| !known(*p)).count();
    if nobody > 0 {
        r.warning(at, t!("check-kept-lines-to-nobody", lines = nobody));
    }
}

/// Reviews dated after `today` (a typo, most likely: such a review hides an
/// overdue one, and the timeline leaves it out), as warnings naming each.
pub fn dated_after(project: &crate::model::Project, today: chrono::NaiveDate) -> Vec<super::Problem> {
    let mut r = Report::default();
    for account in &project.accounts {
        let here = t!("check-at-account", name = &account.name);
        for review in account.plan.reviews.iter().filter(|x| x.date > today) {
            let at = format!(
                "{here} > {} > {}",
                tr("check-at-plan"),
                t!("check-at-review", date = numbers::date(review.date))
            );
            r.warning(at, t!("check-review-in-future", today = numbers::date(today)));
        }
    }
    r.0
}
