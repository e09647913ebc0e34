//! The scoring model: weighted criteria, a tier scheme, and the one
//! function that turns an account's criterion scores into a score and tier.

use super::account::Account;
use super::ids::{CriterionId, HasId, TierId, find};
use super::people::{SCALE_MAX, SCALE_MIN};
use serde::{Deserialize, Serialize};

/// A selection criterion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: CriterionId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Relative weight, zero or more. Shown normalised to 100 %.
    pub weight: f64,
    /// What 1, 3 and 5 points mean for this criterion.
    #[serde(default)]
    pub scale: ScaleText,
    /// Which axis of the portfolio matrix this criterion measures.
    #[serde(default)]
    pub axis: ScoreAxis,
}

/// The two axes of the classic portfolio matrix.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray)]
pub enum ScoreAxis {
    /// How attractive the account is to us.
    #[default]
    Attractiveness,
    /// How strong we are with the account compared with competitors.
    Strength,
}

impl ScoreAxis {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Attractiveness => "score-axis-attractiveness",
            Self::Strength => "score-axis-strength",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

impl HasId for Criterion {
    type Id = CriterionId;
    fn id(&self) -> CriterionId {
        self.id
    }
}

/// Descriptions of the low, middle and high points of a 1-5 scale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleText {
    #[serde(default)]
    pub one: String,
    #[serde(default)]
    pub three: String,
    #[serde(default)]
    pub five: String,
}

/// A tier with its lower score threshold and the service it earns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tier {
    pub id: TierId,
    pub name: String,
    /// Lowest score (0-100) that reaches this tier.
    pub min_score: f64,
    #[serde(default)]
    pub service: String,
}

impl HasId for Tier {
    type Id = TierId;
    fn id(&self) -> TierId {
        self.id
    }
}

/// Named set of tiers, best first, thresholds strictly falling.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierScheme {
    pub name: String,
    pub tiers: Vec<Tier>,
}

/// Criteria, tiers and the portfolio size limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringModel {
    pub criteria: Vec<Criterion>,
    pub tiers: TierScheme,
    /// Warn when more accounts than this are key accounts.
    #[serde(default = "default_max_key_accounts")]
    pub max_key_accounts: u32,
}

fn default_max_key_accounts() -> u32 {
    35
}

/// The outcome of scoring one account.
#[derive(Clone, Debug, PartialEq)]
pub enum ScoreOutcome {
    /// Every weighted criterion is scored: the rounded 0-100 score.
    Complete(f64),
    /// Some weighted criteria have no score yet; never shown as zero.
    Incomplete { missing: Vec<CriterionId> },
    /// The model cannot score (no positive weight).
    NoModel,
}

/// Rounding rule: scores are rounded half away from zero to one decimal
/// place before they are shown or compared with a threshold, so that a
/// score that is mathematically 80 is never 79.99999 through floating point.
pub fn round_score(raw: f64) -> f64 {
    (raw * 10.0).round() / 10.0
}

impl ScoringModel {
    pub fn criterion(&self, id: CriterionId) -> Option<&Criterion> {
        find(&self.criteria, id)
    }

    pub fn tier(&self, id: TierId) -> Option<&Tier> {
        find(&self.tiers.tiers, id)
    }

    /// Sum of the positive weights.
    pub fn total_weight(&self) -> f64 {
        self.criteria.iter().map(|c| c.weight.max(0.0)).sum()
    }

    /// A criterion's weight as a share of 100 %.
    pub fn weight_percent(&self, id: CriterionId) -> f64 {
        let total = self.total_weight();
        match self.criterion(id) {
            Some(c) if total > 0.0 => c.weight.max(0.0) / total * 100.0,
            _ => 0.0,
        }
    }

    /// The weighted score of an account: each 1-5 value maps to 0-100 %
    /// of its criterion's share, then the shares are summed and rounded.
    pub fn score(&self, account: &Account) -> ScoreOutcome {
        let total = self.total_weight();
        if total <= 0.0 || !total.is_finite() {
            return ScoreOutcome::NoModel;
        }
        let mut sum = 0.0;
        let mut missing = Vec::new();
        for c in self.criteria.iter().filter(|c| c.weight > 0.0) {
            match account.score_for(c.id) {
                Some(s) => {
                    let v = s.value.clamp(SCALE_MIN, SCALE_MAX);
                    let fraction = f64::from(v - SCALE_MIN) / f64::from(SCALE_MAX - SCALE_MIN);
                    sum += c.weight * fraction;
                }
                None => missing.push(c.id),
            }
        }
        if missing.is_empty() {
            ScoreOutcome::Complete(round_score(sum / total * 100.0))
        } else {
            ScoreOutcome::Incomplete { missing }
        }
    }

    /// The 0-100 score over only the criteria of one axis; `None` when
    /// one of them is not scored or the axis has no weight.
    pub fn axis_score(&self, account: &Account, axis: ScoreAxis) -> Option<f64> {
        let on_axis: Vec<&Criterion> = self.criteria.iter().filter(|c| c.axis == axis && c.weight > 0.0).collect();
        let total: f64 = on_axis.iter().map(|c| c.weight).sum();
        if total <= 0.0 {
            return None;
        }
        let mut sum = 0.0;
        for c in on_axis {
            let v = account.score_for(c.id)?.value.clamp(SCALE_MIN, SCALE_MAX);
            sum += c.weight * f64::from(v - SCALE_MIN) / f64::from(SCALE_MAX - SCALE_MIN);
        }
        Some(round_score(sum / total * 100.0))
    }

    /// Where an account sits in the portfolio matrix: (attractiveness, our
    /// relative strength), both 0-100. Strength is half the strength
    /// criteria and half our share of the account's potential (current
    /// revenue / potential revenue, at most 100 %).
    pub fn matrix_position(&self, account: &Account) -> Option<(f64, f64)> {
        let attractiveness = self.axis_score(account, ScoreAxis::Attractiveness)?;
        let share = if account.potential_revenue > 0.0 {
            (account.current_revenue / account.potential_revenue).clamp(0.0, 1.0) * 100.0
        } else {
            0.0
        };
        let strength = match self.axis_score(account, ScoreAxis::Strength) {
            Some(s) => (s + share) / 2.0,
            None => share,
        };
        Some((attractiveness, round_score(strength)))
    }

    /// The tier a (rounded) score reaches: the best tier whose threshold it meets.
    pub fn tier_for_score(&self, score: f64) -> Option<&Tier> {
        let score = round_score(score);
        self.tiers.tiers.iter().filter(|t| score >= t.min_score).max_by(|a, b| a.min_score.total_cmp(&b.min_score))
    }

    /// The account's tier, override first. The flag says whether it is overridden.
    pub fn tier_of(&self, account: &Account) -> Option<(&Tier, bool)> {
        if let Some(o) = &account.tier_override {
            return self.tier(o.tier).map(|t| (t, true));
        }
        match self.score(account) {
            ScoreOutcome::Complete(s) => self.tier_for_score(s).map(|t| (t, false)),
            _ => None,
        }
    }
}
