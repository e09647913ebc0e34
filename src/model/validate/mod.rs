//! Checks a project for problems. Never panics; every finding says what
//! is wrong and where, in words a user can act on.

use super::account::Account;
use super::ids::{HasId, RawId as _};
use super::people::{PersonRef, SCALE_MAX, SCALE_MIN};
use super::{ContactId, Project, UnitId};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::i18n::tr;
use crate::t;

mod cycles;
mod departures;
mod kept;
mod texts;

use cycles::check_reporting_cycles;
pub use cycles::{ReportingCycle, reporting_cycles};
pub use kept::dated_after;
pub use texts::{MAX_LINE_CHARS, MAX_TEXT_CHARS};
use texts::{check_numbers, check_texts, who};

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

#[derive(Default)]
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
    kept::check_reviews(r, account, here);
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
        departures::check_contact(r, account, c, &at);
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
