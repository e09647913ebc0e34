//! The account plan: knowing the client, our history with them, KPIs, the
//! plan itself, meetings, reviews, referrals and the penetration matrix.

use super::enums::Stance;
use super::ids::{ContactId, MemberId, ProductId, UnitId};
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kpi {
    Sales,
    Turnover,
    Profit,
    Profitability,
    CustomerSatisfaction,
    ServiceLevel,
}

impl Kpi {
    pub const ALL: &'static [Self] = &[
        Self::Sales,
        Self::Turnover,
        Self::Profit,
        Self::Profitability,
        Self::CustomerSatisfaction,
        Self::ServiceLevel,
    ];

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivityStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActivityStatus {
    pub const ALL: &'static [Self] = &[Self::Planned, Self::InProgress, Self::Done, Self::Dropped];

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingKind {
    Internal,
    Strategic,
    Tactical,
    Operational,
}

impl MeetingKind {
    pub const ALL: &'static [Self] = &[Self::Internal, Self::Strategic, Self::Tactical, Self::Operational];

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

/// A review of the plan (e.g. by the mentor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub date: NaiveDate,
    pub reviewer: String,
    #[serde(default)]
    pub comments: String,
}

/// A referral or testimonial a contact gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReferralKind {
    Referral,
    Testimonial,
}

impl ReferralKind {
    pub const ALL: [Self; 2] = [Self::Referral, Self::Testimonial];

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

/// One cell of the penetration matrix: a product at a business unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CellState {
    /// They buy it: yearly value.
    Buying {
        yearly_value: f64,
    },
    /// We could sell it: estimated value and next step.
    Opportunity {
        value: f64,
        next_step: String,
    },
    /// A competitor supplies it.
    Competitor {
        name: String,
    },
    NotRelevant,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PenetrationCell {
    pub product: ProductId,
    pub unit: UnitId,
    pub state: CellState,
}

/// An opportunity found for the account, e.g. in a workshop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    pub product: ProductId,
    pub unit: UnitId,
    /// Estimated value.
    pub value: f64,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub found: Option<NaiveDate>,
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

/// What some cells of the penetration matrix add up to.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellTotals {
    /// Yearly value of what they buy from us.
    pub buying: f64,
    /// Estimated value of open opportunities.
    pub opportunity: f64,
}

impl Plan {
    /// The sums of the matrix cells `pick` chooses.
    pub fn penetration_totals(&self, pick: impl Fn(&PenetrationCell) -> bool) -> CellTotals {
        self.penetration.iter().filter(|c| pick(c)).fold(CellTotals::default(), |t, c| match &c.state {
            CellState::Buying { yearly_value } => CellTotals { buying: t.buying + yearly_value, ..t },
            CellState::Opportunity { value, .. } => CellTotals { opportunity: t.opportunity + value, ..t },
            _ => t,
        })
    }

    /// A product's row of the matrix, summed.
    pub fn product_totals(&self, product: ProductId) -> CellTotals {
        self.penetration_totals(|c| c.product == product)
    }

    /// A business unit's column of the matrix, summed.
    pub fn unit_totals(&self, unit: UnitId) -> CellTotals {
        self.penetration_totals(|c| c.unit == unit)
    }

    /// How many matrix cells of `products` x `units` nobody has filled in.
    pub fn white_space(&self, products: usize, units: usize) -> usize {
        (products * units).saturating_sub(self.penetration.len())
    }

    /// Opportunities found on `day` (a workshop's tally): how many, and their value.
    pub fn found_on(&self, day: NaiveDate) -> (usize, f64) {
        let found = self.opportunities.iter().filter(|o| o.found == Some(day));
        found.fold((0, 0.0), |(n, v), o| (n + 1, v + o.value))
    }

    pub fn cell(&self, product: ProductId, unit: UnitId) -> Option<&CellState> {
        self.penetration.iter().find(|c| c.product == product && c.unit == unit).map(|c| &c.state)
    }

    /// Sets or clears a matrix cell, keeping cells sorted by product then unit.
    pub fn set_cell(&mut self, product: ProductId, unit: UnitId, state: Option<CellState>) {
        self.penetration.retain(|c| !(c.product == product && c.unit == unit));
        if let Some(state) = state {
            let pos = self.penetration.partition_point(|c| (c.product, c.unit) < (product, unit));
            self.penetration.insert(pos, PenetrationCell { product, unit, state });
        }
    }

    /// Records an opportunity and shows it in the penetration matrix. A
    /// cell where they already buy from us or from a competitor keeps what
    /// it says (the opportunity stays in the list); an open opportunity in
    /// the cell grows by the new value and takes the newest next step.
    pub fn add_opportunity(&mut self, o: Opportunity) {
        let cell = match self.cell(o.product, o.unit) {
            Some(CellState::Buying { .. } | CellState::Competitor { .. }) => None,
            Some(CellState::Opportunity { value, .. }) => Some(value + o.value),
            _ => Some(o.value),
        };
        if let Some(value) = cell {
            self.set_cell(o.product, o.unit, Some(CellState::Opportunity { value, next_step: o.next_step.clone() }));
        }
        self.opportunities.push(o);
    }

    /// Removes an opportunity and takes its value back out of an open
    /// opportunity in the matrix. A cell that held nothing but this
    /// opportunity becomes white space again, and its next step leaves the
    /// cell with it; cells where they buy from us
    /// or from a competitor are left alone.
    pub fn remove_opportunity(&mut self, index: usize) -> Option<Opportunity> {
        if index >= self.opportunities.len() {
            return None;
        }
        let o = self.opportunities.remove(index);
        let others: Vec<&Opportunity> =
            self.opportunities.iter().filter(|x| x.product == o.product && x.unit == o.unit).collect();
        if let Some(CellState::Opportunity { value, next_step }) = self.cell(o.product, o.unit) {
            let rest = (value - o.value).max(0.0);
            let state = if others.is_empty() && rest < 0.5 {
                None
            } else {
                // The removed idea's next step is no longer anyone's plan.
                let next_step = match others.last() {
                    _ if *next_step != o.next_step => next_step.clone(),
                    Some(x) => x.next_step.clone(),
                    None => String::new(),
                };
                Some(CellState::Opportunity { value: rest, next_step })
            };
            self.set_cell(o.product, o.unit, state);
        }
        Some(o)
    }

    /// Changes an opportunity's value; an open opportunity in its matrix
    /// cell changes by the same amount.
    pub fn set_opportunity_value(&mut self, index: usize, new_value: f64) {
        let Some(o) = self.opportunities.get_mut(index) else { return };
        let delta = new_value - o.value;
        o.value = new_value;
        let (product, unit) = (o.product, o.unit);
        if let Some(CellState::Opportunity { value, next_step }) = self.cell(product, unit) {
            let state = CellState::Opportunity { value: (value + delta).max(0.0), next_step: next_step.clone() };
            self.set_cell(product, unit, Some(state));
        }
    }

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

    /// The next review: six months after the last (or due now if never reviewed).
    pub fn next_review_due(&self) -> Option<NaiveDate> {
        self.last_review().and_then(|d| d.checked_add_days(chrono::Days::new(REVIEW_INTERVAL_DAYS as u64)))
    }
}
