//! The portfolio ranking, computed once for the portfolio view, the CSV
//! export and the what-if preview.

use crate::model::{AccountId, Project, ScoreOutcome, ScoringModel};

/// One account's line in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankRow {
    pub account: AccountId,
    pub name: String,
    pub industry: String,
    pub score: ScoreOutcome,
    pub tier: Option<String>,
    /// The reason, when the tier is set by hand.
    pub override_reason: Option<String>,
    pub current_revenue: f64,
    pub potential_revenue: f64,
    pub lead: Option<String>,
}

impl RankRow {
    /// The score as a sort key: incomplete accounts sort below every scored one.
    pub fn sort_key(&self) -> f64 {
        match self.score {
            ScoreOutcome::Complete(s) => s,
            ScoreOutcome::Incomplete { .. } => -1.0,
            ScoreOutcome::NoModel => -2.0,
        }
    }

    pub fn score_text(&self) -> String {
        match &self.score {
            ScoreOutcome::Complete(s) => crate::i18n::numbers::decimal(*s, 1),
            ScoreOutcome::Incomplete { missing } => crate::t!("ranking-incomplete", missing = missing.len()),
            ScoreOutcome::NoModel => crate::i18n::tr("ranking-no-model"),
        }
    }
}

/// Every account, best score first; ties and unscored accounts by name.
pub fn ranking(project: &Project) -> Vec<RankRow> {
    ranking_with(project, &project.scoring)
}

/// The ranking under another scoring model (for what-if previews).
pub fn ranking_with(project: &Project, model: &ScoringModel) -> Vec<RankRow> {
    let mut rows: Vec<RankRow> = project
        .accounts
        .iter()
        .map(|a| {
            let tier = model.tier_of(a);
            RankRow {
                account: a.id,
                name: a.name.clone(),
                industry: a.industry.clone(),
                score: model.score(a),
                tier: tier.map(|(t, _)| t.name.clone()),
                override_reason: a
                    .tier_override
                    .as_ref()
                    .filter(|_| tier.is_some_and(|(_, o)| o))
                    .map(|o| o.reason.clone()),
                current_revenue: a.current_revenue,
                potential_revenue: a.potential_revenue,
                lead: a.lead().and_then(|m| project.member(m)).map(|m| m.name.clone()),
            }
        })
        .collect();
    rows.sort_by(|x, y| y.sort_key().total_cmp(&x.sort_key()).then_with(|| x.name.cmp(&y.name)));
    rows
}

/// An account whose tier a model change would move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierMove {
    pub account: AccountId,
    pub name: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Which accounts would change tier if `proposed` replaced the current model.
pub fn tier_moves(project: &Project, proposed: &ScoringModel) -> Vec<TierMove> {
    let now = ranking(project);
    let then = ranking_with(project, proposed);
    let mut moves: Vec<TierMove> = now
        .iter()
        .filter_map(|row| {
            let after = then.iter().find(|r| r.account == row.account)?;
            (after.tier != row.tier).then(|| TierMove {
                account: row.account,
                name: row.name.clone(),
                from: row.tier.clone(),
                to: after.tier.clone(),
            })
        })
        .collect();
    moves.sort_by(|a, b| a.name.cmp(&b.name));
    moves
}

/// How many accounts are in each tier of the scheme, best tier first, then
/// the accounts with no tier.
pub fn tier_counts(project: &Project) -> (Vec<(String, usize)>, usize) {
    let rows = ranking(project);
    let counts = project
        .scoring
        .tiers
        .tiers
        .iter()
        .map(|t| (t.name.clone(), rows.iter().filter(|r| r.tier.as_deref() == Some(t.name.as_str())).count()))
        .collect();
    (counts, rows.iter().filter(|r| r.tier.is_none()).count())
}

/// Accounts in the best tier: the key accounts.
pub fn key_account_count(project: &Project) -> usize {
    let Some(best) = project.scoring.tiers.tiers.first() else { return 0 };
    ranking(project).iter().filter(|r| r.tier.as_deref() == Some(best.name.as_str())).count()
}

/// How many accounts' revenues are not numbers and are left empty in the CSV.
pub fn blank_revenues(rows: &[RankRow]) -> usize {
    rows.iter().filter(|r| !r.current_revenue.is_finite() || !r.potential_revenue.is_finite()).count()
}
