//! What in an account refers to a record: one place, used where a record
//! is deleted (the cascade and its undo) and where a merge must not leave
//! a reference to a record the other side deleted.

use super::account::Account;
use super::ids::{ContactId, CriterionId, MemberId, ProductId, TierId, UnitId};
use super::people::PersonRef;

impl Account {
    /// A seat on the team, a line, a map position or an owner names them.
    pub fn uses_member(&self, id: MemberId) -> bool {
        let me = PersonRef::Member(id);
        self.team.iter().any(|t| t.member == id)
            || self.relationships.iter().any(|r| r.touches(me))
            || self.map.positions.contains_key(&me)
            || self.plan.activities.iter().any(|x| x.owner == Some(id))
            || self.plan.opportunities.iter().any(|x| x.owner == Some(id))
    }

    pub fn uses_product(&self, id: ProductId) -> bool {
        self.plan.penetration.iter().any(|c| c.product == id) || self.plan.opportunities.iter().any(|o| o.product == id)
    }

    pub fn uses_contact(&self, id: ContactId) -> bool {
        let them = PersonRef::Contact(id);
        self.relationships.iter().any(|r| r.touches(them))
            || self.map.positions.contains_key(&them)
            || self.plan.relationship_goals.iter().any(|g| g.contact == id)
            || self.plan.referrals.iter().any(|r| r.contact == id)
            || self.contacts.iter().any(|c| c.successor == Some(id))
    }

    pub fn uses_unit(&self, id: UnitId) -> bool {
        self.contacts.iter().any(|c| c.unit == Some(id) || c.earlier_roles.iter().any(|r| r.unit == Some(id)))
            || self.units.iter().any(|u| u.parent == Some(id))
            || self.plan.penetration.iter().any(|c| c.unit == id)
            || self.plan.opportunities.iter().any(|o| o.unit == id)
            || self.plan.competitors.iter().any(|c| c.units.contains(&id))
    }

    pub fn uses_criterion(&self, id: CriterionId) -> bool {
        self.scores.iter().any(|s| s.criterion == id)
    }

    pub fn uses_tier(&self, id: TierId) -> bool {
        self.tier_override.as_ref().is_some_and(|o| o.tier == id)
    }
}
