//! Conflicts a three-way merge could not settle: the same field changed
//! differently on both sides, or a record deleted on one side and changed
//! (or still used) on the other. A project keeps its unresolved conflicts
//! (a `gambit merge` by git writes them into the file) until the user picks.

use super::ids::{AccountId, ContactId, CriterionId, MemberId, ProductId, RelationshipId, TierId, UnitId};
use super::people::PersonRef;
use serde::{Deserialize, Serialize};

/// One record of a project, by stable id or natural key.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RecordKey {
    /// The project's own fields (name, our company, currency).
    Project,
    /// The scoring model's own fields (the tier scheme's name, the most key accounts).
    Scoring,
    Member(MemberId),
    Product(ProductId),
    Criterion(CriterionId),
    Tier(TierId),
    /// An account's own fields (name, industry, revenues, tier override, layout).
    Account(AccountId),
    /// An account plan's texts.
    Plan(AccountId),
    Unit(AccountId, UnitId),
    Contact(AccountId, ContactId),
    Line(AccountId, RelationshipId),
    Score(AccountId, CriterionId),
    Team(AccountId, MemberId),
    Position(AccountId, PersonRef),
    /// An entry of one of the plan's lists, by its place in the merged list.
    PlanItem(AccountId, String, usize),
}

/// What taking the other side's version does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fix {
    /// Set one field of the record to this value (JSON text).
    Field { record: RecordKey, field: String, value: String },
    /// Put the record back as it is here (RON text, as in the file): the kept side had deleted it.
    Restore { record: RecordKey, value: String },
    /// Delete the record (with whatever refers to it, as deleting it in the app does).
    Delete { record: RecordKey },
}

/// One unsettled difference, shown side by side for the user to pick.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// Where, in words: `account "Nordvik" > contact "Henrik Åberg"`.
    pub place: String,
    /// The field that differs; empty when the whole record does.
    #[serde(default)]
    pub field: String,
    /// What the project holds now (our side), in words.
    pub ours: String,
    /// What the other side holds, in words.
    pub theirs: String,
    /// How to take the other side's version instead.
    pub fix: Fix,
}
