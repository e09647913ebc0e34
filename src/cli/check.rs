//! `gambit check FILE`: the file's problems, and (unless `--no-alerts`)
//! each account's alerts: key people nobody covers, champions gone quiet,
//! cold and cooling key relationships. Exit 0 clean or warnings only, 1
//! with errors, 2 unreadable.

use super::line;
use crate::file;
use crate::model::Severity;
use crate::t;
use std::io::Write;

/// `gambit check FILE`: 0 when clean, 1 when the file has problems, 2 when it cannot be read.
pub fn check(path: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    check_with(path, true, out, err)
}

/// `gambit check`, with or without the alerts (`--no-alerts`): a team runs
/// it in a scheduled job to hear of key relationships going cold.
pub fn check_with(path: &std::path::Path, alerts: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let project = match file::load(path) {
        Ok(p) => p,
        Err(e) => {
            say!(err, "{e}");
            return 2;
        }
    };
    let mut problems = project.validate();
    let today = crate::clock::today();
    problems.extend(crate::model::validate::dated_after(&project, today));
    if alerts {
        problems.extend(alert_problems(&project, today));
    }
    let mut errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    // A large file that could not be written again is said now, not at the first save.
    let large = std::fs::metadata(path).is_ok_and(|m| m.len() > file::MAX_FILE_BYTES / 8);
    if large && let Some(e) = file::cannot_save(&project, path) {
        say!(out, "{e}");
        errors += 1;
    }
    for p in &problems {
        say!(out, "{}: {p}", path.display());
    }
    // Where numbers that are not numbers are written, for an editor.
    if let Ok(file::Bounded::Bytes(bytes)) = file::read_bounded(path, file::MAX_FILE_BYTES) {
        for (l, c, field, value) in file::non_numbers(&String::from_utf8_lossy(&bytes)) {
            let text = t!(
                "cli-not-a-number-at",
                file = path.display().to_string(),
                line = l.to_string(),
                column = c.to_string(),
                field = field,
                value = value
            );
            line(out, &text);
        }
    }
    let summary = t!(
        "cli-check-summary",
        file = path.display().to_string(),
        accounts = project.accounts.len(),
        errors = errors,
        warnings = problems.len() - errors
    );
    line(out, &summary);
    u8::from(errors > 0)
}

/// Each account's alerts as warnings, most urgent first.
fn alert_problems(project: &crate::model::Project, today: chrono::NaiveDate) -> Vec<crate::model::validate::Problem> {
    let mut out = Vec::new();
    for a in &project.accounts {
        let at = format!("{} > {}", t!("check-at-account", name = &a.name), crate::i18n::tr("check-alerts-heading"));
        for alert in crate::analysis::alerts::alerts(a, today) {
            out.push(crate::model::validate::Problem {
                severity: Severity::Warning,
                location: at.clone(),
                message: alert.text,
            });
        }
        for text in crate::analysis::retention::texts(project, a, today) {
            out.push(crate::model::validate::Problem {
                severity: Severity::Warning,
                location: at.clone(),
                message: text,
            });
        }
    }
    out
}
