//! Checks a project for problems. Never panics; every finding says what
//! is wrong and where, in words a user can act on.

use super::account::Account;
use super::enums::RelKind;
use super::ids::{HasId, RawId as _};
use super::people::{PersonRef, SCALE_MAX, SCALE_MIN};
use super::{ContactId, Project, UnitId};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::i18n::{key_words, tr};
use crate::t;

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
            Severity::Error => crate::i18n::tr("check-error"),
            Severity::Warning => crate::i18n::tr("check-warning"),
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
            report.error(location, t!("check-id-used-twice", id = item.id().to_string()));
        }
    }
}

fn check_scale(report: &mut Report, value: u8, what: &str, location: String) {
    if !(SCALE_MIN..=SCALE_MAX).contains(&value) {
        report.error(
            location,
            t!("check-out-of-scale", what = tr(what), value = value, min = SCALE_MIN, max = SCALE_MAX),
        );
    }
}

/// Runs every check on a project.
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    duplicates(&mut r, &project.members, &tr("check-at-team-members"));
    duplicates(&mut r, &project.products, &tr("check-at-products"));
    duplicates(&mut r, &project.accounts, &tr("check-at-accounts"));
    check_scoring(&mut r, project);
    check_texts(&mut r, project);
    check_numbers(&mut r, project);
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
        let bad = |c: char| (c.is_control() && !allowed(c)) || super::texts::is_noncharacter(c);
        if let Some((at, c)) = text.char_indices().find(|(_, c)| bad(*c)) {
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let (field, code) = (key_words(field), format!("U+{:04X}", u32::from(c)));
            let words = if c.is_control() {
                t!("check-control-character", field = field, code = code, line = line, column = column)
            } else {
                t!("check-noncharacter", field = field, code = code, line = line, column = column)
            };
            r.error(place(project, path), words);
        }
        let limit = if one_line { MAX_LINE_CHARS } else { MAX_TEXT_CHARS };
        let n = text.chars().count();
        if n > limit {
            r.error(place(project, path), t!("check-too-long", field = key_words(field), length = n, limit = limit));
        }
    });
}

/// Every number is a number: NaN and infinity (written as such, or as a
/// number too large to hold) are reported where they are. Range checks
/// of particular numbers come after; this catches the fields they miss.
fn check_numbers(r: &mut Report, project: &Project) {
    use super::texts::{Step, walk_numbers};
    walk_numbers(project, &mut |path, v| {
        // These have checks of their own that say what range they take.
        let own = [Step::Field("positions"), Step::Field("weight"), Step::Field("min_score")];
        if v.is_finite() || path.iter().any(|s| own.contains(s)) {
            return;
        }
        let field = path.iter().rev().find_map(|s| if let Step::Field(f) = s { Some(*f) } else { None }).unwrap_or("");
        let shown = if v.is_nan() { "NaN".to_owned() } else { format!("{v}") };
        r.error(place(project, path), t!("check-not-a-number", field = key_words(field), value = shown));
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
                parts.push(account.map_or_else(
                    || t!("check-at-account-number", n = k + 1),
                    |a| t!("check-at-account", name = short(&a.name)),
                ));
                i += 2;
            }
            (Step::Field("contacts"), Some(Step::Index(k))) if account.is_some() => {
                let c = account.and_then(|a| a.contacts.get(*k));
                parts.push(c.map_or_else(
                    || t!("check-at-contact-number", n = k + 1),
                    |c| t!("check-at-record", id = c.id.to_string(), name = short(&c.name)),
                ));
                i += 2;
            }
            (Step::Field(f), Some(Step::Index(k))) => {
                parts.push(format!("{} {}", key_words(f), k + 1));
                i += 2;
            }
            (Step::Field(f), _) => {
                parts.push(key_words(f));
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
    if parts.is_empty() { tr("check-at-project") } else { parts.join(" > ") }
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
    duplicates(r, &model.criteria, &tr("check-at-criteria"));
    duplicates(r, &model.tiers.tiers, &tr("check-at-tier-scheme"));
    for c in &model.criteria {
        if !c.weight.is_finite() || c.weight < 0.0 {
            r.error(
                t!("check-at-criterion", name = &c.name),
                t!("check-negative-weight", weight = c.weight.to_string()),
            );
        }
    }
    if !model.criteria.is_empty() && model.total_weight() <= 0.0 {
        r.error(tr("check-at-scoring-model"), tr("check-all-weights-zero"));
    }
    if model.tiers.tiers.is_empty() {
        r.warning(tr("check-at-tier-scheme"), tr("check-no-tiers"));
    }
    for t in &model.tiers.tiers {
        if !t.min_score.is_finite() || !(0.0..=100.0).contains(&t.min_score) {
            r.error(
                t!("check-at-tier", name = &t.name),
                t!("check-threshold-range", threshold = t.min_score.to_string()),
            );
        }
    }
    for pair in model.tiers.tiers.windows(2) {
        if pair[1].min_score >= pair[0].min_score {
            r.error(
                t!("check-at-tier", name = &pair[1].name),
                t!(
                    "check-threshold-order",
                    threshold = pair[1].min_score.to_string(),
                    above = pair[0].min_score.to_string(),
                    tier = &pair[0].name
                ),
            );
        }
    }
}

fn check_account(r: &mut Report, project: &Project, account: &Account) {
    let here = t!("check-at-account", name = &account.name);
    let within = |what: &str| format!("{here} > {}", tr(what));
    duplicates(r, &account.units, &within("check-at-units"));
    duplicates(r, &account.contacts, &within("check-at-contacts"));
    duplicates(r, &account.relationships, &within("check-at-relationships"));
    check_units(r, account, &here);
    check_contacts(r, account, &here);
    check_relationships(r, project, account, &here);
    check_reporting_cycles(r, account, &here);
    for s in &account.scores {
        let at = format!("{here} > {}", t!("check-at-score-for", criterion = s.criterion.to_string()));
        if project.scoring.criterion(s.criterion).is_none() {
            r.error(at.clone(), t!("check-refers-to-missing", id = s.criterion.to_string()));
        }
        check_scale(r, s.value, "check-what-score", at);
    }
    if let Some(o) = &account.tier_override {
        if project.scoring.tier(o.tier).is_none() {
            r.error(within("check-at-tier-override"), t!("check-refers-to-missing", id = o.tier.to_string()));
        }
        if o.reason.trim().is_empty() {
            r.error(within("check-at-tier-override"), tr("check-override-needs-reason"));
        }
    }
    for t in &account.team {
        if project.member(t.member).is_none() {
            r.error(within("check-at-account-team"), t!("check-refers-to-missing-person", id = t.member.to_string()));
        }
    }
    check_plan(r, project, account, &here);
    for (person, pos) in &account.map.positions {
        if !pos.is_sane() {
            r.error(
                format!("{here} > {}", t!("check-at-position-of", person = who(*person))),
                t!(
                    "check-position-range",
                    x = pos.x.to_string(),
                    y = pos.y.to_string(),
                    max = crate::i18n::numbers::grouped(f64::from(super::map::MAX_COORDINATE))
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
            r.warning(within("check-at-map"), t!("check-position-of-missing", id = who));
        }
    }
    for v in [account.current_revenue, account.potential_revenue] {
        // Not a number at all is reported by `check_numbers`.
        if v < 0.0 {
            r.error(here.clone(), t!("check-negative-revenue", revenue = v.to_string()));
        }
    }
}

fn check_plan(r: &mut Report, project: &Project, account: &Account, here: &str) {
    let plan = &account.plan;
    let at = |what: &str| format!("{here} > {} > {what}", tr("check-at-plan"));
    let contact_ok = |c: ContactId| account.contact(c).is_some();
    for g in &plan.relationship_goals {
        if !contact_ok(g.contact) {
            r.error(
                at(&tr("check-at-relationship-goals")),
                t!("check-refers-to-missing-person", id = g.contact.to_string()),
            );
        }
    }
    for x in &plan.referrals {
        if !contact_ok(x.contact) {
            r.error(at(&tr("check-at-referrals")), t!("check-refers-to-missing-person", id = x.contact.to_string()));
        }
    }
    for a in &plan.activities {
        if let Some(m) = a.owner
            && project.member(m).is_none()
        {
            r.error(at(&t!("check-at-activity", name = &a.title)), t!("check-owner-missing", id = m.to_string()));
        }
    }
    for c in &plan.penetration {
        if !project.products.iter().any(|p| p.id == c.product) {
            r.error(at(&tr("check-at-matrix")), t!("check-refers-to-missing", id = c.product.to_string()));
        }
        if account.unit(c.unit).is_none() {
            r.error(at(&tr("check-at-matrix")), t!("check-refers-to-missing", id = c.unit.to_string()));
        }
    }
    for o in &plan.opportunities {
        if !project.products.iter().any(|p| p.id == o.product) || account.unit(o.unit).is_none() {
            r.error(
                at(&tr("check-at-opportunities")),
                t!("check-cell-missing", product = o.product.to_string(), unit = o.unit.to_string()),
            );
        }
        if let Some(m) = o.owner
            && project.member(m).is_none()
        {
            r.error(at(&tr("check-at-opportunities")), t!("check-owner-missing", id = m.to_string()));
        }
    }
    for c in &plan.competitors {
        for u in &c.units {
            if account.unit(*u).is_none() {
                r.error(
                    at(&t!("check-at-competitor", name = &c.name)),
                    t!("check-refers-to-missing", id = u.to_string()),
                );
            }
        }
    }
    for a in &plan.agreements {
        if let (Some(s), Some(e)) = (a.start, a.end)
            && e < s
        {
            r.error(
                at(&t!("check-at-agreement", name = &a.title)),
                t!("check-ends-before-start", end = e.to_string(), start = s.to_string()),
            );
        }
    }
}

fn check_units(r: &mut Report, account: &Account, here: &str) {
    for u in &account.units {
        if let Some(p) = u.parent
            && account.unit(p).is_none()
        {
            r.error(
                format!("{here} > {}", t!("check-at-unit", name = &u.name)),
                t!("check-parent-missing", id = p.to_string()),
            );
        }
    }
    // Parent chains must end: follow each chain at most `len` steps.
    let parents: BTreeMap<UnitId, UnitId> = account.units.iter().filter_map(|u| u.parent.map(|p| (u.id, p))).collect();
    for u in &account.units {
        let mut cur = u.id;
        for _ in 0..=account.units.len() {
            match parents.get(&cur) {
                Some(&p) if p == u.id => {
                    r.error(format!("{here} > {}", t!("check-at-unit", name = &u.name)), tr("check-unit-cycle"));
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
        let at = format!("{here} > {}", t!("check-at-record", id = c.id.to_string(), name = &c.name));
        if c.name.trim().is_empty() {
            r.warning(at.clone(), tr("check-no-name"));
        }
        if let Some(u) = c.unit
            && account.unit(u).is_none()
        {
            r.error(at.clone(), t!("check-unit-missing", id = u.to_string()));
        }
        check_scale(r, c.influence, "check-what-influence", at);
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
                r.error(at.clone(), t!("check-refers-to-missing-person", id = who));
            }
        }
        if rel.from == rel.to {
            r.error(at.clone(), tr("check-line-to-self"));
        }
        check_scale(r, rel.strength, "check-what-strength", at);
    }
}

/// Reports-to lines between contacts must not form a cycle (merged org data can).
fn check_reporting_cycles(r: &mut Report, account: &Account, here: &str) {
    let name = |id: &ContactId| account.contact(*id).map_or_else(|| id.to_string(), |c| c.name.clone());
    for found in reporting_cycles(account) {
        let names: Vec<String> = found.cycle.iter().map(name).collect();
        let message = if found.also.is_empty() {
            t!("check-reporting-cycle", people = names.join(" -> "))
        } else {
            let also: Vec<String> = found.also.iter().map(name).collect();
            t!("check-reporting-cycle-also", people = names.join(" -> "), also = also.join(", "))
        };
        r.error(format!("{here} > {}", tr("check-at-reporting-lines")), message);
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
