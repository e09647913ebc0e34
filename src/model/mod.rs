//! The domain model: what a `.kam` file holds. No UI types live here.

pub mod account;
pub mod conflict;
pub mod enums;
pub mod erase;
pub mod ids;
pub mod map;
pub mod opinions;
pub mod penetration;
pub mod people;
pub mod plan;
mod refs;
pub mod scoring;
pub mod snapshot;
pub mod texts;
pub mod validate;

pub use account::{Account, BusinessUnit, CriterionScore, TeamAssignment, TierOverride};
pub use conflict::{Conflict, Fix, RecordKey};
pub use enums::{Level, LifecycleStage, Piece, PoliticalStatus, RelKind, Stance, TeamRole, UnitKind};
pub use ids::{AccountId, ContactId, CriterionId, HasId, MemberId, ProductId, RawId, RelationshipId, TierId, UnitId};
pub use map::{MapLayout, MapPos, MapState};
pub use penetration::{CellState, CellTotals, Opportunity, PenetrationCell};
pub use people::{Assessed, Contact, EarlierRole, Member, PersonRef, Relationship};
pub use plan::*;
pub use scoring::{Criterion, ScaleText, ScoreAxis, ScoreOutcome, ScoringModel, Tier, TierScheme};
pub use validate::{Problem, Severity};

use serde::{Deserialize, Serialize};

/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 6;

/// One of our products or services.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: ProductId,
    pub name: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub description: String,
}

impl HasId for Product {
    type Id = ProductId;
    fn id(&self) -> ProductId {
        self.id
    }
}

/// Everything saved in a project file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format_version: u32,
    pub name: String,
    #[serde(default)]
    pub our_company: String,
    /// What revenues are counted in ("SEK", "DKK", "EUR", "kr"); shown
    /// beside amounts, never converted (format version 3).
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default)]
    pub products: Vec<Product>,
    pub scoring: ScoringModel,
    #[serde(default)]
    pub accounts: Vec<Account>,
    /// Differences a merge left for the user to settle (format version 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// How many months people who left are kept before they are listed for
    /// erasure (none: not set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_months: Option<u16>,
}

impl Project {
    /// A new, empty project with the default scoring model.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: name.into(),
            our_company: String::new(),
            currency: String::new(),
            members: Vec::new(),
            products: Vec::new(),
            scoring: scoring_defaults::default_model(),
            accounts: Vec::new(),
            conflicts: Vec::new(),
            retention_months: None,
        }
    }

    pub fn account(&self, id: AccountId) -> Option<&Account> {
        ids::find(&self.accounts, id)
    }

    pub fn member(&self, id: MemberId) -> Option<&Member> {
        ids::find(&self.members, id)
    }

    /// Display name of a person on either side.
    pub fn person_name(&self, account: &Account, person: PersonRef) -> String {
        match person {
            PersonRef::Member(id) => self.member(id).map_or_else(|| format!("({id})"), |m| m.name.clone()),
            PersonRef::Contact(id) => account.contact(id).map_or_else(|| format!("({id})"), |c| c.name.clone()),
        }
    }

    /// Problems found in the project; empty when it is sound.
    pub fn validate(&self) -> Vec<Problem> {
        validate::validate(self)
    }
}

pub mod scoring_defaults;
