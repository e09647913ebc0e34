//! Checks a project for problems. Never panics; every finding says what
//! is wrong and where, in words a user can act on.

use super::account::Account;
use super::enums::RelKind;
use super::ids::{HasId, RawId};
use super::people::{PersonRef, SCALE_MAX, SCALE_MIN};
use super::{ContactId, Project, UnitId};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One finding of `validate()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where: e.g. `account "Nordvik" > contact #12 "Anna Berg"`.
    pub location: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}: {}", self.location, self.message)
    }
}

struct Report(Vec<Problem>);

impl Report {
    fn error(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, location, message);
    }
    fn warning(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, location, message);
    }
    fn push(&mut self, severity: Severity, location: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { severity, location: location.into(), message: message.into() });
    }
}

/// Reports every id that occurs more than once in a collection.
fn duplicates<T: HasId>(report: &mut Report, items: &[T], location: &str) {
    let mut seen = BTreeSet::new();
    for item in items {
        if !seen.insert(item.id().raw()) {
            report.error(location, format!("{} is used more than once", item.id()));
        }
    }
}

fn check_scale(report: &mut Report, value: u8, what: &str, location: String) {
    if !(SCALE_MIN..=SCALE_MAX).contains(&value) {
        report.error(location, format!("{what} is {value}, but must be {SCALE_MIN} to {SCALE_MAX}"));
    }
}

/// Runs every check on a project.
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    duplicates(&mut r, &project.members, "team members");
    duplicates(&mut r, &project.products, "products");
    duplicates(&mut r, &project.accounts, "accounts");
    check_scoring(&mut r, project);
    check_texts(&mut r, project);
    for account in &project.accounts {
        check_account(&mut r, project, account);
    }
    r.0
}

/// Texts on one line (names, titles, addresses) may be this long.
pub const MAX_LINE_CHARS: usize = 500;
/// Longer texts (notes, evidence, plan sections) may be this long.
pub const MAX_TEXT_CHARS: usize = 50_000;
/// Fields that hold one line: no line breaks or tabs there.
const ONE_LINE: &[&str] = &[
    "name",
    "title",
    "email",
    "phone",
    "industry",
    "location",
    "category",
    "our_company",
    "currency",
    "role",
    "reviewer",
    "kind",
    "service",
];

fn who(p: PersonRef) -> String {
    match p {
        PersonRef::Member(m) => m.to_string(),
        PersonRef::Contact(c) => c.to_string(),
    }
}

/// Every text: no control characters (line breaks and tabs allowed where
/// a text has several lines), and not longer than a text of its kind may be.
fn check_texts(r: &mut Report, project: &Project) {
    use super::texts::{Step, walk};
    walk(project, &mut |path, text| {
        let field = path.iter().rev().find_map(|s| if let Step::Field(f) = s { Some(*f) } else { None }).unwrap_or("");
        let one_line = ONE_LINE.contains(&field);
        let allowed = |c: char| !one_line && matches!(c, '\n' | '\t' | '\r');
        if let Some((at, c)) = text.char_indices().find(|(_, c)| c.is_control() && !allowed(*c)) {
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            r.error(
                place(project, path),
                format!(
                    "{field} contains a control character (U+{:04X}) at line {line}, column {column}; remove it",
                    u32::from(c)
                ),
            );
        }
        let limit = if one_line { MAX_LINE_CHARS } else { MAX_TEXT_CHARS };
        let n = text.chars().count();
        if n > limit {
            r.error(place(project, path), format!("{field} is {n} characters long; it may be at most {limit}"));
        }
    });
}

/// Where a text is, in words: `account "Nordvik" > contact #12 > name`.
fn place(project: &Project, path: &[super::texts::Step]) -> String {
    use super::texts::Step;
    let short = |s: &str| -> String {
        let cut: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
        if s.chars().count() > 40 { format!("{cut}…") } else { cut }
    };
    let mut parts = Vec::new();
    let mut account = None;
    let mut i = 0;
    while i < path.len() {
        match (&path[i], path.get(i + 1)) {
            (Step::Field("accounts"), Some(Step::Index(k))) => {
                account = project.accounts.get(*k);
                parts.push(account.map_or(format!("account {}", k + 1), |a| format!("account \"{}\"", short(&a.name))));
                i += 2;
            }
            (Step::Field("contacts"), Some(Step::Index(k))) if account.is_some() => {
                let c = account.and_then(|a| a.contacts.get(*k));
                parts.push(c.map_or(format!("contact {}", k + 1), |c| format!("{} \"{}\"", c.id, short(&c.name))));
                i += 2;
            }
            (Step::Field(f), Some(Step::Index(k))) => {
                parts.push(format!("{} {}", f.replace('_', " "), k + 1));
                i += 2;
            }
            (Step::Field(f), _) => {
                parts.push(f.replace('_', " "));
                i += 1;
            }
            (Step::Index(k), _) => {
                parts.push(format!("{}", k + 1));
                i += 1;
            }
        }
    }
    // The last step is the field itself, which the message names.
    parts.pop();
    if parts.is_empty() { "project".to_owned() } else { parts.join(" > ") }
}

/// Problems of a scoring model alone (for the model editor).
pub fn scoring_problems(model: &crate::model::ScoringModel) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    check_model(&mut r, model);
    r.0
}

fn check_scoring(r: &mut Report, project: &Project) {
    check_model(r, &project.scoring);
}

fn check_model(r: &mut Report, model: &crate::model::ScoringModel) {
    duplicates(r, &model.criteria, "scoring criteria");
    duplicates(r, &model.tiers.tiers, "tier scheme");
    for c in &model.criteria {
        if !c.weight.is_finite() || c.weight < 0.0 {
            r.error(format!("criterion \"{}\"", c.name), format!("weight is {}, but must be zero or more", c.weight));
        }
    }
    if !model.criteria.is_empty() && model.total_weight() <= 0.0 {
        r.error("scoring model", "all criterion weights are zero, so no account can be scored");
    }
    if model.tiers.tiers.is_empty() {
        r.warning("tier scheme", "has no tiers, so no account gets a tier");
    }
    for t in &model.tiers.tiers {
        if !t.min_score.is_finite() || !(0.0..=100.0).contains(&t.min_score) {
            r.error(format!("tier \"{}\"", t.name), format!("threshold is {}, but must be 0 to 100", t.min_score));
        }
    }
    for pair in model.tiers.tiers.windows(2) {
        if pair[1].min_score >= pair[0].min_score {
            r.error(
                format!("tier \"{}\"", pair[1].name),
                format!(
                    "threshold {} must be below the threshold {} of \"{}\" above it (tiers run best first)",
                    pair[1].min_score, pair[0].min_score, pair[0].name
                ),
            );
        }
    }
}

fn check_account(r: &mut Report, project: &Project, account: &Account) {
    let here = format!("account \"{}\"", account.name);
    duplicates(r, &account.units, &format!("{here} > business units"));
    duplicates(r, &account.contacts, &format!("{here} > contacts"));
    duplicates(r, &account.relationships, &format!("{here} > relationships"));
    check_units(r, account, &here);
    check_contacts(r, account, &here);
    check_relationships(r, project, account, &here);
    check_reporting_cycles(r, account, &here);
    for s in &account.scores {
        let at = format!("{here} > score for {}", s.criterion);
        if project.scoring.criterion(s.criterion).is_none() {
            r.error(at.clone(), format!("refers to {}, which does not exist", s.criterion));
        }
        check_scale(r, s.value, "score", at);
    }
    if let Some(o) = &account.tier_override {
        if project.scoring.tier(o.tier).is_none() {
            r.error(format!("{here} > tier override"), format!("refers to {}, which does not exist", o.tier));
        }
        if o.reason.trim().is_empty() {
            r.error(format!("{here} > tier override"), "a tier override needs a reason");
        }
    }
    for t in &account.team {
        if project.member(t.member).is_none() {
            r.error(format!("{here} > account team"), format!("refers to {}, who does not exist", t.member));
        }
    }
    check_plan(r, project, account, &here);
    for (person, pos) in &account.map.positions {
        if !pos.is_sane() {
            r.error(
                format!("{here} > map > position of {}", who(*person)),
                format!(
                    "is ({}, {}); a position must be a finite number within ±{}",
                    pos.x,
                    pos.y,
                    crate::numbers::grouped(f64::from(super::map::MAX_COORDINATE))
                ),
            );
        }
        let exists = match person {
            PersonRef::Member(m) => project.member(*m).is_some(),
            PersonRef::Contact(c) => account.contact(*c).is_some(),
        };
        if !exists {
            let who = match person {
                PersonRef::Member(m) => m.to_string(),
                PersonRef::Contact(c) => c.to_string(),
            };
            r.warning(format!("{here} > map"), format!("has a position for {who}, who does not exist (it is ignored)"));
        }
    }
    for v in [account.current_revenue, account.potential_revenue] {
        if !v.is_finite() || v < 0.0 {
            r.error(here.clone(), format!("revenue {v} must be zero or more"));
        }
    }
}

fn check_plan(r: &mut Report, project: &Project, account: &Account, here: &str) {
    let plan = &account.plan;
    let at = |what: &str| format!("{here} > plan > {what}");
    let contact_ok = |c: ContactId| account.contact(c).is_some();
    for g in &plan.relationship_goals {
        if !contact_ok(g.contact) {
            r.error(at("relationship goals"), format!("refers to {}, who does not exist", g.contact));
        }
    }
    for x in &plan.referrals {
        if !contact_ok(x.contact) {
            r.error(at("referrals"), format!("refers to {}, who does not exist", x.contact));
        }
    }
    for a in &plan.activities {
        if let Some(m) = a.owner
            && project.member(m).is_none()
        {
            r.error(at(&format!("activity \"{}\"", a.title)), format!("owner {m} does not exist"));
        }
    }
    for c in &plan.penetration {
        if !project.products.iter().any(|p| p.id == c.product) {
            r.error(at("penetration matrix"), format!("refers to {}, which does not exist", c.product));
        }
        if account.unit(c.unit).is_none() {
            r.error(at("penetration matrix"), format!("refers to {}, which does not exist", c.unit));
        }
    }
    for o in &plan.opportunities {
        if !project.products.iter().any(|p| p.id == o.product) || account.unit(o.unit).is_none() {
            r.error(at("opportunities"), format!("refers to {} at {}, which does not exist", o.product, o.unit));
        }
        if let Some(m) = o.owner
            && project.member(m).is_none()
        {
            r.error(at("opportunities"), format!("owner {m} does not exist"));
        }
    }
    for c in &plan.competitors {
        for u in &c.units {
            if account.unit(*u).is_none() {
                r.error(at(&format!("competitor \"{}\"", c.name)), format!("refers to {u}, which does not exist"));
            }
        }
    }
    for a in &plan.agreements {
        if let (Some(s), Some(e)) = (a.start, a.end)
            && e < s
        {
            r.error(at(&format!("agreement \"{}\"", a.title)), format!("ends ({e}) before it starts ({s})"));
        }
    }
}

fn check_units(r: &mut Report, account: &Account, here: &str) {
    for u in &account.units {
        if let Some(p) = u.parent
            && account.unit(p).is_none()
        {
            r.error(format!("{here} > unit \"{}\"", u.name), format!("parent {p} does not exist"));
        }
    }
    // Parent chains must end: follow each chain at most `len` steps.
    let parents: BTreeMap<UnitId, UnitId> = account.units.iter().filter_map(|u| u.parent.map(|p| (u.id, p))).collect();
    for u in &account.units {
        let mut cur = u.id;
        for _ in 0..=account.units.len() {
            match parents.get(&cur) {
                Some(&p) if p == u.id => {
                    r.error(
                        format!("{here} > unit \"{}\"", u.name),
                        "is its own parent through a cycle of parent units",
                    );
                    break;
                }
                Some(&p) => cur = p,
                None => break,
            }
        }
    }
}

fn check_contacts(r: &mut Report, account: &Account, here: &str) {
    for c in &account.contacts {
        let at = format!("{here} > {} \"{}\"", c.id, c.name);
        if c.name.trim().is_empty() {
            r.warning(at.clone(), "has no name");
        }
        if let Some(u) = c.unit
            && account.unit(u).is_none()
        {
            r.error(at.clone(), format!("business unit {u} does not exist"));
        }
        check_scale(r, c.influence, "influence", at);
    }
}

fn check_relationships(r: &mut Report, project: &Project, account: &Account, here: &str) {
    for rel in &account.relationships {
        let at = format!("{here} > {}", rel.id);
        for end in [rel.from, rel.to] {
            let exists = match end {
                PersonRef::Member(m) => project.member(m).is_some(),
                PersonRef::Contact(c) => account.contact(c).is_some(),
            };
            if !exists {
                let who = match end {
                    PersonRef::Member(m) => m.to_string(),
                    PersonRef::Contact(c) => c.to_string(),
                };
                r.error(at.clone(), format!("refers to {who}, who does not exist"));
            }
        }
        if rel.from == rel.to {
            r.error(at.clone(), "connects a person with themself");
        }
        check_scale(r, rel.strength, "strength", at);
    }
}

/// Reports-to lines between contacts must not form a cycle (merged org data can).
fn check_reporting_cycles(r: &mut Report, account: &Account, here: &str) {
    let name = |id: &ContactId| account.contact(*id).map_or_else(|| id.to_string(), |c| c.name.clone());
    for found in reporting_cycles(account) {
        let names: Vec<String> = found.cycle.iter().map(name).collect();
        let mut message = format!("reporting cycle: {} -> back to the first", names.join(" -> "));
        if !found.also.is_empty() {
            let also: Vec<String> = found.also.iter().map(name).collect();
            message.push_str(&format!("; also caught in it: {}", also.join(", ")));
        }
        r.error(format!("{here} > reporting lines"), message);
    }
}

/// The reporting cycles among an account's contacts. Each tangle of people
/// who report to one another in a circle (a strongly connected component of
/// the reports-to lines, found with petgraph's Tarjan) is reported once, as
/// one shortest cycle through its smallest id followed by everyone else
/// caught in the tangle. So every person in any cycle appears in the result,
/// though a tangle with many elementary cycles is not listed cycle by cycle.
pub fn reporting_cycles(account: &Account) -> Vec<ReportingCycle> {
    let mut graph: petgraph::graphmap::DiGraphMap<ContactId, ()> = petgraph::graphmap::DiGraphMap::new();
    for rel in account.relationships.iter().filter(|r| r.kind == RelKind::ReportsTo) {
        if let (PersonRef::Contact(a), PersonRef::Contact(b)) = (rel.from, rel.to) {
            graph.add_edge(a, b, ());
        }
    }
    let mut out: Vec<ReportingCycle> = petgraph::algo::tarjan_scc(&graph)
        .into_iter()
        .filter(|scc| scc.len() > 1 || scc.first().is_some_and(|c| graph.contains_edge(*c, *c)))
        .map(|scc| tangle(&graph, scc))
        .collect();
    out.sort_by(|a, b| a.cycle.cmp(&b.cycle));
    out
}

/// People who report to one another in a circle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportingCycle {
    /// One cycle, starting at the smallest id: each reports to the next,
    /// the last to the first.
    pub cycle: Vec<ContactId>,
    /// Others caught in the same tangle of cycles.
    pub also: Vec<ContactId>,
}

impl ReportingCycle {
    /// Everyone in the tangle.
    pub fn members(&self) -> impl Iterator<Item = ContactId> + '_ {
        self.cycle.iter().chain(&self.also).copied()
    }
}

/// One tangle as a list: a shortest cycle from its smallest id back to it
/// (breadth-first within the tangle), then the rest of the tangle by id.
fn tangle(graph: &petgraph::graphmap::DiGraphMap<ContactId, ()>, mut scc: Vec<ContactId>) -> ReportingCycle {
    scc.sort();
    let members: BTreeSet<ContactId> = scc.iter().copied().collect();
    let Some(&start) = scc.first() else { return ReportingCycle { cycle: scc, also: Vec::new() } };
    let mut came_from: BTreeMap<ContactId, ContactId> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    let mut last = None;
    'search: while let Some(n) = queue.pop_front() {
        for next in graph.neighbors(n).filter(|x| members.contains(x)) {
            if next == start {
                last = Some(n);
                break 'search;
            }
            if let std::collections::btree_map::Entry::Vacant(e) = came_from.entry(next) {
                e.insert(n);
                queue.push_back(next);
            }
        }
    }
    let mut cycle = Vec::new();
    let mut at = last;
    while let Some(n) = at.filter(|n| *n != start) {
        cycle.push(n);
        at = came_from.get(&n).copied();
    }
    cycle.push(start);
    cycle.reverse();
    let also = scc.iter().copied().filter(|c| !cycle.contains(c)).collect();
    ReportingCycle { cycle, also }
}
