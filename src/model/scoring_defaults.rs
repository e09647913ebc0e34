//! The default criteria set for key account selection and the tier presets.

use super::ids::{CriterionId, TierId};
use super::scoring::{Criterion, ScaleText, ScoreAxis, ScoringModel, Tier, TierScheme};

fn criterion(id: u32, name: &str, description: &str, weight: f64, scale: [&str; 3]) -> Criterion {
    Criterion {
        id: CriterionId(id),
        name: name.to_owned(),
        description: description.to_owned(),
        weight,
        scale: ScaleText { one: scale[0].to_owned(), three: scale[1].to_owned(), five: scale[2].to_owned() },
        axis: if name == "Relationship quality" { ScoreAxis::Strength } else { ScoreAxis::Attractiveness },
    }
}

/// The eight classic selection criteria with sensible weights.
pub fn default_criteria() -> Vec<Criterion> {
    vec![
        criterion(
            1,
            "Current revenue",
            "Yearly revenue with us today.",
            15.0,
            ["Small share of our sales", "Among our top 50 customers", "Among our top 10 customers"],
        ),
        criterion(
            2,
            "Potential revenue",
            "Revenue we could reach in three years.",
            20.0,
            ["Little room to grow", "Could double", "Could grow several times over"],
        ),
        criterion(
            3,
            "Organisational complexity",
            "A group with many companies, units and sites.",
            10.0,
            ["One site, one buyer", "Several units buy separately", "Multinational group, many units"],
        ),
        criterion(
            4,
            "Need for several offerings",
            "How many of our products and services they need.",
            15.0,
            ["One product", "Two or three lines", "Most of our portfolio"],
        ),
        criterion(
            5,
            "Reference value",
            "Value as a reference or multiplier in the market.",
            10.0,
            ["Unknown in the market", "Known in their niche", "Market leader others follow"],
        ),
        criterion(
            6,
            "Profitability",
            "Margin we earn after the cost to serve.",
            10.0,
            ["Loss-making", "Average margin", "Well above average margin"],
        ),
        criterion(
            7,
            "Strategic fit",
            "Fit with our strategy and target markets.",
            10.0,
            ["Outside our focus", "Partly in focus", "Core of our strategy"],
        ),
        criterion(
            8,
            "Relationship quality",
            "Depth and breadth of our relationships.",
            10.0,
            ["One contact, transactional", "Several contacts, trusted", "Partner at executive level"],
        ),
    ]
}

fn tier(id: u32, name: &str, min_score: f64, service: &str) -> Tier {
    Tier { id: TierId(id), name: name.to_owned(), min_score, service: service.to_owned() }
}

/// The Olympic scheme: Gold / Silver / Bronze.
pub fn olympic() -> TierScheme {
    TierScheme {
        name: "Olympic".to_owned(),
        tiers: vec![
            tier(1, "Gold", 75.0, "Dedicated account team, executive sponsor, plan reviewed twice a year."),
            tier(2, "Silver", 50.0, "Named account manager, yearly plan and review."),
            tier(3, "Bronze", 0.0, "Served by the regional sales team with standard service levels."),
        ],
    }
}

/// The football scheme: Premier / 1st Division / 2nd Division.
pub fn football() -> TierScheme {
    TierScheme {
        name: "Football".to_owned(),
        tiers: vec![
            tier(1, "Premier", 75.0, "Dedicated account team, executive sponsor, plan reviewed twice a year."),
            tier(2, "1st Division", 50.0, "Named account manager, yearly plan and review."),
            tier(3, "2nd Division", 0.0, "Served by the regional sales team with standard service levels."),
        ],
    }
}

/// The airline scheme: First / Club / Economy / Standby.
pub fn airline() -> TierScheme {
    TierScheme {
        name: "Airline".to_owned(),
        tiers: vec![
            tier(
                1,
                "First",
                80.0,
                "Dedicated team, executive sponsor, joint strategy days, plan reviewed twice a year.",
            ),
            tier(2, "Club", 60.0, "Named account manager, yearly plan, quarterly business reviews."),
            tier(3, "Economy", 35.0, "Named contact in inside sales, standard service levels."),
            tier(
                4,
                "Standby",
                0.0,
                "Served on request through web shop and support desk; fully satisfied, not developed.",
            ),
        ],
    }
}

/// Letters A to D.
pub fn a_to_d() -> TierScheme {
    TierScheme {
        name: "A-D".to_owned(),
        tiers: vec![
            tier(1, "A", 80.0, "Key account: dedicated team and a living account plan."),
            tier(2, "B", 60.0, "Development account: named manager, yearly plan."),
            tier(3, "C", 35.0, "Maintain: regional sales, standard service."),
            tier(4, "D", 0.0, "Serve efficiently through inside sales and the web shop."),
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
