//! Small closed vocabularies of the domain. Each knows its English label;
//! the UI passes labels through the translation function.

use serde::{Deserialize, Serialize};

/// Implements `ALL` and `label()` for a fieldless enum.
macro_rules! labelled_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every variant, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// English label (translate it before showing it).
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

labelled_enum!(
    /// Hierarchy level of a client person: the ranks of the chess board.
    Level {
        Board => "Board / C-suite",
        Executive => "Executive",
        SeniorManagement => "Senior management",
        MiddleManagement => "Middle management",
        Operational => "Operational",
    }
);

labelled_enum!(
    /// The chess piece a client person plays (see the domain notes).
    Piece {
        King => "King",
        Queen => "Queen",
        Rook => "Rook",
        Bishop => "Bishop",
        Knight => "Knight",
        Pawn => "Pawn",
        Unknown => "Not yet known",
    }
);

impl Piece {
    /// The role behind the piece, for tooltips.
    pub fn meaning(self) -> &'static str {
        match self {
            Piece::King => "Decision maker / approver (economic buyer)",
            Piece::Queen => "Most powerful influencer, the King's inner-circle adviser",
            Piece::Rook => "Gatekeeper or veto holder: procurement, finance, legal, IT security",
            Piece::Bishop => "Technical or specialist evaluator",
            Piece::Knight => "Coach / champion who gives us inside information and introductions",
            Piece::Pawn => "User or operational contact",
            Piece::Unknown => "Role not yet known",
        }
    }

    /// Key pieces are the ones that must be covered by our team.
    pub fn is_key(self) -> bool {
        matches!(self, Piece::King | Piece::Queen | Piece::Rook)
    }
}

labelled_enum!(
    /// A client person's stance towards us.
    Stance {
        Mentor => "Mentor",
        Supporter => "Supporter",
        Neutral => "Neutral",
        NonSupporter => "Non-supporter",
        Enemy => "Enemy",
        Unknown => "Unknown",
    }
);

labelled_enum!(
    /// Where a client person sits in the client's politics.
    PoliticalStatus {
        Outside => "Outside the political structure",
        InStructure => "In the political structure",
        InnerCircle => "Inner circle",
    }
);

labelled_enum!(
    /// What a relationship line means.
    RelKind {
        Knows => "Knows / works with",
        ReportsTo => "Reports to",
        Influences => "Influences",
        Conflict => "Conflict",
        Gatekeeps => "Gatekeeps",
    }
);

labelled_enum!(
    /// Where the account is in its lifecycle.
    LifecycleStage {
        PreSale => "Pre-sale",
        ContractNegotiation => "Contract negotiation",
        Implementation => "Implementation / delivery",
        Review => "Review",
        Operation => "Operation",
    }
);

labelled_enum!(
    /// What kind of organisational unit a business unit is.
    UnitKind {
        GroupCompany => "Group company",
        Division => "Division",
        Department => "Department",
        Subsidiary => "Subsidiary",
        Location => "Location",
    }
);

labelled_enum!(
    /// The role one of our people plays on an account team.
    TeamRole {
        LeadAccountManager => "Lead account manager",
        ExecutiveSponsor => "Executive sponsor",
        Mentor => "Mentor",
        Sales => "Sales",
        Service => "Service",
        Delivery => "Delivery",
        Technical => "Technical",
    }
);
