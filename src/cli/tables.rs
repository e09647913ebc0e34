//! The command line's spreadsheet commands: contacts in from a CRM export,
//! contacts and the ranking out as CSV or Excel.

use super::{TableTarget, account_named, line, load_keeping_bytes, load_reporting, save_merging, write_reporting};
use crate::command::Document;
use crate::file;
use crate::interchange::{self, Mapping, Options, sheet};
use std::io::Write;

use crate::i18n::tr;
use crate::t;
use std::path::Path;

/// What `import-contacts` was asked to do.
pub struct ImportRequest<'a> {
    pub file: &'a Path,
    pub account: &'a str,
    pub from: &'a Path,
    pub sheet: Option<&'a str>,
    pub overwrite: bool,
}

/// `gambit import-contacts FILE --account NAME --from PATH`: 0 when every
/// row went in, 1 when some were skipped, 2 when the project or the input
/// could not be read or the project not saved (and it is then unchanged).
pub fn import_contacts(req: &ImportRequest<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(loaded) = load_keeping_bytes(req.file, err) else { return 2 };
    let project = &loaded.project;
    let Some(account) = account_named(project, req.account, req.file, err) else { return 2 };
    let table = match interchange::table::read(req.from, req.sheet) {
        Ok(t) => t,
        Err(e) => {
            line(err, &t!("cli-error-not-changed", error = e.to_string(), file = req.file.display().to_string()));
            return 2;
        }
    };
    let mapping = Mapping::guess(&table.headers);
    let read =
        t!("cli-file-rows", file = req.from.display().to_string(), rows = table.rows.len(), read_as = &table.read_as);
    line(out, &read);
    line(out, &t!("cli-columns", columns = describe(&table.headers, &mapping)));
    let options = Options { overwrite: req.overwrite };
    let import = match interchange::prepare(project, None, account.id, &table, &mapping, options) {
        Ok(i) => i,
        Err(e) => {
            let text = t!(
                "cli-error-not-changed",
                error = format!("{}: {e}", req.from.display()),
                file = req.file.display().to_string()
            );
            line(err, &text);
            return 2;
        }
    };
    for l in import.report.lines() {
        say!(out, "{l}");
    }
    let code = u8::from(import.report.skipped() > 0);
    if !import.report.changes_anything() {
        line(out, &t!("cli-nothing-new", file = req.file.display().to_string(), account = &account.name));
        return code;
    }
    let mut doc = Document::new(project.clone(), Some(req.file.to_path_buf()));
    if let Err(e) = doc.apply(import.command()) {
        line(err, &t!("cli-error-not-changed", error = e.to_string(), file = req.file.display().to_string()));
        return 2;
    }
    match save_merging(req.file, &loaded, doc.project().clone(), err) {
        Ok(merged) => {
            if merged {
                line(out, &t!("cli-changed-meanwhile-merged", file = req.file.display().to_string()));
            }
            let text = t!(
                "cli-saved",
                file = req.file.display().to_string(),
                backup = file::backup_path(req.file).display().to_string()
            );
            line(out, &text);
            code
        }
        Err(code) => code,
    }
}

/// "First Name -> First Name, Email Opt Out -> left out".
pub fn describe(headers: &[String], mapping: &Mapping) -> String {
    let parts: Vec<String> = headers
        .iter()
        .zip(&mapping.0)
        .map(|(h, f)| format!("{h} -> {}", f.map_or_else(|| tr("import-leave-out"), |f| f.label())))
        .collect();
    parts.join(", ")
}

/// `gambit export-contacts FILE --account NAME --csv OUT [--relationships-csv OUT2]`
/// or `--xlsx OUT` (contacts and relationships as two sheets).
/// What `export-contacts` writes, and where.
pub struct ContactsRequest<'a> {
    pub file: &'a Path,
    pub account: &'a str,
    pub to: &'a TableTarget,
    pub relationships_csv: Option<&'a Path>,
}

pub fn export_contacts(req: &ContactsRequest<'_>, opinions: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let ContactsRequest { file, account, to, relationships_csv } = *req;
    let Some(project) = super::load_shared(file, opinions, err) else { return 2 };
    let Some(a) = account_named(&project, account, file, err) else { return 2 };
    let mut people = interchange::export::contacts(&project, a);
    let mut lines = interchange::export::relationships(&project, a);
    if !opinions {
        people = interchange::export::without_opinions(people);
        lines = interchange::export::without_opinions(lines);
    }
    let done = t!("cli-contacts-written", contacts = people.rows.len(), account = &a.name);
    match (&to.csv, &to.xlsx) {
        (Some(target), _) => {
            let code = write_reporting((file, target), sheet::csv(&people).as_bytes(), &done, out, err);
            match relationships_csv {
                Some(rel) if code == 0 => {
                    let done = t!("cli-relationships-written", lines = lines.rows.len(), account = &a.name);
                    write_reporting((file, rel), sheet::csv(&lines).as_bytes(), &done, out, err)
                }
                _ => code,
            }
        }
        (None, Some(target)) => {
            write_xlsx((file, target), &[people, lines], &t!("cli-with-relationships", done = done), out, err)
        }
        (None, None) => 2,
    }
}

/// `gambit export-ranking FILE --csv OUT` (or `--xlsx OUT`): 0 when
/// written, 2 when the project cannot be read or the table not written.
pub fn export_ranking(file: &Path, to: &TableTarget, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(project) = load_reporting(file, err) else { return 2 };
    for p in project.validate() {
        say!(err, "{}: {p}", file.display());
    }
    let rows = crate::analysis::ranking::ranking(&project);
    let blank = crate::analysis::ranking::blank_revenues(&rows);
    if blank > 0 {
        line(err, &t!("cli-revenues-not-numbers", file = file.display().to_string(), accounts = blank));
    }
    let done = t!("cli-accounts-ranked", accounts = rows.len());
    let table = crate::interchange::export::ranking(&rows);
    match (&to.csv, &to.xlsx) {
        (Some(target), _) => write_reporting((file, target), sheet::csv(&table).as_bytes(), &done, out, err),
        (None, Some(target)) => write_xlsx((file, target), &[table], &done, out, err),
        (None, None) => 2,
    }
}

fn write_xlsx(
    (file, target): (&Path, &Path),
    sheets: &[sheet::Sheet],
    done: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match sheet::xlsx(sheets) {
        Ok(bytes) => write_reporting((file, target), &bytes, done, out, err),
        Err(e) => {
            line(err, &t!("cli-workbook-failed", file = target.display().to_string(), error = e.clone()));
            2
        }
    }
}
