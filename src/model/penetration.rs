//! The penetration matrix: which of our products each business unit buys,
//! where we see an opportunity, where a competitor sits; and what its rows
//! and columns add up to.

use super::ids::{MemberId, ProductId, UnitId};
use super::plan::Plan;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One cell of the penetration matrix: a product at a business unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CellState {
    /// They buy it: yearly value.
    Buying {
        yearly_value: f64,
    },
    /// We could sell it: estimated value and next step.
    Opportunity {
        value: f64,
        next_step: String,
    },
    /// A competitor supplies it.
    Competitor {
        name: String,
    },
    NotRelevant,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PenetrationCell {
    pub product: ProductId,
    pub unit: UnitId,
    pub state: CellState,
}

/// An opportunity found for the account, e.g. in a workshop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    pub product: ProductId,
    pub unit: UnitId,
    /// Estimated value.
    pub value: f64,
    #[serde(default)]
    pub owner: Option<MemberId>,
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub found: Option<NaiveDate>,
}

/// What some cells of the penetration matrix add up to.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellTotals {
    /// Yearly value of what they buy from us.
    pub buying: f64,
    /// Estimated value of open opportunities.
    pub opportunity: f64,
}

impl Plan {
    /// The sums of the matrix cells `pick` chooses.
    pub fn penetration_totals(&self, pick: impl Fn(&PenetrationCell) -> bool) -> CellTotals {
        self.penetration.iter().filter(|c| pick(c)).fold(CellTotals::default(), |t, c| match &c.state {
            CellState::Buying { yearly_value } => CellTotals { buying: t.buying + yearly_value, ..t },
            CellState::Opportunity { value, .. } => CellTotals { opportunity: t.opportunity + value, ..t },
            _ => t,
        })
    }

    /// A product's row of the matrix, summed.
    pub fn product_totals(&self, product: ProductId) -> CellTotals {
        self.penetration_totals(|c| c.product == product)
    }

    /// A business unit's column of the matrix, summed.
    pub fn unit_totals(&self, unit: UnitId) -> CellTotals {
        self.penetration_totals(|c| c.unit == unit)
    }

    /// How many matrix cells of `products` x `units` nobody has filled in.
    pub fn white_space(&self, products: usize, units: usize) -> usize {
        (products * units).saturating_sub(self.penetration.len())
    }

    /// Opportunities found on `day` (a workshop's tally): how many, and their value.
    pub fn found_on(&self, day: NaiveDate) -> (usize, f64) {
        let found = self.opportunities.iter().filter(|o| o.found == Some(day));
        found.fold((0, 0.0), |(n, v), o| (n + 1, v + o.value))
    }

    pub fn cell(&self, product: ProductId, unit: UnitId) -> Option<&CellState> {
        self.penetration.iter().find(|c| c.product == product && c.unit == unit).map(|c| &c.state)
    }

    /// Sets or clears a matrix cell, keeping cells sorted by product then unit.
    pub fn set_cell(&mut self, product: ProductId, unit: UnitId, state: Option<CellState>) {
        self.penetration.retain(|c| !(c.product == product && c.unit == unit));
        if let Some(state) = state {
            let pos = self.penetration.partition_point(|c| (c.product, c.unit) < (product, unit));
            self.penetration.insert(pos, PenetrationCell { product, unit, state });
        }
    }

    /// Records an opportunity and shows it in the penetration matrix. A
    /// cell where they already buy from us or from a competitor keeps what
    /// it says (the opportunity stays in the list); an open opportunity in
    /// the cell grows by the new value and takes the newest next step.
    pub fn add_opportunity(&mut self, o: Opportunity) {
        let cell = match self.cell(o.product, o.unit) {
            Some(CellState::Buying { .. } | CellState::Competitor { .. }) => None,
            Some(CellState::Opportunity { value, .. }) => Some(value + o.value),
            _ => Some(o.value),
        };
        if let Some(value) = cell {
            self.set_cell(o.product, o.unit, Some(CellState::Opportunity { value, next_step: o.next_step.clone() }));
        }
        self.opportunities.push(o);
    }

    /// Removes an opportunity and takes its value back out of an open
    /// opportunity in the matrix. A cell that held nothing but this
    /// opportunity becomes white space again, and its next step leaves the
    /// cell with it; cells where they buy from us
    /// or from a competitor are left alone.
    pub fn remove_opportunity(&mut self, index: usize) -> Option<Opportunity> {
        if index >= self.opportunities.len() {
            return None;
        }
        let o = self.opportunities.remove(index);
        let others: Vec<&Opportunity> =
            self.opportunities.iter().filter(|x| x.product == o.product && x.unit == o.unit).collect();
        if let Some(CellState::Opportunity { value, next_step }) = self.cell(o.product, o.unit) {
            let rest = (value - o.value).max(0.0);
            let state = if others.is_empty() && rest < 0.5 {
                None
            } else {
                // The removed idea's next step is no longer anyone's plan.
                let next_step = match others.last() {
                    _ if *next_step != o.next_step => next_step.clone(),
                    Some(x) => x.next_step.clone(),
                    None => String::new(),
                };
                Some(CellState::Opportunity { value: rest, next_step })
            };
            self.set_cell(o.product, o.unit, state);
        }
        Some(o)
    }

    /// Changes an opportunity's value; an open opportunity in its matrix
    /// cell changes by the same amount.
    pub fn set_opportunity_value(&mut self, index: usize, new_value: f64) {
        let Some(o) = self.opportunities.get_mut(index) else { return };
        let delta = new_value - o.value;
        o.value = new_value;
        let (product, unit) = (o.product, o.unit);
        if let Some(CellState::Opportunity { value, next_step }) = self.cell(product, unit) {
            let state = CellState::Opportunity { value: (value + delta).max(0.0), next_step: next_step.clone() };
            self.set_cell(product, unit, Some(state));
        }
    }
}
