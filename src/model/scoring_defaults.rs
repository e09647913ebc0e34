//! The default criteria set for key account selection and the tier presets.

use super::ids::{CriterionId, TierId};
use super::scoring::{Criterion, ScaleText, ScoreAxis, ScoringModel, Tier, TierScheme};
use crate::i18n::tr;

/// The criterion that measures our position rather than the account.
const RELATIONSHIP_QUALITY: &str = "model-relationship-quality";

/// A criterion from message ids, in the user's language (new projects and
/// presets are made in it; the file then keeps the words).
fn criterion(id: u32, name: &str, description: &str, weight: f64, scale: [&str; 3]) -> Criterion {
    Criterion {
        id: CriterionId(id),
        name: tr(name),
        description: tr(description),
        weight,
        scale: ScaleText { one: tr(scale[0]), three: tr(scale[1]), five: tr(scale[2]) },
        axis: if name == RELATIONSHIP_QUALITY { ScoreAxis::Strength } else { ScoreAxis::Attractiveness },
    }
}

/// The eight classic selection criteria with sensible weights.
pub fn default_criteria() -> Vec<Criterion> {
    vec![
        criterion(
            1,
            "scoring-current-revenue",
            "model-yearly-revenue-us",
            15.0,
            ["model-small-share-our", "model-among-our-top", "model-among-our-top-10"],
        ),
        criterion(
            2,
            "scoring-potential-revenue",
            "model-revenue-we-could",
            20.0,
            ["model-little-room-grow", "model-could-double", "model-could-grow-several"],
        ),
        criterion(
            3,
            "model-organisational-complexity",
            "model-group-many-companies",
            10.0,
            ["model-site-buyer", "model-several-units-buy", "model-multinational-group-many"],
        ),
        criterion(
            4,
            "model-need-several-offerings",
            "model-how-many-our",
            15.0,
            ["model-product", "model-two-three-lines", "model-most-our-portfolio"],
        ),
        criterion(
            5,
            "model-reference-value",
            "model-value-reference-multiplier",
            10.0,
            ["model-unknown-market", "model-known-their-niche", "model-market-leader-others"],
        ),
        criterion(
            6,
            "export-profitability",
            "model-margin-we-earn",
            10.0,
            ["model-loss-making", "model-average-margin", "model-well-above-average"],
        ),
        criterion(
            7,
            "model-strategic-fit",
            "model-fit-our-strategy",
            10.0,
            ["model-outside-our-focus", "model-partly-focus", "model-core-our-strategy"],
        ),
        criterion(
            8,
            "model-relationship-quality",
            "model-depth-breadth-our",
            10.0,
            ["model-contact-transactional", "model-several-contacts-trusted", "model-partner-executive-level"],
        ),
    ]
}

fn tier(id: u32, name: &str, min_score: f64, service: &str) -> Tier {
    Tier { id: TierId(id), name: tr(name), min_score, service: tr(service) }
}

/// The Olympic scheme: Gold / Silver / Bronze.
pub fn olympic() -> TierScheme {
    TierScheme {
        name: tr("model-olympic"),
        tiers: vec![
            tier(1, "model-gold", 75.0, "model-dedicated-account-team"),
            tier(2, "model-silver", 50.0, "model-named-account-manager"),
            tier(3, "model-bronze", 0.0, "model-served-regional-sales"),
        ],
    }
}

/// The football scheme: Premier / 1st Division / 2nd Division.
pub fn football() -> TierScheme {
    TierScheme {
        name: tr("model-football"),
        tiers: vec![
            tier(1, "model-premier", 75.0, "model-dedicated-account-team"),
            tier(2, "model-1st-division", 50.0, "model-named-account-manager"),
            tier(3, "model-2nd-division", 0.0, "model-served-regional-sales"),
        ],
    }
}

/// The airline scheme: First / Club / Economy / Standby.
pub fn airline() -> TierScheme {
    TierScheme {
        name: tr("model-airline"),
        tiers: vec![
            tier(1, "model-first", 80.0, "model-dedicated-team-executive"),
            tier(2, "model-club", 60.0, "model-named-account-manager-yearly"),
            tier(3, "model-economy", 35.0, "model-named-contact-inside"),
            tier(4, "model-standby", 0.0, "model-served-request-through"),
        ],
    }
}

/// Letters A to D.
pub fn a_to_d() -> TierScheme {
    TierScheme {
        name: "A-D".to_owned(),
        tiers: vec![
            tier(1, "model-tier-a", 80.0, "model-key-account-dedicated"),
            tier(2, "model-tier-b", 60.0, "model-development-account-named"),
            tier(3, "model-tier-c", 35.0, "model-maintain-regional-sales"),
            tier(4, "model-tier-d", 0.0, "model-serve-efficiently-through"),
        ],
    }
}

/// Every preset, for the tier scheme editor.
pub fn presets() -> Vec<TierScheme> {
    vec![olympic(), football(), airline(), a_to_d()]
}

/// The default scoring model.
pub fn default_model() -> ScoringModel {
    ScoringModel { criteria: default_criteria(), tiers: olympic(), max_key_accounts: 35 }
}
