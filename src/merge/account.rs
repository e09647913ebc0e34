//! Merging one account held on both sides: its own fields, its people and
//! lines, scores, team, plan and map positions.

use super::in_account;
use super::lists::{by_key, by_position, keyed};
use super::record::{Conflicts, Place, merge_one};
use crate::i18n::{key_words, tr};
use crate::model::{
    Account, AccountId, KpiFigure, LifecycleStage, MapLayout, MapPos, MapState, PenetrationCell, PersonRef, Plan,
    RecordKey, RelationshipGoal, TierOverride, YearFigures,
};
use crate::t;
use serde::{Deserialize, Serialize};

/// An account's own fields (everything that is not a list).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct AccountFields {
    name: String,
    industry: String,
    lifecycle: LifecycleStage,
    current_revenue: f64,
    potential_revenue: f64,
    tier_override: Option<TierOverride>,
    layout: MapLayout,
    rhythm_days: Option<u16>,
}

fn fields(a: &Account) -> AccountFields {
    AccountFields {
        name: a.name.clone(),
        industry: a.industry.clone(),
        lifecycle: a.lifecycle,
        current_revenue: a.current_revenue,
        potential_revenue: a.potential_revenue,
        tier_override: a.tier_override.clone(),
        layout: a.map.layout,
        rhythm_days: a.rhythm_days,
    }
}

/// Sets one of an account's own fields from JSON text.
pub(super) fn set_field(a: &mut Account, field: &str, value: &str) -> Result<(), String> {
    let mut f = fields(a);
    super::resolve::edit_json(&mut f, field, value)?;
    a.name = f.name;
    a.industry = f.industry;
    a.lifecycle = f.lifecycle;
    a.current_revenue = f.current_revenue;
    a.potential_revenue = f.potential_revenue;
    a.tier_override = f.tier_override;
    a.map.layout = f.layout;
    a.rhythm_days = f.rhythm_days;
    Ok(())
}

/// Sets one of a plan's texts from JSON text.
pub(super) fn set_plan_text(p: &mut Plan, field: &str, value: &str) -> Result<(), String> {
    let mut f = texts(p);
    super::resolve::edit_json(&mut f, field, value)?;
    p.overall_goal = f.overall_goal;
    p.strategy = f.strategy;
    p.success_factors = f.success_factors;
    p.notes = f.notes;
    p.offerings_and_markets = f.offerings_and_markets;
    p.client_goals = f.client_goals;
    p.organisation = f.organisation;
    p.sources = f.sources;
    p.purchases = f.purchases;
    Ok(())
}

pub fn merge(b: &Account, o: &Account, t: &Account, c: &mut Conflicts) -> Account {
    if o == t || t == b {
        return o.clone();
    }
    if o == b {
        return t.clone();
    }
    let aid = o.id;
    let at = |what: String| in_account(&o.name, &what);
    let own = merge_one(
        Some(&fields(b)),
        Some(&fields(o)),
        Some(&fields(t)),
        || Place { key: RecordKey::Account(aid), words: t!("check-at-account", name = &o.name) },
        c,
    )
    .unwrap_or_else(|| fields(o));
    // Every field named, so a new field of Account does not compile here
    // until the merge takes care of it.
    let Account {
        id: _,
        name: _,
        industry: _,
        lifecycle: _,
        current_revenue: _,
        potential_revenue: _,
        units: _,
        contacts: _,
        relationships: _,
        scores: _,
        tier_override: _,
        team: _,
        plan: _,
        map: MapState { layout: _, positions: _ },
        rhythm_days: _,
        erased: _,
    } = o;
    let units = by_key(
        &b.units,
        &o.units,
        &t.units,
        |u| u.id,
        true,
        |id, u, _| Place { key: RecordKey::Unit(aid, *id), words: at(t!("merge-place-unit", name = &u.name)) },
        c,
    );
    let contacts = by_key(
        &b.contacts,
        &o.contacts,
        &t.contacts,
        |x| x.id,
        true,
        |id, x, _| Place { key: RecordKey::Contact(aid, *id), words: at(t!("merge-place-contact", name = &x.name)) },
        c,
    );
    let relationships = by_key(
        &b.relationships,
        &o.relationships,
        &t.relationships,
        |x| x.id,
        true,
        |id, _, _| Place { key: RecordKey::Line(aid, *id), words: at(id.to_string()) },
        c,
    );
    let scores = by_key(
        &b.scores,
        &o.scores,
        &t.scores,
        |s| s.criterion,
        true,
        |k, _, _| Place {
            key: RecordKey::Score(aid, *k),
            words: at(t!("merge-place-score", criterion = k.to_string())),
        },
        c,
    );
    let team = merge_team(aid, &at, b, o, t, c);
    let positions = merge_positions(aid, &at, b, o, t, c);
    let plan = merge_plan(aid, &at, &b.plan, &o.plan, &t.plan, c);
    Account {
        id: aid,
        name: own.name,
        industry: own.industry,
        lifecycle: own.lifecycle,
        current_revenue: own.current_revenue,
        potential_revenue: own.potential_revenue,
        units,
        contacts,
        relationships,
        scores,
        tier_override: own.tier_override,
        team,
        plan,
        map: MapState { layout: own.layout, positions },
        rhythm_days: own.rhythm_days,
        erased: super::erased::union(&o.erased, &t.erased),
    }
}

/// The account team, seat by seat, kept in the order it is listed.
fn merge_team(
    aid: AccountId,
    at: &dyn Fn(String) -> String,
    b: &Account,
    o: &Account,
    t: &Account,
    c: &mut Conflicts,
) -> Vec<crate::model::TeamAssignment> {
    by_key(
        &b.team,
        &o.team,
        &t.team,
        |x| x.member,
        false,
        |k, _, _| Place {
            key: RecordKey::Team(aid, *k),
            words: at(t!("merge-place-team-seat", member = k.to_string())),
        },
        c,
    )
}

/// Where each person stands on the map, person by person.
fn merge_positions(
    aid: AccountId,
    at: &dyn Fn(String) -> String,
    b: &Account,
    o: &Account,
    t: &Account,
    c: &mut Conflicts,
) -> std::collections::BTreeMap<PersonRef, MapPos> {
    fn side(a: &Account) -> Vec<(PersonRef, &MapPos)> {
        a.map.positions.iter().map(|(k, v)| (*k, v)).collect()
    }
    keyed(
        side(b),
        side(o),
        side(t),
        true,
        |k, _, _| Place {
            key: RecordKey::Position(aid, *k),
            words: at(t!("merge-place-position", person = k.to_string())),
        },
        c,
    )
    .into_iter()
    .collect()
}

/// Whether no two entries of `list` share a key.
fn distinct<T, K: Ord>(list: &[T], key: impl Fn(&T) -> K) -> bool {
    let mut keys: Vec<K> = list.iter().map(key).collect();
    keys.sort();
    keys.windows(2).all(|w| w[0] != w[1])
}

/// The plan's texts (everything that is not a list).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct PlanTexts {
    overall_goal: String,
    strategy: String,
    success_factors: String,
    notes: String,
    offerings_and_markets: String,
    client_goals: String,
    organisation: String,
    sources: String,
    purchases: String,
}

fn texts(p: &Plan) -> PlanTexts {
    PlanTexts {
        overall_goal: p.overall_goal.clone(),
        strategy: p.strategy.clone(),
        success_factors: p.success_factors.clone(),
        notes: p.notes.clone(),
        offerings_and_markets: p.offerings_and_markets.clone(),
        client_goals: p.client_goals.clone(),
        organisation: p.organisation.clone(),
        sources: p.sources.clone(),
        purchases: p.purchases.clone(),
    }
}

fn merge_plan(aid: AccountId, at: &dyn Fn(String) -> String, b: &Plan, o: &Plan, t: &Plan, c: &mut Conflicts) -> Plan {
    if o == t || t == b {
        return o.clone();
    }
    if o == b {
        return t.clone();
    }
    let plan_place = || Place { key: RecordKey::Plan(aid), words: at(tr("merge-place-plan")) };
    let own = merge_one(Some(&texts(b)), Some(&texts(o)), Some(&texts(t)), plan_place, c).unwrap_or_else(|| texts(o));
    let item = |list: &'static str| {
        move |i: usize| Place {
            key: RecordKey::PlanItem(aid, list.into(), i),
            words: at(t!("merge-place-plan-entry", list = key_words(list), n = (i + 1).to_string())),
        }
    };
    macro_rules! positional {
        ($list:ident) => {
            by_position(&b.$list, &o.$list, &t.$list, item(stringify!($list)), c)
        };
    }
    // A list whose entries are told apart by what they are about (a goal by
    // its contact, a KPI by its year and kind) merges by that; where some
    // side holds two entries about the same (two goals for one person, as a
    // new goal is until its person is picked), by position, so neither is lost.
    macro_rules! natural {
        ($list:ident, $key:expr) => {{
            let key = $key;
            if [&b.$list, &o.$list, &t.$list].iter().all(|l| distinct(l, &key)) {
                let place = |_: &_, _: &_, i: usize| item(stringify!($list))(i);
                by_key(&b.$list, &o.$list, &t.$list, key, false, place, c)
            } else {
                positional!($list)
            }
        }};
    }
    let Plan {
        overall_goal: _,
        strategy: _,
        success_factors: _,
        notes: _,
        economics: _,
        offerings_and_markets: _,
        client_goals: _,
        organisation: _,
        sources: _,
        agreements: _,
        purchases: _,
        kpis: _,
        activities: _,
        relationship_goals: _,
        competitors: _,
        partners: _,
        meetings: _,
        reviews: _,
        referrals: _,
        penetration: _,
        opportunities: _,
    } = o;
    Plan {
        overall_goal: own.overall_goal,
        strategy: own.strategy,
        success_factors: own.success_factors,
        notes: own.notes,
        economics: natural!(economics, |x: &YearFigures| x.year),
        offerings_and_markets: own.offerings_and_markets,
        client_goals: own.client_goals,
        organisation: own.organisation,
        sources: own.sources,
        agreements: positional!(agreements),
        purchases: own.purchases,
        kpis: natural!(kpis, |x: &KpiFigure| (x.year, x.kpi)),
        activities: positional!(activities),
        relationship_goals: natural!(relationship_goals, |x: &RelationshipGoal| x.contact),
        competitors: positional!(competitors),
        partners: positional!(partners),
        meetings: positional!(meetings),
        reviews: positional!(reviews),
        referrals: positional!(referrals),
        penetration: natural!(penetration, |x: &PenetrationCell| (x.product, x.unit)),
        opportunities: positional!(opportunities),
    }
}
