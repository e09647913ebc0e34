//! The command line, parsed with clap: options in any order, `--help` for
//! each command, `--version`. Usage errors exit with 2, as every other
//! failure to read or write does.

use crate::app::StartOptions;
use crate::app::views::ViewKind;
use clap::{Args, CommandFactory as _, FromArgMatches as _, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use crate::i18n::Language;

/// A picture's size as "1920x1080": each side 200 to 8,000 pixels.
pub fn picture_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text.split_once(['x', 'X', '×']).ok_or_else(|| crate::i18n::tr("cli-size-format"))?;
    let side = |s: &str| s.trim().parse::<u32>().ok().filter(|v| (200..=8_000).contains(v));
    match (side(w), side(h)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err(crate::i18n::tr("cli-size-format")),
    }
}

fn language(code: &str) -> Result<Language, String> {
    Language::ALL.iter().copied().find(|l| l.code() == code).ok_or_else(|| crate::i18n::tr("cli-lang-one-of"))
}

/// Key account management: relationship map, tier scoring and account plans
/// in one diffable file.
#[derive(Debug, Parser)]
#[command(name = "gambit", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The project to open; without one, Gambit opens its demo project.
    pub file: Option<PathBuf>,
    /// The view to open on.
    #[arg(long, value_enum)]
    pub view: Option<StartView>,
    /// Start presenting the map full screen (as F5 does).
    #[arg(long)]
    pub present: bool,
    /// Print how long Gambit took from start to its first frame (to stderr).
    #[arg(long)]
    pub startup_time: bool,
    /// The language of texts and output (en, sv, da); without it, the
    /// system's language (the window: the one last picked in View > Language).
    #[arg(long, global = true, value_parser = language)]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Option<Headless>,
}

/// The views `--view` can open on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StartView {
    Portfolio,
    Map,
    Scoring,
    Plan,
}

impl StartView {
    /// The app's view of that name.
    pub fn kind(self) -> ViewKind {
        match self {
            Self::Portfolio => ViewKind::Portfolio,
            Self::Map => ViewKind::Map,
            Self::Scoring => ViewKind::Scoring,
            Self::Plan => ViewKind::Plan,
        }
    }
}

/// Commands that run without a window.
#[derive(Debug, PartialEq, Eq, Subcommand)]
pub enum Headless {
    /// Check a project file and list its problems (exit 0 clean, 1 problems, 2 unreadable).
    Check {
        /// The project file.
        file: PathBuf,
        /// Leave out the alerts (uncovered key people, cooling and cold relationships).
        #[arg(long)]
        no_alerts: bool,
    },
    /// Load a project file of any earlier format and save it back in the
    /// current one (atomically, keeping the old file as FILE.bak).
    Migrate {
        /// The project file.
        file: PathBuf,
    },
    /// Three-way merge for git: merge THEIRS into OURS, both descended from
    /// BASE, and write the result to OURS (exit 0 clean, 1 when conflicts
    /// remain, listed in the file for Gambit to show; 2 when a file cannot
    /// be read or written). Set up with `git config merge.gambit.driver
    /// "gambit merge %O %A %B"` and `*.kam merge=gambit` in .gitattributes.
    Merge {
        /// The version both sides started from (git's %O).
        base: PathBuf,
        /// Our version (git's %A); the result is written here.
        ours: PathBuf,
        /// Their version (git's %B).
        theirs: PathBuf,
    },
    /// Say what changed between two project files, account by account, most
    /// important first (exit 0; 2 when a file cannot be read). As git's diff
    /// driver: `git config diff.gambit.command "gambit diff"` and `*.kam
    /// diff=gambit` in .gitattributes; git then passes seven arguments.
    Diff {
        /// The older file and the newer (or the seven arguments git passes).
        #[arg(num_args = 2..=7, required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Only this account, by its name.
        #[arg(long)]
        account: Option<String>,
    },
    /// Everything the project holds about one of the client's people (their
    /// fields, lines, the plan's entries that name them, what each review
    /// kept of them), written as OUT.html and OUT.json for their request to
    /// see their data. The project is not changed (exit 0; 2 when the file,
    /// the account or the person cannot be found).
    Person {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        /// The person, by their name.
        #[arg(long)]
        name: String,
        /// Where to write (OUT.html and OUT.json).
        #[arg(long, value_name = "OUT")]
        export: PathBuf,
    },
    /// Erase one of the client's people and every trace of them (lines, the
    /// plan's entries about them, what reviews kept, their name in any
    /// text); the file keeps only their number and the day, so an older
    /// copy merged later cannot bring them back. Saves FILE atomically; the
    /// .bak is cleared of them too (exit 0; 2 when the file, the account or
    /// the person cannot be found or saved).
    Erase {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        /// The person, by their name.
        #[arg(long)]
        name: String,
    },
    /// Print a project as plain facts, one per line, for git's textconv:
    /// `git config diff.gambit.textconv "gambit textconv"` and `*.kam
    /// diff=gambit` in .gitattributes; `git log -p` and `git diff` then show
    /// "Henrik Åberg: stance Supporter" lines instead of RON.
    Textconv {
        /// The project file.
        file: PathBuf,
    },
    /// Write the portfolio ranking as CSV or as an Excel workbook.
    ExportRanking {
        /// The project file.
        file: PathBuf,
        #[command(flatten)]
        to: TableTarget,
    },
    /// Bring contacts into an account from a CRM or spreadsheet export
    /// (CSV, semicolon- or tab-separated text, .xlsx). Saves FILE
    /// atomically (the old file becomes FILE.bak) and prints what happened
    /// to each row. Exit 0 when every row went in, 1 when some were
    /// skipped, 2 when the input could not be read (the project is then
    /// unchanged).
    ImportContacts {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        /// The export to read.
        #[arg(long, value_name = "PATH")]
        from: PathBuf,
        /// The workbook's sheet to read (the first by default).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Replace filled fields of contacts already there with the file's
        /// values (by default only empty fields are filled).
        #[arg(long)]
        overwrite: bool,
    },
    /// Bring the lines' last contact and the plan's meetings up to date from
    /// a calendar export (.ics from Outlook, Google or Apple Calendar): each
    /// past meeting of one of our team with people of the account counts.
    /// Exit 0; 2 when a file cannot be read (the project is then unchanged).
    ImportCalendar {
        /// The project file.
        file: PathBuf,
        /// The calendar file (.ics).
        #[arg(long, value_name = "PATH")]
        from: PathBuf,
        /// Only this account, by its name (every account by default).
        #[arg(long)]
        account: Option<String>,
        /// Also draw a line for each person of the account one of us met
        /// but has no line to.
        #[arg(long)]
        draw_lines: bool,
    },
    /// Write an account's contacts (and its relationships) as CSV or as an
    /// Excel workbook, with the column names the import reads.
    ExportContacts {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        #[command(flatten)]
        to: TableTarget,
        /// Also write the relationships as CSV (the workbook has them as its second sheet).
        #[arg(long, value_name = "OUT.csv", conflicts_with = "xlsx")]
        relationships_csv: Option<PathBuf>,
        /// Leave out the team's opinions (stance, political status,
        /// evidence, notes, stance colours and marks): for sharing with
        /// partners or the client. They are absent from the file written.
        #[arg(long)]
        without_opinions: bool,
    },
    /// Write an account plan as HTML or Markdown.
    ExportPlan {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        #[command(flatten)]
        to: PlanTarget,
        /// Leave out the team's opinions (stance, political status,
        /// evidence, notes, stance colours and marks): for sharing with
        /// partners or the client. They are absent from the file written.
        #[arg(long)]
        without_opinions: bool,
    },
    /// Write the latest review of an account, with what changed since the
    /// review before, as HTML or Markdown.
    ExportReview {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        #[command(flatten)]
        to: PlanTarget,
        /// Leave out the team's opinions (stance, political status,
        /// evidence, notes, stance colours and marks): for sharing with
        /// partners or the client. They are absent from the file written.
        #[arg(long)]
        without_opinions: bool,
    },
    /// Draw an account's relationship map as SVG, or as PNG at twice its size.
    ExportMap {
        /// The project file.
        file: PathBuf,
        /// The account, by its name.
        #[arg(long)]
        account: String,
        #[command(flatten)]
        to: MapTarget,
        /// Draw the map as a window of this size shows it fitted (as 1920x1080), legend included.
        #[arg(long, value_name = "WIDTHxHEIGHT", value_parser = picture_size)]
        size: Option<(u32, u32)>,
        /// Draw it as presentation mode does: wall-sized names and text (with --size).
        #[arg(long, requires = "size")]
        present: bool,
        /// Leave out the team's opinions (stance, political status,
        /// evidence, notes, stance colours and marks): for sharing with
        /// partners or the client. They are absent from the file written.
        #[arg(long)]
        without_opinions: bool,
    },
}

/// Exactly one of `--html OUT` and `--md OUT`.
#[derive(Debug, PartialEq, Eq, Args)]
#[group(required = true, multiple = false)]
pub struct PlanTarget {
    /// Write one self-contained HTML page.
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
    /// Write Markdown.
    #[arg(long, value_name = "OUT.md")]
    pub md: Option<PathBuf>,
}

/// Exactly one of `--csv OUT` and `--xlsx OUT`.
#[derive(Debug, PartialEq, Eq, Args)]
#[group(required = true, multiple = false)]
pub struct TableTarget {
    /// Write CSV.
    #[arg(long, value_name = "OUT.csv")]
    pub csv: Option<PathBuf>,
    /// Write an Excel workbook.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
}

/// Exactly one of `--svg OUT` and `--png OUT`.
#[derive(Debug, PartialEq, Eq, Args)]
#[group(required = true, multiple = false)]
pub struct MapTarget {
    /// Write SVG with real text.
    #[arg(long, value_name = "OUT.svg")]
    pub svg: Option<PathBuf>,
    /// Write PNG at twice the map's size.
    #[arg(long, value_name = "OUT.png")]
    pub png: Option<PathBuf>,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    Gui(StartOptions),
    Headless { command: Headless, lang: Option<Language> },
}

/// Parses the arguments after the program name, with help and usage
/// errors in the language `--lang` asks for (anywhere on the line) or
/// else the system's. `Err` carries clap's message (usage errors, and also
/// `--help` and `--version`, which clap prints and exits 0 for).
pub fn parse<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let (lang, args) = take_lang(args);
    crate::i18n::set_language(lang.unwrap_or_else(Language::from_system));
    let command = super::help::localized(Cli::command());
    let matches = command.try_get_matches_from(std::iter::once(std::ffi::OsString::from("gambit")).chain(args))?;
    let cli = Cli::from_arg_matches(&matches)?;
    let lang = lang.or(cli.lang);
    Ok(match cli.command {
        Some(command) => Invocation::Headless { command, lang },
        None => Invocation::Gui(StartOptions {
            file: cli.file,
            view: cli.view.map(StartView::kind),
            present: cli.present,
            startup_time: cli.startup_time,
            lang,
        }),
    })
}

/// A valid `--lang X` or `--lang=X` taken out of the arguments, wherever it
/// stands (before or after the command). An unknown language is left in
/// place for the parser to refuse; arguments after `--` are never looked at.
fn take_lang(args: Vec<std::ffi::OsString>) -> (Option<Language>, Vec<std::ffi::OsString>) {
    let mut lang = None;
    let mut kept = Vec::with_capacity(args.len());
    let mut it = args.into_iter().peekable();
    while let Some(arg) = it.next() {
        if arg == "--" {
            kept.push(arg);
            kept.extend(it);
            break;
        }
        let text = arg.to_string_lossy();
        let value = if text == "--lang" {
            it.peek().and_then(|v| language(&v.to_string_lossy()).ok()).inspect(|_| {
                it.next();
            })
        } else {
            text.strip_prefix("--lang=").and_then(|v| language(v).ok())
        };
        match value {
            Some(l) => lang = Some(l),
            None => kept.push(arg),
        }
    }
    (lang, kept)
}
