//! The command layer: every change to a project is a `Command`, applied in
//! one place (`Document::apply`), which owns undo / redo, the unsaved mark
//! and re-validation. Applying a command returns its inverse.

mod apply;
mod describe;
mod document;
pub mod new_ids;

pub use document::Document;
pub use new_ids::NewIds;

use crate::model::{
    Account, AccountId, BusinessUnit, Contact, ContactId, CriterionId, CriterionScore, LifecycleStage, MapLayout,
    MapPos, Member, MemberId, PersonRef, Plan, Product, ProductId, Relationship, RelationshipId, ScoringModel,
    TeamAssignment, TierOverride, UnitId,
};
use std::fmt;

/// The editable facts of an account itself.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountInfo {
    pub name: String,
    pub industry: String,
    pub lifecycle: LifecycleStage,
    pub current_revenue: f64,
    pub potential_revenue: f64,
    /// Days between meetings with each key person (none: the default).
    pub rhythm_days: Option<u16>,
}

impl AccountInfo {
    pub fn of(a: &Account) -> Self {
        Self {
            name: a.name.clone(),
            industry: a.industry.clone(),
            lifecycle: a.lifecycle,
            current_revenue: a.current_revenue,
            potential_revenue: a.potential_revenue,
            rhythm_days: a.rhythm_days,
        }
    }
}

/// One change to a project. `CommandKind` names each kind, for tests
/// that must make every kind (derived, so a new command is never missed).
#[derive(Clone, Debug, PartialEq, strum::EnumDiscriminants)]
#[strum_discriminants(name(CommandKind), derive(strum::VariantArray))]
pub enum Command {
    SetProjectInfo {
        name: String,
        our_company: String,
        currency: String,
    },
    /// Months people who left are kept before they are listed for erasure.
    SetRetention(Option<u16>),
    PutMember(Member),
    DeleteMember(MemberId),
    PutProduct(Product),
    DeleteProduct(ProductId),
    AddAccount(Box<Account>),
    DeleteAccount(AccountId),
    /// Replaces a whole account; used to undo cascading deletes.
    ReplaceAccount(Box<Account>),
    SetAccountInfo(AccountId, AccountInfo),
    PutUnit(AccountId, BusinessUnit),
    DeleteUnit(AccountId, UnitId),
    PutContact(AccountId, Contact),
    DeleteContact(AccountId, ContactId),
    PutRelationship(AccountId, Relationship),
    DeleteRelationship(AccountId, RelationshipId),
    SetScore(AccountId, CriterionId, Option<CriterionScore>),
    SetTierOverride(AccountId, Option<TierOverride>),
    SetTeam(AccountId, Vec<TeamAssignment>),
    /// Takes one of our people off an account: their seat on the team, their
    /// lines there and their place on the map (they stay in the project).
    RemoveFromAccount(AccountId, MemberId),
    /// Deletes what is selected on an account's map: contacts (with all
    /// that names them), our people from this account, and lines.
    DeleteFromMap {
        account: AccountId,
        people: Vec<PersonRef>,
        lines: Vec<RelationshipId>,
    },
    SetPlan(AccountId, Box<Plan>),
    SetScoring(ScoringModel),
    SetMapLayout(AccountId, MapLayout),
    /// Sets (Some) or clears (None) saved map positions.
    SetPositions(AccountId, Vec<(PersonRef, Option<MapPos>)>),
    /// Several commands as one undo step.
    Batch(String, Vec<Self>),
    /// Replaces the whole project: a merge with a colleague's changes, as
    /// one undo step.
    ReplaceProject(String, Box<crate::model::Project>),
}

impl Command {
    /// Short description for the Undo / Redo menu items (English; translated by the UI).
    /// Whether the command changes only how the project is viewed (the
    /// map's layout): saved with the file, but no undo step and no
    /// "unsaved changes" of its own.
    pub fn is_view_state(&self) -> bool {
        matches!(self, Self::SetMapLayout(..))
    }

    pub fn label(&self) -> String {
        match self {
            Self::SetProjectInfo { .. } => "undo-edit-project".into(),
            Self::SetRetention(_) => "undo-set-retention".into(),
            Self::PutMember(_) => "undo-edit-team-member".into(),
            Self::DeleteMember(_) => "undo-delete-team-member".into(),
            Self::PutProduct(_) => "undo-edit-product".into(),
            Self::DeleteProduct(_) => "undo-delete-product".into(),
            Self::AddAccount(_) => "portfolio-add-account".into(),
            Self::DeleteAccount(_) => "portfolio-delete-account".into(),
            Self::ReplaceAccount(_) => "undo-restore-account".into(),
            Self::SetAccountInfo(..) => "undo-edit-account".into(),
            Self::PutUnit(..) => "undo-edit-business-unit".into(),
            Self::DeleteUnit(..) => "undo-delete-business-unit".into(),
            Self::PutContact(..) => "undo-edit-contact".into(),
            Self::DeleteContact(..) => "contact-delete-contact".into(),
            Self::PutRelationship(..) => "undo-edit-relationship".into(),
            Self::DeleteRelationship(..) => "map-delete-relationship".into(),
            Self::SetScore(..) => "undo-score-criterion".into(),
            Self::SetTierOverride(..) => "scoring-override-tier".into(),
            Self::SetTeam(..) => "undo-edit-account-team".into(),
            Self::RemoveFromAccount(..) => "undo-remove-account".into(),
            Self::DeleteFromMap { people, lines, .. } => match (people.as_slice(), lines.len()) {
                ([PersonRef::Contact(_)], 0) => "contact-delete-contact".into(),
                ([PersonRef::Member(_)], 0) => "undo-remove-account".into(),
                ([], 1) => "map-delete-relationship".into(),
                _ => "undo-delete-selection".into(),
            },
            Self::SetPlan(..) => "undo-edit-plan".into(),
            Self::SetScoring(_) => "undo-edit-scoring-model".into(),
            Self::SetMapLayout(_, MapLayout::Board) => "undo-show-board-layout".into(),
            Self::SetMapLayout(_, MapLayout::Force) => "undo-show-force-layout".into(),
            Self::SetPositions(..) => "undo-move-people".into(),
            Self::Batch(label, _) | Self::ReplaceProject(label, _) => label.clone(),
        }
    }
}

/// The one record a command changes, for merging undo steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    ProjectInfo,
    Retention,
    Member(MemberId),
    Product(ProductId),
    AccountInfo(AccountId),
    Unit(AccountId, UnitId),
    Contact(AccountId, ContactId),
    Line(AccountId, RelationshipId),
    Score(AccountId, CriterionId),
    TierOverride(AccountId),
    Team(AccountId),
    Plan(AccountId),
    Scoring,
    Layout(AccountId),
}

impl Command {
    /// The one record this command changes, when it changes exactly one and
    /// nothing else (puts and sets; never deletes, which cascade).
    pub fn single_target(&self) -> Option<Target> {
        Some(match self {
            Self::SetProjectInfo { .. } => Target::ProjectInfo,
            Self::SetRetention(_) => Target::Retention,
            Self::PutMember(m) => Target::Member(m.id),
            Self::PutProduct(x) => Target::Product(x.id),
            Self::SetAccountInfo(a, _) => Target::AccountInfo(*a),
            Self::PutUnit(a, u) => Target::Unit(*a, u.id),
            Self::PutContact(a, c) => Target::Contact(*a, c.id),
            Self::PutRelationship(a, r) => Target::Line(*a, r.id),
            Self::SetScore(a, c, _) => Target::Score(*a, *c),
            Self::SetTierOverride(a, _) => Target::TierOverride(*a),
            Self::SetTeam(a, _) => Target::Team(*a),
            Self::SetPlan(a, _) => Target::Plan(*a),
            Self::SetScoring(_) => Target::Scoring,
            Self::SetMapLayout(a, _) => Target::Layout(*a),
            _ => return None,
        })
    }

    /// As an inverse: the one record it puts back as it was (setting it, or
    /// deleting it when it did not exist before).
    pub fn restored_target(&self) -> Option<Target> {
        match self {
            Self::DeleteMember(m) => Some(Target::Member(*m)),
            Self::DeleteProduct(x) => Some(Target::Product(*x)),
            Self::DeleteUnit(a, u) => Some(Target::Unit(*a, *u)),
            Self::DeleteContact(a, c) => Some(Target::Contact(*a, *c)),
            Self::DeleteRelationship(a, r) => Some(Target::Line(*a, *r)),
            _ => self.single_target(),
        }
    }
}

/// A command that could not be applied; the project is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandError(pub String);

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CommandError {}

/// Applies a command to a project outside any document (no undo): how a
/// merge's conflict is settled with the app's own cascade (deleting a
/// contact deletes their lines). On error the project is unchanged.
pub fn apply_to(project: &mut crate::model::Project, cmd: Command) -> Result<(), CommandError> {
    apply::apply(project, cmd).map(|_| ())
}

/// Erases one of the client's people from `account` on `on` (see
/// `model::erase`): the account as it stands after, as one undo step, so
/// undo brings them back until the project is saved.
pub fn erase_person(account: &Account, id: ContactId, on: chrono::NaiveDate) -> Command {
    let mut after = account.clone();
    crate::model::erase::erase(&mut after, id, on);
    Command::Batch(crate::model::erase::UNDO_LABEL.into(), vec![Command::ReplaceAccount(Box::new(after))])
}

/// Erases everyone kept past the project's retention on `today`, in every
/// account, as one undo step.
pub fn erase_past_retention(project: &crate::model::Project, today: chrono::NaiveDate) -> Command {
    let (accounts, _) = crate::analysis::retention::erase_due(project, today);
    let steps = accounts.into_iter().map(|a| Command::ReplaceAccount(Box::new(a))).collect();
    Command::Batch(crate::model::erase::RETENTION_LABEL.into(), steps)
}
