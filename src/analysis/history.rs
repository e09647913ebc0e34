//! The account over time: a snapshot of how it stands on a day, and what
//! changed between two snapshots, most important first ("what has changed
//! since last time?", the mentor's first question at a review).

use super::coverage::coverage;
use crate::i18n::tr;
use crate::model::snapshot::{ActivityThen, LineThen, PersonThen, Snapshot};
use crate::model::{
    Account, ActivityStatus, ContactId, PersonRef, Piece, Project, RelationshipId, ScoreOutcome, Stance,
};
use crate::t;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How the account stands on `date`.
pub fn snapshot(project: &Project, account: &Account, date: NaiveDate) -> Snapshot {
    let unit = |c: &crate::model::Contact| c.unit.and_then(|u| account.unit(u)).map(|u| u.name.clone());
    let people = account
        .contacts
        .iter()
        .map(|c| PersonThen {
            id: c.id,
            name: c.name.clone(),
            title: c.title.clone(),
            unit: unit(c).unwrap_or_default(),
            level: c.level,
            piece: c.piece,
            stance: c.stance,
            influence: c.influence,
            political: c.political,
            has_left: c.has_left,
            left_on: c.left_on,
            successor: c.successor,
            role_since: c.role_since(),
        })
        .collect();
    let team = super::team_on_map(project, account)
        .into_iter()
        .map(|m| (m, project.member(m).map_or_else(|| m.to_string(), |x| x.name.clone())))
        .collect();
    let lines = account
        .relationships
        .iter()
        .map(|r| LineThen {
            id: r.id,
            from: r.from,
            to: r.to,
            kind: r.kind,
            strength: r.strength,
            last_contact: r.last_contact,
        })
        .collect();
    let cov = coverage(account);
    let (score, tier) = match project.scoring.score(account) {
        ScoreOutcome::Complete(s) => (Some(s), project.scoring.tier_of(account).map(|(t, _)| t.name.clone())),
        _ => (None, None),
    };
    let activities = account
        .plan
        .activities
        .iter()
        .map(|a| ActivityThen { title: a.title.clone(), due: a.due, status: a.status })
        .collect();
    Snapshot {
        date,
        people,
        team,
        lines,
        uncovered_key: cov.uncovered_key,
        single_threaded: cov.single_threaded,
        score,
        tier,
        kpis: account.plan.kpis.clone(),
        activities,
    }
}

/// One thing that changed between two points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What it says, in the current language.
    pub text: String,
    /// The person it is about (a click selects them on the map).
    pub person: Option<PersonRef>,
    /// Better (true), worse (false) or neither for the account.
    pub better: Option<bool>,
    /// Lower comes first.
    rank: u8,
    /// A key piece (King, Queen, Rook) comes before others of the same rank.
    key: bool,
}

/// How friendly a stance is, for better and worse (Unknown is neither).
pub(crate) fn warmth(s: Stance) -> Option<u8> {
    match s {
        Stance::Enemy => Some(0),
        Stance::NonSupporter => Some(1),
        Stance::Neutral => Some(2),
        Stance::Supporter => Some(3),
        Stance::Mentor => Some(4),
        Stance::Unknown => None,
    }
}

fn is_key(p: &PersonThen) -> bool {
    matches!(p.piece, Piece::King | Piece::Queen | Piece::Rook)
}

struct List {
    out: Vec<Change>,
}

impl List {
    fn add(&mut self, rank: u8, person: Option<(&PersonThen, ContactId)>, better: Option<bool>, text: String) {
        let key = person.is_some_and(|(p, _)| is_key(p));
        self.out.push(Change { text, person: person.map(|(_, c)| PersonRef::Contact(c)), better, rank, key });
    }
}

/// What changed from `before` to `after`, most important first: key people
/// uncovered, the tier, people who left, stances, key people covered again,
/// people who joined, single threads, pieces and influence, titles, levels
/// and units, lines, the score, KPIs and activities.
pub fn changes(before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let mut list = List { out: Vec::new() };
    let (b, a) = (Side::new(before), Side::new(after));
    people(&mut list, &b, &a);
    coverage_changes(&mut list, &b, &a);
    lines(&mut list, &b, &a);
    standing(&mut list, before, after);
    plan(&mut list, before, after);
    let mut out = list.out;
    out.sort_by(|a, b| a.rank.cmp(&b.rank).then(b.key.cmp(&a.key)).then_with(|| a.text.cmp(&b.text)));
    out
}

fn people(list: &mut List, before: &Side<'_>, after: &Side<'_>) {
    for p in &after.people {
        let Some(old) = before.person(p.id).filter(|o| !o.has_left) else {
            if !p.has_left {
                list.add(50, Some((p, p.id)), None, t!("change-joined", name = &p.name));
            } else if let Some(s) = p.successor.filter(|_| before.person(p.id).is_some_and(|o| o.successor.is_none())) {
                list.add(25, Some((p, p.id)), Some(true), taken_over(after, p, s));
            }
            continue;
        };
        let who = Some((p, p.id));
        let name = &p.name;
        if p.has_left {
            let text = match p.left_on {
                Some(day) => t!("change-left-on", name = name, date = crate::i18n::numbers::date(day)),
                None => t!("change-left", name = name),
            };
            list.add(20, who, Some(false), text);
            if let Some(s) = p.successor {
                list.add(25, who, Some(true), taken_over(after, p, s));
            }
            continue;
        }
        if old.stance != p.stance {
            let better = warmth(old.stance).zip(warmth(p.stance)).map(|(a, b)| b > a);
            let id = match better {
                Some(true) => "change-stance-better",
                Some(false) => "change-stance-worse",
                None => "change-stance",
            };
            let (from, to) = (old.stance.label(), p.stance.label());
            list.add(
                30,
                who,
                better,
                crate::i18n::tr_args(
                    id,
                    &[("name", name.as_str().into()), ("from", from.as_str().into()), ("to", to.as_str().into())],
                ),
            );
        }
        if old.piece != p.piece {
            let text = t!("change-piece", name = name, from = old.piece.label(), to = p.piece.label());
            list.add(60, who, None, text);
        }
        if old.influence != p.influence {
            let better = None;
            let text =
                t!("change-influence", name = name, from = old.influence.to_string(), to = p.influence.to_string());
            list.add(62, who, better, text);
        }
        // A role change dated since then is a new role, not a title put right.
        let new_role = p.role_since.filter(|d| *d > before.date && old.role_since != p.role_since);
        if let Some(day) = new_role {
            let (from, to, date) = (&old.title, &p.title, crate::i18n::numbers::date(day));
            list.add(40, who, None, t!("change-new-role", name = name, from = from, to = to, date = date));
        } else if old.title != p.title {
            list.add(70, who, None, t!("change-title", name = name, from = &old.title, to = &p.title));
        }
        if old.level != p.level {
            list.add(72, who, None, t!("change-level", name = name, from = old.level.label(), to = p.level.label()));
        }
        if old.unit != p.unit {
            list.add(74, who, None, t!("change-unit", name = name, from = &old.unit, to = &p.unit));
        }
    }
    // Gone from the account altogether counts as left.
    for old in before.people.iter().filter(|o| !o.has_left && after.person(o.id).is_none()) {
        list.add(20, Some((old, old.id)), Some(false), t!("change-left", name = &old.name));
    }
}

/// "Bo Ek took over from Annika Berg".
fn taken_over(after: &Side<'_>, gone: &PersonThen, successor: ContactId) -> String {
    t!("change-taken-over", name = after.name_of(PersonRef::Contact(successor)), before = &gone.name)
}

/// Someone at the client (not left) in a snapshot.
fn present<'a>(s: &Side<'a>, c: ContactId) -> Option<&'a PersonThen> {
    s.person(c).filter(|p| !p.has_left)
}

/// A snapshot with its people and threads looked up by id (a 5,000-person
/// account is compared in milliseconds, not by scanning lists).
struct Side<'a> {
    snapshot: &'a Snapshot,
    by_id: HashMap<ContactId, &'a PersonThen>,
    names: HashMap<crate::model::MemberId, &'a str>,
    uncovered: HashSet<ContactId>,
    single: HashSet<ContactId>,
}

impl<'a> Side<'a> {
    fn new(snapshot: &'a Snapshot) -> Self {
        Self {
            snapshot,
            by_id: snapshot.people.iter().map(|p| (p.id, p)).collect(),
            names: snapshot.team.iter().map(|(m, n)| (*m, n.as_str())).collect(),
            uncovered: snapshot.uncovered_key.iter().copied().collect(),
            single: snapshot.single_threaded.iter().copied().collect(),
        }
    }

    fn person(&self, c: ContactId) -> Option<&'a PersonThen> {
        self.by_id.get(&c).copied()
    }

    fn name_of(&self, who: PersonRef) -> String {
        match who {
            PersonRef::Contact(c) => self.person(c).map_or_else(|| c.to_string(), |p| p.name.clone()),
            PersonRef::Member(m) => self.names.get(&m).map_or_else(|| m.to_string(), |n| (*n).to_owned()),
        }
    }
}

impl std::ops::Deref for Side<'_> {
    type Target = Snapshot;
    fn deref(&self) -> &Snapshot {
        self.snapshot
    }
}

fn lines_by_id(s: &Snapshot) -> BTreeMap<RelationshipId, &LineThen> {
    s.lines.iter().map(|l| (l.id, l)).collect()
}

fn coverage_changes(list: &mut List, before: &Side<'_>, after: &Side<'_>) {
    // Only people at the client at both points: who joins or leaves is said so.
    let both = |c: &ContactId| present(before, *c).and(present(after, *c));
    for (c, p) in
        after.uncovered_key.iter().filter(|c| !before.uncovered.contains(c)).filter_map(|c| Some((*c, both(c)?)))
    {
        list.add(10, Some((p, c)), Some(false), t!("change-uncovered", name = &p.name));
    }
    let covered = before.uncovered_key.iter().filter(|c| !after.uncovered.contains(c));
    for (c, p) in covered.filter_map(|c| Some((*c, both(c)?))).filter(|(_, p)| is_key(p)) {
        list.add(40, Some((p, c)), Some(true), t!("change-covered", name = &p.name));
    }
    for (c, p) in
        after.single_threaded.iter().filter(|c| !before.single.contains(c)).filter_map(|c| Some((*c, both(c)?)))
    {
        list.add(55, Some((p, c)), Some(false), t!("change-single-threaded", name = &p.name));
    }
}

fn lines(list: &mut List, before: &Side<'_>, after: &Side<'_>) {
    let (b, a) = (lines_by_id(before), lines_by_id(after));
    let ends = |s: &Side<'_>, l: &LineThen| (s.name_of(l.from), s.name_of(l.to));
    let person = |s: &Side<'_>, l: &LineThen| {
        [l.to, l.from].into_iter().find_map(|p| match p {
            PersonRef::Contact(c) => s.person(c).map(|x| (x.clone(), c)),
            PersonRef::Member(_) => None,
        })
    };
    let mut add = |rank, s: &Side<'_>, l: &LineThen, better, text: String| {
        let p = person(s, l);
        list.add(rank, p.as_ref().map(|(x, c)| (x, *c)), better, text);
    };
    for (id, l) in &a {
        let old = b.get(id);
        if old.is_some_and(|o| o.strength == l.strength) {
            continue;
        }
        let (from, to) = ends(after, l);
        match old {
            None => add(80, after, l, None, t!("change-line-gained", from = &from, to = &to, kind = l.kind.label())),
            Some(o) => {
                let (old, new) = (o.strength.to_string(), l.strength.to_string());
                let text = if o.strength < l.strength {
                    t!("change-line-stronger", from = &from, to = &to, old = old, new = new)
                } else {
                    t!("change-line-weaker", from = &from, to = &to, old = old, new = new)
                };
                add(84, after, l, Some(o.strength < l.strength), text);
            }
        }
    }
    for (id, l) in &b {
        if !a.contains_key(id) {
            let (from, to) = ends(before, l);
            add(82, before, l, None, t!("change-line-lost", from = &from, to = &to, kind = l.kind.label()));
        }
    }
}

fn standing(list: &mut List, before: &Snapshot, after: &Snapshot) {
    if before.tier != after.tier {
        let none = || tr("change-no-tier");
        let (from, to) = (before.tier.clone().unwrap_or_else(none), after.tier.clone().unwrap_or_else(none));
        list.add(15, None, None, t!("change-tier", from = &from, to = &to));
    }
    if let (Some(x), Some(y)) = (before.score, after.score)
        && (x - y).abs() >= 0.5
    {
        let text = t!("change-score", from = format!("{x:.0}"), to = format!("{y:.0}"));
        list.add(90, None, Some(y > x), text);
    }
}

fn plan(list: &mut List, before: &Snapshot, after: &Snapshot) {
    for k in &after.kpis {
        let old = before.kpis.iter().find(|o| o.year == k.year && o.kpi == k.kpi);
        if old.is_some_and(|o| o.actual == k.actual) || k.actual.is_none() {
            continue;
        }
        let actual = crate::i18n::numbers::compact(k.actual.unwrap_or(0.0));
        let target = k.target.map_or_else(|| "—".to_owned(), crate::i18n::numbers::compact);
        let met = k.target.zip(k.actual).map(|(t, a)| a >= t);
        let text = t!("change-kpi", kpi = k.kpi.label(), year = k.year.to_string(), actual = &actual, target = &target);
        list.add(94, None, met, text);
    }
    let open = |a: &ActivityThen| !matches!(a.status, ActivityStatus::Done | ActivityStatus::Dropped);
    let overdue = |a: &ActivityThen, day: NaiveDate| open(a) && a.due.is_some_and(|d| d < day);
    for a in &after.activities {
        let old = before.activities.iter().find(|o| o.title == a.title);
        let was = |f: &dyn Fn(&ActivityThen) -> bool| old.is_some_and(f);
        if a.status == ActivityStatus::Done && !was(&|o| o.status == ActivityStatus::Done) {
            list.add(96, None, Some(true), t!("change-activity-done", title = &a.title));
        } else if a.status == ActivityStatus::Dropped && !was(&|o| o.status == ActivityStatus::Dropped) {
            list.add(97, None, None, t!("change-activity-dropped", title = &a.title));
        } else if overdue(a, after.date) && !was(&|o| overdue(o, before.date)) {
            let due = a.due.map(|d| d.to_string()).unwrap_or_default();
            list.add(95, None, Some(false), t!("change-activity-overdue", title = &a.title, due = &due));
        }
    }
}
