//! The account plan: knowing the client, our history with them, KPIs, the
//! plan itself, meetings, reviews, referrals and the penetration matrix.

use super::enums::Stance;
use super::ids::{ContactId, MemberId, UnitId};
use super::penetration::{Opportunity, PenetrationCell};
use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

/// How often a plan should be reviewed (twice a year).
pub const REVIEW_INTERVAL_DAYS: i64 = 182;

/// The client's economic development in one year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct YearFigures {
    pub year: i32,
    /// Their sales (revenue), in the project's currency.
    pub sales: f64,
    /// Their turnover.
    pub turnover: f64,
    /// Their profitability, in percent.
    pub profitability: f64,
}

/// A contract with the client.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// E.g. "Framework agreement", "Service agreement".
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Value per year.
    #[serde(default)]
    pub value: f64,
}

/// The KPIs the plan follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, strum::VariantArray)]
pub enum Kpi {
    Sales,
    Turnover,
    Profit,
    Profitability,
    CustomerSatisfaction,
    ServiceLevel,
}

impl Kpi {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Sales => "kpi-sales",
            Self::Turnover => "kpi-turnover",
            Self::Profit => "kpi-profit",
            Self::Profitability => "kpi-profitability",
            Self::CustomerSatisfaction => "kpi-customer-satisfaction",
            Self::ServiceLevel => "kpi-service-level",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

/// One KPI's target and actual in one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KpiFigure {
    pub year: i32,
    pub kpi: Kpi,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub actual: Option<f64>,
}

/// Where a key activity stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray)]
pub enum ActivityStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActivityStatus {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Planned => "activity-status-planned",
            Self::InProgress => "activity-status-in-progress",
            Self::Done => "activity-status-done",
            Self::Dropped => "activity-status-dropped",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }

    pub fn is_open(self) -> bool {
        matches!(self, Self::Planned | Self::InProgress)
    }
}

/// A key activity (not a sales task: those live in the CRM).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub title: String,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: ActivityStatus,
}

/// How we mean to develop the relationship with one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationshipGoal {
    pub contact: ContactId,
    pub target_stance: Stance,
    /// How many of our people should know them well (strength 3+).
    pub target_coverage: u8,
    #[serde(default)]
    pub how: String,
}

/// A competitor at this client.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competitor {
    pub name: String,
    #[serde(default)]
    pub strengths: String,
    #[serde(default)]
    pub units: Vec<UnitId>,
}

/// A possible partner for this client.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    #[serde(default)]
    pub role: String,
}

/// Internal team meetings, or meetings with the client at one of three levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray)]
pub enum MeetingKind {
    Internal,
    Strategic,
    Tactical,
    Operational,
}

impl MeetingKind {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Internal => "meeting-kind-internal",
            Self::Strategic => "meeting-kind-strategic",
            Self::Tactical => "meeting-kind-tactical",
            Self::Operational => "meeting-kind-operational",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

/// A recurring meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub kind: MeetingKind,
    /// Days between meetings.
    pub every_days: u32,
    #[serde(default)]
    pub our_people: String,
    #[serde(default)]
    pub their_people: String,
    #[serde(default)]
    pub agenda: String,
    #[serde(default)]
    pub last_held: Option<NaiveDate>,
}

impl Meeting {
    /// When the next meeting is due: the last one plus the interval.
    pub fn next_due(&self) -> Option<NaiveDate> {
        self.last_held.and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(self.every_days))))
    }
}

/// A review of the plan (e.g. by the mentor), with the account as it stood
/// that day (format version 5), so the next review can see what changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub date: NaiveDate,
    pub reviewer: String,
    #[serde(default)]
    pub comments: String,
    /// What the review decided.
    #[serde(default)]
    pub decisions: String,
    /// When the plan is to be reviewed next.
    #[serde(default)]
    pub next_review: Option<NaiveDate>,
    /// The account as it stood on the review's day; never edited afterwards.
    #[serde(default)]
    pub snapshot: Option<Box<super::snapshot::Snapshot>>,
}

impl Review {
    /// A review recorded today, keeping how the account stands.
    pub fn new(date: NaiveDate, snapshot: Option<super::snapshot::Snapshot>) -> Self {
        Self {
            date,
            reviewer: String::new(),
            comments: String::new(),
            decisions: String::new(),
            next_review: None,
            snapshot: snapshot.map(Box::new),
        }
    }
}

/// A referral or testimonial a contact gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray)]
pub enum ReferralKind {
    Referral,
    Testimonial,
}

impl ReferralKind {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The kind's name in the user's language.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Self::Referral => "plan-referral",
            Self::Testimonial => "plan-testimonial",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    pub contact: ContactId,
    pub kind: ReferralKind,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub what: String,
}

/// The account plan. Every part defaults to empty, so older files read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(default)]
    pub overall_goal: String,
    #[serde(default)]
    pub strategy: String,
    #[serde(default)]
    pub success_factors: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub economics: Vec<YearFigures>,
    #[serde(default)]
    pub offerings_and_markets: String,
    #[serde(default)]
    pub client_goals: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub sources: String,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub purchases: String,
    #[serde(default)]
    pub kpis: Vec<KpiFigure>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    #[serde(default)]
    pub relationship_goals: Vec<RelationshipGoal>,
    #[serde(default)]
    pub competitors: Vec<Competitor>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    #[serde(default)]
    pub referrals: Vec<Referral>,
    #[serde(default)]
    pub penetration: Vec<PenetrationCell>,
    #[serde(default)]
    pub opportunities: Vec<Opportunity>,
}

impl Plan {
    /// Adds a row of the client's figures: the year after the newest one,
    /// or last year when there is none yet.
    pub fn add_economics_year(&mut self, today: NaiveDate) {
        let year = self.economics.iter().map(|y| y.year + 1).max().unwrap_or(today.year() - 1);
        self.economics.push(YearFigures { year, ..YearFigures::default() });
    }

    /// Adds a sales KPI for the newest year that has KPIs, or this year.
    pub fn add_kpi(&mut self, today: NaiveDate) {
        let year = self.kpis.iter().map(|k| k.year).max().unwrap_or(today.year());
        self.kpis.push(KpiFigure { year, kpi: Kpi::Sales, target: None, actual: None });
    }

    /// The latest review, if any.
    pub fn last_review(&self) -> Option<NaiveDate> {
        self.reviews.iter().map(|r| r.date).max()
    }

    /// The next review: the date the last review set, or six months after
    /// it (none if never reviewed).
    pub fn next_review_due(&self) -> Option<NaiveDate> {
        let last = self.reviews.iter().max_by_key(|r| r.date)?;
        last.next_review.or_else(|| last.date.checked_add_days(chrono::Days::new(REVIEW_INTERVAL_DAYS as u64)))
    }
}
