//! `gambit import-calendar FILE --from meetings.ics [--account A] [--draw-lines]`:
//! meetings from a calendar export bring lines' last contact and the plan's
//! meetings up to date, event by event in the report; saved atomically,
//! the file untouched on any error.

use super::{account_named, line, load_keeping_bytes, save_merging};
use crate::command::{Document, NewIds};
use crate::file;
use crate::interchange::calendar;
use crate::t;
use std::io::Write;
use std::path::Path;

/// What the command line asked.
pub struct CalendarRequest<'a> {
    pub file: &'a Path,
    pub from: &'a Path,
    pub account: Option<&'a str>,
    pub draw_lines: bool,
    pub today: chrono::NaiveDate,
}

/// 0 when read (changed or not), 2 when the project or the calendar cannot be read or saved.
pub fn import_calendar(req: &CalendarRequest<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(loaded) = load_keeping_bytes(req.file, err) else { return 2 };
    let project = &loaded.project;
    let not_changed = |err: &mut dyn Write, e: String| {
        line(err, &t!("cli-error-not-changed", error = e, file = req.file.display().to_string()));
        2
    };
    let text = match file::read_bounded(req.from, file::MAX_FILE_BYTES) {
        Ok(file::Bounded::Bytes(b)) => String::from_utf8_lossy(&b).into_owned(),
        Ok(_) => return not_changed(err, t!("calendar-not-a-file", file = req.from.display().to_string())),
        Err(e) => return not_changed(err, format!("{}: {}", req.from.display(), crate::i18n::io_words(&e))),
    };
    let accounts: Vec<_> = match req.account {
        Some(name) => match account_named(project, name, req.file, err) {
            Some(a) => vec![a.id],
            None => return 2,
        },
        None => project.accounts.iter().map(|a| a.id).collect(),
    };
    let mut doc = Document::new(project.clone(), Some(req.file.to_path_buf()));
    let mut changed = false;
    for id in accounts {
        let (Some(account), now) = (doc.project().account(id).cloned(), doc.project().clone()) else { continue };
        let import = match calendar::prepare(&now, &account, &text, req.today) {
            Ok(i) => i,
            Err(e) => return not_changed(err, format!("{}: {e}", req.from.display())),
        };
        line(out, &t!("calendar-account-heading", account = &account.name));
        for row in &import.rows {
            line(out, &calendar::row_text(row));
        }
        line(out, &calendar::summary(&import));
        let offers = req.draw_lines && !import.offers.is_empty();
        if import.is_empty() && !offers {
            continue;
        }
        let command = calendar::command(&account, &import, req.draw_lines, &NewIds::new(&now, Some(project)));
        if let Err(e) = doc.apply(command) {
            return not_changed(err, e.to_string());
        }
        changed = true;
    }
    if !changed {
        line(out, &t!("calendar-nothing-new", file = req.file.display().to_string()));
        return 0;
    }
    match save_merging(req.file, &loaded, doc.project().clone(), err) {
        Ok(merged) => {
            if merged {
                line(out, &t!("cli-changed-meanwhile-merged", file = req.file.display().to_string()));
            }
            let backup = file::backup_path(req.file).display().to_string();
            line(out, &t!("cli-saved", file = req.file.display().to_string(), backup = backup));
            0
        }
        Err(code) => code,
    }
}
