//! The penetration matrix read out: what a cell says and what rows and
//! columns add up to. The plan view and the plan export both use these, so
//! the screen and the paper never disagree.

use crate::i18n::tr;
use crate::model::{CellState, CellTotals};

/// How a cell reads. `money` writes amounts (compact on screen, grouped on
/// paper); `with_next_step` adds an opportunity's next step.
pub fn cell_text(state: Option<&CellState>, money: fn(f64) -> String, with_next_step: bool) -> String {
    match state {
        None => tr("health-symbol"),
        Some(CellState::Buying { yearly_value }) => format!("{} {}", tr("health-buys"), money(*yearly_value)),
        Some(CellState::Opportunity { value, next_step }) if with_next_step => {
            format!("{} {} ({next_step})", tr("health-opportunity"), money(*value))
        }
        Some(CellState::Opportunity { value, .. }) => format!("{} {}", tr("health-opportunity"), money(*value)),
        Some(CellState::Competitor { name }) => format!("{}: {name}", tr("health-competitor")),
        Some(CellState::NotRelevant) => tr("health-n"),
    }
}

/// "buying / opportunities" of a row, a column or the whole matrix.
pub fn totals_text(t: CellTotals, money: fn(f64) -> String) -> String {
    format!("{} / {}", money(t.buying), money(t.opportunity))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::numbers::{compact, grouped};

    #[test]
    fn cells_read_the_same_with_either_money() {
        let o = CellState::Opportunity { value: 1_500_000.0, next_step: "demo".into() };
        assert_eq!(cell_text(Some(&o), compact, false), "opportunity 1.5 M");
        assert_eq!(cell_text(Some(&o), grouped, true), "opportunity 1,500,000 (demo)");
        assert_eq!(cell_text(None, compact, false), "?");
        let t = CellTotals { buying: 2_000.0, opportunity: 0.0 };
        assert_eq!(totals_text(t, compact), "2 k / 0");
    }
}
