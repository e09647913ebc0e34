//! `gambit textconv FILE`: a project as plain facts, one per line, for
//! git's `textconv` (`git log -p` and `git diff` then show
//! "-Henrik Åberg: stance Neutral" / "+Henrik Åberg: stance Supporter"
//! instead of RON lines).

use super::{line, load_reporting};
use crate::analysis::history::snapshot;
use crate::i18n::numbers;
use crate::model::snapshot::Snapshot;
use crate::model::{Account, Project};
use crate::t;
use std::io::Write;
use std::path::Path;

/// What one person's lines say.
fn person_lines(s: &Snapshot) -> Vec<String> {
    let mut people: Vec<_> = s.people.iter().collect();
    people.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let mut out = Vec::new();
    let everyone = &s.people;
    for p in people {
        let name = p.name.as_str();
        if !p.title.is_empty() {
            out.push(t!("textconv-title", name = name, value = &p.title));
        }
        if !p.unit.is_empty() {
            out.push(t!("textconv-unit", name = name, value = &p.unit));
        }
        out.push(t!("textconv-level", name = name, value = p.level.label()));
        out.push(t!("textconv-piece", name = name, value = p.piece.label()));
        out.push(t!("textconv-stance", name = name, value = p.stance.label()));
        out.push(t!("textconv-influence", name = name, value = p.influence.to_string()));
        out.push(t!("textconv-political", name = name, value = p.political.label()));
        if let Some(day) = p.role_since {
            out.push(t!("textconv-role-since", name = name, date = crate::i18n::numbers::date(day)));
        }
        if p.has_left {
            out.push(match p.left_on {
                Some(day) => t!("textconv-left-on", name = name, date = crate::i18n::numbers::date(day)),
                None => t!("textconv-left", name = name),
            });
        }
        if let Some(s) = p.successor {
            let who = everyone.iter().find(|x| x.id == s).map_or_else(|| s.to_string(), |x| x.name.clone());
            out.push(t!("textconv-successor", name = name, successor = who));
        }
    }
    out
}

/// The account's facts: standing, people, lines, coverage, plan.
fn account_lines(project: &Project, account: &Account, today: chrono::NaiveDate) -> Vec<String> {
    let s = snapshot(project, account, today);
    let mut out = vec![t!("textconv-account", name = &account.name)];
    if let Some(tier) = &s.tier {
        out.push(t!("textconv-tier", value = tier));
    }
    if let Some(score) = s.score {
        out.push(t!("textconv-score", value = format!("{score:.0}")));
    }
    out.extend(person_lines(&s));
    let mut lines: Vec<String> = s
        .lines
        .iter()
        .map(|l| {
            let last = l.last_contact.map(numbers::date).unwrap_or_else(|| "—".to_owned());
            let (from, to) = (s.name_of(l.from), s.name_of(l.to));
            t!(
                "textconv-line",
                from = from,
                to = to,
                kind = l.kind.label(),
                strength = l.strength.to_string(),
                last = last
            )
        })
        .collect();
    lines.sort();
    out.extend(lines);
    let mut uncovered: Vec<String> =
        s.uncovered_key.iter().filter_map(|c| s.person(*c)).map(|p| t!("textconv-uncovered", name = &p.name)).collect();
    uncovered.sort();
    out.extend(uncovered);
    for k in &s.kpis {
        let v = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), numbers::compact);
        out.push(t!(
            "textconv-kpi",
            kpi = k.kpi.label(),
            year = k.year.to_string(),
            actual = v(k.actual),
            target = v(k.target)
        ));
    }
    for a in &s.activities {
        let due = a.due.map(numbers::date).unwrap_or_else(|| "—".to_owned());
        out.push(t!("textconv-activity", title = &a.title, status = a.status.label(), due = due));
    }
    for r in &account.plan.reviews {
        out.push(t!("textconv-review", date = numbers::date(r.date), reviewer = &r.reviewer));
    }
    out
}

/// `gambit textconv FILE`: 0 when read, 2 when it cannot be.
pub fn textconv(file: &Path, today: chrono::NaiveDate, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    // git passes /dev/null for a file added or deleted.
    if file == Path::new("/dev/null") {
        return 0;
    }
    let Some(project) = load_reporting(file, err) else { return 2 };
    line(out, &t!("textconv-project", name = &project.name));
    for a in &project.accounts {
        line(out, "");
        for l in account_lines(&project, a, today) {
            line(out, &l);
        }
    }
    0
}
