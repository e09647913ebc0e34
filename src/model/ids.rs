//! Stable identifiers. Ids are plain numbers in the file so that a saved
//! project reads and diffs cleanly; they never change once given out.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl RawId for $name {
            fn raw(self) -> u32 {
                self.0
            }
            fn from_raw(raw: u32) -> Self {
                Self(raw)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // "contact #12", "kontakt nr 12": the kind of record in the user's language.
                // A number that names, not counts: never grouped ("#12345").
                f.write_str(&crate::i18n::tr_args($prefix, &[("n", crate::i18n::Arg::Text(self.0.to_string()))]))
            }
        }
    };
}

id_type!(
    /// One of our own people (account team member).
    MemberId,
    "id-member"
);
id_type!(
    /// One of our products or services.
    ProductId,
    "id-product"
);
id_type!(
    /// A client account in the portfolio.
    AccountId,
    "id-account"
);
id_type!(
    /// A business unit of a client.
    UnitId,
    "id-unit"
);
id_type!(
    /// A person at the client.
    ContactId,
    "id-contact"
);
id_type!(
    /// A relationship line between two people.
    RelationshipId,
    "id-relationship"
);
id_type!(
    /// A selection criterion of the scoring model.
    CriterionId,
    "id-criterion"
);
id_type!(
    /// A tier of the tier scheme.
    TierId,
    "id-tier"
);

/// An id that is a number underneath.
pub trait RawId: Copy + Ord + fmt::Display {
    fn raw(self) -> u32;
    fn from_raw(raw: u32) -> Self;
}

/// Anything that carries a numeric id, so collections can share helpers.
pub trait HasId {
    type Id: RawId;
    fn id(&self) -> Self::Id;
}

/// New ids for a collection, one after another, never one in use: past
/// the largest while there is room above it, then the gaps from 1 up (a
/// file whose largest id is 4294967295 still gets ids that are free).
/// `None` only when every id is taken.
#[derive(Clone, Debug)]
pub struct Fresh {
    used: Vec<u32>,
    above: u64,
    gap: u64,
    at: usize,
}

impl Fresh {
    /// New ids past every id in `lists` (a list now, the same list in the
    /// file's base, a draft). Only `command::NewIds` hands them out.
    pub fn past<T: HasId>(lists: &[&[T]]) -> Self {
        let mut used: Vec<u32> = lists.iter().flat_map(|l| l.iter()).map(|i| i.id().raw()).collect();
        used.sort_unstable();
        used.dedup();
        let above = used.last().map_or(1, |m| u64::from(*m) + 1);
        Self { used, above, gap: 1, at: 0 }
    }

    /// The next id, typed.
    pub fn take_id<I: RawId>(&mut self) -> Option<I> {
        self.take().map(I::from_raw)
    }

    pub fn take(&mut self) -> Option<u32> {
        if let Ok(id) = u32::try_from(self.above) {
            self.above += 1;
            return Some(id);
        }
        loop {
            let id = u32::try_from(self.gap).ok()?;
            self.gap += 1;
            while self.used.get(self.at).is_some_and(|u| *u < id) {
                self.at += 1;
            }
            if self.used.get(self.at) != Some(&id) {
                return Some(id);
            }
        }
    }
}

/// Where the item with `id` is. Collections are kept sorted by id, so this
/// is a binary search (an account can hold 100,000 imported contacts); a
/// hand-edited file may be out of order, so a miss looks through the rest.
fn position<T: HasId>(items: &[T], id: T::Id) -> Option<usize> {
    match items.binary_search_by(|probe| probe.id().cmp(&id)) {
        Ok(pos) => Some(pos),
        Err(_) => items.iter().position(|i| i.id() == id),
    }
}

/// Find an item by id.
pub fn find<T: HasId>(items: &[T], id: T::Id) -> Option<&T> {
    position(items, id).map(|pos| &items[pos])
}

/// Find an item by id for editing.
pub fn find_mut<T: HasId>(items: &mut [T], id: T::Id) -> Option<&mut T> {
    position(items, id).map(move |pos| &mut items[pos])
}

/// Insert or replace an item, keeping the collection sorted by id.
/// Returns the item it replaced, if any.
pub fn upsert<T: HasId>(items: &mut Vec<T>, item: T) -> Option<T> {
    match items.binary_search_by(|probe| probe.id().cmp(&item.id())) {
        Ok(pos) => Some(std::mem::replace(&mut items[pos], item)),
        Err(pos) => {
            items.insert(pos, item);
            None
        }
    }
}

/// Remove an item by id, returning it.
pub fn remove<T: HasId>(items: &mut Vec<T>, id: T::Id) -> Option<T> {
    let pos = position(items, id)?;
    Some(items.remove(pos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, ContactId};

    #[test]
    fn fresh_ids_go_past_the_largest_then_into_the_gaps() {
        let c = |n| Contact::new(ContactId(n), "x".to_owned());
        let mut f = Fresh::past(&[&[c(1), c(3)][..], &[c(u32::MAX - 1)]]);
        assert_eq!([f.take(), f.take(), f.take(), f.take()], [Some(u32::MAX), Some(2), Some(4), Some(5)]);
        let mut f = Fresh::past::<Contact>(&[]);
        assert_eq!((f.take(), f.take()), (Some(1), Some(2)));
    }
}
