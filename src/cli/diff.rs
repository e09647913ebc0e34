//! `gambit diff OLD NEW`: what changed between two project files, account by
//! account, most important first; also git's diff driver for `.kam` files.

use super::{account_named, line, load_reporting};
use crate::analysis::history::{changes, snapshot};
use crate::analysis::text;
use crate::i18n::tr;
use crate::model::{Account, Project};
use crate::t;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The two files to compare: OLD NEW, or git's seven arguments for an
/// external diff (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE).
fn pair(files: &[PathBuf]) -> Option<(&Path, &Path, Option<&Path>)> {
    match files {
        [old, new] => Some((old, new, None)),
        [path, old, _, _, new, _, _] => Some((old, new, Some(path))),
        _ => None,
    }
}

/// A file as a project; git's `/dev/null` (a file added or deleted) is an empty one.
fn read(path: &Path, err: &mut dyn Write) -> Option<Project> {
    if path == Path::new("/dev/null") {
        return Some(Project::new(""));
    }
    load_reporting(path, err)
}

/// What changed in one account, as lines for the terminal: `+` better for
/// us, `-` worse, `·` neither.
fn account_lines(old: (&Project, &Account), new: (&Project, &Account), today: chrono::NaiveDate) -> Vec<String> {
    let list = changes(&snapshot(old.0, old.1, today), &snapshot(new.0, new.1, today));
    list.into_iter()
        .map(|c| {
            let mark = match c.better {
                Some(true) => '+',
                Some(false) => '-',
                None => '·',
            };
            format!("  {mark} {}", c.text)
        })
        .collect()
}

/// `gambit diff`: 0 when both files were read (changed or not), 2 when one
/// cannot be read or the account is in neither.
pub fn diff(
    files: &[PathBuf],
    account: Option<&str>,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some((old_path, new_path, shown)) = pair(files) else {
        line(err, &tr("cli-diff-two-files"));
        return 2;
    };
    let (Some(old), Some(new)) = (read(old_path, err), read(new_path, err)) else {
        return 2;
    };
    let mut only = None;
    if let Some(name) = account {
        let Some(a) = text::account_named(&new, name).or_else(|| text::account_named(&old, name)) else {
            // Says so, with the closest names.
            account_named(&new, name, new_path, err);
            return 2;
        };
        only = Some(a.id);
    }
    let wanted = |a: &Account| only.is_none_or(|id| a.id == id);
    if let Some(path) = shown {
        line(out, &t!("cli-diff-file", file = path.display().to_string()));
    }
    let mut any = false;
    for a in new.accounts.iter().filter(|a| wanted(a)) {
        match old.account(a.id) {
            None => {
                line(out, &t!("change-account-added", name = &a.name));
                any = true;
            }
            Some(before) => {
                let lines = account_lines((&old, before), (&new, a), today);
                if !lines.is_empty() {
                    line(out, &t!("change-account-heading", name = &a.name));
                    for l in &lines {
                        line(out, l);
                    }
                    any = true;
                }
            }
        }
    }
    for a in old.accounts.iter().filter(|a| wanted(a) && new.account(a.id).is_none()) {
        line(out, &t!("change-account-removed", name = &a.name));
        any = true;
    }
    if !any {
        line(out, &tr("change-nothing"));
    }
    0
}
