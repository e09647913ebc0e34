//! Plan health: what in an account plan is missing or stale. The rules are
//! simple and stated, so a key account manager can see why a plan is flagged.

use crate::model::{Account, PersonRef};
use chrono::NaiveDate;

/// Agreements ending within this many days are flagged.
pub const AGREEMENT_WARNING_DAYS: i64 = 90;
/// Key people nobody has met for this long are flagged.
pub const CONTACT_STALE_DAYS: i64 = 120;

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
    pub section: &'static str,
    pub message: String,
}

impl Level {
    /// How the level is named next to a finding.
    pub fn label_id(self) -> &'static str {
        match self {
            Level::Stale => "level-stale",
            Level::Missing => "level-missing",
            Level::Soon => "level-soon",
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
            Indicator::Healthy => "indicator-healthy",
            Indicator::NeedsAttention => "indicator-needs-attention",
            Indicator::Stale => "indicator-stale",
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
    for (empty, section) in [
        (plan.overall_goal.trim().is_empty(), "Goals and strategy"),
        (plan.economics.is_empty(), "Knowing the client"),
        (plan.kpis.is_empty(), "KPIs"),
        (plan.activities.is_empty(), "Key activities"),
        (plan.relationship_goals.is_empty(), "Relationship goals"),
        (plan.meetings.is_empty(), "Meeting structure"),
        (plan.penetration.is_empty(), "Penetration matrix"),
    ] {
        if empty {
            add(Level::Missing, section, format!("{section} is empty"));
        }
    }
    match plan.last_review() {
        None => add(Level::Stale, "Reviews", "The plan has never been reviewed".into()),
        Some(last) => {
            let due = plan.next_review_due().unwrap_or(last);
            if due < today {
                add(Level::Stale, "Reviews", format!("Review overdue since {due} (last review {last})"));
            }
        }
    }
    for a in plan.activities.iter().filter(|a| a.status.is_open()) {
        if let Some(due) = a.due
            && due < today
        {
            add(Level::Stale, "Key activities", format!("\"{}\" was due {due}", a.title));
        }
    }
    for a in &plan.agreements {
        if let Some(end) = a.end {
            let days = (end - today).num_days();
            if days < 0 {
                add(Level::Stale, "Agreements", format!("\"{}\" ended {end}", a.title));
            } else if days <= AGREEMENT_WARNING_DAYS {
                add(Level::Soon, "Agreements", format!("\"{}\" ends {end}, in {days} days", a.title));
            }
        }
    }
    for m in &plan.meetings {
        match m.next_due() {
            Some(due) if due < today => {
                add(Level::Stale, "Meeting structure", format!("{} meeting overdue since {due}", kind_word(m.kind)))
            }
            None => add(Level::Soon, "Meeting structure", format!("{} meeting never held", kind_word(m.kind))),
            _ => {}
        }
    }
    for c in account.contacts.iter().filter(|c| c.piece.is_key() && !c.has_left) {
        let last = account
            .relationships_of(PersonRef::Contact(c.id))
            .filter(|r| matches!(r.from, PersonRef::Member(_)) || matches!(r.to, PersonRef::Member(_)))
            .filter_map(|r| r.last_contact)
            .max();
        match last {
            Some(d) if (today - d).num_days() > CONTACT_STALE_DAYS => {
                add(Level::Stale, "Relationships", format!("Nobody has met {} since {d}", c.name))
            }
            None => {
                add(Level::Soon, "Relationships", format!("No recorded meeting with {} ({})", c.name, c.piece.label()))
            }
            _ => {}
        }
    }
    out.sort_by_key(|f| f.level);
    out
}

fn kind_word(k: crate::model::MeetingKind) -> &'static str {
    match k {
        crate::model::MeetingKind::Internal => "Internal",
        crate::model::MeetingKind::Strategic => "Strategic",
        crate::model::MeetingKind::Tactical => "Tactical",
        crate::model::MeetingKind::Operational => "Operational",
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
