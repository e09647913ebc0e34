//! The review report for the mentor and the team: what the latest review
//! said and decided, and what changed since the review before it, most
//! important first, in the chosen language.

use super::doc::{Block, Doc, Section};
use crate::analysis::history::{changes, snapshot};
use crate::i18n::{numbers, tr};
use crate::model::{Account, Project, Review};
use crate::t;
use chrono::NaiveDate;

/// The report of the account's latest review (by date); without one, a
/// report that says so. The changes run from the review before that kept
/// the account to what the latest review kept (or to `today`, when it kept
/// nothing).
pub fn document(project: &Project, account: &Account, today: NaiveDate) -> Doc {
    let mut reviews: Vec<&Review> = account.plan.reviews.iter().collect();
    reviews.sort_by_key(|r| r.date);
    let Some(last) = reviews.last().copied() else {
        return Doc {
            title: t!("review-report-title", account = &account.name),
            subtitle: tr("review-report-none"),
            sections: Vec::new(),
        };
    };
    let mut said = vec![Block::Facts(vec![
        (tr("plan-date"), numbers::date(last.date)),
        (tr("plan-reviewer"), last.reviewer.clone()),
        (tr("plan-next-review"), account.plan.next_review_due().map(numbers::date).unwrap_or_default()),
    ])];
    for (label, text) in [("plan-comments", &last.comments), ("plan-decisions", &last.decisions)] {
        if !text.trim().is_empty() {
            said.push(Block::Heading(tr(label)));
            said.push(Block::Text(text.clone()));
        }
    }
    let earlier = reviews[..reviews.len() - 1].iter().rev().find_map(|r| Some((r.date, r.snapshot.as_deref()?)));
    let changed = match earlier {
        None => Section { title: tr("plan-what-changed"), blocks: vec![Block::Text(tr("review-report-first"))] },
        Some((since, before)) => {
            let found = match last.snapshot.as_deref() {
                Some(after) => changes(before, after),
                None => changes(before, &snapshot(project, account, today)),
            };
            let list: Vec<String> = found
                .into_iter()
                // The same marks as in the window: up better for us, down worse.
                .map(|c| match c.better {
                    Some(true) => format!("⏶ {}", c.text),
                    Some(false) => format!("⏷ {}", c.text),
                    None => c.text,
                })
                .collect();
            let blocks =
                if list.is_empty() { vec![Block::Text(tr("change-nothing"))] } else { vec![Block::List(list)] };
            Section { title: t!("review-report-since", date = numbers::date(since)), blocks }
        }
    };
    Doc {
        title: t!("review-report-title", account = &account.name),
        subtitle: t!("review-report-of", date = numbers::date(last.date)),
        sections: vec![Section { title: tr("review-report-said"), blocks: said }, changed],
    }
}

pub fn markdown(project: &Project, account: &Account, today: NaiveDate) -> String {
    document(project, account, today).to_markdown()
}

pub fn html(project: &Project, account: &Account, today: NaiveDate) -> String {
    document(project, account, today).to_html()
}
