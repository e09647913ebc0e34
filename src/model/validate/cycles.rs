//! Reporting lines that run in a circle (A reports to B reports to A):
//! found as the strongly connected parts of the reports-to graph.

use super::Report;
use crate::i18n::tr;
use crate::model::{Account, ContactId, PersonRef, RelKind};
use crate::t;
use std::collections::{BTreeMap, BTreeSet};

/// Reports-to lines between contacts must not form a cycle (merged org data can).
pub(super) fn check_reporting_cycles(r: &mut Report, account: &Account, here: &str) {
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
pub(super) fn tangle(graph: &petgraph::graphmap::DiGraphMap<ContactId, ()>, mut scc: Vec<ContactId>) -> ReportingCycle {
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
