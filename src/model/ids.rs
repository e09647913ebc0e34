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

/// The next free id in a collection: one more than the largest in use.
pub fn next_id<T: HasId>(items: &[T]) -> T::Id {
    let max = items.iter().map(|i| i.id().raw()).max().unwrap_or(0);
    T::Id::from_raw(max.saturating_add(1))
}

/// The next id past both `items` and `before` (what the file held when it
/// was last loaded or saved): an id the file knew is never given to a new
/// record, so a three-way merge never takes a new record for an old one
/// that was changed.
pub fn next_id_past<T: HasId>(items: &[T], before: &[T]) -> T::Id {
    let max = items.iter().chain(before).map(|i| i.id().raw()).max().unwrap_or(0);
    T::Id::from_raw(max.saturating_add(1))
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
