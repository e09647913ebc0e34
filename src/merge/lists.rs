//! Merging lists of records: by key (an id, or a natural key such as the
//! criterion of a score), or, for plan entries without one, by lining each
//! side up against the base.

use super::record::{Conflicts, Place, merge_one};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// Merges records by key. The result is in key order when `sorted` (lists
/// the model keeps sorted by id); otherwise in our order, then theirs'
/// additions.
pub fn keyed<K, T>(
    b: Vec<(K, &T)>,
    o: Vec<(K, &T)>,
    t: Vec<(K, &T)>,
    sorted: bool,
    place: impl Fn(&K, &T, usize) -> Place,
    c: &mut Conflicts,
) -> Vec<(K, T)>
where
    K: Ord + Clone,
    T: Serialize + DeserializeOwned + Clone + PartialEq,
{
    let order = if sorted {
        let mut all: Vec<K> = b.iter().chain(&o).chain(&t).map(|(k, _)| k.clone()).collect();
        all.sort();
        all.dedup();
        all
    } else {
        kept_order(&b, &o, &t)
    };
    let bm: BTreeMap<K, &T> = b.into_iter().collect();
    let om: BTreeMap<K, &T> = o.into_iter().collect();
    let tm: BTreeMap<K, &T> = t.into_iter().collect();
    let mut out = Vec::with_capacity(order.len());
    for k in order {
        let (bv, ov, tv) = (bm.get(&k).copied(), om.get(&k).copied(), tm.get(&k).copied());
        let any = ov.or(tv).or(bv).expect("a key comes from some side");
        let index = out.len();
        if let Some(v) = merge_one(bv, ov, tv, || place(&k, any, index), c) {
            out.push((k, v));
        }
    }
    out
}

/// The order of a list kept in its own order (the account team): the order
/// of the side that reordered it, or else the base's; then what only the
/// sides hold, by key. The same whichever side is ours.
fn kept_order<K: Ord + Clone, T>(b: &[(K, &T)], o: &[(K, &T)], t: &[(K, &T)]) -> Vec<K> {
    let keys = |s: &[(K, &T)]| s.iter().map(|(k, _)| k.clone()).collect::<Vec<K>>();
    let (bk, ok, tk) = (keys(b), keys(o), keys(t));
    // A side reordered the list when the keys it shares with the base stand in another order.
    let reordered = |s: &[K]| {
        let shared = |x: &[K], y: &[K]| x.iter().filter(|k| y.contains(k)).cloned().collect::<Vec<K>>();
        shared(s, &bk) != shared(&bk, s)
    };
    let mut order = match (reordered(&ok), reordered(&tk)) {
        (true, false) => ok.clone(),
        (false, true) => tk.clone(),
        _ => bk.clone(),
    };
    let mut rest: Vec<K> = bk.into_iter().chain(ok).chain(tk).filter(|k| !order.contains(k)).collect();
    rest.sort();
    rest.dedup();
    order.extend(rest);
    order
}

/// Merges a list of records that carry a key.
pub fn by_key<K, T>(
    b: &[T],
    o: &[T],
    t: &[T],
    key: impl Fn(&T) -> K,
    sorted: bool,
    place: impl Fn(&K, &T, usize) -> Place,
    c: &mut Conflicts,
) -> Vec<T>
where
    K: Ord + Clone,
    T: Serialize + DeserializeOwned + Clone + PartialEq,
{
    if t == b {
        return o.to_vec();
    }
    if o == b {
        return t.to_vec();
    }
    let side = |s| pairs(s, &key);
    keyed(side(b), side(o), side(t), sorted, place, c).into_iter().map(|(_, v)| v).collect()
}

fn pairs<'a, K, T>(s: &'a [T], key: &impl Fn(&T) -> K) -> Vec<(K, &'a T)> {
    s.iter().map(|x| (key(x), x)).collect()
}

/// For each base entry, where it is on one side (unchanged or changed), or
/// None where that side deleted it; and the side's additions.
fn line_up<T: PartialEq>(b: &[T], s: &[T]) -> (Vec<Option<usize>>, Vec<usize>) {
    let mut used = vec![false; s.len()];
    let mut at: Vec<Option<usize>> = b
        .iter()
        .map(|x| {
            let j = (0..s.len()).find(|&j| !used[j] && s[j] == *x)?;
            used[j] = true;
            Some(j)
        })
        .collect();
    // What is left pairs up in order: an entry edited in place.
    let rest: Vec<usize> = (0..s.len()).filter(|&j| !used[j]).collect();
    for (slot, j) in at.iter_mut().filter(|a| a.is_none()).zip(rest) {
        *slot = Some(j);
        used[j] = true;
    }
    let added = (0..s.len()).filter(|&j| !used[j]).collect();
    (at, added)
}

/// Merges a list whose entries have no key (activities, reviews, ...):
/// entries line up with the base by content, then by order; additions from
/// both sides are kept (once where both added the same).
pub fn by_position<T>(b: &[T], o: &[T], t: &[T], place: impl Fn(usize) -> Place, c: &mut Conflicts) -> Vec<T>
where
    T: Serialize + DeserializeOwned + Clone + PartialEq,
{
    if t == b {
        return o.to_vec();
    }
    if o == b {
        return t.to_vec();
    }
    let ((o_at, o_added), (t_at, t_added)) = (line_up(b, o), line_up(b, t));
    let mut out = Vec::with_capacity(o.len().max(t.len()));
    for (i, base) in b.iter().enumerate() {
        let (ov, tv) = (o_at[i].map(|j| &o[j]), t_at[i].map(|j| &t[j]));
        let index = out.len();
        if let Some(v) = merge_one(Some(base), ov, tv, || place(index), c) {
            out.push(v);
        }
    }
    let ours: Vec<&T> = o_added.iter().map(|&j| &o[j]).collect();
    let theirs: Vec<&T> = t_added.iter().map(|&j| &t[j]).filter(|x| !ours.contains(x)).collect();
    // The same order whichever side is ours.
    let text = |v: &[&T]| v.first().map(|x| serde_json::to_string(x).unwrap_or_default());
    let (first, second) = if text(&ours) <= text(&theirs) { (ours, theirs) } else { (theirs, ours) };
    out.extend(first.into_iter().chain(second).cloned());
    out
}
