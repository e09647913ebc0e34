//! Command-line entry points that need no window.

use crate::file;
use std::io::Write;

use crate::i18n::{Arg, key_words, tr, tr_args};
use crate::t;
use std::process::ExitCode;

/// Like `writeln!`, through `line`, so control characters never reach the terminal raw.
macro_rules! say {
    ($w:expr, $($arg:tt)*) => {
        line($w, &format!($($arg)*))
    };
}

pub(crate) mod args;
mod calendar;
mod check;
mod diff;
mod docs;
mod help;
mod person;
mod tables;
mod textconv;

pub use args::{Headless, Invocation, MapTarget, PlanTarget, StartView, TableTarget, parse};
pub use check::{check, check_with};
pub use docs::export_plan;
use docs::export_review;
pub use help::{help_id, print as print_usage_error};
pub use tables::{ImportRequest, describe, export_contacts, export_ranking, import_contacts};

/// Runs a headless command, writing to stdout / stderr.
pub fn run(cmd: &Headless) -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let code = match cmd {
        Headless::Check { file, no_alerts } => check_with(file, !no_alerts, &mut out, &mut err),
        Headless::Migrate { file } => migrate(file, &mut out, &mut err),
        Headless::Merge { base, ours, theirs } => merge(base, ours, theirs, &mut out, &mut err),
        Headless::Diff { files, account } => {
            diff::diff(files, account.as_deref(), crate::clock::today(), &mut out, &mut err)
        }
        Headless::Textconv { file } => textconv::textconv(file, crate::clock::today(), &mut out, &mut err),
        Headless::ExportRanking { file, to } => export_ranking(file, to, &mut out, &mut err),
        Headless::ImportContacts { file, account, from, sheet, overwrite } => {
            let req = ImportRequest { file, account, from, sheet: sheet.as_deref(), overwrite: *overwrite };
            import_contacts(&req, &mut out, &mut err)
        }
        Headless::ImportCalendar { file, from, account, draw_lines } => {
            let req = calendar::CalendarRequest {
                file,
                from,
                account: account.as_deref(),
                draw_lines: *draw_lines,
                today: crate::clock::today(),
            };
            calendar::import_calendar(&req, &mut out, &mut err)
        }
        Headless::ExportContacts { file, account, to, relationships_csv, without_opinions } => {
            let req = tables::ContactsRequest { file, account, to, relationships_csv: relationships_csv.as_deref() };
            export_contacts(&req, !without_opinions, &mut out, &mut err)
        }
        Headless::ExportPlan { file, account, to, without_opinions } => match (&to.html, &to.md) {
            (Some(target), _) => export_plan((file, !without_opinions), account, true, target, &mut out, &mut err),
            (None, Some(target)) => export_plan((file, !without_opinions), account, false, target, &mut out, &mut err),
            (None, None) => 2,
        },
        Headless::ExportReview { file, account, to, without_opinions } => match (&to.html, &to.md) {
            (Some(target), _) => export_review((file, !without_opinions), account, true, target, &mut out, &mut err),
            (None, Some(target)) => {
                export_review((file, !without_opinions), account, false, target, &mut out, &mut err)
            }
            (None, None) => 2,
        },
        Headless::Person { file, account, name, export } => {
            person::export_person((file, account, name), export, &mut out, &mut err)
        }
        Headless::Erase { file, account, name } => person::erase_person((file, account, name), &mut out, &mut err),
        Headless::ExportMap { file, account, to, size, present, without_opinions } => {
            let picture = MapPicture { size: *size, present: *present, without_opinions: *without_opinions };
            match (&to.png, &to.svg) {
                (Some(target), _) => export_map(file, account, (true, picture), target, &mut out, &mut err),
                (None, Some(target)) => export_map(file, account, (false, picture), target, &mut out, &mut err),
                (None, None) => 2,
            }
        }
    };
    ExitCode::from(code)
}

/// `gambit migrate FILE`: 0 when saved in the current format (or already
/// in it), 2 when the file cannot be read or saved (and is then unchanged).
pub fn migrate(path: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let before = file::version_of(path);
    let Some(loaded) = load_keeping_bytes(path, err) else { return 2 };
    if before == Some(crate::model::FORMAT_VERSION) {
        let text = t!("cli-already-current", file = path.display().to_string(), version = crate::model::FORMAT_VERSION);
        line(out, &text);
        return 0;
    }
    match save_merging(path, &loaded, loaded.project.clone(), err) {
        Ok(merged) => {
            if merged {
                line(out, &t!("cli-changed-meanwhile-merged", file = path.display().to_string()));
            }
            let from = before.map_or_else(|| tr("cli-unknown-format"), |v| t!("cli-format-version", version = v));
            let text = t!(
                "cli-migrated",
                file = path.display().to_string(),
                from = from,
                version = crate::model::FORMAT_VERSION,
                backup = file::backup_path(path).display().to_string()
            );
            line(out, &text);
            0
        }
        Err(code) => code,
    }
}

/// `gambit merge BASE OURS THEIRS`: the git merge driver.
pub fn merge(
    base: &std::path::Path,
    ours: &std::path::Path,
    theirs: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    // A file both branches added comes with an empty BASE: merge as from nothing.
    let added = matches!(file::read_bounded(base, 4096), Ok(file::Bounded::Bytes(b)) if b.trim_ascii().is_empty());
    let b = if added { Some(crate::model::Project::new("")) } else { load_reporting(base, err) };
    let (Some(b), Some(o), Some(t)) = (b, load_reporting(ours, err), load_reporting(theirs, err)) else {
        return 2;
    };
    let merged = crate::merge::merge(&b, &o, &t);
    let text = match file::to_string(&merged.project) {
        Ok(text) => text,
        Err(e) => {
            say!(err, "{e}");
            return 2;
        }
    };
    // An encrypted side stays encrypted, with the passphrase that opened it.
    let bytes = match file::crypt::seal_for(&ours.display().to_string(), text.as_bytes()) {
        Some(Ok(sealed)) => sealed,
        Some(Err(e)) => {
            say!(err, "{e}");
            return 2;
        }
        None => text.into_bytes(),
    };
    // No backup beside git's temporary file: git keeps every version itself.
    if let Err(e) = file::write_atomic(ours, &bytes) {
        say!(err, "{e}");
        return 2;
    }
    for r in &merged.renumbered {
        let record = |n: u32| tr_args(r.what, &[("n", Arg::Text(n.to_string()))]);
        let text = t!("cli-renumbered", file = ours.display().to_string(), record = record(r.from), now = record(r.to));
        line(out, &text);
    }
    for c in &merged.conflicts {
        let field = if c.field.is_empty() { String::new() } else { format!(" {}", key_words(&c.field)) };
        let text = t!(
            "cli-conflict",
            place = format!("{}{field}", c.place),
            ours = format!("{:?}", c.ours),
            theirs = format!("{:?}", c.theirs)
        );
        line(err, &text);
    }
    match merged.conflicts.len() {
        0 => 0,
        n => {
            line(err, &t!("cli-conflicts-left", conflicts = n));
            1
        }
    }
}

/// Writes an export of `source` and says so: 0 when written, 2 (with the
/// reason) when not. Never over `source`, its backup or any project.
fn write_reporting(
    (source, target): (&std::path::Path, &std::path::Path),
    bytes: &[u8],
    done: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if let Err(e) = file::export_target(target, Some(source)) {
        line(err, &e);
        return 2;
    }
    match file::write_atomic(target, bytes) {
        Ok(()) => {
            say!(out, "{}: {done}", target.display());
            0
        }
        Err(e) => {
            say!(err, "{e}");
            2
        }
    }
}

/// Loads `file`, finds the account, makes the export (bytes and what to say
/// when written) and writes it to `target`: 0 when written, 2 with the
/// reason when not.
fn account_export(
    (file, opinions): (&std::path::Path, bool),
    account: &str,
    target: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
    make: impl FnOnce(
        &crate::model::Project,
        &crate::model::Account,
        chrono::NaiveDate,
    ) -> Result<(Vec<u8>, String), String>,
) -> u8 {
    let Some(project) = load_shared(file, opinions, err) else { return 2 };
    let Some(a) = account_named(&project, account, file, err) else { return 2 };
    match make(&project, a, crate::clock::today()) {
        Ok((bytes, done)) => write_reporting((file, target), &bytes, &done, out, err),
        Err(e) => {
            say!(err, "{}: {e}", target.display());
            2
        }
    }
}

fn load_reporting(file: &std::path::Path, err: &mut dyn Write) -> Option<crate::model::Project> {
    file::load(file).map_err(|e| line(err, &e.to_string())).ok()
}

/// The project to share: as loaded, or without the team's opinions.
fn load_shared(file: &std::path::Path, opinions: bool, err: &mut dyn Write) -> Option<crate::model::Project> {
    let project = load_reporting(file, err)?;
    Some(if opinions { project } else { crate::model::opinions::without_opinions(&project) })
}

/// A project as a command loaded it, with the bytes it was read from.
pub(crate) struct Loaded {
    pub project: crate::model::Project,
    pub bytes: Vec<u8>,
}

fn load_keeping_bytes(file: &std::path::Path, err: &mut dyn Write) -> Option<Loaded> {
    file::load_with_bytes(file)
        .map(|(project, bytes)| Loaded { project, bytes })
        .map_err(|e| line(err, &e.to_string()))
        .ok()
}

/// Saves `edited` to `path`, which held `loaded` when the command began.
/// Someone who saved the file since keeps their change: it is merged in as
/// the app merges, and on a conflict nothing is written (the message says
/// so). `Ok(true)` when a colleague's change was merged.
pub(crate) fn save_merging(
    path: &std::path::Path,
    loaded: &Loaded,
    edited: crate::model::Project,
    err: &mut dyn Write,
) -> Result<bool, u8> {
    let shown = path.display().to_string();
    let now = match file::read_bounded(path, file::MAX_FILE_BYTES) {
        Ok(file::Bounded::Bytes(b)) => Some(b),
        _ => None,
    };
    let (project, merged) = match now {
        Some(b) if b != loaded.bytes => {
            let theirs = file::from_bytes(&b, &shown).map_err(|e| {
                line(err, &t!("cli-changed-meanwhile-unreadable", file = shown.as_str(), error = e.to_string()));
                2
            })?;
            let m = crate::merge::merge(&loaded.project, &edited, &theirs);
            if !m.conflicts.is_empty() {
                line(err, &t!("cli-changed-meanwhile-conflict", file = shown.as_str(), conflicts = m.conflicts.len()));
                return Err(2);
            }
            (m.project, true)
        }
        _ => (edited, false),
    };
    file::save(&project, path).map_err(|e| {
        say!(err, "{e}");
        2
    })?;
    Ok(merged)
}

/// The account called `name`: the exact stored name first, then ignoring
/// spaces around either, then ignoring case. A miss lists the closest names.
fn account_named<'a>(
    project: &'a crate::model::Project,
    name: &str,
    file: &std::path::Path,
    err: &mut dyn Write,
) -> Option<&'a crate::model::Account> {
    let found = crate::analysis::text::account_named(project, name);
    if found.is_none() {
        let names = crate::analysis::text::closest_account_names(project, name, 5);
        let closest: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        let hint =
            if closest.is_empty() { tr("cli-no-accounts") } else { t!("cli-closest", names = closest.join(", ")) };
        line(err, &t!("cli-no-such-account", file = file.display().to_string(), name = name, hint = hint));
    }
    found
}

/// Text for a terminal: control characters (which a file could use to
/// steer the terminal) are shown escaped, as `\u{1b}`.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes one line of output with its control characters escaped.
fn line(w: &mut dyn Write, text: &str) {
    let _ = writeln!(w, "{}", printable(text));
}

/// What picture of the map `export-map` draws: the whole map, or the map
/// fitted in a window of `size` (as presentation mode shows it with `present`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapPicture {
    pub size: Option<(u32, u32)>,
    pub present: bool,
    /// The team's opinions left out (stance colours, marks, legend).
    pub without_opinions: bool,
}

/// `gambit export-map FILE --account NAME --svg OUT` (or `--png OUT`): the
/// whole map in the account's saved layout, with a legend; with `--size`,
/// as a window of that size shows it fitted.
pub fn export_map(
    file: &std::path::Path,
    account: &str,
    (png, picture): (bool, MapPicture),
    target: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    account_export((file, !picture.without_opinions), account, target, out, err, |project, a, today| {
        let scene = crate::scene::whole_map(project, a, today);
        let title = format!("{} · {}", a.name, crate::i18n::numbers::date(today));
        let look = match picture.size {
            Some((w, h)) => crate::export::map::MapLook::sized(&scene, title, (w as f32, h as f32), picture.present),
            None => crate::export::map::MapLook::fit(&scene, title),
        };
        let look = crate::export::map::MapLook { opinions: !picture.without_opinions, ..look };
        let svg = crate::export::map::svg(&scene, &look);
        // A picture of a given size is that size; the whole map is drawn at twice its own.
        let scale = if picture.size.is_some() { 1.0 } else { 2.0 };
        let bytes = if png { crate::export::map::png_at_most(&svg, scale)? } else { svg.into_bytes() };
        let what = if png { "PNG" } else { "SVG" };
        Ok((bytes, t!("cli-map-written", account = &a.name, format = what, people = scene.people.len())))
    })
}

#[cfg(test)]
mod save_tests {
    use super::*;

    fn demo() -> crate::model::Project {
        crate::demo::demo_project().expect("demo")
    }

    #[test]
    fn a_colleagues_save_during_a_command_is_merged_in_or_stops_it() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("p.kam");
        file::save(&demo(), &path).expect("saved");
        let mut err = Vec::new();
        let loaded = load_keeping_bytes(&path, &mut err).expect("loaded");
        // The colleague saves while the command runs.
        let mut theirs = demo();
        theirs.accounts[0].contacts[0].title = "Chairman".into();
        file::save(&theirs, &path).expect("colleague");
        let mut ours = loaded.project.clone();
        ours.accounts[0].contacts[1].title = "CFO".into();
        assert_eq!(save_merging(&path, &loaded, ours.clone(), &mut err), Ok(true));
        let now = file::load(&path).expect("load");
        assert_eq!(
            (now.accounts[0].contacts[0].title.as_str(), now.accounts[0].contacts[1].title.as_str()),
            ("Chairman", "CFO")
        );

        // The same field changed on both sides: nothing is written.
        let loaded = load_keeping_bytes(&path, &mut err).expect("loaded");
        let mut theirs = now.clone();
        theirs.accounts[0].contacts[1].title = "Finance Director".into();
        file::save(&theirs, &path).expect("colleague");
        let before = std::fs::read(&path).expect("read");
        let mut ours = loaded.project.clone();
        ours.accounts[0].contacts[1].title = "Group CFO".into();
        assert_eq!(save_merging(&path, &loaded, ours, &mut err), Err(2));
        assert_eq!(std::fs::read(&path).expect("read"), before, "the colleague's file stands");
        assert!(String::from_utf8_lossy(&err).contains("nothing was saved"), "{}", String::from_utf8_lossy(&err));
    }
}
