//! Command-line entry points that need no window.

use crate::file;
use crate::model::Severity;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub const USAGE: &str = "usage:
  gambit [FILE.kam]       open the app (the demo project when no file is given)
  gambit check FILE.kam   check a project file and list its problems
  gambit export-ranking FILE.kam --csv OUT.csv
                          write the portfolio ranking as CSV
  gambit export-plan FILE.kam --account NAME (--html OUT.html | --md OUT.md)
                          write an account plan as HTML or Markdown
  gambit export-map FILE.kam --account NAME (--svg OUT.svg | --png OUT.png)
                          draw an account's relationship map as SVG, or as PNG
                          at twice its size";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    Gui(Option<PathBuf>),
    Headless(Headless),
}

#[derive(Debug, PartialEq)]
pub enum Headless {
    Check(PathBuf),
    ExportRanking { file: PathBuf, csv: PathBuf },
    ExportPlan { file: PathBuf, account: String, html: bool, out: PathBuf },
    ExportMap { file: PathBuf, account: String, png: bool, out: PathBuf },
    Help,
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Invocation, String> {
    match args {
        [] => Ok(Invocation::Gui(None)),
        [flag] if flag == "-h" || flag == "--help" => Ok(Invocation::Headless(Headless::Help)),
        [cmd, path] if cmd == "check" => Ok(Invocation::Headless(Headless::Check(PathBuf::from(path)))),
        [cmd] if cmd == "check" => Err("check needs a file".into()),
        [cmd, file, flag, out] if cmd == "export-ranking" && flag == "--csv" => {
            Ok(Invocation::Headless(Headless::ExportRanking { file: PathBuf::from(file), csv: PathBuf::from(out) }))
        }
        [cmd, ..] if cmd == "export-ranking" => Err("export-ranking needs FILE --csv OUT".into()),
        [cmd, file, a, name, kind, out]
            if cmd == "export-plan" && a == "--account" && (kind == "--html" || kind == "--md") =>
        {
            Ok(Invocation::Headless(Headless::ExportPlan {
                file: PathBuf::from(file),
                account: name.clone(),
                html: kind == "--html",
                out: PathBuf::from(out),
            }))
        }
        [cmd, ..] if cmd == "export-plan" => {
            Err("export-plan needs FILE --account NAME --html OUT (or --md OUT)".into())
        }
        [cmd, file, a, name, kind, out]
            if cmd == "export-map" && a == "--account" && (kind == "--svg" || kind == "--png") =>
        {
            Ok(Invocation::Headless(Headless::ExportMap {
                file: PathBuf::from(file),
                account: name.clone(),
                png: kind == "--png",
                out: PathBuf::from(out),
            }))
        }
        [cmd, ..] if cmd == "export-map" => Err("export-map needs FILE --account NAME --svg OUT (or --png OUT)".into()),
        // A double-clicked file arrives as the only argument.
        [path] if !path.starts_with('-') => Ok(Invocation::Gui(Some(PathBuf::from(path)))),
        _ => Err(format!("unknown arguments: {}", args.join(" "))),
    }
}

/// Runs a headless command, writing to stdout / stderr.
pub fn run(cmd: &Headless) -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match cmd {
        Headless::Help => {
            let _ = writeln!(out, "{USAGE}");
            ExitCode::SUCCESS
        }
        Headless::Check(path) => ExitCode::from(check(path, &mut out, &mut err)),
        Headless::ExportRanking { file, csv } => ExitCode::from(export_ranking(file, csv, &mut out, &mut err)),
        Headless::ExportPlan { file, account, html, out: target } => {
            ExitCode::from(export_plan(file, account, *html, target, &mut out, &mut err))
        }
        Headless::ExportMap { file, account, png, out: target } => {
            ExitCode::from(export_map(file, account, *png, target, &mut out, &mut err))
        }
    }
}

/// `gambit check FILE`: 0 when clean, 1 when the file has problems, 2 when it cannot be read.
pub fn check(path: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let project = match file::load(path) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return 2;
        }
    };
    let problems = project.validate();
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    for p in &problems {
        let _ = writeln!(out, "{}: {p}", path.display());
    }
    let _ = writeln!(
        out,
        "{}: {} account(s), {} error(s), {} warning(s)",
        path.display(),
        project.accounts.len(),
        errors,
        problems.len() - errors
    );
    u8::from(errors > 0)
}

/// `gambit export-ranking FILE --csv OUT`: 0 when written, 2 when the project
/// cannot be read or the CSV cannot be written.
pub fn export_ranking(file: &std::path::Path, csv: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(project) = load_reporting(file, err) else { return 2 };
    for p in project.validate() {
        let _ = writeln!(err, "{}: {p}", file.display());
    }
    let rows = crate::analysis::ranking::ranking(&project);
    let done = format!("{} accounts ranked", rows.len());
    write_reporting(csv, crate::analysis::ranking::to_csv(&rows).as_bytes(), &done, out, err)
}

/// Writes an export and says so: 0 when written, 2 (with the reason) when not.
fn write_reporting(target: &std::path::Path, bytes: &[u8], done: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match std::fs::write(target, bytes) {
        Ok(()) => {
            let _ = writeln!(out, "{}: {done}", target.display());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "{}: cannot write: {e}", target.display());
            2
        }
    }
}

/// `gambit export-plan FILE --account NAME --html OUT` (or `--md OUT`).
pub fn export_plan(
    file: &std::path::Path,
    account: &str,
    html: bool,
    target: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    account_export(file, account, target, out, err, |project, a, today| {
        let text = if html {
            crate::export::plan::html(project, a, today)
        } else {
            crate::export::plan::markdown(project, a, today)
        };
        Ok((text.into_bytes(), format!("plan of {} written", a.name)))
    })
}

/// Loads `file`, finds the account, makes the export (bytes and what to say
/// when written) and writes it to `target`: 0 when written, 2 with the
/// reason when not.
fn account_export(
    file: &std::path::Path,
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
    let Some(project) = load_reporting(file, err) else { return 2 };
    let Some(a) = account_named(&project, account, file, err) else { return 2 };
    match make(&project, a, chrono::Local::now().date_naive()) {
        Ok((bytes, done)) => write_reporting(target, &bytes, &done, out, err),
        Err(e) => {
            let _ = writeln!(err, "{}: {e}", target.display());
            2
        }
    }
}

fn load_reporting(file: &std::path::Path, err: &mut dyn Write) -> Option<crate::model::Project> {
    file::load(file).map_err(|e| writeln!(err, "{e}")).ok()
}

/// The account called `name` (any case), or a message listing the accounts.
fn account_named<'a>(
    project: &'a crate::model::Project,
    name: &str,
    file: &std::path::Path,
    err: &mut dyn Write,
) -> Option<&'a crate::model::Account> {
    let found = project.accounts.iter().find(|a| a.name.eq_ignore_ascii_case(name.trim()));
    if found.is_none() {
        let names: Vec<&str> = project.accounts.iter().map(|a| a.name.as_str()).collect();
        let _ = writeln!(err, "{}: no account named \"{name}\"; accounts: {}", file.display(), names.join(", "));
    }
    found
}

/// `gambit export-map FILE --account NAME --svg OUT` (or `--png OUT`): the
/// whole map in the account's saved layout, with a legend.
pub fn export_map(
    file: &std::path::Path,
    account: &str,
    png: bool,
    target: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    account_export(file, account, target, out, err, |project, a, today| {
        let scene = crate::scene::whole_map(project, a, today);
        let look = crate::export::map::MapLook::fit(&scene, format!("{} · {}", a.name, today));
        let svg = crate::export::map::svg(&scene, &look);
        let bytes = if png { crate::export::map::png(&svg, 2.0)? } else { svg.into_bytes() };
        let what = if png { "PNG" } else { "SVG" };
        Ok((bytes, format!("map of {} written as {what} ({} people)", a.name, scene.people.len())))
    })
}
