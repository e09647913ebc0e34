//! Three-way merge of projects by stable ids: the base both sides started
//! from, ours (in memory, or git's %A) and theirs (on disk, or git's %B).
//!
//! Per record and per field: a change on one side is taken; additions on
//! either side are kept; a deletion on one side of a record the other left
//! alone deletes it; the same field changed differently on both sides, or a
//! record deleted on one side and changed on the other, is a conflict. Ours
//! is kept for a conflict, and the conflict says how to take theirs
//! (`resolve`). Lists keep their sorted order, so a merged file diffs cleanly.

mod erased;
mod lists;
mod record;
pub mod renumber;
mod repair;
mod resolve;

pub use renumber::Renumbered;
pub use resolve::{resolve, resolve_all};

use crate::i18n::tr;
use crate::model::{Account, AccountId, Conflict, FORMAT_VERSION, Project, RecordKey, ScoringModel, TierScheme};
use crate::t;
use lists::by_key;
use record::{Conflicts, Place, merge_one};
use serde::{Deserialize, Serialize};

/// The result of a merge.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The merged project, with ours where the sides conflict.
    pub project: Project,
    /// What the user still has to pick (also in `project.conflicts`).
    pub conflicts: Vec<Conflict>,
    /// Records that got a new id because both sides had used it.
    pub renumbered: Vec<Renumbered>,
}

/// Merges `ours` and `theirs`, both descended from `base`.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> Merged {
    let (mut b, mut o, mut t) = (base.clone(), ours.clone(), theirs.clone());
    erased::clear(&mut b, &mut o, &mut t);
    let base = &b;
    let renumbered = renumber::renumber(base, &mut o, &mut t);
    let mut c = Conflicts::default();
    let mut project = merge_project(base, &o, &t, &mut c);
    repair::repair(&mut project, base, &o, &t, &mut c);
    // Conflicts left over from an earlier merge stay until settled.
    let mut conflicts = o.conflicts.clone();
    conflicts.extend(t.conflicts.iter().filter(|x| !o.conflicts.contains(x)).cloned());
    conflicts.extend(c.0);
    project.conflicts = conflicts.clone();
    Merged { project, conflicts, renumbered }
}

fn place(key: RecordKey, words: String) -> Place {
    Place { key, words }
}

/// The project's own fields.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ProjectFields {
    pub name: String,
    pub our_company: String,
    pub currency: String,
    #[serde(default)]
    pub retention_months: Option<u16>,
}

pub(super) fn project_fields(p: &Project) -> ProjectFields {
    ProjectFields {
        name: p.name.clone(),
        our_company: p.our_company.clone(),
        currency: p.currency.clone(),
        retention_months: p.retention_months,
    }
}

fn merge_project(b: &Project, o: &Project, t: &Project, c: &mut Conflicts) -> Project {
    let fields = merge_one(
        Some(&project_fields(b)),
        Some(&project_fields(o)),
        Some(&project_fields(t)),
        || place(RecordKey::Project, tr("merge-place-project")),
        c,
    )
    .unwrap_or_else(|| project_fields(o));
    let members = by_key(
        &b.members,
        &o.members,
        &t.members,
        |m| m.id,
        true,
        |id, m, _| place(RecordKey::Member(*id), t!("merge-place-member", name = &m.name)),
        c,
    );
    let products = by_key(
        &b.products,
        &o.products,
        &t.products,
        |x| x.id,
        true,
        |id, x, _| place(RecordKey::Product(*id), t!("merge-place-product", name = &x.name)),
        c,
    );
    let scoring = merge_scoring(&b.scoring, &o.scoring, &t.scoring, c);
    let accounts = merge_accounts(b, o, t, c);
    Project {
        format_version: FORMAT_VERSION,
        name: fields.name,
        our_company: fields.our_company,
        currency: fields.currency,
        members,
        products,
        scoring,
        accounts,
        conflicts: Vec::new(),
        retention_months: fields.retention_months,
    }
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ScoringFields {
    pub scheme: String,
    pub max_key_accounts: u32,
}

pub(super) fn scoring_fields(s: &ScoringModel) -> ScoringFields {
    ScoringFields { scheme: s.tiers.name.clone(), max_key_accounts: s.max_key_accounts }
}

fn merge_scoring(b: &ScoringModel, o: &ScoringModel, t: &ScoringModel, c: &mut Conflicts) -> ScoringModel {
    if o == t || t == b {
        return o.clone();
    }
    if o == b {
        return t.clone();
    }
    let f = scoring_fields;
    let fields =
        merge_one(Some(&f(b)), Some(&f(o)), Some(&f(t)), || place(RecordKey::Scoring, tr("merge-place-scoring")), c)
            .unwrap_or_else(|| f(o));
    let criteria = by_key(
        &b.criteria,
        &o.criteria,
        &t.criteria,
        |x| x.id,
        true,
        |id, x, _| place(RecordKey::Criterion(*id), t!("merge-place-criterion", name = &x.name)),
        c,
    );
    let tiers = by_key(
        &b.tiers.tiers,
        &o.tiers.tiers,
        &t.tiers.tiers,
        |x| x.id,
        false,
        |id, x, _| place(RecordKey::Tier(*id), t!("merge-place-tier", name = &x.name)),
        c,
    );
    ScoringModel {
        criteria,
        tiers: TierScheme { name: fields.scheme, tiers },
        max_key_accounts: fields.max_key_accounts,
    }
}

fn merge_accounts(b: &Project, o: &Project, t: &Project, c: &mut Conflicts) -> Vec<Account> {
    if t.accounts == b.accounts {
        return o.accounts.clone();
    }
    if o.accounts == b.accounts {
        return t.accounts.clone();
    }
    let ids: std::collections::BTreeSet<AccountId> =
        [b, o, t].iter().flat_map(|p| p.accounts.iter().map(|a| a.id)).collect();
    let mut out = Vec::new();
    for id in ids {
        match (b.account(id), o.account(id), t.account(id)) {
            (_, Some(oa), Some(ta)) => {
                let empty = Account::new(id, "");
                out.push(account::merge(b.account(id).unwrap_or(&empty), oa, ta, c));
            }
            (ba, oa, ta) => {
                let words = |a: &Account| t!("check-at-account", name = &a.name);
                let any = oa.or(ta).or(ba).map(words).unwrap_or_default();
                if let Some(a) = merge_one(ba, oa, ta, || place(RecordKey::Account(id), any), c) {
                    out.push(a);
                }
            }
        }
    }
    out
}

mod account;

/// A place inside an account: `account "Nordvik" > contact "Anna Berg"`.
fn in_account(account: &str, what: &str) -> String {
    format!("{} > {what}", t!("check-at-account", name = account))
}
