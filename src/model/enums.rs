//! Small closed vocabularies of the domain. Each knows its English label;
//! the UI passes labels through the translation function.

use serde::{Deserialize, Serialize};

/// Implements `ALL` and `label()` for a fieldless enum.
macro_rules! labelled_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every variant, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The message id of the variant's name.
            pub fn label_id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The variant's name in the user's language.
            pub fn label(self) -> String {
                crate::i18n::tr(self.label_id())
            }
        }
    };
}

labelled_enum!(
    /// Hierarchy level of a client person: the ranks of the chess board.
    Level {
        Board => "level-board",
        Executive => "level-executive",
        SeniorManagement => "level-senior-management",
        MiddleManagement => "level-middle-management",
        Operational => "level-operational",
    }
);

labelled_enum!(
    /// The chess piece a client person plays (see the domain notes).
    Piece {
        King => "piece-king",
        Queen => "piece-queen",
        Rook => "piece-rook",
        Bishop => "piece-bishop",
        Knight => "piece-knight",
        Pawn => "piece-pawn",
        Unknown => "piece-unknown",
    }
);

impl Piece {
    /// The role behind the piece, for tooltips.
    pub fn meaning_id(self) -> &'static str {
        match self {
            Self::King => "piece-king-meaning",
            Self::Queen => "piece-queen-meaning",
            Self::Rook => "piece-rook-meaning",
            Self::Bishop => "piece-bishop-meaning",
            Self::Knight => "piece-knight-meaning",
            Self::Pawn => "piece-pawn-meaning",
            Self::Unknown => "piece-unknown-meaning",
        }
    }

    pub fn meaning(self) -> String {
        crate::i18n::tr(self.meaning_id())
    }

    /// The piece's letter in the user's language (K, Q, R … in English; K,
    /// D, T … in Swedish), for lists and counts.
    pub fn letter(self) -> String {
        crate::i18n::tr(match self {
            Self::King => "piece-king-letter",
            Self::Queen => "piece-queen-letter",
            Self::Rook => "piece-rook-letter",
            Self::Bishop => "piece-bishop-letter",
            Self::Knight => "piece-knight-letter",
            Self::Pawn => "piece-pawn-letter",
            Self::Unknown => "piece-unknown-letter",
        })
    }

    /// Key pieces are the ones that must be covered by our team.
    pub fn is_key(self) -> bool {
        matches!(self, Self::King | Self::Queen | Self::Rook)
    }
}

labelled_enum!(
    /// A client person's stance towards us.
    Stance {
        Mentor => "stance-mentor",
        Supporter => "stance-supporter",
        Neutral => "stance-neutral",
        NonSupporter => "stance-non-supporter",
        Enemy => "stance-enemy",
        Unknown => "stance-unknown",
    }
);

labelled_enum!(
    /// Where a client person sits in the client's politics.
    PoliticalStatus {
        Outside => "political-status-outside",
        InStructure => "political-status-in-structure",
        InnerCircle => "political-status-inner-circle",
    }
);

labelled_enum!(
    /// What a relationship line means.
    RelKind {
        Knows => "rel-kind-knows",
        ReportsTo => "rel-kind-reports-to",
        Influences => "rel-kind-influences",
        Conflict => "rel-kind-conflict",
        Gatekeeps => "rel-kind-gatekeeps",
    }
);

labelled_enum!(
    /// Where the account is in its lifecycle.
    LifecycleStage {
        PreSale => "lifecycle-stage-pre-sale",
        ContractNegotiation => "lifecycle-stage-contract-negotiation",
        Implementation => "lifecycle-stage-implementation",
        Review => "lifecycle-stage-review",
        Operation => "lifecycle-stage-operation",
    }
);

labelled_enum!(
    /// What kind of organisational unit a business unit is.
    UnitKind {
        GroupCompany => "unit-kind-group-company",
        Division => "unit-kind-division",
        Department => "unit-kind-department",
        Subsidiary => "unit-kind-subsidiary",
        Location => "unit-kind-location",
    }
);

labelled_enum!(
    /// The role one of our people plays on an account team.
    TeamRole {
        LeadAccountManager => "team-role-lead-account-manager",
        ExecutiveSponsor => "team-role-executive-sponsor",
        Mentor => "team-role-mentor",
        Sales => "team-role-sales",
        Service => "team-role-service",
        Delivery => "team-role-delivery",
        Technical => "team-role-technical",
    }
);
