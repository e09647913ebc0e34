//! The command line's spreadsheet commands: contacts in from a CRM export,
//! contacts and the ranking out as CSV or Excel.

use super::{TableTarget, account_named, line, load_reporting, write_reporting};
use crate::command::Document;
use crate::file;
use crate::interchange::{self, Mapping, Options, sheet};
use std::io::Write;
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
    let Some(project) = load_reporting(req.file, err) else { return 2 };
    let Some(account) = account_named(&project, req.account, req.file, err) else { return 2 };
    let table = match interchange::table::read(req.from, req.sheet) {
        Ok(t) => t,
        Err(e) => {
            say!(err, "{e}; {} not changed", req.file.display());
            return 2;
        }
    };
    let mapping = Mapping::guess(&table.headers);
    say!(out, "{}: {} rows, read as {}", req.from.display(), table.rows.len(), table.read_as);
    say!(out, "columns: {}", describe(&table.headers, &mapping));
    let options = Options { overwrite: req.overwrite };
    let import = match interchange::prepare(&project, account.id, &table, &mapping, options) {
        Ok(i) => i,
        Err(e) => {
            say!(err, "{}: {e}; {} not changed", req.from.display(), req.file.display());
            return 2;
        }
    };
    for l in import.report.lines() {
        say!(out, "{l}");
    }
    let code = u8::from(import.report.skipped() > 0);
    if !import.report.changes_anything() {
        say!(out, "{}: nothing new for {}; not changed", req.file.display(), account.name);
        return code;
    }
    let mut doc = Document::new(project, Some(req.file.to_path_buf()));
    if let Err(e) = doc.apply(import.command()) {
        say!(err, "{}: {e}; not changed", req.file.display());
        return 2;
    }
    match file::save(doc.project(), req.file) {
        Ok(()) => {
            say!(
                out,
                "{}: saved; the previous version is {}",
                req.file.display(),
                file::backup_path(req.file).display()
            );
            code
        }
        Err(e) => {
            say!(err, "{e}");
            2
        }
    }
}

/// "First Name -> First Name, Email Opt Out -> left out".
pub fn describe(headers: &[String], mapping: &Mapping) -> String {
    let parts: Vec<String> = headers
        .iter()
        .zip(&mapping.0)
        .map(|(h, f)| format!("{h} -> {}", f.map_or_else(|| "left out".to_owned(), |f| f.label())))
        .collect();
    parts.join(", ")
}

/// `gambit export-contacts FILE --account NAME --csv OUT [--relationships-csv OUT2]`
/// or `--xlsx OUT` (contacts and relationships as two sheets).
pub fn export_contacts(
    file: &Path,
    account: &str,
    to: &TableTarget,
    relationships_csv: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some(project) = load_reporting(file, err) else { return 2 };
    let Some(a) = account_named(&project, account, file, err) else { return 2 };
    let people = interchange::export::contacts(&project, a);
    let lines = interchange::export::relationships(&project, a);
    let done = format!("{} contacts of {} written", people.rows.len(), a.name);
    match (&to.csv, &to.xlsx) {
        (Some(target), _) => {
            let code = write_reporting(target, sheet::csv(&people).as_bytes(), &done, out, err);
            match relationships_csv {
                Some(rel) if code == 0 => {
                    let done = format!("{} relationships of {} written", lines.rows.len(), a.name);
                    write_reporting(rel, sheet::csv(&lines).as_bytes(), &done, out, err)
                }
                _ => code,
            }
        }
        (None, Some(target)) => {
            write_xlsx(target, &[people, lines], &format!("{done}, with their relationships"), out, err)
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
        say!(
            err,
            "{}: warning: {blank} account(s) have a revenue that is not a number; left empty in the table",
            file.display()
        );
    }
    let done = format!("{} accounts ranked", rows.len());
    let table = crate::interchange::export::ranking(&rows);
    match (&to.csv, &to.xlsx) {
        (Some(target), _) => write_reporting(target, sheet::csv(&table).as_bytes(), &done, out, err),
        (None, Some(target)) => write_xlsx(target, &[table], &done, out, err),
        (None, None) => 2,
    }
}

fn write_xlsx(target: &Path, sheets: &[sheet::Sheet], done: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match sheet::xlsx(sheets) {
        Ok(bytes) => write_reporting(target, &bytes, done, out, err),
        Err(e) => {
            say!(err, "{}: the workbook could not be made: {e}", target.display());
            2
        }
    }
}
