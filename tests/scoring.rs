//! The one scoring function: its properties, the rounding rule, the
//! matrix position and the CSV ranking.

use gambit::analysis::ranking::{ranking, tier_moves};
use gambit::model::scoring::round_score;
use gambit::model::*;
use proptest::prelude::*;

fn model(weights: &[f64]) -> ScoringModel {
    let mut m = scoring_defaults::default_model();
    m.criteria.truncate(weights.len());
    for (c, w) in m.criteria.iter_mut().zip(weights) {
        c.weight = *w;
    }
    m
}

fn account(values: &[u8]) -> Account {
    let mut a = Account::new(AccountId(1), "A");
    a.scores = values
        .iter()
        .enumerate()
        .map(|(i, v)| CriterionScore { criterion: CriterionId(i as u32 + 1), value: *v, evidence: String::new() })
        .collect();
    a
}

fn score(m: &ScoringModel, a: &Account) -> f64 {
    match m.score(a) {
        ScoreOutcome::Complete(s) => s,
        other => panic!("expected a score, got {other:?}"),
    }
}

proptest! {
    #[test]
    fn score_stays_within_0_and_100(
        weights in proptest::collection::vec(0.0f64..100.0, 1..8),
        values in proptest::collection::vec(1u8..=5, 8),
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0.0));
        let s = score(&model(&weights), &account(&values[..weights.len()]));
        prop_assert!((0.0..=100.0).contains(&s), "{s}");
    }

    #[test]
    fn raising_a_positively_weighted_criterion_never_lowers_the_score(
        weights in proptest::collection::vec(0.1f64..100.0, 2..8),
        values in proptest::collection::vec(1u8..=4, 8),
        which in 0usize..8,
    ) {
        let m = model(&weights);
        let n = weights.len();
        let which = which % n;
        let before = score(&m, &account(&values[..n]));
        let mut raised = values[..n].to_vec();
        raised[which] += 1;
        let after = score(&m, &account(&raised));
        prop_assert!(after >= before, "{before} -> {after}");
        // It rises unless the rise is below the 0.1 the score is rounded to.
        prop_assert!(after > before || weights[which] / weights.iter().sum::<f64>() * 25.0 < 0.1);
    }

    #[test]
    fn scaling_every_weight_changes_nothing(
        weights in proptest::collection::vec(0.1f64..100.0, 1..8),
        values in proptest::collection::vec(1u8..=5, 8),
        factor in 0.01f64..1000.0,
    ) {
        let a = account(&values[..weights.len()]);
        let scaled: Vec<f64> = weights.iter().map(|w| w * factor).collect();
        prop_assert_eq!(score(&model(&weights), &a), score(&model(&scaled), &a));
    }
}

#[test]
fn a_score_that_is_mathematically_80_reaches_an_80_threshold() {
    // Weights 0.1, 0.7, 0.2 with scores 4, 4, 5: exactly 80 on paper, but
    // the floating-point sum is 79.99999999999999.
    let (w, f) = ([0.1f64, 0.7, 0.2], [0.75f64, 0.75, 1.0]);
    let raw = w.iter().zip(f).map(|(w, f)| w * f).sum::<f64>() / w.iter().sum::<f64>() * 100.0;
    assert!(raw < 80.0, "the trap is real: {raw}");
    let mut m = model(&w);
    m.tiers.tiers[0].min_score = 80.0;
    let a = account(&[4, 4, 5]);
    assert_eq!(score(&m, &a), 80.0);
    assert_eq!(m.tier_of(&a).map(|(t, _)| t.name.clone()), Some("Gold".into()));
}

#[test]
fn all_zero_weights_cannot_score() {
    let m = model(&[0.0, 0.0]);
    assert_eq!(m.score(&account(&[5, 5])), ScoreOutcome::NoModel);
}

#[test]
fn matrix_position_uses_both_axes() {
    let p = gambit::demo::demo_project().expect("demo");
    let nordvik = &p.accounts[0];
    let (attr, strength) = p.scoring.matrix_position(nordvik).expect("placed");
    // Relationship quality 4 -> 75; share of potential 18.4 / 42 = 43.8 %.
    assert!((strength - round_score((75.0 + 18.4 / 42.0 * 100.0) / 2.0)).abs() < 0.05, "{strength}");
    assert!(attr > 80.0, "{attr}");
    let kestrel = p.accounts.iter().find(|a| a.name == "Kestrel Chemicals").expect("demo account");
    assert!(p.scoring.matrix_position(kestrel).is_none(), "unscored accounts are not placed");
}

#[test]
fn ranking_puts_incomplete_accounts_last_and_csv_quotes_safely() {
    let mut p = gambit::demo::demo_project().expect("demo");
    p.accounts[1].name = "Baltica \"Marine\", Engines".into();
    p.accounts[2].name = "=HYPERLINK(\"x\")".into();
    let rows = ranking(&p);
    assert_eq!(rows.last().expect("rows").name, "Kestrel Chemicals");
    let csv = gambit::interchange::sheet::csv(&gambit::interchange::export::ranking(&rows));
    assert!(csv.contains("\"Baltica \"\"Marine\"\", Engines\""), "{csv}");
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "formulas are neutralised: {csv}");
}

#[test]
fn tier_moves_lists_only_changes() {
    let p = gambit::demo::demo_project().expect("demo");
    assert!(tier_moves(&p, &p.scoring).is_empty());
    let mut stricter = p.scoring.clone();
    stricter.tiers.tiers[0].min_score = 90.0;
    let moves = tier_moves(&p, &stricter);
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0].name, "Nordvik Foods Group");
    assert_eq!((moves[0].from.as_deref(), moves[0].to.as_deref()), (Some("Gold"), Some("Silver")));
}
