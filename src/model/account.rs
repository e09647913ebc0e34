//! A client account: its organisation, people, scores, team and plan.

use super::enums::{LifecycleStage, TeamRole, UnitKind};
use super::ids::{AccountId, ContactId, CriterionId, HasId, MemberId, RelationshipId, TierId, UnitId, find};
use super::map::MapState;
use super::people::{Contact, PersonRef, Relationship};
use super::plan::Plan;
use serde::{Deserialize, Serialize};

/// A group company, division, department, subsidiary or location of the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessUnit {
    pub id: UnitId,
    pub name: String,
    pub kind: UnitKind,
    #[serde(default)]
    pub parent: Option<UnitId>,
    #[serde(default)]
    pub location: String,
}

impl HasId for BusinessUnit {
    type Id = UnitId;
    fn id(&self) -> UnitId {
        self.id
    }
}

/// One criterion's score for an account, with the evidence behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionScore {
    pub criterion: CriterionId,
    /// 1 to 5.
    pub value: u8,
    #[serde(default)]
    pub evidence: String,
}

/// A tier set by hand instead of by score. A reason is required.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierOverride {
    pub tier: TierId,
    pub reason: String,
}

/// One of our people on this account's team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamAssignment {
    pub member: MemberId,
    pub role: TeamRole,
}

/// A client account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    #[serde(default)]
    pub industry: String,
    pub lifecycle: LifecycleStage,
    /// Yearly revenue with us now, in the project's currency.
    #[serde(default)]
    pub current_revenue: f64,
    /// Yearly revenue we believe is possible.
    #[serde(default)]
    pub potential_revenue: f64,
    #[serde(default)]
    pub units: Vec<BusinessUnit>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub relationships: Vec<Relationship>,
    #[serde(default)]
    pub scores: Vec<CriterionScore>,
    #[serde(default)]
    pub tier_override: Option<TierOverride>,
    #[serde(default)]
    pub team: Vec<TeamAssignment>,
    #[serde(default)]
    pub plan: Plan,
    /// The relationship map's layout and saved positions.
    #[serde(default)]
    pub map: MapState,
    /// Days between meetings with each key person (none: 90): longer is
    /// cooling, twice as long cold (`analysis::cooling`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rhythm_days: Option<u16>,
    /// People erased from the account (format version 6): their number and
    /// the day, never their name, so a colleague's older copy merged later
    /// cannot bring them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub erased: Vec<super::erase::Erased>,
}

impl HasId for Account {
    type Id = AccountId;
    fn id(&self) -> AccountId {
        self.id
    }
}

impl Account {
    /// An empty account in pre-sale.
    pub fn new(id: AccountId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            industry: String::new(),
            lifecycle: LifecycleStage::PreSale,
            current_revenue: 0.0,
            potential_revenue: 0.0,
            units: Vec::new(),
            contacts: Vec::new(),
            relationships: Vec::new(),
            scores: Vec::new(),
            tier_override: None,
            team: Vec::new(),
            plan: Plan::default(),
            map: MapState::default(),
            rhythm_days: None,
            erased: Vec::new(),
        }
    }

    pub fn contact(&self, id: ContactId) -> Option<&Contact> {
        find(&self.contacts, id)
    }

    pub fn relationship(&self, id: RelationshipId) -> Option<&Relationship> {
        find(&self.relationships, id)
    }

    pub fn unit(&self, id: UnitId) -> Option<&BusinessUnit> {
        find(&self.units, id)
    }

    /// The score given for a criterion, if any.
    pub fn score_for(&self, criterion: CriterionId) -> Option<&CriterionScore> {
        self.scores.iter().find(|s| s.criterion == criterion)
    }

    /// Relationships that touch a person.
    pub fn relationships_of(&self, person: PersonRef) -> impl Iterator<Item = &Relationship> {
        self.relationships.iter().filter(move |r| r.touches(person))
    }

    /// The lead account manager, if one is assigned.
    /// The team with `member` given `role`, or taken off the team with `None`.
    pub fn team_with_role(&self, member: MemberId, role: Option<TeamRole>) -> Vec<TeamAssignment> {
        let mut team: Vec<TeamAssignment> = self.team.iter().filter(|t| t.member != member).cloned().collect();
        if let Some(role) = role {
            team.push(TeamAssignment { member, role });
        }
        team
    }

    pub fn lead(&self) -> Option<MemberId> {
        self.team.iter().find(|t| t.role == TeamRole::LeadAccountManager).map(|t| t.member)
    }
}
