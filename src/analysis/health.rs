//! Plan health: what in an account plan is missing or stale. The rules are
//! simple and stated, so a key account manager can see why a plan is flagged.

use crate::model::{Account, PersonRef};
use chrono::NaiveDate;

use crate::i18n::tr;
use crate::t;

/// Agreements ending within this many days are flagged.
pub const AGREEMENT_WARNING_DAYS: i64 = 90;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Something is out of date or overdue.
    Stale,
    /// A section is empty.
    Missing,
    /// Worth a look soon.
    Soon,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    /// The message id of the plan section it is about.
    pub section: &'static str,
    pub message: String,
}

impl Level {
    /// How the level is named next to a finding.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Stale => "level-stale",
            Self::Missing => "level-missing",
            Self::Soon => "level-soon",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

/// The overall state, as one indicator for the portfolio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Indicator {
    Healthy,
    NeedsAttention,
    Stale,
}

impl Indicator {
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Healthy => "indicator-healthy",
            Self::NeedsAttention => "indicator-needs-attention",
            Self::Stale => "indicator-stale",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

/// Every finding for an account's plan on `today`, stale first.
pub fn findings(account: &Account, today: NaiveDate) -> Vec<Finding> {
    let plan = &account.plan;
    let mut out = Vec::new();
    let mut add = |level, section, message: String| out.push(Finding { level, section, message });
    for (empty, section, message) in [
        (plan.overall_goal.trim().is_empty(), "health-section-goals", "health-goals-empty"),
        (plan.economics.is_empty(), "health-section-client", "health-economics-empty"),
        (plan.kpis.is_empty(), "health-section-kpis", "health-kpis-empty"),
        (plan.activities.is_empty(), "health-section-activities", "health-activities-empty"),
        (plan.relationship_goals.is_empty(), "health-section-relationship-goals", "health-relationship-goals-empty"),
        (plan.meetings.is_empty(), "health-section-meetings", "health-meetings-empty"),
        (plan.penetration.is_empty(), "health-section-matrix", "health-matrix-empty"),
    ] {
        if empty {
            add(Level::Missing, section, tr(message));
        }
    }
    let date = crate::i18n::numbers::date;
    match plan.last_review() {
        None => add(Level::Stale, "health-section-reviews", tr("health-never-reviewed")),
        Some(last) => {
            let due = plan.next_review_due().unwrap_or(last);
            if due < today {
                let text = t!("health-review-overdue", due = date(due), last = date(last));
                add(Level::Stale, "health-section-reviews", text);
            }
        }
    }
    // Key people nobody covers, champions gone quiet, cold and cooling
    // key relationships: the relationships behind the plan.
    for a in super::alerts::alerts(account, today) {
        let level = if a.urgent() { Level::Stale } else { Level::Soon };
        add(level, "health-section-relationships", a.text);
    }
    for r in plan.reviews.iter().filter(|r| r.date > today) {
        // A typo, most likely: it would hide an overdue review, and the
        // timeline leaves it out.
        add(Level::Stale, "health-section-reviews", t!("health-review-in-future", date = date(r.date)));
    }
    for a in plan.activities.iter().filter(|a| a.status.is_open()) {
        if let Some(due) = a.due
            && due < today
        {
            add(
                Level::Stale,
                "health-section-activities",
                t!("health-activity-overdue", activity = &a.title, due = date(due)),
            );
        }
    }
    for a in &plan.agreements {
        if let Some(end) = a.end {
            let days = (end - today).num_days();
            if days < 0 {
                add(
                    Level::Stale,
                    "health-section-agreements",
                    t!("health-agreement-ended", agreement = &a.title, end = date(end)),
                );
            } else if days <= AGREEMENT_WARNING_DAYS {
                let text = t!("health-agreement-ends", agreement = &a.title, end = date(end), days = days);
                add(Level::Soon, "health-section-agreements", text);
            }
        }
    }
    for m in &plan.meetings {
        match m.next_due() {
            Some(due) if due < today => add(
                Level::Stale,
                "health-section-meetings",
                t!("health-meeting-overdue", kind = kind_key(m.kind), due = date(due)),
            ),
            None => {
                add(Level::Soon, "health-section-meetings", t!("health-meeting-never-held", kind = kind_key(m.kind)));
            }
            _ => {}
        }
    }
    // Key people none of us has met on a date we kept: a heads-up (the
    // ones with no line at all are the alerts' uncovered).
    for c in account.contacts.iter().filter(|c| c.piece.is_key() && !c.has_left) {
        let ours = |r: &&crate::model::Relationship| {
            matches!(r.from, PersonRef::Member(_)) || matches!(r.to, PersonRef::Member(_))
        };
        let mut lines = account.relationships_of(PersonRef::Contact(c.id)).filter(ours).peekable();
        if lines.peek().is_some() && lines.all(|r| r.last_contact.is_none()) {
            let text = t!("health-never-met", name = &c.name, piece = c.piece.label());
            add(Level::Soon, "health-section-relationships", text);
        }
    }
    out.sort_by_key(|f| f.level);
    out
}

/// The meeting kind as the messages select on it.
fn kind_key(k: crate::model::MeetingKind) -> &'static str {
    match k {
        crate::model::MeetingKind::Internal => "internal",
        crate::model::MeetingKind::Strategic => "strategic",
        crate::model::MeetingKind::Tactical => "tactical",
        crate::model::MeetingKind::Operational => "operational",
    }
}

/// One indicator: stale if anything is stale, needs attention if anything
/// is missing or coming up, healthy otherwise.
pub fn indicator(findings: &[Finding]) -> Indicator {
    if findings.iter().any(|f| f.level == Level::Stale) {
        Indicator::Stale
    } else if findings.is_empty() {
        Indicator::Healthy
    } else {
        Indicator::NeedsAttention
    }
}
