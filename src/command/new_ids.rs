//! The one place that hands out ids for new records, used by every view,
//! the contact import and the scoring model editor.
//!
//! The rule: a new id goes past every id the project holds now and every
//! id the file held when it was last loaded or saved (the base of a
//! three-way merge). An id the file knew is never given to a new record, so
//! a merge never takes a new record for an old one that was changed or
//! deleted meanwhile. Past the largest while there is room above it, then
//! the free gaps from 1 up (`model::ids::Fresh`).

use crate::model::ids::{Fresh, HasId, RawId as _};
use crate::model::{
    Account, AccountId, ContactId, Criterion, CriterionId, MemberId, Project, RelationshipId, Tier, TierId, UnitId,
};

/// Hands out new ids for a project, given what its file held at the last
/// load or save (`None`: a project never saved, or the file is the project).
#[derive(Clone, Copy)]
pub struct NewIds<'a> {
    now: &'a Project,
    base: Option<&'a Project>,
}

impl<'a> NewIds<'a> {
    pub fn new(now: &'a Project, base: Option<&'a Project>) -> Self {
        Self { now, base }
    }

    /// New ids for one list, past the list now, in the base, and `draft`
    /// (records being edited that are not in the project yet).
    fn fresh<T: HasId + 'a>(&self, list: impl Fn(&'a Project) -> &'a [T], draft: &[T]) -> Fresh {
        Fresh::past(&[list(self.now), self.base.map_or(&[], &list), draft])
    }

    fn first<T: HasId + 'a>(&self, list: impl Fn(&'a Project) -> &'a [T], draft: &[T]) -> T::Id {
        // Every id taken (four billion records) cannot be read from a file.
        self.fresh(list, draft).take_id().unwrap_or_else(|| T::Id::from_raw(u32::MAX))
    }

    /// One list of an account (`None` when the account is not there).
    fn of<T: 'a>(account: AccountId, list: impl Fn(&'a Account) -> &'a [T]) -> impl Fn(&'a Project) -> &'a [T] {
        move |p| p.account(account).map_or(&[], &list)
    }

    pub fn account(&self) -> AccountId {
        self.first(|p| &p.accounts, &[])
    }

    pub fn member(&self) -> MemberId {
        self.first(|p| &p.members, &[])
    }

    /// A criterion for the model being edited (`draft`).
    pub fn criterion(&self, draft: &[Criterion]) -> CriterionId {
        self.first(|p| &p.scoring.criteria, draft)
    }

    /// A tier for the scheme being edited (`draft`).
    pub fn tier(&self, draft: &[Tier]) -> TierId {
        self.first(|p| &p.scoring.tiers.tiers, draft)
    }

    pub fn contact(&self, account: AccountId) -> ContactId {
        self.first(Self::of(account, |a| &a.contacts), &self.erased(account))
    }

    /// Stand-ins for the people erased from an account: their numbers are
    /// never given again (a tombstone must not fall on someone new).
    fn erased(&self, account: AccountId) -> Vec<crate::model::Contact> {
        let stones = |p: &Project| p.account(account).map(|a| a.erased.clone()).unwrap_or_default();
        let mut all = stones(self.now);
        all.extend(self.base.map(stones).unwrap_or_default());
        all.into_iter().map(|e| crate::model::Contact::new(e.id, "")).collect()
    }

    pub fn unit(&self, account: AccountId) -> UnitId {
        self.first(Self::of(account, |a| &a.units), &[])
    }

    pub fn line(&self, account: AccountId) -> RelationshipId {
        self.first(Self::of(account, |a| &a.relationships), &[])
    }

    /// Many new contacts, units and lines of one account, one after another
    /// (an import).
    pub fn for_import(&self, account: AccountId) -> ImportIds {
        ImportIds {
            contacts: self.fresh(Self::of(account, |a| &a.contacts), &self.erased(account)),
            units: self.fresh(Self::of(account, |a| &a.units), &[]),
            lines: self.fresh(Self::of(account, |a| &a.relationships), &[]),
        }
    }
}

/// New ids for the records an import adds to one account.
#[derive(Clone, Debug)]
pub struct ImportIds {
    pub contacts: Fresh,
    pub units: Fresh,
    pub lines: Fresh,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Member};

    fn member(id: u32) -> Member {
        Member {
            id: MemberId(id),
            name: format!("M{id}"),
            title: String::new(),
            email: String::new(),
            skills: String::new(),
        }
    }

    #[test]
    fn a_new_id_goes_past_the_project_and_what_the_file_held() {
        let mut base = Project::new("p");
        base.members = vec![member(1), member(7)];
        let mut now = base.clone();
        // Since the save, member 7 was deleted and 3 added.
        now.members = vec![member(1), member(3)];
        assert_eq!(NewIds::new(&now, Some(&base)).member(), MemberId(8), "7 was the file's: never given again");
        assert_eq!(NewIds::new(&now, None).member(), MemberId(4), "without a base, past the project");
    }

    #[test]
    fn an_account_list_counts_the_same_account_in_the_base_only() {
        let mut base = Project::new("p");
        let mut a = Account::new(AccountId(1), "A");
        a.contacts.push(Contact::new(ContactId(40), "Gone"));
        base.accounts.push(a.clone());
        let mut b = Account::new(AccountId(2), "B");
        b.contacts.push(Contact::new(ContactId(90), "Elsewhere"));
        base.accounts.push(b);
        let mut now = base.clone();
        now.accounts[0].contacts.clear();
        let ids = NewIds::new(&now, Some(&base));
        assert_eq!(ids.contact(AccountId(1)), ContactId(41), "past the contact the file held");
        assert_eq!(ids.contact(AccountId(3)), ContactId(1), "an account not there starts at 1");
        let mut import = ids.for_import(AccountId(1));
        assert_eq!((import.contacts.take(), import.contacts.take()), (Some(41), Some(42)), "one after another");
    }

    #[test]
    fn the_model_editor_gets_ids_past_its_draft() {
        let now = Project::new("p");
        let draft = now.scoring.criteria.clone();
        let past_all = draft.iter().map(|c| c.id.0).max().unwrap_or(0) + 1;
        let mut longer = draft.clone();
        longer.push(Criterion { id: CriterionId(past_all + 5), ..draft[0].clone() });
        assert_eq!(
            NewIds::new(&now, None).criterion(&longer),
            CriterionId(past_all + 6),
            "a criterion added in the draft counts"
        );
    }
}
