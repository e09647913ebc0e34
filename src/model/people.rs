//! People on both sides of the board and the lines between them.

use super::enums::{Level, Piece, PoliticalStatus, RelKind, Stance};
use super::ids::{ContactId, HasId, MemberId, RelationshipId, UnitId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Smallest and largest value of the 1-5 scales (influence, strength, scores).
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 5;

/// One of our own people, who can serve on account teams.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: MemberId,
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub skills: String,
}

impl HasId for Member {
    type Id = MemberId;
    fn id(&self) -> MemberId {
        self.id
    }
}

/// A person at the client: a piece on the board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub unit: Option<UnitId>,
    /// Contact details, as the CRM has them (format version 3).
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    pub level: Level,
    pub piece: Piece,
    pub stance: Stance,
    /// 1 (little) to 5 (decisive).
    pub influence: u8,
    pub political: PoliticalStatus,
    /// "How do you know?": the evidence for the ratings.
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub has_left: bool,
    /// The day they left (format version 6); none with `has_left`: not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_on: Option<NaiveDate>,
    /// Who took over their seat after they left; none: the seat is vacant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<ContactId>,
    /// Their earlier roles, oldest first: each held until a dated change
    /// (a promotion, a move), as opposed to a title corrected in place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_roles: Vec<EarlierRole>,
    /// When the team's opinion of them (stance, political status, evidence,
    /// notes) last changed, and by whom where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<Assessed>,
}

/// The day the team's assessment of someone last changed, and who changed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessed {
    pub on: NaiveDate,
    #[serde(default)]
    pub by: String,
}

/// A role someone held until the day it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierRole {
    /// The day the new role began.
    pub until: NaiveDate,
    #[serde(default)]
    pub title: String,
    pub level: Level,
    #[serde(default)]
    pub unit: Option<UnitId>,
}

impl Contact {
    /// A fresh contact with neutral, unknown ratings.
    pub fn new(id: ContactId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            title: String::new(),
            unit: None,
            email: String::new(),
            phone: String::new(),
            level: Level::MiddleManagement,
            piece: Piece::Unknown,
            stance: Stance::Unknown,
            influence: 3,
            political: PoliticalStatus::Outside,
            evidence: String::new(),
            notes: String::new(),
            has_left: false,
            left_on: None,
            successor: None,
            earlier_roles: Vec::new(),
            assessed: None,
        }
    }

    /// Whether they leave a key seat (King, Queen, Rook) empty: they left
    /// and nobody has taken over. Others who leave are simply gone.
    pub fn is_vacant(&self) -> bool {
        self.has_left && self.successor.is_none() && self.piece.is_key()
    }

    /// The day their current role began, when it was dated.
    pub fn role_since(&self) -> Option<NaiveDate> {
        self.earlier_roles.iter().map(|r| r.until).max()
    }

    /// Them in a new role from `on` (its title, level and unit in `role`),
    /// the role before kept as an earlier one that ended that day.
    pub fn with_new_role(&self, on: NaiveDate, role: EarlierRole) -> Self {
        let mut next = Self { title: role.title, level: role.level, unit: role.unit, ..self.clone() };
        next.earlier_roles.push(self.role(on));
        next.earlier_roles.sort_by_key(|r| r.until);
        next
    }

    /// Their role now: title, level and unit.
    pub fn role(&self, until: NaiveDate) -> EarlierRole {
        EarlierRole { until, title: self.title.clone(), level: self.level, unit: self.unit }
    }
}

impl HasId for Contact {
    type Id = ContactId;
    fn id(&self) -> ContactId {
        self.id
    }
}

/// Either side of a relationship line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PersonRef {
    Member(MemberId),
    Contact(ContactId),
}

/// "member #3", "kontakt nr 12": which record, in the user's language.
impl std::fmt::Display for PersonRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Member(id) => id.fmt(f),
            Self::Contact(id) => id.fmt(f),
        }
    }
}

/// A line between two people of an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relationship {
    pub id: RelationshipId,
    pub from: PersonRef,
    pub to: PersonRef,
    pub kind: RelKind,
    /// 1 (weak) to 5 (strong).
    pub strength: u8,
    #[serde(default)]
    pub last_contact: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

impl Relationship {
    /// Strength of a line drawn by hand before anyone rates it.
    pub const DEFAULT_STRENGTH: u8 = 3;

    /// A new line drawn between two people: "knows / works with" of middle
    /// strength. When one end is ours, the two have evidently met: dated `today`.
    pub fn new_line(id: RelationshipId, from: PersonRef, to: PersonRef, today: NaiveDate) -> Self {
        let ours = matches!(from, PersonRef::Member(_)) || matches!(to, PersonRef::Member(_));
        Self {
            id,
            from,
            to,
            kind: RelKind::Knows,
            strength: Self::DEFAULT_STRENGTH,
            last_contact: ours.then_some(today),
            note: String::new(),
        }
    }

    /// Whether this line touches the given person.
    pub fn touches(&self, person: PersonRef) -> bool {
        self.from == person || self.to == person
    }
}

impl HasId for Relationship {
    type Id = RelationshipId;
    fn id(&self) -> RelationshipId {
        self.id
    }
}
